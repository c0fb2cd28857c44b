// `wxt prepare` writes the types (.wxt/) a development checkout needs before it type-checks or
// tests. Installed as a tool instead (`npm install -g`, which is how the pre-commit framework
// installs a node hook, or as a dependency inside another project's node_modules), the package has
// no WXT and needs none: the CLI runs on tsx alone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const asTool = process.env.npm_config_global === 'true' || /[\\/]node_modules[\\/]/.test(root);
if (!asTool) {
  const { status } = spawnSync('wxt', ['prepare'], { stdio: 'inherit', shell: true });
  process.exitCode = status ?? 1;
}
