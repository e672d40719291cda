// The slot picker: a week of days, then the times of the chosen day, all read in the prospect's time zone from
// each slot's instant (so changing the zone needs no new request). Shared by the booking overlay and the
// hosted manage page.
import { h } from './styles.js';

const DAY = 86400000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day) => Date.parse(day + 'T00:00:00Z');

// Building an Intl formatter costs far more than using one, and a week holds hundreds of slots: one per use.
const formats = new Map();
function format(lang, options) {
  const key = lang + JSON.stringify(options);
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(lang, options));
  return formats.get(key);
}

/** The local date (yyyy-mm-dd) of an instant in a zone. */
export function localDay(instant, zone) {
  return format('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

export function timeOf(instant, zone, lang) {
  return format(lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

export function whenOf(instant, zone, lang) {
  return format(lang, {
    timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(instant));
}

/** A date-only label of a yyyy-mm-dd day, read as that calendar day whatever the zone. */
function dayLabel(day, lang, opts) {
  return format(lang, { timeZone: 'UTC', ...opts }).format(new Date(dayMs(day)));
}

export function detectedZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch (e) {
    return 'UTC';
  }
}

export function zones(first) {
  const all = Intl.supportedValuesOf ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([first, ...all, 'UTC'])];
}

/**
 * A picker in `box`. options: slots, zone, lang, t, label (the confirm button's words key), onPick(slot, zone),
 * more(fromIso, toIso) => Promise<slots> for days past those loaded, loadedUntil (an instant).
 */
export function picker(box, options) {
  const { t, lang } = options;
  const state = {
    slots: options.slots || [],
    zone: options.zone,
    week: null,
    day: null,
    chosen: null,
    loadedUntil: options.loadedUntil ? Date.parse(options.loadedUntil) : 0,
    busy: false,
  };
  const zoneSelect = h('select', { id: 'sb-zone', onchange: () => { state.zone = zoneSelect.value; state.week = null; render(); } },
    zones(state.zone).map((z) => h('option', { value: z, selected: z === state.zone }, z.replace(/_/g, ' '))));
  const weekLabel = h('span', { class: 'label', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button', 'aria-label': t('prevWeek'), onclick: () => move(-7) }, '‹');
  const next = h('button', { type: 'button', 'aria-label': t('nextWeek'), onclick: () => move(7) }, '›');
  const days = h('div', { class: 'days', role: 'group', 'aria-label': t('days') });
  const timesLabel = h('p', { class: 'sr', id: 'sb-times-label' });
  const times = h('div', { class: 'times', role: 'group', 'aria-labelledby': 'sb-times-label' });
  const empty = h('p', { class: 'msg' });
  const confirm = h('button', { type: 'button', class: 'primary', hidden: true, onclick: () => options.onPick(state.chosen, state.zone) });
  box.replaceChildren(
    h('div', { class: 'zone' }, h('label', { for: 'sb-zone' }, t('zone')), zoneSelect),
    h('div', { class: 'week' }, prev, weekLabel, next),
    days, timesLabel, times, empty, h('div', { class: 'actions' }, confirm),
  );

  function byDay() {
    const map = new Map();
    for (const s of state.slots) {
      const d = localDay(s.start, state.zone);
      if (!map.has(d)) map.set(d, []);
      map.get(d).push(s);
    }
    return map;
  }

  function today() {
    return localDay(Date.now(), state.zone);
  }

  async function move(step) {
    state.week = isoDay(dayMs(state.week) + step * DAY);
    state.day = null;
    const end = dayMs(state.week) + 8 * DAY;
    if (options.more && end > state.loadedUntil && !state.busy) {
      state.busy = true;
      render();
      try {
        const from = new Date(Math.max(state.loadedUntil, Date.now())).toISOString();
        const to = new Date(end + 7 * DAY).toISOString();
        const more = await options.more(from, to);
        const seen = new Set(state.slots.map((s) => s.start));
        state.slots = state.slots.concat(more.filter((s) => !seen.has(s.start)));
        state.loadedUntil = end + 7 * DAY;
      } finally {
        state.busy = false;
      }
    }
    render();
  }

  function render() {
    const grouped = byDay();
    const first = state.slots.length ? localDay(state.slots[0].start, state.zone) : today();
    state.week ||= first < today() ? today() : first;
    const weekDays = Array.from({ length: 7 }, (_, i) => isoDay(dayMs(state.week) + i * DAY));
    if (!state.day || !weekDays.includes(state.day)) state.day = weekDays.find((d) => grouped.has(d)) || null;
    weekLabel.textContent = `${dayLabel(weekDays[0], lang, { day: 'numeric', month: 'short' })} – ${dayLabel(weekDays[6], lang, { day: 'numeric', month: 'short', year: 'numeric' })}`;
    prev.disabled = state.week <= today() || state.busy;
    next.disabled = state.busy || (!options.more && !state.slots.some((s) => localDay(s.start, state.zone) > weekDays[6]));
    days.replaceChildren(...weekDays.map((d) => {
      const count = (grouped.get(d) || []).length;
      return h('button', {
        type: 'button', 'data-day': d, disabled: !count, 'aria-pressed': String(d === state.day),
        'aria-label': `${dayLabel(d, lang, { weekday: 'long', day: 'numeric', month: 'long' })}, ${count}`,
        onclick: () => { state.day = d; render(); times.querySelector('button')?.focus(); },
      }, h('span', {}, dayLabel(d, lang, { weekday: 'short' })), h('span', { class: 'n' }, dayLabel(d, lang, { day: 'numeric' })));
    }));
    const list = state.day ? grouped.get(state.day) || [] : [];
    timesLabel.textContent = state.day ? t('times', { day: dayLabel(state.day, lang, { weekday: 'long', day: 'numeric', month: 'long' }) }) : '';
    times.replaceChildren(...list.map((s) => h('button', {
      type: 'button', class: 'time', 'data-start': s.start, 'aria-pressed': String(state.chosen?.start === s.start),
      onclick: () => { state.chosen = s; render(); confirm.focus(); },
    }, timeOf(s.start, state.zone, lang))));
    empty.textContent = state.busy ? t('loading') : list.length ? '' : grouped.size ? t('noTimesDay') : t('noTimesWeek');
    const chosenShown = state.chosen && state.slots.some((s) => s.start === state.chosen.start);
    confirm.hidden = !chosenShown;
    if (chosenShown) confirm.textContent = t(options.label, { time: whenOf(state.chosen.start, state.zone, lang) });
  }

  render();
  return {
    get zone() { return state.zone; },
    /** New slots (fresh after SLOT_TAKEN): the choice is dropped, the week kept. */
    update(slots) {
      state.slots = slots;
      state.chosen = null;
      render();
    },
    set(slots) {
      state.slots = slots;
      render();
    },
    busy(on) {
      confirm.disabled = on;
    },
  };
}
