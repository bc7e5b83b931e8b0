/** What adding an article did, in the words the popup and the card show. */
import type { AddedArticle } from './types';

export type AddState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; added: AddedArticle } | { kind: 'error'; message: string };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeAdded(a: AddedArticle): string {
  const what = `${count(a.claims, 'claim', 'claims')} about ${count(a.entities, 'known entity', 'known entities')}`;
  const head = `${a.updated ? 'Updated' : 'Added'} “${a.title}” (${a.outlet.name}): ${what}.`;
  const outlet = a.newOutlet ? ` ${a.outlet.name} is new to Parallax and unrated: set its labels under Outlets.` : '';
  const none = a.claims === 0 ? ' It names no known event or figure yet; new names it repeats are offered in My corpus.' : '';
  return head + outlet + none;
}
