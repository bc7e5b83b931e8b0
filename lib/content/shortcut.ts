/**
 * The page's keyboard shortcuts (Alt+Shift+M / N: the next or previous mention's card; Alt+Shift+S:
 * save the selection), read from a key press only when it is one. Not while the reader types: in a
 * text field or an editor the same keys write letters (Option+Shift+M is "Â" on a Mac keyboard), and
 * with Ctrl held (AltGr is Ctrl+Alt on Windows) they write a language's letters ("Ś" on a Polish one).
 */

export type Shortcut = 'next' | 'previous' | 'save';

const BY_CODE: Record<string, Shortcut> = { KeyM: 'next', KeyN: 'previous', KeyS: 'save' };

/** An element that takes typed text: a field, a text area, a select, an editor. */
function takesText(target: EventTarget | undefined): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !/^(button|submit|reset|checkbox|radio|range|color|file|image)$/i.test(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/** An element's shadow root, a closed one too: the extension may see those (Firefox's openOrClosedShadowRoot, Chrome's chrome.dom). */
function shadowOf(el: Element): ShadowRoot | null {
  const own = (el as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
  if (typeof own === 'function') return own.call(el) ?? null;
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
  if (el instanceof HTMLElement && typeof dom?.openOrClosedShadowRoot === 'function') return dom.openOrClosedShadowRoot(el) ?? null;
  return el.shadowRoot;
}

/**
 * The element typed into. The event's first target, but inside a page's closed shadow root that is
 * its host (the root hides its inside from the document's listeners): the field focused within it.
 */
function typedInto(e: KeyboardEvent): EventTarget | undefined {
  let target = e.composedPath()[0];
  for (let depth = 0; depth < 16 && target instanceof Element; depth++) {
    const inside = shadowOf(target)?.activeElement;
    if (!inside || inside === target) break;
    target = inside;
  }
  return target;
}

export function shortcutOf(e: KeyboardEvent): Shortcut | undefined {
  // (Not "AltGraph" itself: Firefox on a Mac reports it whenever Option is held.)
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.isComposing) return undefined;
  const shortcut = BY_CODE[e.code];
  // The element typed into, inside a page's shadow root too, a closed one included.
  return shortcut && !takesText(typedInto(e)) ? shortcut : undefined;
}
