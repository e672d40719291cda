import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import Sortable from 'sortablejs';
import { gql, gqlLists } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, splitStale, staleAlert, status } from '../ui.js';
import { CONDITION_NODE, conditionTree, conditionInput, countriesList, emptyGroup, key, renderGroup } from '../conditions.js';
import { ACTIONS, DEFAULT_MATCH_DAYS, PASSED_OVER, QUALIFICATION, QUEUE_MODES, ROUTER, routerVersion } from '../router-version.js';

const OWNER_ACTIONS = ['ROUTE_TO_ACCOUNT_OWNER', 'ROUTE_TO_LEAD_OWNER'];

function actionFrom(a) {
  if (!a) return newAction();
  return { type: a.type, poolId: a.pool?.id ?? '', repId: a.rep?.id ?? '', reason: a.reason ?? '', queueMode: a.queueMode ?? 'SHARK_TANK',
    whenPassedOver: a.whenPassedOver ?? 'UNASSIGNED', matchByPhone: !!a.matchByPhone, matchWithinDays: String(a.matchWithinDays ?? DEFAULT_MATCH_DAYS),
    fallback: a.fallback ? actionFrom(a.fallback) : null };
}

function newAction(type = 'ROUTE_TO_POOL') {
  return { type, poolId: '', repId: '', reason: '', queueMode: 'SHARK_TANK', whenPassedOver: 'UNASSIGNED',
    matchByPhone: false, matchWithinDays: String(DEFAULT_MATCH_DAYS), fallback: null };
}

const blank = (v) => (v === '' || v === undefined ? null : v);
const whole = (v) => (String(v ?? '').trim() === '' ? null : Number(String(v).trim()));

/** The action as ActionInput; fallThrough says whether it may send a passed-over lead on (a rule's own action only). */
function actionInput(a, fallThrough = false) {
  const input = { type: a.type };
  if (['ROUTE_TO_POOL', 'SEND_TO_QUEUE', 'ESCALATE'].includes(a.type)) input.poolId = blank(a.poolId);
  if (['ROUTE_TO_REP', 'ESCALATE'].includes(a.type)) input.repId = blank(a.repId);
  if (a.type === 'ESCALATE' && input.poolId && input.repId) input.repId = null;
  if (['DISQUALIFY', 'ESCALATE'].includes(a.type)) input.reason = blank(a.reason);
  if (a.type === 'SEND_TO_QUEUE') input.queueMode = a.queueMode;
  if (a.type === 'ROUTE_TO_POOL' && fallThrough) input.whenPassedOver = a.whenPassedOver || 'UNASSIGNED';
  if (a.type === 'ROUTE_TO_LEAD_OWNER') {
    input.matchByPhone = !!a.matchByPhone;
    input.matchWithinDays = whole(a.matchWithinDays);
  }
  if (OWNER_ACTIONS.includes(a.type)) input.fallback = actionInput(a.fallback ?? newAction());
  return input;
}

/** A router's own qualification in the editor: the lists as text, one item a line, scoring rules with their trees. */
function qualificationFrom(q) {
  return {
    rejectFreeMail: !!q?.rejectFreeMail,
    freeMailDomains: q?.freeMailDomains ?? null,
    competitorDomains: (q?.competitorDomains ?? []).join('\n'),
    titleKeywords: (q?.titleKeywords ?? []).join('\n'),
    hotAt: q?.hotAt ?? '', warmAt: q?.warmAt ?? '',
    scoringRules: (q?.scoringRules ?? []).map((r) => ({ key: key(), name: r.name, points: String(r.points), condition: conditionTree(r.conditionNodes) })),
  };
}

