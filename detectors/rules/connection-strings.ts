import { fake } from '../fake';
import type { ProviderId } from '../providers';
import { defineRule, patternText, type RuleSpec } from '../rule';
import { passwordOfWords } from '../value-shape';

/**
 * Demo passwords, which docs/label-policy.md does not count: a word with at most a number after
 * it (`postgres`, `hunter2`, `Password123`, `key_1234`), a number of up to 8 digits, or 3
 * characters or fewer.
 */
const DEMO = /^(?:[A-Z]?[a-z]{0,15}|[A-Z]{2,16})[_-]?\d{0,8}$|^.{1,3}$|^[Pp]@ssw0rd$/;

/**
 * Drops demo passwords: the shapes above and anything built from words (`authpassword`,
 * `{password}`, `p@ss:word`). The host says nothing: a random password on `db.example.com` is
 * a real one whose host was made anonymous.
 */
export function realPassword(secret: string): boolean {
  let password = secret;
  try {
    password = decodeURIComponent(secret);
  } catch {
    // keep the raw text
  }
  // RFC 3986 userinfo has no backslash: `pa\uD7FFss` is a string escape in source code.
  return !DEMO.test(password) && !passwordOfWords(password) && !password.includes('\\');
}

/**
 * `scheme[+driver]://user:password@host`; the password is the span. SQLAlchemy and others name
 * a driver after the dialect (`postgresql+psycopg2`, `mysql+pymysql`, `mssql+pyodbc`). The
 * password may hold a stray `@` or `:` (many clients split at the last `@`), never `/`, `?`, `#`
 * or whitespace. https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1
 */
function uri(
  id: string,
  provider: ProviderId,
  title: string,
  schemes: string,
  keywords: string[],
  samples: string[],
  seed: number,
): RuleSpec {
  return defineRule({
    id,
    provider,
    title,
    keywords,
    pattern: patternText(
      `(?<![A-Za-z0-9+.-])(?:${schemes})(?:\\+[\\w.-]{1,30})?://[^\\s:@/?#'"\`<>]{0,100}:(?<secret>[^\\s/?#'"\`<>]{1,200})@(?<host>[^\\s/?#:'"\`<>,;@]{1,253})`,
      'i',
    ),
    filter: realPassword,
    // The scheme is the keyword, except for the catch-all URL rule keyed on '://'.
    anchored: !keywords.includes('://'),
    examples: () => {
      const f = fake(seed);
      const host = () => `${f.chars(6, 'lower')}-${f.int(1, 9)}.db.internal`;
      const match = samples.map((scheme) => {
        const pw = f.chars(18) + '%21';
        return { text: `DATABASE_URL=${scheme}://app_user:${pw}@${host()}:5432/app`, secret: pw };
      });
      const raw = f.chars(12) + '@' + f.chars(6);
      const sample = samples[0] as string;
      return {
        match: [...match, { text: `${sample}://svc:${raw}@${host()}/db`, secret: raw }],
        noMatch: [
          {
            text: `${sample}://postgres:postgres@localhost:5432/dev`,
            why: 'local default credentials',
          },
          { text: `${sample}://user:password@db.example.com/app`, why: 'tutorial password' },
          { text: `${sample}://app:\${DB_PASSWORD}@db:5432/app`, why: 'template variable' },
          { text: `${sample}://svc:Summer2024@${host()}/app`, why: 'a word and a number' },
          { text: `${sample}://svc:{password}@{host}/app`, why: 'a format string' },
        ],
      };
    },
  });
}

