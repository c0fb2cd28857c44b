/**
 * Positives written from the providers' published formats, independently of the rules' own
 * examples, so the evaluation is not only the rules grading their own homework.
 */
import { createECDH, createPrivateKey } from 'node:crypto';
import type { Fake } from '../../detectors/fake';
import { crc32, toBase62, toHex } from '../../detectors/validators/checksum';
import { sha256, toBase32 } from '../../detectors/validators/sha256';

export interface IndependentPositive {
  provider: string;
  /** Snippet with the secret at `secret`'s first occurrence. */
  text: string;
  secret: string;
  /** Other credentials in the same snippet (also labelled). */
  also?: string[];
}

const ghBody = (f: Fake) => {
  const b = f.chars(30);
  return b + toBase62(crc32(b), 6);
};

/**
 * A real EC P-256 key in OpenSSL's SEC1 PEM, derived from the seeded scalar so the corpus stays
 * deterministic: OpenSSL computes the public point and writes the file, not the rules' authors.
 */
const pemKey = (f: Fake) => {
  const d = Buffer.from(Array.from({ length: 32 }, (_, i) => (i === 0 ? 1 : f.int(0, 255))));
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const b64 = (b: Buffer) => b.toString('base64url');
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    d: b64(d),
    x: b64(point.subarray(1, 33)),
    y: b64(point.subarray(33)),
  };
  return (
    createPrivateKey({ key: jwk, format: 'jwk' }).export({ type: 'sec1', format: 'pem' }) as string
  ).trim();
};

