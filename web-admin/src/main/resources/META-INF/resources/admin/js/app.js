import { html, nothing } from 'lit';
import { gql, signIn, signOut } from './api.js';
import { Page, problem, errorSummary, fieldError, describedBy, invalid, idFor } from './ui.js';
import './pages/reps.js';
import './pages/pools.js';
import './pages/routers.js';
import './pages/simulate.js';
import './pages/log.js';
import './pages/queues.js';
import './pages/insights.js';
import { SETTINGS_PAGES } from './pages/settings.js';
import { REP_PAGES } from './pages/me.js';

/** Pages by hash route; admin pages are left out of a rep's navigation and refused to them. */
const PAGES = [
  { nav: 'Reps', path: '/reps', admin: true, render: () => html`<sb-reps></sb-reps>` },
  { path: /^\/reps\/(.+)$/, admin: true, render: (id) => html`<sb-rep .repId=${id}></sb-rep>` },
  { nav: 'Pools', path: '/pools', admin: true, render: () => html`<sb-pools></sb-pools>` },
  { path: /^\/pools\/(.+)$/, admin: true, render: (id) => html`<sb-pool-editor .poolId=${id === 'new' ? null : id}></sb-pool-editor>` },
  { nav: 'Routers', path: '/routers', admin: true, render: () => html`<sb-routers></sb-routers>` },
  { path: /^\/routers\/([^/]+)\/history$/, admin: true, render: (id) => html`<sb-router-history .routerId=${id}></sb-router-history>` },
  { path: /^\/routers\/([^/]+)\/replay$/, admin: true, render: (id) => html`<sb-replay .routerId=${id}></sb-replay>` },
  { path: /^\/routers\/(.+)$/, admin: true, render: (id) => html`<sb-router-editor .routerId=${id === 'new' ? null : id}></sb-router-editor>` },
  { nav: 'Test a lead', path: '/test', admin: true, render: () => html`<sb-simulate></sb-simulate>` },
  { nav: 'Routing log', path: '/log', admin: true, render: () => html`<sb-log></sb-log>` },
  { path: /^\/leads\/(.+)$/, admin: false, render: (id) => html`<sb-lead .leadId=${id}></sb-lead>` },
  { nav: 'My leads', path: '/my-leads', rep: true, render: () => html`<sb-log .mine=${true}></sb-log>` },
  { nav: 'Bookings', path: '/bookings', admin: true, render: () => html`<sb-bookings></sb-bookings>` },
  { nav: 'Analytics', path: '/analytics', admin: true, render: () => html`<sb-analytics></sb-analytics>` },
  { nav: 'Claim queues', path: '/queues', admin: false, both: true, render: () => html`<sb-queues></sb-queues>` },
  { nav: 'Audit log', path: '/audit', admin: true, render: () => html`<sb-audit></sb-audit>` },
  { path: '/account', admin: false, render: () => html`<sb-account></sb-account>` },
  ...SETTINGS_PAGES,
  ...REP_PAGES,
];

function route() {
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  for (const page of PAGES) {
    if (typeof page.path === 'string' && page.path === path) return { page, arg: null };
    if (page.path instanceof RegExp) {
      const m = page.path.exec(path);
      if (m) return { page, arg: decodeURIComponent(m[1]) };
    }
  }
  return null;
}

class App extends Page {
  static properties = { me: { state: true }, loading: { state: true }, path: { state: true } };

  constructor() {
    super();
    this.loading = true;
    this.path = location.hash;
    window.addEventListener('hashchange', () => {
      this.path = location.hash;
      this.updateComplete.then(() => document.querySelector('main h1')?.focus());
    });
    window.addEventListener('sb-signed-out', () => { this.me = null; });
  }

  connectedCallback() {
    super.connectedCallback();
    this.whoAmI();
  }

  async whoAmI() {
    try {
      const data = await gql('{ me { kind name rep { id name } } }');
      this.me = data.me && (data.me.kind === 'ADMIN' || data.me.kind === 'REP') ? data.me : null;
    } catch {
      this.me = null;
    }
    this.loading = false;
  }

  get admin() {
    return this.me?.kind === 'ADMIN';
  }

