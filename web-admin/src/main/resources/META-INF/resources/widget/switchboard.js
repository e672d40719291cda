// Switchboard's booking widget: one <script type="module" src=".../widget/switchboard.js" data-key="sb_pk_...">.
// It attaches to a host form (data-form, or Switchboard.attach) and defines <switchboard-form>. It adds one
// global, window.Switchboard, two custom elements, and nothing else to the page.
import { Api, SUBMIT, WidgetError, uuid } from './api.js';
import { language, translator } from './i18n.js';
import { Overlay } from './overlay.js';
import { detectedZone } from './picker.js';

const script = [...document.scripts].find((s) => s.src && s.src.split('?')[0] === import.meta.url.split('?')[0]);
const data = script ? script.dataset : {};
const base = data.api || new URL('..', import.meta.url).href;

/** Lead fields of SubmitLeadInput a host form may fill; the rest of its answers go as attributes when listed. */
const FIELDS = ['name', 'email', 'phone', 'company', 'industry', 'employees', 'annualRevenue', 'country', 'region',
  'postalCode', 'product', 'dealValue', 'source', 'language', 'jobTitle', 'score'];
const INTEGERS = ['employees', 'score'];
/** Days of slots asked with the lead: a week from today in any zone; later weeks are asked as they are shown. */
export const DAYS = 8;

/** "email:work_email, name:first last" → { email: 'work_email', name: 'first last' } */
function mapping(text) {
  const map = {};
  for (const pair of (text || '').split(',')) {
    const [field, names] = pair.split(':').map((s) => s && s.trim());
    if (field && names) map[field] = names;
  }
  return map;
}

function valueOf(form, name) {
  const el = form.elements.namedItem(name);
  if (!el) return '';
  if (el instanceof RadioNodeList) {
    const checked = [...el].filter((e) => e.checked || e.selected).map((e) => e.value);
    return checked.length ? checked.join(', ') : el.value || '';
  }
  if (el.type === 'checkbox') return el.checked ? el.value || 'true' : '';
  if (el.multiple) return [...el.selectedOptions].map((o) => o.value).join(', ');
  return (el.value || '').trim();
}

/** The context every surface shares: the API client, the words and the messages. */
export function context(options = {}) {
  const lang = language(options.lang, data.lang, document.documentElement.lang, navigator.language);
  return {
    api: new Api(options.api || base, options.key || data.key),
    lang,
    t: translator(lang),
    brand: options.brand || data.brand,
    messages: {
      disqualified: options.disqualifiedMessage || data.disqualifiedMessage,
      disqualifiedUrl: options.disqualifiedUrl || data.disqualifiedUrl,
      fallback: options.fallbackMessage || data.fallbackMessage,
      ...(options.messages || {}),
    },
  };
}

/**
 * Sends a lead and walks the prospect through the overlay. The attempt (its idempotency key) is kept while the
 * input is the same, so "Try again" after a network failure answers the first lead instead of making another.
 */
export function submitter(ctx, overlay, onInvalid) {
  let attempt = null;
  const send = async (input) => {
    const fingerprint = JSON.stringify(input);
    if (attempt?.fingerprint !== fingerprint) attempt = { fingerprint, key: uuid() };
    const zone = detectedZone();
    const { t } = ctx;
    performance.clearMarks?.('switchboard:submit');
    performance.mark('switchboard:submit');
    overlay.loading(t('loading'));
    try {
      const payload = await ctx.api.retrying(
        SUBMIT,
        { input: { ...input, idempotencyKey: attempt.key }, zone, days: DAYS },
        (d) => d.submitLead,
        { onRetry: () => overlay.say(t('retrying'), 'warn') },
      );
      if (payload.errors.length && !payload.lead) {
        overlay.invalid(payload.errors, onInvalid);
        return payload;
      }
      attempt = null;
      overlay.submitted(payload, zone);
      return payload;
    } catch (e) {
      const words = e.code === 'RATE_LIMITED' ? t('rateLimited')
        : e.code === 'SUBMISSION_REJECTED' ? t('rejected')
          : e.code === 'NETWORK' ? t('network') : t('failed');
      overlay.emit('error', { code: e.code });
      overlay.message(words, 'bad', [
        { label: t('retry'), primary: true, run: () => send(input) },
        { label: t('close'), run: () => overlay.close() },
      ]);
      return null;
    }
  };
  return send;
}

