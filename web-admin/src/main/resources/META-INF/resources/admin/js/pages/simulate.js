import { html, nothing } from 'lit';
import { gql, gqlLists } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, words, orNull, intOrNull, when } from '../ui.js';

export const EXPLANATION = `outcome urgent strategy turn decidedAt rep { id name } pool { id name }
  explanation { routerVersion rule reason matchedLead { id name email submittedAt } misses { rule failed } qualification { score tier disqualified }
    candidates { rep { id name } weight today thisWeek chosen skipped }
    enrichment { field value source } }`;

const OUTCOMES = { ASSIGNED: 'Assigned', QUEUED: 'Waiting in a claim queue', DISQUALIFIED: 'Disqualified', UNASSIGNED: 'Unassigned' };

export function outcomeBadge(outcome) {
  return html`<span class=${'badge outcome-' + outcome.toLowerCase()}>${OUTCOMES[outcome] ?? words(outcome)}</span>`;
}

/** A routing decision as the API explains it. */
export function explanation(a) {
  const x = a.explanation;
  return html`<div class="explanation">
    <p class="decision">${outcomeBadge(a.outcome)} ${a.urgent ? html`<span class="badge urgent">Urgent</span>` : nothing}
      ${a.rep ? html`to <strong>${a.rep.name}</strong>` : nothing}${a.pool ? html` from pool <strong>${a.pool.name}</strong>` : nothing}</p>
    <p class="reason">${x.reason}</p>
    <dl class="facts">
      <dt>Decided by</dt><dd>${x.rule ? html`rule <strong>${x.rule}</strong>` : x.routerVersion ? 'the fallback (no rule held)' : 'the pool named by the lead'}
        ${x.routerVersion ? html` <span class="muted">(router version ${x.routerVersion})</span>` : nothing}</dd>
      <dt>Qualification</dt><dd>score ${x.qualification.score}${x.qualification.tier ? html`, tier <strong>${x.qualification.tier}</strong>` : nothing}
        ${x.qualification.disqualified ? html`; disqualified: ${x.qualification.disqualified}` : nothing}</dd>
      ${x.matchedLead ? html`<dt>Earlier lead matched</dt><dd><a href=${'#/leads/' + encodeURIComponent(x.matchedLead.id)}>${x.matchedLead.name}</a>
        (${x.matchedLead.email}, ${when(x.matchedLead.submittedAt)})</dd>` : nothing}
      ${a.strategy ? html`<dt>Strategy</dt><dd>${words(a.strategy)}</dd>` : nothing}
    </dl>
    ${x.misses.length ? html`<h3>Rules that did not hold</h3>
      <ul class="misses">${x.misses.map((m) => html`<li><strong>${m.rule}</strong>: ${m.failed}</li>`)}</ul>` : nothing}
    ${x.enrichment.length ? html`<h3>Filled in before routing</h3>
      <ul>${x.enrichment.map((f) => html`<li>${f.field} = ${f.value} <span class="muted">(from ${f.source})</span></li>`)}</ul>` : nothing}
    ${x.candidates.length ? html`<h3>Candidates</h3>
      <table class="candidates"><caption class="visually-hidden">Pool members considered, in order</caption>
        <thead><tr><th scope="col">Rep</th><th scope="col">Weight</th><th scope="col">Today</th><th scope="col">This week</th><th scope="col">Result</th></tr></thead>
        <tbody>${x.candidates.map((c) => html`<tr class=${c.chosen ? 'chosen' : ''}>
          <td>${c.rep?.name ?? html`<span class="muted">deleted rep</span>`}</td><td>${c.weight}</td><td>${c.today}</td><td>${c.thisWeek}</td>
          <td>${c.chosen ? html`<strong>Chosen</strong>` : html`Passed over: ${words(c.skipped ?? 'not reached')}`}</td></tr>`)}</tbody></table>` : nothing}
  </div>`;
}

const LEAD_FIELDS = [
  ['name', 'Name', true], ['email', 'Email', true], ['company', 'Company'], ['jobTitle', 'Job title'], ['country', 'Country'],
  ['region', 'Region'], ['postalCode', 'Postal code'], ['industry', 'Industry'], ['employees', 'Employees', false, 'int'],
  ['annualRevenue', 'Annual revenue', false, 'decimal'], ['dealValue', 'Deal value', false, 'decimal'], ['product', 'Product'],
  ['source', 'Source'], ['language', 'Language'], ['score', 'Score', false, 'int'], ['phone', 'Phone'],
];

class Simulate extends Page {
  static properties = {
    forms: { state: true }, routers: { state: true }, pools: { state: true }, result: { state: true },
    errors: { state: true }, formErrors: { state: true }, error: { state: true }, target: { state: true }, version: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
    this.wantedRouter = params.get('router');
    this.version = params.get('version') ?? '';
    this.load();
  }

  async load() {
    try {
      const data = await gqlLists('{ forms(first: 100) { nodes { id name router { id name version liveVersion } } } routers(first: 100) { nodes { id name version liveVersion } } pools(first: 100) { nodes { id name } } }');
      this.forms = data.forms;
      this.routers = data.routers;
      this.pools = data.pools;
      const form = this.forms.find((f) => f.router?.id === this.wantedRouter) ?? this.forms[0];
      this.target ??= form ? 'form:' + form.id : this.pools[0] ? 'pool:' + this.pools[0].id : '';
    } catch (e) {
      this.error = e.message;
    }
  }

  get chosenForm() {
    return this.target?.startsWith('form:') ? this.forms.find((f) => 'form:' + f.id === this.target) : null;
  }

