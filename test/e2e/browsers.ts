/**
 * Finds the system browsers the end-to-end tests drive. Tests never download a browser: they use
 * Debian's chromium and firefox-esr, install them when allowed (root on Debian), or stop with one
 * line saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

interface BrowserSpec {
  label: string;
  envVar: string;
  candidates: string[];
  onPath: string[];
  debianPackage: string;
}

const CHROMIUM: BrowserSpec = {
  label: 'Chromium',
  envVar: 'CHROME_PATH',
  candidates: ['/usr/bin/chromium'],
  onPath: ['chromium', 'chromium-browser'],
  debianPackage: 'chromium',
};

const FIREFOX: BrowserSpec = {
  label: 'Firefox',
  envVar: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr'],
  onPath: ['firefox-esr', 'firefox'],
  debianPackage: 'firefox-esr',
};

/**
 * Flags for Chromium on this kind of machine: root needs --no-sandbox, and the rest keep a
 * closed network from being flooded with refused connections.
 */
export const chromiumLaunchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function locate(spec: BrowserSpec): string | undefined {
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = spec.onPath.flatMap((name) => dirs.map((dir) => join(dir, name)));
  return [...spec.candidates, ...onPath].find(isExecutable);
}

function missingMessage(spec: BrowserSpec): string {
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) return `${spec.envVar}=${fromEnv} is not an executable ${spec.label}.`;
  return `${spec.label} not found: run 'apt-get install ${spec.debianPackage}' or set ${spec.envVar} to its executable.`;
}

function find(spec: BrowserSpec): string {
  const path = locate(spec);
  if (!path) throw new Error(missingMessage(spec));
  return path;
}

export const findChromium = (): string => find(CHROMIUM);
export const findFirefox = (): string => find(FIREFOX);

function mayInstallDebianPackages(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version');
}

/**
 * Makes sure both browsers are there. Installs the missing ones with apt-get when running as root
 * on Debian; otherwise throws with the one-line instruction.
 */
export function ensureBrowsers(): { chromium: string; firefox: string } {
  const missing = [CHROMIUM, FIREFOX].filter((spec) => !locate(spec));
  const canInstall = missing.length > 0 && mayInstallDebianPackages();
  if (canInstall && missing.every((spec) => !process.env[spec.envVar])) {
    const packages = missing.map((spec) => spec.debianPackage);
    console.error(`Installing ${packages.join(' and ')} from Debian's packages…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  }
  return { chromium: findChromium(), firefox: findFirefox() };
}
