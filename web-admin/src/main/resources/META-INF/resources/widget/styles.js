// The widget's only CSS, inside its shadow roots: nothing here reaches the host page, and the host page's rules
// reach the widget only through inherited properties, which .sb resets (the font family alone is inherited, on
// purpose). Theming goes through custom properties, which do cross the shadow boundary: --sb-brand, --sb-radius.
export const CSS = `
:host { all: initial; display: block; font-family: inherit; }
:host([hidden]) { display: none; }
.sb { all: initial; display: block; font-family: inherit; font-size: 16px; line-height: 1.45; color: #1d2230;
  --b: var(--sb-brand, #3049d1); --r: var(--sb-radius, 8px); }
.sb *, .sb *::before, .sb *::after { box-sizing: border-box; font-family: inherit; }
.sb h2 { font-size: 1.2em; margin: 0; line-height: 1.25; font-weight: 650; }
.sb p { margin: .5em 0; }
.sb button, .sb input, .sb select, .sb textarea { font: inherit; color: inherit; margin: 0; }
.sb button { cursor: pointer; border: 1px solid #c5cad6; background: #fff; border-radius: var(--r); padding: .5em .8em; line-height: 1.2; }
.sb button:hover:not(:disabled) { border-color: var(--b); }
.sb button:disabled { cursor: default; opacity: .45; }
.sb :focus-visible { outline: 3px solid var(--b); outline-offset: 2px; }
.sb .primary { background: var(--b); border-color: var(--b); color: #fff; font-weight: 600; padding: .65em 1.1em; }
.sb .link { display: inline-block; color: var(--b); font-weight: 600; margin: .3em 1em .3em 0; }
.sb .msg { border-radius: var(--r); padding: .7em .9em; margin: .6em 0; background: #eef1fb; }
.sb .msg.warn { background: #fff3d9; }
.sb .msg.bad { background: #fde8e8; }
.sb .msg:empty { display: none; }
.sb .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.backdrop { position: fixed; inset: 0; background: rgba(15, 20, 35, .55); display: flex; align-items: center;
  justify-content: center; padding: 1em; z-index: 2147483000; }
.dialog { background: #fff; border-radius: calc(var(--r) * 1.5); width: 100%; max-width: 600px; max-height: calc(100vh - 2em);
  overflow: auto; padding: 1.25em 1.4em 1.4em; box-shadow: 0 20px 60px rgba(0,0,0,.3); }
.head { display: flex; gap: .8em; align-items: center; margin-bottom: .6em; }
.head .who { flex: 1; }
.head .sub { color: #555d70; margin: .1em 0 0; font-size: .95em; }
.avatar { width: 44px; height: 44px; border-radius: 50%; background: var(--b); color: #fff; display: flex;
  align-items: center; justify-content: center; font-weight: 700; flex: none; }
.close { border: 0 !important; font-size: 1.5em; line-height: 1; padding: .1em .35em !important; background: transparent !important; }
.zone { display: flex; align-items: center; gap: .5em; margin: .4em 0 .8em; font-size: .95em; }
.zone select { flex: 1; min-width: 0; padding: .35em; border: 1px solid #c5cad6; border-radius: var(--r); background: #fff; }
.week { display: flex; align-items: center; gap: .4em; }
.week .label { flex: 1; text-align: center; font-weight: 600; }
.days { display: grid; grid-template-columns: repeat(7, 1fr); gap: .3em; margin: .6em 0; }
.days button { padding: .4em .1em; display: flex; flex-direction: column; align-items: center; font-size: .85em; }
.days button .n { font-size: 1.25em; font-weight: 650; }
.days button[aria-pressed=true], .times button[aria-pressed=true] { background: var(--b); border-color: var(--b); color: #fff; }
.times { display: grid; grid-template-columns: repeat(auto-fill, minmax(5.2em, 1fr)); gap: .4em; margin: .5em 0 .8em; }
.times button { padding: .55em .2em; font-variant-numeric: tabular-nums; }
.actions { display: flex; flex-wrap: wrap; gap: .6em; align-items: center; margin-top: .6em; }
.details { list-style: none; padding: 0; margin: .6em 0; }
.details li { margin: .2em 0; }
.spinner { width: 28px; height: 28px; border: 3px solid #dfe3ee; border-top-color: var(--b); border-radius: 50%;
  animation: sb-spin .8s linear infinite; margin: 1.2em auto; }
@keyframes sb-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
.form label { display: block; margin: .8em 0 .25em; font-weight: 550; }
.form .help { display: block; color: #555d70; font-size: .85em; margin: .1em 0 .25em; }
.form input:not([type=checkbox]), .form select { display: block; width: 100%; padding: .5em .6em; border: 1px solid #9aa2b3;
  border-radius: var(--r); background: #fff; }
.form select[multiple] { min-height: 6em; }
.form .check { display: flex; gap: .5em; align-items: flex-start; margin: .9em 0 .2em; font-weight: 400; }
.form .check input { margin-top: .3em; }
.form .err { color: #a1161b; font-size: .9em; margin: .2em 0 0; }
.form [aria-invalid=true] { border-color: #a1161b; }
.form .pot { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
.form .primary { margin-top: 1.1em; }
@media (max-width: 480px) { .backdrop { padding: 0; } .dialog { max-height: 100vh; height: 100%; border-radius: 0; } }
`;

/** Attaches an open shadow root holding the widget's stylesheet; returns the root and its .sb container. */
export function shadow(host) {
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && CSSStyleSheet.prototype.replaceSync) {
    sheet ||= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
  const box = document.createElement('div');
  box.className = 'sb';
  root.append(box);
  return { root, box };
}

let sheet;

/** A tiny element builder: h('button', {class: 'x', onclick}, 'text', child). */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}
