/**
 * Fixture pages built from the real editor packages (Quill, Tiptap/ProseMirror, Slate, Draft.js,
 * CKEditor 5, a React-controlled textarea, an about:blank iframe), so the guard is tested against
 * the editors' own models rather than imitations.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { build } from 'esbuild';

const SOURCES = new URL('../fixtures/editors/', import.meta.url).pathname;
export const EDITOR_PAGES_DIR = new URL('../../.output/e2e-pages/', import.meta.url).pathname;

export const EDITORS = {
  quill: { entry: 'quill.ts', field: '.ql-editor' },
  tiptap: { entry: 'tiptap.ts', field: '.ProseMirror' },
  slate: { entry: 'slate.tsx', field: '#slate' },
  draft: { entry: 'draft.tsx', field: '.public-DraftEditor-content' },
  ckeditor: { entry: 'ckeditor.ts', field: '.ck-editor__editable' },
  'react-textarea': { entry: 'react-textarea.tsx', field: '#react-textarea' },
  iframe: { entry: 'iframe.ts', field: '#frame' },
} as const;

export type EditorName = keyof typeof EDITORS;

const page = (name: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Fixture: ${name}</title></head>
  <body>
    <h1>${name}</h1>
    <div id="editor"></div>
    <script type="module" src="${name}.js"></script>
  </body>
</html>
`;

export async function buildEditorPages(): Promise<void> {
  const outdir = join(EDITOR_PAGES_DIR, 'editors');
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: Object.values(EDITORS).map(({ entry }) => join(SOURCES, entry)),
    outdir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  await Promise.all(
    Object.values(EDITORS).map(({ entry }) => {
      const name = basename(entry, extname(entry));
      return writeFile(join(outdir, `${name}.html`), page(name));
    }),
  );
}
