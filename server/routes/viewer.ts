import { Hono } from 'hono';
import { respond } from '../respond';
import type { ViewerBundle } from '../viewer/build';

/**
 * GET /s and its two assets. The page is identical for every secret (id and key live in the
 * fragment, which browsers never send), and loading it consumes nothing.
 */
export function viewerRoutes(bundle: ViewerBundle): Hono {
  const app = new Hono();
  app.get('/s', (c) => respond(c, 200, bundle['index.html'], 'text/html; charset=utf-8'));
  app.get('/assets/viewer.js', (c) =>
    respond(c, 200, bundle['viewer.js'], 'text/javascript; charset=utf-8'),
  );
  app.get('/assets/viewer.css', (c) =>
    respond(c, 200, bundle['viewer.css'], 'text/css; charset=utf-8'),
  );
  return app;
}
