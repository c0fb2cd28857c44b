import type { Page } from '@playwright/test';

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Runs on each element through CDP: its box and whether its content overflows it. */
function measure(this: HTMLElement): Box {
  const rect = this.getBoundingClientRect();
  return {
    name: (this.textContent ?? '').trim().slice(0, 60),
    left: rect.left,
    right: rect.right,
    top: rect.top,
    bottom: rect.bottom,
    scrollWidth: this.scrollWidth,
    clientWidth: this.clientWidth,
    scrollHeight: this.scrollHeight,
    clientHeight: this.clientHeight,
  };
}

/**
 * What is wrong with the in-page dialog's layout: a button or heading whose text overflows it,
 * a button outside the dialog, a dialog outside the viewport. Read through CDP, which reaches into
 * the content script's closed shadow root as well as the test page's open one.
 */
export async function dialogLayoutProblems(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = {
      nodeId: number;
      backendNodeId: number;
      nodeName: string;
      attributes?: string[];
      children?: DomNode[];
      shadowRoots?: DomNode[];
      shadowRootType?: string;
      contentDocument?: DomNode;
    };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const found: { kind: 'dialog' | 'button' | 'title'; node: DomNode }[] = [];
    const visit = (node: DomNode, inWarning: boolean) => {
      const attributes = node.attributes ?? [];
      const attribute = (name: string) => attributes[attributes.indexOf(name) + 1];
      const inside =
        inWarning ||
        (node.nodeName === 'DIV' &&
          (node.shadowRoots ?? []).some((shadow) => shadow.shadowRootType !== 'user-agent'));
      if (inside && attributes.includes('role') && attribute('role') === 'alertdialog') {
        found.push({ kind: 'dialog', node });
      } else if (inside && node.nodeName === 'BUTTON') found.push({ kind: 'button', node });
      else if (inside && node.nodeName === 'H2') found.push({ kind: 'title', node });
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        visit(child, inside);
      }
    };
    visit(root, false);
    const boxes = await Promise.all(
      found.map(async ({ kind, node }) => {
        const { object } = (await cdp.send('DOM.resolveNode', {
          backendNodeId: node.backendNodeId,
        })) as { object: { objectId: string } };
        const { result } = (await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: measure.toString(),
          returnByValue: true,
        })) as { result: { value: Box } };
        return { kind, box: result.value };
      }),
    );
    const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
    const dialog = boxes.find((b) => b.kind === 'dialog')?.box;
    if (!dialog) return ['no dialog'];
    const problems: string[] = [];
    const overflows = (b: Box) => b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight;
    const outside = (b: Box, frame: { left: number; right: number; top: number; bottom: number }) =>
      b.left < frame.left - 0.5 ||
      b.right > frame.right + 0.5 ||
      b.top < frame.top - 0.5 ||
      b.bottom > frame.bottom + 0.5;
    if (outside(dialog, { left: 0, right: viewport.width, top: 0, bottom: viewport.height })) {
      problems.push(`dialog outside the viewport: ${JSON.stringify(dialog)}`);
    }
    if (overflows(dialog)) problems.push('dialog content overflows');
    for (const { kind, box } of boxes) {
      if (kind === 'dialog') continue;
      if (overflows(box)) problems.push(`${kind} "${box.name}" overflows its box`);
      if (outside(box, dialog)) problems.push(`${kind} "${box.name}" is clipped by the dialog`);
    }
    return problems;
  } finally {
    await cdp.detach();
  }
}
