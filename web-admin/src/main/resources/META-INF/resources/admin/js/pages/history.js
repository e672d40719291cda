import { html, nothing } from 'lit';
import { gql } from '../api.js';
import { Page, problem, words } from '../ui.js';

const ACTION = 'type pool { name } rep { name } reason queueMode whenPassedOver';
const VERSION = `version rules { name
    conditionNodes { path join field attribute operator values territories { country region postalPrefix postalFrom postalTo } }
    action { ${ACTION} fallback { ${ACTION} } } }
  fallback { ${ACTION} fallback { ${ACTION} } }`;

/** The newest 20 versions of a router, whole, newest first (Router.versions): enough to diff any two in the browser. */
export async function routerVersions(routerId) {
  const data = await gql(`query($id: ID!) { router(id: $id) { name version liveVersion versions { id ${VERSION} } } }`, { id: routerId });
  if (!data.router) return null;
  const r = data.router;
  return { name: r.name, liveVersion: r.liveVersion, newest: r.version, versions: r.versions.slice(0, 20) };
}

function territory(t) {
  return [t.country, t.region, t.postalPrefix && `postal ${t.postalPrefix}*`, t.postalFrom && `postal ${t.postalFrom}–${t.postalTo}`]
    .filter(Boolean).join(' ');
}

/** A rule's condition as indented lines, one per node, in the order the API lists them. */
export function conditionLines(nodes) {
  if (!nodes?.length) return ['every lead'];
  return nodes.map((n) => {
    const depth = n.path === '' ? 0 : n.path.split('.').length;
    const pad = '  '.repeat(depth);
    if (n.join) return `${pad}${n.join === 'ALL' ? 'all of' : 'any of'}:`;
    if (n.territories) return `${pad}territory in ${n.territories.map(territory).join('; ')}`;
    const field = n.field === 'ATTRIBUTE' ? `attribute ${n.attribute}` : words(n.field).toLowerCase();
    return `${pad}${field} ${words(n.operator).toLowerCase()} ${(n.values ?? []).join(', ')}`.trimEnd();
  });
}

export function actionText(a) {
  if (!a) return '';
  const target = a.pool?.name ?? a.rep?.name;
  const parts = [words(a.type) + (target ? ` → ${target}` : '')];
  if (a.queueMode) parts.push(`mode ${words(a.queueMode).toLowerCase()}`);
  if (a.reason) parts.push(`reason "${a.reason}"`);
  if (a.whenPassedOver && a.whenPassedOver !== 'UNASSIGNED') parts.push(`when passed over: ${words(a.whenPassedOver).toLowerCase()}`);
  if (a.fallback) parts.push(`else ${actionText(a.fallback)}`);
  return parts.join(', ');
}

function ruleText(rule) {
  return `When\n${conditionLines(rule.conditionNodes).map((l) => '  ' + l).join('\n')}\nThen ${actionText(rule.action)}`;
}

/** What changed from version a to version b: rules by name (added, removed, changed, moved) and the fallback. */
export function diff(a, b) {
  const before = new Map(a.rules.map((r, i) => [r.name, { rule: r, at: i }]));
  const after = new Map(b.rules.map((r, i) => [r.name, { rule: r, at: i }]));
  const rows = [];
  for (const [name, { rule, at }] of after) {
    const old = before.get(name);
    if (!old) rows.push({ name, kind: 'added', after: rule, at });
    else {
      const changed = JSON.stringify(old.rule) !== JSON.stringify(rule);
      const moved = old.at !== at;
      rows.push({ name, kind: changed ? 'changed' : moved ? 'moved' : 'same', before: old.rule, after: rule, at, was: old.at });
    }
  }
  for (const [name, { rule, at }] of before) {
    if (!after.has(name)) rows.push({ name, kind: 'removed', before: rule, was: at });
  }
  const fallbackChanged = JSON.stringify(a.fallback) !== JSON.stringify(b.fallback);
  return { rows, fallbackChanged };
}

class RouterHistory extends Page {
  static properties = { routerId: {}, data: { state: true }, a: { state: true }, b: { state: true }, error: { state: true } };

  willUpdate(changed) {
    if (changed.has('routerId')) this.load();
  }

