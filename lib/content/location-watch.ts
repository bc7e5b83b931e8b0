/**
 * Single-page apps move to another article without loading a page: this notices the address
 * changing. It reads `location` itself and trusts no event the page could dispatch (WXT's
 * `wxt:locationchange` is a custom event with a guessable name); the Navigation API's
 * `currententrychange` only prompts a look, and without that API it looks once a second. Moves
 * close together are taken as one (MOVE_GAP_MS).
 */
/**
 * Moves closer together than this are taken as one, at the end of the gap: each move reads the whole
 * page again and sends its text to the background, so a page pushing a new path every 50 ms kept the
 * background spotting (status answered in up to 1 s; found by the tenth attack suite). A reader's
 * move is taken at once; only the next one within the gap waits.
 */
export const MOVE_GAP_MS = 1000;

export function watchLocation(onChange: (href: string) => void, signal: AbortSignal): void {
  // A fragment is a place in the page, not another page: a table of contents' link, or a page that
  // rewrites its '#' as the reader scrolls (or in a loop), is no move (each move re-reads the whole page).
  // A route in the fragment ("#/story/2", "#!/story/2") is another page of a hash-routed site.
  const page = () => (/#!?\//.test(location.hash) ? location.href : location.href.replace(/#.*$/s, ''));
  let last = page();
  let lastMove = -Infinity;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const move = () => {
    waiting = undefined;
    lastMove = performance.now();
    onChange(location.href);
  };
  const look = () => {
    if (page() === last) return;
    last = page();
    if (waiting !== undefined) return;
    const wait = lastMove + MOVE_GAP_MS - performance.now();
    if (wait <= 0) move();
    else waiting = setTimeout(move, wait);
  };
  signal.addEventListener('abort', () => clearTimeout(waiting), { once: true });
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof nav?.addEventListener === 'function') {
    nav.addEventListener('currententrychange', (e) => e.isTrusted && look(), { signal });
    // History traversal in older engines and hash changes reach us here too; a look costs nothing.
    window.addEventListener('popstate', (e) => e.isTrusted && look(), { signal });
  } else {
    const id = setInterval(look, 1000);
    signal.addEventListener('abort', () => clearInterval(id), { once: true });
  }
}
