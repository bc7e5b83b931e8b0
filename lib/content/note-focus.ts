/**
 * Who moved the focus out of the note frame. The frame says when it loses the focus other than by
 * the reader's Tab (entrypoints/note); this tells whether the reader did it, by pressing somewhere
 * else on the page, or the page did: by taking the focus with no press of the reader's, or by a
 * field of its own laid over the panel, where the reader pressed meaning to type in the note.
 */
export type FocusLeft = 'reader' | 'taken' | 'covered';

/** A press older than this when the frame reports the focus gone was not what moved it. */
const PRESS_MS = 1000;

/**
 * `panelBox`: where the panel is on screen (null when closed); `isPanel`: the panel's host, which a
 * press inside the panel lands on (for anything in its closed root); `panelHoldsFocus`: whether a
 * control inside the panel's closed root has the focus.
 */
export function watchNoteFocus(panelBox: () => DOMRect | null, isPanel: (el: Element) => boolean, panelHoldsFocus: () => boolean) {
  const ours = (t: EventTarget | null) => t instanceof Element && isPanel(t);
  let press: { at: number; onPanel: boolean; onOurs: boolean } | undefined;
  const onPointerDown = (e: PointerEvent) => {
    if (!e.isTrusted) return;
    const box = panelBox();
    const onPanel = !!box && e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
    press = { at: performance.now(), onPanel, onOurs: ours(e.target) };
  };
  window.addEventListener('pointerdown', onPointerDown, true);
  return {
    /** Called as the frame reports the focus gone. */
    verdict(): FocusLeft {
      const recent = press && performance.now() - press.at <= PRESS_MS ? press : undefined;
      press = undefined;
      // Gone to another window or tab: not the page's doing.
      if (!document.hasFocus()) return 'reader';
      // To the panel: the reader's, if they pressed it or the focus is on a control inside it; not its
      // host, or another element of ours, that the page gave a tabIndex and focused to hear the keys.
      if (ours(document.activeElement) && (recent || panelHoldsFocus())) return 'reader';
      if (!recent) return 'taken';
      if (recent.onPanel && !recent.onOurs) return 'covered';
      return 'reader';
    },
    stop: () => window.removeEventListener('pointerdown', onPointerDown, true),
  };
}
