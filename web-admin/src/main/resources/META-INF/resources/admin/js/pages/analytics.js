import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import { Page, errorSummary, fieldError, idFor, problem } from '../ui.js';
import { percent } from '../chart.js';

const DAY = 86400000;

function dateInput(date) {
  return date.toISOString().slice(0, 10);
}

function bucketLabel(b) {
  const span = (m) => (m >= 60 ? `${m / 60} h` : `${m} min`);
  return b.toMinutes === null ? `${span(b.fromMinutes)} or more` : `${span(b.fromMinutes)}–${span(b.toMinutes)}`;
}

/** Fairness, speed to lead, leads to meetings and SLA moves: one analytics query, aggregated by the database. */
class Analytics extends Page {
  static properties = {
    pools: { state: true }, poolId: { state: true }, from: { state: true }, to: { state: true },
    result: { state: true }, errors: { state: true }, error: { state: true }, busy: { state: true },
  };

  constructor() {
    super();
    const today = new Date();
    this.to = dateInput(today);
    this.from = dateInput(new Date(today.getTime() - 6 * DAY));
    this.poolId = '';
  }

  connectedCallback() {
    super.connectedCallback();
    gqlLists('{ pools(first: 100) { nodes { id name } } }').then((d) => {
      this.pools = d.pools;
      if (!this.poolId && d.pools.length) this.poolId = d.pools[0].id;
      this.load();
    }, (e) => { this.error = e.message; });
  }

