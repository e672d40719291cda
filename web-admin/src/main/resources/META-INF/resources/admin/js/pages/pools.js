import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import Sortable from 'sortablejs';
import { gql, gqlLists } from '../api.js';
import './standings.js';
import { CONDITION_NODE, conditionInput, conditionTree, countriesList, emptyGroup, newFieldCondition, renderGroup } from '../conditions.js';
import {
  Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, splitStale, staleAlert, status, words, timeZones, intOrNull,
} from '../ui.js';

const STRATEGIES = {
  ROUND_ROBIN: 'Members take turns in order, one lead each; weights are ignored.',
  WEIGHTED_ROUND_ROBIN: 'Members take turns in proportion to their weights (1/1/3 gives C A C B C).',
  EQUAL_DISTRIBUTION: 'The member furthest below its weighted share of the window goes next.',
  PERFORMANCE_WEIGHTED: 'Weights multiplied by each member\'s recent conversion rate, within bounds.',
};

// A member's filter comes flat (filterNodes), so a tree of any depth reads in one query within the API's limits.
const POOL_FIELDS = `id name version strategy timeZone maxLead onlyDuringWorkingHours
  members { rep { id name } weight dailyCap weeklyCap filterNodes { ${CONDITION_NODE} } }
  overflowPool { id name } overflowRep { id name }
  acceptSla { acceptWithinMinutes maxMoves escalateToPool { id name } escalateToRep { id name } }
  equalDistribution { window rejoin }
  performance { days minMultiplier maxMultiplier minLeads }`;

