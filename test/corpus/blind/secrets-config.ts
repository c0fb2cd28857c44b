// Passwords and generic secrets assigned in configuration and code. The label policy labels
// "the literal value, without quotes" when it has the randomness of a generated or typed
// password; every value here comes from passwords.ts, so each is labelled.
import { b64 } from './encoding.ts';
import { DBS, HOSTS, person, service, USERS } from './filler.ts';
import { password } from './passwords.ts';
import { ALNUM, LOWER, DIGITS, type Rng } from './rng.ts';
import type { Secret, TextBuilder } from './types.ts';

const PASSWORD_NAMES = [
  'DB_PASSWORD',
  'POSTGRES_PASSWORD',
  'MYSQL_ROOT_PASSWORD',
  'MYSQL_PASSWORD',
  'REDIS_PASSWORD',
  'SMTP_PASSWORD',
  'ADMIN_PASSWORD',
  'LDAP_BIND_PASSWORD',
  'RABBITMQ_DEFAULT_PASS',
  'KEYSTORE_PASSWORD',
  'MINIO_ROOT_PASSWORD',
  'GF_SECURITY_ADMIN_PASSWORD',
  'ELASTIC_PASSWORD',
  'MSSQL_SA_PASSWORD',
  'MONGO_INITDB_ROOT_PASSWORD',
];

const SECRET_NAMES = [
  'CLIENT_SECRET',
  'JWT_SECRET',
  'SESSION_SECRET',
  'API_SECRET',
  'SECRET_KEY',
  'ENCRYPTION_KEY',
  'WEBHOOK_SECRET',
  'APP_SECRET',
  'OAUTH_CLIENT_SECRET',
  'SIGNING_SECRET',
  'COOKIE_SECRET',
  'API_KEY',
  'PRIVATE_API_KEY',
  'NEXTAUTH_SECRET',
];

function named(value: string, provider: string, kind: string, name: string): Secret {
  return { value, provider, kind, name, named: true, bearer: false, multiline: false };
}

/** A password or generic secret for the shared contexts, kept next to its variable name. */
export function namedPassword(r: Rng): Secret {
  return named(password(r), 'password', 'password-assignment', r.pick(PASSWORD_NAMES));
}

export function namedGenericSecret(r: Rng): Secret {
  const value = r.pick([
    () => r.hex(64),
    () => r.hex(32),
    () => r.alnum(r.range(32, 48)),
    () => b64(r.bytes(32)),
  ])();
  return named(value, 'generic-secret', 'secret-assignment', r.pick(SECRET_NAMES));
}

/** Framework keys whose literal value is the secret, prefix included (it is part of the value). */
export function frameworkSecret(r: Rng): Secret {
  const forms: [string, string, () => string][] = [
    // django-admin startproject writes "django-insecure-" + 50 of this alphabet.
    [
      'django-secret-key',
      'SECRET_KEY',
      () => 'django-' + 'insecure-' + r.chars(LOWER + DIGITS + '!@%^*(-_=+)', 50),
    ],
    // php artisan key:generate writes "base64:" + base64 of 32 bytes.
    ['laravel-app-key', 'APP_KEY', () => 'base64:' + b64(r.bytes(32))],
    ['rails-secret-key-base', 'SECRET_KEY_BASE', () => r.hex(128)],
    ['flask-secret-key', 'FLASK_SECRET_KEY', () => r.hex(48)],
  ];
  const [kind, name, make] = r.pick(forms);
  return named(make(), 'generic-secret', kind, name);
}

interface Template {
  id: string;
  render(b: TextBuilder, pw: string, r: Rng): void;
}

const P = 'password';