  async load(event) {
    event?.preventDefault();
    this.busy = true;
    this.error = null;
    try {
      // Whole days in UTC, the end day included.
      const from = new Date(this.from + 'T00:00:00Z').toISOString();
      const to = new Date(new Date(this.to + 'T00:00:00Z').getTime() + DAY).toISOString();
      const data = await gql(`query($input: AnalyticsInput!) { analytics(input: $input) { analytics {
          fairness { leads members { rep { id name } leads share targetShare } days { day rep { name } leads } }
          speedToLead { fromMinutes toMinutes leads }
          conversionByRep { rep { name } leads meetings }
          conversionBySource { source leads meetings }
          slaMoves { rep { name } moved escalated } }
        errors { code field message } } }`, { input: { from, to, poolId: this.poolId || null } });
      this.errors = data.analytics.errors;
      this.result = data.analytics.analytics;
    } catch (e) {
      this.error = e.message;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const e = this.errors;
    return html`<h1 tabindex="-1">Analytics</h1>
      <form class="inline" @submit=${this.load}>
        ${errorSummary(e, 'No figures')}
        <div class="field"><label for=${idFor('poolId')}>Pool</label>
          <select id=${idFor('poolId')} @change=${(ev) => { this.poolId = ev.target.value; }}>
            <option value="" ?selected=${!this.poolId}>Every lead (no target shares)</option>
            ${(this.pools ?? []).map((p) => html`<option value=${p.id} ?selected=${p.id === this.poolId}>${p.name}</option>`)}
          </select>${fieldError(e, 'poolId')}</div>
        <div class="field"><label for=${idFor('from')}>From (UTC day)</label>
          <input id=${idFor('from')} type="date" .value=${this.from} @input=${(ev) => { this.from = ev.target.value; }}>${fieldError(e, 'from')}</div>
        <div class="field"><label for=${idFor('to')}>To, included</label>
          <input id=${idFor('to')} type="date" .value=${this.to} @input=${(ev) => { this.to = ev.target.value; }}>${fieldError(e, 'to')}</div>
        <button type="submit" class="primary" ?disabled=${this.busy}>Show</button>
      </form>
      ${problem(this.error)}
      ${this.result === undefined ? (this.error ? nothing : html`<p>Loading…</p>`) : this.result === null ? nothing : this.renderResult(this.result)}`;
  }

  renderResult(r) {
    const f = r.fairness;
    const accepted = r.speedToLead.reduce((s, b) => s + b.leads, 0);
    const meetings = r.conversionByRep.reduce((s, c) => s + c.meetings, 0);
    const moves = r.slaMoves.reduce((s, m) => s + m.moved + m.escalated, 0);
    return html`
      <ul class="figures" aria-label="Totals">
        <li><strong>${f.leads}</strong> leads assigned</li>
        <li><strong>${accepted}</strong> accepted</li>
        <li><strong>${meetings}</strong> with a meeting</li>
        <li><strong>${moves}</strong> SLA moves</li>
      </ul>
      ${f.leads === 0 ? html`<p class="empty">No leads were assigned in this period${this.poolId ? ' by this pool' : ''}. Widen the period, pick
        another pool, or submit leads through a form (or submitLead in GraphiQL) and come back.</p>` : nothing}
      <div class="cards">
        <section aria-labelledby="fairness-h">
          <h2 id="fairness-h">Fairness: share of leads against target</h2>
          <sb-bar-chart id="fairness-chart" percent description="Each rep's share of the period's leads beside the share its weight gives it"
            .labels=${f.members.map((m) => m.rep?.name ?? 'Removed rep')}
            .series=${[{ label: 'Share of leads', data: f.members.map((m) => m.share) },
              { label: 'Target share', data: f.members.map((m) => m.targetShare ?? 0) }]}></sb-bar-chart>
          <table><caption class="visually-hidden">Leads per rep against target share</caption>
            <thead><tr><th scope="col">Rep</th><th scope="col">Leads</th><th scope="col">Share</th><th scope="col">Target</th></tr></thead>
            <tbody>${f.members.map((m) => html`<tr><th scope="row">${m.rep?.name ?? 'Removed rep'}</th><td>${m.leads}</td>
              <td>${percent(m.share)}</td><td>${percent(m.targetShare)}</td></tr>`)}</tbody></table>
          ${this.renderDays(f.days)}
        </section>
        <section aria-labelledby="speed-h">
          <h2 id="speed-h">Speed to lead: submitted to accepted</h2>
          <sb-bar-chart id="speed-chart" description="Accepted leads by how long they waited"
            .labels=${r.speedToLead.map(bucketLabel)} .series=${[{ label: 'Accepted leads', data: r.speedToLead.map((b) => b.leads) }]}></sb-bar-chart>
          <table><caption class="visually-hidden">Accepted leads by wait</caption>
            <thead><tr><th scope="col">Waited</th><th scope="col">Leads</th></tr></thead>
            <tbody>${r.speedToLead.map((b) => html`<tr><th scope="row">${bucketLabel(b)}</th><td>${b.leads}</td></tr>`)}</tbody></table>
          ${accepted === 0 ? html`<p class="empty">No lead was accepted yet: reps accept theirs under My leads.</p>` : nothing}
        </section>
        <section aria-labelledby="conversion-h">
          <h2 id="conversion-h">Leads to meetings per rep</h2>
          <sb-bar-chart id="conversion-chart" description="Leads and meetings per rep"
            .labels=${r.conversionByRep.map((c) => c.rep?.name ?? 'Removed rep')}
            .series=${[{ label: 'Leads', data: r.conversionByRep.map((c) => c.leads) }, { label: 'With a meeting', data: r.conversionByRep.map((c) => c.meetings) }]}></sb-bar-chart>
          ${this.conversionTable('Rep', r.conversionByRep.map((c) => ({ ...c, key: c.rep?.name ?? 'Removed rep' })))}
        </section>
        <section aria-labelledby="source-h">
          <h2 id="source-h">Leads to meetings per source</h2>
          ${this.conversionTable('Source', r.conversionBySource.map((c) => ({ ...c, key: c.source || '(none given)' })))}
        </section>
        <section aria-labelledby="sla-h">
          <h2 id="sla-h">SLA moves</h2>
          ${r.slaMoves.length === 0 ? html`<p class="empty">No lead moved for want of acceptance. A pool's SLA (acceptWithinMinutes) moves leads its reps leave unaccepted.</p>` : html`
          <table><caption class="visually-hidden">Leads moved away from each rep</caption>
            <thead><tr><th scope="col">Moved away from</th><th scope="col">To the next member</th><th scope="col">Escalated</th></tr></thead>
            <tbody>${r.slaMoves.map((m) => html`<tr><th scope="row">${m.rep?.name ?? 'Nobody'}</th><td>${m.moved}</td><td>${m.escalated}</td></tr>`)}</tbody></table>`}
        </section>
      </div>`;
  }

  conversionTable(what, rows) {
    if (!rows.length) return html`<p class="empty">No leads in the period.</p>`;
    return html`<table><caption class="visually-hidden">Leads and meetings per ${what.toLowerCase()}</caption>
      <thead><tr><th scope="col">${what}</th><th scope="col">Leads</th><th scope="col">With a meeting</th><th scope="col">Rate</th></tr></thead>
      <tbody>${rows.map((c) => html`<tr><th scope="row">${c.key}</th><td>${c.leads}</td><td>${c.meetings}</td>
        <td>${percent(c.leads ? c.meetings / c.leads : 0)}</td></tr>`)}</tbody></table>`;
  }

  renderDays(days) {
    if (!days.length) return nothing;
    const reps = [...new Set(days.map((d) => d.rep?.name ?? 'Removed rep'))];
    const dates = [...new Set(days.map((d) => d.day))];
    return html`<details><summary>Leads per rep per day</summary>
      <table><caption class="visually-hidden">Leads per rep per day (UTC)</caption>
        <thead><tr><th scope="col">Day</th>${reps.map((r) => html`<th scope="col">${r}</th>`)}</tr></thead>
        <tbody>${dates.map((day) => html`<tr><th scope="row">${day}</th>${reps.map((r) => html`<td>${days.filter((d) => d.day === day && (d.rep?.name ?? 'Removed rep') === r).reduce((s, d) => s + d.leads, 0)}</td>`)}</tr>`)}</tbody>
      </table></details>`;
  }
}
customElements.define('sb-analytics', Analytics);
