import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * Reads the request body as UTF-8 text, or returns null once it exceeds `maxBytes`.
 *
 * The body is read straight from the Node request: `c.req.text()` (and Hono's bodyLimit) make
 * @hono/node-server build a full web Request and stream the body through WHATWG streams, which
 * cost more than the rest of a create. A declared Content-Length is checked up front (Node's
 * parser enforces it); a chunked body is counted as it arrives, so an endless upload is cut off.
 */
export async function readBodyText(c: Context, maxBytes: number): Promise<string | null> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && (!/^\d{1,15}$/.test(declared) || Number(declared) > maxBytes)) {
    return null;
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && typeof incoming.on === 'function') {
    if (declared !== undefined) return readDeclared(incoming);
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

/** A body whose length Node's parser already holds to the checked Content-Length. */
function readDeclared(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => chunks.push(chunk);
    const onEnd = () => {
      cleanup();
      resolve(
        chunks.length === 1
          ? (chunks[0] as Buffer).toString('utf8')
          : Buffer.concat(chunks).toString('utf8'),
      );
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    // A client that hangs up mid-body must not leave the handler waiting forever.
    const onClose = () => onError(new Error('request closed before its body ended'));
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}
