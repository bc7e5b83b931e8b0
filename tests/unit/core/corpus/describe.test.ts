/**
 * describeAdded (lib/core/corpus/describe.ts): what adding an article did, in words: counts in singular or
 * plural, added or updated, a new outlet, and no claims; addStatusText, the status line under "Add
 * this article"; and plural (lib/plural.ts), the counted nouns they use.
 */
import { describe, expect, it } from 'vitest';
import { addStatusText, describeAdded } from '../../../../lib/core/corpus/describe';
import type { AddedArticle } from '../../../../lib/core/corpus/types';
import { plural } from '../../../../lib/core/plural';

const added = (change: Partial<AddedArticle> = {}): AddedArticle => ({
  articleId: 'user-x',
  title: 'Plane down',
  outlet: { id: 'afp', name: 'Agence France-Presse' },
  newOutlet: false,
  updated: false,
  claims: 1,
  entities: 1,
  ...change,
});

describe('describeAdded', () => {
  it('says one claim and one entity in the singular', () => {
    expect(describeAdded(added())).toBe('Added “Plane down” (Agence France-Presse): 1 claim about 1 known entity.');
  });

  it('says several in the plural', () => {
    expect(describeAdded(added({ claims: 5, entities: 4 }))).toBe('Added “Plane down” (Agence France-Presse): 5 claims about 4 known entities.');
  });

  it('says "Updated" for a page added before', () => {
    expect(describeAdded(added({ updated: true, claims: 2, entities: 1 }))).toBe(
      'Updated “Plane down” (Agence France-Presse): 2 claims about 1 known entity.',
    );
  });

  it('says a new outlet is unrated and where to label it', () => {
    const text = describeAdded(
      added({ outlet: { id: 'user-harbourherald-example', name: 'Harbour Herald' }, newOutlet: true, claims: 5, entities: 4 }),
    );
    expect(text).toBe(
      'Added “Plane down” (Harbour Herald): 5 claims about 4 known entities. Harbour Herald is new to Parallax and unrated: set its labels under Outlets.',
    );
  });

  it('says an article with no claims names nothing known yet', () => {
    const text = describeAdded(added({ claims: 0, entities: 0 }));
    expect(text).toBe(
      'Added “Plane down” (Agence France-Presse): 0 claims about 0 known entities. It names no known event or figure yet; new names it repeats are offered in My corpus.',
    );
  });
});

describe('addStatusText', () => {
  const POPUP_IDLE = 'Adds it to your corpus, so its claims join the comparison on other pages.';

  it('shows the idle text given: the popup explains, the card says nothing', () => {
    expect(addStatusText({ kind: 'idle' }, POPUP_IDLE)).toBe(POPUP_IDLE);
    expect(addStatusText({ kind: 'idle' }, '')).toBe('');
  });

  it('says it is reading while busy, the error when it failed, and what was added when done', () => {
    expect(addStatusText({ kind: 'busy' }, POPUP_IDLE)).toBe('Reading the article…');
    expect(addStatusText({ kind: 'error', message: 'This page has no article text.' }, '')).toBe('This page has no article text.');
    expect(addStatusText({ kind: 'done', added: added() }, POPUP_IDLE)).toBe(
      'Added “Plane down” (Agence France-Presse): 1 claim about 1 known entity.',
    );
  });
});

describe('plural', () => {
  it('puts the noun in the singular for exactly one, with an s otherwise, or the plural given', () => {
    expect([0, 1, 2].map((n) => plural(n, 'claim'))).toEqual(['0 claims', '1 claim', '2 claims']);
    expect([1, 3].map((n) => plural(n, 'event or figure', 'events and figures'))).toEqual(['1 event or figure', '3 events and figures']);
  });
});
