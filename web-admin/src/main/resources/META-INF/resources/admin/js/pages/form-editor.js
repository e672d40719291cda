import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import Sortable from 'sortablejs';
import { gql, gqlLists } from '../api.js';
import { Page, errorSummary, fieldError, describedBy, invalid, idFor, problem, splitStale, staleAlert, status, when, words } from '../ui.js';
import { settingsNav, errorsUnder } from './settings.js';
// The widget's own <switchboard-form>, whose preview mode renders a definition as prospects see it.
import '../../../widget/form.js';

const KINDS = ['TEXT', 'EMAIL', 'PHONE', 'NUMBER', 'SELECT', 'MULTI_SELECT', 'COUNTRY', 'CONSENT', 'HIDDEN'];
const TEXT_KINDS = ['TEXT', 'EMAIL', 'PHONE', 'HIDDEN'];
const CHOICES = ['SELECT', 'MULTI_SELECT'];
const OPERATORS = { EQUALS: 'equals', IN: 'is one of', NOT_EMPTY: 'is answered' };
/** The keys that fill the lead's own fields (docs/forms.md); any other key is a custom attribute. */
const LEAD_KEYS = ['name', 'email', 'phone', 'company', 'companySize', 'industry', 'annualRevenue', 'country', 'region',
  'postalCode', 'title', 'product', 'dealValue', 'source', 'language', 'score'];

const LT = 'language text';
const DEFINITION = `languages
  fields { key kind required label { ${LT} } help { ${LT} } options { value label { ${LT} } }
    validation { minLength maxLength min max pattern } fromParam showWhen { field operator values } }
  thankYou { ${LT} } disqualified { message { ${LT} } redirectUrl } noSlot { mode message { ${LT} } } brand { color logoUrl }`;

let uids = 0;

/** {language, text} pairs as a map by language, the editor's shape for texts. */
function byLanguage(list) {
  return Object.fromEntries((list ?? []).map((t) => [t.language, t.text]));
}

/** The editor's texts as the API's list, in the form's language order, blanks left out. */
function texts(map, languages) {
  return languages.filter((l) => String(map?.[l] ?? '').trim() !== '').map((l) => ({ language: l, text: map[l].trim() }));
}

function blank(value) {
  return value === undefined || value === null || String(value).trim() === '';
}

function fieldState(f) {
  return {
    uid: ++uids, key: f.key, kind: f.kind, required: f.required, label: byLanguage(f.label), help: byLanguage(f.help),
    options: (f.options ?? []).map((o) => ({ uid: ++uids, value: o.value, label: byLanguage(o.label) })),
    validation: { minLength: f.validation?.minLength ?? '', maxLength: f.validation?.maxLength ?? '', min: f.validation?.min ?? '',
      max: f.validation?.max ?? '', pattern: f.validation?.pattern ?? '' },
    fromParam: f.fromParam ?? '',
    showWhen: f.showWhen ? { field: f.showWhen.field, operator: f.showWhen.operator, values: f.showWhen.values.join(', ') } : null,
  };
}

function editorState(form, definition) {
  const d = definition;
  return {
    name: form.name, routerId: form.router?.id ?? '',
    languages: d.languages.length ? [...d.languages] : ['en'],
    fields: d.fields.map(fieldState),
    thankYou: byLanguage(d.thankYou),
    disqualifiedMessage: byLanguage(d.disqualified?.message), redirectUrl: d.disqualified?.redirectUrl ?? '',
    noSlotMode: d.noSlot?.mode ?? '', noSlotMessage: byLanguage(d.noSlot?.message),
    color: d.brand?.color ?? '', logoUrl: d.brand?.logoUrl ?? '',
  };
}

