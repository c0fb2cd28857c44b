// A custom element with a closed shadow root around its textarea (the way design-system
// components hide their internals); `window.composerField` is the page's own handle to it.
customElements.define(
  'closed-composer',
  class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      const field = document.createElement('textarea');
      field.setAttribute('aria-label', 'Component message');
      field.rows = 3;
      root.append(field);
      window.composerField = field;
    }
  },
);

// A terminal- or canvas-style widget: the page takes pastes from its own document-wide handler
// while the widget has the focus (browsers aim the event at different nodes when no field has
// the focus) and shows the text.
const zone = document.getElementById('paste-zone');
document.addEventListener('paste', (event) => {
  if (document.activeElement !== zone) return;
  event.preventDefault();
  const item = document.createElement('li');
  item.textContent = event.clipboardData.getData('text/plain');
  document.getElementById('received').append(item);
});
