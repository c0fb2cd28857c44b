// Longer surroundings: a secret on one line of a long log, and in the query string of an access
// log, URL-encoded (the label policy keeps the label through URL-encoding; the span is the
// encoded text as it appears).
import type { Context } from './contexts.ts';
import { service, snake, timestamp } from './filler.ts';
import type { Rng } from './rng.ts';
import type { Secret, TextBuilder } from './types.ts';

function noiseLine(r: Rng, ts: string): string {
  const svc = service(r);
  return r.pick([
    `${ts} INFO  [${svc}] GET /healthz 200 ${r.range(1, 9)}ms`,
    `${ts} INFO  [${svc}] processed batch ${r.range(1, 9999)} (${r.range(1, 500)} items) in ${r.range(10, 4000)}ms`,
    `${ts} DEBUG [${svc}] cache miss key=user:${r.range(1, 99999)}:profile`,
    `${ts} WARN  [${svc}] slow query took ${r.range(500, 9000)}ms: SELECT * FROM orders WHERE status = $1`,
    `${ts} INFO  [${svc}] request_id=${r.uuid()} status=200 bytes=${r.range(100, 90000)}`,
    `${ts} ERROR [${svc}] upstream timeout after ${r.range(1, 30)}s, retrying (attempt ${r.range(1, 5)})`,
  ]);
}

function logFile(b: TextBuilder, s: Secret, r: Rng): void {
  let clock = Date.parse(timestamp(r));
  const tick = () => new Date((clock += r.range(3, 20000))).toISOString();
  const before = r.range(10, 80);
  const after = r.range(5, 60);
  for (let i = 0; i < before; i++) b.add(noiseLine(r, tick()) + '\n');
  if (s.bearer && !s.named)
    b.add(`${tick()} DEBUG [http] Authorization: Bearer `).value(s).add('\n');
  else b.add(`${tick()} DEBUG [config] ${s.name}=`).value(s).add('\n');
  for (let i = 0; i < after; i++) b.add(noiseLine(r, tick()) + '\n');
}

function accessLog(b: TextBuilder, s: Secret, r: Rng): void {
  const param = s.named ? snake(s.name) : r.pick(['access_token', 'api_key', 'token', 'key']);
  const ip = `10.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`;
  const date = new Date(Date.parse(timestamp(r))).toUTCString();
  b.add(`${ip} - - [${date}] "GET /v1/${r.pick(['items', 'reports', 'export'])}?${param}=`);
  b.value(s, encodeURIComponent(s.value));
  b.add(
    `&limit=${r.range(10, 100)} HTTP/1.1" ${r.pick([200, 401, 403])} ${r.range(100, 9000)} "-" "${r.pick(['python-requests/2.31.0', 'curl/8.5.0', 'Go-http-client/2.0'])}"\n`,
  );
}

export const LONG_CONTEXTS: Context[] = [
  { id: 'log-file', multiline: false, fits: (s) => !s.multiline, render: logFile },
  // A partly labelled value (a URI's password) cannot be re-encoded without moving its span.
  { id: 'access-log', multiline: false, fits: (s) => !s.multiline && !s.spans, render: accessLog },
];
