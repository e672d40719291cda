import { html, nothing } from 'lit';
import { gql, gqlLists, subscribe } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, status, when, words } from '../ui.js';
import { EXPLANATION, explanation, outcomeBadge } from './simulate.js';

const ROW = `id outcome decidedAt urgent rep { id name } pool { id name }
  lead { id name email company submittedAt }
  current { owner { id name } accepted waitingInQueue moves }
  explanation { reason }`;

class RoutingLog extends Page {
  static properties = {
    mine: {}, rows: { state: true }, reps: { state: true }, pools: { state: true }, filters: { state: true },
    next: { state: true }, error: { state: true }, live: { state: true }, me: { state: true }, fresh: { state: true },
  };

  constructor() {
    super();
    this.filters = { outcome: '', repId: '', poolId: '' };
    this.fresh = new Set();
  }

  connectedCallback() {
    super.connectedCallback();
    this.start();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopLive?.();
  }

  async start() {
    try {
      const data = await gqlLists('{ me { name kind rep { id } } reps(first: 100) { nodes { id name } } pools(first: 100) { nodes { id name } } }');
      this.me = data.me;
      this.reps = data.reps;
      this.pools = data.pools;
    } catch (e) {
      this.error = e.message;
    }
    await this.load();
    if (!this.mine) {
      this.stopLive = subscribe('subscription { leadAssigned { lead { id } outcome rep { id } pool { id } } }',
        (data) => this.arrived(data.leadAssigned), (state) => { this.live = state === 'live'; });
    }
  }

  async load(after = null) {
    const f = this.filters;
    try {
      const data = await gql(`query($after: String, $outcome: Outcome, $repId: ID, $poolId: ID) {
        assignments(first: 25, after: $after, outcome: $outcome, repId: $repId, poolId: $poolId) {
          edges { node { ${ROW} } } pageInfo { hasNextPage endCursor } } }`,
      { after, outcome: f.outcome || null, repId: f.repId || null, poolId: f.poolId || null });
      const page = data.assignments.edges.map((e) => e.node);
      this.rows = after ? [...this.rows, ...page] : page;
      this.next = data.assignments.pageInfo.hasNextPage ? data.assignments.pageInfo.endCursor : null;
    } catch (e) {
      this.error = e.message;
    }
  }

  async arrived(event) {
    const f = this.filters;
    // repId filters on the current owner, which a fresh decision's rep is.
    if ((f.outcome && event.outcome !== f.outcome) || (f.repId && event.rep?.id !== f.repId) || (f.poolId && event.pool?.id !== f.poolId)) return;
    const data = await gql(`query($id: ID!) { lead(id: $id) { assignment { ${ROW} } } }`, { id: event.lead?.id });
    const row = data.lead?.assignment;
    if (!row || this.rows?.some((r) => r.id === row.id)) return;
    this.fresh = new Set([...this.fresh, row.id]);
    this.rows = [row, ...(this.rows ?? [])];
  }

  filter(name, value) {
    this.filters = { ...this.filters, [name]: value };
    this.load();
  }

  render() {
    const f = this.filters;
    return html`<h1 tabindex="-1">${this.mine ? 'My leads' : 'Routing log'}</h1>
      ${this.mine ? nothing : html`<p class="live-state" role="status">${this.live ? html`<span class="dot on" aria-hidden="true"></span> Live: new decisions appear at the top`
        : html`<span class="dot" aria-hidden="true"></span> Not live: reload the page to see new decisions`}</p>`}
      ${problem(this.error)}
      <form class="inline filters" @submit=${(e) => e.preventDefault()} aria-label="Filters">
        <div class="field"><label for="filter-outcome">Outcome</label>
          <select id="filter-outcome" @change=${(e) => this.filter('outcome', e.target.value)}>
            <option value="">Any</option>
            ${['ASSIGNED', 'QUEUED', 'DISQUALIFIED', 'UNASSIGNED'].map((o) => html`<option value=${o} ?selected=${f.outcome === o}>${words(o)}</option>`)}
          </select></div>
        ${this.mine ? nothing : html`<div class="field"><label for="filter-rep">Owner</label>
          <select id="filter-rep" @change=${(e) => this.filter('repId', e.target.value)}>
            <option value="">Anyone</option>${(this.reps ?? []).map((r) => html`<option value=${r.id}>${r.name}</option>`)}
          </select></div>`}
        <div class="field"><label for="filter-pool">Pool</label>
          <select id="filter-pool" @change=${(e) => this.filter('poolId', e.target.value)}>
            <option value="">Any</option>${(this.pools ?? []).map((p) => html`<option value=${p.id}>${p.name}</option>`)}
          </select></div>
      </form>
      ${this.rows === undefined ? html`<p>Loading…</p>` : this.rows.length === 0
        ? html`<p class="empty">${f.outcome || f.repId || f.poolId ? 'No decision matches these filters.'
          : this.mine ? 'No leads are yours yet.' : html`No leads routed yet. Submit one through the API (<code>submitLead</code>) or a form, or try one on <a href="#/test">Test a lead</a> (which stores nothing).`}</p>`
        : html`<table class="log">
          <caption class="visually-hidden">Routing decisions, newest first</caption>
          <thead><tr><th scope="col">Lead</th><th scope="col">Decided</th><th scope="col">Outcome</th><th scope="col">Owner now</th><th scope="col">Pool</th><th scope="col">Why</th></tr></thead>
          <tbody>${this.rows.map((a) => html`<tr class=${this.fresh.has(a.id) ? 'fresh' : ''}>
            <td><a href=${'#/leads/' + encodeURIComponent(a.lead?.id ?? '')}>${a.lead?.name ?? 'Lead'}</a><br><span class="muted">${a.lead?.company ?? a.lead?.email ?? ''}</span></td>
            <td>${when(a.decidedAt)}</td>
            <td>${outcomeBadge(a.outcome)}${a.urgent ? html` <span class="badge urgent">Urgent</span>` : nothing}</td>
            <td>${a.current.owner?.name ?? html`<span class="muted">${a.current.waitingInQueue ? 'In queue' : 'Nobody'}</span>`}
              ${a.current.owner && !a.current.accepted ? html`<span class="muted">(not accepted)</span>` : nothing}
              ${a.current.moves ? html`<span class="muted">(moved ${a.current.moves}×)</span>` : nothing}</td>
            <td>${a.pool?.name ?? ''}</td>
            <td class="why">${a.explanation.reason}</td>
          </tr>`)}</tbody></table>
          ${this.next ? html`<p><button type="button" @click=${() => this.load(this.next)}>Show older decisions</button></p>` : nothing}`}`;
  }
}
customElements.define('sb-log', RoutingLog);