const jwt = (f: Fake) => {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'RS256', kid: f.chars(8) })}.${enc({ sub: f.chars(10), exp: 1900000000 })}.${f.chars(86, 'base64url')}`;
};

/** Generators: provider → (fake) → snippet and secret. */
export const INDEPENDENT: Record<string, (f: Fake) => IndependentPositive> = {
  'github-chat': (f) => {
    const s = 'gh' + 'p_' + ghBody(f);
    return {
      provider: 'github',
      secret: s,
      text: `can you try with my token? ${s}\nit should have repo scope`,
    };
  },
  'github-remote': (f) => {
    const s = 'gh' + 'o_' + ghBody(f);
    return {
      provider: 'github',
      secret: s,
      text: `git remote set-url origin https://x-access-token:${s}@github.com/acme/api.git`,
    };
  },
  'aws-credentials-file': (f) => {
    const s = f.chars(40, 'base64');
    const id = 'AK' + 'IA' + f.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    return {
      provider: 'aws',
      secret: s,
      also: [id],
      text: `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${s}\nregion = eu-west-1`,
    };
  },
  'aws-key-id-log': (f) => {
    const s = 'AK' + 'IA' + f.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    return { provider: 'aws', secret: s, text: `ERROR AccessDenied for key ${s} on s3://backups` };
  },
  'gcp-api-key-html': (f) => {
    const s = 'AI' + 'za' + f.chars(35, 'base64url').replace(/[-_]$/, 'Q');
    return {
      provider: 'gcp',
      secret: s,
      text: `fetch("https://maps.googleapis.com/maps/api/geocode/json?key=${s}&address=x")`,
    };
  },
  'pem-in-yaml': (f) => {
    const key = pemKey(f);
    const indented = key.split('\n').join('\n    ');
    return {
      provider: 'private-key',
      secret: indented,
      text: `tls:\n  key: |\n    ${indented}\n  cert: cert.pem`,
    };
  },
  'postgres-url': (f) => {
    const s = f.chars(20) + '-' + f.chars(4);
    return {
      provider: 'postgres',
      secret: s,
      text: `DATABASE_URL="postgresql://billing:${s}@prod-db.c9akciq32.eu-west-1.rds.amazonaws.com:5432/billing"`,
    };
  },
  'mongodb-srv': (f) => {
    const s = f.chars(16);
    return {
      provider: 'mongodb',
      secret: s,
      text: `const uri = "mongodb+srv://appUser:${s}@cluster0.ab12c.mongodb.net/?retryWrites=true";`,
    };
  },
  'bearer-jwt-curl': (f) => {
    const s = jwt(f);
    return {
      provider: 'jwt',
      secret: s,
      text: `curl https://api.example.net/v1/me -H 'Authorization: Bearer ${s}'`,
    };
  },
  'env-password': (f) => {
    const s = f.chars(10) + '#' + f.int(10, 99) + f.chars(4);
    return {
      provider: 'password',
      secret: s,
      text: `POSTGRES_USER=app\nPOSTGRES_PASSWORD=${s}\nPOSTGRES_DB=app`,
    };
  },
  'npm-npmrc': (f) => {
    const s = 'np' + 'm_' + ghBody(f);
    return {
      provider: 'npm',
      secret: s,
      text: `//registry.npmjs.org/:_authToken=${s}\nalways-auth=true`,
    };
  },
  'gitlab-ci': (f) => {
    const s = 'gl' + 'pat-' + f.chars(20, 'base64url');
    return {
      provider: 'gitlab',
      secret: s,
      text: `variables:\n  GITLAB_TOKEN: "${s}"\n  GIT_DEPTH: 1`,
    };
  },
  'slack-bot': (f) => {
    const s = `xo${'xb'}-${f.int(1000000000, 9999999999)}-${f.int(1000000000000, 9999999999999)}-${f.chars(24)}`;
    return { provider: 'Slack', secret: s, text: `SLACK_BOT_TOKEN=${s}` };
  },
  'stripe-secret': (f) => {
    const s = `sk_${'live'}_${f.chars(99)}`;
    return { provider: 'Stripe', secret: s, text: `stripe.api_key = "${s}"` };
  },
  'sendgrid-chat': (f) => {
    const s = `S${'G'}.${f.chars(22, 'base64url')}.${f.chars(43, 'base64url')}`;
    return {
      provider: 'SendGrid',
      secret: s,
      text: `here's the sendgrid key for staging ${s} — rotate after the demo`,
    };
  },
  'docker-pat': (f) => {
    const s = 'dckr' + '_pat_' + f.chars(27, 'base64url');
    return {
      provider: 'docker',
      secret: s,
      text: `echo ${s} | docker login -u acme --password-stdin`,
    };
  },
  'k8s-secret-base64': (f) => {
    const inner = 'gh' + 'p_' + ghBody(f);
    const s = Buffer.from(inner).toString('base64');
    return {
      provider: 'github',
      secret: s,
      text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gh\ndata:\n  token: ${s}\n`,
    };
  },
  // github_pat_ + 22 (id) + _ + 43 + 8 base32 of SHA-256 of what precedes them + 8.
  'github-fine-grained-env': (f) => {
    const head = 'github' + '_pat_' + '11' + f.chars(20, 'alnumUpper') + '_' + f.chars(43);
    const s = head + toBase32(sha256(head)).slice(0, 8) + f.chars(8);
    return { provider: 'github', secret: s, text: `# .envrc\nexport GH_TOKEN="${s}"\n` };
  },
  // Cloudflare scannable tokens: cfut_/cfat_/cfk_ + 40 base62 + CRC32 of those 40 in hex.
  'cloudflare-scannable-curl': (f) => {
    const body = f.chars(40);
    const s = 'cf' + f.pick(['ut_', 'at_', 'k_']) + body + toHex(crc32(body));
    return {
      provider: 'cloudflare',
      secret: s,
      text: `curl https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer ${s}"`,
    };
  },
  'json-escaped-pem': (f) => {
    const key = pemKey(f);
    const s = JSON.stringify(key).slice(1, -1);
    return { provider: 'private-key', secret: s, text: `{"deploy_key": "${s}", "user": "ci"}` };
  },
};
