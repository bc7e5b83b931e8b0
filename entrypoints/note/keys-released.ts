/**
 * Runs a callback once no key is held down in this document. The panel hands the focus back to the
 * page as soon as the note frame says it is done; a key still held then (the Enter that submitted,
 * the Escape that cancelled) would be released on the page, and the page would hear that keyup.
 */
const held = new Set<string>();
let waiting: (() => void) | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  if (!waiting || held.size > 0) return;
  const run = waiting;
  waiting = undefined;
  clearTimeout(timer);
  run();
}

window.addEventListener('keydown', (e) => void held.add(e.code), true);
window.addEventListener(
  'keyup',
  (e) => {
    held.delete(e.code);
    // After this keyup is handled: the frame is taken down once it says it is done, and a frame
    // removed while the browser waits for it to take a key in has left that key's delivery hanging
    // (seen in the e2e suite as a keyboard that never answered again).
    setTimeout(flush, 0);
  },
  true,
);
// A key pressed here but released elsewhere never comes back up here.
window.addEventListener('blur', () => {
  held.clear();
  flush();
});

/** Runs `fn` now if no key is down, else once the last one is released (or after a second at most). */
export function whenKeysReleased(fn: () => void): void {
  waiting = fn;
  clearTimeout(timer);
  timer = setTimeout(() => {
    held.clear();
    flush();
  }, 1000);
  flush();
}
