import type { Browser } from '@playwright/test';

/** Opens a one-time link in a fresh context and presses Reveal; returns what the page shows. */
export async function revealLink(reader: Browser, link: string): Promise<string> {
  const context = await reader.newContext();
  try {
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('button', { name: 'Reveal' }).click();
    const secret = page.getByTestId('secret');
    const gone = page.getByRole('heading', { name: 'This secret is no longer available' });
    await secret.or(gone).waitFor();
    return (await secret.isVisible()) ? ((await secret.textContent()) ?? '') : 'gone';
  } finally {
    await context.close();
  }
}

/** Every one-time link in a text. */
export function linksIn(text: string): string[] {
  return text.match(/https?:\/\/[^\s]+\/s#[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g) ?? [];
}
