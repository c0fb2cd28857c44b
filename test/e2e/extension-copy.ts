/**
 * Private copies of the built extension. An unpacked Chromium extension's id follows from its
 * path, so a copy has an id no other test's browser shares.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The id Chromium gives an unpacked extension: sha256 of its absolute path, the first 32 hex
 * digits spelled with a-p instead of 0-f.
 */
export function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface BuildCopy {
  dir: string;
  remove(): Promise<void>;
}

/** Copies `build` to a fresh temporary directory, optionally changing its manifest. */
export async function copyBuild(
  build: string,
  patchManifest?: (manifest: Record<string, unknown>) => void,
): Promise<BuildCopy> {
  const parent = await realpath(await mkdtemp(join(tmpdir(), 'keywarden-ext-')));
  const dir = join(parent, 'extension');
  await cp(build, dir, { recursive: true });
  if (patchManifest) {
    const file = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    patchManifest(manifest);
    await writeFile(file, JSON.stringify(manifest));
  }
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}
