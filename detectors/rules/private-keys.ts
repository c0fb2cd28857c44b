import { fake, type Fake } from '../fake';
import { defineRule } from '../rule';

const B = '-----BEGIN ';
const E = '-----END ';

/** A PEM block with 64-character lines, assembled at run time. */
export function pemBlock(label: string, f: Fake, lines = 20, headers = ''): string {
  const body = Array.from({ length: lines }, () => f.chars(64, 'base64')).join('\n');
  return `${B}${label}-----\n${headers}${body}\n${f.chars(20, 'base64')}==\n${E}${label}-----`;
}

/** Enough base64 in the body that an elided docs sample (`MIIE…`) is not reported. */
function hasKeyMaterial(block: string): boolean {
  return (block.match(/[A-Za-z0-9+/]/g)?.length ?? 0) >= 200;
}

const ROTATE =
  'https://docs.github.com/authentication/keeping-your-account-and-data-secure/reviewing-your-ssh-keys';

export const privateKeyRules = [
  defineRule({
    id: 'private-key-pem',
    provider: 'private-key',
    title: 'Private key (PEM)',
    group: 'generic',
    keywords: ['private key-----'],
    // PKCS#1 (RSA/DSA/EC), SEC1 and PKCS#8 PEM blocks, also inside JSON "\n" escapes or YAML
    // block scalars (the body class admits both). The body never holds "-----", so a BEGIN
    // without END costs only the distance to the next marker. https://www.rfc-editor.org/rfc/rfc7468#section-10
    pattern:
      /-----BEGIN (?<kind>(?:RSA |DSA |EC |)PRIVATE KEY)-----(?:[^-]|-(?!----)){64,16384}?-----END \k<kind>-----/,
    validate: hasKeyMaterial,
    confidence: 'high',
    window: 17000,
    examples: () => {
      const f = fake(501);
      return {
        match: [
          pemBlock('RSA ' + 'PRIVATE KEY', f),
          pemBlock('PRIVATE' + ' KEY', f, 10),
          pemBlock('EC ' + 'PRIVATE KEY', f, 4),
        ],
        noMatch: [
          {
            text: `${B}RSA ${'PRIVATE KEY'}-----\nMIIEpAIBAAKCAQEA...\n${E}RSA ${'PRIVATE KEY'}-----`,
            why: 'elided docs sample',
          },
          {
            text: `${B}PUBLIC KEY-----\n${f.chars(64, 'base64')}\n${E}PUBLIC KEY-----`,
            why: 'public key',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'private-key-encrypted-pem',
    provider: 'private-key',
    title: 'Encrypted private key (PEM)',
    group: 'generic',
    keywords: ['encrypted private key-----'],
    // PKCS#8 EncryptedPrivateKeyInfo. Still worth a one-time link: the passphrase is often nearby.
    // https://www.rfc-editor.org/rfc/rfc7468#section-11
    pattern:
      /-{5}BEGIN ENCRYPTED PRIVATE KEY-{5}(?:[^-]|-(?!-{4})){64,16384}?-{5}END ENCRYPTED PRIVATE KEY-{5}/,
    validate: hasKeyMaterial,
    confidence: 'medium',
    window: 17000,
    examples: () => {
      const f = fake(502);
      return {
        match: [pemBlock('ENCRYPTED ' + 'PRIVATE KEY', f)],
        noMatch: [
          {
            text: `${B}ENCRYPTED ${'PRIVATE KEY'}-----\n<base64>\n${E}ENCRYPTED ${'PRIVATE KEY'}-----`,
            why: 'placeholder body',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'openssh-private-key',
    provider: 'private-key',
    title: 'OpenSSH private key',
    group: 'generic',
    keywords: ['openssh private key-----', 'ssh2 encrypted private key'],
    // openssh-key-v1 container (encrypted or not), and the SSH.com "SSH2 ENCRYPTED" format.
    // https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key
    pattern:
      /-{5}BEGIN OPENSSH PRIVATE KEY-{5}(?:[^-]|-(?!-{4})){64,16384}?-{5}END OPENSSH PRIVATE KEY-{5}|-{4} BEGIN SSH2 ENCRYPTED PRIVATE KEY -{4}(?:[^-]|-(?!-{3})){64,16384}?-{4} END SSH2 ENCRYPTED PRIVATE KEY -{4}/,
    validate: hasKeyMaterial,
    confidence: 'high',
    rotateUrl: ROTATE,
    window: 17000,
    examples: () => {
      const f = fake(503);
      return {
        match: [pemBlock('OPENSSH ' + 'PRIVATE KEY', f, 6)],
        noMatch: [
          { text: 'ssh-ed25519 ' + f.chars(68, 'base64') + ' me@host', why: 'public key line' },
        ],
      };
    },
  }),
  defineRule({
    id: 'pgp-private-key-block',
    provider: 'private-key',
    title: 'PGP private key block',
    group: 'generic',
    keywords: ['pgp private key block-----'],
    // ASCII-armoured secret key. https://www.rfc-editor.org/rfc/rfc4880#section-6.2
    pattern:
      /-----BEGIN PGP PRIVATE KEY BLOCK-----(?:[^-]|-(?!----)){64,65536}?-----END PGP PRIVATE KEY BLOCK-----/,
    validate: hasKeyMaterial,
    confidence: 'high',
    window: 66000,
    examples: () => {
      const f = fake(504);
      return {
        match: [pemBlock('PGP ' + 'PRIVATE KEY BLOCK', f, 12, 'Comment: demo\n\n')],
        noMatch: [
          {
            text: `${B}PGP PUBLIC KEY BLOCK-----\n\n${f.chars(64, 'base64')}\n${E}PGP PUBLIC KEY BLOCK-----`,
            why: 'public key block',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'putty-private-key',
    provider: 'private-key',
    title: 'PuTTY private key',
    group: 'generic',
    keywords: ['putty-user-key-file-'],
    // .ppk v2/v3: header lines, then "Private-Lines: n" and n base64 lines (the secret span).
    // https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html
    pattern:
      /PuTTY-User-Key-File-[23]: (?:[^P]|P(?!uTTY-User)){0,4000}?Private-Lines: \d{1,3}\r?\n(?<secret>[A-Za-z0-9+/=]{1,64}(?:\r?\n[A-Za-z0-9+/=]{1,64}(?=\r|\n|$)){0,200})/,
    validate: (s) => s.length >= 40,
    confidence: 'high',
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
