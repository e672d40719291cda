import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import './calendar.js';
import {
  Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, status, when, words,
  timeZones, browserTimeZone, localInput, fromLocalInput,
} from '../ui.js';

const REP_FIELDS = 'id name email timeZone active awayUntil calendar { kind writable url calendarId googleAccess subject username }';

export function repStatus(rep) {
  if (!rep.active) return html`<span class="badge off">Inactive</span>`;
  if (rep.awayUntil && new Date(rep.awayUntil) > new Date()) {
    return html`<span class="badge away">Away until ${when(rep.awayUntil)}</span>`;
  }
  return html`<span class="badge on">Taking leads</span>`;
}

/** A rep's leads and meetings today as two cells; zeros are quiet so the busy reps stand out. */
function dayCells(rep) {
  if (!rep.today) return html`<td class="num muted">–</td><td class="num muted">–</td>`;
  const cell = (n, what) => html`<td class="num ${n === 0 ? 'muted' : ''}" data-today=${what}>${n}</td>`;
  return html`${cell(rep.today.leads, 'leads')}${cell(rep.today.meetings, 'meetings')}`;
}

/** Under the table when nobody has had a lead or a meeting today: what to do for the numbers to move. */
function quietDay(reps) {
  if (!reps.some((r) => r.today) || reps.some((r) => r.today && (r.today.leads || r.today.meetings))) return nothing;
  return html`<p class="empty" data-today="none">No leads or meetings yet today. Leads count for a rep once routing gives them one
    (<a href="#/test">test a lead</a> to see where one would go); meetings once a prospect books a slot. Each rep's
    today runs midnight to midnight in their own time zone.</p>`;
}

class Reps extends Page {
  static properties = { reps: { state: true }, errors: { state: true }, error: { state: true }, saved: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.reps = (await gqlLists(`{ reps(first: 100) { totalCount nodes { ${REP_FIELDS} today { date leads meetings } } } }`)).reps;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const e = this.errors;
    return html`<h1 tabindex="-1">Reps</h1>
      ${problem(this.error)}
      ${this.reps === undefined ? html`<p>Loading…</p>` : this.reps.length === 0
        ? html`<p class="empty">No reps yet. Add the first salesperson below; then put reps in a pool so leads can reach them.</p>`
        : html`<table>
          <caption class="visually-hidden">Reps and whether they take leads</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Time zone</th><th scope="col">Status</th><th scope="col" class="num"><abbr title="Leads they own that were routed today, in their time zone">Leads today</abbr></th><th scope="col" class="num"><abbr title="Meetings starting today, in their time zone, not cancelled">Meetings today</abbr></th><th scope="col">Calendar</th></tr></thead>
          <tbody>${this.reps.map((r) => html`<tr>
            <td><a href=${'#/reps/' + encodeURIComponent(r.id)}>${r.name}</a></td>
            <td>${r.email}</td><td>${r.timeZone}</td><td>${repStatus(r)}</td>
            ${dayCells(r)}
            <td>${r.calendar ? words(r.calendar.kind).replace('Caldav', 'CalDAV').replace('Ics feed', 'ICS feed') : html`<span class="muted">None</span>`}</td>
          </tr>`)}</tbody></table>
          ${quietDay(this.reps)}${this.reps.totalCount > this.reps.length ? html`<p class="hint">The first ${this.reps.length} of ${this.reps.totalCount} reps, by name.</p>` : nothing}`}
      <section aria-labelledby="new-rep">
        <h2 id="new-rep">Add a rep</h2>
        <form class="inline" @submit=${this.create}>
          ${errorSummary(e, 'The rep was not added')}
          <div class="field">
            <label for=${idFor('name')}>Name</label>
            <input id=${idFor('name')} name="name" required aria-invalid=${invalid(e, 'name')} aria-describedby=${describedBy(e, 'name') ?? ''}>
            ${fieldError(e, 'name')}
          </div>
          <div class="field">
            <label for=${idFor('email')}>Email</label>
            <input id=${idFor('email')} name="email" type="email" required aria-invalid=${invalid(e, 'email')} aria-describedby=${describedBy(e, 'email') ?? ''}>
            ${fieldError(e, 'email')}
          </div>
          <div class="field">
            <label for=${idFor('timeZone')}>Time zone</label>
            <input id=${idFor('timeZone')} name="timeZone" list="time-zones" .value=${browserTimeZone()} required
              aria-invalid=${invalid(e, 'timeZone')} aria-describedby=${describedBy(e, 'timeZone') ?? ''}>
            <datalist id="time-zones">${timeZones().map((z) => html`<option value=${z}></option>`)}</datalist>
            ${fieldError(e, 'timeZone')}
          </div>
          <button type="submit">Add rep</button>
        </form>
        ${status(this.saved)}
      </section>`;
  }

