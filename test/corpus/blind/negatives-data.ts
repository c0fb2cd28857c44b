// CI logs, identifiers and digests, public keys and certificates: long random-looking strings
// that the label policy lists as not secret ("Identifiers and digests", public keys).
import { createPublicKey, type KeyObject } from 'node:crypto';
import { b64, wrap } from './encoding.ts';
import { service, shortSha, timestamp } from './filler.ts';
import { opensshPublicKey } from './openssh.ts';
import { B64, DIGITS, LOWER, LOWER_ALNUM, type Rng } from './rng.ts';

export function githubActionsLog(r: Rng): string {
  // One clock that moves forward, as a runner's log does.
  let clock = Date.parse(timestamp(r));
  const t = () => new Date((clock += r.range(5, 4000))).toISOString().replace('Z', '0000Z');
  const sha = r.hex(40);
  return (
    [
      `${t()} ##[group]Run actions/checkout@v4`,
      `${t()} with:`,
      `${t()}   repository: acme/${service(r)}`,
      `${t()}   token: ***`,
      `${t()}   ref: ${sha}`,
      `${t()} ##[endgroup]`,
      `${t()} Syncing repository: acme/${service(r)}`,
      `${t()} [command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +${sha}:refs/remotes/origin/main`,
      `${t()} ##[group]Run actions/cache@v4`,
      `${t()} Cache restored from key: Linux-node-${r.hex(64)}`,
      `${t()} env:`,
      `${t()}   NODE_AUTH_TOKEN: ***`,
      `${t()}   AWS_SECRET_ACCESS_KEY: ***`,
      `${t()} #7 [build 3/6] RUN npm ci`,
      `${t()} #7 DONE ${r.range(5, 90)}.${r.range(0, 9)}s`,
      `${t()} #12 exporting to image`,
      `${t()} #12 writing image sha256:${r.hex(64)} done`,
      `${t()} #12 pushing ghcr.io/acme/${service(r)}:${shortSha(r)} with digest sha256:${r.hex(64)}`,
      `${t()} Post job cleanup.`,
    ]
      .slice(0, r.range(10, 19))
      .join('\n') + '\n'
  );
}

export function gitlabCiLog(r: Rng): string {
  return (
    [
      `Running with gitlab-runner 17.${r.range(0, 9)}.${r.range(0, 3)} (${r.hex(8)})`,
      `  on docker-autoscaler ${r.chars(LOWER_ALNUM, 8)}, system ID: s_${r.hex(12)}`,
      `Preparing the "docker" executor`,
      `Using docker image sha256:${r.hex(64)} for node:20 with digest node@sha256:${r.hex(64)} ...`,
      `Getting source from Git repository`,
      `Fetching changes with git depth set to 20...`,
      `Checking out ${r.hex(8)} as detached HEAD (ref is main)...`,
      `Restoring cache`,
      `Checking cache for ${r.hex(40)}-protected...`,
      `$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY`,
      `Login Succeeded`,
      `$ export DB_PASSWORD=[MASKED]`,
      `$ npm test`,
      `Job succeeded`,
    ].join('\n') + '\n'
  );
}

export function gitLog(r: Rng): string {
  const out: string[] = [];
  for (let i = 0, n = r.range(3, 8); i < n; i++) {
    out.push(
      `commit ${r.hex(40)}\nAuthor: ${r.pick(['Priya', 'Tom', 'Lena'])} <dev@example.com>\nDate:   ${new Date(Date.UTC(2025, r.int(12), 1 + r.int(27))).toUTCString()}\n\n    ${r.pick(['fix: rotate token handling', 'chore: bump deps', 'feat: password reset flow', 'refactor: move secrets to vault'])}\n`,
    );
  }
  return out.join('\n');
}

export function checksums(r: Rng): string {
  const files = [
    `${service(r)}-linux-amd64.tar.gz`,
    `${service(r)}-darwin-arm64.tar.gz`,
    `${service(r)}_${r.range(1, 9)}.${r.range(0, 20)}.0_checksums.txt`,
    'install.sh',
  ];
  return files.map((f) => `${r.hex(64)}  ${f}`).join('\n') + '\n';
}

export function uuidsJson(r: Rng): string {
  const items = Array.from(
    { length: r.range(2, 6) },
    () =>
      `    { "id": "${r.uuid()}", "orderId": "${r.uuid()}", "traceId": "${r.hex(32)}", "status": "${r.pick(['paid', 'pending', 'refunded'])}" }`,
  );
  return `{\n  "requestId": "${r.uuid()}",\n  "items": [\n${items.join(',\n')}\n  ]\n}\n`;
}

export function traceLog(r: Rng): string {
  return (
    Array.from(
      { length: r.range(4, 10) },
      () =>
        `${timestamp(r)} INFO  [${service(r)}] traceparent=00-${r.hex(32)}-${r.hex(16)}-01 request_id=${r.uuid()} span=${r.hex(16)} status=200 duration_ms=${r.range(1, 900)}`,
    ).join('\n') + '\n'
  );
}

