/** axe's serious and critical findings on a page, one line each; the specs expect none. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** `include` narrows the check to one element, e.g. the warning's host. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
