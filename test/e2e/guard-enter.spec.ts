import { expect, test } from './fixtures';
import { dialogOpen, fieldText, untilDialogArmed } from './page-probes';
import { githubToken } from './secrets';

const sent = () => Array.from(document.querySelectorAll('#sent li'), (li) => li.textContent);

test('Enter in a textarea chat with no adapter does not send a typed key @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/plain-enter.html'));
  await page.focus('#chat');
  const token = githubToken();
  await page.typeText(`the deploy key is ${token}`);
  await page.press('Enter');

  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(sent, undefined)).toEqual([]);
  await page.press('Escape');
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(false);
  expect(await page.evaluate(sent, undefined)).toEqual([]);
  expect(await page.evaluate(fieldText, '#chat')).toBe(`the deploy key is ${token}`);

  // Once the chat has been seen to send on Enter, a clean message goes, a key still does not.
  await page.evaluate(() => {
    (document.getElementById('chat') as HTMLTextAreaElement).value = '';
  }, undefined);
  await page.typeText('hello');
  await page.press('Enter');
  await expect.poll(() => page.evaluate(sent, undefined)).toEqual(['hello']);
  await page.typeText(`again ${token}`);
  await page.press('Enter');
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  expect(await page.evaluate(sent, undefined)).toEqual(['hello']);

  // Send anyway gives the page its Enter back, and the page sends.
  await untilDialogArmed();
  await page.press('Tab');
  await page.press('Enter');
  await expect.poll(() => page.evaluate(sent, undefined)).toEqual(['hello', `again ${token}`]);
  await page.close();
});

test('Enter that is only a newline stays a newline @firefox', async ({ extension, site }) => {
  const page = await extension.newPage();
  await page.goto(site.url('/plain-enter.html'));
  await page.focus('#notes');
  const token = githubToken();
  await page.typeText('first line');
  await page.press('Enter');
  await page.typeText(`token ${token}`);
  await page.press('Enter');
  await page.typeText('third line');
  expect(await page.evaluate(dialogOpen, undefined)).toBe(false);
  expect(await page.evaluate(fieldText, '#notes')).toBe(`first line\ntoken ${token}\nthird line`);
  await page.close();
});

test('a key typed before the first Enter in a notes field is asked about once, and the newline kept @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/plain-enter.html'));
  await page.focus('#notes');
  const token = githubToken();
  await page.typeText(`token ${token}`);
  await page.press('Enter');
  await expect.poll(() => page.evaluate(dialogOpen, undefined)).toBe(true);
  // "Send anyway": nothing on the page takes Enter, so it is the newline it would have been.
  await untilDialogArmed();
  await page.press('Tab');
  await page.press('Enter');
  await expect.poll(() => page.evaluate(fieldText, '#notes')).toBe(`token ${token}\n`);
  await page.close();
});

test('keys typed while an Enter waits for the guard to load stay after its newline @firefox', async ({
  extension,
  site,
}) => {
  const page = await extension.newPage();
  await page.goto(site.url('/plain-enter.html'));
  // A read-only field's focus does not load the guard; the Enter is then the first thing that
  // does, and the keys that follow it at machine speed come before the guard is there.
  await page.evaluate(() => {
    (document.querySelector('#notes') as HTMLTextAreaElement).readOnly = true;
  }, undefined);
  await page.focus('#notes');
  await page.evaluate(() => {
    (document.querySelector('#notes') as HTMLTextAreaElement).readOnly = false;
  }, undefined);
  await page.typeText('first line');
  await page.press('Enter');
  await page.typeText('second line');
  await expect.poll(() => page.evaluate(fieldText, '#notes')).toBe('first line\nsecond line');
  await page.typeText(' goes on');
  expect(await page.evaluate(fieldText, '#notes')).toBe('first line\nsecond line goes on');
  await page.close();
});

/**
 * An Enter held in a form's field until the guard has loaded, and given back, does what the
 * browser's own would have (HTML's implicit submission).
 */
const IMPLICIT_SUBMISSIONS = [
  { form: 'two', submits: [] },
  { form: 'disabled', submits: [] },
  { form: 'named', submits: ['named:go'] },
];
for (const { form, submits } of IMPLICIT_SUBMISSIONS) {
  test(`an Enter given back in the form "${form}" submits as the browser would have @firefox`, async ({
    extension,
    site,
  }) => {
    const page = await extension.newPage();
    await page.goto(site.url('/implicit-submit.html'));
    const field = `#${form} input`;
    // A read-only field's focus does not load the guard: the Enter is what does.
    await page.evaluate((selector) => {
      (document.querySelector(selector) as HTMLInputElement).readOnly = true;
    }, field);
    await page.focus(field);
    await page.evaluate((selector) => {
      (document.querySelector(selector) as HTMLInputElement).readOnly = false;
    }, field);
    await page.typeText('hello');
    await page.press('Enter');
    const submitted = () =>
      page.evaluate(() => (window as never as { submits: string[] }).submits, undefined);
    if (submits.length > 0) await expect.poll(submitted).toEqual(submits);
    else {
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)), undefined);
      expect(await submitted()).toEqual([]);
    }
    await page.close();
  });
}
