/**
 * `npm run build:viewer`: writes the viewer page (index.html, viewer.js, viewer.css) to
 * .output/viewer, or to the directory given as the first argument. The server builds the page in
 * memory at start when esbuild is installed; this prebuilt copy is for installs without dev
 * dependencies (served automatically from .output/viewer, or from VIEWER_DIR).
 */
import { resolve } from 'node:path';
import { buildViewer, DEFAULT_VIEWER_DIR } from '../server/viewer/build';

const outDir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_VIEWER_DIR;
await buildViewer({ outDir });
console.log(`Viewer page written to ${outDir}`);
