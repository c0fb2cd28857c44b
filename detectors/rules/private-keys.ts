import { fake } from '../fake';
import { armor, certificateDer, keySamples, PRIVATE_KEY } from '../fake-keys';
import { defineRule, patternText, type RuleSpec } from '../rule';
import { isPrivateKeyBlock } from '../validators/private-key-structure';

const ROTATE =
  'https://docs.github.com/authentication/keeping-your-account-and-data-secure/reviewing-your-ssh-keys';

/**
 * `-----BEGIN <label>-----` … `-----END <label>-----` (SSH.com's markers: four dashes and
 * spaces), the label a group so END must repeat it. The body never holds "-----", so a BEGIN
 * without END costs only the distance to the next marker; it admits JSON `\n` escapes and YAML
 * indentation, which the validator undoes. Whether the body is a key is the validator's to say,
 * from its structure: no length floor. https://www.rfc-editor.org/rfc/rfc7468#section-2
 */
const block = (label: string, max = 16384) =>
  `-{4,5} ?BEGIN (?<kind>${label}) ?-{4,5}(?:[^-]|-(?!----)){40,${max}}?` +
  `-{4,5} ?END \\k<kind> ?-{4,5}`;

type BlockRule = Pick<RuleSpec, 'id' | 'provider' | 'title' | 'keywords' | 'pattern' | 'examples'> &
  Partial<RuleSpec>;

const keyBlock = (rule: BlockRule): RuleSpec =>
  defineRule({
    validate: isPrivateKeyBlock,
    window: 17000,
    ...rule,
  });