class LeadPage extends Page {
  static properties = { leadId: {}, lead: { state: true }, reps: { state: true }, me: { state: true }, errors: { state: true }, error: { state: true }, saved: { state: true } };

  willUpdate(changed) {
    if (changed.has('leadId')) {
      this.lead = undefined;
      this.load();
    }
  }

  async load() {
    try {
      const data = await gqlLists(`query($id: ID!) { me { kind name rep { id } } reps(first: 100) { nodes { id name active } }
        lead(id: $id) { id name email company jobTitle country region industry employees source submittedAt
          attributes { key value }
          assignment { id ${EXPLANATION}
            current { owner { id name } accepted acceptBy waitingInQueue queueMode moves }
            history { kind by at reason from { name } to { name } } } } }`, { id: this.leadId });
      this.me = data.me;
      this.reps = data.reps;
      this.lead = data.lead;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    if (this.lead === undefined) return html`${problem(this.error)}<p>Loading…</p>`;
    const back = this.me?.kind === 'ADMIN' ? html`<a href="#/log">Routing log</a>` : html`<a href="#/my-leads">My leads</a>`;
    if (this.lead === null) return html`<p class="crumbs">${back} /</p><h1 tabindex="-1">No such lead</h1><p>It does not exist, or it is not yours.</p>`;
    const l = this.lead;
    const a = l.assignment;
    const e = this.errors;
    const admin = this.me?.kind === 'ADMIN';
    return html`<p class="crumbs">${back} /</p>
      <h1 tabindex="-1">${l.name}</h1>
      <p>${l.email}${l.company ? ` · ${l.company}` : ''}${l.jobTitle ? ` · ${l.jobTitle}` : ''}${l.country ? ` · ${l.country}` : ''} · submitted ${when(l.submittedAt)}</p>
      ${problem(this.error)}${status(this.saved)}
      ${!a ? html`<p class="empty">Not routed yet.</p>` : html`
        <section aria-labelledby="now-h"><h2 id="now-h">Now</h2>
          <p>${a.current.owner ? html`Owned by <strong>${a.current.owner.name}</strong>, ${a.current.accepted ? 'accepted' : html`not accepted yet${a.current.acceptBy ? ` (by ${when(a.current.acceptBy)})` : ''}`}.`
            : a.current.waitingInQueue ? `Waiting in a ${words(a.current.queueMode).toLowerCase()} queue.` : 'Nobody owns it.'}</p>
          ${!admin && a.current.owner?.id === this.me?.rep?.id && !a.current.accepted
            ? html`<button type="button" class="primary" @click=${this.accept}>Accept this lead</button>${fieldError(e, 'leadId')}` : nothing}
        </section>
        <section aria-labelledby="why-h"><h2 id="why-h">Why it went there</h2>${explanation(a)}</section>
        <section aria-labelledby="history-h"><h2 id="history-h">History</h2>
          <ol class="history">
            <li><strong>Routed</strong> ${when(a.decidedAt)}: ${a.explanation.reason}</li>
            ${a.history.map((h) => html`<li><strong>${words(h.kind)}</strong> ${when(h.at)} by ${this.reps.find((r) => r.id === h.by)?.name ?? h.by}${h.from || h.to ? html`: ${h.from?.name ?? 'nobody'} → ${h.to?.name ?? 'nobody'}` : nothing}
              <br><span class="muted">${h.reason}</span></li>`)}
          </ol></section>
        ${admin ? html`<section aria-labelledby="reassign-h"><h2 id="reassign-h">Reassign</h2>
          <form class="inline" @submit=${this.reassign}>
            ${errorSummary(e, 'The lead was not reassigned')}
            <div class="field"><label for=${idFor('repId')}>To</label>
              <select id=${idFor('repId')} name="repId" aria-invalid=${invalid(e, 'repId')} aria-describedby=${describedBy(e, 'repId') ?? ''}>
                ${this.reps.filter((r) => r.id !== a.current.owner?.id).map((r) => html`<option value=${r.id}>${r.name}${r.active ? '' : ' (inactive)'}</option>`)}
              </select>${fieldError(e, 'repId')}</div>
            <div class="field grow"><label for=${idFor('reason')}>Reason <span class="hint">(kept in the history and the audit log)</span></label>
              <input id=${idFor('reason')} name="reason" required maxlength="200" aria-invalid=${invalid(e, 'reason')} aria-describedby=${describedBy(e, 'reason') ?? ''}>
              ${fieldError(e, 'reason')}</div>
            <button type="submit">Reassign</button>
          </form></section>` : nothing}`}`;
  }

  async reassign(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    this.saved = '';
    try {
      // The server records the signed-in admin as who did it, whatever "by" says.
      const payload = (await gql('mutation($input: ReassignLeadInput!) { reassignLead(input: $input) { assignment { id } errors { code field message } } }',
        { input: { leadId: this.leadId, repId: data.get('repId'), by: this.me.name, reason: data.get('reason') } })).reassignLead;
      this.errors = payload.errors;
      if (payload.assignment) {
        this.saved = 'Reassigned.';
        await this.load();
      }
    } catch (err) {
      this.error = err.message;
    }
  }

  async accept() {
    try {
      const payload = (await gql('mutation($input: AcceptLeadInput!) { acceptLead(input: $input) { assignment { id } errors { code field message } } }',
        { input: { leadId: this.leadId, repId: this.me.rep.id } })).acceptLead;
      this.errors = payload.errors;
      if (payload.assignment) {
        this.saved = 'Accepted: the lead is yours.';
        await this.load();
      }
    } catch (err) {
      this.error = err.message;
    }
  }
}
customElements.define('sb-lead', LeadPage);

/** What an audit entry changed, by the name it has now (a user by email, a webhook by URL). */
const targetName = (t) => t.name ?? t.email ?? t.url ?? '';

class AuditLog extends Page {
  static properties = { entries: { state: true }, next: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load(after = null) {
    try {
      const data = await gql(`query($after: String) { auditLog(first: 50, after: $after) {
        edges { node { id actor at operation targetType targetId before after target { __typename
          ... on Rep { name } ... on Pool { name } ... on Router { name } ... on Form { name } ... on Account { name }
          ... on MeetingType { name } ... on Lead { name } ... on User { email } ... on ApiKey { name } ... on Webhook { url } } } } pageInfo { hasNextPage endCursor } } }`, { after });
      const page = data.auditLog.edges.map((e) => e.node);
      this.entries = after ? [...this.entries, ...page] : page;
      this.next = data.auditLog.pageInfo.hasNextPage ? data.auditLog.pageInfo.endCursor : null;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    return html`<h1 tabindex="-1">Audit log</h1>
      <p class="lede">Every change an admin or an API key made, newest first.</p>
      ${problem(this.error)}
      ${this.entries === undefined ? html`<p>Loading…</p>` : this.entries.length === 0
        ? html`<p class="empty">No changes yet: they appear here as soon as someone sets something up.</p>`
        : html`<table class="audit"><caption class="visually-hidden">Changes, newest first</caption>
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Target</th><th scope="col">Change</th></tr></thead>
          <tbody>${this.entries.map((x) => html`<tr>
            <td>${when(x.at)}</td><td>${x.actor}</td><td>${x.operation}</td>
            <td>${x.targetType ?? ''} ${x.target ? targetName(x.target) : nothing} <span class="muted">${x.targetId ?? ''}</span></td>
            <td>${x.before || x.after ? html`<details><summary>Before and after</summary>
              ${x.before ? html`<h3>Before</h3><pre>${pretty(x.before)}</pre>` : nothing}
              ${x.after ? html`<h3>After</h3><pre>${pretty(x.after)}</pre>` : nothing}</details>` : nothing}</td>
          </tr>`)}</tbody></table>
          ${this.next ? html`<p><button type="button" @click=${() => this.load(this.next)}>Show older changes</button></p>` : nothing}`}`;
  }
}
customElements.define('sb-audit', AuditLog);

function pretty(json) {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
