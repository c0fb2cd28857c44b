// Values the label policy says are not secrets although they look like one: public-by-design
// keys, published sample values, placeholders, references, redacted and elided values, demo
// passwords made of words, and URIs whose password is masked or a reference.
// A few words are written split (`${'pass'}word`) so that the repository's scan of its own
// source finds no assignment-shaped code in this file; the generated text is unchanged.
import { createHmac } from 'node:crypto';
import { b64, b64url, jwt, PRIVATE_KEY } from './encoding.ts';
import { HOSTS, person, service, USERS } from './filler.ts';
import { ALNUM, LOWER, LOWER_ALNUM, type Rng } from './rng.ts';

const W = ALNUM + '_-';

export interface Shape {
  category: string;
  template: string;
  make(r: Rng): string;
}

// Published samples, assembled from pieces so that the repository holds none of them whole.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html (the EXAMPLE pair);
// jwt.io's default token; Stripe's documentation test key (https://docs.stripe.com/keys).
const AWS_SAMPLE_ID = 'AKIA' + 'IOSFODNN7' + 'EXAMPLE';
const AWS_SAMPLE_SECRET = 'wJalrXUtnFEMI' + '/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY';
// jwt.io's default token is HS256 over its default claims with its default key, so it is
// recomputed here rather than stored.
const JWT_IO = (() => {
  const body =
    b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })) +
    '.' +
    b64url(JSON.stringify({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }));
  return (
    body +
    '.' +
    createHmac('sha256', 'your-256-bit-' + 'secret')
      .update(body)
      .digest('base64url')
  );
})();
const STRIPE_DOCS_KEY = 'sk_' + 'test_' + '4eC39HqLy' + 'jWDarjtT1zdp7dc';

/** The published samples, for tests that check they are never labelled. */
export const PUBLISHED_VALUES = [AWS_SAMPLE_ID, AWS_SAMPLE_SECRET, JWT_IO, STRIPE_DOCS_KEY];

const supabaseAnon = (r: Rng) =>
  jwt(r, {
    iss: 'supabase',
    ref: r.chars(LOWER, 20),
    role: 'anon',
    iat: 1700000000 + r.int(3e7),
    exp: 2000000000 + r.int(3e8),
  });
const stripePk = (r: Rng) =>
  'pk_' + r.pick(['live_', 'test_']) + (r.chance(0.5) ? r.alnum(24) : '51' + r.alnum(97));
const mapboxPk = (r: Rng) =>
  'pk.' +
  b64url(JSON.stringify({ u: r.chars(LOWER, 7), a: r.chars(LOWER_ALNUM, 25) })) +
  '.' +
  r.chars(W, 22);
const sentryDsn = (r: Rng) =>
  `https://${r.hex(32)}@o${r.digits(6)}.ingest.${r.pick(['', 'us.', 'de.'])}sentry.io/${r.digits(7)}`;

export const PUBLIC_BY_DESIGN: Shape[] = [
  {
    category: 'public-by-design',
    template: 'code-js',
    make: (r) =>
      `import { loadStripe } from '@stripe/stripe-js';\n\nconst stripePromise = loadStripe('${stripePk(r)}');\n`,
  },
  {
    category: 'public-by-design',
    template: 'env',
    make: (r) =>
      `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${stripePk(r)}\nNEXT_PUBLIC_APP_URL=https://${service(r)}.example.com\n`,
  },
  {
    category: 'public-by-design',
    template: 'code-js',
    make: (r) =>
      `mapboxgl.accessToken = '${mapboxPk(r)}';\nconst map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12', center: [${r.range(-120, 120)}, ${r.range(-50, 60)}], zoom: 9 });\n`,
  },
  {
    category: 'public-by-design',
    template: 'code-ts',
    make: (r) =>
      `datadogRum.init({\n  applicationId: '${r.uuid()}',\n  clientToken: 'pub${r.hex(32)}',\n  site: 'datadoghq.${r.pick(['com', 'eu'])}',\n  service: '${service(r)}',\n  sessionSampleRate: 100,\n});\n`,
  },
  {
    category: 'public-by-design',
    template: 'env',
    make: (r) =>
      `NEXT_PUBLIC_SUPABASE_URL=https://${r.chars(LOWER, 20)}.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=${supabaseAnon(r)}\n`,
  },
  {
    category: 'public-by-design',
    template: 'code-ts',
    make: (r) =>
      `export const supabase = createClient(\n  'https://${r.chars(LOWER, 20)}.supabase.co',\n  '${r.chance(0.5) ? supabaseAnon(r) : 'sb_publishable_' + r.chars(W, 31)}',\n);\n`,
  },
  {
    category: 'public-by-design',
    template: 'code-js',
    make: (r) =>
      `Sentry.init({\n  dsn: '${sentryDsn(r)}',\n  tracesSampleRate: 0.${r.range(1, 9)},\n  environment: '${r.pick(['production', 'staging'])}',\n});\n`,
  },
  {
    category: 'public-by-design',
    template: 'env',
    make: (r) => `SENTRY_DSN=${sentryDsn(r)}\nSENTRY_ENVIRONMENT=production\n`,
  },
  {
    category: 'public-by-design',
    template: 'code-js',
    make: (r) =>
      `posthog.init('phc_${r.alnum(43)}', {\n  api_host: 'https://${r.pick(['us', 'eu'])}.i.posthog.com',\n  person_profiles: 'identified_only',\n});\n`,
  },
  {
    category: 'public-by-design',
    template: 'code-js',
    make: (r) =>
      `const searchClient = algoliasearch('${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}', '${r.hex(32)}'); // search-only key\nconst index = searchClient.initIndex('${r.pick(['products', 'docs', 'articles'])}');\n`,
  },
  {
    category: 'public-by-design',
    template: 'env',
    make: (r) =>
      `NEXT_PUBLIC_ALGOLIA_APP_ID=${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}\nNEXT_PUBLIC_ALGOLIA_SEARCH_ONLY_API_KEY=${r.hex(32)}\n`,
  },
  {
    category: 'public-by-design',
    template: 'html',
    make: (r) =>
      `<form action="/contact" method="POST">\n  <div class="g-recaptcha" data-sitekey="6L${r.chars(W, 38)}"></div>\n  <button type="submit">Send</button>\n</form>\n`,
  },
];

