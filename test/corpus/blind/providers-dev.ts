// Developer platforms: source hosting, package registries, CI and developer tools. Prefixes are
// split ('gh' + 'p_') so that this file itself holds no credential-shaped literal.
import { b64, checksummedBody } from './encoding.ts';
import { GITLEAKS, type TokenKind } from './kinds.ts';
import { ALNUM, B64URL, DIGITS, LOWER, LOWER_ALNUM, UPPER, UPPER_ALNUM, type Rng } from './rng.ts';

const GH_FORMATS =
  'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/';
const GITLAB_PREFIXES = 'https://docs.gitlab.com/security/tokens/#token-prefixes';

function github(kind: string, prefix: string, names: string[]): TokenKind {
  // prefix + '_' + 30 base62 + CRC-32 of those 30 in 6 base62 characters.
  return {
    kind,
    provider: 'github',
    names,
    source: GH_FORMATS,
    bearer: true,
    make: (r) => 'gh' + prefix + '_' + checksummedBody(r),
  };
}

function gitlab(
  kind: string,
  prefix: string,
  body: (r: Rng) => string,
  names = ['GITLAB_TOKEN'],
): TokenKind {
  return {
    kind,
    provider: 'gitlab',
    names,
    source: GITLAB_PREFIXES,
    bearer: true,
    make: (r) => 'gl' + prefix + body(r),
  };
}

const word20 = (r: Rng) => r.chars(ALNUM + '_-', 20);