  async load() {
    try {
      this.data = await routerVersions(this.routerId);
      if (!this.data) return;
      const q = new URLSearchParams(location.hash.split('?')[1] ?? '');
      const newest = this.data.newest;
      this.b = Number(q.get('to')) || newest;
      this.a = Number(q.get('from')) || (this.data.liveVersion && this.data.liveVersion !== newest ? this.data.liveVersion : Math.max(1, newest - 1));
    } catch (e) {
      this.error = e.message;
    }
  }

  version(v) {
    return this.data.versions.find((x) => x.version === v);
  }

  render() {
    if (this.error) return html`<h1 tabindex="-1">Version history</h1>${problem(this.error)}`;
    if (this.data === undefined) return html`<p>Loading…</p>`;
    if (this.data === null) return html`<h1 tabindex="-1">No such router</h1><p><a href="#/routers">Back to the routers</a></p>`;
    const d = this.data;
    const link = '#/routers/' + encodeURIComponent(this.routerId);
    const pick = (id, label, value, set) => html`<div class="field"><label for=${id}>${label}</label>
      <select id=${id} @change=${(e) => set(Number(e.target.value))}>${d.versions.map((v) => html`<option value=${v.version} ?selected=${v.version === value}>
        Version ${v.version}${v.version === d.liveVersion ? ' (live)' : ''}</option>`)}</select></div>`;
    return html`<p class="crumbs"><a href="#/routers">Routers</a> / <a href=${link}>${d.name}</a> /</p>
      <h1 tabindex="-1">Version history of ${d.name}</h1>
      <table><caption class="visually-hidden">Versions, newest first</caption>
        <thead><tr><th scope="col">Version</th><th scope="col">Rules</th><th scope="col">State</th></tr></thead>
        <tbody>${d.versions.map((v) => html`<tr><td>${v.version}</td><td>${v.rules.length}</td>
          <td>${v.version === d.liveVersion ? html`<span class="badge on">Live</span>` : html`<span class="badge draft">Draft</span>`}</td></tr>`)}</tbody></table>
      ${d.versions.length < 2 ? html`<p class="empty">Only one version so far: save an edit in the <a href=${link}>editor</a> to have two to compare.</p>` : html`
      <h2>Compare two versions</h2>
      <div class="row">
        ${pick('diff-from', 'From', this.a, (v) => { this.a = v; })}
        ${pick('diff-to', 'To', this.b, (v) => { this.b = v; })}
      </div>
      ${this.renderDiff()}`}`;
  }

  renderDiff() {
    const a = this.version(this.a);
    const b = this.version(this.b);
    if (!a || !b) return nothing;
    if (a === b) return html`<p class="empty">Pick two different versions to see what changed.</p>`;
    const { rows, fallbackChanged } = diff(a, b);
    const changes = rows.filter((r) => r.kind !== 'same');
    const badge = (kind) => html`<span class=${'badge ' + kind}>${words(kind)}</span>`;
    return html`<p role="status">From version ${a.version} to ${b.version}:
        ${['added', 'removed', 'changed', 'moved'].map((k) => `${rows.filter((r) => r.kind === k).length} ${k}`).join(', ')};
        fallback ${fallbackChanged ? 'changed' : 'unchanged'}.</p>
      ${changes.length === 0 && !fallbackChanged ? html`<p class="empty">The two versions route alike: same rules in the same order, same fallback.</p>` : nothing}
      <ul class="plain diff-list">${changes.map((r) => html`<li class=${r.kind === 'changed' ? 'changed-rule' : ''}>
        <h3>${badge(r.kind)} Rule "${r.name}" ${(r.kind === "moved" || r.kind === "changed") && r.was !== r.at ? html`<span class="hint">(position ${r.was + 1} → ${r.at + 1})</span>` : nothing}</h3>
        <div class="diff">
          <div><p class="label">Version ${a.version}</p>${r.before ? html`<pre>${ruleText(r.before)}</pre>` : html`<p class="muted">Not in this version</p>`}</div>
          <div><p class="label">Version ${b.version}</p>${r.after ? html`<pre>${ruleText(r.after)}</pre>` : html`<p class="muted">Not in this version</p>`}</div>
        </div></li>`)}
        ${fallbackChanged ? html`<li class="changed-rule"><h3>${badge('changed')} Fallback</h3><div class="diff">
          <div><p class="label">Version ${a.version}</p><pre>${actionText(a.fallback)}</pre></div>
          <div><p class="label">Version ${b.version}</p><pre>${actionText(b.fallback)}</pre></div></div></li>` : nothing}
      </ul>`;
  }
}
customElements.define('sb-router-history', RouterHistory);
