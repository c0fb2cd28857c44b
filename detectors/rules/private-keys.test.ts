import { describe, expect, test } from 'vitest';
import { keySamples } from '../fake-keys';
import { scan } from '../index';

const keys = keySamples();
const ec = keys.pem['ec-p256-sec1'] as string;
const ed = keys.pem['ed25519-pkcs8'] as string;

/** [ruleId, text of the span] of every finding. */
const found = (text: string) => scan(text).map((x) => [x.ruleId, text.slice(x.start, x.end)]);

describe('private keys in the engine', () => {
  test.each([2, 6, 8, 12, 16])('a key nested in YAML, indented %i spaces', (n) => {
    const pad = ' '.repeat(n);
    const indented = ec.replace(/\n/g, '\n' + pad);
    const text = `spec:\n  tls:\n${pad}key: |\n${pad}${indented}\n${pad}cert: tls.crt\n`;
    expect(found(text)).toEqual([['private-key-pem', indented]]);
  });

  test('short keys (Ed25519, EC) that the old length floor missed', () => {
    for (const pem of [ed, ec, keys.pem['x25519-pkcs8'] as string])
      expect(found(`here is the key:\n${pem}\nthanks`)).toEqual([['private-key-pem', pem]]);
  });

  test('a JSON-escaped key deep inside a large file', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `"field${i}": "value ${i}",`).join('\n');
    const escaped = JSON.stringify(keys.pem['rsa-2048-pkcs1']).slice(1, -1);
    const text = `{\n${filler}\n"tls_key": "${escaped}",\n${filler}\n}`;
    expect(found(text)).toEqual([['private-key-pem', escaped]]);
  });

  test('two keys in one paste, and a BEGIN without its END before them', () => {
    const text = `-----BEGIN EC ${'PRIVATE KEY'}-----\nMHcCAQEE\n\nfirst:\n${ec}\nsecond:\n${ed}`;
    expect(found(text)).toEqual([
      ['private-key-pem', ec],
      ['private-key-pem', ed],
    ]);
  });

  test('a Kubernetes secret with the key base64-encoded as a whole', () => {
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  tls.key: ${Buffer.from(ec).toString('base64')}\n`;
    expect(scan(text).map((x) => x.ruleId)).toEqual(['private-key-pem']);
  });

  test('every kind is reported by its own rule', () => {
    const cases: [string, string][] = [
      ['private-key-encrypted-pem', keys.encrypted.ed25519 as string],
      ['openssh-private-key', keys.openssh.ed25519 as string],
      ['openssh-private-key', keys.openssh['ssh.com'] as string],
      ['pgp-private-key-block', keys.pgp],
    ];
    for (const [id, pem] of cases) expect(found(pem)).toEqual([[id, pem]]);
  });
});
