import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_PATH, serialisePack } from '../../../../lib/tools/cli/seed-files';
import { validatePack } from '../../../../lib/core/pack/validate';
import { pack, seeds } from './seed-pack';

describe('the seed corpus', () => {
  it('is what `npm run seeds:build` writes: the committed file is not stale', () => {
    expect(readFileSync(CORPUS_PATH, 'utf8') === serialisePack(pack), 'seeds/corpus.json is stale: run npm run seeds:build').toBe(true);
  });

  it('is a valid claim pack', () => {
    expect(validatePack(pack)).toMatchObject({ ok: true });
  });

  it('keeps each article text exactly as in the seed files', () => {
    for (const a of pack.articles) expect(a.text).toBe(seeds.articles.find((s) => s.id === a.id)!.text);
    expect(pack.articles.find((a) => a.outletId === 'euromaidan-press')!.text).toContain('\u00A0');
  });

  it('quotes every claim verbatim from its article', () => {
    const texts = new Map(pack.articles.map((a) => [a.id, a.text]));
    for (const c of pack.claims) expect(texts.get(c.articleId)!.slice(c.start, c.end)).toBe(c.quote);
  });

  it('has claims from every seed article', () => {
    for (const a of pack.articles) expect(pack.claims.filter((c) => c.articleId === a.id).length, a.id).toBeGreaterThan(10);
  });

  it('asks at least five questions of the Il-76 crash, three of them answered by three or more outlets', () => {
    const facets = pack.facets.filter((f) => f.eventId === 'il76-crash');
    expect(facets.length).toBeGreaterThanOrEqual(5);
    const widelyAnswered = facets.filter((f) => new Set(pack.claims.filter((c) => c.facetIds.includes(f.id)).map((c) => c.outletId)).size >= 3);
    expect(widelyAnswered.length).toBeGreaterThanOrEqual(3);
  });

  it('links the crash to claims from all five outlets', () => {
    const outlets = new Set(pack.claims.filter((c) => c.entityIds.includes('il76-crash')).map((c) => c.outletId));
    expect([...outlets].sort()).toEqual(['afp', 'euromaidan-press', 'pravda-ru', 'rferl', 'wsws']);
  });

  it('gives every outlet labels on ownership and alignment, each with its basis', () => {
    for (const o of pack.outlets) {
      expect(Object.keys(o.labels)).toEqual(expect.arrayContaining(['ownership', 'alignment']));
      for (const axis of Object.keys(o.labels)) expect(o.labelBasis[axis]?.why.length).toBeGreaterThan(20);
    }
  });

  it('keeps aliases unambiguous: no alias names two entities', () => {
    const owner = new Map<string, string>();
    for (const e of pack.entities) {
      for (const alias of e.aliases) {
        const key = alias.toLowerCase().replace(/[’']/g, "'");
        const other = owner.get(key);
        expect(other === undefined || other === e.id, `${alias}: ${other} and ${e.id}`).toBe(true);
        owner.set(key, e.id);
      }
    }
  });
});
