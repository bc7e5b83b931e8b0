/** The known entities a selection names: the evidence saved with it (Alt+Shift+S, the context menu's Save). */
import { rangesOverlap } from './offsets';
import type { PageMention } from './scan';

/** The ids of the entities of `mentions` the page's selection overlaps, each once; none when nothing is selected. */
export function entitiesInSelection(mentions: readonly PageMention[]): string[] {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return [];
  const range = sel.getRangeAt(0);
  return [...new Set(mentions.filter((m) => rangesOverlap(range, m.range)).map((m) => m.entityId))];
}
