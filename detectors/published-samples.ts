/**
 * Credentials printed in providers' documentation, on jwt.io and in RFCs. Everyone has seen them
 * and they grant nothing, so a finding on one is dropped (docs/label-policy.md). Each value is
 * assembled from parts so that the repository itself holds no credential-shaped literal.
 */

/**
 * A published value and where it is published. The content script's build drops `source`
 * (wxt.config.ts), so only the docs and the tests read it.
 */
interface PublishedSample {
  value: string;
  source?: string;
}

/** Exact values, each with where it is published. */
const SAMPLES: readonly PublishedSample[] = [
  {
    value: 'AK' + 'IAIOSFODNN7' + 'EXAMPLE',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  {
    value: 'wJalrXUtnFEMI/' + 'K7MDENG/bPxRfiCY' + 'EXAMPLEKEY',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  {
    value: 'sk_' + 'test_' + '4eC39HqLyjWDarjtT1zdp7dc',
    source: 'https://docs.stripe.com/api/authentication',
  },
  {
    value: 'sk_' + 'test_' + 'BQokikJOvBiI2HlWgH4olfQ2',
    source: 'https://docs.stripe.com/api/authentication',
  },
  {
    value:
      'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/' +
      'K1SZFPTOtr/KBHBeksoGMGw==',
    source:
      'https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key',
  },
  {
    value: '123456:' + 'ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
    source: 'https://core.telegram.org/bots/api#authorizing-your-bot',
  },
];

/**
 * Payloads of sample JSON Web Tokens: the same claims are published signed with many algorithms
 * and keys, so the payload names the sample, whatever the header and signature.
 */
const JWT_PAYLOADS: readonly PublishedSample[] = [
  // {"sub":"1234567890","name":"John Doe","iat":1516239022}
  {
    value: 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6' + 'IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
    source: 'https://jwt.io/',
  },
  // {"sub":"1234567890","name":"John Doe","admin":true,"iat":1516239022}
  {
    value:
      'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi' +
      'YWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0',
    source: 'https://jwt.io/',
  },
  // {"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}
  {
    value:
      'eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt' +
      'cGxlLmNvbS9pc19yb290Ijp0cnVlfQ',
    source: 'https://www.rfc-editor.org/rfc/rfc7519#section-3.1',
  },
];

const exact = new Set(SAMPLES.map((sample) => sample.value));

/** True when the secret is a published sample, or a JWT carrying a sample's payload. */
export function isPublishedSample(secret: string): boolean {
  if (exact.has(secret)) return true;
  const dot = secret.indexOf('.');
  if (dot < 0) return false;
  const end = secret.indexOf('.', dot + 1);
  const payload = secret.slice(dot + 1, end < 0 ? undefined : end);
  return JWT_PAYLOADS.some((sample) => sample.value === payload);
}

/** The list with sources, for the docs and the tests. */
export const PUBLISHED_SAMPLES = { exact: SAMPLES, jwtPayloads: JWT_PAYLOADS };
