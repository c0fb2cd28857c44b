import { describe, expect, test } from 'vitest';
import { fake } from '../fake';
import { scan } from '../index';
import { realPassword } from './connection-strings';

const f = fake(95);

/** [ruleId, text of the span] of every finding. */
const found = (text: string) => scan(text).map((x) => [x.ruleId, text.slice(x.start, x.end)]);

describe('credentials in URIs of every scheme', () => {
  test.each([
    ['postgresql+psycopg2', 'postgres-connection-string'],
    ['postgres+asyncpg', 'postgres-connection-string'],
    ['mysql+pymysql', 'mysql-connection-string'],
    ['mysql+mysqldb', 'mysql-connection-string'],
    ['mysql2', 'mysql-connection-string'],
    ['mariadb', 'mysql-connection-string'],
    ['mssql+pyodbc', 'mssql-connection-string'],
    ['sqlserver', 'mssql-connection-string'],
    ['mongodb+srv', 'mongodb-connection-string'],
    ['rediss', 'redis-connection-string'],
    ['redis+sentinel', 'redis-connection-string'],
    ['amqps', 'amqp-connection-string'],
    ['oracle+cx_oracle', 'url-with-credentials'],
    ['oracle+oracledb', 'url-with-credentials'],
    ['clickhouse', 'url-with-credentials'],
    ['cockroachdb', 'url-with-credentials'],
    ['snowflake', 'url-with-credentials'],
    ['db2', 'url-with-credentials'],
    ['neo4j+s', 'url-with-credentials'],
    ['bolt', 'url-with-credentials'],
    ['couchbases', 'url-with-credentials'],
    ['ftps', 'url-with-credentials'],
    ['sftp', 'url-with-credentials'],
    ['smtps', 'url-with-credentials'],
    ['imaps', 'url-with-credentials'],
    ['ldaps', 'url-with-credentials'],
    ['nats', 'url-with-credentials'],
    ['kafka', 'url-with-credentials'],
    ['mqtts', 'url-with-credentials'],
    ['git+https', 'url-with-credentials'],
    ['svn+ssh', 'url-with-credentials'],
    ['https', 'url-with-credentials'],
  ])('%s:// is reported by %s, the password its span', (scheme, ruleId) => {
    const pw = f.chars(14) + '-' + f.chars(4);
    expect(found(`url = "${scheme}://svc_user:${pw}@prod-7.corp.internal:4000/main"`)).toEqual([
      [ruleId, pw],
    ]);
  });

  test('the rule names the dialect, not the driver, inside JDBC URLs', () => {
    const pw = f.chars(16);
    expect(found(`jdbc:postgresql://app:${pw}@pg.corp.internal/app`)).toEqual([
      ['postgres-connection-string', pw],
    ]);
  });

  test('a password with a stray @ is cut at the last one', () => {
    const pw = f.chars(9) + '@' + f.chars(5);
    expect(found(`mysql://root:${pw}@10.1.2.3:3306/shop`)).toEqual([
      ['mysql-connection-string', pw],
    ]);
  });

  test('a URL with a user and no password, and a port that is not a password', () => {
    expect(found('git clone ssh://git@github.com:22/acme/api.git')).toEqual([]);
    expect(found('open https://example.net:8443/login?next=a@b.c')).toEqual([]);
  });

  test('JDBC and ODBC password= forms', () => {
    const pw = f.chars(15) + '#';
    expect(found(`jdbc:mysql://db.corp.internal:3306/app?user=svc&password=${pw}`)).toEqual([
      ['jdbc-connection-password', pw],
    ]);
    expect(
      found(`Server=tcp:sql.corp.internal,1433;Database=app;User ID=svc;Password=${pw};`),
    ).toEqual([['odbc-connection-password', pw]]);
  });
});

describe('realPassword', () => {
  test.each([
    'postgres',
    'password',
    'Password123',
    'hunter2',
    'changeme',
    'authpassword',
    'SECRET',
    '12345678',
    'xyz',
    'b',
    '***',
    'P@ssw0rd',
    'pass%77ord',
    'key_1234',
    'p%40ss%3Aword',
    'p%40ss',
  ])('%s is a demo password', (pw) => {
    expect(realPassword(pw)).toBe(false);
  });

  test.each(['Xk9#mP2qLw', 'q8Zr!vT2', 'n7f3k2', '123456789'])('%s is kept', (pw) => {
    expect(realPassword(pw)).toBe(true);
  });

  test('the host says nothing: a random password on a documentation host is kept', () => {
    for (const host of ['example.com', 'db.example.net', 'examples.corp.io'])
      expect(realPassword('Xk9#mP2qLw'), host).toBe(true);
  });
});