export const PUBLISHED_SAMPLES: Shape[] = [
  {
    category: 'published-sample',
    template: 'ini',
    make: (r) =>
      `[${r.pick(['default', 'dev'])}]\naws_access_key_id = ${AWS_SAMPLE_ID}\naws_secret_access_key = ${AWS_SAMPLE_SECRET}\n`,
  },
  {
    category: 'published-sample',
    template: 'env',
    make: () =>
      `AWS_ACCESS_KEY_ID=${AWS_SAMPLE_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SAMPLE_SECRET}\nAWS_DEFAULT_REGION=us-west-2\n`,
  },
  {
    category: 'published-sample',
    template: 'shell-session',
    make: () =>
      `$ aws configure\nAWS Access Key ID [None]: ${AWS_SAMPLE_ID}\nAWS Secret Access Key [None]: ${AWS_SAMPLE_SECRET}\nDefault region name [None]: us-west-2\nDefault output format [None]: json\n`,
  },
  {
    category: 'published-sample',
    template: 'http-header',
    make: () => `GET /protected HTTP/1.1\nHost: localhost:3000\nAuthorization: Bearer ${JWT_IO}\n`,
  },
  {
    category: 'published-sample',
    template: 'chat',
    make: (r) =>
      `${person(r)}: if you paste ${JWT_IO} into jwt.io it decodes to John Doe, that's the example token`,
  },
  {
    category: 'published-sample',
    template: 'code-js',
    make: () =>
      `// From the Stripe docs quickstart\nconst stripe = require('stripe')('${STRIPE_DOCS_KEY}');\n\nconst customer = await stripe.customers.create({ email: 'jenny.rosen@example.com' });\n`,
  },
  {
    category: 'published-sample',
    template: 'shell-session',
    make: () =>
      `curl https://api.stripe.com/v1/charges \\\n  -u ${STRIPE_DOCS_KEY}: \\\n  -d amount=2000 \\\n  -d currency=usd\n`,
  },
];

