import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { guardModuleLoads } from './guard-module';

/**
 * Drags the source paragraph's text into the field, releasing it over the sixth character of its
 * first word, and returns what the field holds once the drop is decided. Chromium only: its
 * driver makes a real drag of a selection.
 */
async function dropIntoField(page: Page): Promise<string> {
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('source') as HTMLElement);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  const source = await page.locator('#source').boundingBox();
  const field = await page.locator('#field').boundingBox();
  if (!source || !field) throw new Error('the drop page did not lay out');
  const charWidth = await page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    context.font = getComputedStyle(document.getElementById('field') as HTMLElement).font;
    return context.measureText('a').width;
  });
  await page.mouse.move(source.x + 20, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + 40, source.y + source.height / 2, { steps: 3 });
  await page.mouse.move(field.x + charWidth * 5.5, field.y + 12, { steps: 5 });
  await page.mouse.up();
  const value = () =>
    page.evaluate(() => (document.getElementById('field') as HTMLTextAreaElement).value);
  await expect.poll(value).toContain('DRAGGED');
  return value();
}

// Where the drop lands (after the fifth or the sixth character, as the pointer rounds).
const DROPPED_AT_POINT = /^a{5,6}DRAGGEDa{4,5} b{10}$/;

for (const loaded of [false, true]) {
  test(`text dropped into a field ${loaded ? 'after' : 'before'} the guard has loaded goes where it was dropped`, async ({
    extension,
    site,
  }) => {
    if (!extension.context) throw new Error('drops are driven in Chromium only');
    const page = await extension.context.newPage();
    await page.goto(site.url('/drop.html'));
    if (loaded) {
      // The control: a clean drop the loaded guard lets through, as the browser places it.
      const { frames } = await guardModuleLoads(page);
      await page.focus('#field');
      await expect.poll(() => frames.size).toBe(1);
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    }
    // Otherwise nothing had the focus: the drop is held and decided once the guard has loaded.
    expect(await dropIntoField(page)).toMatch(DROPPED_AT_POINT);
    await page.close();
  });
}
