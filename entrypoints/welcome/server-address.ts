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
    return { error: 'Enter the server’s address, starting with https://' };
  }
  if (url.username || url.password) return { error: 'Leave the name and password out.' };
  try {
    return { url: apiBase({ server: url.href }) };
  } catch {
    return { error: 'Use an https:// address (plain http only for a server on this computer).' };
  }
}
