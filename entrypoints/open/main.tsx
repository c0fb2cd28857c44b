import { i18n } from '#i18n';
import { render } from 'preact';
import '@/server/viewer/styles.css';
import { mountPoint } from '@/components/mount-point';
import { sendMessage } from '@/lib/messages';
import { App } from './App';

/**
 * The link "Open in Keywarden" handed over, claimed once by the token in this page's fragment;
 * the token is dropped from the address at once, so a reload asks for the link instead.
 */
async function claimHandedOverLink(): Promise<string | undefined> {
  const token = window.location.hash.slice(1);
  if (!token) return undefined;
  history.replaceState(null, '', window.location.pathname);
  const reply = await sendMessage({ type: 'received.claim', token }).catch(() => undefined);
  return reply?.link;
}

document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
document.title = i18n.t('open.pageTitle');
void claimHandedOverLink().then((link) => render(<App handedOver={link} />, mountPoint()));
