import type { ExtPage } from './extension-browser';
import { expect, test } from './fixtures';
import { dialogOpen, fieldText, untilDialogArmed } from './page-probes';
import { githubToken } from './secrets';

/**
 * A draft the page restored (from its own storage, after a reload) and sent by a click, with no
 * focus on its field ever: the frame's guard is not loaded when the press comes
 * (entrypoints/content/bootstrap.ts), so the press or the submit is held and decided once it is.
 */
const sent = () => Array.from(document.querySelectorAll('#sent li'), (li) => li.textContent);

async function restoredDraft(page: ExtPage, selector: '#chat' | '#body', text: string) {
  await page.evaluate(
    ({ selector, text }) => {
      (document.querySelector(selector) as HTMLTextAreaElement).value = text;
    },
    { selector, text },
  );
}

/** A real click (trusted pointer and mouse events) in the middle of an element. */
async function clickOn(page: ExtPage, selector: string) {
  const { x, y } = await page.evaluate((selector) => {
    const box = (document.querySelector(selector) as Element).getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, selector);
  await page.click(x, y);
}

const cases = [
  { name: 'a chat’s Send button', field: '#chat', button: '#send', prefix: '' },
  { name: 'a form’s submit button', field: '#body', button: '#submit', prefix: 'mail: ' },
] as const;

for (const { name, field, button, prefix } of cases) {
  test(`a restored draft with a key, sent by ${name} without a focus on its field, is stopped @firefox`, async ({
    extension,
    site,
  }) => {
    const page = await extension.newPage();
    await page.goto(site.url('/draft.html'));
    const draft = `the deploy key is ${githubToken()}`;
    await restoredDraft(page, field, draft);
    await clickOn(page, button);

    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    expect(await page.evaluate(sent, undefined)).toEqual([]);
    await page.press('Escape');
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(false);
    expect(await page.evaluate(sent, undefined)).toEqual([]);
    expect(await page.evaluate(fieldText, field)).toBe(draft);

    // Sent again, now that the guard is loaded: "Send anyway" sends it, once.
    await clickOn(page, button);
    await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
    await untilDialogArmed();
    await page.press('Tab');
    await page.press('Enter');
    await expect.poll(() => page.evaluate(sent, undefined)).toEqual([prefix + draft]);
    await page.close();
  });

  test(`a clean restored draft, sent by ${name} before the guard has loaded, is sent once @firefox`, async ({
    extension,
    site,
  }) => {
    const page = await extension.newPage();
    await page.goto(site.url('/draft.html'));
    await restoredDraft(page, field, 'see you at noon');
    await clickOn(page, button);
    await expect.poll(() => page.evaluate(sent, undefined)).toEqual([`${prefix}see you at noon`]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.evaluate(sent, undefined)).toEqual([`${prefix}see you at noon`]);
    expect(await page.evaluate(dialogOpen, undefined)).toBe(false);
    await page.close();
  });
}
