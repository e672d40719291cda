import { html } from 'lit';

/**
 * Every page by hash route, with what the navigation needs (label, who sees it) and the module that defines the
 * page's element, imported on the route's first visit: the first load of /admin fetches only the app shell, and
 * each page's code arrives when it is opened. Admin pages are left out of a rep's navigation and refused to them.
 *
 * A route without `load` is defined by app.js itself.
 */
const reps = () => import('./pages/reps.js');
const pools = () => import('./pages/pools.js');
const routers = () => import('./pages/routers.js');
const log = () => import('./pages/log.js');
const settings = () => import('./pages/settings.js');
const me = () => import('./pages/me.js');

export const PAGES = [
  { nav: 'Reps', path: '/reps', admin: true, load: reps, render: () => html`<sb-reps></sb-reps>` },
  { path: /^\/reps\/(.+)$/, admin: true, load: reps, render: (id) => html`<sb-rep .repId=${id}></sb-rep>` },
  { nav: 'Pools', path: '/pools', admin: true, load: pools, render: () => html`<sb-pools></sb-pools>` },
  { path: /^\/pools\/(.+)$/, admin: true, load: pools, render: (id) => html`<sb-pool-editor .poolId=${id === 'new' ? null : id}></sb-pool-editor>` },
  { nav: 'Routers', path: '/routers', admin: true, load: routers, render: () => html`<sb-routers></sb-routers>` },
  { path: /^\/routers\/([^/]+)\/history$/, admin: true, load: () => import('./pages/history.js'), render: (id) => html`<sb-router-history .routerId=${id}></sb-router-history>` },
  { path: /^\/routers\/([^/]+)\/replay$/, admin: true, load: () => import('./pages/replay.js'), render: (id) => html`<sb-replay .routerId=${id}></sb-replay>` },
  { path: /^\/routers\/(.+)$/, admin: true, load: routers, render: (id) => html`<sb-router-editor .routerId=${id === 'new' ? null : id}></sb-router-editor>` },
  { nav: 'Test a lead', path: '/test', admin: true, load: () => import('./pages/simulate.js'), render: () => html`<sb-simulate></sb-simulate>` },
  { nav: 'Routing log', path: '/log', admin: true, load: log, render: () => html`<sb-log></sb-log>` },
  { path: /^\/leads\/(.+)$/, admin: false, load: log, render: (id) => html`<sb-lead .leadId=${id}></sb-lead>` },
  { nav: 'My leads', path: '/my-leads', rep: true, load: log, render: () => html`<sb-log .mine=${true}></sb-log>` },
  { nav: 'Bookings', path: '/bookings', admin: true, load: () => import('./pages/bookings.js'), render: () => html`<sb-bookings></sb-bookings>` },
  { nav: 'Analytics', path: '/analytics', admin: true, load: () => import('./pages/analytics.js'), render: () => html`<sb-analytics></sb-analytics>` },
  { nav: 'Claim queues', path: '/queues', admin: false, both: true, load: () => import('./pages/queues.js'), render: () => html`<sb-queues></sb-queues>` },
  { nav: 'Audit log', path: '/audit', admin: true, load: log, render: () => html`<sb-audit></sb-audit>` },
  { path: '/account', admin: false, render: () => html`<sb-account></sb-account>` },
  { nav: 'Settings', path: '/settings', admin: true, load: settings, render: () => html`<sb-settings></sb-settings>` },
  { path: '/settings/qualification', admin: true, load: settings, render: () => html`<sb-qualification></sb-qualification>` },
  { path: '/settings/accounts', admin: true, load: () => import('./pages/accounts.js'), render: () => html`<sb-accounts></sb-accounts>` },
  { path: '/settings/forms', admin: true, load: () => import('./pages/forms.js'), render: () => html`<sb-forms></sb-forms>` },
  { path: /^\/settings\/forms\/(.+)$/, admin: true, load: () => import('./pages/form-editor.js'), render: (id) => html`<sb-form-editor .formId=${id}></sb-form-editor>` },
  { path: '/settings/api-keys', admin: true, load: () => import('./pages/keys.js'), render: () => html`<sb-api-keys></sb-api-keys>` },
  { path: '/settings/webhooks', admin: true, load: () => import('./pages/webhooks.js'), render: () => html`<sb-webhooks></sb-webhooks>` },
  { path: /^\/settings\/webhooks\/(.+)$/, admin: true, load: () => import('./pages/webhooks.js'), render: (id) => html`<sb-webhook .webhookId=${id}></sb-webhook>` },
  { path: '/settings/users', admin: true, load: settings, render: () => html`<sb-users></sb-users>` },
  { nav: 'My bookings', path: '/my-bookings', rep: true, load: me, render: () => html`<sb-my-bookings></sb-my-bookings>` },
  { nav: 'My availability', path: '/my-availability', rep: true, load: me, render: () => html`<sb-my-availability></sb-my-availability>` },
];

/** The page the current hash names and its argument, or null. */
export function route() {
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
