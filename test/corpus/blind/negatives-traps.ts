// The finer traps of the label policy's "Code" and "Identifiers and digests" lists: regular
// expressions of token formats, CSS selectors, format strings, operator expressions, booleans
// and numbers under credential names, ids that are named like keys, password hashes, and prose
// about keys. Each is a place a scanner keyed on words or entropy goes wrong.
// A few words are written split (`${'pass'}word`) so that the repository's scan of its own
// source finds no assignment-shaped code in this file; the generated text is unchanged.
import { b64 } from './encoding.ts';
import { DBS, HOSTS, person, service, USERS } from './filler.ts';
import type { Shape } from './negatives-public.ts';
import { ALNUM, DIGITS, LOWER_ALNUM, type Rng } from './rng.ts';

const BCRYPT = './' + ALNUM;
const b64nopad = (r: Rng, n: number) => b64(r.bytes(n)).replace(/=+$/, '');

export const TRAPS: Shape[] = [
  {
    category: 'code-trap',
    template: 'code-js',
    make: () =>
      `// Rules for the pre-commit hook\nexport const RULES = [\n  { id: 'github-pat', pattern: /\\bghp_[0-9A-Za-z]{36}\\b/ },\n  { id: 'slack-bot', pattern: /\\bxoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}\\b/ },\n  { id: 'aws-key-id', pattern: /\\b(AKIA|ASIA)[A-Z2-7]{16}\\b/ },\n  { id: 'private-key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },\n];\n`,
  },
  {
    category: 'code-trap',
    template: 'toml',
    make: () =>
      `[[rules]]\nid = "stripe-secret"\nregex = '''sk_(live|test)_[0-9a-zA-Z]{24,99}'''\nkeywords = ["sk_live", "sk_test"]\n\n[[rules]]\nid = "generic-password"\nregex = '''(?i)password\\s*[:=]\\s*["']?([^"'\\s]{8,})'''\n`,
  },
  {
    category: 'code-trap',
    template: 'css',
    make: (r) =>
      `input[type="password"],\n.api-key-field,\n#${r.pick(['token', 'secret', 'client-secret'])}-input {\n  font-family: ui-monospace, monospace;\n  letter-spacing: 0.${r.range(1, 9)}em;\n}\n.password-strength--weak { color: #d93025; }\n`,
  },
  {
    category: 'code-trap',
    template: 'html',
    make: () =>
      `<form method="post" action="/login">\n  <label for="password">Password</label>\n  <input id="password" name="password" type="password" autocomplete="current-password" minlength="12" required>\n  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">\n</form>\n`,
  },
  {
    category: 'code-trap',
    template: 'code-c',
    make: () =>
      `snprintf(buf, sizeof buf, "user=%s password=%s token=%s", user, password, token);\nsyslog(LOG_DEBUG, "auth header: Bearer %.*s...", 4, token);\n`,
  },
  {
    category: 'code-trap',
    template: 'code-python',
    make: () =>
      `headers = {"Authorization": f"Bearer {token}"}\nlog.info("password for %s is %s chars long", user, len(password))\nurl = "${'postgres'}ql://{user}:{password}@{host}/{db}".format(**cfg)\n`,
  },
  {
    category: 'code-trap',
    template: 'code-java',
    make: () =>
      `String header = String.format("Bearer %s", token);\nString dsn = "jdbc:postgresql://" + host + "/" + db + "?user=" + user + "&password=" + password;\n`,
  },
  {
    category: 'code-trap',
    template: 'code-ts',
    make: () =>
      `const token = prefix + '_' + body + checksum;\nconst password = salt.concat(hash);\nconst apiKey = options.apiKey ?? process.env.API_KEY ?? '';\nconst secret = useSecret ? await vault.read(path) : undefined;\n`,
  },
  {
    category: 'code-trap',
    template: 'env',
    make: (r) =>
      `REQUIRE_PASSWORD=true\nPASSWORD_MIN_LENGTH=${r.range(8, 16)}\nTOKEN_TTL_SECONDS=${r.pick([900, 3600, 86400])}\nAPI_KEY_HEADER=X-Api-Key\nSECRET_ROTATION_DAYS=${r.range(30, 90)}\nAUTH_TOKEN=\nCLIENT_SECRET=false\n`,
  },
  {
    category: 'code-trap',
    template: 'yaml',
    make: () =>
      `auth:\n  password: null\n  token: ~\n  secret: false\n  api_key: ""\n  client_secret: !Ref ClientSecret\n  key_file: /etc/app/keys/signing.pem\n`,
  },
  {
    category: 'identifiers',
    template: 'json',
    make: (r) =>
      `{\n  "client_id": "${r.digits(12)}-${r.chars(LOWER_ALNUM, 32)}.apps.googleusercontent.com",\n  "tenant_id": "${r.uuid()}",\n  "subscription_id": "${r.uuid()}",\n  "idempotency_key": "${r.uuid()}",\n  "cache_key": "user:${r.range(1, 99999)}:settings:v${r.range(1, 9)}",\n  "key_id": "${r.hex(16)}",\n  "kid": "${r.hex(8)}-${r.hex(4)}"\n}\n`,
  },
  {
    category: 'identifiers',
    template: 'env',
    make: (r) =>
      `TWILIO_ACCOUNT_SID=A${'C'}${r.hex(32)}\nSTRIPE_ACCOUNT_ID=acct_${r.alnum(16)}\nSLACK_CHANNEL_ID=C${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}\nAWS_ACCOUNT_ID=${r.chars(DIGITS, 12)}\nKMS_KEY_ARN=arn:aws:kms:eu-west-1:${r.chars(DIGITS, 12)}:key/${r.uuid()}\n`,
  },
  {
    category: 'identifiers',
    template: 'shell-session',
    make: (r) =>
      `$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:${b64nopad(r, 32)} ${person(r).toLowerCase()}@laptop (ED25519)\n$ gpg --list-keys\npub   ed25519 2024-0${r.range(1, 9)}-1${r.range(0, 9)} [SC]\n      ${r.hex(40).toUpperCase()}\n`,
  },
  {
    // Values shaped like unprefixed keys (32 and 40 hex, a UUID, 40 base64) with no provider or
    // key named beside them: the label policy leaves such values unlabelled.
    category: 'identifiers',
    template: 'http-header',
    make: (r) =>
      `HTTP/1.1 200 OK\nx-amz-id-2: ${b64(r.bytes(57))}\nx-amz-request-id: ${r.hex(16).toUpperCase()}\nETag: "${r.hex(32)}"\nx-amz-version-id: ${r.alnum(32)}\nContent-Length: ${r.range(100, 99999)}\n`,
  },
  {
    category: 'identifiers',
    template: 'shell-session',
    make: (r) =>
      `$ git ls-tree HEAD src/\n100644 blob ${r.hex(40)}\tsrc/index.ts\n100644 blob ${r.hex(40)}\tsrc/auth.ts\n$ md5sum dist/app.js\n${r.hex(32)}  dist/app.js\n$ kubectl get pod api-0 -o jsonpath='{.metadata.uid}'\n${r.uuid()}\n`,
  },
  {
    category: 'password-hash',
    template: 'htpasswd',
    make: (r) =>
      `${r.pick(USERS)}:$2y$10$${r.chars(BCRYPT, 53)}\n${r.pick(USERS)}:$apr1$${r.chars(BCRYPT, 8)}$${r.chars(BCRYPT, 22)}\n`,
  },
  {
    category: 'password-hash',
    template: 'sql',
    make: (r) =>
      `INSERT INTO users (email, password_hash) VALUES\n  ('${r.pick(USERS)}@example.com', '$argon2id$v=19$m=65536,t=3,p=4$${b64nopad(r, 16)}$${b64nopad(r, 32)}'),\n  ('${r.pick(USERS)}@example.com', '$2b$12$${r.chars(BCRYPT, 53)}');\n`,
  },
  {
    category: 'password-hash',
    template: 'shadow',
    make: (r) =>
      `${r.pick(USERS)}:$6$${r.chars(BCRYPT, 16)}$${r.chars(BCRYPT, 86)}:19${r.range(100, 999)}:0:99999:7:::\n`,
  },
  {
    category: 'prose',
    template: 'markdown',
    make: (r) =>
      `## Authentication\n\nEvery request needs an API key. Create one under **Settings → API keys**; it is shown once, so store it in your secret manager, not in the repository. Send it as \`Authorization: Bearer <key>\`. Keys start with a short prefix that identifies their type, followed by ${r.pick([32, 40, 48])} random characters, and can be revoked at any time from the same page.\n`,
  },
  {
    category: 'prose',
    template: 'chat',
    make: (r) =>
      `${person(r)}: did anyone rotate the ${service(r)} token after ${person(r)} left? the password policy says 90 days. I can't find the secret in vault under secret/${r.pick(DBS)}/${r.pick(['token', 'password'])} — maybe it moved to ${r.pick(HOSTS)}?`,
  },
  {
    category: 'code-trap',
    template: 'properties',
    make: (r) =>
      `feature.token-refresh.enabled=true\nsecurity.password.min-length=${r.range(8, 14)}\nsecurity.jwt.expiration=${r.pick(['15m', '1h', '24h'])}\napp.secret.source=vault\nspring.datasource.password=\${DB_PASSWORD:}\n`,
  },
  {
    category: 'identifiers',
    template: 'log-line',
    make: (r) =>
      `${new Date(Date.UTC(2025, r.int(12), 4)).toISOString()} INFO token refreshed for user ${r.range(1000, 99999)} request_id=${r.uuid()} (expires_in=3600, token_type=Bearer, scope="read write")\n`,
  },
];
