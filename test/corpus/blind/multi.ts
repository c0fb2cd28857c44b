// Cases holding two or three secrets, and credentials whose shape spans several fields (an AWS
// key pair, an Azure connection string, an Authorization header). Each template writes through
// a TextBuilder, so every label's span is recorded where it is written.
import { b64, b64url, jwt } from './encoding.ts';
import { envNoise, HOSTS, person, service, timestamp, USERS } from './filler.ts';
import { toSecret, type TokenKind } from './kinds.ts';
import { password, uriSafePassword } from './passwords.ts';
import { ALNUM, B64, LOWER, UPPER, type Rng } from './rng.ts';
import type { TextBuilder } from './types.ts';

export interface MultiTemplate {
  id: string;
  template: string;
  category: string;
  render(b: TextBuilder, r: Rng, kinds: TokenKind[]): void;
}

const awsId = (r: Rng, temp = false) => (temp ? 'AS' : 'AK') + 'IA' + r.chars(UPPER + '234567', 16);
const awsSecret = (r: Rng) => r.chars(ALNUM + '/+', 40);
const awsSession = (r: Rng) => 'IQoJb3Jp' + 'Z2luX2Vj' + r.chars(B64, r.range(300, 400));
const azureKey = (r: Rng) => b64(r.bytes(64));

function bearerJwt(r: Rng): string {
  const now = 1700000000 + r.int(5e7);
  return jwt(r, {
    sub: r.uuid(),
    iss: `https://auth.${r.pick(['acme.io', 'example.com', 'corp.net'])}/`,
    aud: r.pick(['api', 'billing', 'https://api.example.com']),
    iat: now,
    exp: now + 3600,
    scope: r.pick(['read:orders write:orders', 'openid profile email', 'admin']),
  });
}

/** An opaque bearer token: no prefix, but the label policy labels any Bearer credential. */
function opaqueToken(r: Rng): string {
  return r.pick([() => r.alnum(r.range(32, 64)), () => r.hex(40), () => b64url(r.bytes(32))])();
}

/** A Kubernetes service-account token: an RS256 JWT signed by the cluster. */
function serviceAccountJwt(r: Rng): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', kid: r.chars(ALNUM + '-_', 43) }));
  const now = 1700000000 + r.int(5e7);
  const body = b64url(
    JSON.stringify({
      aud: ['https://kubernetes.default.svc'],
      exp: now + 31536000,
      iat: now,
      iss: 'https://kubernetes.default.svc',
      sub: `system:serviceaccount:${r.pick(['ci', 'default', 'deploy'])}:${service(r)}`,
    }),
  );
  return `${head}.${body}.${b64url(r.bytes(256))}`;
}

