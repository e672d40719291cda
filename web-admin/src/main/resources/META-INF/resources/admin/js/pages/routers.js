import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import Sortable from 'sortablejs';
import { gql } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, status, words } from '../ui.js';

const NUMBER_FIELDS = ['EMPLOYEES', 'ANNUAL_REVENUE', 'DEAL_VALUE', 'SCORE', 'QUALIFIED_SCORE'];
const FIELDS = ['COUNTRY', 'REGION', 'POSTAL_CODE', 'EMAIL_DOMAIN', 'EMAIL', 'COMPANY', 'INDUSTRY', 'EMPLOYEES', 'ANNUAL_REVENUE',
  'DEAL_VALUE', 'PRODUCT', 'SOURCE', 'LANGUAGE', 'JOB_TITLE', 'SCORE', 'QUALIFIED_SCORE', 'TIER', 'NAME', 'PHONE', 'ATTRIBUTE'];
const FIELD_LABELS = { EMAIL_DOMAIN: 'Email domain', ANNUAL_REVENUE: 'Annual revenue', DEAL_VALUE: 'Deal value',
  QUALIFIED_SCORE: 'Qualified score', JOB_TITLE: 'Job title', POSTAL_CODE: 'Postal code', ATTRIBUTE: 'Custom field' };
const OPERATORS = {
  EQUALS: ['is', 1], NOT_EQUALS: ['is not', 1], IN: ['is one of', 'n'], NOT_IN: ['is none of', 'n'],
  CONTAINS: ['contains any of', 'n'], STARTS_WITH: ['starts with any of', 'n'], ENDS_WITH: ['ends with any of', 'n'],
  DOMAIN_IN: ['is in the domains', 'n'], GREATER_THAN: ['is more than', 1], GREATER_OR_EQUAL: ['is at least', 1],
  LESS_THAN: ['is less than', 1], LESS_OR_EQUAL: ['is at most', 1], BETWEEN: ['is between', 2],
  EXISTS: ['is filled in', 0], NOT_EXISTS: ['is empty', 0],
};
const TEXT_OPERATORS = ['EQUALS', 'NOT_EQUALS', 'IN', 'NOT_IN', 'CONTAINS', 'STARTS_WITH', 'ENDS_WITH', 'EXISTS', 'NOT_EXISTS'];
const DOMAIN_OPERATORS = ['DOMAIN_IN', 'EQUALS', 'NOT_EQUALS', 'IN', 'NOT_IN', 'ENDS_WITH', 'EXISTS', 'NOT_EXISTS'];
const NUMBER_OPERATORS = ['GREATER_THAN', 'GREATER_OR_EQUAL', 'LESS_THAN', 'LESS_OR_EQUAL', 'BETWEEN', 'EQUALS', 'NOT_EQUALS', 'IN', 'NOT_IN', 'EXISTS', 'NOT_EXISTS'];
const ACTIONS = {
  ROUTE_TO_POOL: 'Route to a pool', ROUTE_TO_REP: 'Route to a rep', ROUTE_TO_ACCOUNT_OWNER: 'Route to the account owner',
  SEND_TO_QUEUE: 'Send to a claim queue', ESCALATE: 'Escalate (urgent)', DISQUALIFY: 'Disqualify',
};
const QUEUE_MODES = { SHARK_TANK: 'Shark tank (first to claim)', SHOTGUN: 'Shotgun (first to accept)', BLIND_PULL: 'Blind pull (details hidden until claimed)' };
/** Groups nest this deep at most (the API's Condition.MAX_DEPTH). */
const MAX_GROUP_DEPTH = 8;

function operatorsFor(field) {
  if (NUMBER_FIELDS.includes(field)) return NUMBER_OPERATORS;
  if (field === 'EMAIL' || field === 'EMAIL_DOMAIN') return DOMAIN_OPERATORS;
  return TEXT_OPERATORS;
}

let countryCache = null;
function countryList() {
  countryCache ??= countries();
  return countryCache;
}

function countries() {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code) codes.push([code, name]);
    }
  }
  return codes;
}

let keys = 0;
const key = () => ++keys;

