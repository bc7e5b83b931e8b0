/**
 * candidateNames (pure) and candidatesIn (over the database): a run of capitalised words seen at
 * least twice that no known entity covers is offered with its count and sentences; known names,
 * one-off names, a lone capitalised word opening a sentence, nationality/direction adjectives,
 * days, months and titles are not; a possessive counts as the name; only the reader's articles count.
 */
import { describe, expect, it } from 'vitest';
import { addArticle } from '../../../../lib/worker/corpus/articles';
import { candidateNames } from '../../../../lib/worker/corpus/candidates';
import { candidatesIn } from '../../../../lib/worker/corpus/names';
import type { Article, Entity } from '../../../../lib/core/pack/types';
import { compileGazetteer, toGazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { databases, HARBOUR_ID, HARBOUR_PARAGRAPHS, HARBOUR_TITLE, harbourPage, RULES, seedPack } from './helpers';

const { seeded } = databases('corpus-candidates');
const seedEntities = seedPack().entities;
const SEED_GAZETTEER = compileGazetteer(seedEntities.map(toGazetteerEntry));
const SEED_ALIASES = seedEntities.flatMap((e) => e.aliases);
const NONE = compileGazetteer([]);

const article = (text: string, id = 'a'): Article => ({ id, outletId: 'o', title: `Article ${id}`, published: '2024-01-26', text });
const harbour = (): Article => ({
  id: HARBOUR_ID,
  outletId: 'user-harbourherald-example',
  title: HARBOUR_TITLE,
  published: '2024-01-26',
  text: harbourPage().text,
});
const names = (text: string) => candidateNames([article(text)], NONE, []).map((c) => c.name);

describe('candidateNames', () => {
  it('offers the one unknown name the Harbour Herald article repeats, with the sentences it is in', () => {
    expect(candidateNames([harbour()], SEED_GAZETTEER, SEED_ALIASES)).toEqual([
      {
        name: 'Marta Kovalenko',
        variants: [],
        count: 2,
        contexts: [
          { articleId: HARBOUR_ID, title: HARBOUR_TITLE, sentence: HARBOUR_PARAGRAPHS[1] },
          { articleId: HARBOUR_ID, title: HARBOUR_TITLE, sentence: HARBOUR_PARAGRAPHS[2] },
        ],
      },
    ]);
  });

  it('leaves out names the gazetteer spots, and names among the known aliases', () => {
    const text = 'Officials said Dmitry Peskov met the Kremlin staff. Meanwhile Dmitry Peskov left the Kremlin grounds.';
    expect(candidateNames([article(text)], SEED_GAZETTEER, SEED_ALIASES)).toEqual([]);
    // Without the gazetteer, both would be offered; the known aliases alone keep them out too.
    expect(names(text)).toEqual(['Dmitry Peskov', 'Kremlin']);
    expect(candidateNames([article(text)], NONE, ['dmitry peskov', 'KREMLIN'])).toEqual([]);
  });

  it('needs a name twice, counted over all the articles', () => {
    expect(names('Analysts cited Ivan Petrenko. Nobody else spoke.')).toEqual([]);
    const two = candidateNames([article('Analysts cited Ivan Petrenko.', 'a'), article('Reporters quoted Ivan Petrenko.', 'b')], NONE, []);
    expect(two).toMatchObject([{ name: 'Ivan Petrenko', count: 2 }]);
    expect(two[0].contexts.map((c) => c.articleId)).toEqual(['a', 'b']);
  });

  it('does not count one capitalised word opening a sentence, but does count a longer name there', () => {
    expect(names('Analysts doubt it. Analysts doubt it again.')).toEqual([]);
    expect(names('Ivan Petrenko spoke first. Ivan Petrenko spoke again.')).toEqual(['Ivan Petrenko']);
    expect(names('They asked Petrenko. Then they asked Petrenko again.')).toEqual(['Petrenko']);
  });

  it('takes nationality and direction adjectives, days, months and titles for no name', () => {
    const text = [
      'Officials said the Ukrainian side and Western diplomats met on Monday in January.',
      'Officials said the Ukrainian side and Western diplomats met on Monday in January.',
      'Reporters saw President Olena Bright arrive. Reporters saw President Olena Bright leave.',
    ].join('\n');
    expect(names(text)).toEqual(['Olena Bright']);
  });

  it('counts a name with a possessive ending as the name itself', () => {
    const found = candidateNames([article('Critics read Kovalenko’s report. Later they heard Kovalenko again.')], NONE, []);
    expect(found).toMatchObject([{ name: 'Kovalenko', variants: [], count: 2 }]);
    expect(names("Critics read Kovalenko's report. Later they heard Kovalenko again.")).toEqual(['Kovalenko']);
  });

  it('orders candidates by count, then name, up to the limit', () => {
    const text = 'We met Zora Lind. We met Anna Berg. We met Zora Lind. We met Anna Berg. We met Zora Lind.';
    expect(names(text)).toEqual(['Zora Lind', 'Anna Berg']);
    expect(candidateNames([article(text)], NONE, [], 1).map((c) => c.name)).toEqual(['Zora Lind']);
  });
});

describe('candidatesIn', () => {
  it("uses only the reader's articles (the seed ones name many unknown people)", async () => {
    const db = await seeded();
    expect(await candidatesIn(db)).toEqual({ ok: true, value: [] });
    await addArticle(db, harbourPage(), RULES);
    const r = await candidatesIn(db);
    expect(r.ok && r.value.map((c) => [c.name, c.count])).toEqual([['Marta Kovalenko', 2]]);
  });

  it('stops offering a name once an entity of the reader names it', async () => {
    const db = await seeded();
    await addArticle(db, harbourPage(), RULES);
    const marta: Entity = {
      id: 'user-marta-kovalenko',
      name: 'Marta Kovalenko',
      type: 'person',
      aliases: ['Marta Kovalenko'],
      description: 'An analyst.',
    };
    await db.entities.put({ ...marta, origin: 'user' });
    expect(await candidatesIn(db)).toEqual({ ok: true, value: [] });
  });
});
