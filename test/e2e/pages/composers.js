// A chat composer in the style of Slack or Discord: Enter sends what was typed, Shift+Enter
// breaks the line. Also counts the paste events the page itself receives.
const chat = document.getElementById('chat');
chat.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.shiftKey) return;
  event.preventDefault();
  const item = document.createElement('li');
  item.textContent = chat.innerText;
  document.getElementById('sent').append(item);
  chat.textContent = '';
});
const pastes = document.getElementById('pastes');
document.addEventListener('paste', () => {
  pastes.textContent = String(Number(pastes.textContent) + 1);
});

// A draggable snippet whose text the test sets, for dropping into a field.
document.getElementById('drag-source').addEventListener('dragstart', (event) => {
  event.dataTransfer.setData('text/plain', event.target.dataset.text ?? '');
});
