import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * Reads the request body as UTF-8 text, or returns null once it exceeds `maxBytes`.
 *
 * Hono's bodyLimit middleware touches `c.req.raw`, which makes @hono/node-server build a full
 * web Request and stream the body through WHATWG streams: that cost 2–4× create throughput.
 * A declared Content-Length is checked up front (Node's parser enforces it); a chunked body is
 * read from the Node stream with a running count, so an endless upload is cut off early.
 */
export async function readBodyText(c: Context, maxBytes: number): Promise<string | null> {
  const declared = c.req.header('content-length');
  if (declared !== undefined) {
    if (!/^\d{1,15}$/.test(declared) || Number(declared) > maxBytes) return null;
    return c.req.text();
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && typeof incoming.on === 'function') {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of incoming) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) return null;
      chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  // No socket (app.request in tests): the body is already in memory.
  const text = await c.req.text();
  return Buffer.byteLength(text) > maxBytes ? null : text;
}
