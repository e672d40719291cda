// <switchboard-form>: renders the widget key's own form from widgetForm (fields, per-language labels, conditional
// and hidden fields), shortens itself once the email is typed (formShortening names fields the server knows
// already; never their values), then sends the answers with submitLead and opens the booking overlay.
// <switchboard-form preview> loads nothing and sends nothing: the admin's form editor gives it a definition with
// preview(definition) as the admin edits, and sees it exactly as a prospect would (lang picks the language).
import { context, submitter } from './switchboard.js';
import { Overlay } from './overlay.js';
import { h, shadow } from './styles.js';
import { language, translator } from './i18n.js';

const LT = 'language text';
const WIDGET_FORM = `{ widgetForm { formId version definition { languages
  fields { key kind required label { ${LT} } help { ${LT} } options { value label { ${LT} } }
    validation { minLength maxLength min max pattern } fromParam showWhen { field operator values } }
  thankYou { ${LT} } disqualified { message { ${LT} } redirectUrl } noSlot { mode message { ${LT} } } brand { color logoUrl } } } }`;
const SHORTEN = `query($input: FormShorteningInput!) { formShortening(input: $input) { skipFields errors { code field message } } }`;
const FLAT = ['name', 'email'];
// ISO 3166 alpha-2 codes, named in the prospect's language by Intl.DisplayNames.
const COUNTRIES = ('AD AE AF AG AI AL AM AO AR AT AU AW AZ BA BB BD BE BF BG BH BI BJ BM BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GI GL GM GN GQ GR GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PR PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW').split(' ');

class SwitchboardForm extends HTMLElement {
  connectedCallback() {
    if (this.box) return;
    this.start();
    if (!this.previewing) this.load();
  }

  start() {
    ({ box: this.box } = shadow(this));
    this.previewing = this.hasAttribute('preview');
    this.ctx = context({ key: this.getAttribute('key'), lang: this.getAttribute('lang'), brand: this.getAttribute('brand') });
  }

  /** Renders a form definition (widgetForm's shape) as given, keeping the answers typed so far; nothing is sent. */
  preview(definition) {
    if (!this.box) this.start();
    this.previewing = true;
    const kept = this.answers();
    this.render({ formId: null, version: null, definition });
    this.restore(kept);
  }

  /** What the form holds now, by input name (a checkbox by name and value). */
  answers() {
    const kept = new Map();
    for (const el of this.el?.elements ?? []) {
      if (!el.name || el === this.pot) continue;
      if (el.type === 'checkbox') kept.set(el.name + '\u0000' + el.value, el.checked);
      else kept.set(el.name, el.value);
    }
    return kept;
  }

  restore(kept) {
    for (const el of this.el.elements) {
      if (!el.name || el === this.pot) continue;
      const got = kept.get(el.type === 'checkbox' ? el.name + '\u0000' + el.value : el.name);
      if (got === undefined) continue;
      if (el.type === 'checkbox') el.checked = got;
      else el.value = got;
    }
    this.conditions();
  }

  async load() {
    const { api, t } = this.ctx;
    this.box.replaceChildren(h('div', { class: 'spinner', role: 'progressbar', 'aria-label': t('loading') }));
    let form;
    try {
      form = (await api.call(WIDGET_FORM)).widgetForm;
    } catch (e) {
      this.box.replaceChildren(h('p', { class: 'msg bad', role: 'alert' }, e.code === 'NETWORK' ? t('network') : t('failed')),
        h('button', { type: 'button', onclick: () => this.load() }, t('retry')));
      return;
    }
    if (!form) {
      this.box.replaceChildren(h('p', { class: 'msg bad' }, t('failed')));
      return;
    }
    this.render(form);
  }

