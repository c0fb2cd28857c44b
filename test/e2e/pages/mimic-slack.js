// Slack's sending rules: Enter sends, Shift+Enter breaks the line, the send button sends.
const editor = document.querySelector('[data-qa="message_input"] .ql-editor');
const send = () => {
  const text = editor.innerText.trim();
  if (!text) return;
  const item = document.createElement('li');
  item.textContent = text;
  document.getElementById('sent').append(item);
  editor.textContent = '';
};
editor.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.shiftKey) return;
  event.preventDefault();
  send();
});
document.querySelector('[data-qa="texty_send_button"]').addEventListener('click', send);
