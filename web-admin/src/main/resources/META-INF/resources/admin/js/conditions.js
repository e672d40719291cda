/**
 * The condition builder shared by every editor that takes a LeadConditionInput: a router's rules (pages/routers.js),
 * a router's own scoring rules, and a pool member's filter (pages/pools.js). A condition in the editor is a tree of
 * { kind: 'group', join, conditions } / { kind: 'field', field, attribute, operator, values } /
 * { kind: 'territory', territories: [{ country, region, postalPrefix, postalFrom, postalTo, postalMode }] }
 * nodes; the API's errors name the same paths (e.g. rules[0].when.all[1].compare.values), so each shows on its input.
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
/** The field picker's choice that makes a condition a territory condition (not a LeadField). */
const TERRITORY = 'TERRITORY';

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
    else if (n.territories) node = { key: key(), kind: 'territory', territories: n.territories.map(territoryFrom) };
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
/** The API's nulls as the editor's blanks. */
const nulls = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v ?? '']));

/** The tree as the API's LeadConditionInput: each node exactly one kind of condition. */
export function conditionInput(c) {
  if (c.kind === 'group') return { [c.join === 'ANY' ? 'any' : 'all']: c.conditions.map(conditionInput) };
  if (c.kind === 'territory') return { territories: c.territories.map(territoryInput) };
  const compare = { field: c.field, operator: c.operator, values: c.values };
  if (c.field === 'ATTRIBUTE') compare.attribute = blank(c.attribute);
  return { compare };
}

