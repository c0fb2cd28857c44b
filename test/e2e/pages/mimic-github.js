// GitHub's sending rules: Ctrl/Cmd+Enter in a comment box submits it, a plain Enter is a newline,
// and the Comment button submits (the classic one through its form).
const record = (field) => {
  const text = field.value.trim();
  if (!text) return;
  const item = document.createElement('li');
  item.textContent = text;
  document.getElementById('sent').append(item);
  field.value = '';
};
const classic = document.getElementById('classic');
const classicField = classic.querySelector('textarea');
classic.addEventListener('submit', (event) => {
  event.preventDefault();
  record(classicField);
});
const react = document.getElementById('react');
const reactField = react.querySelector('textarea');
react.querySelector('button').addEventListener('click', () => record(reactField));
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  if (event.target === classicField) {
    event.preventDefault();
    classic.requestSubmit();
  } else if (event.target === reactField) {
    event.preventDefault();
    record(reactField);
  }
});
