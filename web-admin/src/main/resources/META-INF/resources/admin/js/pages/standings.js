import { html, nothing } from 'lit';
import { gql } from '../api.js';
import { Page, problem } from '../ui.js';

/** A pool's live standings in the current window and who is next, read from Pool.standings (nothing taken). */
class PoolStandings extends Page {
  static properties = { poolId: {}, standings: { state: true }, error: { state: true }, at: { state: true } };

  willUpdate(changed) {
    if (changed.has('poolId') && this.poolId) this.load();
  }

  async load() {
    this.error = null;
    try {
      const data = await gql(`query($id: ID!) { pool(id: $id) { strategy availabilityFirst { name } standings { window turnsTaken
          members { rep { id name } weight count credit share target away words }
          next { rep { name } chosen skip { code words } } nextRep { name } why } } }`, { id: this.poolId });
      this.standings = data.pool?.standings ?? null;
      this.strategy = data.pool?.strategy;
      this.freeFirst = data.pool?.availabilityFirst?.name ?? null;
      this.at = new Date();
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const s = this.standings;
    return html`<section aria-labelledby="standings-h">
      <h2 id="standings-h">Standings now</h2>
      ${problem(this.error)}
      ${s === undefined ? html`<p>Loading…</p>` : s === null ? nothing : this.renderStandings(s)}
    </section>`;
  }

  renderStandings(s) {
    const equal = this.strategy === 'EQUAL_DISTRIBUTION';
    const total = s.members.reduce((sum, m) => sum + m.count, 0);
    return html`
      <p>Window <strong>${s.window}</strong>${equal ? '' : ' (this week: the counts caps use)'}; ${s.turnsTaken} turns taken so far.
        <button type="button" class="link" @click=${() => this.load()}>Refresh</button>
        <span class="hint">as of ${this.at?.toLocaleTimeString()}</span></p>
      ${s.members.length === 0 ? html`<p class="empty">The pool has no members: add reps above and save.</p>` : html`
      <table class="standings">
        <caption class="visually-hidden">Where each member stands in window ${s.window}</caption>
        <thead><tr><th scope="col">Member</th><th scope="col">Weight</th><th scope="col">Leads</th>
          ${equal ? html`<th scope="col">Credit</th>` : nothing}
          <th scope="col">Share <span class="hint">(leads ÷ weight)</span></th><th scope="col">Target</th><th scope="col">State</th></tr></thead>
        <tbody>${s.members.map((m) => html`<tr>
          <th scope="row">${m.rep?.name ?? 'Removed rep'}</th><td>${m.weight}</td><td>${m.count}</td>
          ${equal ? html`<td>${m.credit}</td>` : nothing}
          <td>${m.share}</td><td>${m.target}</td>
          <td>${m.away ? html`<span class="badge away">Away</span>` : html`<span class="badge on">Taking leads</span>`}
            ${s.nextRep && m.rep?.name === s.nextRep.name ? html` <span class="badge">Next</span>` : nothing}</td>
        </tr>`)}</tbody>
      </table>
      ${total === 0 ? html`<p class="empty">No leads in this window yet: submit one (Test a lead shows where it would go) and the counts appear here.</p>` : nothing}`}
      ${this.freeFirst ? html`<p class="callout" data-standings="availability-first"><strong>Availability-first (${this.freeFirst}).</strong>
        The next lead goes to the first member in this order who has a free ${this.freeFirst} slot within its horizon;
        a member without one is passed over for the next. These standings do not read calendars, so the rep named
        below is next only if free. The leads and shares above are what each member took in the window.</p>` : nothing}
      <h3>Why the next lead goes ${s.nextRep ? html`to ${s.nextRep.name}${this.freeFirst ? ' (if free)' : ''}` : 'nowhere in this pool'}</h3>
      <p class="reason">${s.why}</p>
      ${s.next.length ? html`<ol class="next-up" aria-label="Members the next lead would be offered to, in order">
        ${s.next.map((c) => html`<li>${c.rep?.name ?? 'Removed rep'}: ${c.chosen ? html`<strong>takes it</strong>` : html`passed over — ${c.skip?.words ?? c.skip?.code}`}</li>`)}
      </ol>` : nothing}`;
  }
}
customElements.define('sb-pool-standings', PoolStandings);
