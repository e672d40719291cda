// GraphiQL against this server's /graphql, as whoever uses it: a signed-in session (its cookie, with the
// XSRF-TOKEN cookie echoed as X-XSRF-TOKEN on every request, read afresh since it changes at sign-in), or a key
// put in the headers tab: {"Authorization": "Bearer sb_sk_..."}.
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var endpoint = new URL(params.get('path') || '/graphql', window.location.href);
  if (endpoint.origin !== window.location.origin) {
    throw new Error('GraphiQL only talks to the server it came from');
  }

  function xsrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function answer(response) {
    return response.text().then(function (text) {
      try {
        return JSON.parse(text);
      } catch (notJson) {
        // A refusal before GraphQL (401, 403, 413) is shown as an error rather than a blank result.
        return { errors: [{ message: 'HTTP ' + response.status + (text ? ': ' + text : '') }] };
      }
    });
  }

  function fetcher(graphQlParams, options) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = xsrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
    Object.assign(headers, options && options.headers);
    return fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify(graphQlParams)
    }).then(answer);
  }

  function start() {
    var root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      defaultQuery: '# Signed in? Run queries as you are. Otherwise put a key in the Headers tab below:\n'
        + '# {"Authorization": "Bearer sb_sk_..."}\n\n{ pools(first: 20) { nodes { id name members { rep { name } } } } }\n'
    }));
  }

  // A session's requests need the CSRF cookie; /auth/csrf sets it when the browser has none yet.
  if (xsrfToken()) {
    start();
  } else {
    fetch(new URL('/auth/csrf', window.location.href), { credentials: 'same-origin' }).then(start, start);
  }
})();
