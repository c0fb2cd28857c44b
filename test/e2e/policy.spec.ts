/**
 * An administrator's managed policy, delivered through each browser's real mechanism (no storage
 * fixture): it forces the link server, takes "Paste anyway" away and allows a site.
 */
import { fake } from '../../detectors/fake';
import { dialogButtonNames } from './ax-tree';
import { configureExtension, expect, test } from './fixtures';
import {
  CHROME_BUILD,
  geckoId,
  launchChromium,
  launchFirefox,
  type BrowserKind,
  type ExtensionBrowser,
  type ExtPage,
} from './extension-browser';
import { copyBuild, unpackedExtensionId } from './extension-copy';
import { firefoxPoliciesFile, firefoxPolicyHome, writeChromiumPolicy } from './managed-policy';
import { dialogOpen, fieldText, openComposers } from './page-probes';
import { linksIn, revealLink } from './reader';
import { githubToken } from './secrets';
import { startFixtureSite } from './site';

const LOCKED_NOTE = 'Locked by your administrator.';

/** Runs in the options page: the link-server field as the user sees it, once it has rendered. */
function serverField(): { value: string; disabled: boolean; note: string } | null {
  const input = document.querySelector<HTMLInputElement>('#server-url');
  if (!input) return null;
  const note = input.closest('form')?.querySelector('.locked')?.textContent ?? '';
  return { value: input.value, disabled: input.disabled, note: note.trim() };
}

/** Runs in the options page: what it says about the create token, and whether it shows it. */
function tokenShown(token: string): { note: boolean; shown: boolean } {
  const text = document.body.innerText;
  const html = document.documentElement.outerHTML;
  return {
    note: text.includes('Links are created with a token your administrator set.'),
    shown: text.includes(token) || html.includes(token),
  };
}

/** Runs in an extension page: whether the token sits in the extension's sync or local storage. */
async function tokenStored(token: string): Promise<boolean> {
  type Area = { get(): Promise<object> };
  const scope = globalThis as unknown as {
    browser?: { storage: { sync: Area; local: Area } };
    chrome: { storage: { sync: Area; local: Area } };
  };
  const { storage } = scope.browser ?? scope.chrome;
  const all = JSON.stringify([await storage.sync.get(), await storage.local.get()]);
  return all.includes(token);
}

type Cleanup = Array<() => Promise<void>>;

/**
 * The ways an administrator hands the extension its policy: each browser's enterprise policy file
 * (Chromium's policy directory, Firefox's policies.json), and Firefox's managed-storage manifest.
 */
const ROUTES = {
  'enterprise policy file': {
    chromium: async (policy: object, cleanup: Cleanup) => {
      const copy = await copyBuild(CHROME_BUILD);
      cleanup.push(copy.remove);
      const id = unpackedExtensionId(copy.dir);
      cleanup.push(await writeChromiumPolicy(id, policy));
      const extension = await launchChromium({ extensionDir: copy.dir });
      cleanup.push(() => extension.close());
      // A wrong id would leave the policy unread and the test meaningless.
      expect(extension.extensionOrigin).toBe(`chrome-extension://${id}`);
      return extension;
    },
    firefox: async (policy: object, cleanup: Cleanup) => {
      const policies = await firefoxPoliciesFile(await geckoId(), policy);
      cleanup.push(policies.remove);
      const extension = await launchFirefox({ policiesFile: policies.file });
      cleanup.push(() => extension.close());
      return extension;
    },
  },
  'managed-storage manifest': {
    chromium: undefined,
    firefox: async (policy: object, cleanup: Cleanup) => {
      const home = await firefoxPolicyHome(await geckoId(), policy);
      cleanup.push(home.remove);
      const extension = await launchFirefox({ home: home.home });
      cleanup.push(() => extension.close());
      return extension;
    },
  },
} satisfies Record<
  string,
  Record<BrowserKind, ((policy: object, cleanup: Cleanup) => Promise<ExtensionBrowser>) | undefined>
