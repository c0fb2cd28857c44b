/**
 * Credentials printed in providers' documentation, on jwt.io and in RFCs. Everyone has seen them
 * and they grant nothing, so a finding on one is dropped (docs/label-policy.md). Each value is
 * assembled from parts so that the repository itself holds no credential-shaped literal.
 */

/** Exact values, each with where it is published. */
const SAMPLES: readonly (readonly [value: string, source: string])[] = [
  [
    'AK' + 'IAIOSFODNN7' + 'EXAMPLE',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  ],
  [
    'wJalrXUtnFEMI/' + 'K7MDENG/bPxRfiCY' + 'EXAMPLEKEY',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  ],
  ['sk_' + 'test_' + '4eC39HqLyjWDarjtT1zdp7dc', 'https://docs.stripe.com/api/authentication'],
  ['sk_' + 'test_' + 'BQokikJOvBiI2HlWgH4olfQ2', 'https://docs.stripe.com/api/authentication'],
  [
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/' + 'K1SZFPTOtr/KBHBeksoGMGw==',
    'https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key',
  ],
  [
    '123456:' + 'ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
    'https://core.telegram.org/bots/api#authorizing-your-bot',
  ],
];

/**
 * Payloads of sample JSON Web Tokens: the same claims are published signed with many algorithms
 * and keys, so the payload names the sample, whatever the header and signature.
 */
const JWT_PAYLOADS: readonly (readonly [payload: string, source: string])[] = [
  // {"sub":"1234567890","name":"John Doe","iat":1516239022}
  [
    'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6' + 'IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
    'https://jwt.io/',
  ],
  // {"sub":"1234567890","name":"John Doe","admin":true,"iat":1516239022}
  [
    'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi' +
      'YWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0',
    'https://jwt.io/',
  ],
  // {"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}
  [
    'eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt' +
      'cGxlLmNvbS9pc19yb290Ijp0cnVlfQ',
    'https://www.rfc-editor.org/rfc/rfc7519#section-3.1',
  ],
];

const exact = new Set(SAMPLES.map(([value]) => value));

/** True when the secret is a published sample, or a JWT carrying a sample's payload. */
export function isPublishedSample(secret: string): boolean {
  if (exact.has(secret)) return true;
  const dot = secret.indexOf('.');
  if (dot < 0) return false;
  const end = secret.indexOf('.', dot + 1);
  const payload = secret.slice(dot + 1, end < 0 ? undefined : end);
  return JWT_PAYLOADS.some(([sample]) => sample === payload);
}

/** The list with sources, for the docs and the tests. */
export const PUBLISHED_SAMPLES = { exact: SAMPLES, jwtPayloads: JWT_PAYLOADS };
