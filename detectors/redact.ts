/**
 * Redacted preview of a secret: its known prefix plus the last four characters, never more than
 * a quarter of the secret; short secrets are masked entirely.
 */

const MASK = '••••••••';

function knownPrefix(secret: string): string {
  const pem = /^-----BEGIN [A-Z0-9 ]{1,40}-----/.exec(secret);
  if (pem) return pem[0];
  const vendor = /^[A-Za-z][A-Za-z0-9]{0,11}[_-](?:[A-Za-z0-9]{1,8}[_-])?/.exec(secret);
  return vendor ? vendor[0] : '';
}

export function redact(secret: string): string {
  const n = secret.length;
  if (n < 16) return MASK;
  const budget = Math.floor(n / 4);
  let prefix = knownPrefix(secret);
  if (prefix.length > budget) prefix = '';
  const tail = Math.max(0, Math.min(4, budget - prefix.length));
  if (prefix.length + tail === 0) return MASK;
  return `${prefix}…${tail > 0 ? secret.slice(n - tail) : ''}`;
}
