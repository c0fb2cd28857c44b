/**
 * The in-page warning imports the whole design-token sheet (assets/design/tokens.css) so it has
 * one source of colours and sizes, but it reads only some of the tokens, and every byte of it
 * ships in the content script. This Vite plugin drops, from `?inline` style sheets, the custom
 * properties that the sheet declares and never reads with var().
 */
import type { Plugin } from 'vite';

/** `css` without the declarations of custom properties that no var() in it reads. */
export function pruneCustomProperties(css: string): string {
  const read = new Set(Array.from(css.matchAll(/var\(\s*(--[\w-]+)/g), (match) => match[1]));
  // A declaration ends at `;` or at the `}` that closes its block (kept). Token values here hold
  // no `;`, braces or strings, so the value is everything up to that.
  return css.replace(/(--[\w-]+)\s*:[^;{}]*(?:;|(?=\}))/g, (declaration, name: string) =>
    read.has(name) ? declaration : '',
  );
}

/** Applies `pruneCustomProperties` to every `*.css?inline` module of the build. */
export function pruneInlineCssTokens(): Plugin {
  return {
    name: 'keywarden:prune-inline-css-tokens',
    enforce: 'post',
    transform(code, id) {
      // Vite's CSS plugin has turned the sheet into `export default "<minified css>"`.
      if (!/\.css\?inline$/.test(id)) return null;
      const match = /^export default ("(?:[^"\\]|\\.)*")$/.exec(code);
      if (!match?.[1]) return null;
      const css = JSON.parse(match[1]) as string;
      return { code: `export default ${JSON.stringify(pruneCustomProperties(css))}`, map: null };
    },
  };
}
