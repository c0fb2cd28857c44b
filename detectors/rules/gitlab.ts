import { fake, type Fake } from '../fake';
import { defineRule, patternText, type RuleSpec } from '../rule';
import { crc32, toBase36 } from '../validators/checksum';
import { isGitlabRoutable } from '../validators/tokens';
import { START } from './rule-parts';

const DOCS = 'https://docs.gitlab.com/security/tokens/';

/**
 * GitLab tokens: "<prefix>" + 20 base64url (legacy) or a routable token
 * "<prefix>" + base64url payload + ".01." + 2 base36 length + 7 base36 CRC32.
 * https://docs.gitlab.com/security/tokens/#token-prefixes
 */
function gitlab(
  id: string,
  prefix: string,
  title: string,
  seed: number,
  legacy = '[0-9A-Za-z_-]{20}',
  legacySample: (f: Fake) => string = (f) => f.chars(20),
): RuleSpec {
  const p = prefix.replace(/[.-]/g, '\\$&');
  return defineRule({
    id,
    provider: 'gitlab',
    title,
    keywords: [prefix.toLowerCase()],
    pattern: patternText(
      `${START}${p}(?:[0-9A-Za-z_-]{27,300}\\.01\\.[0-9a-z]{9}|${legacy})(?![0-9A-Za-z_.-])`,
    ),
    validate: (t) => !t.includes('.01.') || isGitlabRoutable(t),
    minEntropy: 3,
    anchored: true,
    rotateUrl: DOCS,
    examples: () => {
      const f = fake(seed);
      const payload = f.chars(36, 'base64url').replace(/^-/, 'a');
      const head = `${prefix}${payload}.01.${toBase36(payload.length, 2)}`;
      const routable = head + toBase36(crc32(head), 7);
      return {
        match: [routable, prefix + legacySample(f)],
        noMatch: [
          { text: head + '0000000', why: 'routable token with a wrong CRC32' },
          { text: prefix + f.chars(12), why: 'too short' },
        ],
      };
    },
  });
}

export const gitlabRules = [
  gitlab(
    'gitlab-personal-access-token',
    'glpat-',
    'GitLab personal, project or group access token',
    311,
  ),
  gitlab('gitlab-deploy-token', 'gldt-', 'GitLab deploy token', 312),
  gitlab('gitlab-runner-authentication-token', 'glrt-', 'GitLab runner authentication token', 313),
  gitlab(
    'gitlab-ci-build-token',
    'glcbt-',
    'GitLab CI/CD job token',
    314,
    '[0-9a-f]{1,5}_[0-9A-Za-z_-]{20}',
    (f) => f.chars(2, 'hexLower') + '_' + f.chars(20),
  ),
  gitlab(
    'gitlab-pipeline-trigger-token',
    'glptt-',
    'GitLab pipeline trigger token',
    315,
    '[0-9a-f]{40}',
    (f) => f.chars(40, 'hexLower'),
  ),
  gitlab('gitlab-feed-token', 'glft-', 'GitLab feed token', 316),
  gitlab(
    'gitlab-incoming-mail-token',
    'glimt-',
    'GitLab incoming mail token',
    317,
    '[0-9A-Za-z_-]{25}',
    (f) => f.chars(25),
  ),
  gitlab(
    'gitlab-oauth-app-secret',
    'gloas-',
    'GitLab OAuth application secret',
    318,
    '[0-9a-f]{64}',
    (f) => f.chars(64, 'hexLower'),
  ),
  gitlab('gitlab-scim-token', 'glsoat-', 'GitLab SCIM OAuth token', 319),
  gitlab(
    'gitlab-agent-token',
    'glagent-',
    'GitLab agent for Kubernetes token',
    320,
    '[0-9A-Za-z_-]{50}',
    (f) => f.chars(50),
  ),
  gitlab('gitlab-feature-flags-client-token', 'glffct-', 'GitLab feature flags client token', 321),
  defineRule({
    id: 'gitlab-runner-registration-token',
    provider: 'gitlab',
    title: 'GitLab runner registration token (deprecated)',
    keywords: ['gr1348941'],
    // "GR1348941" + 20 base64url. https://docs.gitlab.com/security/tokens/#runner-registration-tokens-deprecated
    pattern: patternText(`${START}GR1348941[0-9A-Za-z_-]{20}(?![0-9A-Za-z_-])`),
    minEntropy: 3,
    anchored: true,
    rotateUrl: DOCS,
    examples: () => {
      const f = fake(322);
      return {
        match: ['GR13' + '48941' + f.chars(20)],
        noMatch: [{ text: 'GR13' + '48941' + f.chars(10), why: 'too short' }],
      };
    },
  }),
  defineRule({
    id: 'gitlab-session-cookie',
    provider: 'gitlab',
    title: 'GitLab session cookie',
    keywords: ['_gitlab_session='],
    // "_gitlab_session=" + 32 hex session id: whoever holds it is signed in as the user.
    // https://docs.gitlab.com/user/profile/active_sessions/
    pattern: /(?<![\w-])_gitlab_session=(?<secret>[0-9a-f]{32})(?![0-9A-Za-z_-])/,
    minEntropy: 3,
    anchored: true,
    rotateUrl: 'https://gitlab.com/-/user_settings/active_sessions',
    examples: () => {
      const f = fake(323);
      const a = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `curl -H "Cookie: _gitlab_session=${a}" https://gitlab.example.net`, secret: a },
        ],
        noMatch: [
          { text: `_gitlab_session=${f.chars(20, 'hexLower')}`, why: 'too short' },
          { text: '_gitlab_session=${SESSION}', why: 'template variable' },
        ],
      };
    },
  }),
];