  async create(event) {
    event.preventDefault();
    const formElement = event.target;
    const form = new FormData(formElement);
    const input = { name: form.get('name'), email: form.get('email'), timeZone: form.get('timeZone') };
    try {
      const data = await gql(`mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id name } errors { code field message } } }`, { input });
      this.errors = data.createRep.errors;
      if (data.createRep.rep) {
        this.saved = `${data.createRep.rep.name} added.`;
        formElement.querySelector('[name=name]').value = '';
        formElement.querySelector('[name=email]').value = '';
        formElement.querySelector('[name=name]').focus();
        await this.load();
      }
    } catch (err) {
      this.error = err.message;
    }
  }
}
customElements.define('sb-reps', Reps);

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WINDOW = 'start end';

class Rep extends Page {
  static properties = {
    repId: {}, rep: { state: true }, availability: { state: true }, error: { state: true },
    statusErrors: { state: true }, hoursErrors: { state: true }, saved: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('repId')) {
      this.rep = undefined;
      this.load();
    }
  }

  async load() {
    try {
      const data = await gql(`query($id: ID!) {
        rep(id: $id) { ${REP_FIELDS} }
        availability(repId: $id) { timeZone standard
          weekly { ${DAYS.map((d) => `${d} { ${WINDOW} }`).join(' ')} }
          overrides { date windows { ${WINDOW} } } holidays timeOff { start end note } } }`, { id: this.repId });
      this.rep = data.rep;
      if (data.availability) {
        const a = data.availability;
        // Edited as plain copies; saved whole by setAvailability.
        this.availability = {
          weekly: Object.fromEntries(DAYS.map((d) => [d, a.weekly[d].map((w) => ({ ...w }))])),
          overrides: a.overrides.map((o) => ({ date: o.date, windows: o.windows.map((w) => ({ ...w })) })),
          holidays: [...a.holidays],
          timeOff: a.timeOff.map((t) => ({ ...t })),
        };
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    if (this.error && !this.rep) return html`<h1 tabindex="-1">Rep</h1>${problem(this.error)}`;
    if (this.rep === undefined) return html`<p>Loading…</p>`;
    if (this.rep === null) return html`<h1 tabindex="-1">No such rep</h1><p><a href="#/reps">Back to the reps</a></p>`;
    const r = this.rep;
    const e = this.statusErrors;
    return html`<p class="crumbs"><a href="#/reps">Reps</a> /</p>
      <h1 tabindex="-1">${r.name}</h1>
      <p>${r.email} · ${r.timeZone} · ${repStatus(r)}</p>
      ${problem(this.error)}
      ${status(this.saved)}
      <section aria-labelledby="status-h">
        <h2 id="status-h">Taking leads</h2>
        <form class="inline" @submit=${this.saveStatus}>
          ${errorSummary(e, 'The status was not changed')}
          <div class="field check">
            <input type="checkbox" id=${idFor('active')} name="active" .checked=${r.active}>
            <label for=${idFor('active')}>Active (routing may give this rep leads)</label>
          </div>
          <div class="field">
            <label for=${idFor('awayUntil')}>Out of office until <span class="hint">(empty: not away)</span></label>
            <input type="datetime-local" id=${idFor('awayUntil')} name="awayUntil" .value=${localInput(r.awayUntil)}
              aria-invalid=${invalid(e, 'awayUntil')} aria-describedby=${describedBy(e, 'awayUntil') ?? ''}>
            ${fieldError(e, 'awayUntil')}
          </div>
          <button type="submit">Save status</button>
        </form>
      </section>
      ${this.renderAvailability()}
      <sb-rep-calendar .repId=${r.id}></sb-rep-calendar>`;
  }

  renderAvailability() {
    const a = this.availability;
    if (!a) return nothing;
    const e = this.hoursErrors;
    const windows = (list, path, onChange) => html`${list.map((w, i) => html`<span class="window">
        <label class="visually-hidden" for=${idFor(`${path}[${i}].start`)}>From</label>
        <input type="time" id=${idFor(`${path}[${i}].start`)} .value=${w.start} @change=${(ev) => { w.start = ev.target.value; onChange(); }}
          aria-invalid=${invalid(e, `${path}[${i}].start`)}>
        <span aria-hidden="true">–</span>
        <label class="visually-hidden" for=${idFor(`${path}[${i}].end`)}>To</label>
        <input type="time" id=${idFor(`${path}[${i}].end`)} .value=${w.end === '24:00' ? '23:59' : w.end} @change=${(ev) => { w.end = ev.target.value; onChange(); }}
          aria-invalid=${invalid(e, `${path}[${i}].end`)}>
        <button type="button" class="icon" aria-label="Remove this window" @click=${() => { list.splice(i, 1); onChange(); }}>×</button>
        ${fieldError(e, `${path}[${i}]`)}${fieldError(e, `${path}[${i}].start`)}${fieldError(e, `${path}[${i}].end`)}
      </span>`)}
      ${list.length === 0 ? html`<span class="muted">Off</span>` : nothing}
      <button type="button" class="link" @click=${() => { list.push({ start: '09:00', end: '17:00' }); onChange(); }}>Add hours</button>
      ${fieldError(e, path)}`;
    const changed = () => this.requestUpdate();
    return html`<section aria-labelledby="hours-h">
      <h2 id="hours-h">Working hours <span class="hint">(in ${this.rep.timeZone})</span></h2>
      <form @submit=${this.saveHours}>
        ${errorSummary(e, 'The hours were not saved')}
        <table class="hours"><tbody>
          ${DAYS.map((d) => html`<tr><th scope="row">${words(d)}</th><td>${windows(a.weekly[d], `weekly.${d}`, changed)}</td></tr>`)}
        </tbody></table>
        <h3>Other hours on given dates</h3>
        ${a.overrides.length === 0 ? html`<p class="muted">None: every date follows its weekday.</p>` : nothing}
        <ul class="plain">${a.overrides.map((o, i) => html`<li>
          <label for=${idFor(`overrides[${i}].date`)}>Date</label>
          <input type="date" id=${idFor(`overrides[${i}].date`)} .value=${o.date} @change=${(ev) => { o.date = ev.target.value; }}
            aria-invalid=${invalid(e, `overrides[${i}].date`)}>
          ${fieldError(e, `overrides[${i}].date`)}
          ${windows(o.windows, `overrides[${i}].windows`, changed)}
          <button type="button" class="link" @click=${() => { a.overrides.splice(i, 1); changed(); }}>Remove date</button>
        </li>`)}</ul>
        <button type="button" @click=${() => { a.overrides.push({ date: '', windows: [] }); changed(); }}>Add a date</button>
        <h3>Holidays</h3>
        ${a.holidays.length === 0 ? html`<p class="muted">None.</p>` : nothing}
        <ul class="plain">${a.holidays.map((h, i) => html`<li>
          <label for=${idFor(`holidays[${i}]`)}>Holiday</label>
          <input type="date" id=${idFor(`holidays[${i}]`)} .value=${h} @change=${(ev) => { a.holidays[i] = ev.target.value; }}
            aria-invalid=${invalid(e, `holidays[${i}]`)}>
          <button type="button" class="link" @click=${() => { a.holidays.splice(i, 1); changed(); }}>Remove</button>
          ${fieldError(e, `holidays[${i}]`)}
        </li>`)}</ul>
        <button type="button" @click=${() => { a.holidays.push(''); changed(); }}>Add a holiday</button>
        <h3>Time off</h3>
        ${a.timeOff.length === 0 ? html`<p class="muted">None planned.</p>` : nothing}
        <ul class="plain">${a.timeOff.map((t, i) => html`<li class="time-off">
          <label for=${idFor(`timeOff[${i}].start`)}>From</label>
          <input type="datetime-local" id=${idFor(`timeOff[${i}].start`)} .value=${localInput(t.start)}
            @change=${(ev) => { t.start = fromLocalInput(ev.target.value); }} aria-invalid=${invalid(e, `timeOff[${i}].start`)}>
          <label for=${idFor(`timeOff[${i}].end`)}>To</label>
          <input type="datetime-local" id=${idFor(`timeOff[${i}].end`)} .value=${localInput(t.end)}
            @change=${(ev) => { t.end = fromLocalInput(ev.target.value); }} aria-invalid=${invalid(e, `timeOff[${i}].end`)}>
          <label for=${idFor(`timeOff[${i}].note`)}>Note</label>
          <input id=${idFor(`timeOff[${i}].note`)} .value=${t.note ?? ''} @change=${(ev) => { t.note = ev.target.value || null; }}>
          <button type="button" class="link" @click=${() => { a.timeOff.splice(i, 1); changed(); }}>Remove</button>
          ${fieldError(e, `timeOff[${i}]`)}${fieldError(e, `timeOff[${i}].start`)}${fieldError(e, `timeOff[${i}].end`)}
        </li>`)}</ul>
        <button type="button" @click=${() => { a.timeOff.push({ start: null, end: null, note: null }); changed(); }}>Add time off</button>
        <p><button type="submit" class="primary">Save hours and time off</button></p>
      </form>
    </section>`;
  }

  async saveStatus(event) {
    event.preventDefault();
    const form = event.target;
    const input = {
      repId: this.repId,
      active: form.querySelector('[name=active]').checked,
      awayUntil: fromLocalInput(form.querySelector('[name=awayUntil]').value),
    };
    this.saved = '';
    try {
      const data = await gql(`mutation($input: SetRepStatusInput!) { setRepStatus(input: $input) { rep { ${REP_FIELDS} } errors { code field message } } }`, { input });
      this.statusErrors = data.setRepStatus.errors;
      if (data.setRepStatus.rep) {
        this.rep = data.setRepStatus.rep;
        this.saved = 'Status saved.';
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  async saveHours(event) {
    event.preventDefault();
    const a = this.availability;
    const input = {
      repId: this.repId,
      weekly: a.weekly,
      overrides: a.overrides,
      holidays: a.holidays,
      timeOff: a.timeOff.map((t) => ({ start: t.start, end: t.end, note: t.note })),
    };
    this.saved = '';
    try {
      const data = await gql(`mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { availability { standard } errors { code field message } } }`, { input });
      this.hoursErrors = data.setAvailability.errors;
      if (data.setAvailability.availability) {
        this.saved = 'Working hours and time off saved.';
        await this.load();
      }
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-rep', Rep);
