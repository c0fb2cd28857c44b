/**
 * A page showing the real in-page warning (secret-warning.ts and its CSS) in an open shadow root:
 * the content script's root is closed, which no accessibility checker can enter from the page.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { bundledCatalogues } from '../../server/viewer/catalogue-plugin';
import { EDITOR_PAGES_DIR } from './editor-pages';

const ENTRY = new URL('../fixtures/warning/warning.ts', import.meta.url).pathname;

/** Served by the fixture site as /warning/warning.html#<variant>. */
export const WARNING_PAGE = '/warning/warning.html';

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Fixture: in-page warning</title></head>
  <body>
    <main><h1>A page with a composer</h1><textarea aria-label="Message"></textarea></main>
    <script type="module" src="warning.js"></script>
  </body>
</html>
`;

/**
 * Vite's `?inline` import of a style sheet: its text with `@import`s inlined, which the content
 * script's build uses.
 */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: join(args.resolveDir, args.path.slice(0, -'?inline'.length)),
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const sheet = await build.esbuild.build({
        entryPoints: [args.path],
        bundle: true,
        write: false,
        logLevel: 'error',
      });
      return { contents: sheet.outputFiles[0]?.text ?? '', loader: 'text' };
    });
  },
};

export async function buildWarningPage(): Promise<void> {
  const outdir = join(EDITOR_PAGES_DIR, 'warning');
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: [ENTRY],
    outdir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    // The dialog's words in every language and in the pseudo-locale (en-XA), for the reader's.
    plugins: [
      inlineCss,
      bundledCatalogues({ keep: (key) => key.startsWith('dialog.'), pseudo: true }),
    ],
    logLevel: 'error',
  });
  await writeFile(join(outdir, 'warning.html'), HTML);
}
