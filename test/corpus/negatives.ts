/**
 * Hard negatives: values that look like credentials but are not (hashes, ids, public-by-design
 * keys, placeholders, documentation examples, look-alikes with a wrong checksum).
 */
import type { Fake } from '../../detectors/fake';
import { crc32, toBase62 } from '../../detectors/validators/checksum';

export interface Negative {
  category: string;
  text: string;
}

const uuid = (f: Fake) => {
  const h = (n: number) => f.chars(n, 'hexLower');
  return `${h(8)}-${h(4)}-4${h(3)}-a${h(3)}-${h(12)}`;
};

/** One generator per category; each returns a realistic snippet holding no secret. */
export const NEGATIVE_GENERATORS: Record<string, (f: Fake) => string> = {
  uuid: (f) => `request_id=${uuid(f)} user=${f.int(1000, 9999)} status=200`,
  'uuid-json': (f) => `{"id": "${uuid(f)}", "parent": "${uuid(f)}", "type": "folder"}`,
  'git-sha': (f) =>
    `commit ${f.chars(40, 'hexLower')}\nAuthor: Dev <dev@example.com>\n\n    fix: handle empty input`,
  'git-short-sha': (f) => `Merged ${f.chars(7, 'hexLower')}..${f.chars(7, 'hexLower')} into main`,
  sha256: (f) => `${f.chars(64, 'hexLower')}  release-${f.int(1, 9)}.${f.int(0, 20)}.tar.gz`,
  md5: (f) => `ETag: "${f.chars(32, 'hexLower')}"`,
  'base64-image': (f) =>
    `<img src="data:image/png;base64,iVBORw0KGgo${f.chars(400, 'base64')}=" alt="logo">`,
  integrity: (f) =>
    `"integrity": "sha512-${f.chars(86, 'base64')}==",\n"resolved": "https://registry.npmjs.org/pkg/-/pkg-1.0.${f.int(0, 9)}.tgz"`,
  'minified-code': (f) =>
    `!function(e,t){"use strict";var n=${f.int(1, 99)},r="${f.chars(24, 'alnum')}";function o(e){return e.replace(/[A-Za-z]/g,function(e){return String.fromCharCode(e.charCodeAt(0)+n)})}t.exports={k:r,o:o}}(window,module);`,
  'docker-digest': (f) => `image: ghcr.io/acme/api@sha256:${f.chars(64, 'hexLower')}`,
  'bitcoin-address': (f) =>
    `Send donations to bc1q${f.chars(38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')} — thanks!`,
  'ethereum-address': (f) => `contract deployed at 0x${f.chars(40, 'hexLower')} on mainnet`,
  'placeholder-env': (f) =>
    f.pick([
      'API_KEY=your-api-key-here',
      'OPENAI_API_KEY=<YOUR_API_KEY>',
      'GITHUB_TOKEN=${GITHUB_TOKEN}',
      'SECRET_KEY=changeme',
      'TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
      'password: "********"',
      'api_key: "{{ api_key }}"',
      'DB_PASSWORD=${{ secrets.DB_PASSWORD }}',
    ]),
  'docs-example': (f) =>
    f.pick([
      'AWS_ACCESS_KEY_ID=AK' + 'IAIOSFODNN7' + 'EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/' + 'K7MDENG/bPxRfiCY' + 'EXAMPLEKEY',
      'Authorization: Bearer <token>',
      'export GITHUB_TOKEN=gh' + 'p_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ]),
  'stripe-publishable': (f) =>
    `const stripe = Stripe('pk_${f.pick(['live', 'test'])}_${f.chars(99)}');`,
  'sentry-dsn': (f) =>
    `Sentry.init({ dsn: "https://${f.chars(32, 'hexLower')}@o${f.int(100000, 999999)}.ingest.sentry.io/${f.int(1000000, 9999999)}" });`,
  'mapbox-public': (f) =>
    `mapboxgl.accessToken = 'pk.eyJ1Ijoi${f.chars(20)}IiwiYSI6Im${f.chars(16)}In0.${f.chars(22, 'base64url')}';`,
  'recaptcha-site-key': (f) =>
    `<div class="g-recaptcha" data-sitekey="6L${f.chars(38, 'base64url')}"></div>`,
  'google-oauth-client-id': (f) =>
    `GOOGLE_CLIENT_ID=${f.int(100000000000, 999999999999)}-${f.chars(32, 'alnumLower')}.apps.googleusercontent.com`,
  'twilio-account-sid': (f) => `Account SID: AC${f.chars(32, 'hexLower')}`,
  'github-bad-checksum': (f) => {
    const body = f.chars(30);
    const sum = toBase62((crc32(body) + 1) >>> 0, 6);
    return `token: gh${f.pick(['p', 'o', 's'])}_${body}${sum}`;
  },
  'npm-bad-checksum': (f) => {
    const body = f.chars(30);
    return (
      `//registry.npmjs.org/:_authToken=np` +
      `m_${body}${toBase62((crc32(body) ^ 0x5a5a) >>> 0, 6)}`
    );
  },
  'local-db-default': (f) =>
    `DATABASE_URL=postgres://postgres:postgres@localhost:5432/${f.pick(['dev', 'app', 'test'])}`,
  'public-key': (f) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${f.chars(43, 'base64')} dev@laptop`,
  'css-hex': (f) => `.btn{color:#${f.chars(6, 'hexLower')};background:#${f.chars(6, 'hexLower')}}`,
  'semver-and-urls': (f) =>
    `Upgraded from v${f.int(1, 9)}.${f.int(0, 30)}.${f.int(0, 30)} — see https://github.com/acme/tool/releases/tag/v${f.int(1, 9)}.0.0`,
  'token-words': (f) =>
    `The tokenizer splits text into ${f.int(100, 4000)} tokens; secret sauce is the password hashing (argon2id).`,
  'jwt-explainer': () =>
    'A JWT looks like header.payload.signature, e.g. eyJhbGciOi... (truncated).',
  'password-code': (f) =>
    `const password = req.body.password;\nif (!password || password.length < ${f.int(8, 12)}) throw new Error('weak');`,
  'k8s-config-ref': () =>
    'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password',
  'random-id-in-url': (f) =>
    `https://drive.example.com/file/d/${f.chars(33, 'base64url')}/view?usp=sharing`,
  'log-trace-id': (f) =>
    `trace_id=${f.chars(32, 'hexLower')} span_id=${f.chars(16, 'hexLower')} level=info msg="ok"`,
};

export function negativeCategories(): string[] {
  return Object.keys(NEGATIVE_GENERATORS);
}