  render() {
    if (this.forms === undefined) return html`<h1 tabindex="-1">Test a lead</h1>${problem(this.error)}<p>Loading…</p>`;
    const e = this.errors;
    const form = this.chosenForm;
    const versions = form?.router ? Array.from({ length: form.router.version }, (_, i) => form.router.version - i) : [];
    return html`<h1 tabindex="-1">Test a lead</h1>
      <p class="lede">See where a lead would go and why. Nothing is stored and no rotation turn is taken.</p>
      ${problem(this.error)}
      ${this.forms.length === 0 || (this.wantedRouter && !this.forms.some((f) => f.router?.id === this.wantedRouter)) ? this.renderNewForm() : nothing}
      <div class="split">
      <form @submit=${this.simulate} class="lead-form">
        ${errorSummary(e, 'The lead could not be tested')}
        <div class="row">
          <div class="field">
            <label for="target">Route through</label>
            <select id="target" @change=${(ev) => { this.target = ev.target.value; this.version = ''; }}>
              ${this.forms.length ? html`<optgroup label="A form and its router">${this.forms.map((f) => html`<option value=${'form:' + f.id} ?selected=${this.target === 'form:' + f.id}>${f.name} (${f.router?.name ?? 'no router'})</option>`)}</optgroup>` : nothing}
              ${this.pools.length ? html`<optgroup label="A pool directly">${this.pools.map((p) => html`<option value=${'pool:' + p.id} ?selected=${this.target === 'pool:' + p.id}>${p.name}</option>`)}</optgroup>` : nothing}
            </select>
          </div>
          ${form?.router ? html`<div class="field">
            <label for="version">Router version</label>
            <select id="version" @change=${(ev) => { this.version = ev.target.value; }}>
              <option value="" ?selected=${this.version === ''} ?disabled=${form.router.liveVersion == null}>The live one${form.router.liveVersion ? ` (${form.router.liveVersion})` : ' (none published)'}</option>
              ${versions.map((v) => html`<option value=${v} ?selected=${String(v) === String(this.version)}>Version ${v}${v === form.router.liveVersion ? ' (live)' : ' (draft)'}</option>`)}
            </select>
          </div>` : nothing}
        </div>
        <div class="grid">
          ${LEAD_FIELDS.map(([name, label, required, kind]) => html`<div class="field">
            <label for=${idFor(name)}>${label}${required ? '' : html` <span class="hint">(optional)</span>`}</label>
            <input id=${idFor(name)} name=${name} inputmode=${kind === 'int' ? 'numeric' : kind === 'decimal' ? 'decimal' : 'text'}
              type=${name === 'email' ? 'email' : 'text'}
              aria-invalid=${invalid(e, name)} aria-describedby=${describedBy(e, name) ?? ''}>
            ${fieldError(e, name)}</div>`)}
        </div>
        <p><button type="submit" class="primary" ?disabled=${!this.target}>Test this lead</button></p>
      </form>
      <section class="result" aria-labelledby="result-h" aria-live="polite">
        <h2 id="result-h">Decision</h2>
        ${this.result ? explanation(this.result) : html`<p class="empty">Fill in a lead and press “Test this lead” to see the decision and why.</p>`}
      </section>
      </div>`;
  }

  renderNewForm() {
    const e = this.formErrors;
    if (this.routers.length === 0) {
      return html`<p class="empty">Leads come through forms, each routed by a router. <a href="#/routers/new">Create a router</a> first,
        or test a lead straight into a pool below.</p>`;
    }
    return html`<section aria-labelledby="new-form-h" class="callout">
      <h2 id="new-form-h">Create a form</h2>
      <p>${this.forms.length === 0 ? 'No form routes through a router yet.' : 'No form routes through this router yet.'}
        A form is where leads come from (a web form, an integration); name one and pick its router.</p>
      <form class="inline" @submit=${this.createForm}>
        ${errorSummary(e, 'The form was not created')}
        <div class="field"><label for="new-form-name">Form name</label><input id="new-form-name" name="name" value="Website"></div>
        <div class="field"><label for="new-form-router">Router</label>
          <select id="new-form-router" name="routerId">${this.routers.map((r) => html`<option value=${r.id} ?selected=${r.id === this.wantedRouter}>${r.name}</option>`)}</select></div>
        <button type="submit">Create form</button>
      </form></section>`;
  }

  async createForm(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    try {
      const payload = (await gql('mutation($input: CreateFormInput!) { createForm(input: $input) { form { id router { id } } errors { code field message } } }',
        { input: { name: data.get('name'), routerId: data.get('routerId') } })).createForm;
      this.formErrors = payload.errors;
      if (payload.form) {
        this.wantedRouter = payload.form.router?.id;
        this.target = 'form:' + payload.form.id;
        await this.load();
      }
    } catch (err) {
      this.error = err.message;
    }
  }

  async simulate(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const input = {};
    for (const [name, , , kind] of LEAD_FIELDS) {
      const value = orNull(data.get(name));
      if (value === null) continue;
      input[name] = kind === 'int' && /^-?\d+$/.test(value) ? intOrNull(value) : value;
    }
    input.name ??= '';
    input.email ??= '';
    input.to = this.target.startsWith('form:') ? { formId: this.target.slice(5) } : { poolId: this.target.slice(5) };
    this.error = null;
    try {
      const payload = (await gql(`query($input: SubmitLeadInput!, $version: Int) { simulateRouting(input: $input, routerVersion: $version) {
          assignment { ${EXPLANATION} } errors { code field message } } }`,
        { input, version: this.version === '' ? null : Number(this.version) })).simulateRouting;
      this.errors = payload.errors;
      this.result = payload.assignment;
    } catch (err) {
      this.error = err.message;
      this.result = null;
    }
  }
}
customElements.define('sb-simulate', Simulate);
