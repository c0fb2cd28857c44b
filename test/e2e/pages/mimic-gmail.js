// Gmail's sending rules: Ctrl/Cmd+Enter anywhere in the compose window sends, a plain Enter is a
// newline in the body, and the Send "button" (a div) sends when clicked.
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
compose.querySelector('[data-tooltip^="Send"]').addEventListener('click', send);
