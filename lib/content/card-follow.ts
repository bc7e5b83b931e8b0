/**
 * Where an open card points once the page has replaced the text it was opened at (a live blog that
 * renders its list anew every few seconds): at the same name where it stands now, or nowhere, and
 * the card closes. Left as it was, the card would jump to the page's corner, pointing at nothing.
 */
import type { PageMention } from './scan';

/** Whether a mention's text is gone from the page: its Range collapsed, or its text node removed. */
export const isLost = (range: Range): boolean => range.collapsed || !range.startContainer.isConnected;

/**
 * 'kept' when the card's mention is still on the page; else the same name written the same way where
 * it is now, in the same sentence if it is there (a live blog naming Peskov in ten entries: the one
 * the reader opened), else the first; undefined when there is none.
 */
export function followMention(open: PageMention, mentions: readonly PageMention[]): PageMention | 'kept' | undefined {
  if (!isLost(open.range)) return 'kept';
  const same = mentions.filter((m) => m.entityId === open.entityId && m.text === open.text && !isLost(m.range));
  return same.find((m) => m.sentence === open.sentence) ?? same[0];
}
