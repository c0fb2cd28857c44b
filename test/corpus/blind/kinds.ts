import type { Rng } from './rng.ts';
import type { Secret } from './types.ts';

/** One credential format, generated from its provider's public description. */
export interface TokenKind {
  kind: string;
  provider: string;
  /** Variable names the value is usually kept under; the first is the most common. */
  names: readonly string[];
  /** Where the format (prefix, length, alphabet, checksum) was taken from. */
  source: string;
  /** No prefix of its own: only a secret next to its provider's or key's name. */
  named?: boolean;
  bearer?: boolean;
  header?: string;
  make(r: Rng): string;
}

/** gitleaks' published rule set, the common reference for formats whose vendor docs are silent. */
export const GITLEAKS = 'https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml';

export function toSecret(k: TokenKind, r: Rng): Secret {
  return {
    value: k.make(r),
    provider: k.provider,
    kind: k.kind,
    name: r.pick(k.names),
    named: k.named ?? false,
    bearer: k.bearer ?? false,
    multiline: false,
    header: k.header,
  };
}
