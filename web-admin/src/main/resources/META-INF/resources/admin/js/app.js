import { html, nothing } from 'lit';
import { gql, signIn, signOut } from './api.js';
import { Page, problem, errorSummary, fieldError, describedBy, invalid, idFor } from './ui.js';
import { PAGES, route } from './routes.js';

class App extends Page {
  static properties = {
    me: { state: true }, loading: { state: true }, path: { state: true }, loaded: { state: true }, failed: { state: true },
  };

  constructor() {
    super();
    this.loading = true;
    this.path = location.hash;
    /** The page modules imported so far (by their load function), and the one that failed to arrive, if any. */
    this.loaded = new Set();
    this.failed = null;
    window.addEventListener('hashchange', () => {
      this.path = location.hash;
      this.failed = null;
      this.updateComplete.then(() => this.focusHeading());
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

  /** Focuses the page's heading once the page has drawn it (a page whose module is still arriving has none yet). */
  async focusHeading() {
    const page = document.querySelector('main > *');
    await page?.updateComplete;
    document.querySelector('main h1')?.focus();
  }

  /** Imports the page's module on its first visit; the page draws once its element is defined. */
  ensureLoaded(page) {
    if (!page.load || this.loaded.has(page.load) || this.failed === page.load) return true;
    page.load().then(
      () => {
        this.loaded = new Set([...this.loaded, page.load]);
        this.updateComplete.then(() => this.focusHeading());
      },
      (e) => {
        this.failed = page.load;
        this.failure = e.message;
      },
    );
    return false;
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
        ${!allowed ? html`<h1 tabindex="-1">Not for your role</h1><p>This page is for admins. <a href=${home}>Go to your leads</a>.</p>`
          : this.failed === found.page.load
            ? html`<h1 tabindex="-1">This page did not load</h1>${problem(this.failure)}
              <p><button @click=${() => { this.failed = null; }}>Try again</button></p>`
            : this.ensureLoaded(found.page) ? found.page.render(found.arg) : html`<p>Loading…</p>`}
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
