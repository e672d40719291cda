import { html, nothing } from 'lit';
import { gql } from '../api.js';
import { Page, problem, status, when, words } from '../ui.js';

const BOOKING = 'id status sequence start end title localStart timeZone bookedAt lead { id name email } rep { name } calendar { state attempts lastError }';
const ITEM = 'id kind state about bookingId attempts lastError nextAttemptAt';

const VIEWS = {
  upcoming: { label: 'Upcoming', pick: (b, now) => b.status === 'BOOKED' && new Date(b.end) >= now,
    empty: 'No upcoming meetings. Meetings appear here when a prospect books through the widget, or bookMeeting is called for a lead.' },
  rescheduled: { label: 'Rescheduled', pick: (b) => b.status === 'BOOKED' && b.sequence > 0,
    empty: 'No meeting has been moved. A prospect reschedules from the link in their invite.' },
  cancelled: { label: 'Cancelled', pick: (b) => b.status === 'CANCELLED',
    empty: 'No meeting has been cancelled.' },
};

/** Bookings by state, and the calendar writes and mail waiting to leave, with a retry for each. */
class Bookings extends Page {
  static properties = {
    bookings: { state: true }, writes: { state: true }, mail: { state: true }, view: { state: true },
    error: { state: true }, said: { state: true },
  };

  constructor() {
    super();
    this.view = 'upcoming';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const data = await gql(`{ booked: bookings(first: 100, status: BOOKED) { edges { node { ${BOOKING} } } }
        cancelled: bookings(first: 100, status: CANCELLED) { edges { node { ${BOOKING} } } }
        writes: outbox(kind: CALENDAR_WRITE, first: 100) { ${ITEM} }
        mail: outbox(kind: MAIL, first: 100) { ${ITEM} } }`);
      this.bookings = [...data.booked.edges, ...data.cancelled.edges].map((e) => e.node);
      this.writes = data.writes;
      this.mail = data.mail;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    return html`<h1 tabindex="-1">Bookings</h1>
      ${problem(this.error)}
      ${this.bookings === undefined ? html`<p>Loading…</p>` : html`${this.renderBookings()}${this.renderOutbox()}`}`;
  }

  renderBookings() {
    const now = new Date();
    const shown = this.bookings.filter((b) => VIEWS[this.view].pick(b, now)).sort((a, b) => a.start.localeCompare(b.start));
    return html`<div class="tabs" role="group" aria-label="Which bookings">
        ${Object.entries(VIEWS).map(([key, v]) => html`<button type="button" aria-pressed=${this.view === key ? 'true' : 'false'}
          @click=${() => { this.view = key; }}>${v.label} (${this.bookings.filter((b) => v.pick(b, now)).length})</button>`)}
      </div>
      ${shown.length === 0 ? html`<p class="empty">${VIEWS[this.view].empty}</p>` : html`
      <table class="bookings"><caption class="visually-hidden">${VIEWS[this.view].label} bookings</caption>
        <thead><tr><th scope="col">When</th><th scope="col">Lead</th><th scope="col">Rep</th><th scope="col">Meeting</th>
          <th scope="col">State</th><th scope="col">Calendar</th></tr></thead>
        <tbody>${shown.map((b) => html`<tr>
          <td>${when(b.start)}<br><span class="hint">${b.localStart} (${b.timeZone})</span></td>
          <td><a href=${'#/leads/' + encodeURIComponent(b.lead.id)}>${b.lead.name}</a><br><span class="hint">${b.lead.email}</span></td>
          <td>${b.rep.name}</td><td>${b.title}</td>
          <td>${b.status === 'CANCELLED' ? html`<span class="badge off">Cancelled</span>`
            : b.sequence > 0 ? html`<span class="badge away">Rescheduled ${b.sequence}×</span>` : html`<span class="badge on">Booked</span>`}</td>
          <td>${words(b.calendar.state)}${b.calendar.lastError ? html`<br><span class="field-error">${b.calendar.lastError}</span>` : nothing}</td>
        </tr>`)}</tbody></table>`}`;
  }

  renderOutbox() {
    const table = (title, id, items, empty) => html`<section aria-labelledby=${id}>
      <h3 id=${id}>${title}</h3>
      ${items.length === 0 ? html`<p class="empty">${empty}</p>` : html`<table class="outbox">
        <caption class="visually-hidden">${title}</caption>
        <thead><tr><th scope="col">What</th><th scope="col">State</th><th scope="col">Attempts</th><th scope="col">Last error</th>
          <th scope="col">Due</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${items.map((i) => html`<tr>
          <td>${words(i.about)}</td>
          <td><span class=${'badge ' + (i.state === 'FAILED' ? 'off' : i.state === 'PENDING' ? 'away' : 'on')}>${words(i.state)}</span></td>
          <td>${i.attempts}</td><td>${i.lastError ?? html`<span class="muted">None</span>`}</td><td>${when(i.nextAttemptAt)}</td>
          <td class="row-actions">${i.state === 'FAILED' || i.state === 'PENDING'
            ? html`<button type="button" @click=${() => this.retry(i)} aria-label=${`Retry ${words(i.about)} now`}>Retry now</button>` : nothing}</td>
        </tr>`)}</tbody></table>`}</section>`;
    return html`<section aria-labelledby="outbox-h">
      <h2 id="outbox-h">Outbox</h2>
      <p class="hint">Calendar writes and mail leave in the background and are retried with backoff; a failed one waits for you here.
        Webhook deliveries have their own log.</p>
      ${status(this.said)}
      ${table('Calendar writes', 'writes-h', this.writes, 'No calendar writes: bookings of reps with a connected calendar are written here.')}
      ${table('Mail', 'mail-h', this.mail, 'No mail queued: invites and notes to reps appear here once meetings are booked.')}
      </section>`;
  }

  async retry(item) {
    try {
      const data = await gql(`mutation($input: RetryOutboxItemInput!) { retryOutboxItem(input: $input) { item { ${ITEM} } retried errors { code field message } } }`,
        { input: { kind: item.kind, id: item.id } });
      const done = data.retryOutboxItem;
      if (done.errors.length) {
        this.error = done.errors.map((x) => x.message).join('; ');
        return;
      }
      const replace = (list) => list.map((i) => (i.id === item.id ? done.item : i));
      if (item.kind === 'MAIL') this.mail = replace(this.mail);
      else this.writes = replace(this.writes);
      this.said = done.retried ? `${words(item.about)}: due again now, attempts counted afresh.` : `${words(item.about)} was already done: nothing to retry.`;
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-bookings', Bookings);
