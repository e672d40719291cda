import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, status, when, words } from '../ui.js';

/** The settings sections, in the order the hub and the settings menu list them. */
const SECTIONS = [
  { path: '/settings/qualification', name: 'Qualification', about: 'Free-mail and competitor domains, title keywords, scoring and tiers: the screening every lead gets before its router.' },
  { path: '/settings/accounts', name: 'Accounts', about: 'Known companies and their owners, by email domain; import them from a CSV file.' },
  { path: '/settings/forms', name: 'Forms and widget keys', about: 'The forms leads come through, the router each uses, and the keys and snippet that put the booking widget on a site.' },
  { path: '/settings/api-keys', name: 'API keys', about: 'Keys for integrators calling the GraphQL API, each with its scopes.' },
  { path: '/settings/webhooks', name: 'Webhooks', about: 'Endpoints that receive events, with each delivery and its attempts; replay a failed one.' },
  { path: '/settings/users', name: 'Users', about: 'Who signs in: admins, and reps who work their own leads.' },
  { path: '/audit', name: 'Audit log', about: 'Every change an admin or an API key made.' },
];

/** The settings menu above each settings page: where you are, and the way to the others. */
export function settingsNav(current) {
  return html`<nav class="subnav" aria-label="Settings">
    <a href="#/settings" aria-current=${current === '/settings' ? 'page' : 'false'}>All settings</a>
    ${SECTIONS.map((s) => html`<a href=${'#' + s.path} aria-current=${current === s.path ? 'page' : 'false'}>${s.name}</a>`)}
  </nav>`;
}

/** The API's errors on a path or below it (a list field's errors name its items, e.g. competitorDomains[2]). */
export function errorsUnder(errors, path) {
  return (errors ?? []).filter((e) => e.field === path || e.field?.startsWith(path + '[') || e.field?.startsWith(path + '.'));
}

/** A field's errors, including those on its items, under the input and linked to it. */
export function listError(errors, path) {
  const found = errorsUnder(errors, path);
  return found.length ? html`<p class="field-error" id=${idFor(path) + '-error'}>${found.map((e) => e.message).join('; ')}</p>` : nothing;
}

export function listInvalid(errors, path) {
  return errorsUnder(errors, path).length ? 'true' : 'false';
}

export function listDescribedBy(errors, path) {
  return errorsUnder(errors, path).length ? idFor(path) + '-error' : '';
}

/** One value per line (or comma) from a textarea, blanks dropped. */
export function lines(text) {
  return String(text ?? '').split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

/** A button that copies text to the clipboard, saying so; where the clipboard is refused it selects the text instead. */
class CopyButton extends Page {
  static properties = { text: {}, label: {}, target: {}, done: { state: true } };

  render() {
    return html`<button type="button" @click=${this.copy}>${this.label ?? 'Copy'}</button>
      <span class="copied" role="status" aria-live="polite">${this.done ?? ''}</span>`;
  }

  async copy() {
    try {
      await navigator.clipboard.writeText(this.text);
      this.done = 'Copied.';
    } catch {
      const box = this.target && document.getElementById(this.target);
      if (box) {
        const range = document.createRange();
        range.selectNodeContents(box);
        const selection = getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      }
      this.done = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  }
}
customElements.define('sb-copy', CopyButton);

/** A secret shown this once, with its copy button and the warning that it will not be shown again. */
export function secretOnce(title, secret, id, note) {
  return html`<div class="secret" role="region" aria-labelledby=${id + '-title'}>
    <h3 id=${id + '-title'}>${title}</h3>
    <p><strong>Copy it now: it is shown this once.</strong> ${note}</p>
    <p class="secret-row"><code id=${id}>${secret}</code> <sb-copy .text=${secret} .target=${id} label="Copy"></sb-copy></p>
  </div>`;
}

class SettingsHub extends Page {
  render() {
    return html`<h1 tabindex="-1">Settings</h1>
      ${settingsNav('/settings')}
      <ul class="cards">${SECTIONS.map((s) => html`<li><h2><a href=${'#' + s.path}>${s.name}</a></h2><p>${s.about}</p></li>`)}</ul>
      <p class="muted">Everything here is also in the GraphQL API: try it in <a href="/graphiql">GraphiQL</a>, signed in as you are.</p>`;
  }
}
customElements.define('sb-settings', SettingsHub);

const FIELDS = ['COUNTRY', 'REGION', 'EMAIL_DOMAIN', 'COMPANY', 'INDUSTRY', 'EMPLOYEES', 'ANNUAL_REVENUE', 'DEAL_VALUE', 'SOURCE',
  'PRODUCT', 'LANGUAGE', 'JOB_TITLE', 'SCORE'];
const OPERATORS = ['EQUALS', 'NOT_EQUALS', 'IN', 'NOT_IN', 'CONTAINS', 'STARTS_WITH', 'ENDS_WITH', 'GREATER_THAN',
  'GREATER_OR_EQUAL', 'LESS_THAN', 'LESS_OR_EQUAL', 'BETWEEN', 'EXISTS', 'NOT_EXISTS', 'DOMAIN_IN'];
// The flat list reads a whole condition tree in one query, whatever its depth, within the API's cost limit.
const QUALIFICATION = `rejectFreeMail freeMailDomains competitorDomains titleKeywords hotAt warmAt
  scoringRules { name points conditionNodes { path join field attribute operator values
    territories { country region postalPrefix postalFrom postalTo } } }`;

/** A condition tree as LeadConditionInput, from its flat nodes (each node's path names its place: all[1].any[0]). */
function conditionInput(nodes) {
  const byPath = new Map();
  for (const n of nodes) {
    const input = n.join ? { [n.join === 'ANY' ? 'any' : 'all']: [] }
      : n.territories ? { territories: n.territories.map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== null))) }
        : { compare: { field: n.field, ...(n.attribute ? { attribute: n.attribute } : {}), operator: n.operator, values: n.values ?? [] } };
    byPath.set(n.path, input);
    if (n.path !== '') {
      const parent = byPath.get(n.path.replace(/\.?[a-z]+\[\d+]$/, ''));
      (parent.all ?? parent.any).push(input);
    }
  }
  return byPath.get('');
}

