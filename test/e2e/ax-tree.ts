import type { Page } from '@playwright/test';

/**
 * The names of the buttons inside the in-page dialog, read from Chromium's accessibility tree:
 * what a screen reader announces, and the one view that reaches into the closed shadow root.
 */
export async function dialogButtonNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type AxNode = {
      nodeId: string;
      childIds?: string[];
      role?: { value: string };
      name?: { value: string };
    };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const dialog = nodes.find((node) => node.role?.value === 'alertdialog');
    const names: string[] = [];
    const visit = (node: AxNode | undefined) => {
      if (!node) return;
      if (node.role?.value === 'button') names.push(node.name?.value ?? '');
      node.childIds?.forEach((id) => visit(byId.get(id)));
    };
    visit(dialog);
    return names;
  } finally {
    await cdp.detach();
  }
}
