// Gmail's sending rules: Ctrl/Cmd+Enter anywhere in the compose window sends, a plain Enter is a
// newline in the body, and the Send "button" (a div) acts like a Closure goog.ui.Button: mousedown
// makes it active, mouseup on it while active sends (the click comes too late to stop anything);
// from the keyboard, Enter on the focused button sends on keydown and Space on keyup
// (goog.ui.Button#handleKeyEventInternal).
const compose = document.querySelector('[role="dialog"]');
const body = compose.querySelector('div[aria-label="Message Body"]');
const send = () => {
  const text = body.innerText.trim();
  if (!text) return;
  const item = document.createElement('li');
  item.textContent = text;
  document.getElementById('sent').append(item);
  body.textContent = '';
};
compose.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  send();
});
const button = compose.querySelector('[data-tooltip^="Send"]');
let active = false;
button.addEventListener('mousedown', () => (active = true));
button.addEventListener('mouseup', () => {
  if (active) send();
  active = false;
});
button.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') send();
});
button.addEventListener('keyup', (event) => {
  if (event.key === ' ') send();
});
