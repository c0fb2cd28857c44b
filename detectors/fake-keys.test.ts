/**
 * The sample keys are only as good as their writers: each format is read back by a program
 * that did not write it (OpenSSL through node:crypto, ssh-keygen, gpg). The last two are skipped
 * where they are not installed.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fake } from './fake';
import { certificateDer, keySamples } from './fake-keys';

const keys = keySamples();
const dir = mkdtempSync(join(tmpdir(), 'keywarden-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['--help'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    // ssh-keygen answers --help with an error status; only a missing binary is ENOENT.
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text + '\n', { mode: 0o600 });
  return path;
}

describe('OpenSSL reads every PEM sample', () => {
  test.each(Object.entries({ ...keys.pem, ...keys.encrypted }))('%s', (name, pem) => {
    const key = createPrivateKey({ key: pem, passphrase: 'demo passphrase' });
    expect(key.type, name).toBe('private');
    // The hand-written DSA form holds the same key OpenSSL made.
    if (name === 'dsa-1024-traditional') {
      const pkcs8 = createPrivateKey(keys.pem['dsa-1024-pkcs8'] as string);
      expect(createPublicKey(key).export({ type: 'spki', format: 'pem' })).toBe(
        createPublicKey(pkcs8).export({ type: 'spki', format: 'pem' }),
      );
    }
  });

  test('the certificate trap is a certificate', () => {
    const cert = new X509Certificate(certificateDer(keys.rsa.publicKey, fake(82)));
    expect(cert.subject).toBe('CN=demo.internal');
    expect(cert.publicKey.export({ type: 'spki', format: 'pem' })).toBe(
      keys.rsa.publicKey.export({ type: 'spki', format: 'pem' }),
    );
  });
});

describe.skipIf(!has('ssh-keygen'))('ssh-keygen reads the OpenSSH samples', () => {
  test.each(['ed25519', 'ecdsa-p256', 'rsa-2048'])('%s', (name) => {
    const path = file(name, keys.openssh[name] as string);
    const pub = execFileSync('ssh-keygen', ['-y', '-f', path], { encoding: 'utf8' });
    expect(pub).toMatch(/^(?:ssh-ed25519|ecdsa-sha2-nistp256|ssh-rsa) AAAA/);
  });

  test('the encrypted one parses up to its passphrase', () => {
    const path = file('encrypted', keys.openssh['ed25519-encrypted'] as string);
    let message = '';
    try {
      execFileSync('ssh-keygen', ['-y', '-P', 'wrong', '-f', path], { stdio: 'pipe' });
    } catch (e) {
      message = String((e as { stderr?: Buffer }).stderr);
    }
    expect(message).toMatch(/incorrect passphrase/);
  });
});

describe.skipIf(!has('gpg'))('gpg reads the OpenPGP sample', () => {
  test('a secret key packet and a user id', () => {
    const path = file('pgp.asc', keys.pgp);
    const out = execFileSync('gpg', ['--homedir', dir, '--list-packets', path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(out).toMatch(/:secret key packet:[^]*version 4, algo 22[^]*:user ID packet:/);
  });
});
