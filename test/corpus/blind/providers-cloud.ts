// Clouds, infrastructure and secret-management tools.
import { b64, b64url, bech32, jwt } from './encoding.ts';
import { GITLEAKS, type TokenKind } from './kinds.ts';
import { ALNUM, B64, DIGITS, LOWER, LOWER_ALNUM, UPPER, UPPER_ALNUM, type Rng } from './rng.ts';

const W = ALNUM + '_-';

function doppler(kind: string, middle: (r: Rng) => string): TokenKind {
  return {
    kind,
    provider: 'doppler',
    names: ['DOPPLER_TOKEN'],
    source: 'https://docs.doppler.com/docs/Auth-token-formats',
    bearer: true,
    make: (r) => 'dp.' + middle(r) + r.alnum(r.range(40, 44)),
  };
}

export const CLOUD_KINDS: TokenKind[] = [
  {
    // 20 characters: AKIA (long-term) or ASIA (STS) + 16 of base32's alphabet.
    kind: 'aws-access-key-id',
    provider: 'aws',
    names: ['AWS_ACCESS_KEY_ID'],
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html#sec-access-keys-and-secret-access-keys',
    make: (r) => r.pick(['AK', 'AS']) + 'IA' + r.chars(UPPER + '234567', 16),
  },
  {
    kind: 'aws-secret-access-key',
    provider: 'aws',
    names: ['AWS_SECRET_ACCESS_KEY', 'AWS_SECRET_KEY'],
    source:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html (40 base64 characters)',
    named: true,
    make: (r) => r.chars(ALNUM + '/+', 40),
  },
  {
    // STS session tokens are base64 blobs; current ones begin with the encoding of "\x21\n\tcorigin_ec".
    kind: 'aws-session-token',
    provider: 'aws',
    names: ['AWS_SESSION_TOKEN'],
    source: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html',
    named: true,
    make: (r) =>
      'IQoJb3Jp' + 'Z2luX2Vj' + r.chars(B64, r.range(300, 420)) + r.pick(['', '=', '==']),
  },
  {
    kind: 'google-api-key',
    provider: 'google',
    names: ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'MAPS_API_KEY'],
    source:
      'https://cloud.google.com/docs/authentication/api-keys ; ' +
      GITLEAKS +
      ' (gcp-api-key: AIza + 35)',
    header: 'x-goog-api-key',
    make: (r) => 'AI' + 'za' + 'Sy' + r.chars(W, 33),
  },
  {
    kind: 'google-oauth-client-secret',
    provider: 'google',
    names: ['GOOGLE_CLIENT_SECRET'],
    source:
      'https://cloud.google.com/blog/products/identity-security/new-oauth-client-secret-format (GOCSPX- + 28)',
    make: (r) => 'GOCSPX' + '-' + r.chars(W, 28),
  },
  {
    kind: 'google-oauth-refresh-token',
    provider: 'google',
    names: ['GOOGLE_REFRESH_TOKEN', 'REFRESH_TOKEN'],
    source: 'https://developers.google.com/identity/protocols/oauth2 (refresh tokens begin 1//)',
    named: true,
    make: (r) => '1//0' + r.chars(ALNUM, 1) + r.chars(W, r.range(95, 100)),
  },
  {
    kind: 'google-oauth-access-token',
    provider: 'google',
    names: ['GOOGLE_ACCESS_TOKEN'],
    source: 'https://developers.google.com/identity/protocols/oauth2 (ya29. access tokens)',
    bearer: true,
    make: (r) => 'ya29' + '.a0' + r.chars(W, r.range(150, 210)),
  },
  {
    kind: 'azure-storage-account-key',
    provider: 'azure',
    names: ['AZURE_STORAGE_KEY', 'AZURE_STORAGE_ACCOUNT_KEY', 'STORAGE_ACCOUNT_KEY'],
    source:
      'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage (64 bytes, base64)',
    named: true,
    make: (r) => b64(r.bytes(64)),
  },
  {
    // 40 characters: 3, a digit, "Q~", then 34 of [A-Za-z0-9_~.-].
    kind: 'azure-ad-client-secret',
    provider: 'azure',
    names: ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET'],
    source: GITLEAKS + ' (azure-ad-client-secret)',
    named: true,
    make: (r) => r.alnum(3) + r.chars(DIGITS, 1) + 'Q~' + r.chars(ALNUM + '_~.-', 34),
  },
  {
    kind: 'azure-devops-pat',
    provider: 'azure',
    names: ['AZURE_DEVOPS_PAT', 'AZURE_DEVOPS_EXT_PAT', 'SYSTEM_ACCESSTOKEN'],
    source:
      'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate (52 base32 characters)',
    named: true,
    make: (r) => r.chars(LOWER + '234567', 52),
  },
  {
    kind: 'alibaba-access-key-id',
    provider: 'alibaba',
    names: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALICLOUD_ACCESS_KEY'],
    source: GITLEAKS + ' (alibaba-access-key-id: LTAI + 20)',
    make: (r) => 'LT' + 'AI' + '5t' + r.alnum(18),
  },
  {
    kind: 'alibaba-access-key-secret',
    provider: 'alibaba',
    names: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALICLOUD_SECRET_KEY'],
    source: GITLEAKS + ' (alibaba-secret-key: 30 next to its name)',
    named: true,
    make: (r) => r.alnum(30),
  },
  {
    kind: 'digitalocean-pat',
    provider: 'digitalocean',
    names: ['DIGITALOCEAN_TOKEN', 'DO_TOKEN'],
    source:
      'https://docs.digitalocean.com/reference/api/create-personal-access-token/ ; ' + GITLEAKS,
    bearer: true,
    make: (r) => 'do' + r.pick(['p', 'o', 'r']) + '_v1_' + r.hex(64),
  },
  {
    kind: 'cloudflare-api-token',
    provider: 'cloudflare',
    names: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'],
    source: GITLEAKS + ' (cloudflare-api-key: 40 [A-Za-z0-9_-] next to its name)',
    named: true,
    bearer: true,
    make: (r) => r.chars(W, 40),
  },
  {
    kind: 'cloudflare-global-api-key',
    provider: 'cloudflare',
    names: ['CLOUDFLARE_API_KEY', 'CF_API_KEY'],
    source: GITLEAKS + ' (cloudflare-global-api-key: 37 hex)',
    named: true,
    header: 'X-Auth-Key',
    make: (r) => r.hex(37),
  },
  {
    kind: 'cloudflare-origin-ca-key',
    provider: 'cloudflare',
    names: ['CLOUDFLARE_ORIGIN_CA_KEY'],
    source: GITLEAKS + ' (cloudflare-origin-ca-key)',
    named: true,
    make: (r) => 'v1.0-' + r.hex(24) + '-' + r.hex(146),
  },
  {
    kind: 'heroku-api-key',
    provider: 'heroku',
    names: ['HEROKU_API_KEY'],
    source:
      'https://devcenter.heroku.com/articles/authentication (a UUID); ' +
      GITLEAKS +
      ' (heroku-api-key)',
    named: true,
    bearer: true,
    make: (r) => r.uuid(),
  },
  {
    kind: 'heroku-api-key-v2',
    provider: 'heroku',
    names: ['HEROKU_API_KEY'],
    source: GITLEAKS + ' (heroku-api-key-v2: HRKU-AA + 58)',
    bearer: true,
    make: (r) => 'HRKU' + '-AA' + r.chars(W, 58),
  },
  {
    kind: 'flyio-token',
    provider: 'fly',
    names: ['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN'],
    source: GITLEAKS + ' (flyio-access-token: fo1_ + 43, fm2_ + base64 macaroon)',
    bearer: true,
    make: (r) =>
      r.chance(0.5)
        ? 'fo' + '1_' + r.chars(W, 43)
        : 'fm' + '2_' + r.chars(B64, r.range(120, 260)) + r.pick(['', '=', '==']),
  },
  {
    kind: 'vault-service-token',
    provider: 'hashicorp-vault',
    names: ['VAULT_TOKEN'],
    source:
      'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes ; ' + GITLEAKS,
    header: 'X-Vault-Token',
    make: (r) => 'hv' + 's.' + 'CAESI' + r.chars(W, r.range(86, 100)),
  },
  {
    kind: 'vault-batch-token',
    provider: 'hashicorp-vault',
    names: ['VAULT_TOKEN'],
    source: GITLEAKS + ' (vault-batch-token)',
    header: 'X-Vault-Token',
    make: (r) => 'hv' + 'b.' + 'AAAAAQ' + r.chars(W, r.range(140, 180)),
  },
  {
    kind: 'terraform-cloud-token',
    provider: 'terraform-cloud',
    names: ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io', 'ATLAS_TOKEN'],
    source:
      'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens ; ' +
      GITLEAKS,
    bearer: true,
    make: (r) => r.alnum(14) + '.atlas' + 'v1.' + r.alnum(67),
  },
  {
    kind: 'pulumi-access-token',
    provider: 'pulumi',
    names: ['PULUMI_ACCESS_TOKEN'],
    source:
      'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/ ; ' + GITLEAKS,
    make: (r) => 'pu' + 'l-' + r.hex(40),
  },
  doppler('doppler-personal-token', () => 'pt.'),
  doppler('doppler-service-token', (r) => 'st.' + r.pick(['dev.', 'prd.', 'stg.', 'ci.', ''])),
  doppler('doppler-service-account-token', () => 'sa.'),
  doppler('doppler-cli-token', () => 'ct.'),
  {
    kind: 'databricks-token',
    provider: 'databricks',
    names: ['DATABRICKS_TOKEN'],
    source: 'https://docs.databricks.com/en/dev-tools/auth/pat.html ; ' + GITLEAKS,
    bearer: true,
    make: (r) => 'da' + 'pi' + r.hex(32) + (r.chance(0.3) ? '-' + r.range(2, 4) : ''),
  },
  {
    kind: 'dynatrace-token',
    provider: 'dynatrace',
    names: ['DT_API_TOKEN', 'DYNATRACE_API_TOKEN'],
    source:
      'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens#token-format',
    make: (r) => 'dt0c01' + '.' + r.chars(UPPER_ALNUM, 24) + '.' + r.chars(UPPER_ALNUM, 64),
  },
  {
    kind: 'openshift-token',
    provider: 'openshift',
    names: ['OPENSHIFT_TOKEN', 'OC_TOKEN'],
    source: GITLEAKS + ' (openshift-user-token)',
    bearer: true,
    make: (r) => 'sha256' + '~' + r.chars(W, 43),
  },
  {
    kind: 'tailscale-key',
    provider: 'tailscale',
    names: ['TS_AUTHKEY', 'TAILSCALE_API_KEY'],
    source: 'https://tailscale.com/kb/1277/key-prefixes',
    bearer: true,
    make: (r) =>
      'tskey-' + r.pick(['auth', 'api', 'client']) + '-k' + r.alnum(10) + 'CNTRL-' + r.alnum(32),
  },
  {
    kind: 'supabase-pat',
    provider: 'supabase',
    names: ['SUPABASE_ACCESS_TOKEN'],
    source: 'https://supabase.com/docs/guides/platform/personal-access-tokens (sbp_ prefix)',
    bearer: true,
    make: (r) => 'sb' + 'p_' + r.hex(40),
  },
  {
    kind: 'supabase-service-role-key',
    provider: 'supabase',
    names: ['SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_SERVICE_KEY'],
    source: 'https://supabase.com/docs/guides/api/api-keys (service_role is a signed JWT)',
    bearer: true,
    make: (r) =>
      jwt(r, {
        iss: 'supabase',
        ref: r.chars(LOWER, 20),
        role: 'service' + '_role',
        iat: 1700000000 + r.int(3e7),
        exp: 2000000000 + r.int(3e8),
      }),
  },
  {
    kind: 'clickhouse-cloud-secret',
    provider: 'clickhouse',
    names: ['CLICKHOUSE_KEY_SECRET'],
    source: GITLEAKS + ' (clickhouse-cloud-api-secret-key: 4b1d + 38)',
    make: (r) => '4b' + '1d' + r.alnum(38),
  },
  {
    // Bech32 of a 32-byte X25519 scalar under HRP "age-secret-key-", upper-cased.
    kind: 'age-secret-key',
    provider: 'age',
    names: ['SOPS_AGE_KEY', 'AGE_SECRET_KEY'],
    source: 'https://age-encryption.org/v1 (X25519 identities)',
    make: (r) => bech32('age-secret-' + 'key-', r.bytes(32)).toUpperCase(),
  },
  {
    kind: 'onepassword-service-account',
    provider: '1password',
    names: ['OP_SERVICE_ACCOUNT_TOKEN'],
    source:
      'https://developer.1password.com/docs/service-accounts/ ; ' +
      GITLEAKS +
      ' (1password-service-account-token)',
    bearer: true,
    make: (r) =>
      'op' +
      's_' +
      b64(
        JSON.stringify({
          signInAddress: 'my.1password.com',
          userAuth: {
            method: 'SRPg-4096',
            alg: 'PBES2g-HS256',
            iterations: 650000,
            salt: b64url(r.bytes(16)),
          },
          email: `${r.chars(LOWER, 12)}@1passwordserviceaccounts.com`,
          srpX: r.hex(64),
          muk: {
            alg: 'A256GCM',
            ext: true,
            k: b64url(r.bytes(32)),
            key_ops: ['encrypt', 'decrypt'],
            kty: 'oct',
            kid: 'mp',
          },
          secretKey:
            'A3-' +
            r.chars(UPPER_ALNUM, 6) +
            '-' +
            r.chars(UPPER_ALNUM, 6) +
            '-' +
            r.chars(UPPER_ALNUM, 5) +
            '-' +
            r.chars(UPPER_ALNUM, 5) +
            '-' +
            r.chars(UPPER_ALNUM, 5) +
            '-' +
            r.chars(UPPER_ALNUM, 5),
          deviceUuid: r.chars(LOWER_ALNUM, 26),
        }),
      ).replace(/=+$/, ''),
  },
  {
    kind: 'onepassword-secret-key',
    provider: '1password',
    names: ['OP_SECRET_KEY'],
    source:
      'https://support.1password.com/secret-key-security/ ; ' +
      GITLEAKS +
      ' (1password-secret-key)',
    make: (r) => 'A3-' + [6, 6, 5, 5, 5, 5].map((n) => r.chars(UPPER_ALNUM, n)).join('-'),
  },
];
