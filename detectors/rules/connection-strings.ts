import { fake } from '../fake';
import { defineRule, type Rule } from '../rule';

const LOCAL_HOSTS =
  /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|db|database|postgres|postgresql|mysql|mariadb|mongo|mongodb|redis|rabbitmq|host\.docker\.internal)$/i;
/** Passwords that only ever appear in tutorials and compose files. */
const OBVIOUS = new Set([
  'password',
  'pass',
  'passwd',
  'pwd',
  'secret',
  'mypassword',
  'mysecret',
  'yourpassword',
  'changeme',
  'xxx',
  'xxxx',
  '***',
  'p@ssw0rd',
  'hunter2',
]);
const LOCAL_DEFAULTS = new Set([
  'postgres',
  'root',
  'admin',
  'guest',
  'test',
  'mysql',
  'redis',
  'mongo',
  'user',
  'dev',
  'local',
  'example',
  'rabbitmq',
  'sa',
  'docker',
  'app',
  'toor',
  '1234',
  '12345',
  '123456',
]);

/** Drops tutorial passwords anywhere and default passwords on local hosts. */
export function realPassword(
  secret: string,
  groups: Readonly<Record<string, string | undefined>>,
): boolean {
  let password = secret;
  try {
    password = decodeURIComponent(secret);
  } catch {
    // keep the raw text
  }
  const lower = password.toLowerCase();
  if (OBVIOUS.has(lower)) return false;
  const host = (groups.host ?? '').replace(/:\d+$/, '');
  const local = LOCAL_HOSTS.test(host) || host === '';
  if (local && (LOCAL_DEFAULTS.has(lower) || lower === (groups.user ?? '').toLowerCase()))
    return false;
  return true;
}

// scheme://user:password@host — the password is the span; it must be URL-encoded, so it holds no '@', '/' or whitespace.
function uri(
  id: string,
  provider: string,
  title: string,
  schemes: string,
  keywords: string[],
  sample: string,
  seed: number,
): Rule {
  return defineRule({
    id,
    provider,
    title,
    group: 'generic',
    keywords,
    pattern: new RegExp(
      `(?<![A-Za-z0-9+.-])(?:${schemes})://(?<user>[^\\s:@/?#'"\`<>]{0,100}):(?<secret>[^\\s@/?#'"\`<>]{1,200})@(?<host>[^\\s/?#:'"\`<>,;@]{1,253})`,
      'i',
    ),
    filter: realPassword,
    // The scheme is the keyword, except for the catch-all URL rule keyed on '://'.
    anchored: !keywords.includes('://'),
    confidence: 'high',
    examples: () => {
      const f = fake(seed);
      const pw = f.chars(18) + '%21';
      const host = `${f.chars(6, 'lower')}.internal.example.net`;
      return {
        match: [{ text: `DATABASE_URL=${sample}://app_user:${pw}@${host}:5432/app`, secret: pw }],
        noMatch: [
          {
            text: `${sample}://postgres:postgres@localhost:5432/dev`,
            why: 'local default credentials',
          },
          { text: `${sample}://user:password@db.example.com/app`, why: 'tutorial password' },
          { text: `${sample}://app:\${DB_PASSWORD}@db:5432/app`, why: 'template variable' },
        ],
      };
    },
  });
}

export const connectionStringRules: Rule[] = [
  // https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS
  uri(
    'postgres-connection-string',
    'postgres',
    'PostgreSQL connection string with password',
    'postgres(?:ql)?',
    ['postgres'],
    'postgresql',
    521,
  ),
  // https://dev.mysql.com/doc/refman/8.4/en/connecting-using-uri-or-key-value-pairs.html
  uri(
    'mysql-connection-string',
    'mysql',
    'MySQL/MariaDB connection string with password',
    'mysql(?:x)?|mariadb',
    ['mysql', 'mariadb'],
    'mysql',
    522,
  ),
  // https://www.mongodb.com/docs/manual/reference/connection-string/
  uri(
    'mongodb-connection-string',
    'mongodb',
    'MongoDB connection string with password',
    'mongodb(?:\\+srv)?',
    ['mongodb'],
    'mongodb+srv',
    523,
  ),
  // https://www.iana.org/assignments/uri-schemes/prov/redis
  uri(
    'redis-connection-string',
    'redis',
    'Redis connection string with password',
    'rediss?',
    ['redis'],
    'rediss',
    524,
  ),
  // https://www.rabbitmq.com/docs/uri-spec
  uri(
    'amqp-connection-string',
    'amqp',
    'AMQP (RabbitMQ) connection string with password',
    'amqps?',
    ['amqp'],
    'amqps',
    525,
  ),
  // https://learn.microsoft.com/sql/connect/
  uri(
    'mssql-connection-string',
    'mssql',
    'SQL Server connection URL with password',
    'mssql|sqlserver',
    ['mssql', 'sqlserver'],
    'mssql',
    526,
  ),
  // Any other scheme with userinfo (RFC 3986 §3.2.1 deprecates passwords in URLs for this reason).
  uri(
    'url-with-credentials',
    'url',
    'URL with embedded password',
    'https?|ftps?|sftp|ssh|git|smtps?|ldaps?|svn|wss?|nats|kafka|clickhouse|cockroachdb|neo4j(?:\\+s)?|couchbases?',
    ['://'],
    'https',
    527,
  ),
  defineRule({
    id: 'jdbc-connection-password',
    provider: 'jdbc',
    title: 'JDBC URL with password',
    group: 'generic',
    keywords: ['jdbc:'],
    // jdbc:<driver>:…[?&;]password=<secret>. https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html
    pattern:
      /jdbc:[a-z0-9]{2,20}:[^\s"'<>]{0,300}?[?&;:](?:password|pwd)=(?<secret>[^&;\s"'<>]{1,200})/i,
    filter: (s, g) => realPassword(s, { ...g, host: 'remote' }),
    confidence: 'high',
    anchored: true,
    examples: () => {
      const f = fake(528);
      const pw = f.chars(16) + '#9';
      return {
        match: [
          {
            text: `jdbc:sqlserver://db.example.net:1433;databaseName=app;user=svc;password=${pw};encrypt=true`,
            secret: pw,
          },
        ],
        noMatch: [
          {
            text: 'jdbc:mysql://db.example.net:3306/app?user=svc&password=${DB_PASS}',
            why: 'template variable',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'odbc-connection-password',
    provider: 'odbc',
    title: 'ODBC / ADO.NET connection string with password',
    group: 'generic',
    keywords: ['pwd=', 'password='],
    // Driver=…;Server=…;Uid=…;Pwd=<secret>; https://learn.microsoft.com/sql/connect/odbc/dsn-connection-string-attribute
    pattern:
      /(?:driver|dsn|server|data source|host)\s{0,3}=[^\n"'`]{1,300}?;\s{0,3}(?:pwd|password)\s{0,3}=\s{0,3}(?<secret>\{[^}\n]{1,200}\}|[^;"'`\s]{1,200})/i,
    filter: (s, g) => realPassword(s.replace(/^\{|\}$/g, ''), { ...g, host: 'remote' }),
    confidence: 'high',
    examples: () => {
      const f = fake(529);
      const pw = f.chars(14) + '$x';
      return {
        match: [
          {
            text: `Driver={ODBC Driver 18 for SQL Server};Server=tcp:demo.database.windows.net,1433;Uid=svc;Pwd=${pw};Encrypt=yes;`,
            secret: pw,
          },
        ],
        noMatch: [
          {
            text: 'Server=myServer;Database=myDb;User Id=myUser;Password=password;',
            why: 'tutorial password',
          },
        ],
      };
    },
  }),
];
