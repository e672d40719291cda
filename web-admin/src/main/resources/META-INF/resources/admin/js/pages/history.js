import { html, nothing } from 'lit';
import { gql } from '../api.js';
import { Page, problem, words } from '../ui.js';
import { ACTIONS, DEFAULT_MATCH_DAYS, PASSED_OVER, QUEUE_MODES, routerVersion } from '../router-version.js';

/** The newest 20 versions of a router, newest first (Router.versions), each with its rules' names; the diff loads the
 * two it compares whole. */
export async function routerVersions(routerId) {
  const data = await gql('query($id: ID!) { router(id: $id) { name version liveVersion versions { id version rules { name } } } }', { id: routerId });
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
  // A group with nothing in it (the editor's empty rule) holds for every lead.
  if (!nodes?.length || (nodes.length === 1 && nodes[0].join)) return ['every lead'];
  return nodes.map((n) => {
    const depth = n.path === '' ? 0 : n.path.split('.').length;
    const pad = '  '.repeat(depth);
    if (n.join) return `${pad}${n.join === 'ALL' ? 'all of' : 'any of'}:`;
    if (n.territories) return `${pad}territory in ${n.territories.map(territory).join('; ')}`;
    const field = n.field === 'ATTRIBUTE' ? `attribute ${n.attribute}` : words(n.field).toLowerCase();
    return `${pad}${field} ${words(n.operator).toLowerCase()} ${(n.values ?? []).join(', ')}`.trimEnd();
  });
}

/**
 * One thing the rules editor sets, in words: its label as the editor names it, its value, and for a list its items
 * (so a change says what was added and removed). Two versions differ exactly where their facts differ.
 */
const fact = (label, text, items = null) => ({ label, text: String(text), items });

/** An action's facts under label ("Then", "Fallback"); fallThrough: a rule's own action, whose pool may pass a lead on. */
export function actionFacts(a, label, fallThrough = false) {
  if (!a) return [];
  const target = a.pool?.name ?? a.rep?.name;
  const facts = [fact(label, (ACTIONS[a.type] ?? words(a.type)) + (target ? `: ${target}` : ''))];
  if (a.type === 'ROUTE_TO_POOL' && fallThrough) {
    facts.push(fact(`${label}, when the pool passes every member over`, PASSED_OVER[a.whenPassedOver ?? 'UNASSIGNED'] ?? words(a.whenPassedOver)));
  }
  if (a.type === 'SEND_TO_QUEUE') facts.push(fact(`${label}, queue`, QUEUE_MODES[a.queueMode] ?? words(a.queueMode)));
  if (['DISQUALIFY', 'ESCALATE'].includes(a.type)) facts.push(fact(`${label}, reason`, a.reason ? `"${a.reason}"` : 'none'));
  if (a.type === 'ROUTE_TO_LEAD_OWNER') {
    facts.push(fact(`${label}, earlier leads from the last`, `${a.matchWithinDays ?? DEFAULT_MATCH_DAYS} days`));
    facts.push(fact(`${label}, earlier leads matched by`, a.matchByPhone ? 'the same email or the same phone number' : 'the same email only'));
  }
  if (a.fallback) {
    const why = a.type === 'ROUTE_TO_LEAD_OWNER' ? 'with no earlier lead\'s owner to take it' : 'with no account owner to take it';
    facts.push(...actionFacts(a.fallback, `${label}, ${why}`));
  }
  return facts;
}

function ruleFacts(rule) {
  return [fact('When', conditionLines(rule.conditionNodes).join('\n')), ...actionFacts(rule.action, 'Then', true)];
}

/** A router version's qualification in facts: the workspace's (one fact), or its own setting by setting. */
export function qualificationFacts(q) {
  if (!q) return [fact('Qualification', 'the workspace\'s (Settings › Qualification)')];
  const list = (items) => (items.length ? items.join(', ') : 'none');
  const seen = new Set();
  const scoring = q.scoringRules.map((r) => {
    let label = `Scoring rule "${r.name}"`;
    for (let n = 2; seen.has(label); n++) label = `Scoring rule "${r.name}" (${n})`;
    seen.add(label);
    const when = conditionLines(r.conditionNodes).map((l) => l.trim()).join(' ');
    return fact(label, `${r.points > 0 ? '+' : ''}${r.points} points when ${when}`);
  });
  return [
    fact('Qualification', 'this router\'s own'),
    fact('Disqualify free-mail addresses', q.rejectFreeMail ? 'yes' : 'no'),
    fact('Free-mail domains', `${q.freeMailDomains.length} domains`, q.freeMailDomains),
    fact('Competitor domains', list(q.competitorDomains), q.competitorDomains),
    fact('Title keywords', list(q.titleKeywords), q.titleKeywords),
    ...scoring,
    fact('Hot from score', q.hotAt ?? 'no hot tier'),
    fact('Warm from score', q.warmAt ?? 'no warm tier'),
  ];
}

