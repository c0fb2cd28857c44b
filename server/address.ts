/** A peer address after parsing: IPv4 as four octets, IPv6 as eight 16-bit groups. */
type Parsed = { v4: number[] } | { v6: number[] };

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const GROUP = /^[0-9a-f]{1,4}$/;

function parseV4(text: string): number[] | null {
  const m = V4.exec(text);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

function groups(part: string): number[] | null {
  if (part === '') return [];
  const out: number[] = [];
  const pieces = part.split(':');
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    // RFC 4291 §2.2: the last 32 bits may be written as dotted IPv4 (`::ffff:192.0.2.1`).
    const v4 = i === pieces.length - 1 ? parseV4(piece) : null;
    if (v4) {
      const [a = 0, b = 0, c = 0, d = 0] = v4;
      out.push((a << 8) | b, (c << 8) | d);
    } else if (GROUP.test(piece)) out.push(parseInt(piece, 16));
    else return null;
  }
  return out;
}

function parseV6(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...Array<number>(missing).fill(0), ...tail];
}

/**
 * Parses a socket or X-Forwarded-For address: IPv4, IPv6 in any RFC 4291 spelling (compressed,
 * embedded IPv4, brackets, a zone id), `[v6]:port` and `v4:port`. IPv4-mapped IPv6
 * (`::ffff:a.b.c.d`, what a dual-stack socket reports) becomes plain IPv4.
 */
export function parseAddress(raw: string): Parsed | null {
  let text = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1] ?? '';
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.indexOf(':'));
  text = text.replace(/%[\w.-]{1,64}$/, '');
  const v4 = parseV4(text);
  if (v4) return { v4 };
  if (text.length > 45) return null;
  const v6 = parseV6(text);
  if (!v6) return null;
  const [, , , , , mapped, hi = 0, lo = 0] = v6;
  if (mapped === 0xffff && v6.slice(0, 5).every((g) => g === 0)) {
    return { v4: [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff] };
  }
  return { v6 };
}

/**
 * The rate limiter's key for a client: IPv4 per address, IPv6 per /64. One subscriber or host
 * usually holds a whole /64 (RFC 6177), so keying by full address would give it 2^64 buckets.
 */
export function limiterKey(raw: string): string {
  const parsed = parseAddress(raw);
  if (!parsed) return raw.slice(0, 64);
  if ('v4' in parsed) return parsed.v4.join('.');
  return parsed.v6
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')
    .concat('::/64');
}

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopback(raw: string): boolean {
  const parsed = parseAddress(raw);
  if (!parsed) return false;
  if ('v4' in parsed) return parsed.v4[0] === 127;
  return parsed.v6.every((g, i) => g === (i === 7 ? 1 : 0));
}