/**
 * Attaches to a host form: on its submit, sends the mapped answers as a lead and opens the booking overlay.
 * options: selector (or form), fields ({leadField: 'hostName'}; several names joined by spaces), attributes
 * (host names sent as custom attributes), formId, key, lang, brand, messages, submitHost (submit the host form
 * too once the overlay closes).
 */
export function attach(options) {
  const ctx = context(options);
  const fields = typeof options.fields === 'string' ? mapping(options.fields) : options.fields || {};
  const attributes = options.attributes || [];
  const formId = options.formId || data.formId;
  let form = options.form || document.querySelector(options.selector);
  let startedAt;
  let honeypot;

  const hook = (found) => {
    form = found;
    startedAt = new Date().toISOString();
    // A field people never see: bots that fill every input fill it too, and the server refuses their lead.
    honeypot = Object.assign(document.createElement('input'), { type: 'text', name: 'sb_website', tabIndex: -1, autocomplete: 'off' });
    honeypot.setAttribute('aria-hidden', 'true');
    honeypot.style.cssText = 'position:absolute!important;left:-10000px!important;width:1px!important;height:1px!important;opacity:0!important';
    form.append(honeypot);
    form.addEventListener('submit', onSubmit);
  };

  const overlay = new Overlay({ ...ctx, target: null });
  const send = submitter(ctx, overlay, (errors) => {
    const first = errors.map((e) => fields[e.field]?.split(/\s+/)[0]).find(Boolean);
    const el = first && form.elements.namedItem(first);
    if (el?.focus) {
      el.setAttribute('aria-invalid', 'true');
      el.focus();
    }
  });

  function onSubmit(event) {
    event.preventDefault();
    overlay.ctx.target = form;
    // Without a form named, the widget key's own form takes the lead.
    const input = { to: formId ? { formId } : undefined, startedAt, honeypot: honeypot.value || null };
    for (const [field, names] of Object.entries(fields)) {
      if (!FIELDS.includes(field)) continue;
      const value = names.split(/\s+/).map((n) => valueOf(form, n)).filter(Boolean).join(' ');
      if (!value) continue;
      input[field] = INTEGERS.includes(field) ? parseInt(value.replace(/\D/g, ''), 10) || null : value;
    }
    const params = new URLSearchParams(location.search);
    if (!input.source && params.get('utm_source')) input.source = params.get('utm_source');
    if (!input.language) input.language = ctx.lang;
    const extra = attributes.map((name) => ({ key: name.replace(/[^A-Za-z0-9_-]/g, '_').replace(/^[^A-Za-z]/, 'f'), value: valueOf(form, name) }))
      .filter((a) => a.value);
    if (extra.length) input.attributes = extra;
    send(input).then((payload) => {
      if (options.submitHost && payload) {
        form.addEventListener('switchboard:closed', () => HTMLFormElement.prototype.submit.call(form), { once: true });
      }
    });
  }

  if (form) hook(form);
  else {
    // Forms built by a script (HubSpot, Marketo) appear after the page: wait for it.
    const watch = new MutationObserver(() => {
      const found = document.querySelector(options.selector);
      if (found) {
        watch.disconnect();
        hook(found);
      }
    });
    watch.observe(document.documentElement, { childList: true, subtree: true });
  }
  return { get form() { return form; } };
}

const Switchboard = { attach, version: '1' };
// A second copy of this module (the script included twice, or under another query string) attaches nothing.
const first = !window.Switchboard;
if (first) window.Switchboard = Switchboard;

if (data.form && first) {
  const start = () => attach({ selector: data.form, fields: data.fields, attributes: (data.attributes || '').split(',').map((s) => s.trim()).filter(Boolean), submitHost: 'submitHost' in data });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

// The Switchboard-rendered form is loaded only when the page has one (or asks: Switchboard.form()).
const form = () => import('./form.js');
Switchboard.form = form;
const lookForForm = () => document.querySelector('switchboard-form') && form();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', lookForForm, { once: true });
else lookForForm();

export { WidgetError };
export default Switchboard;