>;

for (const [route, launchers] of Object.entries(ROUTES)) {
  // A route one browser lacks is not declared for it (@firefox-only keeps it out of Chromium's run).
  const tag = launchers.chromium ? '@firefox' : '@firefox-only';
  test(`a managed policy (${route}) locks the server, removes Paste anyway and allows a site ${tag}`, async ({
    browserKind,
    linkServer,
    site,
    reader,
  }) => {
    const launch = launchers[browserKind];
    if (!launch) throw new Error(`${browserKind} has no ${route}`);
    test.setTimeout(60_000);
    const cleanup: Cleanup = [];
    try {
      const allowedSite = await startFixtureSite();
      cleanup.push(() => allowedSite.close());
      const createToken = 'kw-create-' + fake(77).chars(24);
      const policy = {
        serverUrl: linkServer.url,
        createToken,
        forbidPasteAnyway: true,
        allowedSites: [new URL(allowedSite.origin).host],
      };
      const extension = await launch(policy, cleanup);
      // The user's own choice, which the policy must override.
      await configureExtension(extension, { serverUrl: 'http://127.0.0.1:9' });

      const options = await extension.openExtensionPage('/options.html');
      await expect
        .poll(() => options.evaluate(serverField, undefined))
        .toEqual({ value: linkServer.url, disabled: true, note: LOCKED_NOTE });
      // The administrator's create token is in force, and never on the page.
      await expect
        .poll(() => options.evaluate(tokenShown, createToken))
        .toEqual({ note: true, shown: false });
      expect(await options.evaluate(tokenStored, createToken)).toBe(false);
      await options.close();
      // The administrator chose the server: the install asked nothing.
      const urls = await extension.pageUrls();
      expect(urls.filter((url) => url.endsWith('/welcome.html'))).toEqual([]);

      const page = await extension.newPage();
      await openComposers(page, site.url('/composers.html'));
      const token = githubToken();
      await page.focus('#textarea');
      await page.paste(`key ${token}`);
      await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
      await expectNoPasteAnyway(extension, page);

      // The way out left is the link, made on the administrator's server.
      await page.focus('#textarea');
      await page.paste(`key ${token}`);
      await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
      await page.press('Enter');
      await expect.poll(() => page.evaluate(fieldText, '#textarea')).toMatch(/^key http/);
      const link = linksIn(await page.evaluate(fieldText, '#textarea'))[0] as string;
      expect(link.startsWith(`${linkServer.url}/s#`)).toBe(true);
      expect(await revealLink(reader, link)).toBe(token);
      await page.close();

      const allowed = await extension.newPage();
      await openComposers(allowed, allowedSite.url('/composers.html'));
      await allowed.focus('#textarea');
      await allowed.paste(token);
      await expect.poll(() => allowed.evaluate(fieldText, '#textarea')).toBe(token);
      expect(await allowed.evaluate(dialogOpen, undefined)).toBe(false);
      await allowed.close();
    } finally {
      for (const step of cleanup.reverse()) await step().catch(() => undefined);
    }
  });
}

/**
 * Chromium: the dialog's buttons as its accessibility tree names them. Firefox has no such view
 * from the test, so the keyboard shows it: the second button, once "Paste anyway", now cancels.
 */
async function expectNoPasteAnyway(extension: ExtensionBrowser, page: ExtPage): Promise<void> {
  if (extension.context) {
    const tab = extension.context.pages().find((p) => p.url().endsWith('/composers.html'));
    if (!tab) throw new Error('the composers tab is gone');
    // The accessibility tree can trail the open dialog by a frame: read it until it settles.
    await expect.poll(() => dialogButtonNames(tab)).toEqual(['Send as one-time link', 'Cancel']);
    await page.press('Escape');
  } else {
    await page.press('Tab');
    await page.press('Enter');
  }
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(false);
  expect(await page.evaluate(fieldText, '#textarea')).toBe('');
}
