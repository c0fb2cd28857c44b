/**
 * Styles shared by the popup and the options page. Colours come from the system palette and
 * `light-dark()`, so both pages follow the browser's light or dark theme.
 */
export const PAGE_CSS = `
:root { color-scheme: light dark; }
body { margin: 0; background: Canvas; color: CanvasText; }
h2 { font-size: 15px; margin: 16px 0 6px; }
section { margin-bottom: 12px; }
label { display: block; margin: 6px 0 2px; }
label.inline { display: inline-flex; gap: 6px; align-items: center; margin-right: 12px; }
input, select, textarea, button { font: inherit; }
input[type='text'], input[type='url'], input[type='password'], input[type='number'], select, textarea {
  box-sizing: border-box; max-width: 100%; padding: 4px 6px;
}
input.wide, textarea.wide { width: 100%; }
button { padding: 4px 10px; cursor: pointer; }
button[aria-pressed='true'] { font-weight: 700; outline: 2px solid light-dark(#1a4fb5, #8fb4ff); }
:focus-visible { outline: 3px solid light-dark(#1a4fb5, #8fb4ff); outline-offset: 2px; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.note { color: light-dark(#4a4a4a, #c8c8c8); font-size: 13px; }
.error { color: light-dark(#a30000, #ff9b9b); }
.ok { color: light-dark(#116611, #8fe08f); }
.locked { color: light-dark(#6a4b00, #f0d27a); font-size: 13px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid light-dark(#ccc, #555); }
mark { background: light-dark(#ffe27a, #7a5d00); color: inherit; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain li { padding: 4px 0; border-bottom: 1px solid light-dark(#ddd, #444); }
`;
