import { EDITORS, type EditorName } from './editor-pages';
import type { ExtensionBrowser, ExtPage } from './extension-browser';
import { expect, test } from './fixtures';
import { dialogOpen } from './page-probes';
import { linksIn, revealLink } from './reader';
import { githubToken } from './secrets';
import type { FixtureSite } from './site';

/** The editor's own model text, read through its API (window.editorText set by the fixture). */
const editorText = () => (window as unknown as { editorText?: () => string }).editorText?.() ?? '';

/** Puts the caret in the editor, inside its iframe when it has one. */
const focusEditor = (selector: string) => {
  const element = document.querySelector(selector);
  if (element instanceof HTMLIFrameElement) {
    element.focus();
    element.contentDocument?.body.focus();
    return;
  }
  (element as HTMLElement).focus();
};

/** Opens an editor's fixture page once the editor is built and its API is on the window. */
async function openEditor(
  extension: ExtensionBrowser,
  site: FixtureSite,
  name: EditorName,
  visible: string,
): Promise<ExtPage> {
  const page = await extension.newPage();
  await page.goto(site.url(`/editors/${name}.html`));
  await page.textOf(visible);
  await expect
    .poll(() =>
      page.evaluate(() => typeof (window as { editorText?: unknown }).editorText, undefined),
    )
    .toBe('function');
  return page;
}

const FIREFOX_EDITORS: readonly EditorName[] = ['tiptap'];

for (const [name, { field }] of Object.entries(EDITORS) as [EditorName, { field: string }][]) {
  const tag = FIREFOX_EDITORS.includes(name) ? ' @firefox' : '';
  test(`${name}: the editor's model gets the link, never the secret${tag}`, async ({
    extension,
    site,
    reader,
  }) => {
    const page = await openEditor(extension, site, name, field === '#frame' ? 'h1' : field);
    const token = githubToken();
    await page.evaluate(focusEditor, field);
    await page.paste(`key: ${token} end`);
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    expect(await page.evaluate(editorText, undefined)).toBe('');
    await page.press('Enter');
    await expect.poll(() => page.evaluate(editorText, undefined)).toMatch(/^key: http\S+ end$/);
    const text = await page.evaluate(editorText, undefined);
    expect(text).not.toContain(token);
    expect(await revealLink(reader, linksIn(text)[0] as string)).toBe(token);
    await page.close();
  });
}

/** The editor's model as HTML, read through its API (window.editorHtml set by the fixture). */
const editorHtml = () => (window as unknown as { editorHtml?: () => string }).editorHtml?.() ?? '';

/** The model's text with the no-break spaces a contenteditable may turn typed spaces into. */
const plainText = async (page: ExtPage) =>
  (await page.evaluate(editorText, undefined)).replace(/\u00a0/g, ' ');

/**
 * Each rich editor's send: the generic adapter takes a plain Enter in a contenteditable for one.
 * Bold is typed with the editor's own Ctrl/Cmd+B, so it lives in the editor's model.
 */
for (const name of ['tiptap', 'quill', 'slate', 'draft', 'ckeditor'] as const) {
  test(`${name}: secrets caught on send become links and the formatting around them stays`, async ({
    extension,
    site,
    reader,
  }) => {
    const { field } = EDITORS[name];
    const page = await openEditor(extension, site, name, field);
    const [first, second] = [githubToken(), githubToken()];
    await page.evaluate(focusEditor, field);
    await page.press('ControlOrMeta+B');
    await page.typeText('Urgent');
    await page.press('ControlOrMeta+B');
    // Two secrets: the editor re-renders after the first swap, before the second.
    await page.typeText(` the key is ${first} and ${second} thanks`);
    await page.press('Enter');
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    expect(await plainText(page)).toBe(`Urgent the key is ${first} and ${second} thanks`);
    await page.press('Enter');

    await expect
      .poll(() => plainText(page))
      .toMatch(/^Urgent the key is http\S+ and http\S+ thanks$/);
    const html = await page.evaluate(editorHtml, undefined);
    expect(html).toMatch(/^<p><strong>Urgent<\/strong>(\s|&nbsp;)the(\s|&nbsp;)key/);
    expect(html).not.toContain(first);
    expect(html).not.toContain(second);
    const links = linksIn(await page.evaluate(editorText, undefined));
    expect(await revealLink(reader, links[0] as string)).toBe(first);
    expect(await revealLink(reader, links[1] as string)).toBe(second);
    await page.close();
  });
}

/**
 * Sends without formatting: the React textarea (Ctrl/Cmd+Enter, as in most multi-line composers)
 * and the framed editor (Enter, caught by the content script inside the about:blank frame). In
 * Firefox, where execCommand and beforeinput differ, the rich editors' send runs here too, typed
 * without the Ctrl+B chord the Firefox driver cannot press.
 */
const PLAIN_SENDS: readonly { name: EditorName; key: string; tag: string }[] = [
  { name: 'react-textarea', key: 'ControlOrMeta+Enter', tag: '' },
  { name: 'iframe', key: 'Enter', tag: ' @firefox' },
  { name: 'slate', key: 'Enter', tag: ' @firefox-only' },
  { name: 'draft', key: 'Enter', tag: ' @firefox-only' },
  { name: 'ckeditor', key: 'Enter', tag: ' @firefox-only' },
];

for (const { name, key, tag } of PLAIN_SENDS) {
  test(`${name}: a secret caught on ${key} becomes a link in the editor's model${tag}`, async ({
    extension,
    site,
    reader,
  }) => {
    const { field } = EDITORS[name];
    const page = await openEditor(extension, site, name, field === '#frame' ? 'h1' : field);
    const token = githubToken();
    await page.evaluate(focusEditor, field);
    await page.typeText(`the key is ${token} thanks`);
    await page.press(key);
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    await page.press('Enter');

    await expect.poll(() => plainText(page)).toMatch(/^the key is http\S+ thanks$/);
    const text = await plainText(page);
    expect(text).not.toContain(token);
    expect(await revealLink(reader, linksIn(text)[0] as string)).toBe(token);
    await page.close();
  });
}
