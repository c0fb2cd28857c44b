/**
 * Runs in an extension page: elements whose content is wider than their box (fields excepted: a
 * long value scrolls inside them by design), and buttons that reach past the window's edge.
 */
export function overflowing(): string[] {
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
  const found: string[] = [];
  if (document.documentElement.scrollWidth > innerWidth) {
    found.push(`page ${document.documentElement.scrollWidth} > ${innerWidth}`);
  }
  for (const element of document.querySelectorAll('body *')) {
    if (element.matches('input, textarea, select, option')) continue;
    if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
      found.push(`${name(element)} ${element.scrollWidth} > ${element.clientWidth}`);
    }
    if (element.tagName === 'BUTTON') {
      const box = element.getBoundingClientRect();
      if (box.left < 0 || box.right > innerWidth) found.push(`${name(element)} past the edge`);
    }
  }
  return found;
}
