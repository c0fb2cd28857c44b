/**
 * Styles for the in-page warning, injected into its shadow root as text (no fetch on the paste
 * path). Sizes are in px so a page's root font size cannot distort the dialog.
 */
export const SECRET_WARNING_CSS = `
:host { all: initial; }
.kw-layer { position: fixed; z-index: 2147483647; inset: 0; pointer-events: none; }
.kw-dialog {
  pointer-events: auto; position: fixed; box-sizing: border-box; width: 380px; max-width: calc(100vw - 16px);
  padding: 16px; border-radius: 8px; border: 1px solid #c7ccd4; background: #ffffff; color: #1b1f24;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28); font: 14px/20px system-ui, -apple-system, "Segoe UI", sans-serif;
}
.kw-dialog:focus { outline: none; }
.kw-title { margin: 0 0 8px; font-size: 15px; line-height: 20px; font-weight: 600; }
.kw-findings { margin: 0 0 8px; padding: 0 0 0 18px; }
.kw-findings li { margin: 2px 0; }
.kw-preview { font: 12px/18px ui-monospace, SFMono-Regular, Menlo, monospace; background: #eef1f4; padding: 1px 4px; border-radius: 4px; }
.kw-hint { margin: 0 0 12px; color: #4a525c; }
.kw-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.kw-actions button {
  font: 14px/20px system-ui, sans-serif; padding: 6px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #c7ccd4; background: #f6f8fa; color: #1b1f24;
}
.kw-actions button.kw-primary { background: #1f6feb; border-color: #1f6feb; color: #ffffff; font-weight: 600; }
.kw-actions button:disabled { opacity: 0.6; cursor: progress; }
.kw-actions button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.kw-notice {
  pointer-events: auto; position: fixed; box-sizing: border-box; max-width: 380px; padding: 10px 14px;
  border-radius: 8px; background: #fff8c5; color: #3b2300; border: 1px solid #d4a72c;
  font: 13px/18px system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.2);
}
.kw-notice a { color: inherit; }
@media (prefers-color-scheme: dark) {
  .kw-dialog { background: #22272e; color: #e6edf3; border-color: #444c56; }
  .kw-preview { background: #2d333b; }
  .kw-hint { color: #adbac7; }
  .kw-actions button { background: #2d333b; color: #e6edf3; border-color: #444c56; }
  .kw-notice { background: #3b2e00; color: #fff3c4; border-color: #9e6a03; }
}
`;