class Pools extends Page {
  static properties = { pools: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    // The list asks only for what it shows: every pool's members' filters would pass the API's cost limit.
    gqlLists('{ pools(first: 100) { nodes { id name strategy members { rep { id name } } overflowPool { id name } overflowRep { id name } } } }').then((d) => { this.pools = d.pools; }, (e) => { this.error = e.message; });
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

/** The SLA in the editor: off, or minutes to accept, moves before escalating, and where it escalates (pool:id, rep:id or ''). */
function slaFrom(sla) {
  return sla ? {
    on: true, minutes: String(sla.acceptWithinMinutes), maxMoves: String(sla.maxMoves),
    escalate: sla.escalateToPool ? 'pool:' + sla.escalateToPool.id : sla.escalateToRep ? 'rep:' + sla.escalateToRep.id : '',
  } : { on: false, minutes: '30', maxMoves: '1', escalate: '' };
}

/** SetPoolSlaInput without poolId; an SLA turned off is sent without minutes, which removes it. */
function slaInput(sla) {
  if (!sla.on) return {};
  return {
    acceptWithinMinutes: intOrNull(sla.minutes), maxMoves: intOrNull(sla.maxMoves),
    escalateToPoolId: sla.escalate.startsWith('pool:') ? sla.escalate.slice(5) : null,
    escalateToRepId: sla.escalate.startsWith('rep:') ? sla.escalate.slice(4) : null,
  };
}

/** The SLA's own errors (setPoolSla names its input's fields), placed under acceptSla so they show on its inputs. */
const slaErrors = (errors) => errors.map((x) => ({ ...x, field: x.field && x.field !== 'poolId' ? 'acceptSla.' + x.field : 'acceptSla' }));

/** A new pool whose SLA was refused after the pool was made: shown when its page opens. */
let refusedSla = null;

class PoolEditor extends Page {
  static properties = {
    poolId: {}, pool: { state: true }, reps: { state: true }, pools: { state: true },
    errors: { state: true }, error: { state: true }, saved: { state: true }, stale: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('poolId')) {
      this.pool = undefined;
      this.errors = [];
      this.summary = null;
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
      const data = await gqlLists(`query($id: ID!, $known: Boolean!) { reps(first: 100) { nodes { id name active } } pools(first: 100) { nodes { id name } }
        pool(id: $id) @include(if: $known) { ${POOL_FIELDS} } }`, { id: this.poolId ?? '', known: !!this.poolId });
      this.reps = data.reps;
      this.pools = data.pools.filter((p) => p.id !== this.poolId);
      const p = data.pool;
      // Every save names the version it was made from, so one made while another admin saved is refused (STALE).
      this.version = p?.version ?? null;
      this.stale = null;
      this.pool = p ? {
        name: p.name, strategy: p.strategy, timeZone: p.timeZone, maxLead: p.maxLead ?? '',
        members: p.members.map((m) => ({ key: ++memberKeys, repId: m.rep.id, weight: m.weight, dailyCap: m.dailyCap ?? '', weeklyCap: m.weeklyCap ?? '',
          filter: m.filterNodes ? conditionTree(m.filterNodes) : null })),
        onlyDuringWorkingHours: p.onlyDuringWorkingHours, sla: slaFrom(p.acceptSla),
        overflow: p.overflowPool ? 'pool:' + p.overflowPool.id : p.overflowRep ? 'rep:' + p.overflowRep.id : '',
        window: p.equalDistribution?.window ?? 'WEEK', rejoin: p.equalDistribution?.rejoin ?? 'CATCH_UP',
        performance: p.performance ? { ...p.performance } : { days: 30, minMultiplier: 0.5, maxMultiplier: 2, minLeads: 10 },
      } : {
        name: '', strategy: 'ROUND_ROBIN', timeZone: 'UTC', maxLead: '', members: [], overflow: '', onlyDuringWorkingHours: false, sla: slaFrom(null),
        window: 'WEEK', rejoin: 'CATCH_UP', performance: { days: 30, minMultiplier: 0.5, maxMultiplier: 2, minLeads: 10 },
      };
      if (data.pool === null && this.poolId) this.pool = null;
      this.savedSla = JSON.stringify(slaInput(this.pool?.sla ?? slaFrom(null)));
      if (this.pool && refusedSla?.poolId === this.poolId) {
        this.pool.sla = refusedSla.sla;
        this.errors = refusedSla.errors;
        this.summary = 'The pool was created, but its SLA was not saved';
      }
      refusedSla = null;
    } catch (e) {
      this.error = e.message;
    }
  }

  /** Drops the edits for the pool as stored now (after a STALE save: another admin's version). */
  reload() {
    this.errors = [];
    this.summary = null;
    this.saved = '';
    this.load().then(() => this.updateComplete).then(() => this.querySelector('h1')?.focus());
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

  /** The condition builder's re-render after a filter changed in place. */
  changed() {
    this.pool = { ...this.pool };
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
      ${staleAlert('pool', this.stale, () => this.reload())}
      <form @submit=${this.save}>
        ${errorSummary(e, this.summary ?? 'The pool was not saved')}
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
          <div class="field check">
            <input type="checkbox" id=${idFor('onlyDuringWorkingHours')} .checked=${p.onlyDuringWorkingHours}
              @change=${(ev) => this.set('onlyDuringWorkingHours', ev.target.checked)}>
            <label for=${idFor('onlyDuringWorkingHours')}>Pass over members outside their working hours</label>
            ${fieldError(e, 'onlyDuringWorkingHours')}
          </div>
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
              ${m.filter ? html`<button type="button" class="link" @click=${() => { m.filter = null; this.changed(); }}>Remove ${repName(m.repId)}'s filter</button>`
                : html`<button type="button" class="link" @click=${() => this.addFilter(m, i)}>Filter ${repName(m.repId)}'s leads</button>`}
              <button type="button" class="icon up" aria-label=${'Move ' + repName(m.repId) + ' up'} ?disabled=${i === 0} @click=${() => this.move(i, i - 1, i - 1 === 0 ? 'button.down' : 'button.up')}>↑</button>
              <button type="button" class="icon down" aria-label=${'Move ' + repName(m.repId) + ' down'} ?disabled=${i === p.members.length - 1} @click=${() => this.move(i, i + 1, i + 1 === p.members.length - 1 ? 'button.up' : 'button.down')}>↓</button>
              <button type="button" class="link" aria-label=${'Remove ' + repName(m.repId)} @click=${() => this.set('members', p.members.filter((x) => x !== m))}>Remove</button>
            </span>
            ${m.filter ? html`<div class="member-filter" role="group" aria-label=${repName(m.repId) + "'s filter"}>
              <p class="filter-head">${repName(m.repId)} takes only the leads this filter admits. The pool passes ${repName(m.repId)} over for the others (filtered out), still counting ${repName(m.repId)} as a member for turns, shares and caps.</p>
              ${renderGroup(this, m.filter, `members[${i}].when`, 1)}${fieldError(e, `members[${i}].when`)}</div>` : nothing}
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
        ${this.renderSla(p, input)}
        <p><button type="submit" class="primary">${this.poolId ? 'Save pool' : 'Create pool'}</button></p>
        ${status(this.saved)}
      </form>
      ${countriesList()}
      ${this.poolId ? html`<sb-pool-standings .poolId=${this.poolId}></sb-pool-standings>` : nothing}`;
  }

  renderSla(p, input) {
    const e = this.errors;
    const sla = p.sla;
    const setSla = (field, value) => this.set('sla', { ...sla, [field]: value });
    return html`<fieldset class="sla">
      <legend>Accept deadline (SLA)</legend>
      ${fieldError(e, 'acceptSla')}
      <div class="field check">
        <input type="checkbox" id=${idFor('acceptSla.on')} .checked=${sla.on} @change=${(ev) => setSla('on', ev.target.checked)}>
        <label for=${idFor('acceptSla.on')}>A member must accept a lead in time, or it moves on</label>
      </div>
      ${sla.on ? html`<div class="row">
          ${input('acceptSla.acceptWithinMinutes', 'Accept within (minutes, 1 to 10080)', sla.minutes, (v) => { sla.minutes = v; }, { inputmode: 'numeric' })}
          ${input('acceptSla.maxMoves', 'Moves to the next member before escalating (0 to 50)', sla.maxMoves, (v) => { sla.maxMoves = v; }, { inputmode: 'numeric' })}
        </div>
        <div class="field"><label for=${idFor('acceptSla.escalateToPoolId')}>After the last move, escalate to</label>
          <select id=${idFor('acceptSla.escalateToPoolId')} @change=${(ev) => setSla('escalate', ev.target.value)}
            aria-invalid=${invalid(e, 'acceptSla.escalateToPoolId') === 'true' || invalid(e, 'acceptSla.escalateToRepId') === 'true' ? 'true' : 'false'}
            aria-describedby=${describedBy(e, 'acceptSla.escalateToPoolId') ?? describedBy(e, 'acceptSla.escalateToRepId') ?? ''}>
            <option value="" ?selected=${!sla.escalate}>Nobody: the lead stays with its owner, marked urgent</option>
            <optgroup label="A pool">${this.pools.map((o) => html`<option value=${'pool:' + o.id} ?selected=${sla.escalate === 'pool:' + o.id}>${o.name}</option>`)}</optgroup>
            <optgroup label="A rep">${this.reps.map((r) => html`<option value=${'rep:' + r.id} ?selected=${sla.escalate === 'rep:' + r.id}>${r.name}</option>`)}</optgroup>
          </select>
          ${fieldError(e, 'acceptSla.escalateToPoolId')}${fieldError(e, 'acceptSla.escalateToRepId')}</div>
        <p class="hint">The deadline applies to leads the pool assigns from the moment it is saved; a lead placed by hand has none.</p>`
        : html`<p class="hint">No deadline: a lead stays with the member it was given to until they accept it or an admin moves it.</p>`}
    </fieldset>`;
  }

  addFilter(member, i) {
    member.filter = emptyGroup();
    member.filter.conditions.push(newFieldCondition());
    this.changed();
    this.updateComplete.then(() => this.querySelector(`#f-members-${i}-when-all-0-compare-field`)?.focus());
  }

  /** The SLA's own check before it is sent: blank or broken minutes would read as "no deadline". */
  slaProblems() {
    const sla = this.pool.sla;
    if (!sla.on) return [];
    const wrong = [];
    if (!/^\s*\d+\s*$/.test(sla.minutes)) wrong.push({ code: 'REQUIRED', field: 'acceptSla.acceptWithinMinutes', message: 'give the minutes a member has to accept, a whole number' });
    if (String(sla.maxMoves).trim() !== '' && !/^\s*\d+\s*$/.test(sla.maxMoves)) wrong.push({ code: 'INVALID_FORMAT', field: 'acceptSla.maxMoves', message: 'a whole number of moves' });
    return wrong;
  }

  /** Sets the SLA when it differs from the one stored; the errors it comes back with, placed under acceptSla. */
  async saveSla(poolId) {
    const sla = slaInput(this.pool.sla);
    if (JSON.stringify(sla) === this.savedSla) return [];
    const answer = (await gql(`mutation($input: SetPoolSlaInput!) { setPoolSla(input: $input) { pool { id version } errors { code field message } } }`,
      { input: { poolId, ...sla } })).setPoolSla;
    if (answer.pool) {
      this.savedSla = JSON.stringify(sla);
      // setPoolSla counts the pool's version up too: the next save is made from it.
      this.version = answer.pool.version;
    }
    return slaErrors(answer.errors);
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
      members: p.members.map((m) => ({ repId: m.repId, weight: intOrNull(m.weight), dailyCap: intOrNull(m.dailyCap), weeklyCap: intOrNull(m.weeklyCap),
        // A filter with no condition admits every lead: the same as none.
        when: m.filter && m.filter.conditions.length ? conditionInput(m.filter) : null })),
      onlyDuringWorkingHours: p.onlyDuringWorkingHours,
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
    this.summary = null;
    this.stale = null;
    const problems = this.slaProblems();
    if (problems.length) {
      this.errors = problems;
      return;
    }
    try {
      // The SLA has its own mutation (setPoolSla): it is set once the pool's definition is saved.
      if (this.poolId) {
        const data = await gql(`mutation($input: UpdatePoolInput!) { updatePool(input: $input) { pool { id version } errors { code field message } } }`,
          { input: { poolId: this.poolId, expectedVersion: this.version, ...input } });
        // STALE: another admin saved the pool since it was loaded; nothing is saved, and the edits stay until a reload.
        const { stale, rest } = splitStale(data.updatePool.errors);
        this.stale = stale;
        this.errors = rest;
        if (data.updatePool.pool) {
          this.version = data.updatePool.pool.version;
          const refused = await this.saveSla(this.poolId);
          this.errors = refused;
          if (refused.length) this.summary = 'The pool was saved, but not its SLA';
          else this.saved = 'Pool saved.';
          this.querySelector('sb-pool-standings')?.load();
        }
      } else {
        const data = await gql(`mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { code field message } } }`, { input });
        this.errors = data.createPool.errors;
        const created = data.createPool.pool;
        if (created) {
          const refused = await this.saveSla(created.id);
          if (refused.length) refusedSla = { poolId: created.id, sla: this.pool.sla, errors: refused };
          location.hash = '#/pools/' + encodeURIComponent(created.id);
        }
      }
    } catch (err) {
      this.error = err.message;
    }
    if (this.errors?.length || this.stale) {
      await this.updateComplete;
      this.querySelector('.error-summary')?.scrollIntoView({ block: 'nearest' });
    }
  }
}
customElements.define('sb-pool-editor', PoolEditor);