/** The FormDefinitionInput the editor describes: only what each kind takes, blanks left out. */
export function definitionInput(s) {
  const langs = s.languages;
  const fields = s.fields.map((f) => {
    const field = { key: f.key.trim(), kind: f.kind, required: !!f.required, label: texts(f.label, langs), help: texts(f.help, langs) };
    if (CHOICES.includes(f.kind)) {
      field.options = f.options.map((o) => ({ value: o.value.trim(), label: texts(o.label, langs) }));
    }
    if (f.kind === 'HIDDEN') field.fromParam = f.fromParam.trim() || null;
    const v = f.validation;
    const validation = {};
    if (TEXT_KINDS.includes(f.kind)) {
      if (!blank(v.minLength)) validation.minLength = Number(v.minLength);
      if (!blank(v.maxLength)) validation.maxLength = Number(v.maxLength);
      if (!blank(v.pattern)) validation.pattern = v.pattern;
    }
    if (f.kind === 'NUMBER') {
      if (!blank(v.min)) validation.min = String(v.min).trim();
      if (!blank(v.max)) validation.max = String(v.max).trim();
    }
    if (Object.keys(validation).length) field.validation = validation;
    if (f.showWhen?.field) {
      const values = f.showWhen.operator === 'NOT_EMPTY' ? [] : f.showWhen.values.split(',').map((x) => x.trim()).filter(Boolean);
      field.showWhen = { field: f.showWhen.field, operator: f.showWhen.operator, values };
    }
    return field;
  });
  const definition = { languages: langs, fields, thankYou: texts(s.thankYou, langs) };
  const dq = texts(s.disqualifiedMessage, langs);
  if (dq.length || !blank(s.redirectUrl)) definition.disqualified = { message: dq, redirectUrl: blank(s.redirectUrl) ? null : s.redirectUrl.trim() };
  if (s.noSlotMode) definition.noSlot = { mode: s.noSlotMode, message: texts(s.noSlotMessage, langs) };
  if (!blank(s.color) || !blank(s.logoUrl)) {
    definition.brand = { color: blank(s.color) ? null : s.color.trim(), logoUrl: blank(s.logoUrl) ? null : s.logoUrl.trim() };
  }
  return definition;
}

/**
 * One form's questions, messages and brand, saved as its next version with updateForm. The save names the version
 * it started from (expectedVersion), so an admin who edited an older version is told instead of overwriting.
 */
