// A page that fights the warning once it shows; the hash picks how. `window.attacks` counts what
// it did, and `window.relent()` stops it.
const attack = location.hash.slice(1);
document.documentElement.className = attack;
window.attacks = 0;
let fighting = true;
window.relent = () => (fighting = false);

const host = () => document.querySelector(':root > div');
/** Acts on the warning each time it is added or touched, up to `times` times. */
function onWarning(act, times = Infinity) {
  const observer = new MutationObserver(() => {
    const found = host();
    if (!found || !fighting || window.attacks >= times) return;
    window.attacks++;
    act(found);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
}

const attacks = {
  // A framework that removes nodes it did not render, a few times over.
  remove: () => onWarning((found) => found.remove(), 3),
  // A page that removes it every time, until it relents.
  'remove-always': () => onWarning((found) => found.remove()),
  move: () => onWarning((found) => document.getElementById('jail').append(found), 3),
  tamper: () =>
    onWarning((found) => {
      found.style.setProperty('opacity', '0', 'important');
      found.setAttribute('inert', '');
      found.hidden = true;
      // A popover never shown is not drawn.
      found.setAttribute('popover', 'manual');
    }, 3),
  cover: () => {
    // Popovers other than its own may not open, nor its own close.
    addEventListener(
      'beforetoggle',
      (event) =>
        (event.target.id === 'decoy') === (event.newState === 'closed') && event.preventDefault(),
      true,
    );
    onWarning(() => {
      setTimeout(() => {
        document.getElementById('decoy').showPopover();
        window.decoyShown = true;
      }, 100);
    }, 1);
  },
};
attacks[attack]?.();