const ACTION = 'type pool { id name } rep { id name } reason queueMode';
// Conditions come flat (conditionNodes), so a tree of any depth reads in one query within the API's limits.
const ROUTER = `id name version liveVersion
  rules { name conditionNodes { path join field attribute operator values territories { country region postalPrefix postalFrom postalTo } }
    action { ${ACTION} fallback { ${ACTION} } } }
  fallback { ${ACTION} fallback { ${ACTION} } }`;

/** The editor's tree from the API's flat nodes: groups come before their members, members in order. */
function conditionTree(nodes) {
  const byPath = new Map();
  let root = null;
  for (const n of nodes) {
    let node;
    if (n.join) node = { key: key(), kind: 'group', join: n.join, conditions: [] };
    else if (n.territories) node = { key: key(), kind: 'territory', territories: n.territories.map((t) => ({ ...t })) };
    else node = { key: key(), kind: 'field', field: n.field, attribute: n.attribute ?? '', operator: n.operator, values: [...(n.values ?? [])] };
    byPath.set(n.path, node);
    if (n.path === '') {
      root = node;
    } else {
      const dot = n.path.lastIndexOf('.');
      byPath.get(dot < 0 ? '' : n.path.slice(0, dot)).conditions.push(node);
    }
  }
  if (!root) return { key: key(), kind: 'group', join: 'ALL', conditions: [] };
  return root.kind === 'group' ? root : { key: key(), kind: 'group', join: 'ALL', conditions: [root] };
}

function actionFrom(a) {
  if (!a) return newAction();
  return { type: a.type, poolId: a.pool?.id ?? '', repId: a.rep?.id ?? '', reason: a.reason ?? '', queueMode: a.queueMode ?? 'SHARK_TANK',
    fallback: a.fallback ? actionFrom(a.fallback) : null };
}

function newAction(type = 'ROUTE_TO_POOL') {
  return { type, poolId: '', repId: '', reason: '', queueMode: 'SHARK_TANK', fallback: null };
}

const blank = (v) => (v === '' || v === undefined ? null : v);

function conditionInput(c) {
  if (c.kind === 'group') return { [c.join === 'ANY' ? 'any' : 'all']: c.conditions.map(conditionInput) };
  if (c.kind === 'territory') return { territories: c.territories.map(({ country, region, postalPrefix, postalFrom, postalTo }) => ({ country, region, postalPrefix, postalFrom, postalTo })) };
  return { field: c.field, attribute: c.field === 'ATTRIBUTE' ? blank(c.attribute) : null, operator: c.operator, values: c.values };
}

function actionInput(a) {
  const input = { type: a.type };
  if (['ROUTE_TO_POOL', 'SEND_TO_QUEUE', 'ESCALATE'].includes(a.type)) input.poolId = blank(a.poolId);
  if (['ROUTE_TO_REP', 'ESCALATE'].includes(a.type)) input.repId = blank(a.repId);
  if (a.type === 'ESCALATE' && input.poolId && input.repId) input.repId = null;
  if (['DISQUALIFY', 'ESCALATE'].includes(a.type)) input.reason = blank(a.reason);
  if (a.type === 'SEND_TO_QUEUE') input.queueMode = a.queueMode;
  if (a.type === 'ROUTE_TO_ACCOUNT_OWNER') input.fallback = actionInput(a.fallback ?? newAction());
  return input;
}

class Routers extends Page {
  static properties = { routers: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    gql('{ routers { id name version liveVersion rules { name } } forms { id name router { id } } }')
      .then((d) => { this.routers = d.routers; this.forms = d.forms; }, (e) => { this.error = e.message; });
  }

  render() {
    return html`<h1 tabindex="-1">Routers</h1>
      ${problem(this.error)}
      <p><a class="button primary" href="#/routers/new">New router</a></p>
      ${this.routers === undefined ? html`<p>Loading…</p>` : this.routers.length === 0
        ? html`<p class="empty">No routers yet. A router sends each lead of a form to a pool, a rep or a queue by rules;
            create one with the button above (make a <a href="#/pools">pool</a> first).</p>`
        : html`<table>
          <caption class="visually-hidden">Routers</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Rules</th><th scope="col">Newest version</th><th scope="col">Live version</th><th scope="col">Forms</th></tr></thead>
          <tbody>${this.routers.map((r) => html`<tr>
            <td><a href=${'#/routers/' + encodeURIComponent(r.id)}>${r.name}</a></td>
            <td>${r.rules.length}</td><td>${r.version}</td>
            <td>${r.liveVersion ?? html`<span class="badge off">Not published</span>`}</td>
            <td>${this.forms.filter((f) => f.router?.id === r.id).map((f) => f.name).join(', ') || html`<span class="muted">None</span>`}</td>
          </tr>`)}</tbody></table>`}`;
  }
}
customElements.define('sb-routers', Routers);