  render(form) {
    const def = form.definition;
    this.form = form;
    const asked = this.getAttribute('lang');
    const lang = language(asked, this.ctx.lang, ...def.languages);
    // The form's own texts in the language asked when it has them, even one the widget's words lack (they fall to English).
    const speaks = def.languages.includes(asked) ? asked : def.languages.includes(lang) ? lang : def.languages[0];
    const t = translator(lang);
    const text = (list) => (list.find((x) => x.language === speaks) || list.find((x) => x.language === def.languages[0]) || list[0] || {}).text || '';
    this.ctx = { ...this.ctx, lang, t };
    if (def.brand?.color) this.box.style.setProperty('--sb-brand', def.brand.color);
    else this.box.style.removeProperty('--sb-brand');
    const repText = (list) => (rep) => text(list).replace(/\{rep\}/g, rep?.name || '');
    this.ctx.messages = {
      ...this.ctx.messages,
      disqualified: def.disqualified ? text(def.disqualified.message) || null : null,
      disqualifiedUrl: def.disqualified?.redirectUrl || null,
      fallback: def.noSlot ? repText(def.noSlot.message) : def.thankYou.length ? text(def.thankYou) : null,
    };
    this.startedAt = new Date().toISOString();
    this.skipped = new Set();
    this.rows = new Map();
    const params = new URLSearchParams(location.search);
    const fields = def.fields.length ? def.fields : classic(t);
    this.flat = def.fields.length ? FLAT : [...FLAT, 'company'];
    const el = h('form', { class: 'form', novalidate: true, onsubmit: (e) => { e.preventDefault(); this.submit(); } });
    this.pot = h('input', { type: 'text', name: 'website', tabindex: '-1', autocomplete: 'off' });
    el.append(h('div', { class: 'pot', 'aria-hidden': 'true' }, this.pot));
    for (const f of fields) {
      if (f.kind === 'HIDDEN') {
        this.rows.set(f.key, { f, value: () => params.get(f.fromParam) || '' });
        continue;
      }
      const row = this.field(f, text, t);
      this.rows.set(f.key, row);
      el.append(row.wrap);
    }
    this.button = h('button', { type: 'submit', class: 'primary' }, t('submit'));
    el.append(this.button);
    this.box.replaceChildren(el);
    this.el = el;
    el.addEventListener('input', () => this.conditions());
    el.addEventListener('change', () => this.conditions());
    this.conditions();
    if (this.previewing) {
      this.sender = (input) => this.dispatchEvent(new CustomEvent('switchboard:preview-submit', { detail: { input }, bubbles: true, composed: true }));
      return;
    }
    this.overlay = new Overlay({ ...this.ctx, target: this });
    this.sender = submitter(this.ctx, this.overlay, (errors) => this.showErrors(errors));
  }

  field(f, text, t) {
    const id = 'sb-f-' + f.key;
    const help = text(f.help);
    const err = h('p', { class: 'err', id: id + '-err', hidden: true });
    const described = [help && id + '-help', id + '-err'].filter(Boolean).join(' ');
    const v = f.validation || {};
    const label = text(f.label) + (f.required ? ' *' : '');
    const common = { id, name: f.key, required: f.required, 'aria-describedby': described };
    let input;
    let value;
    let wrap;
    if (f.kind === 'CONSENT') {
      input = h('input', { ...common, type: 'checkbox' });
      value = () => (input.checked ? 'true' : 'false');
      wrap = h('div', { class: 'row' }, h('label', { class: 'check' }, input, h('span', {}, label)), help && h('span', { class: 'help', id: id + '-help' }, help), err);
    } else if (f.kind === 'MULTI_SELECT') {
      const boxes = f.options.map((o) => h('input', { type: 'checkbox', name: f.key, value: o.value }));
      input = boxes[0];
      value = () => boxes.filter((b) => b.checked).map((b) => b.value);
      wrap = h('fieldset', { class: 'row', id, 'aria-describedby': described, style: 'border:0;padding:0;margin:0' },
        h('legend', { style: 'font-weight:550;margin:.8em 0 .25em;padding:0' }, label),
        help && h('span', { class: 'help', id: id + '-help' }, help),
        f.options.map((o, i) => h('label', { class: 'check' }, boxes[i], h('span', {}, text(o.label)))), err);
    } else {
      if (f.kind === 'SELECT' || f.kind === 'COUNTRY') {
        const names = f.kind === 'COUNTRY' && Intl.DisplayNames ? new Intl.DisplayNames([this.ctx.lang], { type: 'region' }) : null;
        const options = f.kind === 'SELECT'
          ? f.options.map((o) => [o.value, text(o.label)])
          : COUNTRIES.map((c) => [c, names ? names.of(c) : c]).sort((a, b) => a[1].localeCompare(b[1]));
        input = h('select', common, h('option', { value: '' }, t('chooseOne')), options.map(([val, words]) => h('option', { value: val }, words)));
      } else {
        const type = { EMAIL: 'email', PHONE: 'tel', NUMBER: 'number' }[f.kind] || 'text';
        const auto = { name: 'name', email: 'email', phone: 'tel', company: 'organization', title: 'organization-title' }[f.key];
        input = h('input', {
          ...common, type, autocomplete: auto, minlength: v.minLength, maxlength: v.maxLength,
          min: v.min, max: v.max, pattern: v.pattern, step: f.kind === 'NUMBER' ? 'any' : null,
        });
      }
      value = () => input.value.trim();
      wrap = h('div', { class: 'row' }, h('label', { for: id }, label), help && h('span', { class: 'help', id: id + '-help' }, help), input, err);
      if (f.kind === 'EMAIL') {
        input.addEventListener('change', () => this.shorten(input));
        input.addEventListener('blur', () => this.shorten(input));
      }
    }
    wrap.dataset.field = f.key;
    return { f, wrap, input, value, err };
  }