export const MULTI_TEMPLATES: MultiTemplate[] = [
  {
    id: 'opaque-bearer-curl',
    template: 'curl',
    category: 'bearer-token',
    render: (b, r) => {
      b.add(
        `curl -sS https://${r.pick(['api.internal.example.com', 'gateway.acme.io', 'reports.corp.example'])}/v2/${r.pick(['jobs', 'exports', 'me'])} -H 'Authorization: Bearer `,
      );
      b.secret(opaqueToken(r), 'bearer-token').add(`' | jq .`);
    },
  },
  {
    id: 'opaque-bearer-http',
    template: 'http-header',
    category: 'bearer-token',
    render: (b, r) => {
      b.add(
        `POST /v1/${r.pick(['events', 'ingest', 'sync'])} HTTP/1.1\nHost: ${r.pick(['api.internal.example.com', 'collector.acme.io'])}\nContent-Type: application/json\nAuthorization: Bearer `,
      );
      b.secret(opaqueToken(r), 'bearer-token').add(`\nContent-Length: ${r.range(20, 4000)}\n`);
    },
  },
  {
    id: 'kubeconfig-token',
    template: 'yaml',
    category: 'jwt',
    render: (b, r) => {
      const cluster = r.pick(['prod-eu', 'staging', 'gke_acme_europe-west1_main']);
      b.add(
        `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}:6443\n  name: ${cluster}\ncontexts:\n- context:\n    cluster: ${cluster}\n    user: ci\n  name: ${cluster}\ncurrent-context: ${cluster}\nusers:\n- name: ci\n  user:\n    token: `,
      );
      b.secret(serviceAccountJwt(r), 'jwt').add('\n');
    },
  },
  {
    id: 'aws-credentials-file',
    template: 'ini',
    category: 'aws',
    render: (b, r) => {
      const temp = r.chance(0.3);
      b.add(`[${r.pick(['default', 'prod', 'ci-deployer'])}]\naws_access_key_id = `).secret(
        awsId(r, temp),
        'aws',
      );
      b.add('\naws_secret_access_key = ').secret(awsSecret(r), 'aws');
      if (temp) b.add('\naws_session_token = ').secret(awsSession(r), 'aws');
      b.add(`\nregion = ${r.pick(['us-east-1', 'eu-west-1'])}\n`);
    },
  },
  {
    id: 'aws-env-pair',
    template: 'env',
    category: 'aws',
    render: (b, r) => {
      b.add(envNoise(r, 2).join('\n') + '\nAWS_ACCESS_KEY_ID=').secret(awsId(r), 'aws');
      b.add('\nAWS_SECRET_ACCESS_KEY=')
        .secret(awsSecret(r), 'aws')
        .add('\nAWS_DEFAULT_REGION=eu-central-1\n');
    },
  },
  {
    id: 'aws-python-boto3',
    template: 'code-python',
    category: 'aws',
    render: (b, r) => {
      b.add(`import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="`).secret(
        awsId(r),
        'aws',
      );
      b.add(`",\n    aws_secret_access_key="`)
        .secret(awsSecret(r), 'aws')
        .add(`",\n)\ns3.upload_file("report.csv", "${service(r)}-exports", "report.csv")\n`);
    },
  },
  {
    id: 'aws-chat-pair',
    template: 'chat',
    category: 'aws',
    render: (b, r) => {
      b.add(`${person(r)}: here are the keys for the backup bucket\naccess key: `).secret(
        awsId(r),
        'aws',
      );
      b.add('\nsecret key: ')
        .secret(awsSecret(r), 'aws')
        .add('\nlet me know when you have copied them');
    },
  },
  {
    id: 'aws-cli-json',
    template: 'json',
    category: 'aws',
    render: (b, r) => {
      b.add(`{\n    "Credentials": {\n        "AccessKeyId": "`).secret(awsId(r, true), 'aws');
      b.add(`",\n        "SecretAccessKey": "`).secret(awsSecret(r), 'aws');
      b.add(`",\n        "SessionToken": "`).secret(awsSession(r), 'aws');
      b.add(`",\n        "Expiration": "${timestamp(r)}"\n    }\n}\n`);
    },
  },
  {
    id: 'azure-storage-connection-string',
    template: 'env',
    category: 'azure',
    render: (b, r) => {
      const account = r.chars(LOWER, r.range(6, 12)) + r.range(1, 99);
      b.add(
        `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=`,
      ).secret(azureKey(r), 'azure');
      b.add(';EndpointSuffix=core.windows.net"\n');
    },
  },
  {
    id: 'azure-appsettings',
    template: 'json',
    category: 'azure',
    render: (b, r) => {
      const account = r.chars(LOWER, 8);
      b.add(
        `{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n    "Blob": "DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=`,
      ).secret(azureKey(r), 'azure');
      b.add(
        `;EndpointSuffix=core.windows.net",\n    "Db": "Server=tcp:${account}.database.windows.net,1433;Initial Catalog=app;User ID=${r.pick(USERS)};Password=`,
      ).secret(uriSafePassword(r), 'connection-uri');
      b.add(';Encrypt=True;"\n  }\n}\n');
    },
  },
  {
    id: 'azure-service-bus',
    template: 'code-csharp',
    category: 'azure',
    render: (b, r) => {
      b.add(
        `var client = new ServiceBusClient("Endpoint=sb://${r.chars(LOWER, 8)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=`,
      ).secret(b64(r.bytes(32)), 'azure');
      b.add('");\nvar sender = client.CreateSender("orders");\n');
    },
  },
  {
    id: 'twilio-sid-and-token',
    template: 'env',
    category: 'twilio',
    render: (b, r) => {
      // The account SID (AC…) is an identifier: unlabelled. Its auth token is the secret.
      b.add(`TWILIO_ACCOUNT_SID=A${'C'}${r.hex(32)}\nTWILIO_AUTH_TOKEN=`)
        .secret(r.hex(32), 'twilio')
        .add(`\nTWILIO_FROM=+1${r.digits(10)}\n`);
    },
  },
  {
    id: 'basic-auth-curl',
    template: 'curl',
    category: 'basic-auth',
    render: (b, r) => {
      b.add(`curl -H "Authorization: Basic `).secret(
        b64(`${r.pick(USERS)}:${password(r)}`),
        'basic-auth',
      );
      b.add(
        `" https://${r.pick(['jenkins', 'nexus', 'grafana'])}.${r.pick(['acme.io', 'corp.example'])}/api/json`,
      );
    },
  },
  {
    id: 'basic-auth-http',
    template: 'http-header',
    category: 'basic-auth',
    render: (b, r) => {
      b.add(
        `POST /api/v2/upload HTTP/1.1\nHost: ${r.pick(['registry.internal', 'artifacts.acme.io'])}\nAuthorization: Basic `,
      ).secret(b64(`${r.pick(USERS)}:${uriSafePassword(r)}`), 'basic-auth');
      b.add(`\nContent-Type: application/octet-stream\nContent-Length: ${r.range(100, 90000)}\n`);
    },
  },
  {
    id: 'basic-auth-log',
    template: 'log-line',
    category: 'basic-auth',
    render: (b, r) => {
      b.add(
        `${timestamp(r)} WARN  proxy: upstream 401 for GET /metrics headers=map[Authorization:[Basic `,
      ).secret(b64(`${r.pick(USERS)}:${password(r)}`), 'basic-auth');
      b.add(`] User-Agent:[Prometheus/2.51.0]]\n`);
    },
  },
  {
    id: 'jwt-bearer-curl',
    template: 'curl',
    category: 'jwt',
    render: (b, r) => {
      b.add(
        `curl -X GET 'https://api.${r.pick(['acme.io', 'example.com'])}/v1/orders?limit=10' \\\n  -H 'Authorization: Bearer `,
      )
        .secret(bearerJwt(r), 'jwt')
        .add(`'`);
    },
  },
  {
    id: 'jwt-bearer-http',
    template: 'http-header',
    category: 'jwt',
    render: (b, r) => {
      b.add(
        `GET /graphql HTTP/2\nHost: api.${r.pick(['acme.io', 'example.com'])}\nauthorization: Bearer `,
      )
        .secret(bearerJwt(r), 'jwt')
        .add('\naccept: application/json\n');
    },
  },
  {
    id: 'jwt-chat',
    template: 'chat',
    category: 'jwt',
    render: (b, r) => {
      b.add(`${person(r)}: the admin token from the staging login is `)
        .secret(bearerJwt(r), 'jwt')
        .add(` — can you check why /admin returns 403 with it?`);
    },
  },
  {
    id: 'jwt-browser-storage',
    template: 'json',
    category: 'jwt',
    render: (b, r) => {
      b.add(`{\n  "access_token": "`)
        .secret(bearerJwt(r), 'jwt')
        .add(`",\n  "token_type": "Bearer",\n  "expires_in": 3600\n}\n`);
    },
  },
  {
    id: 'npmrc',
    template: 'npmrc',
    category: 'npm',
    render: (b, r, kinds) => {
      const npm = kinds.find((k) => k.kind === 'npm-token') as TokenKind;
      b.add(
        `registry=https://registry.npmjs.org/\n@${r.pick(['acme', 'internal'])}:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=`,
      )
        .secret(npm.make(r), 'npm')
        .add('\n');
    },
  },
  {
    id: 'git-remote-token',
    template: 'shell-session',
    category: 'github',
    render: (b, r, kinds) => {
      // The token is the URI's password and a GitHub token: labelled once, by its provider.
      const gh = kinds.find((k) => k.kind === 'github-pat-classic') as TokenKind;
      b.add(
        `$ git remote -v\norigin\thttps://${r.pick(['x-access-token', 'oauth2', 'deploy-bot'])}:`,
      )
        .secret(gh.make(r), 'github')
        .add(`@github.com/${r.pick(['acme', 'globex'])}/${service(r)}.git (fetch)\n`);
    },
  },
  {
    id: 'compose-two-secrets',
    template: 'docker-compose',
    category: 'password',
    render: (b, r) => {
      const pw = uriSafePassword(r);
      const user = r.pick(USERS);
      b.add(
        `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ${user}\n      POSTGRES_PASSWORD: "`,
      ).secret(pw, 'password');
      b.add(`"\n  app:\n    build: .\n    environment:\n      DATABASE_URL: "postgres://${user}:`)
        .secret(pw, 'connection-uri')
        .add(`@db:5432/app"\n`);
    },
  },
  {
    id: 'env-two-providers',
    template: 'env',
    category: 'mixed',
    render: (b, r, kinds) => {
      const picked = r.sample(
        kinds.filter((k) => !k.named),
        r.range(2, 3),
      );
      b.add(envNoise(r, 2).join('\n') + '\n');
      for (const k of picked) {
        const s = toSecret(k, r);
        b.add(`${s.name}=`).secret(s.value, s.provider).add('\n');
      }
    },
  },
  {
    id: 'json-two-providers',
    template: 'json',
    category: 'mixed',
    render: (b, r, kinds) => {
      const picked = r.sample(kinds, 2).map((k) => toSecret(k, r));
      b.add('{\n');
      picked.forEach((s, i) =>
        b
          .add(`  "${s.name.toLowerCase()}": "`)
          .secret(s.value, s.provider)
          .add(i ? '"\n' : '",\n'),
      );
      b.add('}\n');
    },
  },
  {
    id: 'chat-two-providers',
    template: 'chat',
    category: 'mixed',
    render: (b, r, kinds) => {
      const [a, c] = r.sample(kinds, 2).map((k) => toSecret(k, r));
      if (!a || !c) return;
      b.add(`${person(r)}: for the migration you need both:\n${a.name}=`).secret(
        a.value,
        a.provider,
      );
      b.add(`\n${c.name}=`)
        .secret(c.value, c.provider)
        .add(`\nping me if ${service(r)} still fails`);
    },
  },
  {
    id: 'github-actions-hardcoded',
    template: 'ci-yaml',
    category: 'mixed',
    render: (b, r, kinds) => {
      const [a, c] = r
        .sample(
          kinds.filter((k) => !k.named),
          2,
        )
        .map((k) => toSecret(k, r));
      if (!a || !c) return;
      b.add(
        `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${a.name}: `,
      ).secret(a.value, a.provider);
      b.add(`\n      ${c.name}: "`)
        .secret(c.value, c.provider)
        .add(
          `"\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh ${r.pick(HOSTS)}\n`,
        );
    },
  },
];