/** Placeholders, references and redactions, each paired with the name a real value would have. */
export const PLACEHOLDERS: Shape[] = [
  {
    category: 'placeholder',
    template: 'env',
    make: (r) =>
      `${r.pick(['OPENAI_API_KEY', 'GITHUB_TOKEN', 'STRIPE_SECRET_KEY', 'DB_PASSWORD'])}=${r.pick(['your-api-key-here', '<your-token>', 'xxxxxxxxxxxxxxxxxxxx', 'changeme', 'REPLACE_ME', '********', 'TODO', ''])}\n${r.pick(['SLACK_BOT_TOKEN', 'ANTHROPIC_API_KEY'])}=${r.pick(['<token>', 'your_key_here', 'sk-...'])}\n`,
  },
  {
    category: 'placeholder',
    template: 'markdown',
    make: (r) =>
      `## Setup\n\n1. Copy \`.env.example\` to \`.env\`\n2. Set \`${r.pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY'])}=sk-${r.pick(['...', 'xxxxxxxx', '<your key>'])}\`\n3. Set \`GITHUB_TOKEN=ghp_${'x'.repeat(36)}\` (a classic token with \`repo\` scope)\n4. Run \`npm run dev\`\n`,
  },
  {
    category: 'placeholder',
    template: 'yaml',
    make: (r) =>
      `database:\n  host: ${r.pick(HOSTS)}\n  user: ${r.pick(USERS)}\n  password: \${DB_PASSWORD}\napi:\n  token: "{{ api_token }}"\n  secret: %API_SECRET%\n  key: $API_KEY\n`,
  },
  {
    category: 'placeholder',
    template: 'code-python',
    make: () =>
      `client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\ngithub = Github(os.getenv("GITHUB_TOKEN"))\nslack = WebClient(token=settings.SLACK_BOT_TOKEN)\n`,
  },
  {
    category: 'placeholder',
    template: 'json',
    make: (r) =>
      `{\n  "apiKey": "<YOUR_API_KEY>",\n  "client${'Sec'}ret": "YOUR_CLIENT_SECRET",\n  "password": "${r.pick(['********', '<password>', 'REDACTED'])}",\n  "token": null\n}\n`,
  },
  {
    category: 'redacted',
    template: 'log-line',
    make: (r) =>
      `Incorrect API key provided: sk-proj-${r.pick(['****', '********'])}${r.alnum(4)}. You can find your API key at https://platform.openai.com/account/api-keys.\n`,
  },
  {
    category: 'redacted',
    template: 'chat',
    make: (r) =>
      `${person(r)}: I rotated it, the old one was sk-…${r.alnum(4)} and the new one ends in …${r.alnum(4)}. Token is [REDACTED] in the ticket.`,
  },
  {
    category: 'redacted',
    template: 'log-line',
    make: (r) =>
      `${new Date(Date.UTC(2025, r.int(12), 2)).toISOString()} INFO auth: Authorization: Bearer [REDACTED] user=${r.uuid()}\n${new Date(Date.UTC(2025, r.int(12), 2)).toISOString()} INFO auth: token=ghp_****${r.alnum(4)} scopes=repo,read:org\n`,
  },
  {
    category: 'redacted',
    template: 'yaml',
    make: () =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: <redacted>\n  token: "***"\n`,
  },
  {
    category: 'elided-key',
    template: 'markdown',
    make: () =>
      `The key file should look like this:\n\n\`\`\`\n-----BEGIN RSA ${PRIVATE_KEY}-----\nMIIEpAIBAAKCAQEA...\n...\n-----END RSA ${PRIVATE_KEY}-----\n\`\`\`\n`,
  },
  {
    category: 'elided-key',
    template: 'chat',
    make: (r) =>
      `${person(r)}: paste the whole thing including the header, e.g. "-----BEGIN ${PRIVATE_KEY}-----\\nMIIEvQIBADANBg...\\n-----END ${PRIVATE_KEY}-----"`,
  },
  {
    category: 'elided-key',
    template: 'json',
    make: (r) =>
      `{\n  "type": "service_account",\n  "project_id": "${service(r)}",\n  "private_key": "-----BEGIN ${PRIVATE_KEY}-----\\n<your private key>\\n-----END ${PRIVATE_KEY}-----\\n",\n  "client_email": "<name>@<project>.iam.gserviceaccount.com"\n}\n`,
  },
  {
    category: 'elided-key',
    template: 'code-js',
    make: () =>
      `const privateKey = process.env.PRIVATE_KEY?.replace(/\\\\n/g, '\\n');\nif (!privateKey?.startsWith('-----BEGIN ${PRIVATE_KEY}-----')) throw new Error('bad key');\n`,
  },
];

// Provider prefixes followed by a placeholder or a mask instead of the random part.
const PREFIXES: [string, string][] = [
  ['GITHUB_TOKEN', 'gh' + 'p_'],
  ['OPENAI_API_KEY', 'sk-' + 'proj-'],
  ['ANTHROPIC_API_KEY', 'sk-ant-' + 'api03-'],
  ['SLACK_BOT_TOKEN', 'xox' + 'b-'],
  ['STRIPE_SECRET_KEY', 'sk_' + 'live_'],
  ['GITLAB_TOKEN', 'gl' + 'pat-'],
  ['NPM_TOKEN', 'np' + 'm_'],
  ['HF_TOKEN', 'h' + 'f_'],
  ['AWS_ACCESS_KEY_ID', 'AK' + 'IA'],
  ['SENDGRID_API_KEY', 'S' + 'G.'],
  ['DIGITALOCEAN_TOKEN', 'do' + 'p_v1_'],
  ['VAULT_TOKEN', 'hv' + 's.'],
];