class RouterEditor extends Page {
  static properties = {
    routerId: {}, router: { state: true }, pools: { state: true }, reps: { state: true }, versions: { state: true },
    errors: { state: true }, error: { state: true }, saved: { state: true }, showing: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('routerId')) {
      this.router = undefined;
      this.errors = [];
      this.load();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.sortable?.destroy();
    this.sortable = null;
  }

  async load(version = null) {
    try {
      const data = await gql(`query($id: ID!, $known: Boolean!, $version: Int) { pools { id name } reps { id name }
        router(id: $id, version: $version) @include(if: $known) { ${ROUTER} } }`, { id: this.routerId ?? '', known: !!this.routerId, version });
      this.pools = data.pools;
      this.reps = data.reps;
      if (this.routerId && !data.router) {
        this.router = null;
        return;
      }
      const r = data.router;
      this.router = r ? {
        name: r.name, version: r.version, liveVersion: r.liveVersion,
        rules: r.rules.map((rule) => ({ key: key(), name: rule.name, condition: conditionTree(rule.conditionNodes), action: actionFrom(rule.action) })),
        fallback: actionFrom(r.fallback),
      } : { name: '', rules: [], fallback: newAction('ROUTE_TO_POOL') };
      this.showing = r?.version ?? null;
      if (r && version === null) this.latest = r.version;
      if (r) await this.loadVersions(this.latest ?? r.version);
    } catch (e) {
      this.error = e.message;
    }
  }

  async loadVersions(newest) {
    const first = Math.max(1, newest - 19);
    const fields = [];
    for (let v = newest; v >= first; v--) fields.push(`v${v}: router(id: $id, version: ${v}) { version liveVersion rules { name } }`);
    const data = await gql(`query($id: ID!) { ${fields.join(' ')} }`, { id: this.routerId });
    this.versions = Object.values(data).filter(Boolean);
  }

  updated() {
    const list = this.querySelector('ol.rules');
    if (list && this.sortable?.el !== list) {
      this.sortable?.destroy();
      let next = null;
      this.sortable = Sortable.create(list, {
        handle: '.rule-handle',
        animation: 150,
        onStart: (event) => { next = event.item.nextSibling; },
        onEnd: (event) => {
          event.from.insertBefore(event.item, next);
          this.moveRule(event.oldIndex, event.newIndex);
        },
      });
    }
  }

  moveRule(from, to, button = null) {
    const rules = this.router.rules;
    if (from === to || to < 0 || to >= rules.length) return;
    const [moved] = rules.splice(from, 1);
    rules.splice(to, 0, moved);
    this.changed();
    // A keyboard user keeps hold of the rule they moved.
    if (button) this.updateComplete.then(() => this.querySelectorAll('ol.rules > li')[to]?.querySelector('.rule-head ' + button)?.focus());
  }

  changed() {
    this.router = { ...this.router };
  }

