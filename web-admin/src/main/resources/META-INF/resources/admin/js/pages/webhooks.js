import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, status, when, words } from '../ui.js';
import { settingsNav, secretOnce, listError } from './settings.js';

const EVENT_TYPES = ['LeadSubmitted', 'LeadAssigned', 'LeadAccepted', 'LeadReassigned', 'MeetingBooked', 'MeetingRescheduled', 'MeetingCancelled'];

function eventChecks(e, chosen = EVENT_TYPES) {
  return html`<fieldset id=${idFor('eventTypes')}><legend>Events to send</legend>
    <div class="grid">${EVENT_TYPES.map((t) => html`<div class="field check">
      <input type="checkbox" name="eventTypes" value=${t} id=${'event-' + t} ?checked=${chosen.includes(t)}>
      <label for=${'event-' + t}>${t}</label></div>`)}</div>
    ${listError(e, 'eventTypes')}
  </fieldset>`;
}

/** Endpoints that receive events, each delivery signed with the webhook's secret (docs/events.md). */
class Webhooks extends Page {
  static properties = { hooks: { state: true }, errors: { state: true }, error: { state: true }, saved: { state: true }, made: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.hooks = (await gqlLists('{ webhooks(first: 100) { nodes { id url eventTypes createdAt } } }')).webhooks;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const e = this.errors;
    return html`<h1 tabindex="-1">Webhooks</h1>
      ${settingsNav('/settings/webhooks')}
      <p class="lede">Switchboard posts each event as JSON to every webhook that wants its type, signed with the webhook's
        secret, and retries with backoff until the receiver answers 2xx. Open a webhook for its delivery log.</p>
      ${problem(this.error)}${status(this.saved)}
      ${this.made ? secretOnce(`The signing secret for ${this.made.url}`, this.made.secret, 'new-webhook-secret',
        'The receiver checks each delivery\'s signature with it (docs/events.md says how).') : nothing}
      ${this.hooks === undefined ? html`<p>Loading…</p>` : this.hooks.length === 0
        ? html`<p class="empty">No webhooks yet. Add your receiver's URL below to get leads and meetings as they happen.</p>`
        : html`<table>
          <caption class="visually-hidden">Webhooks</caption>
          <thead><tr><th scope="col">URL</th><th scope="col">Events</th><th scope="col">Added</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>${this.hooks.map((h) => html`<tr>
            <td><a href=${'#/settings/webhooks/' + encodeURIComponent(h.id)}>${h.url}</a></td>
            <td>${h.eventTypes.length === EVENT_TYPES.length ? 'All events' : h.eventTypes.join(', ')}</td>
            <td>${when(h.createdAt)}</td>
            <td class="row-actions"><a href=${'#/settings/webhooks/' + encodeURIComponent(h.id)}>Delivery log<span class="visually-hidden"> of ${h.url}</span></a>
              <button type="button" class="link" @click=${() => this.deleteWebhook(h)}>Delete<span class="visually-hidden"> ${h.url}</span></button></td>
          </tr>`)}</tbody></table>`}
      <section aria-labelledby="new-webhook">
        <h2 id="new-webhook">Add a webhook</h2>
        <form @submit=${this.create}>
          ${errorSummary(e, 'The webhook was not added')}
          <div class="field"><label for=${idFor('url')}>Receiver URL</label>
            <input id=${idFor('url')} name="url" type="url" class="wide" required placeholder="https://hooks.example.com/switchboard"
              aria-invalid=${invalid(e, 'url')} aria-describedby=${describedBy(e, 'url') ?? ''}>${fieldError(e, 'url')}</div>
          ${eventChecks(e)}
          <details><summary>Choose the signing secret yourself</summary>
            <div class="field"><label for=${idFor('secret')}>Secret <span class="hint">(16 to 200 characters; left blank, one is made)</span></label>
              <input id=${idFor('secret')} name="secret" autocomplete="off" aria-invalid=${invalid(e, 'secret')} aria-describedby=${describedBy(e, 'secret') ?? ''}>${fieldError(e, 'secret')}</div>
          </details>
          <button type="submit" class="primary">Add webhook</button>
        </form>
      </section>`;
  }

  async create(event) {
    event.preventDefault();
    const formElement = event.target;
    const form = new FormData(formElement);
    const input = { url: form.get('url'), eventTypes: form.getAll('eventTypes'), secret: String(form.get('secret') ?? '').trim() || null };
    this.saved = '';
    this.made = null;
    try {
      const answer = (await gql(`mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id url } secret errors { code field message } } }`,
        { input })).createWebhook;
      this.errors = answer.errors;
      if (answer.webhook) {
        this.made = { url: answer.webhook.url, secret: answer.secret };
        formElement.reset();
        await this.load();
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  async deleteWebhook(h) {
    if (!confirm(`Delete the webhook to ${h.url}? Nothing more is sent to it.`)) return;
    try {
      const answer = (await gql(`mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedId errors { code field message } } }`,
        { input: { id: h.id } })).deleteWebhook;
      this.error = answer.errors.length ? answer.errors.map((x) => x.message).join('; ') : null;
      this.saved = answer.errors.length ? '' : `The webhook to ${h.url} was deleted.`;
      this.made = null;
      await this.load();
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-webhooks', Webhooks);

const DELIVERY = 'id eventId eventType status attempts nextAttemptAt createdAt body log { number at statusCode durationMillis error }';

/** One webhook: its settings and its delivery log, newest first, with a replay for a delivery that failed for good. */
class Webhook extends Page {
  static properties = {
    webhookId: {}, hook: { state: true }, deliveries: { state: true }, next: { state: true }, errors: { state: true },
    error: { state: true }, saved: { state: true }, refusals: { state: true },
  };

  constructor() {
    super();
    this.refusals = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load(after = null) {
    try {
      const data = await gqlLists(`query($id: ID!, $after: String) { webhooks(first: 100) { nodes { id url eventTypes createdAt } }
        webhookDeliveries(webhookId: $id, first: 25, after: $after) { edges { node { ${DELIVERY} } } pageInfo { hasNextPage endCursor } } }`,
      { id: this.webhookId, after });
      this.hook = data.webhooks.find((h) => h.id === this.webhookId) ?? null;
      const page = data.webhookDeliveries.edges.map((e) => e.node);
      this.deliveries = after ? [...this.deliveries, ...page] : page;
      this.next = data.webhookDeliveries.pageInfo.hasNextPage ? data.webhookDeliveries.pageInfo.endCursor : null;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    if (this.hook === null) {
      return html`<h1 tabindex="-1">No such webhook</h1>${settingsNav('/settings/webhooks')}<p><a href="#/settings/webhooks">Back to the webhooks</a>.</p>`;
    }
    const h = this.hook;
    const e = this.errors;
    return html`<p class="crumbs"><a href="#/settings/webhooks">Webhooks</a> /</p>
      <h1 tabindex="-1">${h ? h.url : 'Webhook'}</h1>
      ${settingsNav('/settings/webhooks')}
      ${problem(this.error)}${status(this.saved)}
      <section aria-labelledby="log">
        <h2 id="log">Delivery log</h2>
        <p class="hint">Newest first. A delivery is tried up to 8 times with growing waits; one that failed every attempt can be replayed.
          <button type="button" @click=${() => this.load()}>Refresh</button></p>
        ${this.deliveries === undefined ? html`<p>Loading…</p>` : this.deliveries.length === 0
          ? html`<p class="empty">Nothing delivered yet: deliveries appear here as events happen, e.g. when the next lead is submitted.</p>`
          : html`<table class="deliveries">
            <caption class="visually-hidden">Deliveries to ${h?.url}, newest first</caption>
            <thead><tr><th scope="col">Event</th><th scope="col">Created</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Details</th><th scope="col"><span class="visually-hidden">Replay</span></th></tr></thead>
            <tbody>${this.deliveries.map((d) => html`<tr>
              <td>${d.eventType}</td><td>${when(d.createdAt)}</td>
              <td><span class="badge delivery-${d.status.toLowerCase()}">${words(d.status)}</span>
                ${d.status === 'PENDING' && d.nextAttemptAt ? html`<br><span class="muted">next try ${when(d.nextAttemptAt)}</span>` : nothing}</td>
              <td>${d.attempts}</td>
              <td><details><summary>Attempts and body<span class="visually-hidden"> of ${d.eventType} ${when(d.createdAt)}</span></summary>
                ${d.log.length === 0 ? html`<p class="muted">Not tried yet.</p>` : html`<ol class="attempts">${d.log.map((a) => html`<li>
                  ${when(a.at)}: ${a.statusCode ? html`HTTP ${a.statusCode}` : 'no answer'} in ${a.durationMillis} ms${a.error ? html` · <span class="bad">${a.error}</span>` : ''}</li>`)}</ol>`}
                <pre>${pretty(d.body)}</pre></details></td>
              <td>${d.status === 'FAILED' ? html`<button type="button" @click=${() => this.replay(d)}>Replay<span class="visually-hidden"> ${d.eventType} ${when(d.createdAt)}</span></button>` : nothing}
                ${this.refusals[d.id] ? html`<p class="field-error" role="alert">${this.refusals[d.id]}</p>` : nothing}</td>
            </tr>`)}</tbody></table>
            ${this.next ? html`<p><button type="button" @click=${() => this.load(this.next)}>Show older deliveries</button></p>` : nothing}`}
      </section>
      ${h ? html`<section aria-labelledby="edit-webhook">
        <h2 id="edit-webhook">Change the webhook</h2>
        <form @submit=${this.save}>
          ${errorSummary(e, 'The webhook was not saved')}
          <div class="field"><label for=${idFor('url')}>Receiver URL</label>
            <input id=${idFor('url')} name="url" type="url" class="wide" required .value=${h.url}
              aria-invalid=${invalid(e, 'url')} aria-describedby=${describedBy(e, 'url') ?? ''}>${fieldError(e, 'url')}</div>
          ${eventChecks(e, h.eventTypes)}
          <div class="field"><label for=${idFor('secret')}>New secret <span class="hint">(left blank, the secret stays)</span></label>
            <input id=${idFor('secret')} name="secret" autocomplete="off" aria-invalid=${invalid(e, 'secret')} aria-describedby=${describedBy(e, 'secret') ?? ''}>${fieldError(e, 'secret')}</div>
          <button type="submit" class="primary">Save webhook</button>
        </form>
      </section>` : nothing}`;
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const input = { id: this.webhookId, url: form.get('url'), eventTypes: form.getAll('eventTypes'), secret: String(form.get('secret') ?? '').trim() || null };
    this.saved = '';
    try {
      const answer = (await gql(`mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { id url eventTypes createdAt } errors { code field message } } }`,
        { input })).updateWebhook;
      this.errors = answer.errors;
      if (answer.webhook) {
        this.hook = answer.webhook;
        this.saved = 'Webhook saved.';
        event.target.querySelector('[name=secret]').value = '';
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  async replay(d) {
    try {
      const answer = (await gql(`mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { delivery { ${DELIVERY} } errors { code field message } } }`,
        { input: { deliveryId: d.id } })).replayWebhookDelivery;
      if (answer.errors.length) {
        this.refusals = { ...this.refusals, [d.id]: answer.errors.map((x) => x.message).join('; ') };
        return;
      }
      this.deliveries = this.deliveries.map((x) => (x.id === d.id ? answer.delivery : x));
      this.saved = `${d.eventType} is being sent again.`;
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-webhook', Webhook);

function pretty(json) {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