/** Each fact that differs between two lists of facts (matched by label): before and after, and a list's items added and removed. */
export function factChanges(before, after) {
  const was = new Map(before.map((f) => [f.label, f]));
  const now = new Map(after.map((f) => [f.label, f]));
  const changes = [];
  for (const f of after) {
    const old = was.get(f.label);
    if (!old) changes.push({ label: f.label, after: f.text });
    else if (old.text !== f.text || JSON.stringify(old.items) !== JSON.stringify(f.items)) {
      const change = { label: f.label, before: old.text, after: f.text };
      if (old.items && f.items) {
        change.added = f.items.filter((x) => !old.items.includes(x));
        change.removed = old.items.filter((x) => !f.items.includes(x));
      }
      changes.push(change);
    }
  }
  for (const f of before) if (!now.has(f.label)) changes.push({ label: f.label, before: f.text });
  return changes;
}

/** Facts as the lines of a version's side of the diff; a condition as its indented block. */
function factText(facts) {
  return facts.map((f) => (f.text.includes('\n') ? `${f.label}\n${f.text.split('\n').map((l) => '  ' + l).join('\n')}` : `${f.label}: ${f.text}`)).join('\n');
}

/**
 * What changed from version a to version b, each thing the rules editor sets: the router's name; its rules by name
 * (added, removed, changed or moved, with each changed setting); the fallback; the qualification.
 */
export function diff(a, b) {
  const before = new Map(a.rules.map((r, i) => [r.name, { rule: r, at: i }]));
  const after = new Map(b.rules.map((r, i) => [r.name, { rule: r, at: i }]));
  const rows = [];
  for (const [name, { rule, at }] of after) {
    const old = before.get(name);
    if (!old) rows.push({ name, kind: 'added', after: rule, at });
    else {
      const changes = factChanges(ruleFacts(old.rule), ruleFacts(rule));
      const moved = old.at !== at;
      rows.push({ name, kind: changes.length ? 'changed' : moved ? 'moved' : 'same', before: old.rule, after: rule, at, was: old.at, changes });
    }
  }
  for (const [name, { rule, at }] of before) {
    if (!after.has(name)) rows.push({ name, kind: 'removed', before: rule, was: at });
  }
  const name = factChanges([fact('Router name', a.name)], [fact('Router name', b.name)]);
  const fallback = factChanges(actionFacts(a.fallback, 'Fallback'), actionFacts(b.fallback, 'Fallback'));
  const qualification = factChanges(qualificationFacts(a.qualification), qualificationFacts(b.qualification));
  return { rows, name, fallback, qualification };
}

/** One changed setting in words. */
function changeLine(c) {
  if (c.before === undefined) return html`<li><strong>${c.label}</strong>: now ${c.after}</li>`;
  if (c.after === undefined) return html`<li><strong>${c.label}</strong>: no longer (was ${c.before})</li>`;
  if (c.added || c.removed) {
    const parts = [c.added.length && `added ${c.added.join(', ')}`, c.removed.length && `removed ${c.removed.join(', ')}`].filter(Boolean);
    if (parts.length) return html`<li><strong>${c.label}</strong>: ${parts.join('; ')}</li>`;
  }
  if (c.after.includes('\n') || c.before.includes('\n')) return html`<li><strong>${c.label}</strong>: the condition changed (side by side below)</li>`;
  return html`<li><strong>${c.label}</strong>: ${c.before} → ${c.after}</li>`;
}

function changeList(changes) {
  return changes?.length ? html`<ul class="changes">${changes.map(changeLine)}</ul>` : nothing;
}