  render() {
    if (this.error && !this.router) return html`<h1 tabindex="-1">Router</h1>${problem(this.error)}`;
    if (this.router === undefined) return html`<p>Loading…</p>`;
    if (this.router === null) return html`<h1 tabindex="-1">No such router</h1><p><a href="#/routers">Back to the routers</a></p>`;
    const r = this.router;
    const e = this.errors;
    return html`<p class="crumbs"><a href="#/routers">Routers</a> /</p>
      <h1 tabindex="-1">${this.routerId ? r.name || 'Router' : 'New router'}</h1>
      ${this.routerId ? html`<p>Showing version ${this.showing}${this.showing === r.liveVersion ? html` <span class="badge on">Live</span>` : html` <span class="badge draft">Draft</span>`}.
        Saving makes a new draft version; publishing makes it route leads.</p>` : nothing}
      ${problem(this.error)}
      <form @submit=${this.save} novalidate>
        ${errorSummary(e, 'Nothing was saved')}
        <div class="field">
          <label for=${idFor('name')}>Router name</label>
          <input id=${idFor('name')} .value=${r.name} @input=${(ev) => { r.name = ev.target.value; }}
            aria-invalid=${invalid(e, 'name')} aria-describedby=${describedBy(e, 'name') ?? ''}>
          ${fieldError(e, 'name')}
        </div>
        <h2>Rules <span class="hint">(tried in order; the first that holds decides)</span></h2>
        ${fieldError(e, 'rules')}
        ${r.rules.length === 0 ? html`<p class="empty">No rules: every lead goes to the fallback. Add a rule to send some leads elsewhere.</p>` : nothing}
        <ol class="rules">${repeat(r.rules, (rule) => rule.key, (rule, i) => this.renderRule(rule, i))}</ol>
        <button type="button" @click=${this.addRule}>Add a rule</button>
        <section class="fallback" aria-labelledby="fallback-h">
          <h2 id="fallback-h">Fallback <span class="hint">(when no rule holds; required)</span></h2>
          ${this.renderAction(r.fallback, 'fallback', true)}
        </section>
        <p class="actions">
          <button type="submit" class="primary">${this.routerId ? 'Save as new draft' : 'Create draft'}</button>
          ${this.routerId && this.showing !== r.liveVersion ? html`<button type="button" @click=${() => this.publish(this.showing)}>Publish version ${this.showing}</button>` : nothing}
          ${this.routerId ? html`<a href=${`#/test?router=${encodeURIComponent(this.routerId)}&version=${this.showing}`}>Test a lead with version ${this.showing}</a>` : nothing}
        </p>
        ${status(this.saved)}
      </form>
      <datalist id="countries">${countryList().map(([code, name]) => html`<option value=${code} label=${name}></option>`)}</datalist>
      ${this.versions ? html`<section aria-labelledby="versions-h">
        <h2 id="versions-h">Versions</h2>
        <p class="actions"><a href=${`#/routers/${encodeURIComponent(this.routerId)}/history`}>Compare two versions</a>
          <a href=${`#/routers/${encodeURIComponent(this.routerId)}/replay?version=${this.showing}`}>Replay version ${this.showing} over past leads</a></p>
        <table><caption class="visually-hidden">Versions of this router</caption>
          <thead><tr><th scope="col">Version</th><th scope="col">Rules</th><th scope="col">State</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>${this.versions.map((v) => html`<tr>
            <td>${v.version}</td><td>${v.rules.map((x) => x.name).join(', ') || html`<span class="muted">fallback only</span>`}</td>
            <td>${v.version === r.liveVersion ? html`<span class="badge on">Live</span>` : html`<span class="badge draft">Draft</span>`}${v.version === this.showing ? ' (shown above)' : ''}</td>
            <td class="row-actions">
              ${v.version !== this.showing ? html`<button type="button" class="link" @click=${() => this.load(v.version)}>Open version ${v.version}</button>` : nothing}
              ${v.version !== r.liveVersion ? html`<button type="button" class="link" @click=${() => this.publish(v.version)}>Publish version ${v.version}</button>` : nothing}
            </td></tr>`)}</tbody></table>
      </section>` : nothing}`;
  }

  renderRule(rule, i) {
    const e = this.errors;
    const path = `rules[${i}]`;
    return html`<li class="rule" aria-label=${'Rule ' + (i + 1)}>
      <div class="rule-head">
        <span class="rule-handle" title="Drag to reorder" aria-hidden="true">⠿</span>
        <div class="field">
          <label for=${idFor(path + '.name')}>Rule ${i + 1} name</label>
          <input id=${idFor(path + '.name')} .value=${rule.name} @input=${(ev) => { rule.name = ev.target.value; }}
            aria-invalid=${invalid(e, path + '.name')} aria-describedby=${describedBy(e, path + '.name') ?? ''}>
          ${fieldError(e, path + '.name')}
        </div>
        <span class="actions">
          <button type="button" class="icon up" aria-label=${`Move rule ${i + 1} up`} ?disabled=${i === 0} @click=${() => this.moveRule(i, i - 1, i - 1 === 0 ? 'button.down' : 'button.up')}>↑</button>
          <button type="button" class="icon down" aria-label=${`Move rule ${i + 1} down`} ?disabled=${i === this.router.rules.length - 1} @click=${() => this.moveRule(i, i + 1, i + 1 === this.router.rules.length - 1 ? 'button.up' : 'button.down')}>↓</button>
          <button type="button" class="link" @click=${() => { this.router.rules.splice(i, 1); this.changed(); }}>Remove rule ${i + 1}</button>
        </span>
      </div>
      ${fieldError(e, path)}
      <div class="when"><span class="label">When</span>${this.renderGroup(rule.condition, path + '.condition', 1)}</div>
      <div class="then"><span class="label">Then</span>${this.renderAction(rule.action, path + '.action', true)}</div>
    </li>`;
  }

