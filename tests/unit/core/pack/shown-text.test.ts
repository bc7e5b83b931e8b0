/**
 * Names shown as written carry no mark that reorders or hides text (found by the session-16 attack
 * suite): a pack holding one in a name is refused (validate.test.ts); a name read off a page loses it.
 */
import { describe, expect, it } from 'vitest';
import { articleFromPage, claimsOfArticle, extractBase } from '../../../../lib/core/extract/article-pack';
import { withoutHiddenMarks } from '../../../../lib/core/pack/shown-text';
import { seeds } from '../extract/seed-pack';

describe('names read off a page', () => {
  it('lose bidi controls and zero-width marks, and keep every other letter', () => {
    expect(withoutHiddenMarks('Agence\u200B France\u2060-Presse \u202E27 Jan 2024\u202C\uFEFF')).toBe('Agence France-Presse 27 Jan 2024');
    expect(withoutHiddenMarks('مراسل الأخبار, Zoë, 東京, क्‍ष')).toBe('مراسل الأخبار, Zoë, 東京, क्‍ष');
  });

  it('in a title, a byline and a speaker; the article’s text keeps them, as quotes are verbatim', () => {
    const text = 'A spokes\u200Bwoman said the Il-76 crash was a tragedy.';
    const article = articleFromPage({ title: 'The crash \u202Ereport', byline: 'By\u2066 Anna Berg', text }, 'x', 'a', '2024-01-26');
    expect(article).toMatchObject({ title: 'The crash report', byline: 'By Anna Berg', text });
    const [claim] = claimsOfArticle(article, extractBase(seeds.entities, seeds.facets));
    expect(claim.speaker).toEqual({ kind: 'source', name: 'A spokeswoman' });
    expect(claim.quote).toBe(text);
  });
});
