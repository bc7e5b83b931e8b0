/**
 * Which of a page's changes spotting reads again, from a MutationObserver's records: the added
 * nodes and edited text themselves (never their parents), elements whose own `hidden` or
 * `contenteditable` now shows or hides their text, and whether anything was removed or the page put
 * a new <body> in place of its own. What the page changes in form fields, editors, hidden content and
 * our own elements is not read (hidden content is, once shown).
 */
import { SKIP_ATTRIBUTES, skippedFor } from '../core/spot/dom-text';

/** Subtrees whose changes are never read (form fields, editors, hidden content: read when it is shown). */
const SKIP_SELECTOR = 'script, style, textarea, [contenteditable]:not([contenteditable="false"]), [hidden]';

/**
 * What is watched in the page's body: its nodes and their text, all the way down, and the few
 * attributes that show or hide text without adding any (a "Continue reading" button removing
 * `hidden`, an editor ending). Only those: a page changes `class` and `style` all the time, and
 * they decide nothing the walker reads (dom-text.ts).
 */
export const BODY_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: SKIP_ATTRIBUTES,
  attributeOldValue: true,
};

export interface PageChanges {
  /** Nodes to read again, with what they hold. */
  read: Node[];
  /** Something was removed: mentions in it are to be dropped. */
  removed: boolean;
  /** The page replaced its <body>: all of it is to be read again. */
  newBody: boolean;
}

/**
 * Whether an attribute change shows or hides the element's text (a class of its own flipping, or
 * `hidden` set again to what it was, changes nothing).
 */
function shownOrHidden(r: MutationRecord): boolean {
  const name = r.attributeName ?? '';
  return skippedFor(name, r.oldValue) !== skippedFor(name, (r.target as Element).getAttribute(name));
}

/** The changes in `records` that spotting reads again; `skip`: our own elements. */
export function pageChanges(records: MutationRecord[], doc: Document, skip: (el: Element) => boolean): PageChanges {
  const changes: PageChanges = { read: [], removed: false, newBody: false };
  /** Whether changes in `el` are never read: our own elements, and what SKIP_SELECTOR holds. */
  const unread = (el: Node | null) => el instanceof Element && (skip(el) || el.closest(SKIP_SELECTOR) !== null);
  for (const r of records) {
    if (r.target === doc.documentElement) {
      if ([...r.addedNodes].includes(doc.body)) changes.newBody = true;
      continue;
    }
    // A body the page has replaced, still changing in the same batch: no longer the page's text.
    if (!r.target.isConnected) continue;
    if (r.type === 'attributes') {
      // The element itself may have just become hidden or editable: only where it is counts here.
      const el = r.target as Element;
      if (shownOrHidden(r) && !skip(el) && !unread(el.parentElement)) changes.read.push(el);
      continue;
    }
    if (unread(r.type === 'characterData' ? r.target.parentElement : r.target)) continue;
    if (r.type === 'characterData') changes.read.push(r.target);
    changes.read.push(...r.addedNodes);
    if (r.removedNodes.length > 0) changes.removed = true;
  }
  return changes;
}