/** A scoring rule in the editor: one field comparison, or a condition made elsewhere that is kept as it is. */
function ruleFrom(r) {
  const root = r.conditionNodes[0];
  const simple = r.conditionNodes.length === 1 && root.field && root.field !== 'ATTRIBUTE';
  return {
    name: r.name, points: String(r.points), simple,
    field: simple ? root.field : 'COUNTRY', operator: simple ? root.operator : 'EQUALS',
    values: simple ? root.values.join(', ') : '', kept: simple ? null : conditionInput(r.conditionNodes),
  };
}

class Qualification extends Page {
  static properties = { q: { state: true }, rules: { state: true }, errors: { state: true }, error: { state: true }, saved: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.q = (await gql(`{ qualification { ${QUALIFICATION} } }`)).qualification;
      this.rules = this.q.scoringRules.map(ruleFrom);
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const e = this.errors;
    const q = this.q;
    const area = (name, label, hint, value) => html`<div class="field">
      <label for=${idFor(name)}>${label} <span class="hint">${hint}</span></label>
      <textarea id=${idFor(name)} name=${name} rows="5" .value=${value.join('\n')}
        aria-invalid=${listInvalid(e, name)} aria-describedby=${listDescribedBy(e, name)}></textarea>
      ${listError(e, name)}</div>`;
    return html`<h1 tabindex="-1">Qualification</h1>
      ${settingsNav('/settings/qualification')}
      <p class="lede">Every lead is screened and scored before its router's rules run; the rules can then use the tier and the qualified score.</p>
      ${problem(this.error)}
      ${!q ? html`<p>Loading…</p>` : html`<form @submit=${this.save}>
        ${errorSummary(e, 'The qualification settings were not saved')}
        <fieldset><legend>Screening</legend>
          <div class="field check"><input type="checkbox" id=${idFor('rejectFreeMail')} name="rejectFreeMail" ?checked=${q.rejectFreeMail}>
            <label for=${idFor('rejectFreeMail')}>Disqualify leads with a free-mail address (gmail.com, outlook.com …)</label></div>
          <div class="split">
            ${area('competitorDomains', 'Competitor domains', '(one a line; their leads are disqualified)', q.competitorDomains)}
            ${area('titleKeywords', 'Title keywords', '(one a line; a job title containing one disqualifies, e.g. student)', q.titleKeywords)}
          </div>
          <details><summary>Free-mail domains (${q.freeMailDomains.length})</summary>
            ${area('freeMailDomains', 'Free-mail domains', '(one a line)', q.freeMailDomains)}
            <button type="button" @click=${this.shipped}>Reset to the shipped list</button>
          </details>
        </fieldset>
        <fieldset><legend>Scoring</legend>
          <p class="hint">Each rule whose condition holds adds its points (−1000 to 1000) to the lead's qualified score.</p>
          ${this.rules.length === 0 ? html`<p class="empty">No scoring rules: every lead scores what it was submitted with. Add one to rank leads, e.g. +20 for more than 500 employees.</p>` : nothing}
          <ol class="scoring">${this.rules.map((r, i) => this.rule(r, i, e))}</ol>
          <button type="button" @click=${this.addRule}>Add a scoring rule</button>
          ${fieldError(e, 'scoringRules')}
        </fieldset>
        <fieldset><legend>Tiers</legend>
          <p class="hint">From these qualified scores a lead is hot or warm, below them cold. Leave both blank for no tiers.</p>
          <div class="inline">
            ${this.number('hotAt', 'Hot from', q.hotAt, e)}
            ${this.number('warmAt', 'Warm from', q.warmAt, e)}
          </div>
        </fieldset>
        <button type="submit" class="primary">Save qualification</button>
        ${status(this.saved)}
      </form>`}`;
  }

