// An about:blank frame written with document.open(), write() and close(), as CKEditor 4 and
// older TinyMCE write their editing frame: that takes every listener off its window and document.
const frame = document.createElement('iframe');
frame.title = 'Written frame';
document.body.append(frame);
const doc = frame.contentDocument;
doc.open();
doc.write(
  '<!doctype html><html><body><textarea id="field" aria-label="Field"></textarea></body></html>',
);
doc.close();