class RouterHistory extends Page {
  static properties = {
    routerId: {}, data: { state: true }, a: { state: true }, b: { state: true }, pair: { state: true }, error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('routerId')) {
      this.whole = new Map();
      this.load();
    }
  }

  async load() {
    try {
      this.data = await routerVersions(this.routerId);
      if (!this.data) return;
      const q = new URLSearchParams(location.hash.split('?')[1] ?? '');
      const newest = this.data.newest;
      this.b = Number(q.get('to')) || newest;
      this.a = Number(q.get('from')) || (this.data.liveVersion && this.data.liveVersion !== newest ? this.data.liveVersion : Math.max(1, newest - 1));
      await this.compare();
    } catch (e) {
      this.error = e.message;
    }
  }

  /** Loads the two versions picked, whole (each once), and shows their diff. */
  async compare() {
    const [a, b] = [this.a, this.b];
    const whole = (v) => {
      if (!this.whole.has(v)) this.whole.set(v, routerVersion(this.routerId, v, this.data.versions));
      return this.whole.get(v);
    };
    try {
      const [va, vb] = await Promise.all([whole(a), whole(b)]);
      if (this.a === a && this.b === b) this.pair = { a: va, b: vb };
    } catch (e) {
      this.whole.delete(a);
      this.whole.delete(b);
      this.error = e.message;
    }
  }

  pick(which, version) {
    this[which] = version;
    this.compare();
  }

  render() {
    if (this.error) return html`<h1 tabindex="-1">Version history</h1>${problem(this.error)}`;
    if (this.data === undefined) return html`<p>Loading…</p>`;
    if (this.data === null) return html`<h1 tabindex="-1">No such router</h1><p><a href="#/routers">Back to the routers</a></p>`;
    const d = this.data;
    const link = '#/routers/' + encodeURIComponent(this.routerId);
    const pick = (id, label, value, which) => html`<div class="field"><label for=${id}>${label}</label>
      <select id=${id} @change=${(e) => this.pick(which, Number(e.target.value))}>${d.versions.map((v) => html`<option value=${v.version} ?selected=${v.version === value}>
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
        ${pick('diff-from', 'From', this.a, 'a')}
        ${pick('diff-to', 'To', this.b, 'b')}
      </div>
      ${this.renderDiff()}`}`;
  }

  renderDiff() {
    if (this.a === this.b) return html`<p class="empty">Pick two different versions to see what changed.</p>`;
    const { a, b } = this.pair ?? {};
    if (!a || !b || a.version !== this.a || b.version !== this.b) return html`<p>Loading…</p>`;
    const { rows, name, fallback, qualification } = diff(a, b);
    const changes = rows.filter((r) => r.kind !== 'same');
    const badge = (kind) => html`<span class=${'badge ' + kind}>${words(kind)}</span>`;
    const sides = (before, after) => html`<div class="diff">
      <div><p class="label">Version ${a.version}</p>${before === null ? html`<p class="muted">Not in this version</p>` : html`<pre>${before}</pre>`}</div>
      <div><p class="label">Version ${b.version}</p>${after === null ? html`<p class="muted">Not in this version</p>` : html`<pre>${after}</pre>`}</div>
    </div>`;
    const nothingChanged = changes.length === 0 && !name.length && !fallback.length && !qualification.length;
    return html`<p role="status">From version ${a.version} to ${b.version}:
        ${['added', 'removed', 'changed', 'moved'].map((k) => `${rows.filter((r) => r.kind === k).length} ${k}`).join(', ')};
        fallback ${fallback.length ? 'changed' : 'unchanged'}; qualification ${qualification.length ? 'changed' : 'unchanged'}${name.length ? '; renamed' : ''}.</p>
      ${nothingChanged ? html`<p class="empty">The two versions are the same: same name, rules in the same order, same fallback and qualification.</p>` : nothing}
      <ul class="plain diff-list">
        ${name.length ? html`<li class="changed-rule"><h3>${badge('changed')} Name</h3>${changeList(name)}</li>` : nothing}
        ${changes.map((r) => html`<li class=${r.kind === 'changed' ? 'changed-rule' : ''}>
          <h3>${badge(r.kind)} Rule "${r.name}" ${(r.kind === 'moved' || r.kind === 'changed') && r.was !== r.at ? html`<span class="hint">(position ${r.was + 1} → ${r.at + 1})</span>` : nothing}</h3>
          ${changeList(r.changes)}
          ${sides(r.before ? factText(ruleFacts(r.before)) : null, r.after ? factText(ruleFacts(r.after)) : null)}</li>`)}
        ${fallback.length ? html`<li class="changed-rule"><h3>${badge('changed')} Fallback</h3>${changeList(fallback)}
          ${sides(factText(actionFacts(a.fallback, 'Fallback')), factText(actionFacts(b.fallback, 'Fallback')))}</li>` : nothing}
        ${qualification.length ? html`<li class="changed-rule"><h3>${badge('changed')} Qualification</h3>${changeList(qualification)}
          ${sides(factText(qualificationFacts(a.qualification)), factText(qualificationFacts(b.qualification)))}</li>` : nothing}
      </ul>`;
  }
}
customElements.define('sb-router-history', RouterHistory);
