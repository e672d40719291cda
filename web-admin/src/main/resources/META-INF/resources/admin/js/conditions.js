/**
 * The condition builder shared by every editor that takes a ConditionInput: a router's rules (pages/routers.js),
 * a router's own scoring rules, and a pool member's filter (pages/pools.js). A condition in the editor is a tree of
 * { kind: 'group', join, conditions } / { kind: 'field', field, attribute, operator, values } / { kind: 'territory' }
 * nodes; the API's errors name the same paths (e.g. rules[0].condition.all[1].values), so each shows on its input.
 *
 * renderGroup(host, group, path) draws a group; host gives the API's errors (host.errors) and re-renders after a
 * change (host.changed()). A page using it renders countriesList() once for the country picker.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fieldError, describedBy, invalid, idFor, words } from './ui.js';

export const NUMBER_FIELDS = ['EMPLOYEES', 'ANNUAL_REVENUE', 'DEAL_VALUE', 'SCORE', 'QUALIFIED_SCORE'];
export const FIELDS = ['COUNTRY', 'REGION', 'POSTAL_CODE', 'EMAIL_DOMAIN', 'EMAIL', 'COMPANY', 'INDUSTRY', 'EMPLOYEES', 'ANNUAL_REVENUE',
  'DEAL_VALUE', 'PRODUCT', 'SOURCE', 'LANGUAGE', 'JOB_TITLE', 'SCORE', 'QUALIFIED_SCORE', 'TIER', 'NAME', 'PHONE', 'ATTRIBUTE'];
export const FIELD_LABELS = { EMAIL_DOMAIN: 'Email domain', ANNUAL_REVENUE: 'Annual revenue', DEAL_VALUE: 'Deal value',
  QUALIFIED_SCORE: 'Qualified score', JOB_TITLE: 'Job title', POSTAL_CODE: 'Postal code', ATTRIBUTE: 'Custom field' };
export const OPERATORS = {
  EQUALS: ['is', 1], NOT_EQUALS: ['is not', 1], IN: ['is one of', 'n'], NOT_IN: ['is none of', 'n'],
  CONTAINS: ['contains any of', 'n'], STARTS_WITH: ['starts with any of', 'n'], ENDS_WITH: ['ends with any of', 'n'],
  DOMAIN_IN: ['is in the domains', 'n'], GREATER_THAN: ['is more than', 1], GREATER_OR_EQUAL: ['is at least', 1],
  LESS_THAN: ['is less than', 1], LESS_OR_EQUAL: ['is at most', 1], BETWEEN: ['is between', 2],
  EXISTS: ['is filled in', 0], NOT_EXISTS: ['is empty', 0],
};
const TEXT_OPERATORS = ['EQUALS', 'NOT_EQUALS', 'IN', 'NOT_IN', 'CONTAINS', 'STARTS_WITH', 'ENDS_WITH', 'EXISTS', 'NOT_EXISTS'];
const DOMAIN_OPERATORS = ['DOMAIN_IN', 'EQUALS', 'NOT_EQUALS', 'IN', 'NOT_IN', 'ENDS_WITH', 'EXISTS', 'NOT_EXISTS'];
const NUMBER_OPERATORS = ['GREATER_THAN', 'GREATER_OR_EQUAL', 'LESS_THAN', 'LESS_OR_EQUAL', 'BETWEEN', 'EQUALS', 'NOT_EQUALS', 'IN', 'NOT_IN', 'EXISTS', 'NOT_EXISTS'];
/** Groups nest this deep at most (the API's Condition.MAX_DEPTH). */
export const MAX_GROUP_DEPTH = 8;

/** The flat node fields to select for conditionTree (Rule.conditionNodes, PoolMember.filterNodes ...). */
export const CONDITION_NODE = 'path join field attribute operator values territories { country region postalPrefix postalFrom postalTo }';

export function operatorsFor(field) {
  if (NUMBER_FIELDS.includes(field)) return NUMBER_OPERATORS;
  if (field === 'EMAIL' || field === 'EMAIL_DOMAIN') return DOMAIN_OPERATORS;
  return TEXT_OPERATORS;
}

let keys = 0;
/** A fresh key for repeat(), so a moved or removed row keeps its inputs. */
export const key = () => ++keys;

export function emptyGroup(join = 'ALL') {
  return { key: key(), kind: 'group', join, conditions: [] };
}

export function newFieldCondition(field = 'COUNTRY', operator = 'IN') {
  return { key: key(), kind: 'field', field, attribute: '', operator, values: [] };
}