const lines = (text) => String(text ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');

function qualificationInput(q) {
  return {
    rejectFreeMail: q.rejectFreeMail,
    freeMailDomains: q.freeMailDomains,
    competitorDomains: lines(q.competitorDomains),
    titleKeywords: lines(q.titleKeywords),
    hotAt: whole(q.hotAt),
    warmAt: whole(q.warmAt),
    scoringRules: q.scoringRules.map((r) => ({ name: r.name, points: whole(r.points), when: conditionInput(r.condition) })),
  };
}

/** Errors at a path or below it (a list's items: competitorDomains[2]), shown together under the list's input. */
function errorsUnder(errors, path) {
  return (errors ?? []).filter((x) => x.field && (x.field === path || x.field.startsWith(path + '[') || x.field.startsWith(path + '.')));
}

class Routers extends Page {
  static properties = { routers: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    gqlLists('{ routers(first: 100) { nodes { id name version liveVersion rules { name } } } forms(first: 100) { nodes { id name router { id } } } }')
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
    errors: { state: true }, error: { state: true }, saved: { state: true }, showing: { state: true }, stale: { state: true },
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
      const data = await gqlLists(`query($id: ID!, $known: Boolean!) { pools(first: 100) { nodes { id name } } reps(first: 100) { nodes { id name } }
        qualification { ${QUALIFICATION} }
        router(id: $id) @include(if: $known) { ${ROUTER} } }`, { id: this.routerId ?? '', known: !!this.routerId });
      // An older version is its own object (RouterVersion), read by its id.
      if (data.router && version !== null && version !== data.router.version) data.router = await routerVersion(this.routerId, version, this.versions);
      this.pools = data.pools;
      this.reps = data.reps;
      this.workspaceQualification = data.qualification;
      if (this.routerId && !data.router) {
        this.router = null;
        return;
      }
      const r = data.router;
      this.router = r ? {
        name: r.name, version: r.version, liveVersion: r.liveVersion,
        rules: r.rules.map((rule) => ({ key: key(), name: rule.name, condition: conditionTree(rule.conditionNodes), action: actionFrom(rule.action) })),
        fallback: actionFrom(r.fallback),
        ownQualification: !!r.qualification, qualification: qualificationFrom(r.qualification ?? data.qualification),
      } : { name: '', rules: [], fallback: newAction('ROUTE_TO_POOL'), ownQualification: false, qualification: qualificationFrom(data.qualification) };
      this.showing = r?.version ?? null;
      this.stale = null;
      // The newest version known when the editor loaded: every save names it (expectedVersion), so a save made while
      // another admin saved a version is refused (STALE) instead of shadowing theirs.
      if (r && version === null) this.latest = r.version;
      if (r) await this.loadVersions(this.latest ?? r.version);
    } catch (e) {
      this.error = e.message;
    }
  }

  /** The newest 20 versions up to the one the editor loaded, newest first, each with its rules' names. */
  async loadVersions(newest) {
    const data = await gql('query($id: ID!) { router(id: $id) { versions { id version rules { name } } } }', { id: this.routerId });
    this.versions = (data.router?.versions ?? []).filter((v) => v.version <= newest).slice(0, 20);
  }

  /** Drops the edits for the newest version as stored now (after a STALE save: another admin's). */
  reload() {
    this.latest = null;
    this.errors = [];
    this.saved = '';
    this.load().then(() => this.updateComplete).then(() => this.querySelector('h1')?.focus());
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
      ${staleAlert('router', this.stale, () => this.reload())}
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
          ${this.renderAction(r.fallback, 'fallback', { exclude: [] })}
        </section>
        ${this.renderQualification(r)}
        <p class="actions">
          <button type="submit" class="primary">${this.routerId ? 'Save as new draft' : 'Create draft'}</button>
          ${this.routerId && this.showing !== r.liveVersion ? html`<button type="button" @click=${() => this.publish(this.showing)}>Publish version ${this.showing}</button>` : nothing}
          ${this.routerId ? html`<a href=${`#/test?router=${encodeURIComponent(this.routerId)}&version=${this.showing}`}>Test a lead with version ${this.showing}</a>` : nothing}
        </p>
        ${status(this.saved)}
      </form>
      ${countriesList()}
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
      <div class="when"><span class="label">When</span>${renderGroup(this, rule.condition, path + '.when', 1)}</div>
      <div class="then"><span class="label">Then</span>${this.renderAction(rule.action, path + '.action', { exclude: [], fallThrough: true })}</div>
    </li>`;
  }

  /**
   * One action's pickers. exclude: the action types not offered here (an owner's fallback routes somewhere else);
   * fallThrough: a rule's own action, whose pool may send a lead it passes over on to the next rules.
   */
  renderAction(a, path, { exclude = [], fallThrough = false } = {}) {
    const e = this.errors;
    const select = (what, label, options, value, onChange, placeholder = true) => html`<div class="field">
        <label for=${idFor(path + '.' + what)}>${label}</label>
        <select id=${idFor(path + '.' + what)} @change=${(ev) => { onChange(ev.target.value); this.changed(); }}
          aria-invalid=${invalid(e, path + '.' + what)} aria-describedby=${describedBy(e, path + '.' + what) ?? ''}>
          ${placeholder ? html`<option value="" ?selected=${!value}>Choose…</option>` : nothing}
          ${options.map(([id, name]) => html`<option value=${id} ?selected=${value === id}>${name}</option>`)}
        </select>${fieldError(e, path + '.' + what)}</div>`;
    const pools = this.pools.map((p) => [p.id, p.name]);
    const reps = this.reps.map((r) => [r.id, r.name]);
    // An account owner's fallback routes elsewhere; a lead owner's may still be an account owner.
    const fallbackExcludes = (type) => (type === 'ROUTE_TO_ACCOUNT_OWNER' ? OWNER_ACTIONS : [...new Set([...exclude, 'ROUTE_TO_LEAD_OWNER'])]);
    const setType = (type) => {
      a.type = type;
      if (OWNER_ACTIONS.includes(type) && (!a.fallback || fallbackExcludes(type).includes(a.fallback.type))) a.fallback = newAction();
    };
    const fallbackExclude = fallbackExcludes(a.type);
    return html`<div class="action">
      ${select('type', 'Action', Object.entries(ACTIONS).filter(([t]) => !exclude.includes(t)), a.type, setType, false)}
      ${['ROUTE_TO_POOL', 'SEND_TO_QUEUE', 'ESCALATE'].includes(a.type) ? select('poolId', 'Pool', pools, a.poolId, (v) => { a.poolId = v; }) : nothing}
      ${['ROUTE_TO_REP', 'ESCALATE'].includes(a.type) ? select('repId', 'Rep', reps, a.repId, (v) => { a.repId = v; }) : nothing}
      ${a.type === 'SEND_TO_QUEUE' ? select('queueMode', 'Queue', Object.entries(QUEUE_MODES), a.queueMode, (v) => { a.queueMode = v; }) : nothing}
      ${a.type === 'ROUTE_TO_POOL' && fallThrough ? select('whenPassedOver', 'When the pool passes every member over (and has no overflow)',
        Object.entries(PASSED_OVER), a.whenPassedOver, (v) => { a.whenPassedOver = v; }, false) : nothing}
      ${['DISQUALIFY', 'ESCALATE'].includes(a.type) ? html`<div class="field">
        <label for=${idFor(path + '.reason')}>Reason</label>
        <input id=${idFor(path + '.reason')} .value=${a.reason} @input=${(ev) => { a.reason = ev.target.value; }}
          aria-invalid=${invalid(e, path + '.reason')} aria-describedby=${describedBy(e, path + '.reason') ?? ''}>
        ${fieldError(e, path + '.reason')}</div>` : nothing}
      ${a.type === 'ROUTE_TO_LEAD_OWNER' ? html`<div class="field">
          <label for=${idFor(path + '.matchWithinDays')}>Earlier leads from the last <span class="hint">(days, 1 to 3650)</span></label>
          <input id=${idFor(path + '.matchWithinDays')} class="short" inputmode="numeric" .value=${a.matchWithinDays}
            @input=${(ev) => { a.matchWithinDays = ev.target.value; }}
            aria-invalid=${invalid(e, path + '.matchWithinDays')} aria-describedby=${describedBy(e, path + '.matchWithinDays') ?? ''}>
          ${fieldError(e, path + '.matchWithinDays')}</div>
        <div class="field check">
          <input type="checkbox" id=${idFor(path + '.matchByPhone')} .checked=${a.matchByPhone} @change=${(ev) => { a.matchByPhone = ev.target.checked; }}
            aria-invalid=${invalid(e, path + '.matchByPhone')} aria-describedby=${describedBy(e, path + '.matchByPhone') ?? ''}>
          <label for=${idFor(path + '.matchByPhone')}>Match the same phone number too, not only the same email</label>
          ${fieldError(e, path + '.matchByPhone')}</div>` : nothing}
      ${OWNER_ACTIONS.includes(a.type) ? html`<div class="nested"><span class="label">${a.type === 'ROUTE_TO_LEAD_OWNER'
        ? 'No earlier lead with an owner, or the owner cannot take it:' : 'No account or owner away:'}</span>
        ${this.renderAction(a.fallback, path + '.fallback', { exclude: fallbackExclude })}</div>` : nothing}
      ${fieldError(e, path)}${fieldError(e, path + '.fallback')}
    </div>`;
  }

  renderQualification(r) {
    const e = this.errors;
    const q = r.qualification;
    const list = (name, label, hint) => {
      const path = 'qualification.' + name;
      const found = errorsUnder(e, path);
      return html`<div class="field">
        <label for=${idFor(path)}>${label} <span class="hint">${hint}</span></label>
        <textarea id=${idFor(path)} rows="4" .value=${q[name]} @input=${(ev) => { q[name] = ev.target.value; }}
          aria-invalid=${found.length ? 'true' : 'false'} aria-describedby=${found.length ? idFor(path) + '-error' : ''}></textarea>
        ${found.length ? html`<p class="field-error" id=${idFor(path) + '-error'}>${found.map((x) => x.message).join('; ')}</p>` : nothing}</div>`;
    };
    const number = (name, label) => {
      const path = 'qualification.' + name;
      return html`<div class="field"><label for=${idFor(path)}>${label}</label>
        <input id=${idFor(path)} class="short" inputmode="numeric" .value=${String(q[name] ?? '')} @input=${(ev) => { q[name] = ev.target.value; }}
          aria-invalid=${invalid(e, path)} aria-describedby=${describedBy(e, path) ?? ''}>${fieldError(e, path)}</div>`;
    };
    const choose = (own) => { r.ownQualification = own; this.changed(); };
    return html`<section class="router-qualification" aria-labelledby="qualification-h">
      <h2 id="qualification-h">Qualification <span class="hint">(screening and scoring before the rules)</span></h2>
      ${fieldError(e, 'qualification')}
      <div class="field check"><input type="radio" name="own-qualification" id="qualification-workspace" .checked=${!r.ownQualification} @change=${() => choose(false)}>
        <label for="qualification-workspace">The workspace's qualification</label>
        <span class="hint">(edited in <a href="#/settings/qualification">Settings › Qualification</a>)</span></div>
      <div class="field check"><input type="radio" name="own-qualification" id="qualification-own" .checked=${r.ownQualification} @change=${() => choose(true)}>
        <label for="qualification-own">This router's own, kept with each version <span class="hint">(starts as a copy of the workspace's)</span></label></div>
      ${r.ownQualification ? html`<div class="own-qualification">
        <div class="field check"><input type="checkbox" id=${idFor('qualification.rejectFreeMail')} .checked=${q.rejectFreeMail}
            @change=${(ev) => { q.rejectFreeMail = ev.target.checked; }}>
          <label for=${idFor('qualification.rejectFreeMail')}>Disqualify leads with a free-mail address (gmail.com, outlook.com …)</label></div>
        <div class="split">
          ${list('competitorDomains', 'Competitor domains', '(one a line; their leads are disqualified)')}
          ${list('titleKeywords', 'Title keywords', '(one a line; a job title containing one disqualifies)')}
        </div>
        <h3>Scoring rules <span class="hint">(each that holds adds its points, −1000 to 1000)</span></h3>
        ${fieldError(e, 'qualification.scoringRules')}
        ${q.scoringRules.length === 0 ? html`<p class="empty">No scoring rules: every lead keeps the score it was submitted with.</p>` : nothing}
        <ol class="scoring">${repeat(q.scoringRules, (s) => s.key, (s, i) => {
          const p = `qualification.scoringRules[${i}]`;
          return html`<li class="scoring-rule">
            <div class="inline">
              <div class="field"><label for=${idFor(p + '.name')}>Scoring rule ${i + 1} name</label>
                <input id=${idFor(p + '.name')} .value=${s.name} @input=${(ev) => { s.name = ev.target.value; }}
                  aria-invalid=${invalid(e, p + '.name')} aria-describedby=${describedBy(e, p + '.name') ?? ''}>${fieldError(e, p + '.name')}</div>
              <div class="field"><label for=${idFor(p + '.points')}>Points</label>
                <input id=${idFor(p + '.points')} class="short" inputmode="numeric" .value=${s.points} @input=${(ev) => { s.points = ev.target.value; }}
                  aria-invalid=${invalid(e, p + '.points')} aria-describedby=${describedBy(e, p + '.points') ?? ''}>${fieldError(e, p + '.points')}</div>
              <button type="button" class="link" @click=${() => { q.scoringRules.splice(i, 1); this.changed(); }}>Remove scoring rule ${i + 1}</button>
            </div>
            ${fieldError(e, p)}
            ${renderGroup(this, s.condition, p + '.when', 1)}
          </li>`;
        })}</ol>
        <button type="button" @click=${() => { q.scoringRules.push({ key: key(), name: '', points: '10', condition: emptyGroup() }); this.changed(); }}>Add a scoring rule</button>
        <div class="inline">
          ${number('hotAt', 'Hot from (qualified score)')}
          ${number('warmAt', 'Warm from')}
        </div>
        <p class="hint">Leave both tiers blank for none. Free-mail domains: ${q.freeMailDomains ? `the ${q.freeMailDomains.length} of the workspace's list` : 'the shipped list'}.</p>
      </div>` : nothing}
    </section>`;
  }

  addRule() {
    const n = this.router.rules.length + 1;
    this.router.rules.push({ key: key(), name: `Rule ${n}`, condition: emptyGroup(), action: newAction() });
    this.changed();
    this.updateComplete.then(() => this.querySelector(`#${idFor(`rules[${n - 1}].name`)}`)?.focus());
  }

  input() {
    const r = this.router;
    return {
      name: r.name,
      rules: r.rules.map((rule) => ({ name: rule.name, when: conditionInput(rule.condition), action: actionInput(rule.action, true) })),
      fallback: actionInput(r.fallback),
      qualification: r.ownQualification ? qualificationInput(r.qualification) : null,
    };
  }

  async save(event) {
    event.preventDefault();
    this.saved = '';
    this.error = null;
    this.stale = null;
    const selection = 'router { id version liveVersion } errors { code field message }';
    try {
      let payload;
      if (this.routerId) {
        payload = (await gql(`mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { ${selection} } }`,
          { input: { routerId: this.routerId, expectedVersion: this.latest, router: this.input() } })).reviseRouter;
      } else {
        payload = (await gql(`mutation($input: CreateRouterInput!) { createRouter(input: $input) { ${selection} } }`, { input: this.input() })).createRouter;
      }
      // STALE: another admin saved a version since this one was loaded; nothing is saved, the edits stay until a reload.
      const { stale, rest } = splitStale(payload.errors);
      this.stale = stale;
      this.errors = rest;
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
