// The booking overlay: a modal dialog in its own shadow root that walks the prospect from "finding times" to
// "you are booked", and says clearly what went wrong when something does, keeping what they typed.
import { h, shadow } from './styles.js';
import { picker, whenOf, detectedZone } from './picker.js';
import { BOOK, SLOTS, uuid } from './api.js';

const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export class Overlay {
  /** @param ctx { api, t, lang, target (where events are dispatched), messages: { disqualified, disqualifiedUrl, fallback } } */
  constructor(ctx) {
    this.ctx = ctx;
  }

  open() {
    if (this.host) return;
    const { t } = this.ctx;
    this.returnTo = document.activeElement;
    this.host = document.createElement('switchboard-booking');
    const { root, box } = shadow(this.host);
    this.root = root;
    if (this.ctx.brand) box.style.setProperty('--sb-brand', this.ctx.brand);
    this.title = h('h2', { id: 'sb-title', tabindex: '-1' }, t('dialog'));
    this.sub = h('p', { class: 'sub' });
    this.avatar = h('div', { class: 'avatar', 'aria-hidden': 'true', hidden: true });
    this.status = h('div', { class: 'msg', role: 'status', 'aria-live': 'polite' });
    this.body = h('div', { class: 'body' });
    this.dialog = h('div', { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'sb-title', onkeydown: (e) => this.keys(e) },
      h('div', { class: 'head' }, this.avatar, h('div', { class: 'who' }, this.title, this.sub),
        h('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => this.close() }, '×')),
      this.status, this.body);
    box.append(h('div', { class: 'backdrop', onclick: (e) => e.target === e.currentTarget && this.close() }, this.dialog));
    document.body.append(this.host);
    this.title.focus();
  }

  close() {
    if (!this.host) return;
    this.host.remove();
    this.host = null;
    this.emit('closed', {});
    if (this.returnTo?.focus) this.returnTo.focus();
  }

  keys(e) {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    } else if (e.key === 'Tab') {
      const all = [...this.dialog.querySelectorAll(FOCUSABLE)].filter((el) => !el.closest('[hidden]') && el.getClientRects().length);
      if (!all.length) return;
      const at = all.indexOf(this.root.activeElement);
      const to = e.shiftKey ? (at <= 0 ? all.length - 1 : at - 1) : at === all.length - 1 ? 0 : at + 1;
      e.preventDefault();
      all[to].focus();
    }
  }

  emit(name, detail) {
    (this.ctx.target || document).dispatchEvent(new CustomEvent('switchboard:' + name, { detail, bubbles: true, composed: true }));
  }

  say(text, kind = '') {
    this.status.className = 'msg ' + kind;
    this.status.textContent = text || '';
  }

  loading(text) {
    this.open();
    this.say('');
    this.body.setAttribute('aria-busy', 'true');
    this.body.replaceChildren(h('div', { class: 'spinner', role: 'progressbar', 'aria-label': text }), h('p', { class: 'sr' }, text));
  }

  /** A message and buttons, e.g. a network failure with "Try again". */
  message(text, kind, actions = []) {
    this.open();
    this.say('');
    this.body.removeAttribute('aria-busy');
    const buttons = actions.map((a) => h('button', { type: 'button', class: a.primary ? 'primary' : '', onclick: a.run }, a.label));
    this.body.replaceChildren(h('p', { class: 'msg ' + kind, role: kind === 'bad' ? 'alert' : null }, text), h('div', { class: 'actions' }, buttons));
    (buttons[0] || this.title).focus();
  }

  invalid(errors, back) {
    const { t } = this.ctx;
    this.message(t('invalid'), 'bad', [{ label: t('back'), primary: true, run: () => { this.close(); back(errors); } }]);
    this.body.insertBefore(h('ul', {}, errors.map((e) => h('li', {}, `${e.label || e.field || ''}: ${e.message}`))), this.body.lastChild);
  }

  header(rep, meetingType) {
    const { t } = this.ctx;
    this.sub.textContent = [rep ? t('with', { rep: rep.name }) : t('withTeam'), meetingType ? t('duration', { n: meetingType.durationMinutes }) : '']
      .filter(Boolean).join(' · ');
    if (rep) {
      this.avatar.hidden = false;
      this.avatar.textContent = rep.name.split(/\s+/).map((w) => w[0]).slice(0, 2).join('').toUpperCase();
    }
  }

  /** What submitLead answered: slots to book, or why there are none. */
  submitted(payload, zone) {
    const { t, messages = {} } = this.ctx;
    const a = payload.assignment;
    const rep = a?.rep;
    this.emit('submitted', { leadId: payload.lead?.id, outcome: a?.outcome, repeated: payload.repeated });
    if (a?.outcome === 'DISQUALIFIED') {
      this.emit('disqualified', { leadId: payload.lead.id });
      if (messages.disqualifiedUrl) {
        location.assign(messages.disqualifiedUrl);
        return;
      }
      this.message(messages.disqualified || t('disqualified'), '', [{ label: t('close'), run: () => this.close() }]);
      return;
    }
    const open = payload.openSlots;
    this.header(rep, open?.meetingType);
    if (!open || !open.slots.length) {
      const custom = typeof messages.fallback === 'function' ? messages.fallback(rep) : messages.fallback;
      const words = custom || (rep ? t('fallbackRep', { rep: rep.name }) : t('fallback'));
      this.message(`${t('thanks')} ${words}`, '', [{ label: t('close'), run: () => this.close() }]);
      return;
    }
    this.showSlots(payload, open, zone);
  }

  showSlots(payload, open, zone) {
    const { api, t, lang } = this.ctx;
    const rep = payload.assignment?.rep;
    const pool = payload.assignment?.pool;
    this.body.removeAttribute('aria-busy');
    this.say('');
    const box = h('div', { class: 'picker' });
    this.body.replaceChildren(box);
    const days = 8;
    const more = rep || pool
      ? async (from, to) => {
          const data = await api.call(SLOTS, { input: { of: rep ? { repId: rep.id } : { poolId: pool.id }, meetingTypeId: open.meetingType.id, from, to, timeZone: zone } });
          return data.availableSlots.slots;
        }
      : null;
    this.picker = picker(box, {
      slots: open.slots, zone, lang, t, label: 'confirm', more,
      loadedUntil: new Date(Date.now() + days * 86400000).toISOString(),
      onPick: (slot, chosenZone) => this.book(payload, open.meetingType, slot, chosenZone),
    });
    performance.mark('switchboard:slots-shown');
    try {
      performance.measure('switchboard:time-to-slots', 'switchboard:submit', 'switchboard:slots-shown');
    } catch (e) {
      // No submit mark (slots shown again after a retry): nothing to measure.
    }
    this.emit('slots', { count: open.slots.length });
    box.querySelector('.times button, .days button:not([disabled])')?.focus();
  }

  /** Books the slot; one idempotency key per slot and zone, kept across retries of that choice. */
  async book(payload, meetingType, slot, zone) {
    const { api, t } = this.ctx;
    const fingerprint = slot.start + ' ' + zone;
    if (this.bookAttempt?.fingerprint !== fingerprint) this.bookAttempt = { fingerprint, key: uuid() };
    const input = {
      leadId: payload.lead.id, meetingTypeId: meetingType.id, start: slot.start, timeZone: zone,
      idempotencyKey: this.bookAttempt.key,
    };
    this.picker.busy(true);
    this.say(t('booking'));
    let answer;
    try {
      answer = await api.retrying(BOOK, { input }, (d) => d.bookMeeting, { onRetry: () => this.say(t('retrying'), 'warn') });
    } catch (e) {
      this.picker.busy(false);
      this.say(e.code === 'RATE_LIMITED' ? t('rateLimited') : e.code === 'NETWORK' ? t('network') : t('failed'), 'bad');
      this.emit('error', { code: e.code });
      return;
    }
    this.picker.busy(false);
    if (answer.errors.some((e) => e.code === 'SLOT_TAKEN')) {
      this.bookAttempt = null;
      this.picker.update(answer.slots);
      this.say(t('taken'), 'warn');
      this.emit('slot-taken', { start: slot.start });
      return;
    }
    if (answer.errors.length) {
      this.say(answer.errors.map((e) => e.message).join(' '), 'bad');
      return;
    }
    this.bookAttempt = null;
    this.confirmed(answer.booking, answer.link, zone, answer.booking.rep?.name);
  }

  confirmed(booking, link, zone, repName) {
    const { api, t, lang } = this.ctx;
    this.say('');
    const manage = new URL('manage.html?link=' + encodeURIComponent(link), import.meta.url).href;
    const when = whenOf(booking.start, zone, lang);
    this.body.replaceChildren(
      h('ul', { class: 'details' },
        h('li', {}, t('bookedLine', { title: booking.title, when, zone: zone.replace(/_/g, ' ') })),
        repName && h('li', {}, t('withRep', { rep: repName })),
        booking.location && h('li', {}, t('location', { location: booking.location }))),
      h('p', {}, t('mailed')),
      h('div', { class: 'actions' },
        h('a', { class: 'link', href: api.url(booking.inviteUrl), download: 'invite.ics' }, t('calendar')),
        h('a', { class: 'link', href: manage, target: '_blank', rel: 'noopener' }, t('manage'))),
    );
    this.title.textContent = t('booked');
    this.title.focus();
    this.emit('booked', { bookingId: booking.id, start: booking.start, link, manageUrl: manage });
  }
}

export { detectedZone };
