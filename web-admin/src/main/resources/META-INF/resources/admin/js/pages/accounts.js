import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, splitStale, staleAlert, status, orNull, intOrNull } from '../ui.js';
import { settingsNav, lines, listError, listInvalid, listDescribedBy } from './settings.js';

const ACCOUNT = 'id version name domains industry employees annualRevenue country owner { id name }';
const EXAMPLE = 'name,domains,owner,industry,employees,annualRevenue,country\n"Acme, Inc.",acme.com;acme.io,ada@example.com,Software,250,40000000,FR';

/** Known companies: who owns their leads, and what fills a lead's blanks. Imported from CSV or kept by hand. */
class Accounts extends Page {
  static properties = {
    accounts: { state: true }, reps: { state: true }, editing: { state: true }, errors: { state: true },
    error: { state: true }, saved: { state: true }, imported: { state: true }, importing: { state: true }, fileName: { state: true },
    stale: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const data = await gqlLists(`{ accounts(first: 100) { totalCount nodes { ${ACCOUNT} } } reps(first: 100) { nodes { id name email } } }`);
      this.accounts = data.accounts.sort((a, b) => a.name.localeCompare(b.name));
      this.reps = data.reps;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    return html`<h1 tabindex="-1">Accounts</h1>
      ${settingsNav('/settings/accounts')}
      <p class="lede">A lead whose email domain (or a parent domain) belongs to an account can go to the account's owner
        (the "route to account owner" action), and the account's facts fill the lead's blank fields before routing.</p>
      ${problem(this.error)}${status(this.saved)}
      ${this.accounts === undefined ? html`<p>Loading…</p>` : this.accounts.length === 0
        ? html`<p class="empty">No accounts yet. Import a CSV file below, or add one by hand.</p>`
        : html`<table>
          <caption class="visually-hidden">Accounts by name</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Domains</th><th scope="col">Owner</th><th scope="col">Industry</th><th scope="col">Employees</th><th scope="col">Country</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>${this.accounts.map((a) => this.editing === a.id
            ? html`<tr><td colspan="7">${this.form(a)}</td></tr>`
            : html`<tr>
              <td>${a.name}</td><td>${a.domains.join(', ')}</td><td>${a.owner?.name ?? ''}</td>
              <td>${a.industry ?? ''}</td><td>${a.employees ?? ''}</td><td>${a.country ?? ''}</td>
              <td class="row-actions"><button type="button" @click=${() => this.edit(a)}>Edit ${a.name}</button>
                <button type="button" class="link" @click=${() => this.deleteAccount(a)}>Delete ${a.name}</button></td>
            </tr>`)}</tbody></table>${this.accounts.totalCount > this.accounts.length
              ? html`<p class="hint">The first ${this.accounts.length} of ${this.accounts.totalCount} accounts, by name.</p>` : nothing}`}
      ${this.importSection()}
      <section aria-labelledby="new-account">
        <h2 id="new-account">Add an account</h2>
        ${this.editing === 'new' || !this.editing ? this.form(null) : html`<p class="muted">Finish the edit above first.</p>`}
      </section>`;
  }

  importSection() {
    const result = this.imported;
    return html`<section aria-labelledby="import">
      <h2 id="import">Import from a CSV file</h2>
      <p class="hint">A header row, then one account a row. Columns: <code>name</code>, <code>domains</code> (separated by
        <code>;</code> or spaces), <code>owner</code> (the rep's email), and optionally <code>industry</code>,
        <code>employees</code>, <code>annualRevenue</code>, <code>country</code>. A row whose domain an account holds
        already updates it, so importing the same file again is harmless. Up to 2000 rows.</p>
      <details><summary>Example file</summary><pre>${EXAMPLE}</pre></details>
      <form class="inline" @submit=${this.importFile}>
        <div class="field"><label for="csv-file">CSV file</label>
          <input id="csv-file" name="file" type="file" accept=".csv,text/csv" required
            aria-invalid=${result?.errors?.length ? 'true' : 'false'} aria-describedby=${result?.errors?.length ? 'csv-file-error' : ''}></div>
        <button type="submit" class="primary" ?disabled=${this.importing}>${this.importing ? 'Importing…' : 'Import accounts'}</button>
        ${result?.errors?.length ? html`<p class="field-error" id="csv-file-error" role="alert">Nothing was imported: ${result.errors.map((e) => e.message).join('; ')}</p>` : nothing}
      </form>
      ${result && !result.errors.length ? html`<div class="import-result" role="status">
        <p><strong>${this.fileName}:</strong> ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged${result.rowErrors.length ? html`, <strong class="bad">${result.rowErrors.length} ${result.rowErrors.length === 1 ? 'row' : 'rows'} left out</strong>` : ''}.</p>
        ${result.rowErrors.length ? html`<table class="row-errors">
          <caption>Rows left out: fix them in the file and import it again (the rows that landed stay as they are)</caption>
          <thead><tr><th scope="col">Line</th><th scope="col">Column</th><th scope="col">Problem</th></tr></thead>
          <tbody>${result.rowErrors.map((r) => html`<tr><td>Line ${r.line}</td><td>${r.field ?? 'the whole row'}</td><td>${r.message}</td></tr>`)}</tbody>
        </table>` : nothing}
      </div>` : nothing}
    </section>`;
  }

