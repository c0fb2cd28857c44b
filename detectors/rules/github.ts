import { fake, type Fake } from '../fake';
import { defineRule, patternText, type RuleSpec } from '../rule';
import { crc32, toBase62 } from '../validators/checksum';
import { sha256, toBase32 } from '../validators/sha256';
import { hasBase62Crc32 } from '../validators/tokens';
import { END, START } from './rule-parts';

const ROTATE = 'https://github.com/settings/tokens';

/** 30 random base62 characters followed by their CRC32 in 6 base62 digits. */
export function githubBody(f: Fake): string {
  const body = f.chars(30);
  return body + toBase62(crc32(body), 6);
}

/**
 * Fine-grained PATs carry no CRC32: the 8 characters after the 43-character secret are the first
 * 8 of base32(SHA-256(everything before them)). GitHub does not document this; it was found by
 * Kingfisher (mongodb/kingfisher#342) and checked here against seven public, revoked tokens.
 */
export function fineGrainedChecksum(head: string): string {
  return toBase32(sha256(head)).slice(0, 8);
}

function fineGrained(f: Fake): string {
  const head = 'github' + '_pat_' + f.int(1, 9) + f.chars(21) + '_' + f.chars(43);
  return head + fineGrainedChecksum(head) + f.chars(8);
}

// "gh?_" + 30 base62 + 6 base62 CRC32 of those 30.
// https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
function classic(id: string, kind: string, title: string, seed: number): RuleSpec {
  return defineRule({
    id,
    provider: 'github',
    title,
    keywords: [`gh${kind}_`],
    pattern: patternText(`${START}gh${kind}_[A-Za-z0-9]{36}${END}`),
    validate: (t) => hasBase62Crc32(t),
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(seed);
      const good = githubBody(f);
      const bad = good.slice(0, -1) + (good.endsWith('A') ? 'B' : 'A');
      return {
        match: [`gh${kind}_` + good, `gh${kind}_` + githubBody(f)],
        noMatch: [
          { text: `gh${kind}_` + bad, why: 'CRC32 checksum does not match' },
          { text: `gh${kind}_` + f.chars(30), why: 'too short' },
        ],
      };
    },
  });
}

export const githubRules = [
  classic('github-personal-access-token', 'p', 'GitHub personal access token (classic)', 301),
  classic('github-oauth-token', 'o', 'GitHub OAuth access token', 302),
  classic('github-user-to-server-token', 'u', 'GitHub App user access token', 303),
  classic('github-server-to-server-token', 's', 'GitHub App installation token', 304),
  classic('github-refresh-token', 'r', 'GitHub App refresh token', 305),
  defineRule({
    id: 'github-fine-grained-pat',
    provider: 'github',
    title: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    // "github_pat_" + 22 base62 (id) + "_" + 43 base62 (secret) + 8 base32 (SHA-256 check, see
    // fineGrainedChecksum) + 8 base62. The check is not required: GitHub does not document it,
    // so a change on its side must not hide real tokens, and the shape alone is distinctive.
    // https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/
    pattern: patternText(`${START}github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`),
    minEntropy: 4,
    anchored: true,
    rotateUrl: 'https://github.com/settings/personal-access-tokens',
    examples: () => {
      const f = fake(306);
      return {
        match: [fineGrained(f), fineGrained(f)],
        noMatch: [
          {
            text: 'github' + '_pat_' + f.chars(22) + '_' + f.chars(40),
            why: 'secret part too short',
          },
        ],
      };
    },
  }),
];