export const connectionStringRules: RuleSpec[] = [
  // https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS
  // https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls
  uri(
    'postgres-connection-string',
    'postgres',
    'PostgreSQL connection string with password',
    'postgres(?:ql)?',
    ['postgres'],
    ['postgresql', 'postgres', 'postgresql+psycopg2', 'postgres+asyncpg'],
    521,
  ),
  // https://dev.mysql.com/doc/refman/8.4/en/connecting-using-uri-or-key-value-pairs.html;
  // mysql2:// is Ruby's and Node's mysql2 client.
  uri(
    'mysql-connection-string',
    'mysql',
    'MySQL/MariaDB connection string with password',
    'mysql[x2]?|mariadb',
    ['mysql', 'mariadb'],
    ['mysql', 'mysql+pymysql', 'mysql+mysqldb', 'mysql2', 'mysqlx', 'mariadb'],
    522,
  ),
  // https://www.mongodb.com/docs/manual/reference/connection-string/
  uri(
    'mongodb-connection-string',
    'mongodb',
    'MongoDB connection string with password',
    'mongodb',
    ['mongodb'],
    ['mongodb+srv', 'mongodb'],
    523,
  ),
  // https://www.iana.org/assignments/uri-schemes/prov/redis
  uri(
    'redis-connection-string',
    'redis',
    'Redis connection string with password',
    'rediss?',
    ['redis'],
    ['rediss', 'redis', 'redis+sentinel'],
    524,
  ),
  // https://www.rabbitmq.com/docs/uri-spec
  uri(
    'amqp-connection-string',
    'amqp',
    'AMQP (RabbitMQ) connection string with password',
    'amqps?',
    ['amqp'],
    ['amqps', 'amqp'],
    525,
  ),
  // https://learn.microsoft.com/sql/connect/
  uri(
    'mssql-connection-string',
    'mssql',
    'SQL Server connection URL with password',
    'mssql|sqlserver',
    ['mssql', 'sqlserver'],
    ['mssql', 'mssql+pyodbc', 'sqlserver'],
    526,
  ),
  // Any other scheme (RFC 3986 §3.1 grammar) with userinfo; §3.2.1 deprecates passwords in URLs
  // for this very reason. The rules above come first: on the same span the first rule found wins.
  uri(
    'url-with-credentials',
    'url',
    'URL with embedded password',
    '[a-z][a-z0-9+.-]{1,30}',
    ['://'],
    [
      'https',
      'http',
      'ftp',
      'ftps',
      'sftp',
      'smtp',
      'smtps',
      'imap',
      'imaps',
      'ldap',
      'ldaps',
      'nats',
      'kafka',
      'mqtt',
      'mqtts',
      'git+https',
      'svn+ssh',
      'oracle+cx_oracle',
      'oracle+oracledb',
      'clickhouse',
      'cockroachdb',
      'snowflake',
      'db2',
      'neo4j+s',
      'bolt',
      'couchbase',
      'couchbases',
    ],
    527,
  ),
  defineRule({
    id: 'jdbc-connection-password',
    provider: 'jdbc',
    title: 'JDBC URL with password',
    keywords: ['jdbc:'],
    // jdbc:<driver>:…[?&;]password=<secret>. https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html
    // Oracle's thin driver writes jdbc:oracle:thin:<user>/<password>@<host>.
    // https://docs.oracle.com/en/database/oracle/oracle-database/23/jjdbc/data-sources-and-URLs.html
    pattern:
      /jdbc:[a-z0-9]{2,20}:(?:[^\s"'<>]{0,300}?[?&;:](?:password|pwd)=|thin:[\w$#.-]{1,64}\/(?=[^\s"'<>@/]{1,128}@))(?<secret>[^&;\s"'<>@]{1,200})/i,
    filter: realPassword,
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
          { text: `JDBC_URL=jdbc:oracle:thin:app/${pw}@db.example.net:1521/ORCL`, secret: pw },
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
    keywords: ['pwd=', 'password='],
    // Driver=…;Server=…;Uid=…;Pwd=<secret>; https://learn.microsoft.com/sql/connect/odbc/dsn-connection-string-attribute
    pattern:
      /(?:driver|dsn|server|data source|host)\s{0,3}=[^\n"'`]{1,300}?;\s{0,3}(?:pwd|password)\s{0,3}=\s{0,3}(?<secret>\{[^}\n]{1,200}\}|[^;"'`\s]{1,200})/i,
    filter: (s) => realPassword(s.replace(/^\{|\}$/g, '')),
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