/** The editor's tree from the API's flat nodes: groups come before their members, members in order. */
export function conditionTree(nodes) {
  const byPath = new Map();
  let root = null;
  for (const n of nodes ?? []) {
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
  if (!root) return emptyGroup();
  return root.kind === 'group' ? root : { key: key(), kind: 'group', join: 'ALL', conditions: [root] };
}

const blank = (v) => (v === '' || v === undefined ? null : v);

/** The tree as the API's ConditionInput. */
export function conditionInput(c) {
  if (c.kind === 'group') return { [c.join === 'ANY' ? 'any' : 'all']: c.conditions.map(conditionInput) };
  if (c.kind === 'territory') return { territories: c.territories.map(({ country, region, postalPrefix, postalFrom, postalTo }) => ({ country, region, postalPrefix, postalFrom, postalTo })) };
  return { field: c.field, attribute: c.field === 'ATTRIBUTE' ? blank(c.attribute) : null, operator: c.operator, values: c.values };
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

/** The country codes the COUNTRY value inputs suggest; render it once on a page that uses renderGroup. */
export function countriesList() {
  return html`<datalist id="countries">${countryList().map(([code, name]) => html`<option value=${code} label=${name}></option>`)}</datalist>`;
}

/** A group (all of / any of) with its conditions and nested groups, at the input path given. */
export function renderGroup(host, group, path, depth = 1) {
  const e = host.errors;
  const join = group.join === 'ANY' ? 'any' : 'all';
  return html`<div class="group" role="group" aria-label=${group.join === 'ANY' ? 'Any of these' : 'All of these'}>
    <div class="group-head">
      <label for=${idFor(path + '.join')}>Leads matching</label>
      <select id=${idFor(path + '.join')} @change=${(ev) => { group.join = ev.target.value; host.changed(); }}>
        <option value="ALL" ?selected=${group.join !== 'ANY'}>all of</option>
        <option value="ANY" ?selected=${group.join === 'ANY'}>any of</option>
      </select>
      ${group.conditions.length === 0 ? html`<span class="muted">(no conditions: every lead)</span>` : nothing}
    </div>
    ${fieldError(e, path + '.' + join)}${fieldError(e, path)}
    <ul class="conditions">${repeat(group.conditions, (c) => c.key, (c, j) => html`<li>
      ${c.kind === 'group' ? renderGroup(host, c, `${path}.${join}[${j}]`, depth + 1)
        : c.kind === 'territory' ? renderTerritory(host, c, `${path}.${join}[${j}]`) : renderCondition(host, c, `${path}.${join}[${j}]`)}
      <button type="button" class="link remove" @click=${() => { group.conditions.splice(j, 1); host.changed(); }}>Remove ${c.kind === 'group' ? 'group' : 'condition'}</button>
    </li>`)}</ul>
    <div class="group-actions">
      <button type="button" @click=${() => { group.conditions.push(newFieldCondition()); host.changed(); }}>Add condition</button>
      ${depth < MAX_GROUP_DEPTH ? html`<button type="button" @click=${() => { group.conditions.push(emptyGroup(group.join === 'ANY' ? 'ALL' : 'ANY')); host.changed(); }}>Add group</button>` : nothing}
    </div>
  </div>`;
}

function renderCondition(host, c, path) {
  const e = host.errors;
  const arity = OPERATORS[c.operator]?.[1];
  const numeric = NUMBER_FIELDS.includes(c.field);
  const valueErrors = (e ?? []).filter((x) => x.field && (x.field === path + '.values' || x.field.startsWith(path + '.values[')));
  const va = { invalid: valueErrors.length ? 'true' : 'false', describedBy: valueErrors.length ? idFor(path + '.values') + '-error' : '' };
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
    <select id=${idFor(path + '.field')} @change=${(ev) => setField(host, c, ev.target.value)} aria-invalid=${invalid(e, path + '.field')}>
      ${FIELDS.map((f) => html`<option value=${f} ?selected=${c.field === f}>${FIELD_LABELS[f] ?? words(f)}</option>`)}
    </select>
    ${c.field === 'ATTRIBUTE' ? html`<label class="visually-hidden" for=${idFor(path + '.attribute')}>Custom field key</label>
      <input id=${idFor(path + '.attribute')} class="short" placeholder="key" .value=${c.attribute ?? ''} @input=${(ev) => { c.attribute = ev.target.value; }}
        aria-invalid=${invalid(e, path + '.attribute')}>` : nothing}
    <label class="visually-hidden" for=${idFor(path + '.operator')}>Operator</label>
    <select id=${idFor(path + '.operator')} @change=${(ev) => { c.operator = ev.target.value; host.changed(); }}
      aria-invalid=${invalid(e, path + '.operator')} aria-describedby=${describedBy(e, path + '.operator') ?? ''}>
      ${operatorsFor(c.field).map((o) => html`<option value=${o} ?selected=${c.operator === o}>${OPERATORS[o][0]}</option>`)}
    </select>
    ${valueInput}
    ${fieldError(e, path + '.field')}${fieldError(e, path + '.attribute')}${fieldError(e, path + '.operator')}
    ${valueErrors.length ? html`<p class="field-error" id=${idFor(path + '.values') + '-error'}>${valueErrors.map((x) => x.message).join('; ')}</p>` : nothing}
    ${fieldError(e, path)}
  </div>`;
}

function renderTerritory(host, c, path) {
  const place = (t) => [t.country, t.region, t.postalPrefix ? `postal codes ${t.postalPrefix}…` : null,
    t.postalFrom ? `postal codes ${t.postalFrom} to ${t.postalTo}` : null].filter(Boolean).join(', ');
  return html`<div class="condition territory">In the territories: ${c.territories.map(place).join('; ')}
    <span class="hint">(kept as they are; edit territories through the API)</span>${fieldError(host.errors, path)}</div>`;
}

function setField(host, c, field) {
  c.field = field;
  if (!operatorsFor(field).includes(c.operator)) {
    c.operator = operatorsFor(field)[0];
    c.values = [];
  }
  host.changed();
}
