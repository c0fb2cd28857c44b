import { i18n } from '#i18n';
import { render } from 'preact';
import { parseFragment } from '../../lib/link-crypto';
import { App } from './App';

/**
 * Reads the id and key from the fragment, then drops them from the address bar and the history
 * entry, so they do not linger on screen, in screenshots or in session restore.
 */
function takeLinkFromAddressBar(): { id: string; key: string } | null {
  const link = parseFragment(window.location.hash);
  if (window.location.hash) {
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return link;
}

// The page is static HTML in English; the reader's language is known only here.
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
document.title = i18n.t('viewer.pageTitle');

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  let generation = 0;
  const mount = (link: { id: string; key: string } | null) =>
    render(<App key={++generation} link={link} />, root);
  mount(takeLinkFromAddressBar());
  // A link pasted into this same tab changes only the fragment, which reloads nothing.
  window.addEventListener('hashchange', () => {
    const link = takeLinkFromAddressBar();
    if (link) mount(link);
  });
}