  render() {
    if (this.loading) return html`<main id="main"><p>Loading…</p></main>`;
    if (!this.me) return html`<sb-sign-in @signed-in=${() => this.whoAmI()}></sb-sign-in>`;
    const found = route();
    const home = this.admin ? '#/reps' : '#/my-leads';
    if (!found) {
      queueMicrotask(() => { location.replace(home); });
      return nothing;
    }
    const allowed = this.admin ? !found.page.rep : !found.page.admin;
    const links = PAGES.filter((p) => p.nav && (p.both || (this.admin ? !p.rep : p.rep)));
    return html`
      <a class="skip" href="#main" @click=${(e) => { e.preventDefault(); document.querySelector('main h1')?.focus(); }}>Skip to content</a>
      <header class="top">
        <a class="brand" href=${home}>Switchboard</a>
        <nav aria-label="Main">
          <ul>${links.map((p) => html`<li><a href=${'#' + p.path}
              aria-current=${location.hash === '#' + p.path || location.hash.startsWith('#' + p.path + '/') ? 'page' : 'false'}>${p.nav}</a></li>`)}</ul>
        </nav>
        <div class="who">
          <a href="/graphiql" title="Run GraphQL queries as you, signed in">GraphiQL</a>
          <a href="#/account" title="Change your password">${this.me.name}${this.admin ? '' : ' (rep)'}</a>
          <button class="link" @click=${this.signOut}>Sign out</button>
        </div>
      </header>
      <main id="main">
        ${allowed ? found.page.render(found.arg)
          : html`<h1 tabindex="-1">Not for your role</h1><p>This page is for admins. <a href=${home}>Go to your leads</a>.</p>`}
      </main>`;
  }

  async signOut() {
    await signOut();
    this.me = null;
    location.hash = '';
  }
}
customElements.define('sb-app', App);

class SignInForm extends Page {
  static properties = { error: { state: true }, busy: { state: true } };

  render() {
    return html`<main id="main" class="sign-in">
      <h1 tabindex="-1">Sign in to Switchboard</h1>
      <form @submit=${this.submit}>
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required autofocus>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        ${problem(this.error)}
        <button type="submit" ?disabled=${this.busy}>Sign in</button>
      </form>
      <p class="hint">First time on the demo? The console printed the admin's email and a one-time password when
        Switchboard first started; sign in with them, then change the password under your name.</p>
    </main>`;
  }

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.busy = true;
    this.error = null;
    try {
      await signIn(form.get('email'), form.get('password'));
      this.dispatchEvent(new CustomEvent('signed-in', { bubbles: true }));
    } catch (e) {
      this.error = e.message;
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('sb-sign-in', SignInForm);

class Account extends Page {
  static properties = { errors: { state: true }, done: { state: true }, error: { state: true } };

  render() {
    const e = this.errors;
    return html`<h1 tabindex="-1">Your password</h1>
      <form class="narrow" @submit=${this.submit}>
        ${errorSummary(e, 'The password was not changed')}
        <label for=${idFor('currentPassword')}>Current password</label>
        <input id=${idFor('currentPassword')} name="currentPassword" type="password" autocomplete="current-password" required
          aria-invalid=${invalid(e, 'currentPassword')} aria-describedby=${describedBy(e, 'currentPassword') ?? ''}>
        ${fieldError(e, 'currentPassword')}
        <label for=${idFor('newPassword')}>New password <span class="hint">(12 to 72 characters)</span></label>
        <input id=${idFor('newPassword')} name="newPassword" type="password" autocomplete="new-password" required
          aria-invalid=${invalid(e, 'newPassword')} aria-describedby=${describedBy(e, 'newPassword') ?? ''}>
        ${fieldError(e, 'newPassword')}
        ${problem(this.error)}
        ${this.done ? html`<p class="status" role="status">Password changed.</p>` : nothing}
        <button type="submit">Change password</button>
      </form>`;
  }

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.done = false;
    this.error = null;
    try {
      const data = await gql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { changed errors { code field message } } }`,
        { input: { currentPassword: form.get('currentPassword'), newPassword: form.get('newPassword') } });
      this.errors = data.changePassword.errors;
      this.done = data.changePassword.changed;
      if (this.done) event.target.reset();
    } catch (e) {
      this.error = e.message;
    }
  }
}
customElements.define('sb-account', Account);
