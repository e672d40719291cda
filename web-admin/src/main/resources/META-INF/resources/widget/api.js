// The widget's one way to the server: GraphQL over fetch, with the widget key, and retries that keep the
// idempotency key of their attempt so a retry after a lost answer never makes a second lead or booking.

/** A failure the prospect can act on: code is the API's (SLOT_TAKEN, NETWORK, RATE_LIMITED ...). */
export class WidgetError extends Error {
  constructor(code, message, extra = {}) {
    super(message);
    this.code = code;
    Object.assign(this, extra);
  }
}

export function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 15) | 64;
  b[8] = (b[8] & 63) | 128;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class Api {
  /** @param base the Switchboard origin (the script's own unless data-api says otherwise); key may be null */
  constructor(base, key) {
    this.base = base.replace(/\/$/, '');
    this.key = key;
  }

  url(path) {
    return new URL(path, this.base + '/').href;
  }

  /** One request; a network failure or a 5xx is NETWORK, a 429 RATE_LIMITED, a GraphQL error its code. */
  async call(query, variables) {
    let response;
    try {
      const headers = { 'Content-Type': 'application/json' };
      if (this.key) headers.Authorization = `Bearer ${this.key}`;
      response = await fetch(this.base + '/graphql', {
        method: 'POST',
        headers,
        credentials: 'omit',
        body: JSON.stringify({ query, variables }),
      });
    } catch (e) {
      throw new WidgetError('NETWORK', e.message);
    }
    if (response.status === 429) {
      throw new WidgetError('RATE_LIMITED', 'rate limited', { retryAfter: +response.headers.get('Retry-After') || 60 });
    }
    if (response.status >= 500) throw new WidgetError('NETWORK', `HTTP ${response.status}`);
    let body;
    try {
      body = await response.json();
    } catch (e) {
      throw new WidgetError('NETWORK', 'unreadable answer');
    }
    if (body.errors && body.errors.length) {
      const first = body.errors[0];
      throw new WidgetError(first.extensions?.code || 'ERROR', first.message);
    }
    return body.data;
  }

  /**
   * The call retried after NETWORK failures (and IN_PROGRESS answers, whose first call is still routing), with
   * the same variables, so with the same idempotency key. onRetry(n) tells the page a retry is under way.
   */
  async retrying(query, variables, pick, { attempts = 3, onRetry = () => {}, wait = (n) => 800 * n } = {}) {
    for (let n = 1; ; n++) {
      try {
        const payload = pick(await this.call(query, variables));
        const busy = payload.errors?.some((e) => e.code === 'IN_PROGRESS');
        if (!busy || n >= attempts) return payload;
      } catch (e) {
        if (e.code !== 'NETWORK' || n >= attempts) throw e;
      }
      onRetry(n);
      await new Promise((r) => setTimeout(r, wait(n)));
    }
  }
}

const SLOT = 'start end localStart reps { id name }';
const BOOKING = 'id status start end timeZone localStart title location inviteUrl';

export const SUBMIT = `mutation($input: SubmitLeadInput!, $zone: String, $days: Int) { submitLead(input: $input) {
  lead { id } repeated
  assignment { outcome rep { id name } pool { id name } }
  openSlots(timeZone: $zone, days: $days) { meetingType { id name durationMinutes location } slots { ${SLOT} } errors { code message } }
  errors { code field message } } }`;

export const SLOTS = `query($input: AvailableSlotsInput!) { availableSlots(input: $input) {
  slots { ${SLOT} } truncated errors { code field message } } }`;

export const BOOK = `mutation($input: BookMeetingInput!) { bookMeeting(input: $input) {
  booking { ${BOOKING} rep { name } } link slots { ${SLOT} } errors { code field message } } }`;

export const MANAGED = `query($link: String!, $zone: String) { managedBooking(link: $link) {
  ${BOOKING} repName meetingType { id name durationMinutes }
  slots(timeZone: $zone, days: 21) { slots { ${SLOT} } errors { code message } } } }`;

export const RESCHEDULE = `mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) {
  booking { ${BOOKING} } link slots { ${SLOT} } errors { code field message } } }`;

export const CANCEL = `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) {
  booking { ${BOOKING} } errors { code field message } } }`;
