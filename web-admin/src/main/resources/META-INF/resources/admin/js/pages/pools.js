import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import Sortable from 'sortablejs';
import { gql } from '../api.js';
import './standings.js';
import {
  Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, status, words, timeZones, intOrNull,
} from '../ui.js';

const STRATEGIES = {
  ROUND_ROBIN: 'Members take turns in order, one lead each; weights are ignored.',
  WEIGHTED_ROUND_ROBIN: 'Members take turns in proportion to their weights (1/1/3 gives C A C B C).',
  EQUAL_DISTRIBUTION: 'The member furthest below its weighted share of the window goes next.',
  PERFORMANCE_WEIGHTED: 'Weights multiplied by each member\'s recent conversion rate, within bounds.',
};

const POOL_FIELDS = `id name strategy timeZone maxLead
  members { rep { id name } weight dailyCap weeklyCap }
  overflowPool { id name } overflowRep { id name }
  equalDistribution { window rejoin }
  performance { days minMultiplier maxMultiplier minLeads }`;

class Pools extends Page {
  static properties = { pools: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    gql(`{ pools { ${POOL_FIELDS} } }`).then((d) => { this.pools = d.pools; }, (e) => { this.error = e.message; });
  }

  render() {
    return html`<h1 tabindex="-1">Pools</h1>
      ${problem(this.error)}
      <p><a class="button primary" href="#/pools/new">New pool</a></p>
      ${this.pools === undefined ? html`<p>Loading…</p>` : this.pools.length === 0
        ? html`<p class="empty">No pools yet. A pool is a group of reps that share leads; create one with the button above,
            then point a router's rule at it.</p>`
        : html`<table>
          <caption class="visually-hidden">Pools</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Strategy</th><th scope="col">Members</th><th scope="col">Overflow</th></tr></thead>
          <tbody>${this.pools.map((p) => html`<tr>
            <td><a href=${'#/pools/' + encodeURIComponent(p.id)}>${p.name}</a></td>
            <td>${words(p.strategy)}</td>
            <td>${p.members.map((m) => m.rep.name).join(', ')}</td>
            <td>${p.overflowPool?.name ?? p.overflowRep?.name ?? html`<span class="muted">None</span>`}</td>
          </tr>`)}</tbody></table>`}`;
  }
}
customElements.define('sb-pools', Pools);

let memberKeys = 0;

class PoolEditor extends Page {
  static properties = {
    poolId: {}, pool: { state: true }, reps: { state: true }, pools: { state: true },
    errors: { state: true }, error: { state: true }, saved: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('poolId')) {
      this.pool = undefined;
      this.errors = [];
      this.load();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.sortable?.destroy();
    this.sortable = null;
  }

  async load() {
    try {
      const data = await gql(`query($id: ID!, $known: Boolean!) { reps { id name active } pools { id name }
        pool(id: $id) @include(if: $known) { ${POOL_FIELDS} } }`, { id: this.poolId ?? '', known: !!this.poolId });
      this.reps = data.reps;
      this.pools = data.pools.filter((p) => p.id !== this.poolId);
      const p = data.pool;
      this.pool = p ? {
        name: p.name, strategy: p.strategy, timeZone: p.timeZone, maxLead: p.maxLead ?? '',
        members: p.members.map((m) => ({ key: ++memberKeys, repId: m.rep.id, weight: m.weight, dailyCap: m.dailyCap ?? '', weeklyCap: m.weeklyCap ?? '' })),
        overflow: p.overflowPool ? 'pool:' + p.overflowPool.id : p.overflowRep ? 'rep:' + p.overflowRep.id : '',
        window: p.equalDistribution?.window ?? 'WEEK', rejoin: p.equalDistribution?.rejoin ?? 'CATCH_UP',
        performance: p.performance ? { ...p.performance } : { days: 30, minMultiplier: 0.5, maxMultiplier: 2, minLeads: 10 },
      } : {
        name: '', strategy: 'ROUND_ROBIN', timeZone: 'UTC', maxLead: '', members: [], overflow: '',
        window: 'WEEK', rejoin: 'CATCH_UP', performance: { days: 30, minMultiplier: 0.5, maxMultiplier: 2, minLeads: 10 },
      };
      if (data.pool === null && this.poolId) this.pool = null;
    } catch (e) {
      this.error = e.message;
    }
  }

  updated() {
    const list = this.querySelector('ol.members');
    if (list && this.sortable?.el !== list) {
      this.sortable?.destroy();
      let next = null;
      this.sortable = Sortable.create(list, {
        handle: '.handle',
        animation: 150,
        onStart: (event) => { next = event.item.nextSibling; },
        onEnd: (event) => {
          // Sortable moved the element; put it back and let Lit render the new order from the data.
          event.from.insertBefore(event.item, next);
          this.move(event.oldIndex, event.newIndex);
        },
      });
    }
  }

  move(from, to, button = null) {
    if (from === to || to < 0 || to >= this.pool.members.length) return;
    const members = [...this.pool.members];
    const [moved] = members.splice(from, 1);
    members.splice(to, 0, moved);
    this.pool = { ...this.pool, members };
    // A keyboard user keeps hold of the member they moved.
    if (button) this.updateComplete.then(() => this.querySelectorAll('ol.members > li')[to]?.querySelector(button)?.focus());
  }

  set(field, value) {
    this.pool = { ...this.pool, [field]: value };
  }

  render() {
    if (this.error && !this.pool) return html`<h1 tabindex="-1">Pool</h1>${problem(this.error)}`;
    if (this.pool === undefined) return html`<p>Loading…</p>`;
    if (this.pool === null) return html`<h1 tabindex="-1">No such pool</h1><p><a href="#/pools">Back to the pools</a></p>`;
    const p = this.pool;
    const e = this.errors;
    const repName = (id) => this.reps.find((r) => r.id === id)?.name ?? id;
    const free = this.reps.filter((r) => !p.members.some((m) => m.repId === r.id));
    const input = (path, label, value, onInput, attrs = {}) => html`<div class="field">
        <label for=${idFor(path)}>${label}</label>
        <input id=${idFor(path)} .value=${String(value ?? '')} type=${attrs.type ?? 'text'} inputmode=${attrs.inputmode ?? 'text'}
          @input=${(ev) => onInput(ev.target.value)} aria-invalid=${invalid(e, path)} aria-describedby=${describedBy(e, path) ?? ''}>
        ${fieldError(e, path)}</div>`;
    return html`<p class="crumbs"><a href="#/pools">Pools</a> /</p>
      <h1 tabindex="-1">${this.poolId ? p.name || 'Pool' : 'New pool'}</h1>
      ${problem(this.error)}
      <form @submit=${this.save}>
        ${errorSummary(e, 'The pool was not saved')}
        <div class="row">
          ${input('name', 'Name', p.name, (v) => this.set('name', v))}
          <div class="field">
            <label for=${idFor('timeZone')}>Time zone <span class="hint">(days and weeks for caps)</span></label>
            <input id=${idFor('timeZone')} list="pool-zones" .value=${p.timeZone} @input=${(ev) => this.set('timeZone', ev.target.value)}
              aria-invalid=${invalid(e, 'timeZone')} aria-describedby=${describedBy(e, 'timeZone') ?? ''}>
            <datalist id="pool-zones">${timeZones().map((z) => html`<option value=${z}></option>`)}</datalist>
            ${fieldError(e, 'timeZone')}
          </div>
        </div>
        <fieldset>
          <legend>Strategy</legend>
          ${Object.entries(STRATEGIES).map(([s, text]) => html`<div class="field check">
            <input type="radio" name="strategy" id=${'strategy-' + s} .checked=${p.strategy === s} @change=${() => this.set('strategy', s)}>
            <label for=${'strategy-' + s}><strong>${words(s)}</strong> <span class="hint">${text}</span></label></div>`)}
          ${fieldError(e, 'strategy')}
          ${p.strategy === 'EQUAL_DISTRIBUTION' ? html`<div class="row">
            <div class="field"><label for=${idFor('equalDistribution.window')}>Window</label>
              <select id=${idFor('equalDistribution.window')} @change=${(ev) => this.set('window', ev.target.value)}>
                ${['DAY', 'WEEK', 'MONTH'].map((w) => html`<option value=${w} ?selected=${p.window === w}>${words(w)}</option>`)}
              </select></div>
            <div class="field"><label for=${idFor('equalDistribution.rejoin')}>A member back from away</label>
              <select id=${idFor('equalDistribution.rejoin')} @change=${(ev) => this.set('rejoin', ev.target.value)}>
                <option value="CATCH_UP" ?selected=${p.rejoin === 'CATCH_UP'}>Catches up until level</option>
                <option value="FAIR_START" ?selected=${p.rejoin === 'FAIR_START'}>Starts level with the least served</option>
              </select></div></div>` : nothing}
          ${p.strategy === 'PERFORMANCE_WEIGHTED' ? html`<div class="row">
            ${input('performance.days', 'Days counted', p.performance.days, (v) => { p.performance.days = v; }, { inputmode: 'numeric' })}
            ${input('performance.minMultiplier', 'Least multiplier', p.performance.minMultiplier, (v) => { p.performance.minMultiplier = v; }, { inputmode: 'decimal' })}
            ${input('performance.maxMultiplier', 'Most multiplier', p.performance.maxMultiplier, (v) => { p.performance.maxMultiplier = v; }, { inputmode: 'decimal' })}
            ${input('performance.minLeads', 'Leads before it counts', p.performance.minLeads, (v) => { p.performance.minLeads = v; }, { inputmode: 'numeric' })}
          </div>` : nothing}
          ${input('maxLead', 'Pass over a member this many leads ahead (empty: no limit)', p.maxLead, (v) => this.set('maxLead', v), { inputmode: 'numeric' })}
        </fieldset>
        <fieldset>
          <legend>Members, in rotation order</legend>
          ${fieldError(e, 'members')}
          ${p.members.length === 0 ? html`<p class="empty">No members yet: add reps below. Drag the handle (or use Up and Down) to set the order.</p>` : nothing}
          <ol class="members">${repeat(p.members, (m) => m.key, (m, i) => html`<li>
            <span class="handle" title="Drag to reorder" aria-hidden="true">⠿</span>
            <span class="member-name">${repName(m.repId)}</span>
            ${fieldError(e, `members[${i}].repId`)}
            ${input(`members[${i}].weight`, 'Weight', m.weight, (v) => { m.weight = v; }, { inputmode: 'numeric' })}
            ${input(`members[${i}].dailyCap`, 'Daily cap', m.dailyCap, (v) => { m.dailyCap = v; }, { inputmode: 'numeric' })}
            ${input(`members[${i}].weeklyCap`, 'Weekly cap', m.weeklyCap, (v) => { m.weeklyCap = v; }, { inputmode: 'numeric' })}
            <span class="actions">
              <button type="button" class="icon up" aria-label=${'Move ' + repName(m.repId) + ' up'} ?disabled=${i === 0} @click=${() => this.move(i, i - 1, i - 1 === 0 ? 'button.down' : 'button.up')}>↑</button>
              <button type="button" class="icon down" aria-label=${'Move ' + repName(m.repId) + ' down'} ?disabled=${i === p.members.length - 1} @click=${() => this.move(i, i + 1, i + 1 === p.members.length - 1 ? 'button.up' : 'button.down')}>↓</button>
              <button type="button" class="link" aria-label=${'Remove ' + repName(m.repId)} @click=${() => this.set('members', p.members.filter((x) => x !== m))}>Remove</button>
            </span>
          </li>`)}</ol>
          ${this.reps.length === 0 ? html`<p class="empty">There are no reps to add: <a href="#/reps">add reps first</a>.</p>`
            : html`<div class="inline">
              <div class="field"><label for="add-member">Add a rep</label>
                <select id="add-member">${free.map((r) => html`<option value=${r.id}>${r.name}${r.active ? '' : ' (inactive)'}</option>`)}</select></div>
              <button type="button" ?disabled=${free.length === 0} @click=${this.addMember}>Add member</button></div>`}
        </fieldset>
        <fieldset>
          <legend>Overflow</legend>
          <div class="field"><label for=${idFor('overflow')}>When every member is passed over (capped, away, inactive)</label>
            <select id=${idFor('overflow')} @change=${(ev) => this.set('overflow', ev.target.value)}>
              <option value="" ?selected=${!p.overflow}>Leave the lead unassigned</option>
              <optgroup label="Another pool">${this.pools.map((o) => html`<option value=${'pool:' + o.id} ?selected=${p.overflow === 'pool:' + o.id}>${o.name}</option>`)}</optgroup>
              <optgroup label="A rep">${this.reps.map((r) => html`<option value=${'rep:' + r.id} ?selected=${p.overflow === 'rep:' + r.id}>${r.name}</option>`)}</optgroup>
            </select>
            ${fieldError(e, 'overflowPoolId')}${fieldError(e, 'overflowRepId')}</div>
        </fieldset>
        <p><button type="submit" class="primary">${this.poolId ? 'Save pool' : 'Create pool'}</button></p>
        ${status(this.saved)}
      </form>
      ${this.poolId ? html`<sb-pool-standings .poolId=${this.poolId}></sb-pool-standings>` : nothing}`;
  }

  addMember() {
    const repId = this.querySelector('#add-member').value;
    if (!repId) return;
    this.set('members', [...this.pool.members, { key: ++memberKeys, repId, weight: 1, dailyCap: '', weeklyCap: '' }]);
  }

  async save(event) {
    event.preventDefault();
    const p = this.pool;
    const number = (v) => (String(v ?? '').trim() === '' ? null : Number(v));
    const input = {
      name: p.name,
      strategy: p.strategy,
      timeZone: p.timeZone || null,
      maxLead: intOrNull(p.maxLead),
      members: p.members.map((m) => ({ repId: m.repId, weight: intOrNull(m.weight), dailyCap: intOrNull(m.dailyCap), weeklyCap: intOrNull(m.weeklyCap) })),
      overflowPoolId: p.overflow.startsWith('pool:') ? p.overflow.slice(5) : null,
      overflowRepId: p.overflow.startsWith('rep:') ? p.overflow.slice(4) : null,
      equalDistribution: p.strategy === 'EQUAL_DISTRIBUTION' ? { window: p.window, rejoin: p.rejoin } : null,
      performance: p.strategy === 'PERFORMANCE_WEIGHTED' ? {
        days: intOrNull(p.performance.days), minMultiplier: number(p.performance.minMultiplier),
        maxMultiplier: number(p.performance.maxMultiplier), minLeads: intOrNull(p.performance.minLeads),
      } : null,
    };
    this.saved = '';
    this.error = null;
    try {
      if (this.poolId) {
        const data = await gql(`mutation($input: UpdatePoolInput!) { updatePool(input: $input) { pool { id } errors { code field message } } }`,
          { input: { poolId: this.poolId, ...input } });
        this.errors = data.updatePool.errors;
        if (data.updatePool.pool) {
          this.saved = 'Pool saved.';
          this.querySelector('sb-pool-standings')?.load();
        }
      } else {
        const data = await gql(`mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { code field message } } }`, { input });
        this.errors = data.createPool.errors;
        if (data.createPool.pool) location.hash = '#/pools/' + encodeURIComponent(data.createPool.pool.id);
      }
    } catch (err) {
      this.error = err.message;
    }
  }
}
customElements.define('sb-pool-editor', PoolEditor);
