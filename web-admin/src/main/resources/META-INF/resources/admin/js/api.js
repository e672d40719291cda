// The admin's only way to the server: the session endpoints, GraphQL over HTTP, and subscriptions over
// graphql-transport-ws. Everything it shows comes through the same API integrators use.

function cookie(name) {
  const found = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

async function csrfHeader() {
  // Spring writes the token cookie lazily and renews it at sign-in: ask for one whenever it is missing.
  if (!cookie('XSRF-TOKEN')) {
    await fetch('/auth/csrf', { credentials: 'same-origin' });
  }
  return { 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') ?? '' };
}

/** A GraphQL error that is not an expected failure of the input (those come back as data, in errors). */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(await csrfHeader()) },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 403 && !cookie('XSRF-TOKEN')) {
    throw new ApiError('Your session expired: sign in again.', 'UNAUTHENTICATED');
  }
  const body = await response.json().catch(() => ({}));
  if (body.errors?.length) {
    const first = body.errors[0];
    const code = first.extensions?.code ?? first.extensions?.classification;
    if (code === 'UNAUTHENTICATED') {
      window.dispatchEvent(new CustomEvent('sb-signed-out'));
    }
    throw new ApiError(first.message, code);
  }
  if (!response.ok) {
    throw new ApiError(`The server answered ${response.status}.`, 'HTTP_' + response.status);
  }
  return body.data;
}

export async function signIn(email, password) {
  const response = await fetch('/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...(await csrfHeader()) },
    body: JSON.stringify({ email, password }),
  });
  if (response.status === 401) {
    throw new ApiError('Wrong email or password, or the account is locked for a while.', 'BAD_CREDENTIALS');
  }
  if (!response.ok) {
    throw new ApiError(`Signing in failed (${response.status}); reload the page and try again.`, 'HTTP_' + response.status);
  }
  // The token is renewed at sign-in; fetch the new one before the next request.
  await fetch('/auth/csrf', { credentials: 'same-origin' });
  return response.json();
}

export async function signOut() {
  await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: await csrfHeader() });
}

/**
 * One subscription over graphql-transport-ws; the handshake carries the session cookie.
 * Returns a function that ends it. onStatus hears 'live', 'closed'.
 */
export function subscribe(query, onData, onStatus = () => {}) {
  const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql-ws`,
    'graphql-transport-ws');
  let ended = false;
  socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    switch (message.type) {
      case 'connection_ack':
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        onStatus('live');
        break;
      case 'ping':
        socket.send(JSON.stringify({ type: 'pong' }));
        break;
      case 'next':
        if (message.payload?.data) onData(message.payload.data);
        break;
      case 'error':
      case 'complete':
        onStatus('closed');
        break;
      default:
    }
  });
  socket.addEventListener('close', () => { if (!ended) onStatus('closed'); });
  return () => {
    ended = true;
    if (socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ id: '1', type: 'complete' }));
      socket.close(1000);
    } else {
      socket.addEventListener('open', () => socket.close(1000));
    }
  };
}

/**
 * Runs a query whose root lists are connections (`reps(first: 100) { nodes { ... } }`) and answers with each of
 * them as its array of nodes, so a page reads `data.reps` as it did before lists were paged. A page that may hold
 * more than 100 asks for totalCount (kept on the array) and says how many were left out.
 */
export async function gqlLists(query, variables = {}) {
  const data = await gql(query, variables);
  return Object.fromEntries(Object.entries(data ?? {}).map(([field, value]) =>
    [field, value && Array.isArray(value.nodes) ? Object.assign(value.nodes, { totalCount: value.totalCount }) : value]));
}