class FormEditor extends Page {
  static properties = {
    formId: {}, form: { state: true }, state: { state: true }, routers: { state: true }, errors: { state: true },
    error: { state: true }, saved: { state: true }, stale: { state: true }, busy: { state: true }, newLanguage: { state: true },
    from: { state: true }, previewLanguage: { state: true }, previewSaid: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('formId')) {
      this.form = undefined;
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
      const data = await gqlLists(`query($id: ID!) { routers(first: 100) { nodes { id name } } form(id: $id) { id name version router { id }
        definition { ${DEFINITION} } versions { version name savedAt } } }`, { id: this.formId });
      this.routers = data.routers;
      this.form = data.form;
      this.errors = [];
      this.stale = null;
      this.from = null;
      if (data.form) this.state = editorState(data.form, data.form.definition);
    } catch (e) {
      this.error = e.message;
      this.form = this.form ?? null;
    }
  }

  /**
   * The definition the preview shows: what would be saved, with a placeholder label on a shown field that has none yet
   * (the API refuses to save it so, and an unlabelled input would say nothing to a screen reader).
   */
  previewDefinition() {
    const d = definitionInput(this.state);
    const first = this.state.languages[0];
    d.fields = d.fields.map((f) => (f.kind === 'HIDDEN' || f.label.some((t) => t.language === first) ? f
      : { ...f, label: [...f.label, { language: first, text: `(${f.key || 'new field'}: no label yet)` }] }));
    return d;
  }

  /** Shows the editor's state in the preview, once a frame, when it changed. */
  refreshPreview() {
    if (this.previewFrame) return;
    this.previewFrame = requestAnimationFrame(() => {
      this.previewFrame = null;
      const widget = this.querySelector('switchboard-form[preview]');
      if (!widget || !this.state) return;
      const definition = this.previewDefinition();
      const shown = JSON.stringify([widget.getAttribute('lang'), definition]);
      if (shown === this.previewShown && widget.el) return;
      this.previewShown = shown;
      widget.preview(definition);
    });
  }

  updated() {
    this.refreshPreview();
    const list = this.querySelector('ol.form-fields');
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

  /** Re-renders after an in-place change of the state; errors name fields by index, so a reorder clears them. */
  touch(clearErrors = false) {
    this.state = { ...this.state };
    if (clearErrors) this.errors = [];
  }

  move(from, to, button = null) {
    const fields = [...this.state.fields];
    if (from === to || to < 0 || to >= fields.length) return;
    const [moved] = fields.splice(from, 1);
    fields.splice(to, 0, moved);
    this.state = { ...this.state, fields };
    this.errors = [];
    if (button) this.updateComplete.then(() => this.querySelectorAll('ol.form-fields > li')[to]?.querySelector(button)?.focus());
  }

  addField(field = null) {
    const f = field ?? fieldState({ key: '', kind: 'TEXT', required: false });
    this.state = { ...this.state, fields: [...this.state.fields, f] };
    this.errors = [];
    const i = this.state.fields.length - 1;
    this.updateComplete.then(() => document.getElementById(idFor(`definition.fields[${i}].key`))?.focus());
  }

  startFields() {
    this.state = {
      ...this.state,
      fields: [
        fieldState({ key: 'email', kind: 'EMAIL', required: true, label: [{ language: this.state.languages[0], text: 'Work email' }] }),
        fieldState({ key: 'name', kind: 'TEXT', required: true, label: [{ language: this.state.languages[0], text: 'Name' }] }),
        ...this.state.fields,
      ],
    };
  }

  removeField(f) {
    this.state = { ...this.state, fields: this.state.fields.filter((x) => x !== f) };
    this.errors = [];
  }

  addLanguage(event) {
    event.preventDefault();
    const tag = String(this.newLanguage ?? '').trim();
    if (!tag || this.state.languages.includes(tag)) return;
    this.state = { ...this.state, languages: [...this.state.languages, tag] };
    this.newLanguage = '';
  }

  removeLanguage(tag) {
    this.state = { ...this.state, languages: this.state.languages.filter((l) => l !== tag) };
  }

  render() {
    if (this.form === undefined) return html`<p>Loading…</p>`;
    if (this.form === null) {
      return html`<h1 tabindex="-1">No such form</h1>${problem(this.error)}<p><a href="#/settings/forms">Back to the forms</a></p>`;
    }
    const s = this.state;
    const e = this.errors;
    return html`<p class="crumbs"><a href="#/settings/forms">Forms and widget keys</a> /</p>
      <h1 tabindex="-1">${this.form.name}: fields and messages</h1>
      ${settingsNav('/settings/forms')}
      <p class="lede">What the form asks, in order, and what it says. Each save is a new version: the widget shows it at
        once, and the server checks every submission against it. Version ${this.form.version} is live.</p>
      ${problem(this.error)}${status(this.saved)}
      ${staleAlert('form', this.stale, () => this.load())}
      ${this.from ? html`<p class="callout" role="status">The editor holds version ${this.from} as it was saved. Saving makes it version ${this.form.version + 1}.</p>` : nothing}
      <div class="form-editor-layout">
      <form class="form-editor" @submit=${this.save} @input=${this.refreshPreview} @change=${this.refreshPreview} novalidate>
        ${errorSummary(e, 'The form was not saved')}
        <div class="row">
          ${this.input('name', 'Form name', s.name, (v) => { s.name = v; })}
          <div class="field"><label for=${idFor('routerId')}>Router</label>
            <select id=${idFor('routerId')} @change=${(ev) => { s.routerId = ev.target.value; }} aria-invalid=${invalid(e, 'routerId')}
              aria-describedby=${describedBy(e, 'routerId') ?? ''}>
              ${(this.routers ?? []).map((r) => html`<option value=${r.id} ?selected=${r.id === s.routerId}>${r.name}</option>`)}</select>
            ${fieldError(e, 'routerId')}</div>
        </div>
        ${this.languagesPart(s, e)}
        <fieldset>
          <legend>Fields, in the order they are shown</legend>
          ${this.errorsAt('definition.fields')}
          ${s.fields.length === 0 ? html`<p class="empty">No fields: this is a classic form, the widget asks name, email and company.
            To ask your own questions, start with email and name (every form with fields asks them), then add fields.
            <button type="button" @click=${() => this.startFields()}>Start with email and name</button></p>`
            : html`<p class="hint">Drag a field by its handle, or use its Up and Down buttons, to reorder. A condition can only name a field above it.</p>`}
          <ol class="form-fields">${repeat(s.fields, (f) => f.uid, (f, i) => this.fieldPart(f, i, s, e))}</ol>
          <datalist id="lead-keys">${LEAD_KEYS.map((k) => html`<option value=${k}></option>`)}</datalist>
          <button type="button" @click=${() => this.addField()}>Add a field</button>
        </fieldset>
        ${this.messagesPart(s, e)}
        <p class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>Save as version ${this.form.version + 1}</button>
          <button type="button" @click=${() => this.load()}>Discard changes</button></p>
      </form>
      ${this.previewPart(s)}
      </div>
      ${this.historyPart()}`;
  }

  /** The form as the widget renders it, updated as the admin edits, before any save. */
  previewPart(s) {
    const lang = s.languages.includes(this.previewLanguage) ? this.previewLanguage : s.languages[0];
    return html`<aside class="form-preview" aria-labelledby="preview-h">
      <h2 id="preview-h">Preview</h2>
      <p class="hint">As the widget shows it to a prospect, with your unsaved changes. Answer it to see conditional fields
        appear; hidden fields are not shown. Nothing here is sent.</p>
      ${s.languages.length > 1 ? html`<div class="field"><label for="preview-language">Preview language</label>
        <select id="preview-language" @change=${(ev) => { this.previewLanguage = ev.target.value; }}>
          ${s.languages.map((l) => html`<option value=${l} ?selected=${l === lang}>${l}</option>`)}</select></div>` : nothing}
      <div class="preview-frame" @switchboard:preview-submit=${() => {
        this.previewSaid = 'These answers pass the form\'s checks. Nothing was sent.';
      }} @input=${() => { this.previewSaid = ''; }}>
        <switchboard-form preview lang=${lang}></switchboard-form>
      </div>
      ${status(this.previewSaid)}
    </aside>`;
  }

  languagesPart(s, e) {
    return html`<fieldset>
      <legend>Languages</legend>
      <p class="hint">The first is the default: every shown field needs a label in it. Add a language to give texts in it too.</p>
      ${this.errorsUnderAt('definition.languages')}
      <ul class="plain">${s.languages.map((l, i) => html`<li><span class="badge">${l}</span>${i === 0 ? html`<span class="hint">default</span>`
        : html`<button type="button" class="link" @click=${() => this.removeLanguage(l)}>Remove language ${l}</button>`}</li>`)}</ul>
      <div class="inline">
        <div class="field"><label for="new-language">Add a language <span class="hint">(a tag such as fr or pt-BR)</span></label>
          <input id="new-language" .value=${this.newLanguage ?? ''} @input=${(ev) => { this.newLanguage = ev.target.value; }}
            @keydown=${(ev) => { if (ev.key === 'Enter') this.addLanguage(ev); }}></div>
        <button type="button" @click=${this.addLanguage}>Add language</button>
      </div>
    </fieldset>`;
  }

  fieldPart(f, i, s, e) {
    const at = `definition.fields[${i}]`;
    const title = f.key || `field ${i + 1}`;
    const before = s.fields.slice(0, i).filter((x) => x.key);
    const decides = f.showWhen?.field ? before.find((x) => x.key === f.showWhen.field) : null;
    return html`<li class="form-field">
      <div class="field-head">
        <span class="handle" title="Drag to reorder" aria-hidden="true">⠿</span>
        <h3 id=${'field-title-' + f.uid}>${i + 1}. ${title} <span class="badge">${words(f.kind)}</span></h3>
        <span class="actions">
          <button type="button" class="icon up" aria-label=${'Move ' + title + ' up'} ?disabled=${i === 0}
            @click=${() => this.move(i, i - 1, i - 1 === 0 ? 'button.down' : 'button.up')}>↑</button>
          <button type="button" class="icon down" aria-label=${'Move ' + title + ' down'} ?disabled=${i === s.fields.length - 1}
            @click=${() => this.move(i, i + 1, i + 1 === s.fields.length - 1 ? 'button.up' : 'button.down')}>↓</button>
          <button type="button" class="link" aria-label=${'Remove ' + title} @click=${() => this.removeField(f)}>Remove</button>
        </span>
      </div>
      ${this.errorsAt(at)}
      <div class="row">
        <div class="field"><label for=${idFor(at + '.key')}>Key <span class="hint">(a lead field or your own)</span></label>
          <input id=${idFor(at + '.key')} list="lead-keys" .value=${f.key} @input=${(ev) => { f.key = ev.target.value.trim(); this.touch(); }}
            aria-invalid=${invalid(e, at + '.key')} aria-describedby=${describedBy(e, at + '.key') ?? ''}>
          ${fieldError(e, at + '.key')}</div>
        <div class="field"><label for=${idFor(at + '.kind')}>Kind</label>
          <select id=${idFor(at + '.kind')} @change=${(ev) => { f.kind = ev.target.value; this.touch(); }}
            aria-invalid=${invalid(e, at + '.kind')} aria-describedby=${describedBy(e, at + '.kind') ?? ''}>
            ${KINDS.map((k) => html`<option value=${k} ?selected=${f.kind === k}>${words(k)}</option>`)}</select>
          ${fieldError(e, at + '.kind')}</div>
        <div class="field check"><input type="checkbox" id=${idFor(at + '.required')} .checked=${f.required}
          @change=${(ev) => { f.required = ev.target.checked; }}>
          <label for=${idFor(at + '.required')}>${f.kind === 'CONSENT' ? 'Required (must be ticked)' : 'Required'}</label></div>
      </div>
      ${f.kind === 'HIDDEN' ? html`<div class="row">${this.input(at + '.fromParam', 'Filled from the page URL parameter (e.g. utm_source)',
        f.fromParam, (v) => { f.fromParam = v; })}</div>` : nothing}
      <div class="row">
        ${this.texts(at + '.label', f.kind === 'HIDDEN' ? 'Label (optional: not shown)' : 'Label', f.label, s.languages)}
        ${f.kind === 'HIDDEN' ? nothing : this.texts(at + '.help', 'Help text (optional)', f.help, s.languages)}
      </div>
      ${CHOICES.includes(f.kind) ? this.optionsPart(f, at, s, e) : nothing}
      ${TEXT_KINDS.includes(f.kind) ? html`<div class="row">
        ${this.input(at + '.validation.minLength', 'Shortest', f.validation.minLength, (v) => { f.validation.minLength = v; }, 'numeric')}
        ${this.input(at + '.validation.maxLength', 'Longest', f.validation.maxLength, (v) => { f.validation.maxLength = v; }, 'numeric')}
        ${this.input(at + '.validation.pattern', 'Pattern the whole answer matches (optional)', f.validation.pattern, (v) => { f.validation.pattern = v; })}
      </div>` : nothing}
      ${f.kind === 'NUMBER' ? html`<div class="row">
        ${this.input(at + '.validation.min', 'Smallest', f.validation.min, (v) => { f.validation.min = v; }, 'decimal')}
        ${this.input(at + '.validation.max', 'Largest', f.validation.max, (v) => { f.validation.max = v; }, 'decimal')}
      </div>` : nothing}
      ${this.errorsAt(at + '.validation')}
      <div class="row show-when">
        <div class="field"><label for=${idFor(at + '.showWhen.field')}>Show</label>
          <select id=${idFor(at + '.showWhen.field')} @change=${(ev) => {
            f.showWhen = ev.target.value ? { operator: 'EQUALS', values: '', ...f.showWhen, field: ev.target.value } : null;
            this.touch();
          }} aria-invalid=${invalid(e, at + '.showWhen.field')} aria-describedby=${describedBy(e, at + '.showWhen.field') ?? ''}>
            <option value="" ?selected=${!f.showWhen}>Always</option>
            ${before.map((x) => html`<option value=${x.key} ?selected=${f.showWhen?.field === x.key}>When ${x.key}</option>`)}
            ${f.showWhen?.field && !before.some((x) => x.key === f.showWhen.field)
              ? html`<option value=${f.showWhen.field} selected>When ${f.showWhen.field} (not above)</option>` : nothing}
          </select>${fieldError(e, at + '.showWhen.field')}</div>
        ${f.showWhen ? html`<div class="field"><label for=${idFor(at + '.showWhen.operator')}>Condition</label>
            <select id=${idFor(at + '.showWhen.operator')} @change=${(ev) => { f.showWhen.operator = ev.target.value; this.touch(); }}>
              ${Object.entries(OPERATORS).map(([op, text]) => html`<option value=${op} ?selected=${f.showWhen.operator === op}>${text}</option>`)}</select></div>
          ${f.showWhen.operator === 'NOT_EMPTY' ? nothing : html`<div class="field">
            <label for=${idFor(at + '.showWhen.values')}>${f.showWhen.operator === 'IN' ? 'Values (comma-separated)' : 'Value'}</label>
            <input id=${idFor(at + '.showWhen.values')} .value=${f.showWhen.values} list=${'choices-' + f.uid}
              @input=${(ev) => { f.showWhen.values = ev.target.value; }}
              aria-invalid=${listInvalid(e, at + '.showWhen.values')} aria-describedby=${describedBy(e, at + '.showWhen.values') ?? ''}>
            <datalist id=${'choices-' + f.uid}>${(decides?.options ?? []).map((o) => html`<option value=${o.value}></option>`)}</datalist>
            ${fieldError(e, at + '.showWhen.values')}</div>`}` : nothing}
        ${this.errorsAt(at + '.showWhen')}
      </div>
    </li>`;
  }

  optionsPart(f, at, s, e) {
    const path = at + '.options';
    return html`<fieldset class="options" id=${idFor(path)} tabindex="-1" aria-describedby=${describedBy(e, path) ?? ''}>
      <legend>Options</legend>
      ${fieldError(e, path)}
      ${f.options.length === 0 ? html`<p class="empty">No options yet: a ${words(f.kind).toLowerCase()} needs at least one.</p>` : nothing}
      ${f.options.map((o, j) => html`<div class="row option">
        ${this.input(`${path}[${j}].value`, `Option ${j + 1} value`, o.value, (v) => { o.value = v; })}
        ${this.texts(`${path}[${j}].label`, `Option ${j + 1} label`, o.label, s.languages)}
        <button type="button" class="link" aria-label=${`Remove option ${j + 1} of ${f.key || 'this field'}`}
          @click=${() => { f.options = f.options.filter((x) => x !== o); this.touch(true); }}>Remove</button>
      </div>`)}
      <button type="button" @click=${() => {
        f.options = [...f.options, { uid: ++uids, value: '', label: {} }];
        this.touch(true);
        this.updateComplete.then(() => document.getElementById(idFor(`${path}[${f.options.length - 1}].value`))?.focus());
      }}>Add an option${f.key ? ' to ' + f.key : ''}</button>
    </fieldset>`;
  }

  messagesPart(s, e) {
    return html`<fieldset>
      <legend>Messages</legend>
      <div class="row">${this.texts('definition.thankYou', 'Thank-you message', s.thankYou, s.languages)}</div>
      <div class="row">
        ${this.texts('definition.disqualified.message', 'Message to a disqualified prospect', s.disqualifiedMessage, s.languages)}
        ${this.input('definition.disqualified.redirectUrl', 'Or send them to this page (URL)', s.redirectUrl, (v) => { s.redirectUrl = v; })}
      </div>
      ${this.errorsAt('definition.disqualified')}
      <div class="row">
        <div class="field"><label for=${idFor('definition.noSlot.mode')}>When no slot can be offered</label>
          <select id=${idFor('definition.noSlot.mode')} @change=${(ev) => { s.noSlotMode = ev.target.value; this.touch(); }}
            aria-invalid=${invalid(e, 'definition.noSlot.mode')}>
            <option value="" ?selected=${!s.noSlotMode}>Show the thank-you message</option>
            <option value="MESSAGE" ?selected=${s.noSlotMode === 'MESSAGE'}>Show a message</option>
            <option value="CONTACT_BY_REP" ?selected=${s.noSlotMode === 'CONTACT_BY_REP'}>Say the assigned rep will get in touch</option>
          </select>${fieldError(e, 'definition.noSlot.mode')}</div>
        ${s.noSlotMode ? this.texts('definition.noSlot.message', s.noSlotMode === 'CONTACT_BY_REP' ? 'Message ({rep} is the rep\'s name)' : 'Message',
          s.noSlotMessage, s.languages) : nothing}
      </div>
      ${this.errorsAt('definition.noSlot')}
    </fieldset>
    <fieldset>
      <legend>Brand</legend>
      <div class="row">
        <div class="field"><label for=${idFor('definition.brand.color')}>Brand colour <span class="hint">(#rgb or #rrggbb)</span></label>
          <span class="colour"><input id=${idFor('definition.brand.color')} .value=${s.color} placeholder="#1f6feb"
            @input=${(ev) => { s.color = ev.target.value; this.touch(); }}
            aria-invalid=${invalid(e, 'definition.brand.color')} aria-describedby=${describedBy(e, 'definition.brand.color') ?? ''}>
          <input type="color" aria-label="Pick the brand colour" .value=${/^#[0-9a-fA-F]{6}$/.test(s.color) ? s.color : '#1f6feb'}
            @input=${(ev) => { s.color = ev.target.value; this.touch(); }}></span>
          ${fieldError(e, 'definition.brand.color')}</div>
        ${this.input('definition.brand.logoUrl', 'Logo URL', s.logoUrl, (v) => { s.logoUrl = v; })}
      </div>
      ${this.errorsAt('definition.brand')}
    </fieldset>`;
  }

  historyPart() {
    const versions = this.form.versions ?? [];
    return html`<section aria-labelledby="form-history">
      <h2 id="form-history">Version history</h2>
      <table class="versions"><thead><tr><th scope="col">Version</th><th scope="col">Name</th><th scope="col">Saved</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${versions.map((v) => html`<tr>
          <td>${v.version}${v.version === this.form.version ? html` <span class="badge on">live</span>` : nothing}</td>
          <td>${v.name}</td><td>${when(v.savedAt)}</td>
          <td>${v.version === this.form.version ? nothing
            : html`<button type="button" class="link" @click=${() => this.open(v.version)}>Edit from version ${v.version}</button>`}</td>
        </tr>`)}</tbody></table>
    </section>`;
  }

  /** Loads an older version into the editor; saving it makes it the next version (nothing is rolled back in place). */
  async open(version) {
    try {
      const data = await gql(`query($id: ID!, $version: Int!) { formVersion(formId: $id, version: $version) { name router { id }
        definition { ${DEFINITION} } } }`, { id: this.formId, version });
      if (!data.formVersion) return;
      this.state = editorState(data.formVersion, data.formVersion.definition);
      this.errors = [];
      this.from = version;
      this.updateComplete.then(() => this.querySelector('h1')?.focus());
    } catch (e) {
      this.error = e.message;
    }
  }

  input(path, label, value, onInput, inputmode = 'text') {
    const e = this.errors;
    return html`<div class="field">
      <label for=${idFor(path)}>${label}</label>
      <input id=${idFor(path)} .value=${String(value ?? '')} inputmode=${inputmode} @input=${(ev) => onInput(ev.target.value)}
        aria-invalid=${invalid(e, path)} aria-describedby=${describedBy(e, path) ?? ''}>
      ${fieldError(e, path)}</div>`;
  }

  /**
   * One input per language; the default language's input has the path's own id, so the API's errors on the texts
   * (e.g. a label missing in the default language, definition.fields[2].label) land on it.
   */
  texts(path, label, map, languages) {
    const found = errorsUnder(this.errors, path);
    const describes = found.length ? idFor(path) + '-error' : '';
    return html`${languages.map((l, i) => {
      const id = i === 0 ? idFor(path) : idFor(path) + '-' + l;
      return html`<div class="field grow">
        <label for=${id}>${label}${languages.length > 1 || i > 0 ? html` <span class="hint">(${l})</span>` : nothing}</label>
        <input id=${id} lang=${l} .value=${map[l] ?? ''} @input=${(ev) => { map[l] = ev.target.value; }}
          aria-invalid=${i === 0 && found.length ? 'true' : 'false'} aria-describedby=${i === 0 ? describes : ''}>
        ${i === 0 && found.length ? html`<p class="field-error" id=${describes}>${found.map((x) => x.message).join('; ')}</p>` : nothing}
      </div>`;
    })}`;
  }

  /** Errors on exactly this path, where no input of its own shows them. */
  errorsAt(path) {
    const found = (this.errors ?? []).filter((x) => x.field === path);
    return found.length ? html`<p class="field-error" id=${idFor(path) + '-error'}>${found.map((x) => x.message).join('; ')}</p>` : nothing;
  }

  errorsUnderAt(path) {
    const found = errorsUnder(this.errors, path);
    return found.length ? html`<p class="field-error" id=${idFor(path) + '-error'}>${found.map((x) => x.message).join('; ')}</p>` : nothing;
  }

  async save(event) {
    event.preventDefault();
    const s = this.state;
    this.saved = '';
    this.error = null;
    this.stale = null;
    this.busy = true;
    try {
      const answer = (await gql(`mutation($input: UpdateFormInput!) { updateForm(input: $input) { form { id version }
        errors { code field message } } }`, {
        input: { formId: this.formId, name: s.name, routerId: s.routerId, expectedVersion: this.form.version, definition: definitionInput(s) },
      })).updateForm;
      const { stale, rest } = splitStale(answer.errors);
      this.stale = stale;
      this.errors = rest;
      if (answer.form) {
        await this.load();
        this.saved = `Version ${answer.form.version} saved: the widget shows it now.`;
      } else if (this.errors.length) {
        this.updateComplete.then(() => this.querySelector('.error-summary a')?.focus());
      }
    } catch (e) {
      this.error = e.message;
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('sb-form-editor', FormEditor);

function listInvalid(errors, path) {
  return errorsUnder(errors, path).length ? 'true' : 'false';
}