  renderGroup(group, path, depth) {
    const e = this.errors;
    const join = group.join === 'ANY' ? 'any' : 'all';
    return html`<div class="group" role="group" aria-label=${group.join === 'ANY' ? 'Any of these' : 'All of these'}>
      <div class="group-head">
        <label for=${idFor(path + '.join')}>Leads matching</label>
        <select id=${idFor(path + '.join')} @change=${(ev) => { group.join = ev.target.value; this.changed(); }}>
          <option value="ALL" ?selected=${group.join !== 'ANY'}>all of</option>
          <option value="ANY" ?selected=${group.join === 'ANY'}>any of</option>
        </select>
        ${group.conditions.length === 0 ? html`<span class="muted">(no conditions: every lead)</span>` : nothing}
      </div>
      ${fieldError(e, path + '.' + join)}${fieldError(e, path)}
      <ul class="conditions">${repeat(group.conditions, (c) => c.key, (c, j) => html`<li>
        ${c.kind === 'group' ? this.renderGroup(c, `${path}.${join}[${j}]`, depth + 1)
          : c.kind === 'territory' ? this.renderTerritory(c, `${path}.${join}[${j}]`) : this.renderCondition(c, `${path}.${join}[${j}]`)}
        <button type="button" class="link remove" @click=${() => { group.conditions.splice(j, 1); this.changed(); }}>Remove ${c.kind === 'group' ? 'group' : 'condition'}</button>
      </li>`)}</ul>
      <div class="group-actions">
        <button type="button" @click=${() => { group.conditions.push({ key: key(), kind: 'field', field: 'COUNTRY', attribute: '', operator: 'IN', values: [] }); this.changed(); }}>Add condition</button>
        ${depth < MAX_GROUP_DEPTH ? html`<button type="button" @click=${() => { group.conditions.push({ key: key(), kind: 'group', join: group.join === 'ANY' ? 'ALL' : 'ANY', conditions: [] }); this.changed(); }}>Add group</button>` : nothing}
      </div>
    </div>`;
  }

