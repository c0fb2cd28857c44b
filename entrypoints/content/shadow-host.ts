import type { GuardLifetime } from './lifetime';

export interface ShadowHost {
  /** Where the UI renders, inside the shadow root beside its styles. */
  container: HTMLElement;
  /** Puts the host at the end of the document. */
  mount(): void;
  /** Puts the styles in: the sheet is parsed then, with the first drawing, not on mounting. */
  addStyles(): void;
  remove(): void;
}

/** Keys typed in the dialog stay in it: a page's own shortcuts must not act on them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * A closed shadow root for the in-page UI, so the page can neither style nor script it; made
 * ahead (at idle) and mounted at the end of the document when needed. WXT's createShadowRootUi
 * does the same plus auto-mounting, anchors and CSS fetching that the guard does not use, at
 * about 8 KB of the content script's 100 KB budget.
 */
export function createShadowHost(lifetime: GuardLifetime, name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('div');
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) {
    shadow.addEventListener(type, (event) => event.stopPropagation());
  }
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
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
  const mount = () => {
    if (!removed) document.documentElement.append(host);
  };
  return { container, mount, addStyles, remove };
}
