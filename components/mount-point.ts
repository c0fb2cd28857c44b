/** The element each extension page renders its Preact tree into. */
export function mountPoint(): HTMLElement {
  const element = document.getElementById('app');
  if (!element) throw new Error('The page has no #app element');
  return element;
}
