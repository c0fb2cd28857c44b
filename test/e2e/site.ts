/**
 * The fixture web site: static pages from test/e2e/pages served on a free loopback port, so the
 * extension's content script meets them the way it meets any http page.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { EDITOR_PAGES_DIR } from './editor-pages';

/** Hand-written pages first, then the editor pages built in the global setup. */
const ROOTS = [new URL('./pages/', import.meta.url).pathname, EDITOR_PAGES_DIR];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureSite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

async function serve(pathname: string): Promise<{ file: string; body: Buffer } | undefined> {
  for (const root of ROOTS) {
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root)) return undefined;
    try {
      return { file, body: await readFile(file) };
    } catch {
      // not under this root; try the next
    }
  }
  return undefined;
}

export async function startFixtureSite(): Promise<FixtureSite> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://fixture').pathname;
    void serve(pathname).then(
      (found) => {
        if (!found) return response.writeHead(404).end('not found');
        const type = CONTENT_TYPES[extname(found.file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(found.body);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