  renderCondition(c, path) {
    const e = this.errors;
    const arity = OPERATORS[c.operator]?.[1];
    const numeric = NUMBER_FIELDS.includes(c.field);
    const valueErrors = (e ?? []).filter((x) => x.field && (x.field === path + '.values' || x.field.startsWith(path + '.values[')));
    const valueAttrs = (p) => ({ invalid: valueErrors.length ? 'true' : 'false', describedBy: valueErrors.length ? idFor(path + '.values') + '-error' : '' });
    const va = valueAttrs();
    const list = c.field === 'COUNTRY' ? 'countries' : nothing;
    let valueInput = nothing;
    if (arity === 1) {
      valueInput = html`<label class="visually-hidden" for=${idFor(path + '.values')}>Value</label>
        <input id=${idFor(path + '.values')} class="value" inputmode=${numeric ? 'decimal' : 'text'} list=${list} .value=${c.values[0] ?? ''}
          @input=${(ev) => { c.values = [ev.target.value]; }} aria-invalid=${va.invalid} aria-describedby=${va.describedBy}>`;
    } else if (arity === 2) {
      valueInput = html`<label class="visually-hidden" for=${idFor(path + '.values')}>From</label>
        <input id=${idFor(path + '.values')} class="value short" inputmode="decimal" .value=${c.values[0] ?? ''}
          @input=${(ev) => { c.values = [ev.target.value, c.values[1] ?? '']; }} aria-invalid=${va.invalid} aria-describedby=${va.describedBy}>
        <span>and</span>
        <label class="visually-hidden" for=${idFor(path + '.values[1]')}>To</label>
        <input id=${idFor(path + '.values[1]')} class="value short" inputmode="decimal" .value=${c.values[1] ?? ''}
          @input=${(ev) => { c.values = [c.values[0] ?? '', ev.target.value]; }} aria-invalid=${va.invalid} aria-describedby=${va.describedBy}>`;
    } else if (arity === 'n') {
      const hint = c.field === 'COUNTRY' ? 'FR, DE, ES' : c.operator === 'DOMAIN_IN' ? 'acme.com, example.org' : 'separate values with commas';
      valueInput = html`<label class="visually-hidden" for=${idFor(path + '.values')}>Values, separated by commas</label>
        <input id=${idFor(path + '.values')} class="value wide" placeholder=${hint} .value=${c.values.join(', ')}
          @input=${(ev) => { c.values = ev.target.value.split(',').map((v) => v.trim()).filter((v) => v !== ''); }}
          aria-invalid=${va.invalid} aria-describedby=${va.describedBy}>`;
    }
    return html`<div class="condition">
      <label class="visually-hidden" for=${idFor(path + '.field')}>Field</label>
      <select id=${idFor(path + '.field')} @change=${(ev) => this.setField(c, ev.target.value)} aria-invalid=${invalid(e, path + '.field')}>
        ${FIELDS.map((f) => html`<option value=${f} ?selected=${c.field === f}>${FIELD_LABELS[f] ?? words(f)}</option>`)}
      </select>
      ${c.field === 'ATTRIBUTE' ? html`<label class="visually-hidden" for=${idFor(path + '.attribute')}>Custom field key</label>
        <input id=${idFor(path + '.attribute')} class="short" placeholder="key" .value=${c.attribute ?? ''} @input=${(ev) => { c.attribute = ev.target.value; }}
          aria-invalid=${invalid(e, path + '.attribute')}>` : nothing}
      <label class="visually-hidden" for=${idFor(path + '.operator')}>Operator</label>
      <select id=${idFor(path + '.operator')} @change=${(ev) => { c.operator = ev.target.value; this.changed(); }}
        aria-invalid=${invalid(e, path + '.operator')} aria-describedby=${describedBy(e, path + '.operator') ?? ''}>
        ${operatorsFor(c.field).map((o) => html`<option value=${o} ?selected=${c.operator === o}>${OPERATORS[o][0]}</option>`)}
      </select>
      ${valueInput}
      ${fieldError(e, path + '.field')}${fieldError(e, path + '.attribute')}${fieldError(e, path + '.operator')}
      ${valueErrors.length ? html`<p class="field-error" id=${idFor(path + '.values') + '-error'}>${valueErrors.map((x) => x.message).join('; ')}</p>` : nothing}
      ${fieldError(e, path)}
    </div>`;
  }

  renderTerritory(c, path) {
    const place = (t) => [t.country, t.region, t.postalPrefix ? `postal codes ${t.postalPrefix}…` : null,
      t.postalFrom ? `postal codes ${t.postalFrom} to ${t.postalTo}` : null].filter(Boolean).join(', ');
    return html`<div class="condition territory">In the territories: ${c.territories.map(place).join('; ')}
      <span class="hint">(kept as they are; edit territories through the API)</span>${fieldError(this.errors, path)}</div>`;
  }

  setField(c, field) {
    c.field = field;
    if (!operatorsFor(field).includes(c.operator)) {
      c.operator = operatorsFor(field)[0];
      c.values = [];
    }
    this.changed();
  }

