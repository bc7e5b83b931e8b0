/**
 * Events the reader makes, heard before any script of the page's can stop them: listeners on the window,
 * in its capture phase, added as the page starts (entrypoints/wake.content.ts, at document_start). A page
 * whose own window listeners stopped every key and click while a card was open kept the reader from
 * closing it — Escape, a click elsewhere, the card's × (seventeenth attack suite). What is heard is handed to the
 * content script, which registers for it later: the content scripts of one extension share one world in
 * a page, and the page cannot see into it (as ./selection-at-release.ts shares its notes).
 */

type Handler = (event: Event) => void;
const KEY = Symbol.for('parallax.firstHearing');
type WithHandlers = typeof globalThis & { [KEY]?: Map<string, Set<Handler>> };

const handlers = (): Map<string, Set<Handler>> => {
  const g = globalThis as WithHandlers;
  g[KEY] ??= new Map();
  return g[KEY];
};

/** Starts hearing `types` on the window, first (call as the page starts). Events the page made up are dropped. */
export function hearFirst(types: readonly string[]): void {
  for (const type of types)
    window.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        for (const handler of handlers().get(type) ?? []) handler(event);
      },
      { capture: true },
    );
}

/** Runs `handler` on each `type` event heard first, until `signal` aborts. */
export function onFirstHearing(type: string, handler: Handler, signal: AbortSignal): void {
  const all = handlers();
  const set = all.get(type) ?? new Set();
  all.set(type, set);
  set.add(handler);
  signal.addEventListener('abort', () => set.delete(handler), { once: true });
}
