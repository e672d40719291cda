import { html, nothing } from 'lit';
import { gql } from '../api.js';
import { Page, errorSummary, fieldError, fromLocalInput, idFor, localInput, problem, status, words } from '../ui.js';
import { routerVersions } from './history.js';
import '../chart.js';

/** Replays a version (typically a draft) over the leads of a period and compares with what happened. */
class Replay extends Page {
  static properties = {
    routerId: {}, data: { state: true }, version: { state: true }, from: { state: true }, to: { state: true },
    replay: { state: true }, errors: { state: true }, error: { state: true }, busy: { state: true }, published: { state: true },
  };

  constructor() {
    super();
    const now = new Date();
    // The inputs hold whole minutes: the end is the next one, so leads of the last seconds are in.
    this.to = localInput(new Date(now.getTime() + 60000).toISOString());
    this.from = localInput(new Date(now.getTime() - 30 * 86400000).toISOString());
  }

  willUpdate(changed) {
    if (changed.has('routerId')) this.load();
  }

  async load() {
    try {
      this.data = await routerVersions(this.routerId);
      if (!this.data) return;
      const asked = Number(new URLSearchParams(location.hash.split('?')[1] ?? '').get('version'));
      this.version = asked || this.data.newest;
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    if (this.error && !this.data) return html`<h1 tabindex="-1">Replay</h1>${problem(this.error)}`;
    if (this.data === undefined) return html`<p>Loading…</p>`;
    if (this.data === null) return html`<h1 tabindex="-1">No such router</h1><p><a href="#/routers">Back to the routers</a></p>`;
    const d = this.data;
    const e = this.errors;
    return html`<p class="crumbs"><a href="#/routers">Routers</a> / <a href=${'#/routers/' + encodeURIComponent(this.routerId)}>${d.name}</a> /</p>
      <h1 tabindex="-1">Replay ${d.name}</h1>
      <p class="lede">Run a version over the leads the router's forms received in a period and see what would have changed.
        Nothing live is touched: no rotation turn, no count, no lead moves.</p>
      <form class="inline" @submit=${this.run}>
        ${errorSummary(e, 'The replay did not run')}
        <div class="field"><label for="replay-version">Version</label>
          <select id="replay-version" @change=${(ev) => { this.version = Number(ev.target.value); }}>
            ${d.versions.map((v) => html`<option value=${v.version} ?selected=${v.version === this.version}>Version ${v.version}${v.version === d.liveVersion ? ' (live)' : ' (draft)'}</option>`)}
          </select></div>
        <div class="field"><label for=${idFor('from')}>From</label>
          <input id=${idFor('from')} type="datetime-local" .value=${this.from} @input=${(ev) => { this.from = ev.target.value; }}>${fieldError(e, 'from')}</div>
        <div class="field"><label for=${idFor('to')}>To</label>
          <input id=${idFor('to')} type="datetime-local" .value=${this.to} @input=${(ev) => { this.to = ev.target.value; }}>${fieldError(e, 'to')}</div>
        <button type="submit" class="primary" ?disabled=${this.busy}>Replay version ${this.version}</button>
      </form>
      ${problem(this.error)}
      ${this.replay ? this.renderReplay(this.replay) : nothing}`;
  }

  renderReplay(r) {
    const reps = new Map();
    for (const c of [...r.before, ...r.after]) reps.set(c.rep?.id ?? '', c.rep?.name ?? 'Unassigned');
    const ids = [...reps.keys()];
    const count = (list, id) => list.find((c) => (c.rep?.id ?? '') === id)?.leads ?? 0;
    const live = this.version === this.data.liveVersion;
    return html`<section aria-labelledby="replay-result-h">
      <h2 id="replay-result-h">Version ${this.replayed} over ${r.leads} leads</h2>
      ${r.leads === 0 ? html`<p class="empty">No leads came through this router's forms in the period: widen the period, or submit a few leads
        (Test a lead only simulates; submitted leads count).</p>` : html`
      <h3>Leads per rep, as it happened and with version ${this.replayed}</h3>
      <sb-bar-chart description=${`Leads per rep before and after replaying version ${this.replayed}`}
        .labels=${ids.map((id) => reps.get(id))}
        .series=${[{ label: 'As it happened', data: ids.map((id) => count(r.before, id)) }, { label: `Version ${this.replayed}`, data: ids.map((id) => count(r.after, id)) }]}></sb-bar-chart>
      <table><caption class="visually-hidden">Leads per rep before and after</caption>
        <thead><tr><th scope="col">Rep</th><th scope="col">As it happened</th><th scope="col">With version ${this.replayed}</th><th scope="col">Change</th></tr></thead>
        <tbody>${ids.map((id) => { const b = count(r.before, id); const a = count(r.after, id); return html`<tr>
          <th scope="row">${reps.get(id)}</th><td>${b}</td><td>${a}</td><td>${a - b > 0 ? '+' : ''}${a - b}</td></tr>`; })}</tbody></table>
      <h3>Changed decisions (${r.changedCount})</h3>${r.changedCount > r.changes.length ? html`<p class="hint">The first ${r.changes.length} of ${r.changedCount} are listed.</p>` : nothing}
      ${r.changes.length === 0 ? html`<p class="empty">Every lead would have gone the same way.</p>` : html`
      <table class="changes"><caption class="visually-hidden">Leads whose decision changes</caption>
        <thead><tr><th scope="col">Lead</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">New reason</th></tr></thead>
        <tbody>${r.changes.map((c) => html`<tr>
          <td>${c.lead ? html`<a href=${'#/leads/' + encodeURIComponent(c.lead.id)}>${c.lead.name}</a>` : 'Removed lead'}</td>
          <td>${c.outcomeBefore ? words(c.outcomeBefore) : 'No decision'}${c.repBefore ? ` → ${c.repBefore.name}` : ''}</td>
          <td>${words(c.outcomeAfter)}${c.repAfter ? ` → ${c.repAfter.name}` : ''}</td>
          <td class="why">${c.reasonAfter}</td></tr>`)}</tbody></table>`}`}
      <p class="actions">${live ? html`<span>Version ${this.replayed} is live.</span>`
        : html`<button type="button" class="primary" @click=${this.publish}>Publish version ${this.replayed}</button>`}
        <a href=${`#/routers/${encodeURIComponent(this.routerId)}/history?to=${this.replayed}`}>See what changed in version ${this.replayed}</a></p>
      ${status(this.published)}
    </section>`;
  }

  async run(event) {
    event.preventDefault();
    this.busy = true;
    this.error = null;
    this.published = '';
    try {
      const data = await gql(`query($input: ReplayRouterInput!) { replayRouter(input: $input) {
          replay { leads before { rep { id name } leads } after { rep { id name } leads }
            changes(first: 100) { totalCount nodes { lead { id name } outcomeBefore repBefore { name } outcomeAfter repAfter { name } reasonAfter } } }
          errors { code field message } } }`,
      { input: { routerId: this.routerId, version: this.version, from: fromLocalInput(this.from), to: fromLocalInput(this.to) } });
      this.errors = data.replayRouter.errors;
      const replay = data.replayRouter.replay;
      // The first 100 changed decisions are shown; the heading says how many there are in all.
      this.replay = replay && { ...replay, changes: replay.changes.nodes, changedCount: replay.changes.totalCount };
      this.replayed = this.version;
    } catch (e) {
      this.error = e.message;
    } finally {
      this.busy = false;
    }
  }

  async publish() {
    try {
      const data = await gql('mutation($input: PublishRouterInput!) { publishRouter(input: $input) { router { liveVersion } errors { code field message } } }',
        { input: { routerId: this.routerId, version: this.replayed } });
      this.errors = data.publishRouter.errors;
      if (data.publishRouter.router) {
        this.data = { ...this.data, liveVersion: data.publishRouter.router.liveVersion };
        this.published = `Version ${this.replayed} is live now.`;
      }
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-replay', Replay);
