import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, status, when } from '../ui.js';
import { settingsNav, lines, listError, listInvalid, listDescribedBy } from './settings.js';
import './form-editor.js';

/** The tag a site owner pastes where the form and booking widget should appear. */
export function embedSnippet(key) {
  return `<script type="module" src="${location.origin}/widget/switchboard.js" data-key="${key}"></script>`;
}

/** Forms, the router each routes through, and the widget keys that let a site submit to a form. */
class Forms extends Page {
  static properties = {
    forms: { state: true }, routers: { state: true }, keys: { state: true }, editing: { state: true },
    errors: { state: true }, keyErrors: { state: true }, error: { state: true }, saved: { state: true }, fresh: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const data = await gqlLists('{ forms(first: 100) { nodes { id name version definition { fields { key } } router { id name } } } routers(first: 100) { nodes { id name } } widgetKeys(first: 100) { nodes { key form { id } allowedOrigins createdAt revokedAt } } }');
      this.forms = data.forms;
      this.routers = data.routers;
      this.keys = data.widgetKeys;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    return html`<h1 tabindex="-1">Forms and widget keys</h1>
      ${settingsNav('/settings/forms')}
      <p class="lede">A form is where leads come from: its router's live version routes each one. A widget key lets a
        site (from its allowed origins) show the form and book meetings; paste its snippet into the site.</p>
      ${problem(this.error)}${status(this.saved)}
      ${this.forms === undefined ? html`<p>Loading…</p>` : this.forms.length === 0
        ? html`<p class="empty">No forms yet. ${this.routers?.length ? 'Add one below and pick the router it uses.' : html`A form needs a router: <a href="#/routers/new">create a router</a> first, then add the form here.`}</p>`
        : this.forms.map((f) => this.formSection(f))}
      <section aria-labelledby="new-form">
        <h2 id="new-form">Add a form</h2>
        ${this.formEditor(null)}
      </section>`;
  }

