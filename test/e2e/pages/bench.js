// Times each paste from the Control+V key press to the moment it was decided: the page's own
// paste listener running (a clean paste let through) or the guard's warning going into the page
// (the paste held); for a warning, also to the end of the frame that drew the dialog. A clean
// paste also gives the moment its paste event was made, after the browser's own key handling.
const state = { start: 0, results: [], longTasks: 0, longestTask: 0, onPaste: 'prevent' };
window.benchState = state;
window.addEventListener(
  'keydown',
  (event) => {
    if (event.key.toLowerCase() === 'v' && (event.ctrlKey || event.metaKey)) {
      state.start = performance.now();
    }
  },
  true,
);
document.addEventListener('paste', (event) => {
  // Keeps the field empty between runs, the decision being made. To time what a page itself costs,
  // `onPaste` can instead let the browser insert the paste, or read it as an editor would.
  if (state.onPaste === 'read') event.clipboardData.getData('text/plain');
  if (state.onPaste !== 'native') event.preventDefault();
  const ms = performance.now() - state.start;
  state.results.push({ outcome: 'clean', ms, pasteEventMs: event.timeStamp - state.start });
});
// A paste too large to decide inside its event is held, scanned, then inserted by the guard.
document.addEventListener('input', () => {
  if (state.results.length === 0) {
    state.results.push({ outcome: 'inserted', ms: performance.now() - state.start });
  }
});
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeName === 'DIV') {
        const result = { outcome: 'warned', ms: performance.now() - state.start };
        state.results.push(result);
        // The guard draws the dialog in the next animation frame, whose callbacks run before
        // this one; the message after it arrives once that frame is done.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (result.drawnMs = performance.now() - state.start);
          channel.port2.postMessage(null);
        });
      }
    }
  }
}).observe(document.documentElement, { childList: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    state.longTasks++;
    state.longestTask = Math.max(state.longestTask, entry.duration);
  }
}).observe({ type: 'longtask' });