  form(account) {
    const e = this.editing === (account?.id ?? 'new') || (!account && !this.editing) ? this.errors : null;
    const p = account ? 'account.' : '';
    const field = (name, label, value, attrs = {}) => html`<div class="field ${attrs.grow ? 'grow' : ''}">
      <label for=${idFor(p + name)}>${label}${attrs.hint ? html` <span class="hint">${attrs.hint}</span>` : nothing}</label>
      <input id=${idFor(p + name)} name=${name} .value=${value ?? ''} type=${attrs.type ?? 'text'} ?required=${attrs.required}
        aria-invalid=${listInvalid(e, p + name)} aria-describedby=${listDescribedBy(e, p + name)}>${listError(e, p + name)}</div>`;
    return html`${account ? staleAlert('account', this.stale, () => this.reload()) : nothing}<form class="inline" @submit=${(ev) => this.save(ev, account)}>
      ${errorSummary(e, account ? 'The account was not saved' : 'The account was not added')}
      ${field('name', 'Name', account?.name, { required: true })}
      ${field('domains', 'Domains', account?.domains.join(', '), { required: true, grow: true, hint: '(comma-separated)' })}
      <div class="field"><label for=${idFor(p + 'ownerId')}>Owner</label>
        <select id=${idFor(p + 'ownerId')} name="ownerId" required aria-invalid=${invalid(e, p + 'ownerId')} aria-describedby=${describedBy(e, p + 'ownerId') ?? ''}>
          <option value="">Choose a rep…</option>
          ${(this.reps ?? []).map((r) => html`<option value=${r.id} ?selected=${r.id === account?.owner?.id}>${r.name}</option>`)}</select>
        ${fieldError(e, p + 'ownerId')}</div>
      ${field('industry', 'Industry', account?.industry)}
      ${field('employees', 'Employees', account?.employees, { type: 'number' })}
      ${field('annualRevenue', 'Annual revenue', account?.annualRevenue)}
      ${field('country', 'Country', account?.country)}
      <button type="submit" class="primary">${account ? 'Save account' : 'Add account'}</button>
      ${account ? html`<button type="button" @click=${() => { this.editing = null; this.errors = null; }}>Cancel</button>` : nothing}
    </form>`;
  }

  edit(account) {
    this.editing = account.id;
    this.errors = null;
    this.stale = null;
    this.updateComplete.then(() => document.getElementById(idFor('account.name'))?.focus());
  }

  async save(event, account) {
    event.preventDefault();
    const form = new FormData(event.target);
    const fields = {
      name: form.get('name'), domains: lines(form.get('domains')), ownerId: form.get('ownerId') || null,
      industry: orNull(form.get('industry')), employees: intOrNull(form.get('employees')),
      annualRevenue: orNull(form.get('annualRevenue')), country: orNull(form.get('country')),
    };
    this.saved = '';
    if (!account) this.editing = null;
    try {
      const answer = account
        ? (await gql(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { ${ACCOUNT} } errors { code field message } } }`,
          { input: { accountId: account.id, expectedVersion: account.version, ...fields } })).updateAccount
        : (await gql(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { ${ACCOUNT} } errors { code field message } } }`,
          { input: fields })).createAccount;
      const { stale, rest } = splitStale(answer.errors);
      this.stale = account ? stale : null;
      // The edit form's inputs are named below account. (apart from the new account's form); the update names them bare.
      this.errors = account ? rest.map((x) => ({ ...x, field: x.field && `account.${x.field}` })) : rest;
      if (answer.account) {
        this.saved = `${answer.account.name} ${account ? 'saved' : 'added'}.`;
        this.editing = null;
        if (!account) event.target.reset();
        await this.load();
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  /** Drops the edits for the account as stored now (after a STALE save: someone else's). */
  async reload() {
    this.stale = null;
    this.errors = null;
    await this.load();
    this.updateComplete.then(() => document.getElementById(idFor('account.name'))?.focus());
  }

  async deleteAccount(account) {
    if (!confirm(`Delete ${account.name}? Its leads keep their decisions; new leads from ${account.domains[0]} no longer match it.`)) return;
    try {
      const answer = (await gql(`mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { deletedId errors { code field message } } }`,
        { input: { accountId: account.id } })).deleteAccount;
      this.saved = answer.errors.length ? '' : `${account.name} deleted.`;
      this.error = answer.errors.length ? answer.errors.map((x) => x.message).join('; ') : null;
      await this.load();
    } catch (e) {
      this.error = e.message;
    }
  }

  async importFile(event) {
    event.preventDefault();
    const file = event.target.querySelector('input[type=file]').files[0];
    if (!file) return;
    if (file.size > 500_000) {
      this.fileName = file.name;
      this.imported = { errors: [{ message: `${file.name} is larger than 500 KB; split it into files of up to 2000 rows.` }], rowErrors: [] };
      return;
    }
    this.importing = true;
    this.imported = null;
    this.fileName = file.name;
    try {
      // The server reads and checks the file row by row; a file over its limit is refused whole with a message.
      const csv = await file.text();
      this.imported = (await gql(`mutation($input: ImportAccountsInput!) { importAccounts(input: $input) {
        created updated unchanged rowErrors { line code field message } errors { code field message } } }`, { input: { csv } })).importAccounts;
      if (!this.imported.errors.length) await this.load();
    } catch (e) {
      this.error = e.message;
    } finally {
      this.importing = false;
    }
  }
}
customElements.define('sb-accounts', Accounts);
