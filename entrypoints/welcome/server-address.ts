import { i18n } from '#i18n';
import { apiBase } from '@/lib/share-client';

/**
 * The link server address the user typed, as it is saved: scheme, host and path without a
 * trailing slash (a PrivateBin instance may live under a path). Plain http only on this machine,
 * as the share client requires.
 */
export function serverAddress(typed: string): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(typed.trim());
  } catch {
    return { error: i18n.t('welcome.enterAddress') };
  }
  if (url.username || url.password) return { error: i18n.t('welcome.noCredentials') };
  try {
    return { url: apiBase({ server: url.href }) };
  } catch {
    return { error: i18n.t('welcome.useHttps') };
  }
}
