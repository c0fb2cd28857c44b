import type { CDPSession, Page } from '@playwright/test';

/** Watches which frames' content scripts parse the guard module, over Chromium's debugger. */
export async function guardModuleLoads(
  page: Page,
): Promise<{ cdp: CDPSession; frames: Set<string> }> {
  const cdp = await page.context().newCDPSession(page);
  const frames = new Set<string>();
  cdp.on('Debugger.scriptParsed', (script) => {
    const frameId = (script.executionContextAuxData as { frameId?: string } | undefined)?.frameId;
    if (script.url.endsWith('/content-guard.js')) frames.add(frameId ?? '?');
  });
  await cdp.send('Debugger.enable');
  return { cdp, frames };
}
