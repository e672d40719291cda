import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import { Page, problem, status, when, words } from '../ui.js';

const QUEUED = 'id submittedAt mode detailsHidden tier score name email company jobTitle country';

/** The claim queues of the signed-in rep's pools (an admin sees every pool's), oldest lead first. */
class Queues extends Page {
  static properties = { me: { state: true }, queues: { state: true }, error: { state: true }, saved: { state: true }, refusals: { state: true } };

  constructor() {
    super();
    this.refusals = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const data = await gqlLists('{ me { kind rep { id } } pools(first: 100) { nodes { id name members { rep { id } } } } }');
      this.me = data.me;
      const mine = this.me.kind === 'ADMIN' ? data.pools : data.pools.filter((p) => p.members.some((m) => m.rep.id === this.me.rep?.id));
      if (mine.length === 0) {
        this.queues = [];
        return;
      }
      const fields = mine.map((p, i) => `q${i}: openQueue(poolId: $p${i}, first: 20) { edges { node { ${QUEUED} } } pageInfo { hasNextPage } }`);
      const queues = await gql(`query(${mine.map((p, i) => `$p${i}: ID!`).join(', ')}) { ${fields.join(' ')} }`,
        Object.fromEntries(mine.map((p, i) => ['p' + i, p.id])));
      this.queues = mine.map((p, i) => ({ pool: p, leads: queues['q' + i].edges.map((e) => e.node), more: queues['q' + i].pageInfo.hasNextPage }));
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const rep = this.me?.kind === 'REP';
    return html`<h1 tabindex="-1">Claim queues</h1>
      <p class="lede">Leads waiting for someone in the pool to take them, oldest first. ${rep ? 'The first to claim gets the lead.' : 'Reps claim them from their own view.'}</p>
      ${problem(this.error)}${status(this.saved)}
      ${this.queues === undefined ? html`<p>Loading…</p>` : this.queues.length === 0
        ? html`<p class="empty">${rep ? 'You are in no pool yet: ask an admin to add you to one.' : 'No pools yet.'}</p>`
        : this.queues.map((q) => html`<section aria-labelledby=${'queue-' + q.pool.id}>
          <h2 id=${'queue-' + q.pool.id}>${q.pool.name}</h2>
          ${q.leads.length === 0 ? html`<p class="empty">Nothing waiting in this pool's queue.</p>` : html`<table>
            <caption class="visually-hidden">Leads waiting in ${q.pool.name}</caption>
            <thead><tr><th scope="col">Lead</th><th scope="col">Waiting since</th><th scope="col">Tier and score</th><th scope="col">Mode</th><th scope="col"><span class="visually-hidden">Take it</span></th></tr></thead>
            <tbody>${q.leads.map((l) => html`<tr>
              <td>${l.detailsHidden ? html`<span class="muted">Hidden until claimed</span>`
                : html`<strong>${l.name}</strong><br><span class="muted">${[l.company, l.jobTitle, l.country].filter(Boolean).join(' · ') || l.email}</span>`}</td>
              <td>${when(l.submittedAt)}</td>
              <td>${l.tier ? html`<span class="badge">${l.tier}</span> ` : nothing}${l.score}</td>
              <td>${words(l.mode)}</td>
              <td>${rep ? html`<button type="button" class="primary" @click=${() => this.take(l)}>${l.mode === 'SHOTGUN' ? 'Accept' : 'Claim'}${l.detailsHidden ? '' : ' ' + l.name}</button>
                ${this.refusals[l.id] ? html`<p class="field-error" role="alert">${this.refusals[l.id]}</p>` : nothing}` : nothing}</td>
            </tr>`)}</tbody></table>
            ${q.more ? html`<p class="muted">Showing the 20 oldest.</p>` : nothing}`}
        </section>`)}`;
  }

  async take(lead) {
    const mutation = lead.mode === 'SHOTGUN' ? 'acceptLead' : 'claimLead';
    const type = lead.mode === 'SHOTGUN' ? 'AcceptLeadInput' : 'ClaimLeadInput';
    this.saved = '';
    try {
      const payload = (await gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { assignment { lead { id name } } errors { code field message } } }`,
        { input: { leadId: lead.id, repId: this.me.rep.id } }))[mutation];
      if (payload.errors.length) {
        this.refusals = { ...this.refusals, [lead.id]: payload.errors.map((e) => e.message).join('; ') };
        return;
      }
      location.hash = '#/leads/' + encodeURIComponent(payload.assignment.lead.id);
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-queues', Queues);