/** Codes the browser names that are not ISO 3166 countries (unions, pseudo-regions, CLDR's exceptional reservations). */
const NOT_COUNTRIES = ['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'XK', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA'];
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
      if (name && name !== code && !NOT_COUNTRIES.includes(code)) codes.push([code, name]);
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
      <button type="button" @click=${() => {
        group.conditions.push(newTerritoryCondition());
        host.changed();
        focusLater(host, `${path}.${join}[${group.conditions.length - 1}].territories[0].country`);
      }}>Add territory condition</button>
      ${depth < MAX_GROUP_DEPTH ? html`<button type="button" @click=${() => { group.conditions.push(emptyGroup(group.join === 'ANY' ? 'ALL' : 'ANY')); host.changed(); }}>Add group</button>` : nothing}
    </div>
  </div>`;
}

function renderCondition(host, c, path) {
  const e = host.errors;
  // The API names a comparison's parts below its compare (rules[0].when.all[1].compare.values).
  const at = path + '.compare';
  const arity = OPERATORS[c.operator]?.[1];
  const numeric = NUMBER_FIELDS.includes(c.field);
  const valueErrors = (e ?? []).filter((x) => x.field && (x.field === at + '.values' || x.field.startsWith(at + '.values[')));
  const va = { invalid: valueErrors.length ? 'true' : 'false', describedBy: valueErrors.length ? idFor(at + '.values') + '-error' : '' };
  const list = c.field === 'COUNTRY' ? 'countries' : nothing;
  let valueInput = nothing;
  if (arity === 1) {
    valueInput = html`<label class="visually-hidden" for=${idFor(at + '.values')}>Value</label>
      <input id=${idFor(at + '.values')} class="value" inputmode=${numeric ? 'decimal' : 'text'} list=${list} .value=${c.values[0] ?? ''}
        @input=${(ev) => { c.values = [ev.target.value]; }} aria-invalid=${va.invalid} aria-describedby=${va.describedBy}>`;
  } else if (arity === 2) {
    valueInput = html`<label class="visually-hidden" for=${idFor(at + '.values')}>From</label>
      <input id=${idFor(at + '.values')} class="value short" inputmode="decimal" .value=${c.values[0] ?? ''}
        @input=${(ev) => { c.values = [ev.target.value, c.values[1] ?? '']; }} aria-invalid=${va.invalid} aria-describedby=${va.describedBy}>
      <span>and</span>
      <label class="visually-hidden" for=${idFor(at + '.values[1]')}>To</label>
      <input id=${idFor(at + '.values[1]')} class="value short" inputmode="decimal" .value=${c.values[1] ?? ''}
        @input=${(ev) => { c.values = [c.values[0] ?? '', ev.target.value]; }} aria-invalid=${va.invalid} aria-describedby=${va.describedBy}>`;
  } else if (arity === 'n') {
    const hint = c.field === 'COUNTRY' ? 'FR, DE, ES' : c.operator === 'DOMAIN_IN' ? 'acme.com, example.org' : 'separate values with commas';
    valueInput = html`<label class="visually-hidden" for=${idFor(at + '.values')}>Values, separated by commas</label>
      <input id=${idFor(at + '.values')} class="value wide" placeholder=${hint} .value=${c.values.join(', ')}
        @input=${(ev) => { c.values = ev.target.value.split(',').map((v) => v.trim()).filter((v) => v !== ''); }}
        aria-invalid=${va.invalid} aria-describedby=${va.describedBy}>`;
    if (c.field === 'COUNTRY') valueInput = html`${valueInput}${addCountry(host, c, at)}`;
  }
  return html`<div class="condition">
    ${kindPicker(host, c, path, at)}
    ${c.field === 'ATTRIBUTE' ? html`<label class="visually-hidden" for=${idFor(at + '.attribute')}>Custom field key</label>
      <input id=${idFor(at + '.attribute')} class="short" placeholder="key" .value=${c.attribute ?? ''} @input=${(ev) => { c.attribute = ev.target.value; }}
        aria-invalid=${invalid(e, at + '.attribute')}>` : nothing}
    <label class="visually-hidden" for=${idFor(at + '.operator')}>Operator</label>
    <select id=${idFor(at + '.operator')} @change=${(ev) => { c.operator = ev.target.value; host.changed(); }}
      aria-invalid=${invalid(e, at + '.operator')} aria-describedby=${describedBy(e, at + '.operator') ?? ''}>
      ${operatorsFor(c.field).map((o) => html`<option value=${o} ?selected=${c.operator === o}>${OPERATORS[o][0]}</option>`)}
    </select>
    ${valueInput}
    ${fieldError(e, at + '.field')}${fieldError(e, at + '.attribute')}${fieldError(e, at + '.operator')}
    ${valueErrors.length ? html`<p class="field-error" id=${idFor(at + '.values') + '-error'}>${valueErrors.map((x) => x.message).join('; ')}</p>` : nothing}
    ${fieldError(e, at)}${fieldError(e, path)}
  </div>`;
}

/** How a territory narrows its country's postal codes, for its picker: any, by prefix, or by a range. */
function postalMode(t) {
  if (t.postalMode) return t.postalMode;
  if (t.postalPrefix) return 'prefix';
  return t.postalFrom || t.postalTo ? 'range' : 'any';
}

/** A stored Territory in the editor: blanks for nulls, and the postal mode its values use. */
function territoryFrom(t) {
  const editing = { ...newTerritory(), ...nulls(t), key: key(), postalMode: undefined };
  editing.postalMode = postalMode(editing);
  return editing;
}

export function newTerritory(country = '') {
  return { key: key(), country, region: '', postalPrefix: '', postalFrom: '', postalTo: '', postalMode: 'any' };
}

export function newTerritoryCondition() {
  return { key: key(), kind: 'territory', territories: [newTerritory()] };
}

/** The territory as the API's TerritoryInput: only what its postal mode uses, blanks left out. */
function territoryInput(t) {
  const mode = postalMode(t);
  const text = (v) => (String(v ?? '').trim() === '' ? null : String(v).trim());
  return {
    country: String(t.country ?? '').trim(), region: text(t.region),
    postalPrefix: mode === 'prefix' ? text(t.postalPrefix) : null,
    postalFrom: mode === 'range' ? text(t.postalFrom) : null,
    postalTo: mode === 'range' ? text(t.postalTo) : null,
  };
}

/** The [code, English name] of a country typed as its ISO alpha-2 code or its English name, or null. */
export function country(text) {
  const typed = String(text ?? '').trim().toLowerCase();
  if (!typed) return null;
  return countryList().find(([code, name]) => code.toLowerCase() === typed || name.toLowerCase() === typed) ?? null;
}

/**
 * A territory condition: the lead is in any of its territories, each a country (picked from the ISO list, searchable
 * by code or name), optionally narrowed to a region and to postal codes by prefix or range (the API's Territory).
 */
function renderTerritory(host, c, path) {
  const e = host.errors;
  const listErrors = (e ?? []).filter((x) => x.field === path + '.territories');
  return html`<div class="condition territory">
    ${kindPicker(host, c, path)}
    <span class="territory-lead">the lead is in any of these territories:</span>
    ${listErrors.length ? html`<p class="field-error" id=${idFor(path + '.territories') + '-error'}>${listErrors.map((x) => x.message).join('; ')}</p>` : nothing}
    <ol class="territories">${repeat(c.territories, (t) => (t.key ??= key()), (t, i) => renderOneTerritory(host, c, t, `${path}.territories[${i}]`, i))}</ol>
    <button type="button" @click=${() => { c.territories.push(newTerritory()); host.changed(); focusLater(host, `${path}.territories[${c.territories.length - 1}].country`); }}>Add another territory</button>
    ${fieldError(e, path)}
  </div>`;
}

function renderOneTerritory(host, c, t, at, i) {
  const e = host.errors;
  const mode = postalMode(t);
  const n = i + 1;
  const known = country(t.country);
  const text = (what, label, cls, onInput, extra = {}) => html`<span class="territory-part">
    <label for=${idFor(at + '.' + what)}>${label}</label>
    <input id=${idFor(at + '.' + what)} class=${cls} .value=${t[what] ?? ''} list=${extra.list ?? nothing} autocomplete="off"
      placeholder=${extra.placeholder ?? nothing} @input=${(ev) => { t[what] = ev.target.value; onInput?.(ev); }}
      @change=${(ev) => extra.onChange?.(ev)}
      aria-invalid=${invalid(e, at + '.' + what)}
      aria-describedby=${[describedBy(e, at + '.' + what), extra.describedBy].filter(Boolean).join(' ')}>
  </span>`;
  return html`<li class="territory-row" aria-label=${'Territory ' + n}>
    ${text('country', `Territory ${n} country`, 'short', () => host.changed(), {
      list: 'countries', placeholder: 'FR or France', describedBy: idFor(at + '.country') + '-name',
      // A name picked or typed whole becomes its code, the form the API stores and shows again.
      onChange: () => { const found = country(t.country); if (found && found[0] !== t.country) { t.country = found[0]; host.changed(); } },
    })}
    <span class="hint country-name" id=${idFor(at + '.country') + '-name'}>${known ? `${known[1]} (${known[0]})`
      : String(t.country ?? '').trim() ? 'not in the list: a code or English name' : 'code or name, type to search'}</span>
    ${text('region', 'Region', 'short', null, { placeholder: 'any' })}
    <span class="territory-part">
      <label for=${idFor(at + '.postal')}>Postal codes</label>
      <select id=${idFor(at + '.postal')} @change=${(ev) => { t.postalMode = ev.target.value; host.changed(); focusLater(host, at + (t.postalMode === 'prefix' ? '.postalPrefix' : '.postalFrom')); }}>
        <option value="any" ?selected=${mode === 'any'}>any</option>
        <option value="prefix" ?selected=${mode === 'prefix'}>starting with</option>
        <option value="range" ?selected=${mode === 'range'}>from … to</option>
      </select>
    </span>
    ${mode === 'prefix' ? text('postalPrefix', 'Postal prefix', 'short', null, { placeholder: '75' }) : nothing}
    ${mode === 'range' ? html`${text('postalFrom', 'From', 'short', null, { placeholder: '90000' })}${text('postalTo', 'To', 'short', null, { placeholder: '96199' })}` : nothing}
    ${c.territories.length > 1 ? html`<button type="button" class="link" @click=${() => { c.territories.splice(i, 1); host.changed(); }}>Remove territory ${n}</button>` : nothing}
    ${['country', 'region', 'postalPrefix', 'postalFrom', 'postalTo'].map((what) => fieldError(e, at + '.' + what))}${fieldError(e, at)}
  </li>`;
}

/**
 * Beside a COUNTRY condition's list: a searchable picker of the ISO countries (by code or English name) that adds the
 * code chosen to the list, and the names of the countries listed, so a typo shows before the save.
 */
function addCountry(host, c, path) {
  const id = idFor(path + '.values') + '-add';
  const add = (ev) => {
    const found = country(ev.target.value);
    if (!found) return;
    if (!c.values.includes(found[0])) c.values = [...c.values, found[0]];
    ev.target.value = '';
    host.changed();
  };
  const names = c.values.map((v) => country(v)?.[1] ?? `${v} (not a country code)`).join(', ');
  return html`<span class="add-country">
      <label for=${id}>Add a country</label>
      <input id=${id} class="value" list="countries" autocomplete="off" placeholder="code or name" aria-describedby=${id + '-names'}
        @change=${add} @keydown=${(ev) => { if (ev.key === 'Enter') { ev.preventDefault(); add(ev); } }}>
    </span>
    <span class="hint" id=${id + '-names'}>${names}</span>`;
}

/** Moves focus to the input of a path once the host has rendered (a new territory, a postal mode's first input). */
function focusLater(host, path) {
  Promise.resolve(host.updateComplete).then(() => document.getElementById(idFor(path))?.focus());
}

/** The condition's first picker: a lead field, or a territory; choosing turns the condition into that kind in place. */
function kindPicker(host, c, path, fieldPath = path) {
  const e = host.errors;
  return html`<label class="visually-hidden" for=${idFor(fieldPath + '.field')}>Field</label>
    <select id=${idFor(fieldPath + '.field')} @change=${(ev) => setField(host, c, ev.target.value, path)} aria-invalid=${invalid(e, fieldPath + '.field')}>
      ${FIELDS.map((f) => html`<option value=${f} ?selected=${c.kind === 'field' && c.field === f}>${FIELD_LABELS[f] ?? words(f)}</option>`)}
      <option value=${TERRITORY} ?selected=${c.kind === 'territory'}>Territory</option>
    </select>`;
}

function setField(host, c, field, path) {
  if (field === TERRITORY) {
    // A country condition's countries become one territory each.
    const given = c.kind === 'field' && c.field === 'COUNTRY' && c.values.length ? c.values : [''];
    Object.assign(c, { kind: 'territory', territories: given.map((v) => newTerritory(v)) });
    host.changed();
    focusLater(host, `${path}.territories[0].country`);
    return;
  }
  if (c.kind !== 'field') Object.assign(c, { kind: 'field', attribute: '', operator: 'IN', values: [] });
  c.field = field;
  if (!operatorsFor(field).includes(c.operator)) {
    c.operator = operatorsFor(field)[0];
    c.values = [];
  }
  host.changed();
}
