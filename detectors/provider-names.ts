/**
 * Provider names that specific rules own. A generic `name = value` rule yields when the key
 * name names one of them: the provider's own rule knows the exact length, alphabet and checksum,
 * so a value it did not claim under that name is a look-alike no provider ever issued.
 */
import type { Rule } from './rule';

export interface ProviderNames {
  /** Provider words: `paypal`, `braintree`, `auth0`… */
  words: ReadonlySet<string>;
  /** Whole key names a provider's rule is keyed on (`DD_API_KEY`, `hapikey`), as `_dd_api_key`. */
  keyNames: readonly string[];
}

/** A rule keyword that is itself a key name: a provider's short name, then api/app key. */
const KEY_NAME = /^[a-z0-9]+[_-]?(?:api|app|application)[_-]?key$/;

/**
 * Names from the keywords of each non-generic rule that is keyed on its provider's name: a
 * keyword spelling the provider (`paypal`, `elevenlabs`), a whole key name (`dd_api_key`), or the
 * provider then a key word (`aws_secret`). A provider whose rules look only for token prefixes
 * (GitHub's `ghp_`, Slack's `xoxb-`) owns no names: its other secrets, such as an OAuth client
 * secret, are still the generic rule's to find.
 */
export function providerNames(rules: readonly Rule[]): ProviderNames {
  const names = new Set<string>();
  const keyNames = new Set<string>();
  for (const rule of rules) {
    if (rule.group === 'generic') continue;
    const compact = rule.provider.replace(/-/g, '');
    const providerWords = rule.provider.split('-').filter((w) => w.length >= 3);
    for (const k of rule.keywords) {
      if (/^[a-z][a-z0-9]{2,}$/.test(k) && compact.includes(k)) names.add(k);
      const first = k.split(/[_-]/)[0] ?? '';
      if (
        KEY_NAME.test(k) ||
        (/^[a-z0-9]+(?:[_-][a-z0-9]+)+$/.test(k) && providerWords.includes(first))
      )
        keyNames.add(`_${words(k).join('_')}`);
    }
  }
  return { words: names, keyNames: [...keyNames] };
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
 * (at least four more letters, so `agent` is not `age` and `renderer` is not `render`), or when
 * `name` holds a provider's whole key name from a word boundary (`DD_API_KEY`, not `ADD_API_KEY`).
 */
export function namesProvider(name: string, names: ProviderNames): boolean {
  const parts = words(name);
  for (const word of parts) {
    if (names.words.has(word)) return true;
    for (let n = 3; n <= word.length - 4; n++) if (names.words.has(word.slice(0, n))) return true;
  }
  const joined = `_${parts.join('_')}_`;
  return names.keyNames.some((k) => joined.includes(`${k}_`));
}
