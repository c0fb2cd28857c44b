/**
 * A page's HTML is written in English, for the build and for the moment before the script runs:
 * its language, title and fixed texts (by CSS selector) follow the catalogue the browser picked.
 */
export function localisePage(lang: string, title: string, texts: Record<string, string> = {}) {
  // Chrome's @@ui_locale can name the browser's locale rather than the catalogue it chose (en_US
  // in a German headless Chromium): extension pages pass the catalogue's own `lang`.
  document.documentElement.lang = lang.replace('_', '-');
  document.title = title;
  for (const [selector, text] of Object.entries(texts)) {
    const element = document.querySelector(selector);
    if (element) element.textContent = text;
  }
}