export const DEV_KINDS: TokenKind[] = [
  github('github-pat-classic', 'p', ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT']),
  github('github-oauth', 'o', ['GITHUB_OAUTH_TOKEN', 'GH_OAUTH_TOKEN']),
  github('github-user-to-server', 'u', ['GITHUB_USER_TOKEN']),
  github('github-app-installation', 's', ['GITHUB_APP_TOKEN', 'GITHUB_TOKEN']),
  github('github-refresh', 'r', ['GITHUB_REFRESH_TOKEN']),
  {
    // github_pat_ + 22 (starting "11") + '_' + 59 base62: 82 characters after the prefix.
    kind: 'github-fine-grained',
    provider: 'github',
    names: ['GITHUB_TOKEN', 'GH_PAT'],
    source:
      'https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/',
    bearer: true,
    make: (r) => 'github' + '_pat_' + '11' + r.chars(UPPER_ALNUM, 20) + '_' + r.alnum(59),
  },
  gitlab('gitlab-pat', 'pat-', word20, ['GITLAB_TOKEN', 'GITLAB_PAT', 'CI_JOB_TOKEN_OVERRIDE']),
  // Routable PATs (GitLab 17.x+): base64url payload, '.', 2-char version, 7-char base36 CRC.
  gitlab(
    'gitlab-pat-routable',
    'pat-',
    (r) => r.chars(B64URL, r.range(27, 40)) + '.01' + r.chars(LOWER_ALNUM, 7),
  ),
  gitlab('gitlab-deploy-token', 'dt-', word20, ['GITLAB_DEPLOY_TOKEN']),
  gitlab('gitlab-runner-token', 'rt-', word20, ['RUNNER_TOKEN', 'CI_SERVER_TOKEN']),
  gitlab('gitlab-pipeline-trigger', 'ptt-', (r) => r.hex(40), ['TRIGGER_TOKEN']),
  gitlab('gitlab-feed-token', 'ft-', word20, ['GITLAB_FEED_TOKEN']),
  gitlab('gitlab-incoming-mail', 'imt-', (r) => r.chars(ALNUM + '_-', 25), [
    'INCOMING_EMAIL_TOKEN',
  ]),
  gitlab('gitlab-agent-token', 'agent-', (r) => r.chars(ALNUM + '_-', 50), ['AGENT_TOKEN']),
  gitlab('gitlab-oauth-secret', 'oas-', (r) => r.chars(ALNUM + '_-', 64), ['GITLAB_OAUTH_SECRET']),
  gitlab('gitlab-scim-token', 'soat-', word20, ['GITLAB_SCIM_TOKEN']),
  gitlab('gitlab-ci-build-token', 'cbt-', (r) => r.range(1, 99) + '_' + r.chars(ALNUM + '_-', 20), [
    'CI_JOB_TOKEN',
  ]),
  {
    kind: 'gitlab-runner-registration',
    provider: 'gitlab',
    names: ['REGISTRATION_TOKEN'],
    source: GITLAB_PREFIXES,
    make: (r) => 'GR134' + '8941' + r.chars(ALNUM + '_-', 20),
  },
  {
    kind: 'npm-token',
    provider: 'npm',
    names: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'],
    source: 'https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/',
    bearer: true,
    make: (r) => 'np' + 'm_' + checksummedBody(r),
  },
  {
    // A macaroon: "pypi-" + base64url of a serialized macaroon whose location is "pypi.org".
    kind: 'pypi-upload-token',
    provider: 'pypi',
    names: ['PYPI_TOKEN', 'TWINE_PASSWORD', 'UV_PUBLISH_TOKEN'],
    source: 'https://pypi.org/help/#apitoken',
    make: (r) => 'pypi-' + 'AgEIcHlwaS5' + 'vcmc' + 'CJ' + r.chars(B64URL, r.range(150, 190)),
  },
  {
    kind: 'rubygems-api-key',
    provider: 'rubygems',
    names: ['GEM_HOST_API_KEY', 'RUBYGEMS_API_KEY'],
    source: 'https://guides.rubygems.org/api-key-scopes/',
    make: (r) => 'rubygems' + '_' + r.hex(48),
  },
  {
    kind: 'clojars-token',
    provider: 'clojars',
    names: ['CLOJARS_PASSWORD', 'CLOJARS_TOKEN'],
    source: GITLEAKS + ' (clojars-api-token)',
    make: (r) => 'CLOJARS' + '_' + r.chars(LOWER_ALNUM, 60),
  },
  {
    kind: 'artifactory-api-key',
    provider: 'jfrog',
    names: ['ARTIFACTORY_API_KEY'],
    source: GITLEAKS + ' (artifactory-api-key)',
    make: (r) => 'AKC' + 'p' + r.alnum(69),
  },
  {
    kind: 'docker-hub-pat',
    provider: 'docker',
    names: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'],
    source: 'https://github.com/docker-archive/compose-cli/pull/2259 (Hub issues dckr_pat_ tokens)',
    make: (r) => 'dckr' + '_pat_' + r.chars(ALNUM + '_-', 27),
  },
  {
    kind: 'postman-api-key',
    provider: 'postman',
    names: ['POSTMAN_API_KEY'],
    source:
      GITLEAKS +
      ' (postman-api-token); https://learning.postman.com/docs/developer/postman-api/authentication/',
    header: 'X-Api-Key',
    make: (r) => 'PMA' + 'K-' + r.hex(24) + '-' + r.hex(34),
  },
  {
    kind: 'sourcegraph-token',
    provider: 'sourcegraph',
    names: ['SRC_ACCESS_TOKEN'],
    source: GITLEAKS + ' (sourcegraph-access-token)',
    bearer: true,
    make: (r) => 'sg' + 'p_' + r.hex(16) + '_' + r.hex(40),
  },
  {
    kind: 'linear-api-key',
    provider: 'linear',
    names: ['LINEAR_API_KEY'],
    source:
      GITLEAKS +
      ' (linear-api-key); https://developers.linear.app/docs/graphql/working-with-the-graphql-api',
    bearer: true,
    make: (r) => 'lin' + '_api_' + r.alnum(40),
  },
  {
    // ATATT3 + 186 characters; the visible tail is "=" + 8 hex of a checksum.
    kind: 'atlassian-api-token',
    provider: 'atlassian',
    names: ['JIRA_API_TOKEN', 'ATLASSIAN_API_TOKEN', 'CONFLUENCE_API_TOKEN'],
    source: GITLEAKS + ' (atlassian-api-token)',
    make: (r) => 'ATAT' + 'T3xFfGF0' + r.chars(B64URL, 169) + '=' + r.chars('0123456789ABCDEF', 8),
  },
  {
    kind: 'sentry-user-token',
    provider: 'sentry',
    names: ['SENTRY_AUTH_TOKEN'],
    source: 'https://docs.sentry.io/security-legal-pii/security/token-formats/',
    bearer: true,
    make: (r) => 'sntry' + 'u_' + r.hex(64),
  },
  {
    // sntrys_ + base64 of {"iat":…,"url":…,"region_url":…,"org":…} + "_" + 43 base64 secret.
    kind: 'sentry-org-token',
    provider: 'sentry',
    names: ['SENTRY_AUTH_TOKEN'],
    source: 'https://docs.sentry.io/security-legal-pii/security/token-formats/',
    bearer: true,
    make: (r) => {
      const org = r.pick(['acme', 'globex', 'initech', 'umbrella-labs']);
      const payload = JSON.stringify({
        iat: 1700000000 + r.int(60000000) + r.int(1000) / 1000,
        url: 'https://sentry.io',
        region_url: `https://${r.pick(['us', 'de'])}.sentry.io`,
        org,
      });
      return 'sntry' + 's_' + b64(payload).replace(/=+$/, '') + '_' + r.chars(ALNUM + '+/', 43);
    },
  },
  {
    kind: 'grafana-service-account',
    provider: 'grafana',
    names: ['GRAFANA_TOKEN', 'GRAFANA_SERVICE_ACCOUNT_TOKEN'],
    source:
      'https://grafana.com/docs/grafana/latest/administration/service-accounts/ ; ' + GITLEAKS,
    bearer: true,
    make: (r) => 'gl' + 'sa_' + r.alnum(32) + '_' + r.hex(8),
  },
  {
    // glc_ + base64 of a JSON object {"o":org,"n":name,"k":key,"m":{"r":region}}.
    kind: 'grafana-cloud-token',
    provider: 'grafana',
    names: ['GRAFANA_CLOUD_API_KEY', 'GRAFANA_CLOUD_TOKEN'],
    source: GITLEAKS + ' (grafana-cloud-api-token)',
    bearer: true,
    make: (r) =>
      'gl' +
      'c_' +
      b64(
        JSON.stringify({
          o: r.digits(6),
          n: `stack-${r.digits(6)}-hm-read-${r.chars(LOWER, 6)}`,
          k: r.alnum(24),
          m: { r: r.pick(['us', 'eu', 'prod-us-east-0']) },
        }),
      ),
  },
  {
    kind: 'readme-api-key',
    provider: 'readme',
    names: ['README_API_KEY'],
    source: GITLEAKS + ' (readme-api-token)',
    make: (r) => 'rdm' + 'e_' + r.chars(LOWER_ALNUM, 70),
  },
  {
    kind: 'prefect-api-key',
    provider: 'prefect',
    names: ['PREFECT_API_KEY'],
    source: GITLEAKS + ' (prefect-api-token)',
    bearer: true,
    make: (r) => 'pn' + 'u_' + r.alnum(36),
  },
  {
    kind: 'infracost-api-key',
    provider: 'infracost',
    names: ['INFRACOST_API_KEY'],
    source: GITLEAKS + ' (infracost-api-token)',
    header: 'X-Api-Key',
    make: (r) => 'ic' + 'o-' + r.alnum(32),
  },
  {
    kind: 'octopus-deploy-api-key',
    provider: 'octopus-deploy',
    names: ['OCTOPUS_API_KEY'],
    source: GITLEAKS + ' (octopus-deploy-api-key)',
    header: 'X-Octopus-ApiKey',
    make: (r) => 'AP' + 'I-' + r.chars(UPPER + DIGITS, 26),
  },
  {
    kind: 'frameio-token',
    provider: 'frameio',
    names: ['FRAMEIO_TOKEN'],
    source: GITLEAKS + ' (frameio-api-token)',
    bearer: true,
    make: (r) => 'fio' + '-u-' + r.chars(ALNUM + '_-', 64),
  },
  {
    kind: 'easypost-api-key',
    provider: 'easypost',
    names: ['EASYPOST_API_KEY'],
    source: GITLEAKS + ' (easypost-api-token)',
    make: (r) => 'EZA' + 'K' + r.alnum(54),
  },
  {
    kind: 'typeform-token',
    provider: 'typeform',
    names: ['TYPEFORM_TOKEN'],
    source: GITLEAKS + ' (typeform-api-token)',
    bearer: true,
    make: (r) => 'tf' + 'p_' + r.chars(LOWER_ALNUM + '_-', 59),
  },
  {
    kind: 'planetscale-token',
    provider: 'planetscale',
    names: ['PLANETSCALE_SERVICE_TOKEN'],
    source: GITLEAKS + ' (planetscale-api-token)',
    make: (r) => 'pscale' + '_tkn_' + r.chars(ALNUM + '_', 43),
  },
  {
    kind: 'scalingo-token',
    provider: 'scalingo',
    names: ['SCALINGO_API_TOKEN'],
    source: GITLEAKS + ' (scalingo-api-token)',
    make: (r) => 'tk' + '-us-' + r.chars(ALNUM + '_-', 48),
  },
  {
    kind: 'maxmind-license-key',
    provider: 'maxmind',
    names: ['MAXMIND_LICENSE_KEY'],
    source: GITLEAKS + ' (maxmind-license-key)',
    make: (r) => r.alnum(6) + '_' + r.alnum(29) + '_mm' + 'k',
  },
  {
    kind: 'settlemint-pat',
    provider: 'settlemint',
    names: ['SETTLEMINT_ACCESS_TOKEN'],
    source: GITLEAKS + ' (settlemint-personal-access-token)',
    make: (r) => 'sm' + '_pat_' + r.alnum(16),
  },
];
