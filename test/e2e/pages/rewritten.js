// Documents written with document.open(), write() and close(), which takes every listener off
// their window and document: `?write=frame` an about:blank frame, as CKEditor 4 and older TinyMCE
// write their editing frame; `?write=page` this page itself, once loaded.
const FIELD =
  '<!doctype html><html><body><textarea id="field" aria-label="Field"></textarea></body></html>';
const write = (doc) => {
  doc.open();
  doc.write(FIELD);
  doc.close();
};
if (location.search.includes('write=frame')) {
  const frame = document.createElement('iframe');
  frame.title = 'Written frame';
  document.body.append(frame);
  write(frame.contentDocument);
} else {
  addEventListener('load', () => setTimeout(() => write(document), 0));
}