  /** Asks which fields the server knows already for this email, and leaves those out. */
  async shorten(input) {
    const email = input.value.trim();
    if (this.previewing) return;
    if (!email || !input.checkValidity() || email === this.shortenedFor) return;
    this.shortenedFor = email;
    let skip = [];
    try {
      const answer = (await this.ctx.api.call(SHORTEN, { input: { email } })).formShortening;
      skip = answer.errors.length ? [] : answer.skipFields;
    } catch (e) {
      // Shortening is a courtesy: without it every field is simply asked.
    }
    if (email !== this.shortenedFor) return;
    this.skipped = new Set(skip);
    this.conditions();
    this.dispatchEvent(new CustomEvent('switchboard:shortened', { detail: { skipFields: skip }, bubbles: true, composed: true }));
  }

  /** Whether a field is asked now: not skipped by shortening, and its showWhen holds. */
  shown(f) {
    if (this.skipped.has(f.key)) return false;
    const w = f.showWhen;
    if (!w) return true;
    const other = this.rows.get(w.field);
    if (!other || (other.wrap && other.wrap.hidden)) return false;
    const got = [].concat(other.value()).filter((x) => x !== '' && x !== 'false');
    if (w.operator === 'NOT_EMPTY') return got.length > 0;
    const wanted = w.operator === 'EQUALS' ? w.values.slice(0, 1) : w.values;
    return got.some((x) => wanted.includes(x));
  }

  conditions() {
    for (const row of this.rows.values()) {
      if (!row.wrap) continue;
      row.wrap.hidden = !this.shown(row.f);
    }
  }

  showErrors(errors) {
    let first;
    for (const row of this.rows.values()) {
      if (row.err) {
        row.err.hidden = true;
        row.input?.removeAttribute('aria-invalid');
      }
    }
    for (const e of errors) {
      const key = (e.field || '').replace(/^answers\./, '');
      const row = this.rows.get(key);
      if (!row?.err) continue;
      row.err.textContent = e.message;
      row.err.hidden = false;
      row.input?.setAttribute('aria-invalid', 'true');
      first ||= row.input;
    }
    first?.focus();
  }

  /** The browser's own checks first (required, pattern, bounds), in the prospect's words; then the server's. */
  submit() {
    const { t } = this.ctx;
    const problems = [];
    for (const row of this.rows.values()) {
      if (!row.wrap || row.wrap.hidden) continue;
      const missing = row.f.required && ([].concat(row.value()).filter((x) => x && x !== 'false').length === 0);
      if (missing) problems.push({ field: row.f.key, message: t('required') });
      else if (row.input && row.input.willValidate && !row.input.checkValidity()) problems.push({ field: row.f.key, message: row.input.validationMessage });
    }
    if (problems.length) {
      this.showErrors(problems);
      return;
    }
    this.showErrors([]);
    const input = { to: this.form.formId ? { formId: this.form.formId } : undefined, startedAt: this.startedAt, honeypot: this.pot.value || null, language: this.ctx.lang, answers: [] };
    for (const row of this.rows.values()) {
      if (row.wrap && row.wrap.hidden) continue;
      const value = row.value();
      if (this.flat.includes(row.f.key)) input[row.f.key] = value;
      else if (Array.isArray(value)) value.length && input.answers.push({ field: row.f.key, values: value });
      else if (value !== '') input.answers.push({ field: row.f.key, value });
    }
    this.sender(input);
  }
}

/** A form with no fields is a classic one: name, email and company. */
function classic(t) {
  const words = (en, fr) => [{ language: 'en', text: en }, { language: 'fr', text: fr }];
  return [
    { key: 'name', kind: 'TEXT', required: true, label: words('Full name', 'Nom complet'), help: [], options: [] },
    { key: 'email', kind: 'EMAIL', required: true, label: words('Work email', 'E-mail professionnel'), help: [], options: [] },
    { key: 'company', kind: 'TEXT', required: false, label: words('Company', 'Entreprise'), help: [], options: [] },
  ];
}

if (!customElements.get('switchboard-form')) customElements.define('switchboard-form', SwitchboardForm);
