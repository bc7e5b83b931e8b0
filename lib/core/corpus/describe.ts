/** What adding an article did, in the words the popup and the card show. */
import { plural } from '../plural';
import type { AddedArticle } from './types';

export type AddState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; added: AddedArticle } | { kind: 'error'; message: string };

export function describeAdded(a: AddedArticle): string {
  const what = `${plural(a.claims, 'claim')} about ${plural(a.entities, 'known entity', 'known entities')}`;
  const head = `${a.updated ? 'Updated' : 'Added'} “${a.title}” (${a.outlet.name}): ${what}.`;
  const outlet = a.newOutlet ? ` ${a.outlet.name} is new to Parallax and unrated: set its labels under Outlets.` : '';
  const none = a.claims === 0 ? ' It names no known event or figure yet; new names it repeats are offered in My corpus.' : '';
  return head + outlet + none;
}

/**
 * The status line under "Add this article": what was added, the error, "Reading the article…" while
 * busy, and otherwise `idle` (the card shows nothing, the popup says what adding does).
 */
export function addStatusText(adding: AddState, idle: string): string {
  if (adding.kind === 'done') return describeAdded(adding.added);
  if (adding.kind === 'error') return adding.message;
  if (adding.kind === 'busy') return 'Reading the article…';
  return idle;
}