  number(name, label, value, e) {
    return html`<div class="field"><label for=${idFor(name)}>${label}</label>
      <input id=${idFor(name)} name=${name} type="number" step="1" .value=${value ?? ''}
        aria-invalid=${invalid(e, name)} aria-describedby=${describedBy(e, name) ?? ''}>${fieldError(e, name)}</div>`;
  }

  rule(r, i, e) {
    const p = `scoringRules[${i}]`;
    const set = (key) => (ev) => { this.rules = this.rules.map((x, j) => (j === i ? { ...x, [key]: ev.target.value } : x)); };
    const input = (key, label, attrs = {}) => html`<div class="field"><label for=${idFor(`${p}.${key}`)}>${label}</label>
      <input id=${idFor(`${p}.${key}`)} .value=${r[key]} @input=${set(key)} type=${attrs.type ?? 'text'} class=${attrs.cls ?? ''}
        aria-invalid=${listInvalid(e, `${p}.${key}`)} aria-describedby=${listDescribedBy(e, `${p}.${key}`)}>${listError(e, `${p}.${key}`)}</div>`;
    return html`<li class="inline">
      ${input('name', 'Rule name')}
      ${r.simple ? html`
        <div class="field"><label for=${idFor(`${p}.when.compare.field`)}>Field</label>
          <select id=${idFor(`${p}.when.compare.field`)} @change=${set('field')}>${FIELDS.map((f) => html`<option value=${f} ?selected=${f === r.field}>${words(f)}</option>`)}</select></div>
        <div class="field"><label for=${idFor(`${p}.when.compare.operator`)}>Operator</label>
          <select id=${idFor(`${p}.when.compare.operator`)} @change=${set('operator')}>${OPERATORS.map((o) => html`<option value=${o} ?selected=${o === r.operator}>${words(o)}</option>`)}</select></div>
        <div class="field"><label for=${idFor(`${p}.when.compare.values`)}>Values <span class="hint">(comma-separated)</span></label>
          <input id=${idFor(`${p}.when.compare.values`)} .value=${r.values} @input=${set('values')}
            aria-invalid=${listInvalid(e, `${p}.when`)} aria-describedby=${listDescribedBy(e, `${p}.when`)}>${listError(e, `${p}.when`)}</div>`
        : html`<p class="muted">A nested condition made through the API, kept as it is.</p>`}
      ${input('points', 'Points', { type: 'number', cls: 'short' })}
      <button type="button" class="link" @click=${() => { this.rules = this.rules.filter((_, j) => j !== i); }}>Remove ${r.name || 'rule'}</button>
    </li>`;
  }

  addRule() {
    this.rules = [...this.rules, { name: '', points: '10', simple: true, field: 'EMPLOYEES', operator: 'GREATER_THAN', values: '', kept: null }];
    this.updateComplete.then(() => document.getElementById(idFor(`scoringRules[${this.rules.length - 1}].name`))?.focus());
  }

  shipped() {
    this.useShipped = true;
    this.save(null);
  }

