/**
 * Renders assets/icon.svg to the PNG sizes the Chrome Web Store and addons.mozilla.org ask for,
 * with Debian's Chromium, so the icons stay derived from one vector source.
 * Run: npx tsx scripts/draw-icons.ts
 */
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from '../test/e2e/browsers';

const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: chromiumLaunchArgs,
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
    const path = new URL(`../public/icon/${size}.png`, import.meta.url).pathname;
    await page.screenshot({ path, omitBackground: true });
    await page.close();
    console.log(`wrote public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
