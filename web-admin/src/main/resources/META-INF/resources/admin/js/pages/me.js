import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import { Page, problem, when, words } from '../ui.js';

const BOOKING = 'id start end status title location timeZone localStart lead { id name company email } meetingType { name } calendar { state lastError }';

/** The signed-in rep's meetings: coming up first, then the ones that passed or were cancelled. */
class MyBookings extends Page {
  static properties = { bookings: { state: true }, more: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const me = (await gql('{ me { rep { id } } }'));
      const data = await gql(`query($rep: ID) { bookings(repId: $rep, first: 100) { edges { node { ${BOOKING} } } pageInfo { hasNextPage } } }`,
        { rep: me.me.rep?.id });
      this.bookings = data.bookings.edges.map((e) => e.node);
      this.more = data.bookings.pageInfo.hasNextPage;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const now = Date.now();
    const upcoming = (this.bookings ?? []).filter((b) => b.status === 'BOOKED' && new Date(b.end).getTime() >= now)
      .sort((a, b) => a.start.localeCompare(b.start));
    const rest = (this.bookings ?? []).filter((b) => !upcoming.includes(b)).sort((a, b) => b.start.localeCompare(a.start));
    return html`<h1 tabindex="-1">My bookings</h1>
      <p class="lede">Meetings prospects booked with you, in your browser's time (${Intl.DateTimeFormat().resolvedOptions().timeZone}).</p>
      ${problem(this.error)}
      ${this.bookings === undefined ? html`<p>Loading…</p>` : html`
        <h2>Coming up</h2>
        ${upcoming.length === 0 ? html`<p class="empty">No meetings coming up. They appear here as soon as a prospect books one with you from a form or a lead's page.</p>`
          : this.table(upcoming, 'Meetings coming up, soonest first')}
        ${rest.length ? html`<h2>Earlier and cancelled</h2>${this.table(rest, 'Past and cancelled meetings, latest first')}` : nothing}
        ${this.more ? html`<p class="muted">Showing your first 100 bookings.</p>` : nothing}`}`;
  }

  table(bookings, caption) {
    return html`<table><caption class="visually-hidden">${caption}</caption>
      <thead><tr><th scope="col">When</th><th scope="col">Lead</th><th scope="col">Meeting</th><th scope="col">Status</th><th scope="col">Calendar</th></tr></thead>
      <tbody>${bookings.map((b) => html`<tr>
        <td>${when(b.start)}<br><span class="muted">${b.localStart.slice(11, 16)} for the prospect (${b.timeZone})</span></td>
        <td><a href=${'#/leads/' + encodeURIComponent(b.lead.id)}>${b.lead.name}</a><br><span class="muted">${b.lead.company ?? b.lead.email}</span></td>
        <td>${b.meetingType?.name ?? b.title}${b.location ? html`<br><span class="muted">${b.location}</span>` : nothing}</td>
        <td><span class="badge ${b.status === 'CANCELLED' ? 'off' : 'on'}">${words(b.status)}</span></td>
        <td>${words(b.calendar.state)}${b.calendar.lastError ? html`<br><span class="muted">${b.calendar.lastError}</span>` : nothing}</td>
      </tr>`)}</tbody></table>`;
  }
}
customElements.define('sb-my-bookings', MyBookings);

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * The signed-in rep's working hours, overrides, holidays and time off, read only: the policy keeps changes to
 * them for admins (docs/security.md), so a rep asks an admin, and this page says so.
 */
class MyAvailability extends Page {
  static properties = { a: { state: true }, error: { state: true }, none: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const me = (await gql('{ me { rep { id } } }')).me;
      if (!me.rep) {
        this.none = true;
        return;
      }
      this.a = (await gql(`query($id: ID!) { availability(repId: $id) { timeZone standard
        weekly { ${DAYS.map((d) => `${d} { start end }`).join(' ')} }
        overrides { date windows { start end } } holidays timeOff { start end note } } }`, { id: me.rep.id })).availability;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const a = this.a;
    const windows = (list) => (list.length ? list.map((w) => `${w.start}–${w.end}`).join(', ') : html`<span class="muted">Off</span>`);
    const upcomingOff = (a?.timeOff ?? []).filter((t) => new Date(t.end) > new Date());
    return html`<h1 tabindex="-1">My availability</h1>
      <p class="lede">When prospects can book you. Slots also leave out what your calendar shows busy.</p>
      <p class="callout">An admin keeps these hours: reps can read them but not change them. To change your hours or add time off,
        ask an admin (they edit them on your page under Reps).</p>
      ${problem(this.error)}
      ${this.none ? html`<p class="empty">Your user is not linked to a rep.</p>` : !a ? html`<p>Loading…</p>` : html`
        <h2>Working hours <span class="muted">(${a.timeZone}${a.standard ? ', the standard hours' : ''})</span></h2>
        <table class="hours"><caption class="visually-hidden">Working hours by weekday</caption>
          <tbody>${DAYS.map((d) => html`<tr><th scope="row">${words(d)}</th><td>${windows(a.weekly[d])}</td></tr>`)}</tbody></table>
        <h2>Other days</h2>
        ${a.overrides.length === 0 && a.holidays.length === 0 ? html`<p class="empty">No dates with other hours and no holidays.</p>` : html`<ul>
          ${a.overrides.map((o) => html`<li>${o.date}: ${windows(o.windows)}</li>`)}
          ${a.holidays.map((h) => html`<li>${h}: holiday</li>`)}</ul>`}
        <h2>Time off</h2>
        ${upcomingOff.length === 0 ? html`<p class="empty">No time off coming up.</p>` : html`<ul>
          ${upcomingOff.map((t) => html`<li>${when(t.start)} to ${when(t.end)}${t.note ? ` · ${t.note}` : ''}</li>`)}</ul>`}`}`;
  }
}
customElements.define('sb-my-availability', MyAvailability);
