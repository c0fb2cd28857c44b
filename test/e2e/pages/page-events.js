// Everything a page script can send towards an extension's content script: the event WXT's
// ContentScriptContext took as "a newer copy started, stop" (for the extension ids given in the
// query), and a flood of plausible window messages and custom events, before and during a paste.
const ids = new URLSearchParams(location.search).getAll('id');
const names = ['content', 'keywarden', 'guard', 'content-script'];
const counter = document.getElementById('attacks');

function attack() {
  const messageId = Math.random().toString(36).slice(2);
  const types = ['wxt:content-script-started', 'keywarden:stop', 'keywarden:guard-started'];
  for (const id of ids) {
    for (const entry of ['content', 'content-scripts/content']) {
      types.push(`${id}:${entry}:wxt:content-script-started`);
    }
  }
  for (const type of types) {
    for (const contentScriptName of names) {
      const detail = { contentScriptName, messageId };
      document.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, contentScriptName, messageId }, '*');
    }
  }
  for (const action of ['stop', 'invalidate', 'disable', 'off']) {
    window.postMessage({ source: 'keywarden', action, mode: 'off' }, '*');
  }
  counter.textContent = String(Number(counter.textContent) + 1);
}

attack();
document.addEventListener('DOMContentLoaded', attack);
setInterval(attack, 25);