export const privateKeyRules = [
  keyBlock({
    id: 'private-key-pem',
    provider: 'private-key',
    title: 'Private key (PEM)',
    keywords: ['private key-----'],
    // PKCS#1 RSA, OpenSSL's DSA, SEC1 EC and PKCS#8 of any algorithm (RSA, EC, Ed25519, Ed448,
    // X25519, DSA, ML-DSA…), plain or with OpenSSL's legacy Proc-Type/DEK-Info encryption.
    // https://www.rfc-editor.org/rfc/rfc7468#section-10
    pattern: patternText(block('(?:RSA |DSA |EC |)PRIVATE KEY')),
    examples: () => {
      const f = fake(501);
      const keys = keySamples();
      const rsa = keys.pem['rsa-2048-pkcs1'] as string;
      const lines = rsa.split('\n');
      const RSA = 'RSA ' + PRIVATE_KEY;
      return {
        match: Object.values(keys.pem),
        noMatch: [
          {
            text: `-----BEGIN ${RSA}-----\nMIIEpAIBAAKCAQEA...\n-----END ${RSA}-----`,
            why: 'elided docs sample',
          },
          {
            text: `-----BEGIN ${PRIVATE_KEY}-----\n<base64>\n-----END ${PRIVATE_KEY}-----`,
            why: 'placeholder body',
          },
          {
            text: `-----BEGIN ${RSA}-----\n${Array.from({ length: 20 }, () => f.chars(64, 'base64')).join('\n')}\n-----END ${RSA}-----`,
            why: 'random base64, not DER',
          },
          {
            text: armor(PRIVATE_KEY, certificateDer(keys.rsa.publicKey, f)),
            why: "a certificate's DER under a private-key label",
          },
          {
            text: armor(RSA, keys.rsa.publicKey.export({ type: 'pkcs1', format: 'der' })),
            why: 'an RSA public key under a private-key label',
          },
          {
            text: [...lines.slice(0, 8), ...lines.slice(-1)].join('\n'),
            why: 'first lines of a real key, the rest cut out: shorter than its DER length',
          },
          {
            text: [...lines.slice(0, -1), f.chars(64, 'base64'), ...lines.slice(-1)].join('\n'),
            why: 'a real key with a stray line: longer than its DER length',
          },
          {
            text: keys.rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string,
            why: 'public key',
          },
        ],
      };
    },
  }),
  keyBlock({
    id: 'private-key-encrypted-pem',
    provider: 'private-key',
    title: 'Encrypted private key (PEM)',
    keywords: ['encrypted private key-----'],
    // PKCS#8 EncryptedPrivateKeyInfo. Still worth a one-time link: the passphrase is often nearby.
    // https://www.rfc-editor.org/rfc/rfc7468#section-11
    pattern: patternText(block('ENCRYPTED PRIVATE KEY')),
    confidence: 'medium',
    examples: () => {
      const keys = keySamples();
      const label = 'ENCRYPTED ' + PRIVATE_KEY;
      return {
        match: Object.values(keys.encrypted),
        noMatch: [
          {
            text: `-----BEGIN ${label}-----\n<base64>\n-----END ${label}-----`,
            why: 'placeholder body',
          },
          {
            text: (keys.pem['ed25519-pkcs8'] as string).replaceAll(PRIVATE_KEY, label),
            why: 'an unencrypted PKCS#8 key under the encrypted label',
          },
        ],
      };
    },
  }),
  keyBlock({
    id: 'openssh-private-key',
    provider: 'private-key',
    title: 'OpenSSH private key',
    keywords: ['openssh private key-----', 'ssh2 encrypted private key'],
    // openssh-key-v1 container (encrypted or not), and the SSH.com "SSH2 ENCRYPTED" format.
    // https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key
    pattern: patternText(block('OPENSSH PRIVATE KEY|SSH2 ENCRYPTED PRIVATE KEY')),
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(503);
      const keys = keySamples();
      const ed25519 = keys.openssh.ed25519 as string;
      return {
        match: Object.values(keys.openssh),
        noMatch: [
          { text: 'ssh-ed25519 ' + f.chars(68, 'base64') + ' me@host', why: 'public key line' },
          {
            text: ed25519.replace(/\n[^\n]+\n[^\n]+(\n-----END)/, '$1'),
            why: 'a key with its last lines cut out',
          },
        ],
      };
    },
  }),
  keyBlock({
    id: 'pgp-private-key-block',
    provider: 'private-key',
    title: 'PGP private key block',
    keywords: ['pgp private key block-----'],
    // ASCII-armoured secret key. https://www.rfc-editor.org/rfc/rfc9580#section-6.2
    pattern: patternText(block('PGP PRIVATE KEY BLOCK', 65536)),
    window: 66000,
    examples: () => {
      const f = fake(504);
      const label = 'PGP ' + PRIVATE_KEY + ' BLOCK';
      return {
        match: [keySamples().pgp],
        noMatch: [
          {
            text: `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${f.chars(64, 'base64')}\n-----END PGP PUBLIC KEY BLOCK-----`,
            why: 'public key block',
          },
          {
            text: `-----BEGIN ${label}-----\n\n${Array.from({ length: 12 }, () => f.chars(64, 'base64')).join('\n')}\n-----END ${label}-----`,
            why: 'random base64, not OpenPGP packets',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'putty-private-key',
    provider: 'private-key',
    title: 'PuTTY private key',
    keywords: ['putty-user-key-file-'],
    // .ppk v2/v3: header lines, then "Private-Lines: n" and n base64 lines (the secret span).
    // https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html
    pattern:
      /PuTTY-User-Key-File-[23]: (?:[^P]|P(?!uTTY-User)){0,4000}?Private-Lines: \d{1,3}\r?\n(?<secret>[A-Za-z0-9+/=]{1,64}(?:\r?\n[A-Za-z0-9+/=]{1,64}(?=\r|\n|$)){0,200})/,
    validate: (s) => s.length >= 40,
    anchored: true,
    rotateUrl: ROTATE,
    window: 8000,
    examples: () => {
      const f = fake(505);
      const priv = Array.from({ length: 4 }, () => f.chars(64, 'base64')).join('\n');
      const text = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: demo\nPublic-Lines: 2\n${f.chars(64, 'base64')}\n${f.chars(20, 'base64')}\nPrivate-Lines: 4\n${priv}\nPrivate-MAC: ${f.chars(64, 'hexLower')}`;
      return {
        match: [{ text, secret: priv }],
        noMatch: [
          { text: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none', why: 'header only' },
        ],
      };
    },
  }),
];