  async save(event) {
    event?.preventDefault();
    const form = this.querySelector('form');
    const data = new FormData(form);
    const num = (name) => (String(data.get(name) ?? '').trim() === '' ? null : Number(data.get(name)));
    const input = {
      rejectFreeMail: form.querySelector('[name=rejectFreeMail]').checked,
      freeMailDomains: this.useShipped ? null : lines(data.get('freeMailDomains')),
      competitorDomains: lines(data.get('competitorDomains')),
      titleKeywords: lines(data.get('titleKeywords')),
      scoringRules: this.rules.map((r) => ({
        name: r.name,
        points: Number.parseInt(r.points, 10),
        when: r.simple ? { compare: { field: r.field, operator: r.operator, values: lines(r.values) } } : r.kept,
      })),
      hotAt: num('hotAt'),
      warmAt: num('warmAt'),
    };
    this.useShipped = false;
    this.saved = '';
    this.error = null;
    try {
      const answer = (await gql(`mutation($input: UpdateQualificationInput!) { updateQualification(input: $input) {
        qualification { ${QUALIFICATION} } errors { code field message } } }`, { input })).updateQualification;
      this.errors = answer.errors;
      if (answer.qualification) {
        this.q = answer.qualification;
        this.rules = this.q.scoringRules.map(ruleFrom);
        this.saved = 'Qualification saved: it applies to the next lead.';
      }
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-qualification', Qualification);

class Users extends Page {
  static properties = { users: { state: true }, reps: { state: true }, role: { state: true }, refusal: { state: true }, errors: { state: true }, error: { state: true }, saved: { state: true } };

  constructor() {
    super();
    this.role = 'REP';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const data = await gqlLists('{ users(first: 100) { nodes { id email role active lockedUntil rep { id name } } } reps(first: 100) { nodes { id name } } }');
      this.users = data.users;
      this.reps = data.reps;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const e = this.errors;
    return html`<h1 tabindex="-1">Users</h1>
      ${settingsNav('/settings/users')}
      <p class="lede">Admins set everything up; a rep user signs in as one rep and sees that rep's leads, queues, bookings and hours.</p>
      ${problem(this.error)}
      ${this.users === undefined ? html`<p>Loading…</p>` : html`<table>
        <caption class="visually-hidden">Users</caption>
        <thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Rep</th><th scope="col">State</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${this.users.map((u) => html`<tr>
          <td>${u.email}</td><td>${words(u.role)}</td><td>${u.rep ? html`<a href=${'#/reps/' + encodeURIComponent(u.rep.id)}>${u.rep.name}</a>` : ''}</td>
          <td>${u.active ? (u.lockedUntil && new Date(u.lockedUntil) > new Date()
            ? html`<span class="badge away">Locked until ${when(u.lockedUntil)}</span>` : html`<span class="badge on">Active</span>`)
            : html`<span class="badge off">Deactivated</span>`}</td>
          <td class="row-actions">${u.active ? html`<button type="button" @click=${() => this.deactivate(u)}>Deactivate ${u.email}</button>` : nothing}
            ${this.refusal?.id === u.id ? html`<p class="field-error" role="alert">${this.refusal.message}</p>` : nothing}</td>
        </tr>`)}</tbody></table>`}
      <section aria-labelledby="new-user">
        <h2 id="new-user">Add a user</h2>
        <form class="inline" @submit=${this.create}>
          ${errorSummary(e, 'The user was not added')}
          <div class="field"><label for=${idFor('email')}>Email</label>
            <input id=${idFor('email')} name="email" type="email" autocomplete="off" required aria-invalid=${invalid(e, 'email')} aria-describedby=${describedBy(e, 'email') ?? ''}>${fieldError(e, 'email')}</div>
          <div class="field"><label for=${idFor('password')}>First password <span class="hint">(12 to 72 characters)</span></label>
            <input id=${idFor('password')} name="password" type="password" autocomplete="new-password" required aria-invalid=${invalid(e, 'password')} aria-describedby=${describedBy(e, 'password') ?? ''}>${fieldError(e, 'password')}</div>
          <div class="field"><label for=${idFor('role')}>Role</label>
            <select id=${idFor('role')} name="role" @change=${(ev) => { this.role = ev.target.value; }}>
              <option value="REP" ?selected=${this.role === 'REP'}>Rep</option><option value="ADMIN" ?selected=${this.role === 'ADMIN'}>Admin</option></select></div>
          ${this.role === 'REP' ? html`<div class="field"><label for=${idFor('repId')}>Signs in as rep</label>
            <select id=${idFor('repId')} name="repId" aria-invalid=${invalid(e, 'repId')} aria-describedby=${describedBy(e, 'repId') ?? ''}>
              <option value="">Choose a rep…</option>${(this.reps ?? []).map((r) => html`<option value=${r.id}>${r.name}</option>`)}</select>${fieldError(e, 'repId')}</div>` : nothing}
          <button type="submit">Add user</button>
        </form>
        ${this.role === 'REP' && this.reps?.length === 0 ? html`<p class="empty">A rep user acts as a rep: <a href="#/reps">add the rep first</a>.</p>` : nothing}
        ${status(this.saved)}
      </section>`;
  }

  async create(event) {
    event.preventDefault();
    const formElement = event.target;
    const form = new FormData(formElement);
    const input = { email: form.get('email'), password: form.get('password'), role: form.get('role') };
    if (input.role === 'REP') input.repId = form.get('repId') || null;
    this.saved = '';
    try {
      const answer = (await gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email } errors { code field message } } }`, { input })).createUser;
      this.errors = answer.errors;
      if (answer.user) {
        this.saved = `${answer.user.email} can sign in now; give them the first password and ask them to change it.`;
        formElement.reset();
        this.role = 'REP';
        await this.load();
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  async deactivate(user) {
    if (!confirm(`Deactivate ${user.email}? They are signed out at their next request.`)) return;
    try {
      const answer = (await gql(`mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id } errors { code field message } } }`,
        { input: { userId: user.id } })).deactivateUser;
      this.refusal = answer.errors.length ? { id: user.id, message: answer.errors.map((x) => x.message).join('; ') } : null;
      this.saved = answer.errors.length ? '' : `${user.email} deactivated.`;
      await this.load();
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-users', Users);
