/**
 * A page's HTML is written in English, for the build and for the moment before the script runs:
 * its language, title and fixed texts (by CSS selector) follow the catalogue the browser picked.
 */
export function localisePage(locale: string, title: string, texts: Record<string, string> = {}) {
  document.documentElement.lang = locale.replace('_', '-');
  document.title = title;
  for (const [selector, text] of Object.entries(texts)) {
    const element = document.querySelector(selector);
    if (element) element.textContent = text;
  }
}