function maskedTail(r: Rng): string {
  const n = r.range(8, 36);
  return r.pick([
    () => 'x'.repeat(n),
    () => 'X'.repeat(n),
    () => '*'.repeat(n),
    () => '...',
    () => '<your-token>',
    () => 'YOUR_KEY_HERE',
    () => '…' + r.alnum(4),
    () => '...' + r.alnum(4),
    () => '*'.repeat(n) + r.alnum(4),
    () => '[REDACTED]',
    () => '<redacted>',
  ])();
}

export const PREFIX_PLACEHOLDERS: Shape[] = [
  {
    category: 'placeholder',
    template: 'env',
    make: (r) =>
      r
        .sample(PREFIXES, r.range(1, 3))
        .map(([name, prefix]) => `${name}=${prefix}${maskedTail(r)}`)
        .join('\n') + '\n',
  },
  {
    category: 'redacted',
    template: 'chat',
    make: (r) => {
      const [name, prefix] = r.pick(PREFIXES);
      return `${person(r)}: ${r.pick(['the leaked one was', 'rotated', 'revoked'])} ${prefix}${maskedTail(r)} (${name}), the new one is in the vault`;
    },
  },
];

// Word-made demo values (label policy: "A demo value built from words … is not labelled").
const DEMO = [
  'password123',
  'hunter2',
  'changeme',
  'secret-2-levels',
  'my-top-secret',
  'admin',
  'letmein',
  'supersecret',
  'test1234',
  'correct-horse-battery-staple',
  'example-password',
  'dev-password',
  'secret',
  'password',
  'guest',
  'postgres',
  'root',
  'mysecretpassword',
  'keyboardcat',
  'changeit',
];

export const DEMO_PASSWORDS: Shape[] = [
  {
    category: 'demo-password',
    template: 'docker-compose',
    make: (r) =>
      `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: ${r.pick(DEMO)}\n`,
  },
  {
    category: 'demo-password',
    template: 'code-js',
    make: (r) =>
      `app.use(session({ secret: '${r.pick(['keyboard cat', 'keyboardcat', 'my-top-secret', 'secret-2-levels'])}', resave: false }));\n`,
  },
  {
    category: 'demo-password',
    template: 'env',
    make: (r) =>
      `DB_USER=${r.pick(USERS)}\nDB_PASSWORD=${r.pick(DEMO)}\nJWT_SECRET=${r.pick(['secret', 'my-top-secret', 'supersecret', 'change-this-secret'])}\n`,
  },
  {
    category: 'demo-password',
    template: 'code-python',
    make: (r) =>
      `def test_login(client):\n    client.post("/signup", data={"username": "alice", "password": "${r.pick(DEMO)}"})\n    resp = client.post("/login", data={"username": "alice", "password": "${r.pick(DEMO)}"})\n    assert resp.status_code == 200\n`,
  },
  {
    category: 'demo-password',
    template: 'chat',
    make: (r) =>
      `${person(r)}: default creds for the local stack are admin / ${r.pick(DEMO)}, change them before you expose it`,
  },
];

export const MASKED_URIS: Shape[] = [
  {
    category: 'masked-uri',
    template: 'log-line',
    make: (r) =>
      `[${new Date(Date.UTC(2025, r.int(12), 3)).toISOString()}: INFO/MainProcess] Connected to ${'amq'}p://${r.pick(USERS)}:**@${r.pick(HOSTS)}:5672//\n`,
  },
  {
    category: 'masked-uri',
    template: 'env',
    make: (r) =>
      `DATABASE_URL=postgresql://\${DB_USER}:\${DB_PASSWORD}@${r.pick(HOSTS)}:5432/app\nREDIS_URL=redis://:\${REDIS_PASSWORD}@redis:6379/0\n`,
  },
  {
    category: 'masked-uri',
    template: 'markdown',
    make: () =>
      `Connect with \`mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true&w=majority\`, replacing the placeholders.\n`,
  },
  {
    category: 'masked-uri',
    template: 'log-line',
    make: (r) =>
      `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "${r.pick(HOSTS)}", port 5432 failed\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\nengine url: postgresql+psycopg2://${r.pick(USERS)}:***@${r.pick(HOSTS)}/app\n`,
  },
  {
    category: 'masked-uri',
    template: 'yaml',
    make: (r) =>
      `url: jdbc:postgresql://${r.pick(HOSTS)}:5432/app?user=app&password=\${DB_PASSWORD}\nbroker: amqp://guest:guest@localhost:5672/\n`,
  },
];

/** Base64 of word-made credentials in docs (`user:password`) — demo values, still not secret. */
export const DEMO_BASIC: Shape = {
  category: 'demo-password',
  template: 'http-header',
  make: (r) =>
    `GET /admin HTTP/1.1\nHost: localhost\nAuthorization: Basic ${b64(r.pick(['user:password', 'admin:admin', 'aladdin:opensesame', 'test:test']))}\n`,
};