  renderAction(a, path, allowOwner) {
    const e = this.errors;
    const select = (what, options, value, onChange) => html`<div class="field">
        <label for=${idFor(path + '.' + what)}>${{ poolId: 'Pool', repId: 'Rep', queueMode: 'Queue' }[what]}</label>
        <select id=${idFor(path + '.' + what)} @change=${(ev) => { onChange(ev.target.value); this.changed(); }}
          aria-invalid=${invalid(e, path + '.' + what)} aria-describedby=${describedBy(e, path + '.' + what) ?? ''}>
          <option value="" ?selected=${!value}>Choose…</option>
          ${options.map(([id, name]) => html`<option value=${id} ?selected=${value === id}>${name}</option>`)}
        </select>${fieldError(e, path + '.' + what)}</div>`;
    const pools = this.pools.map((p) => [p.id, p.name]);
    const reps = this.reps.map((r) => [r.id, r.name]);
    return html`<div class="action">
      <div class="field">
        <label for=${idFor(path + '.type')}>Action</label>
        <select id=${idFor(path + '.type')} @change=${(ev) => { a.type = ev.target.value; if (a.type === 'ROUTE_TO_ACCOUNT_OWNER' && !a.fallback) a.fallback = newAction(); this.changed(); }}
          aria-invalid=${invalid(e, path + '.type')} aria-describedby=${describedBy(e, path + '.type') ?? ''}>
          ${Object.entries(ACTIONS).filter(([t]) => allowOwner || t !== 'ROUTE_TO_ACCOUNT_OWNER')
            .map(([t, label]) => html`<option value=${t} ?selected=${a.type === t}>${label}</option>`)}
        </select>${fieldError(e, path + '.type')}
      </div>
      ${['ROUTE_TO_POOL', 'SEND_TO_QUEUE', 'ESCALATE'].includes(a.type) ? select('poolId', pools, a.poolId, (v) => { a.poolId = v; }) : nothing}
      ${['ROUTE_TO_REP', 'ESCALATE'].includes(a.type) ? select('repId', reps, a.repId, (v) => { a.repId = v; }) : nothing}
      ${a.type === 'SEND_TO_QUEUE' ? select('queueMode', Object.entries(QUEUE_MODES), a.queueMode, (v) => { a.queueMode = v; }) : nothing}
      ${['DISQUALIFY', 'ESCALATE'].includes(a.type) ? html`<div class="field">
        <label for=${idFor(path + '.reason')}>Reason</label>
        <input id=${idFor(path + '.reason')} .value=${a.reason} @input=${(ev) => { a.reason = ev.target.value; }}
          aria-invalid=${invalid(e, path + '.reason')} aria-describedby=${describedBy(e, path + '.reason') ?? ''}>
        ${fieldError(e, path + '.reason')}</div>` : nothing}
      ${a.type === 'ROUTE_TO_ACCOUNT_OWNER' ? html`<div class="nested"><span class="label">No account or owner away:</span>
        ${this.renderAction(a.fallback, path + '.fallback', false)}</div>` : nothing}
      ${fieldError(e, path)}${fieldError(e, path + '.fallback')}
    </div>`;
  }

  addRule() {
    const n = this.router.rules.length + 1;
    this.router.rules.push({ key: key(), name: `Rule ${n}`, condition: { key: key(), kind: 'group', join: 'ALL', conditions: [] }, action: newAction() });
    this.changed();
    this.updateComplete.then(() => this.querySelector(`#${idFor(`rules[${n - 1}].name`)}`)?.focus());
  }

  input() {
    const r = this.router;
    return {
      name: r.name,
      rules: r.rules.map((rule) => ({ name: rule.name, condition: conditionInput(rule.condition), action: actionInput(rule.action) })),
      fallback: actionInput(r.fallback),
    };
  }

  async save(event) {
    event.preventDefault();
    this.saved = '';
    this.error = null;
    const selection = 'router { id version liveVersion } errors { code field message }';
    try {
      let payload;
      if (this.routerId) {
        payload = (await gql(`mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { ${selection} } }`,
          { input: { routerId: this.routerId, router: this.input() } })).reviseRouter;
      } else {
        payload = (await gql(`mutation($input: CreateRouterInput!) { createRouter(input: $input) { ${selection} } }`, { input: this.input() })).createRouter;
      }
      this.errors = payload.errors;
      if (payload.router) {
        if (!this.routerId) {
          location.hash = '#/routers/' + encodeURIComponent(payload.router.id);
          return;
        }
        this.latest = payload.router.version;
        await this.load();
        this.saved = `Saved as version ${payload.router.version}, a draft.`;
      } else {
        await this.updateComplete;
        this.querySelector('.error-summary')?.scrollIntoView({ block: 'nearest' });
      }
    } catch (err) {
      this.error = err.message;
    }
  }

  async publish(version) {
    this.saved = '';
    try {
      const payload = (await gql(`mutation($input: PublishRouterInput!) { publishRouter(input: $input) { router { liveVersion } errors { code field message } } }`,
        { input: { routerId: this.routerId, version } })).publishRouter;
      this.errors = payload.errors;
      if (payload.router) {
        await this.load(version);
        this.saved = `Version ${version} is live: it routes leads from now on.`;
      }
    } catch (err) {
      this.error = err.message;
    }
  }
}
customElements.define('sb-router-editor', RouterEditor);
