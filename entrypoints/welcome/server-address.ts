import { isLoopbackHost } from '@/lib/share-client';

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
    return { error: 'Enter the server’s address, starting with https://' };
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { error: 'Use an https:// address (plain http only for a server on this computer).' };
  }
  if (url.username || url.password) return { error: 'Leave the name and password out.' };
  return { url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}
