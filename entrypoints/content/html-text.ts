/**
 * What a rich paste carries beyond its plain text: link targets, image sources, titles and text
 * the page hid with styles. An editor that takes the paste's HTML takes all of it, so the guard
 * scans it too.
 */

/** Attributes that never hold a credential, and only cost scanning. */
const SKIPPED_ATTRIBUTES = new Set(['class', 'style', 'id', 'dir', 'lang', 'role', 'tabindex']);
/** Beyond this, the markup is scanned as it is: parsing it would cost more than the scan does. */
const PARSE_LIMIT = 1_000_000;

/** Text nodes and attribute values, each set apart by a space or a line so no two run together. */
export function htmlScanText(html: string): string {
  if (html.length > PARSE_LIMIT) return html;
  // Parsed in an inert document: nothing in it loads or runs.
  const document = new DOMParser().parseFromString(html, 'text/html');
  const body = document.body;
  const texts: string[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    texts.push(node.nodeValue ?? '');
  const parts = [texts.join(' ')];
  for (const element of Array.from(body.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (!SKIPPED_ATTRIBUTES.has(attribute.name)) parts.push(attribute.value);
    }
  }
  return parts.join('\n');
}

/** Whether a field takes a paste's HTML: rich editors do, text controls and plain-text ones not. */
export function takesHtml(field: Element | undefined): boolean {
  if (!field) return true;
  return (
    field instanceof HTMLElement &&
    field.isContentEditable &&
    field.contentEditable !== 'plaintext-only'
  );
}
