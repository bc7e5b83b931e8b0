/**
 * The page's keyboard shortcuts (Alt+Shift+M / N: the next or previous mention's card; Alt+Shift+S:
 * save the selection), read from a key press only when it is one. Not while the reader types: in a
 * text field or an editor the same keys write letters (Option+Shift+M is "Â" on a Mac keyboard), and
 * with Ctrl or AltGr held (Ctrl+Alt on Windows) they write a language's letters ("Ś" on a Polish one).
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

export function shortcutOf(e: KeyboardEvent): Shortcut | undefined {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.isComposing || e.getModifierState?.('AltGraph')) return undefined;
  const shortcut = BY_CODE[e.code];
  // The element typed into, inside a page's shadow root too (the event is retargeted to its host).
  return shortcut && !takesText(e.composedPath()[0]) ? shortcut : undefined;
}
