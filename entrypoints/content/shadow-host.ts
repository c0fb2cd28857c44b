import type { GuardLifetime } from './lifetime';

export interface ShadowHost {
  /** Where the UI renders, inside the shadow root beside its styles. */
  container: HTMLElement;
  /**
   * Puts the host at the end of the document, in the top layer, and keeps it there as it was
   * until removed; `onMoved` hears of each time the page moved, restyled or covered it.
   */
  mount(onMoved: () => void): void;
  /** Puts the styles in: the sheet is parsed then, with the first drawing, not on mounting. */
  addStyles(): void;
  remove(): void;
}

/** Keys typed in the dialog stay in it: a page's own shortcuts must not act on them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Inline and important: no page rule on the host can beat it, `!important` or not (the cascade
 * ranks an element's own style above every style sheet's, https://www.w3.org/TR/css-cascade-5/#cascade-sort),
 * and `all` takes back what a page could set there: opacity, transform, filter, clip-path,
 * visibility, transitions, animations. Set through the CSSOM, which no page CSP blocks.
 */
const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'inset:0',
  'z-index:2147483647',
  'pointer-events:none',
]
  .map((declaration) => `${declaration}!important`)
  .join(';');

/** Repairs in a row that go on within the same task; past them, one a second (see `keep`). */
const QUICK_REPAIRS = 8;

/**
 * A closed shadow root for the in-page UI, so the page can neither style nor script it; made
 * ahead (at idle) and mounted at the end of the document when needed. WXT's createShadowRootUi
 * does the same plus auto-mounting, anchors and CSS fetching that the guard does not use, at
 * about 8 KB of the content script's 100 KB budget.
 *
 * Mounted, the container is a manual popover: the top layer draws it above every page element,
 * whatever their z-index, and outside its ancestors' opacity, transforms and clip paths. Inside
 * the closed root, the page can neither hide it, nor cancel its `beforetoggle`, nor style its
 * `:popover-open` or `::backdrop`.
 *
 * The host is a `div`, an element no page can redefine: a page may define any custom element name
 * before the guard makes its host, and then its own constructor would run on the guard's host (a
 * sign that the extension is there, with no paste) and could take the shadow root first, so that
 * no warning could ever be shown.
 */
export function createShadowHost(lifetime: GuardLifetime, css: string): ShadowHost {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('div');
  // Before the styles come, and over the browser's own popover styles.
  container.style.cssText = HOST_STYLE;
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) {
    shadow.addEventListener(type, (event) => event.stopPropagation());
  }
  const topLayer = 'showPopover' in container;
  if (topLayer) container.popover = 'manual';
  const shown = () => topLayer && container.matches(':popover-open');
  let onMoved = () => {};
  /** Puts the host back in place, with only its own attributes, and in the top layer. */
  const repair = () => {
    for (const attribute of host.getAttributeNames()) host.removeAttribute(attribute);
    host.style.cssText = HOST_STYLE;
    const root = document.documentElement;
    if (host.parentNode !== root) root.append(host);
    observer.observe(root, { childList: true });
    // Its own changes above are no news.
    observer.takeRecords();
    // Removing the host closed the popover.
    if (topLayer && !shown()) container.showPopover();
    onMoved();
  };
  /** Back on top of a top-layer element the page opened later, which could have covered it. */
  const raise = () => {
    if (shown()) container.hidePopover();
    repair();
  };
  let quick = 0;
  let since = 0;
  let retrying = false;
  /**
   * A page that removes the host again each time (from its own MutationObserver) would loop with
   * it forever, freezing the tab: after a few repairs in a row, the next waits a second.
   */
  const keep = () => {
    const now = performance.now();
    if (now - since > 1000) {
      since = now;
      quick = 0;
    }
    if (++quick <= QUICK_REPAIRS) return repair();
    if (retrying) return;
    retrying = true;
    lifetime.setTimeout(() => {
      retrying = false;
      if (!removed) keep();
    }, 1000);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.target === host) || host.parentNode !== document.documentElement) {
      keep();
    }
  });
  const watching = new AbortController();

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    watching.abort();
    observer.disconnect();
    host.remove();
  };
  lifetime.onInvalidated(remove);
  let styled = false;
  const addStyles = () => {
    if (styled) return;
    styled = true;
    const style = document.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  };
  const mount = (moved: () => void) => {
    if (removed) return;
    repair();
    onMoved = moved;
    observer.observe(host, { attributes: true });
    // A replaced root element: the host goes into the new one.
    observer.observe(document, { childList: true });
    const options = { capture: true, signal: watching.signal };
    // `toggle` tells of the page's popovers (and, lately, dialogs) opening or closing.
    window.addEventListener('toggle', (event) => event.newState === 'open' && raise(), options);
    window.addEventListener('fullscreenchange', raise, options);
  };
  return { container, mount, addStyles, remove };
}
