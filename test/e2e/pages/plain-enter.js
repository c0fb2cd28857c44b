// The Mattermost / Rocket.Chat shape: Enter (without Shift) sends what was typed and clears the
// field; nothing in the markup says so.
const chat = document.getElementById('chat');
chat.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.shiftKey) return;
  event.preventDefault();
  const item = document.createElement('li');
  item.textContent = chat.value;
  document.getElementById('sent').append(item);
  chat.value = '';
});
