import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, status, when } from '../ui.js';
import { settingsNav, secretOnce, listError } from './settings.js';

// Each scope as the API's Scope enum names it, with the name docs use and what it allows.
const SCOPES = {
  LEADS_READ: ['leads:read', 'Read leads, decisions and bookings'],
  LEADS_WRITE: ['leads:write', 'Submit leads, claim, accept and reassign them, book meetings'],
  SETUP_READ: ['setup:read', 'Read reps, pools, routers, forms, accounts and qualification'],
  SETUP_WRITE: ['setup:write', 'Change the setup'],
  METRICS_READ: ['metrics:read', 'Read the Prometheus metrics'],
  WEBHOOKS_WRITE: ['webhooks:write', 'Register, change and delete webhooks and replay their deliveries (each webhook receives every event it asks for)'],
  ADMIN: ['admin', 'Everything an admin may do, users and keys included'],
};
const scopeName = (scope) => SCOPES[scope]?.[0] ?? scope;

/** API keys for integrators: made with scopes, the key shown once, revoked at any time. */
class ApiKeys extends Page {
  static properties = { keys: { state: true }, errors: { state: true }, error: { state: true }, saved: { state: true }, made: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.keys = (await gqlLists('{ apiKeys(first: 100) { nodes { id name scopes prefix createdAt revokedAt lastUsedAt } } }')).apiKeys
        .sort((a, b) => (a.revokedAt ? 1 : 0) - (b.revokedAt ? 1 : 0) || b.createdAt.localeCompare(a.createdAt));
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const e = this.errors;
    return html`<h1 tabindex="-1">API keys</h1>
      ${settingsNav('/settings/api-keys')}
      <p class="lede">An integrator sends its key as <code>Authorization: Bearer &lt;key&gt;</code> to <code>/graphql</code>;
        each key may call only what its scopes allow. Give each system its own key so you can revoke one alone.</p>
      ${problem(this.error)}${status(this.saved)}
      ${this.made ? secretOnce(`The key for ${this.made.name}`, this.made.key, 'new-api-key',
        'Switchboard keeps only a hash of it; if it is lost, revoke the key and make another.') : nothing}
      ${this.keys === undefined ? html`<p>Loading…</p>` : this.keys.length === 0
        ? html`<p class="empty">No API keys yet. Make one below for each system that calls the API (your CRM, a data warehouse…).</p>`
        : html`<table>
          <caption class="visually-hidden">API keys, newest first</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Scopes</th><th scope="col">Made</th><th scope="col">Last used</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>${this.keys.map((k) => html`<tr class=${k.revokedAt ? 'revoked' : ''}>
            <td>${k.name}</td><td><code>${k.prefix}…</code></td>
            <td>${k.scopes.map((s) => html`<span class="badge">${scopeName(s)}</span> `)}</td>
            <td>${when(k.createdAt)}</td><td>${k.lastUsedAt ? when(k.lastUsedAt) : html`<span class="muted">Never</span>`}</td>
            <td class="row-actions">${k.revokedAt ? html`<span class="badge off">Revoked ${when(k.revokedAt)}</span>`
              : html`<button type="button" @click=${() => this.revoke(k)}>Revoke ${k.name}</button>`}</td>
          </tr>`)}</tbody></table>`}
      <section aria-labelledby="new-key">
        <h2 id="new-key">Make an API key</h2>
        <form @submit=${this.create}>
          ${errorSummary(e, 'No key was made')}
          <div class="field narrow"><label for=${idFor('name')}>Name <span class="hint">(who uses it, e.g. CRM sync)</span></label>
            <input id=${idFor('name')} name="name" required aria-invalid=${invalid(e, 'name')} aria-describedby=${describedBy(e, 'name') ?? ''}>${fieldError(e, 'name')}</div>
          <fieldset id=${idFor('scopes')} aria-describedby=${(e ?? []).some((x) => x.field?.startsWith('scopes')) ? idFor('scopes') + '-error' : nothing}><legend>Scopes</legend>
            ${Object.entries(SCOPES).map(([scope, [name, about]]) => html`<div class="field check">
              <input type="checkbox" name="scopes" value=${scope} id=${'scope-' + name.replace(':', '-')}>
              <label for=${'scope-' + name.replace(':', '-')}><code>${name}</code> ${about}</label></div>`)}
            ${listError(e, 'scopes')}
          </fieldset>
          <button type="submit" class="primary">Make key</button>
        </form>
      </section>`;
  }

  async create(event) {
    event.preventDefault();
    const formElement = event.target;
    const form = new FormData(formElement);
    const input = { name: form.get('name'), scopes: form.getAll('scopes') };
    this.saved = '';
    this.made = null;
    try {
      const answer = (await gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name } key errors { code field message } } }`,
        { input })).createApiKey;
      this.errors = answer.errors;
      if (answer.apiKey) {
        this.made = { name: answer.apiKey.name, key: answer.key };
        formElement.reset();
        await this.load();
        this.updateComplete.then(() => this.querySelector('.secret h3')?.scrollIntoView({ block: 'center' }));
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  async revoke(k) {
    if (!confirm(`Revoke ${k.name}? Calls with it are refused from now on.`)) return;
    try {
      const answer = (await gql(`mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } errors { code field message } } }`,
        { input: { id: k.id } })).revokeApiKey;
      this.error = answer.errors.length ? answer.errors.map((x) => x.message).join('; ') : null;
      this.saved = answer.errors.length ? '' : `${k.name} revoked.`;
      this.made = null;
      await this.load();
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-api-keys', ApiKeys);
