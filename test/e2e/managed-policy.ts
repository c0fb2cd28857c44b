/**
 * Managed policy the way an administrator sets it, through each browser's own mechanism:
 * Chromium's machine-wide policy directory (3rdparty extension policy) and Firefox's
 * managed-storage native manifest under $HOME/.mozilla.
 */
import { mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Writes a Chromium policy file giving `data` to the extension `id` only. The directory is
 * machine-wide, hence root; returns the function that takes the file away again.
 */
export async function writeChromiumPolicy(id: string, data: object): Promise<() => Promise<void>> {
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium reads managed policy only from ${CHROMIUM_POLICY_DIR}, which needs root: run this spec as root.`,
    );
  }
  const createdDir = await mkdir(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = join(CHROMIUM_POLICY_DIR, `keywarden-e2e-${id}.json`);
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [id]: data } } }));
  return async () => {
    await rm(file, { force: true });
    // Leave the machine as found: the directories this test made go, each only when empty.
    for (
      let dir = CHROMIUM_POLICY_DIR;
      createdDir && dir.startsWith(createdDir);
      dir = dirname(dir)
    ) {
      if (
        !(await rmdir(dir).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  };
}

/** A throwaway HOME whose managed-storage manifest hands `data` to the add-on `geckoId`. */
export async function firefoxPolicyHome(
  geckoId: string,
  data: object,
): Promise<{ home: string; remove(): Promise<void> }> {
  const home = await mkdtemp(join(tmpdir(), 'keywarden-policy-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  await mkdir(dir, { recursive: true });
  const manifest = { name: geckoId, description: 'Keywarden e2e policy', type: 'storage', data };
  await writeFile(join(dir, `${geckoId}.json`), JSON.stringify(manifest));
  return { home, remove: () => rm(home, { recursive: true, force: true }) };
}

/** A policies.json, as an administrator would deploy it, handing `data` to the add-on `geckoId`. */
export async function firefoxPoliciesFile(
  geckoId: string,
  data: object,
): Promise<{ file: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'keywarden-policies-'));
  const file = join(dir, 'policies.json');
  const policies = { policies: { '3rdparty': { Extensions: { [geckoId]: data } } } };
  await writeFile(file, JSON.stringify(policies));
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}
