/**
 * Consent to a link server's origin. The manifest only declares http(s) as optional host
 * permissions; the user grants one server's origin when they set it, and sharing goes nowhere
 * else. A server on this machine (loopback) needs no grant.
 */
import { browser } from 'wxt/browser';
import { isLoopbackHost } from './share-client';

/** The `scheme://host[:port]` of an http(s) URL, or undefined. */
export function serverOrigin(serverUrl: string): string | undefined {
  try {
    const url = new URL(serverUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function accessRequest(serverUrl: string): { origins: string[] } | 'loopback' | undefined {
  const origin = serverOrigin(serverUrl);
  if (!origin) return undefined;
  return isLoopbackHost(new URL(origin).hostname) ? 'loopback' : { origins: [`${origin}/*`] };
}

/** True when the user has granted the server's origin, or it is on this machine. */
export async function hasServerAccess(serverUrl: string): Promise<boolean> {
  const request = accessRequest(serverUrl);
  if (request === undefined) return false;
  if (request === 'loopback') return true;
  return browser.permissions.contains(request).catch(() => false);
}

/**
 * Asks the browser to grant the server's origin. Browsers allow the prompt only inside a user
 * gesture, so call this straight from the click, before anything is awaited.
 */
export function requestServerAccess(serverUrl: string): Promise<boolean> {
  const request = accessRequest(serverUrl);
  if (request === undefined) return Promise.resolve(false);
  if (request === 'loopback') return Promise.resolve(true);
  return browser.permissions.request(request).catch(() => false);
}
