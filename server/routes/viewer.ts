import { Hono } from 'hono';
import type { ViewerBundle } from '../viewer/build';

/**
 * GET /s and its two assets. The page is identical for every secret (id and key live in the
 * fragment, which browsers never send), and loading it consumes nothing.
 */
export function viewerRoutes(bundle: ViewerBundle): Hono {
  const app = new Hono();
  app.get('/s', (c) => c.html(bundle['index.html']));
  app.get('/assets/viewer.js', (c) =>
    c.body(bundle['viewer.js'], 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/assets/viewer.css', (c) =>
    c.body(bundle['viewer.css'], 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );
  return app;
}