export function base64Image(r: Rng): string {
  const body = 'iVBORw0KGgoAAAANSUhEUgAA' + r.chars(B64, r.range(40, 300) * 4);
  return `.logo {\n  background-image: url("data:image/png;base64,${body}");\n  width: 32px;\n}\n`;
}

export function hashedFilenames(r: Rng): string {
  return `<link rel="stylesheet" href="/assets/index-${r.chars(LOWER_ALNUM + 'ABCDEFGH_-', 8)}.css">\n<script type="module" crossorigin src="/assets/index-${r.chars(LOWER_ALNUM + 'ABCDEFGH_-', 8)}.js" integrity="sha384-${b64(r.bytes(48))}"></script>\n<script src="/static/js/main.${r.hex(8)}.chunk.js"></script>\n`;
}

export function walletAddresses(r: Rng): string {
  return `Send USDC to 0x${r.hex(40)} (ERC-20)\ncontract: 0x${r.hex(40)}\ntx: 0x${r.hex(64)}\nBTC: bc1q${r.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38)}\n`;
}

export function dockerDigests(r: Rng): string {
  return `REPOSITORY                    TAG       DIGEST                                                                    IMAGE ID       CREATED\nghcr.io/acme/${service(r)}    ${shortSha(r)}   sha256:${r.hex(64)}   ${r.hex(12)}   ${r.range(2, 59)} minutes ago\npostgres                      16        sha256:${r.hex(64)}   ${r.hex(12)}   ${r.range(2, 9)} days ago\n`;
}

const strip = (s: string | Buffer) => String(s).trimEnd();

export function publicKeyPem(key: KeyObject, r: Rng): string {
  const pub = createPublicKey(key);
  const pem =
    key.asymmetricKeyType === 'rsa' && r.chance(0.3)
      ? pub.export({ format: 'pem', type: 'pkcs1' })
      : pub.export({ format: 'pem', type: 'spki' });
  return `${r.pick(['Here is the public key for the webhook signature:', 'Add this to the JWKS config', 'public.pem:'])}\n\n${strip(pem)}\n`;
}

export function sshPublicKeys(keys: KeyObject[], r: Rng): string {
  const lines = keys.map((k) =>
    opensshPublicKey(
      k,
      `${r.pick(['alice', 'deploy', 'ci'])}@${r.pick(['laptop', 'build-01', 'macbook'])}`,
    ),
  );
  return `# ~/.ssh/authorized_keys\n${lines.join('\n')}\n`;
}

export function jwks(key: KeyObject, r: Rng): string {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return (
    JSON.stringify(
      {
        keys: [
          {
            ...jwk,
            kid: r.hex(16),
            use: 'sig',
            alg: jwk.kty === 'RSA' ? 'RS256' : jwk.crv === 'Ed25519' ? 'EdDSA' : 'ES256',
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
}

/** A certificate-shaped PEM: real certificates are public; this body is DER-like base64. */
export function certificatePem(
  r: Rng,
  kind: 'CERTIFICATE' | 'CERTIFICATE REQUEST' | 'PGP PUBLIC KEY BLOCK' = 'CERTIFICATE',
): string {
  const head =
    kind === 'PGP PUBLIC KEY BLOCK'
      ? 'mQINBG'
      : // DER SEQUENCE headers in base64: "MII…CCA…" as X.509 certificates and requests begin.
        'MII' +
        r.pick(['D', 'E', 'F', 'B', 'C']) +
        r.chars(B64, 2) +
        'CCA' +
        r.chars(B64, 2) +
        r.pick(['gAwIBAgI', 'CAQAw']);
  const body = wrap(
    head + r.chars(B64, r.range(10, 22) * 64 - head.length) + r.pick(['', '=', '==']),
    64,
  );
  const armour = kind === 'PGP PUBLIC KEY BLOCK' ? `\n${body}\n=${r.chars(B64, 4)}` : `\n${body}`;
  return `-----BEGIN ${kind}-----${armour}\n-----END ${kind}-----`;
}

export function certificateChain(r: Rng): string {
  return `${r.pick(['Server certificate chain:', 'fullchain.pem', 'ca-bundle.crt'])}\n${certificatePem(r)}\n${certificatePem(r)}\n`;
}

export function opensslText(r: Rng): string {
  return `Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            ${Array.from({ length: 16 }, () => r.hex(2)).join(':')}\n        Signature Algorithm: sha256WithRSAEncryption\n        Issuer: C = US, O = Let's Encrypt, CN = R${r.range(10, 11)}\n        Subject: CN = ${service(r)}.example.com\n        Subject Public Key Info:\n            Public Key Algorithm: id-ecPublicKey\n                pub:\n                    04:${Array.from({ length: 20 }, () => r.hex(2)).join(':')}\n        X509v3 Subject Key Identifier:\n            ${Array.from({ length: 20 }, () => r.hex(2).toUpperCase()).join(':')}\n`;
}

export function numbers(r: Rng): string {
  return `order ${r.chars(DIGITS, 12)} shipped, tracking ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${r.chars(DIGITS, 9)}${r.pick(['US', 'DE', 'GB'])}, invoice INV-${r.chars(DIGITS, 8)}, ref ${r.chars(LOWER, 3)}-${r.hex(12)}\n`;
}
