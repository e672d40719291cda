// The hosted page a prospect opens from their booking's signed link (bookMeeting's link, or the invite mail's):
// it shows the meeting and lets them move it to another of the rep's open times, or cancel it. The link is the
// only credential; no widget key is needed here.
import { Api, MANAGED, RESCHEDULE, CANCEL } from './api.js';
import { language, translator } from './i18n.js';
import { picker, whenOf, detectedZone } from './picker.js';
import { h, shadow } from './styles.js';

const params = new URLSearchParams(location.search);
let link = params.get('link') || '';
const lang = language(params.get('lang'), navigator.language);
const t = translator(lang);
document.documentElement.lang = lang;
document.title = t('manageTitle');
const api = new Api(new URL('..', import.meta.url).href.replace(/\/$/, ''), null);
const zone = detectedZone();

const host = document.querySelector('switchboard-manage');
const { box } = shadow(host);
const card = h('div', { class: 'dialog', role: 'region', 'aria-labelledby': 'sb-title' });
const status = h('div', { class: 'msg', role: 'status', 'aria-live': 'polite' });
box.append(card);

function say(text, kind = '') {
  status.className = 'msg ' + kind;
  status.textContent = text || '';
}

async function load() {
  let booking;
  try {
    booking = (await api.call(MANAGED, { link, zone })).managedBooking;
  } catch (e) {
    show(null, e.code === 'NETWORK' ? t('network') : t('failed'));
    return;
  }
  show(booking);
}

function show(booking, problem) {
  const title = h('h1', { id: 'sb-title', tabindex: '-1', style: 'font-size:1.4em;margin:0 0 .4em' }, t('manageTitle'));
  if (!booking) {
    card.replaceChildren(title, h('p', { class: 'msg bad', role: 'alert' }, problem || t('badLink')),
      problem ? h('button', { type: 'button', class: 'primary', onclick: load }, t('retry')) : '');
    return;
  }
  const cancelled = booking.status === 'CANCELLED';
  const actions = h('div', { class: 'actions' });
  const area = h('div', { class: 'picker' });
  card.replaceChildren(
    title,
    h('p', { class: 'msg' + (cancelled ? ' warn' : ''), 'data-status': booking.status }, h('strong', {}, t('status_' + booking.status))),
    h('ul', { class: 'details' },
      h('li', { class: 'when' }, t('bookedLine', { title: booking.title, when: whenOf(booking.start, zone, lang), zone: zone.replace(/_/g, ' ') })),
      h('li', {}, t('withRep', { rep: booking.repName })),
      booking.location && h('li', {}, t('location', { location: booking.location }))),
    status,
    cancelled ? '' : actions,
    area,
  );
  if (cancelled) return;
  actions.append(
    h('a', { class: 'link', href: api.url(booking.inviteUrl), download: 'invite.ics' }, t('calendar')),
    h('button', { type: 'button', onclick: () => reschedule(booking, area) }, t('reschedule')),
    h('button', { type: 'button', onclick: () => confirmCancel(booking, area) }, t('cancel')),
  );
}

function reschedule(booking, area) {
  say('');
  const slots = booking.slots.slots;
  const p = picker(area, {
    slots, zone, lang, t, label: 'moveTo',
    onPick: async (slot) => {
      p.busy(true);
      say(t('booking'));
      let answer;
      try {
        answer = (await api.retrying(RESCHEDULE, { input: { bookingId: booking.id, link, start: slot.start } }, (d) => d))
          .rescheduleBooking;
      } catch (e) {
        p.busy(false);
        say(e.code === 'NETWORK' ? t('network') : t('failed'), 'bad');
        return;
      }
      p.busy(false);
      if (answer.errors.some((e) => e.code === 'SLOT_TAKEN')) {
        p.update(answer.slots);
        say(t('taken'), 'warn');
        return;
      }
      if (answer.errors.length) {
        say(answer.errors.map((e) => e.message).join(' '), 'bad');
        return;
      }
      // The old link expired with the old time; the page now holds the new one.
      link = answer.link;
      params.set('link', link);
      history.replaceState(null, '', '?' + params);
      const moved = t('moved', { when: whenOf(answer.booking.start, zone, lang) });
      await load();
      say(moved);
    },
  });
  area.querySelector('.days button:not([disabled])')?.focus();
}

function confirmCancel(booking, area) {
  const yes = h('button', {
    type: 'button', class: 'primary', onclick: async () => {
      yes.disabled = true;
      try {
        const answer = (await api.retrying(CANCEL, { input: { bookingId: booking.id, link } }, (d) => d)).cancelBooking;
        if (answer.errors.length) {
          say(answer.errors.map((e) => e.message).join(' '), 'bad');
          return;
        }
        await load();
        say(t('cancelled'));
      } catch (e) {
        yes.disabled = false;
        say(e.code === 'NETWORK' ? t('network') : t('failed'), 'bad');
      }
    },
  }, t('cancelConfirm'));
  area.replaceChildren(h('div', { class: 'actions' }, yes, h('button', { type: 'button', onclick: () => area.replaceChildren() }, t('keep'))));
  yes.focus();
}

load();
