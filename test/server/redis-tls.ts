import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RedisOptions } from 'ioredis';

/**
 * Redis as a careful team runs it: TLS only (no plain port), for clients, replication, the
 * cluster bus and Sentinel alike, with a certificate from a private CA, and an ACL user with a
 * password in place of the default user.
 */
export interface SecureRedis {
  /** The CA's certificate (PEM file), which a server process trusts through NODE_EXTRA_CA_CERTS. */
  caFile: string;
  username: string;
  password: string;
  /** redis-server arguments for a data node listening on `port`. */
  nodeArgs(port: number): string[];
  /** Sentinel configuration lines for a sentinel listening on `port`, before its `monitor` line. */
  sentinelLines(port: number): string[];
  /** What the tests' own clients need: TLS with the CA, and the user (not for sentinels). */
  connection(withUser: boolean): Partial<RedisOptions>;
  /** redis-cli arguments for the same. */
  cliArgs: string[];
  remove(): void;
}

function openssl(args: string[], dir: string): void {
  const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (result.error) throw new Error('openssl not found: apt-get install openssl');
  if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
}

/** Makes the CA, a certificate for 127.0.0.1 signed by it, and the ACL file, in a temp dir. */
export function makeSecureRedis(): SecureRedis {
  const dir = mkdtempSync(join(tmpdir(), 'kw-tls-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  const days = ['-days', '1'];
  openssl(
    ['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', ...days, '-subj', '/CN=kw'],
    dir,
  );
  openssl(['req', ...ec, '-keyout', 'node.key', '-out', 'node.csr', '-subj', '/CN=127.0.0.1'], dir);
  writeFileSync(join(dir, 'san.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(
    [
      ...['x509', '-req', '-in', 'node.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key'],
      ...['-CAcreateserial', '-out', 'node.crt', ...days, '-extfile', 'san.cnf'],
    ],
    dir,
  );
  const username = 'kw-app';
  const password = randomBytes(18).toString('base64url');
  const aclFile = join(dir, 'users.acl');
  writeFileSync(aclFile, `user default off\nuser ${username} on >${password} ~* &* +@all\n`);
  const caFile = join(dir, 'ca.crt');
  const tls: [setting: string, value: string][] = [
    ['tls-cert-file', join(dir, 'node.crt')],
    ['tls-key-file', join(dir, 'node.key')],
    ['tls-ca-cert-file', caFile],
    ['tls-auth-clients', 'no'],
    ['tls-replication', 'yes'],
  ];
  return {
    caFile,
    username,
    password,
    nodeArgs: (port) => [
      ...['--port', '0', '--tls-port', String(port), '--tls-cluster', 'yes'],
      ...tls.flatMap(([setting, value]) => [`--${setting}`, value]),
      ...['--aclfile', aclFile, '--masteruser', username, '--masterauth', password],
    ],
    sentinelLines: (port) => [
      ...['port 0', `tls-port ${port}`],
      ...tls.map(([setting, value]) => `${setting} ${value}`),
    ],
    connection: (withUser) => ({
      tls: { ca: readFileSync(caFile) },
      ...(withUser ? { username, password } : {}),
    }),
    cliArgs: ['--tls', '--cacert', caFile, '--user', username, '--pass', password],
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
