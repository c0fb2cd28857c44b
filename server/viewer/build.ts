import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCatalogues } from './catalogue-plugin';

/** The three static files of the viewer page, by file name. */
export interface ViewerBundle {
  'index.html': string;
  'viewer.js': string;
  'viewer.css': string;
}

/**
 * The catalogue keys the viewer page bundles, in every language: its own and the shared reveal
 * flow's (components/RevealSecret.tsx). locales/catalogues.test.ts checks that they use no other.
 */
export const VIEWER_KEY_PREFIXES = ['viewer.', 'reveal.'] as const;
export const isViewerKey = (key: string) =>
  VIEWER_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));

const here = dirname(fileURLToPath(import.meta.url));

/** Where `scripts/build-viewer.ts` writes the bundle by default (git-ignored). */
export const DEFAULT_VIEWER_DIR = join(here, '..', '..', '.output', 'viewer');

/**
 * Bundles the viewer (TypeScript + Preact) with esbuild. With `outDir` the files are also written
 * there, for deployments that serve a prebuilt copy (VIEWER_DIR) without dev dependencies.
 */
export async function buildViewer(options: { outDir?: string } = {}): Promise<ViewerBundle> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(here, 'main.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    // The catalogues' Japanese and Chinese stay UTF-8 (served with charset=utf-8), not \u escapes.
    charset: 'utf8',
    logLevel: 'silent',
    outfile: 'viewer.js',
    plugins: [bundledCatalogues({ keep: isViewerKey })],
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!js) throw new Error('esbuild produced no viewer.js');
  // The style sheet imports the shared design tokens (assets/design/tokens.css): one file out.
  const css = await esbuild.build({
    entryPoints: [join(here, 'styles.css')],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
    outfile: 'viewer.css',
  });
  const bundle: ViewerBundle = {
    'index.html': await readFile(join(here, 'index.html'), 'utf8'),
    'viewer.js': js.text,
    'viewer.css': css.outputFiles[0]?.text ?? '',
  };
  if (options.outDir) {
    await mkdir(options.outDir, { recursive: true });
    for (const [name, text] of Object.entries(bundle)) {
      await writeFile(join(options.outDir, name), text);
    }
  }
  return bundle;
}

/** Reads a bundle written earlier by `buildViewer({outDir})`. */
export async function readViewer(dir: string): Promise<ViewerBundle> {
  const read = (name: keyof ViewerBundle) => readFile(join(dir, name), 'utf8');
  return {
    'index.html': await read('index.html'),
    'viewer.js': await read('viewer.js'),
    'viewer.css': await read('viewer.css'),
  };
}
