/**
 * Provider names that specific rules own. A generic `name = value` rule yields when the key
 * name names one of them: the provider's own rule knows the exact length, alphabet and checksum,
 * so a value it did not claim under that name is a look-alike no provider ever issued.
 */
import type { Rule } from './rule';

/**
 * Names from each non-generic rule's provider (`PayPal / Braintree` gives `paypal` and
 * `braintree`) and from its keywords that spell the provider (`elevenlabs`, `auth0`).
 */
export function providerNames(rules: readonly Rule[]): Set<string> {
  const names = new Set<string>();
  for (const rule of rules) {
    if (rule.group === 'generic') continue;
    const provider = rule.provider.toLowerCase();
    for (const word of provider.split(/[^a-z0-9]+/)) if (word.length >= 3) names.add(word);
    const compact = provider.replace(/[^a-z0-9]/g, '');
    for (const k of rule.keywords)
      if (/^[a-z][a-z0-9]{3,}$/.test(k) && compact.includes(k)) names.add(k);
  }
  return names;
}

/** Lower-case words of an identifier: `PAYPAL_CLIENT_SECRET`, `paypalClientSecret`, `paypal.client-secret`. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * True when a word of `name` is a provider name, or starts one in a compound such as `ibmcloud`
 * (at least four more letters, so `agent` is not `age` and `renderer` is not `render`).
 */
export function namesProvider(name: string, names: ReadonlySet<string>): boolean {
  for (const word of words(name)) {
    if (names.has(word)) return true;
    for (let n = 3; n <= word.length - 4; n++) if (names.has(word.slice(0, n))) return true;
  }
  return false;
}