  formSection(f) {
    const keys = this.keys.filter((k) => k.form?.id === f.id);
    const live = keys.filter((k) => !k.revokedAt);
    return html`<section class="card" aria-labelledby=${'form-' + f.id}>
      <h2 id=${'form-' + f.id}>${f.name}</h2>
      ${this.editing === f.id ? this.formEditor(f) : html`<p>Routed by ${f.router
        ? html`<a href=${'#/routers/' + encodeURIComponent(f.router.id)}>${f.router.name}</a>` : html`<span class="muted">no router</span>`}.
        ${f.definition.fields.length ? `It asks ${f.definition.fields.length} ${f.definition.fields.length === 1 ? 'field' : 'fields'}` : 'A classic form (name, email, company)'}, version ${f.version}.
        <span class="actions"><a class="button" href=${'#/settings/forms/' + encodeURIComponent(f.id)}>Fields and messages of ${f.name}</a>
        <button type="button" @click=${() => this.edit(f)}>Rename ${f.name}</button>
        <button type="button" class="link" @click=${() => this.deleteForm(f)}>Delete ${f.name}</button></span></p>`}
      <h3>Widget keys</h3>
      ${live.length === 0 ? html`<p class="empty">No widget key yet: add one below with the origin of the site that shows this form (e.g. https://www.example.com).</p>`
        : html`<ul class="keys">${live.map((k) => html`<li>
          <p><code>${k.key}</code> <span class="muted">from ${k.allowedOrigins.join(', ')} · made ${when(k.createdAt)}</span>
            <button type="button" class="link" @click=${() => this.revoke(k)}>Revoke key ${k.key.slice(0, 12)}</button></p>
          <p class="snippet-label" id=${'snippet-label-' + k.key}>Embed snippet</p>
          <div class="snippet"><pre id=${'snippet-' + k.key} aria-labelledby=${'snippet-label-' + k.key}>${embedSnippet(k.key)}</pre>
            <sb-copy .text=${embedSnippet(k.key)} .target=${'snippet-' + k.key} label="Copy snippet"></sb-copy></div>
          ${this.fresh === k.key ? html`<p class="status" role="status">Widget key made: paste the snippet into the page where the form belongs.</p>` : nothing}
        </li>`)}</ul>`}
      ${keys.length > live.length ? html`<p class="muted">${keys.length - live.length} revoked ${keys.length - live.length === 1 ? 'key' : 'keys'} not shown.</p>` : nothing}
      ${this.keyForm(f)}
    </section>`;
  }

  keyForm(f) {
    const e = this.keyErrors?.formId === f.id ? this.keyErrors.errors : null;
    const id = (name) => idFor(`${f.id}.${name}`);
    return html`<form class="inline" @submit=${(ev) => this.createKey(ev, f)}>
      ${errorSummary(e?.map((x) => ({ ...x, field: x.field ? `${f.id}.${x.field}` : null })), 'The key was not made')}
      <div class="field grow"><label for=${id('allowedOrigins')}>Allowed origins for a new key <span class="hint">(one a line or comma-separated)</span></label>
        <textarea id=${id('allowedOrigins')} name="allowedOrigins" rows="2" required placeholder="https://www.example.com"
          aria-invalid=${listInvalid(e, 'allowedOrigins')} aria-describedby=${listInvalid(e, 'allowedOrigins') === 'true' ? id('allowedOrigins') + '-error' : ''}></textarea>
        ${e ? html`<p class="field-error" id=${id('allowedOrigins') + '-error'}>${e.map((x) => x.message).join('; ')}</p>` : nothing}</div>
      <button type="submit">Add widget key for ${f.name}</button>
    </form>`;
  }

  formEditor(f) {
    const e = this.editing === (f?.id ?? 'new') ? this.errors : null;
    const p = f ? `form-${f.id}.` : '';
    return html`<form class="inline" @submit=${(ev) => this.save(ev, f)}>
      ${errorSummary(e?.map((x) => ({ ...x, field: x.field ? p + x.field : null })), f ? 'The form was not saved' : 'The form was not added')}
      <div class="field"><label for=${idFor(p + 'name')}>Form name</label>
        <input id=${idFor(p + 'name')} name="name" .value=${f?.name ?? ''} required aria-invalid=${invalid(e, 'name')} aria-describedby=${e?.some((x) => x.field === 'name') ? idFor(p + 'name') + '-error' : ''}>
        ${e?.some((x) => x.field === 'name') ? html`<p class="field-error" id=${idFor(p + 'name') + '-error'}>${e.filter((x) => x.field === 'name').map((x) => x.message).join('; ')}</p>` : nothing}</div>
      <div class="field"><label for=${idFor(p + 'routerId')}>Router</label>
        <select id=${idFor(p + 'routerId')} name="routerId" required aria-invalid=${invalid(e, 'routerId')}>
          <option value="">Choose a router…</option>
          ${(this.routers ?? []).map((r) => html`<option value=${r.id} ?selected=${r.id === f?.router?.id}>${r.name}</option>`)}</select>
        ${e?.some((x) => x.field === 'routerId') ? html`<p class="field-error">${e.filter((x) => x.field === 'routerId').map((x) => x.message).join('; ')}</p>` : nothing}</div>
      <button type="submit" class="primary">${f ? 'Save form' : 'Add form'}</button>
      ${f ? html`<button type="button" @click=${() => { this.editing = null; this.errors = null; }}>Cancel</button>` : nothing}
    </form>`;
  }

  edit(f) {
    this.editing = f.id;
    this.errors = null;
    this.updateComplete.then(() => document.getElementById(idFor(`form-${f.id}.name`))?.focus());
  }

  async save(event, f) {
    event.preventDefault();
    const form = new FormData(event.target);
    const fields = { name: form.get('name'), routerId: form.get('routerId') };
    this.saved = '';
    this.editing = f?.id ?? 'new';
    try {
      const answer = f
        ? (await gql(`mutation($input: UpdateFormInput!) { updateForm(input: $input) { form { id name } errors { code field message } } }`,
          { input: { formId: f.id, ...fields } })).updateForm
        : (await gql(`mutation($input: CreateFormInput!) { createForm(input: $input) { form { id name } errors { code field message } } }`,
          { input: fields })).createForm;
      this.errors = answer.errors;
      if (answer.form) {
        this.saved = `${answer.form.name} ${f ? 'saved' : 'added'}.${f ? '' : ' Add a widget key to put it on a site.'}`;
        this.editing = null;
        if (!f) event.target.reset();
        await this.load();
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  async deleteForm(f) {
    if (!confirm(`Delete the form ${f.name}? The leads it sent stay; its widget keys stop working.`)) return;
    try {
      const answer = (await gql(`mutation($input: DeleteFormInput!) { deleteForm(input: $input) { deletedId errors { code field message } } }`,
        { input: { formId: f.id } })).deleteForm;
      this.error = answer.errors.length ? answer.errors.map((x) => x.message).join('; ') : null;
      this.saved = answer.errors.length ? '' : `${f.name} deleted.`;
      await this.load();
    } catch (e) {
      this.error = e.message;
    }
  }

  async createKey(event, f) {
    event.preventDefault();
    const origins = lines(new FormData(event.target).get('allowedOrigins'));
    this.saved = '';
    try {
      const answer = (await gql(`mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { widgetKey { key } errors { code field message } } }`,
        { input: { formId: f.id, allowedOrigins: origins } })).createWidgetKey;
      this.keyErrors = answer.errors.length ? { formId: f.id, errors: answer.errors } : null;
      if (answer.widgetKey) {
        this.fresh = answer.widgetKey.key;
        event.target.reset();
        await this.load();
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  async revoke(k) {
    if (!confirm('Revoke this widget key? Sites using its snippet stop taking leads at once.')) return;
    try {
      const answer = (await gql(`mutation($input: RevokeWidgetKeyInput!) { revokeWidgetKey(input: $input) { widgetKey { key } errors { code field message } } }`,
        { input: { key: k.key } })).revokeWidgetKey;
      this.error = answer.errors.length ? answer.errors.map((x) => x.message).join('; ') : null;
      this.saved = answer.errors.length ? '' : 'Widget key revoked.';
      await this.load();
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-forms', Forms);
