/**
 * The files under a path, in a stable order (entries sorted by name, depth first). Unreadable
 * directories and, when following symbolic links, loops are noted and skipped, never thrown.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readError } from './scan-file';

export interface WalkOptions {
  /** Directory names not entered (the root itself is always entered). */
  skipDirs?: ReadonlySet<string>;
  /** Follow symbolic links inside directories; otherwise they are passed over. */
  followSymlinks?: boolean;
  /** `error` marks a read failure (exit 2); without it the note only explains a skip. */
  note: (message: string, error: boolean) => void;
}

type Kind = 'dir' | 'file' | 'other';

function kindOf(stat: { isDirectory(): boolean; isFile(): boolean }): Kind {
  return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
}

export function walk(root: string, options: WalkOptions): string[] {
  const files: string[] = [];
  // Directories on the current path, by device and inode: meeting one again is a loop.
  const open = new Set<string>();

  const visit = (path: string) => {
    let id: string;
    try {
      const stat = statSync(path, { bigint: true });
      id = `${stat.dev}:${stat.ino}`;
    } catch (error) {
      options.note(readError(path, error), true);
      return;
    }
    if (open.has(id)) {
      options.note(`skipped ${path}: symbolic link loop`, false);
      return;
    }
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      options.note(readError(path, error), true);
      return;
    }
    open.add(id);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = join(path, entry.name);
      let kind: Kind = kindOf(entry);
      if (entry.isSymbolicLink()) {
        if (!options.followSymlinks) continue;
        try {
          kind = kindOf(statSync(child));
        } catch (error) {
          options.note(readError(child, error), true);
          continue;
        }
      }
      if (kind === 'dir' && !options.skipDirs?.has(entry.name)) visit(child);
      else if (kind === 'file') files.push(child);
    }
    open.delete(id);
  };

  let kind: Kind;
  try {
    kind = kindOf(statSync(root));
  } catch (error) {
    options.note(readError(root, error), true);
    return files;
  }
  // A root that is not a directory is read as named, pipes and devices included.
  if (kind === 'dir') visit(root);
  else files.push(root);
  return files;
}
