import { editableTargetOf, isTextControl, type EditableElement } from '@/lib/insert-text';
import { genericAdapter, type SiteAdapter } from './generic';

/** How a site's composer sends: Enter alone (chat apps), or only Ctrl/Cmd+Enter (mail, comments). */
export type SendKeyStyle = 'enter' | 'mod-enter';

/** What a site adapter relies on; every selector comes from the site's public markup. */
export interface SiteSpec {
  name: string;
  /** Host names the site serves; a leading `*.` takes every subdomain (and the bare domain). */
  hosts: readonly string[];
  /** Matches the composer's editable element or an element around it. */
  composer: string;
  sendKey: SendKeyStyle;
  /** The site's own send button; without it, the generic label heuristics apply. */
  sendButton?: string;
}

/** A site adapter that also carries the spec it was built from. */
export type SiteAdapterOf = SiteAdapter & { readonly site: SiteSpec };

/** The parts of a key event that decide a send, so the decision is testable without a DOM. */
export interface KeyChord {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
}

/**
 * Whether a key press sends, inside a site's composer. Shift+Enter breaks the line everywhere;
 * in 'mod-enter' composers a plain Enter is a newline too, never a send.
 */
export function composerSendKey(chord: KeyChord, style: SendKeyStyle): boolean {
  if (chord.key !== 'Enter' || chord.shiftKey || chord.altKey || chord.isComposing) return false;
  return style === 'enter' || chord.ctrlKey || chord.metaKey;
}

/** Whether `hostname` is one of `hosts` (`*.example.com` also takes example.com itself). */
export function hostMatches(hostname: string, hosts: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return hosts.some((pattern) => {
    if (!pattern.startsWith('*.')) return host === pattern;
    const domain = pattern.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  });
}

const EDITABLES =
  'textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** The editable a composer match stands for: itself, its editor host, or the first one inside. */
function editableOf(found: Element): EditableElement | undefined {
  if (isTextControl(found)) return found.readOnly || found.disabled ? undefined : found;
  if (found instanceof HTMLElement && found.isContentEditable) {
    let host = found;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  }
  for (const inner of Array.from(found.querySelectorAll<HTMLElement>(EDITABLES))) {
    if (isTextControl(inner) || inner.isContentEditable) return editableOf(inner);
  }
  return undefined;
}

function composerIn(root: ParentNode, selector: string): EditableElement | undefined {
  for (const found of Array.from(root.querySelectorAll(selector))) {
    const editable = editableOf(found);
    if (editable) return editable;
  }
  return undefined;
}

/** A form's submit button is left to the form's submit event, as the generic adapter does. */
const submitsItsForm = (button: Element) =>
  button instanceof HTMLButtonElement && button.form !== null && button.type === 'submit';

/** A site adapter: the site's own composer and send markup first, the generic adapter after. */
export function defineSiteAdapter(site: SiteSpec): SiteAdapterOf {
  const inComposer = (event: Event) => {
    const target = event.composedPath()[0];
    return target instanceof Element && target.closest(site.composer) !== null;
  };
  return {
    ...genericAdapter,
    site,
    knowsComposerOf: inComposer,

    isSendKey(event) {
      if (!inComposer(event)) return genericAdapter.isSendKey(event);
      // The site's rule, not the generic one: a chat app's textarea composer sends on Enter too.
      return composerSendKey(event, site.sendKey) && editableTargetOf(event) !== undefined;
    },

    composerInForm(form) {
      return composerIn(form, site.composer) ?? genericAdapter.composerInForm(form);
    },

    sendButtonOf(event) {
      const origin = event.composedPath()[0];
      if (site.sendButton && origin instanceof Element) {
        const button = origin.closest<HTMLElement>(site.sendButton);
        if (button) return submitsItsForm(button) ? undefined : button;
      }
      return genericAdapter.sendButtonOf(event);
    },

    composerForButton(button) {
      // The nearest container that also holds a composer: a thread's send button sends the thread.
      let container: Element | null = button.parentElement;
      for (let depth = 0; container && depth < 12; depth++, container = container.parentElement) {
        const composer = composerIn(container, site.composer);
        if (composer) return composer;
      }
      return genericAdapter.composerForButton(button);
    },
  };
}