/** Places where a password is written without a variable of the usual name. */
export const PASSWORD_TEMPLATES: Template[] = [
  {
    id: 'properties',
    render: (b, pw, r) =>
      b
        .add(
          `spring.datasource.url=jdbc:postgresql://${r.pick(HOSTS)}:5432/${r.pick(DBS)}\nspring.datasource.username=${r.pick(USERS)}\nspring.datasource.password=`,
        )
        .secret(pw, P)
        .add('\nspring.jpa.hibernate.ddl-auto=validate\n'),
  },
  {
    id: 'yaml',
    render: (b, pw, r) =>
      b
        .add(
          `spring:\n  datasource:\n    url: jdbc:mysql://${r.pick(HOSTS)}:3306/${r.pick(DBS)}\n    username: ${r.pick(USERS)}\n    password: "`,
        )
        .secret(pw, P)
        .add('"\n  jpa:\n    open-in-view: false\n'),
  },
  {
    id: 'xml',
    render: (b, pw, r) =>
      b
        .add(
          `<settings>\n  <servers>\n    <server>\n      <id>${r.pick(['nexus-releases', 'internal', 'artifactory'])}</id>\n      <username>${r.pick(USERS)}</username>\n      <password>`,
        )
        .secret(pw, P)
        .add('</password>\n    </server>\n  </servers>\n</settings>\n'),
  },
  {
    id: 'xml',
    render: (b, pw, r) => {
      const feed = r.pick(['internal', 'Acme_Feed']);
      b.add(
        `<configuration>\n  <packageSourceCredentials>\n    <${feed}>\n      <add key="Username" value="${r.pick(USERS)}" />\n      <add key="ClearTextPassword" value="`,
      );
      b.secret(pw, P).add(
        `" />\n    </${feed}>\n  </packageSourceCredentials>\n</configuration>\n`,
      );
    },
  },
  {
    id: 'ini',
    render: (b, pw, r) =>
      b
        .add(`[client]\nuser=${r.pick(USERS)}\nhost=${r.pick(HOSTS)}\npassword=`)
        .secret(pw, P)
        .add('\n\n[mysqldump]\nquick\n'),
  },
  // .pgpass separates fields with ':', so a password there has none.
  {
    id: 'pgpass',
    render: (b, pw, r) =>
      b
        .add(`${r.pick(HOSTS)}:5432:${r.pick(DBS)}:${r.pick(USERS)}:`)
        .secret(pw.replace(/:/g, '') || pw, P)
        .add('\n'),
  },
  {
    id: 'shell-command',
    render: (b, pw, r) =>
      b
        .add(`$ mysql -h ${r.pick(HOSTS)} -u ${r.pick(USERS)} -p`)
        .secret(pw, P)
        .add(
          ` ${r.pick(DBS)} < dump.sql\nmysql: [Warning] Using a password on the command line interface can be insecure.\n`,
        ),
  },
  {
    id: 'shell-command',
    render: (b, pw, r) =>
      b
        .add(`sshpass -p '`)
        .secret(pw, P)
        .add(
          `' ssh -o StrictHostKeyChecking=no deploy@${r.pick(HOSTS)} 'sudo systemctl restart ${service(r)}'\n`,
        ),
  },
  {
    id: 'shell-command',
    render: (b, pw, r) =>
      b
        .add(`PGPASSWORD='`)
        .secret(pw, P)
        .add(
          `' psql -h ${r.pick(HOSTS)} -U ${r.pick(USERS)} -d ${r.pick(DBS)} -c 'select count(*) from orders;'\n`,
        ),
  },
  {
    id: 'shell-command',
    render: (b, pw, r) =>
      b
        .add(`docker login -u ${r.pick(USERS)} -p '`)
        .secret(pw, P)
        .add(
          `' registry.${r.pick(['acme', 'corp'])}.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n`,
        ),
  },
  {
    id: 'shell-command',
    render: (b, pw, r) =>
      b
        .add(`docker run -d --name db -e POSTGRES_USER=${r.pick(USERS)} -e POSTGRES_PASSWORD='`)
        .secret(pw, P)
        .add(`' -p 5432:5432 postgres:16\n`),
  },
  {
    id: 'code-php',
    render: (b, pw, r) =>
      b
        .add(
          `/** MySQL settings */\ndefine( 'DB_NAME', '${r.pick(DBS)}' );\ndefine( 'DB_USER', '${r.pick(USERS)}' );\ndefine( 'DB_PASSWORD', '`,
        )
        .secret(pw, P)
        .add(`' );\ndefine( 'DB_HOST', 'localhost' );\n`),
  },
  {
    id: 'code-python',
    render: (b, pw, r) =>
      b
        .add(
          `DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "${r.pick(DBS)}",\n        "USER": "${r.pick(USERS)}",\n        "PASSWORD": "`,
        )
        .secret(pw, P)
        .add(`",\n        "HOST": "${r.pick(HOSTS)}",\n    }\n}\n`),
  },
  {
    id: 'code-python',
    render: (b, pw, r) =>
      b
        .add(
          `conn = psycopg2.connect(host="${r.pick(HOSTS)}", dbname="${r.pick(DBS)}", user="${r.pick(USERS)}", password="`,
        )
        .secret(pw, P)
        .add(`")\ncur = conn.cursor()\n`),
  },
  {
    id: 'code-js',
    render: (b, pw, r) =>
      b
        .add(
          `const connection = mysql.createConnection({\n  host: '${r.pick(HOSTS)}',\n  user: '${r.pick(USERS)}',\n  password: '`,
        )
        .secret(pw, P)
        .add(`',\n  database: '${r.pick(DBS)}',\n});\n`),
  },
  {
    id: 'code-go',
    render: (b, pw, r) =>
      b
        .add(`cfg := mysql.Config{\n\tUser:   "${r.pick(USERS)}",\n\tPasswd: "`)
        .secret(pw, P)
        .add(
          `",\n\tNet:    "tcp",\n\tAddr:   "${r.pick(HOSTS)}:3306",\n\tDBName: "${r.pick(DBS)}",\n}\ndb, err := sql.Open("mysql", cfg.FormatDSN())\n`,
        ),
  },
  {
    id: 'code-java',
    render: (b, pw, r) =>
      b
        .add(
          `Connection conn = DriverManager.getConnection(\n    "jdbc:postgresql://${r.pick(HOSTS)}:5432/${r.pick(DBS)}", "${r.pick(USERS)}", "`,
        )
        .secret(pw, P)
        .add(`");\n`),
  },
  {
    id: 'code-csharp',
    render: (b, pw, r) =>
      b
        .add(`var credentials = new NetworkCredential("${r.pick(USERS)}", "`)
        .secret(pw, P)
        .add(
          `");\nusing var client = new SmtpClient("smtp.${r.pick(['office365', 'sendgrid', 'mailgun'])}.com", 587) { Credentials = credentials, EnableSsl = true };\n`,
        ),
  },
  {
    id: 'code-kotlin',
    render: (b, pw, r) =>
      b
        .add(
          `val dataSource = HikariDataSource().apply {\n    jdbcUrl = "jdbc:postgresql://${r.pick(HOSTS)}/${r.pick(DBS)}"\n    username = "${r.pick(USERS)}"\n    password = "`,
        )
        .secret(pw, P)
        .add(`"\n}\n`),
  },
  {
    id: 'code-ruby',
    render: (b, pw, r) =>
      b
        .add(
          `production:\n  adapter: postgresql\n  database: ${r.pick(DBS)}\n  username: ${r.pick(USERS)}\n  password: "`,
        )
        .secret(pw, P)
        .add(`"\n  host: ${r.pick(HOSTS)}\n`),
  },
  {
    id: 'code-powershell',
    render: (b, pw, r) =>
      b
        .add(`$secure = ConvertTo-SecureString "`)
        .secret(pw, P)
        .add(
          `" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ("${r.pick(USERS)}", $secure)\n`,
        ),
  },
  {
    id: 'ansible',
    render: (b, pw, r) =>
      b
        .add(`all:\n  vars:\n    ansible_user: ${r.pick(USERS)}\n    ansible_become_password: "`)
        .secret(pw, P)
        .add(`"\n  hosts:\n    ${r.pick(HOSTS)}:\n`),
  },
  {
    id: 'terraform',
    render: (b, pw, r) =>
      b
        .add(
          `resource "aws_db_instance" "${r.pick(DBS)}" {\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n  username       = "${r.pick(USERS)}"\n  password       = "`,
        )
        .secret(pw, P)
        .add('"\n}\n'),
  },
  {
    id: 'netrc',
    render: (b, pw, r) =>
      b
        .add(
          `machine ${r.pick(['api.heroku.com', 'git.example.com', 'ftp.example.org'])}\n  login ${r.pick(USERS)}\n  password `,
        )
        .secret(pw, P)
        .add('\n'),
  },
  {
    id: 'ini',
    render: (b, pw) =>
      b
        .add(`[security]\nadmin_user = admin\nadmin_password = `)
        .secret(pw, P)
        .add('\nsecret_key = ${GF_SECRET_KEY}\n'),
  },
  {
    id: 'ci-yaml',
    render: (b, pw, r) =>
      b
        .add(
          `variables:\n  POSTGRES_DB: ${r.pick(DBS)}\n  POSTGRES_USER: ${r.pick(USERS)}\n  POSTGRES_PASSWORD: "`,
        )
        .secret(pw, P)
        .add(`"\n\ntest:\n  image: node:20\n  services: [postgres:16]\n  script: npm test\n`),
  },
  {
    id: 'chat',
    render: (b, pw, r) =>
      b
        .add(
          `${person(r)}: the root password for the ${r.pick(['staging db', 'jump host', 'admin console', 'wifi router'])} is `,
        )
        .secret(pw, P)
        .add(`\n${person(r)}: thx, in`),
  },
  {
    id: 'chat',
    render: (b, pw, r) =>
      b
        .add(
          `Login for the vendor portal:\nuser: ${r.pick(USERS)}@${r.pick(['acme.com', 'corp.example'])}\npassword: `,
        )
        .secret(pw, P)
        .add('\n\nplease change it after first login'),
  },
  {
    // A password with a quote and a backslash, as JSON must escape them: the label is the
    // escaped text, which is what the paste holds.
    id: 'json',
    render: (b, pw, r) => {
      const cut = r.range(1, pw.length - 1);
      const raw = pw.slice(0, cut) + r.pick(['"', '\\', '\\"']) + pw.slice(cut);
      b.add(`{\n  "host": "${r.pick(HOSTS)}",\n  "user": "${r.pick(USERS)}",\n  "password": "`);
      b.secret(JSON.stringify(raw).slice(1, -1), P).add(`",\n  "port": 5432\n}\n`);
    },
  },
  {
    id: 'log-line',
    render: (b, pw, r) =>
      b
        .add(
          `${new Date(Date.UTC(2025, r.int(12), 1 + r.int(27))).toISOString()} DEBUG [db] connecting with {"host":"${r.pick(HOSTS)}","user":"${r.pick(USERS)}","password":"`,
        )
        .secret(pw, P)
        .add('","ssl":true}\n'),
  },
];

/** Passwords an application generated, with the random alphabet such tools use. */
export function randomPassword(r: Rng): string {
  return r.chance(0.15) ? r.chars(ALNUM, r.range(12, 20)) : password(r);
}
