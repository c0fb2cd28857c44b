// What was sent, one line each: a chat sent by its button's click handler, a form by its submit.
function record(text) {
  const item = document.createElement('li');
  item.textContent = text;
  document.getElementById('sent').append(item);
}
const chat = document.getElementById('chat');
document.getElementById('send').addEventListener('click', () => {
  record(chat.value);
  chat.value = '';
});
document.getElementById('mail').addEventListener('submit', (event) => {
  event.preventDefault();
  const body = document.getElementById('body');
  record(`mail: ${body.value}`);
  body.value = '';
});
