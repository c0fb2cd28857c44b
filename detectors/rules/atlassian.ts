import { fake, type Fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { crc32, toHex } from '../validators/checksum';
import { keyed, START } from './rule-parts';

/** Body followed by the CRC32 of everything before it as 8 upper-case hex digits. */
export function withHexCrc(head: string): string {
  return head + toHex(crc32(head)).toUpperCase();
}

function atlassianLike(prefix: string, f: Fake): string {
  return withHexCrc(prefix + f.chars(170, 'base64url') + '=');
}

export const atlassianRules = [
  defineRule({
    id: 'atlassian-api-token',
    provider: 'atlassian',
    title: 'Atlassian API token',
    keywords: ['atatt3'],
    // "ATATT3xFfGF0" + base64url + "=" + CRC32 of all before it in 8 hex. The check is not
    // required: Atlassian does not document it, and the prefix alone is distinctive.
    // https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
    pattern: patternText(`${START}ATATT3[A-Za-z0-9_=-]{100,400}(?![A-Za-z0-9_=-])`),
    minEntropy: 4,
    anchored: true,
    rotateUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    window: 600,
    examples: () => {
      const f = fake(331);
      const good = atlassianLike('ATATT3' + 'xFfGF0', f);
      return {
        match: [good],
        noMatch: [{ text: good.slice(0, 60), why: 'truncated' }],
      };
    },
  }),
  defineRule({
    id: 'jira-personal-access-token',
    provider: 'atlassian',
    title: 'Jira / Confluence Data Center personal access token',
    keywords: ['jira', 'confluence'],
    // 44 base64 characters encoding "<id>:<random>", named by a Jira/Confluence variable.
    // https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html
    pattern: keyed(String.raw`(?:jira|confluence)[\w.-]{0,20}(?:token|pat)`, '[A-Za-z0-9+/]{44}'),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl:
      'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html',
    examples: () => {
      const f = fake(332);
      const k = Buffer.from(`${f.int(100000000, 999999999)}:${f.chars(24)}`)
        .toString('base64')
        .slice(0, 44);
      return {
        match: [{ text: `JIRA_PAT=${k}`, secret: k }],
        noMatch: [{ text: 'JIRA_TOKEN=short', why: 'too short' }],
      };
    },
  }),
];
