import { LitElement, html, nothing } from 'lit';

/**
 * Pages render into the light DOM, so one stylesheet (admin.css) styles them all and labels, focus and
 * accessibility checks see one document.
 */
export class Page extends LitElement {
  createRenderRoot() {
    return this;
  }
}

/** The id of the input that edits an input path such as rules[0].when.all[1].compare.values. */
export function idFor(path) {
  return 'f-' + path.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** The API's errors about exactly this input path. */
export function errorsAt(errors, path) {
  return (errors ?? []).filter((e) => e.field === path);
}

/** The error text under an input, linked to it by aria-describedby (see describedBy). */
export function fieldError(errors, path) {
  const found = errorsAt(errors, path);
  if (!found.length) return nothing;
  return html`<p class="field-error" id=${idFor(path) + '-error'}>${found.map((e) => e.message).join('; ')}</p>`;
}

export function describedBy(errors, path) {
  return errorsAt(errors, path).length ? idFor(path) + '-error' : undefined;
}

export function invalid(errors, path) {
  return errorsAt(errors, path).length ? 'true' : 'false';
}

/** Every error of a failed save, at the top of the form, so none goes unseen. */
export function errorSummary(errors, what = 'Nothing was saved') {
  if (!errors?.length) return nothing;
  return html`<div class="error-summary" role="alert">
    <p><strong>${what}:</strong></p>
    <ul>${errors.map((e) => html`<li>${e.field ? html`<a href=${'#' + idFor(e.field)} @click=${focusField(e.field)}>${e.field}</a>: ` : ''}${e.message}</li>`)}</ul>
  </div>`;
}

/**
 * A save's errors split in two: the STALE ones (someone else saved the object since the page loaded it, so nothing
 * was saved), their messages joined, or null; and the rest, shown on their fields.
 */
export function splitStale(errors) {
  const stale = (errors ?? []).filter((e) => e.code === 'STALE');
  return { stale: stale.length ? stale.map((e) => e.message).join('; ') : null, rest: (errors ?? []).filter((e) => e.code !== 'STALE') };
}

/**
 * Says a save was refused because someone else saved this `what` (form, pool, router) while the admin was editing,
 * with the API's message and a button to reload theirs. The admin's edits stay on the page until they reload.
 */
export function staleAlert(what, message, reload) {
  if (!message) return nothing;
  return html`<div class="error-summary stale" role="alert"><p><strong>Not saved: someone else saved this ${what} while you were editing.</strong></p>
    <p>${message}</p><p><button type="button" @click=${reload}>Reload the latest version</button>
    <span class="hint">(your changes here are dropped)</span></p></div>`;
}

function focusField(path) {
  return (event) => {
    event.preventDefault();
    document.getElementById(idFor(path))?.focus();
  };
}

/** A failure that is not the input's fault (network, refusal): said once, politely. */
export function problem(message) {
  return message ? html`<p class="problem" role="alert">${message}</p>` : nothing;
}

export function status(message) {
  return html`<p class="status" role="status" aria-live="polite">${message ?? ''}</p>`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function when(iso) {
  return iso ? dateTime.format(new Date(iso)) : '';
}

/** ENUM_WORDS as "Enum words". */
export function words(value) {
  if (!value) return '';
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value for a datetime-local input, in the browser's time zone. */
export function localInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local input's value as an instant. */
export function fromLocalInput(value) {
  return value ? new Date(value).toISOString() : null;
}

export function timeZones() {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC', 'Europe/London', 'Europe/Paris', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo'];
  }
}

export function browserTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Blank text as null, so optional inputs are left out rather than sent empty. */
export function orNull(value) {
  return value === undefined || value === null || String(value).trim() === '' ? null : String(value).trim();
}

export function intOrNull(value) {
  const text = orNull(value);
  return text === null ? null : Number.parseInt(text, 10);
}
