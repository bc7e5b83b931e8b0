/**
 * Run in a page (page.evaluate(stopAllEvents, true)): listeners of the page's own, on the window in its
 * capture phase, that stop every key, press and click from going further — a page keeping the reader from
 * closing a card (seventeenth attack suite). `false` takes them off again.
 */
export function stopAllEvents(on: boolean): void {
  const w = window as unknown as { stopAll?: (e: Event) => void };
  w.stopAll ??= (e: Event) => {
    e.stopImmediatePropagation();
    e.stopPropagation();
  };
  for (const type of ['keydown', 'keyup', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'])
    if (on) window.addEventListener(type, w.stopAll, true);
    else window.removeEventListener(type, w.stopAll, true);
}
