import { html, nothing } from 'lit';
import { gql } from '../api.js';
import { Page, describedBy, errorSummary, fieldError, idFor, invalid, problem, status, when, words } from '../ui.js';

const FIELDS = `id calendar { kind writable url calendarId googleAccess subject username }
  calendarHealth { checkedAt ok lastOkAt lastError lastErrorAt }`;
const KINDS = { GOOGLE: 'Google Calendar', CALDAV: 'CalDAV', ICS_FEED: 'ICS feed' };

/** A rep's calendar: what is connected and how it answered, a check now, and connecting another (one at a time). */
class RepCalendar extends Page {
  static properties = {
    repId: {}, rep: { state: true }, how: { state: true }, errors: { state: true }, error: { state: true },
    said: { state: true }, busy: { state: true },
  };

  constructor() {
    super();
    this.how = 'icsFeed';
  }

  willUpdate(changed) {
    if (changed.has('repId') && this.repId) this.load();
  }

  async load() {
    try {
      this.rep = (await gql(`query($id: ID!) { rep(id: $id) { ${FIELDS} } }`, { id: this.repId })).rep;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const r = this.rep;
    return html`<section aria-labelledby="calendar-h">
      <h2 id="calendar-h">Calendar</h2>
      ${problem(this.error)}
      ${r === undefined ? html`<p>Loading…</p>` : r === null ? nothing : html`
        ${r.calendar ? this.renderConnected(r) : html`<p class="empty">No calendar connected: only the working hours above count for
          booking. Connect one below so busy time keeps slots off and bookings land in the rep's calendar.</p>`}
        ${status(this.said)}
        ${this.renderConnect()}`}
    </section>`;
  }

  renderConnected(r) {
    const c = r.calendar;
    const h = r.calendarHealth;
    return html`<dl class="facts">
        <dt>Kind</dt><dd>${KINDS[c.kind]}</dd>
        <dt>Bookings written to it</dt><dd>${c.writable ? 'Yes' : 'No (read-only)'}</dd>
        ${c.calendarId ? html`<dt>Calendar</dt><dd>${c.calendarId}</dd>` : nothing}
        ${c.googleAccess ? html`<dt>Access</dt><dd>${words(c.googleAccess)}</dd>` : nothing}
        ${c.url ? html`<dt>Address</dt><dd>${c.url}</dd>` : nothing}
        ${c.username ? html`<dt>User</dt><dd>${c.username}</dd>` : nothing}
        <dt>Health</dt><dd>${!h ? html`<span class="muted">Not read since it was connected</span>`
          : h.ok ? html`<span class="badge on">Answering</span> <span class="hint">read ${when(h.checkedAt)}</span>`
            : html`<span class="badge off">Failing</span> <span class="hint">since ${when(h.lastErrorAt)}${h.lastOkAt ? `, last answered ${when(h.lastOkAt)}` : ''}</span>`}</dd>
        ${h?.lastError ? html`<dt>Last error</dt><dd>${h.lastError} <span class="hint">(${when(h.lastErrorAt)})</span></dd>` : nothing}
      </dl>
      <p class="actions">
        <button type="button" @click=${this.check} ?disabled=${this.busy}>Check now</button>
        <button type="button" class="link" @click=${this.disconnect}>Disconnect</button>
      </p>`;
  }

  renderConnect() {
    const e = this.errors;
    const input = (path, label, type = 'text', hint = '') => html`<div class="field">
      <label for=${idFor(path)}>${label}${hint ? html` <span class="hint">${hint}</span>` : nothing}</label>
      <input id=${idFor(path)} name=${path} type=${type} autocomplete="off"
        aria-invalid=${invalid(e, path)} aria-describedby=${describedBy(e, path) ?? ''}>${fieldError(e, path)}</div>`;
    const choice = (value, label) => html`<div class="field check">
      <input type="radio" name="calendar-how" id=${'how-' + value} value=${value} .checked=${this.how === value}
        @change=${() => { this.how = value; this.errors = []; }}>
      <label for=${'how-' + value}>${label}</label></div>`;
    return html`<form @submit=${this.connect} novalidate>
      <fieldset><legend>${this.rep.calendar ? 'Connect another calendar instead' : 'Connect a calendar'}</legend>
        ${errorSummary(e, 'Nothing was connected')}
        ${choice('google', 'Google Calendar (the rep consents on Google\'s page)')}
        ${choice('caldav', 'CalDAV (Nextcloud, Fastmail, iCloud, Radicale …)')}
        ${choice('icsFeed', 'ICS feed (read-only: busy time only)')}
        ${this.how === 'caldav' ? html`${input('calendar.caldav.url', 'Calendar collection address', 'url', '(http or https)')}
          ${input('calendar.caldav.username', 'User name')}${input('calendar.caldav.password', 'Password', 'password', '(stored encrypted, never shown again)')}` : nothing}
        ${this.how === 'icsFeed' ? input('calendar.icsFeed.url', 'Feed address', 'url', '(kept secret: a feed\'s address is its password)') : nothing}
        ${this.how === 'google' ? html`<p class="hint">Switchboard opens Google's consent page for the rep; Google sends them back here.
          The link works once, for 15 minutes.</p>` : nothing}
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.how === 'google' ? 'Open Google consent' : 'Connect'}</button>
      </fieldset></form>`;
  }

  async connect(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.said = '';
    this.error = null;
    this.busy = true;
    try {
      if (this.how === 'google') {
        const data = await gql('mutation($input: StartGoogleCalendarConsentInput!) { startGoogleCalendarConsent(input: $input) { url errors { code field message } } }',
          { input: { repId: this.repId } });
        this.errors = data.startGoogleCalendarConsent.errors;
        if (data.startGoogleCalendarConsent.url) location.assign(data.startGoogleCalendarConsent.url);
        return;
      }
      const input = { repId: this.repId };
      // calendar is @oneOf: exactly one source.
      input.calendar = this.how === 'caldav'
        ? { caldav: { url: form.get('calendar.caldav.url'), username: form.get('calendar.caldav.username') || null, password: form.get('calendar.caldav.password') || null } }
        : { icsFeed: { url: form.get('calendar.icsFeed.url') } };
      const data = await gql(`mutation($input: ConnectCalendarInput!) { connectCalendar(input: $input) { rep { ${FIELDS} } errors { code field message } } }`, { input });
      this.errors = data.connectCalendar.errors;
      if (data.connectCalendar.rep) {
        this.rep = data.connectCalendar.rep;
        // Emptied by hand: a form reset would also clear the chosen kind, which Lit set as a property.
        event.target.querySelectorAll('input:not([type=radio])').forEach((i) => { i.value = ''; });
        this.said = 'Calendar connected. Check it now to see that it answers.';
      }
    } catch (e) {
      this.error = e.message;
    } finally {
      this.busy = false;
    }
  }

  async check() {
    this.busy = true;
    this.said = '';
    try {
      const data = await gql(`mutation($input: CheckCalendarInput!) { checkCalendar(input: $input) { rep { ${FIELDS} } connected error errors { code field message } } }`,
        { input: { repId: this.repId } });
      const done = data.checkCalendar;
      if (done.rep) this.rep = done.rep;
      this.said = done.error ? `The calendar did not answer: ${done.error}` : 'The calendar answered.';
    } catch (e) {
      this.error = e.message;
    } finally {
      this.busy = false;
    }
  }

  async disconnect() {
    try {
      const data = await gql(`mutation($input: DisconnectCalendarInput!) { disconnectCalendar(input: $input) { rep { ${FIELDS} } errors { code field message } } }`,
        { input: { repId: this.repId } });
      if (data.disconnectCalendar.rep) this.rep = data.disconnectCalendar.rep;
      this.said = 'Calendar disconnected: only working hours count now.';
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-rep-calendar', RepCalendar);
