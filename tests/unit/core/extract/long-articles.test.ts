/**
 * Extraction on long articles, by contract: a text of many paragraphs gives each paragraph the
 * claims it gives alone (offsets shifted), one paragraph of thousands of quotations is read whole,
 * and the sliced extraction gives the same claims, pausing once every 200 sentences.
 */
import { describe, expect, it } from 'vitest';
import { claimsOfArticle, claimsOfArticleInSlices, extractBase } from '../../../../lib/core/extract/article-pack';
import type { Article, Claim } from '../../../../lib/core/pack/types';
import { seeds } from './seed-pack';

const base = extractBase(seeds.entities, seeds.facets);
const article = (text: string): Article => ({ id: 'long', outletId: 'x', title: 'Notes', published: '2024-01-26', text });
/** A claim without what depends on where it stands. */
const shape = ({ id: _id, start: _s, end: _e, ...rest }: Claim) => rest;

/** A paragraph of three sentences naming known entities, a quotation in the middle; n keeps each paragraph unique. */
const paragraph = (n: number) =>
  `Report ${n}: Dmitry Peskov said the Il-76 crash near Belgorod was under investigation. ` +
  `“We will publish what we find,” he said on day ${n}. ` +
  `Residents near Belgorod described the aircraft falling into a field ${n} metres from a road.`;

describe('extraction on long articles', () => {
  it('gives each of 6,000 paragraphs (about 1.3 MB) the claims it gives alone', () => {
    const n = 6_000;
    const text = Array.from({ length: n }, (_, i) => paragraph(i)).join('\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const claims = claimsOfArticle(article(text), base);
    const alone = claimsOfArticle(article(paragraph(4_321)), base);
    expect(alone.length).toBe(3);
    expect(claims.length).toBe(n * alone.length);
    const offset = text.indexOf(paragraph(4_321));
    const there = claims.filter((c) => c.start >= offset && c.end <= offset + paragraph(4_321).length);
    expect(there.map(shape)).toEqual(alone.map(shape));
    expect(there.map((c) => c.start - offset)).toEqual(alone.map((c) => c.start));
  });

  it('reads one paragraph of 5,000 quotations whole, each quotation attributed', () => {
    const sentence = (i: number) => `“The Il-76 crash is case ${i},” Dmitry Peskov said.`;
    const text = Array.from({ length: 5_000 }, (_, i) => sentence(i)).join(' ');
    const claims = claimsOfArticle(article(text), base);
    expect(claims.length).toBe(5_000);
    expect(claims.every((c) => c.speaker.kind === 'entity' && c.speaker.entityId === 'dmitry-peskov')).toBe(true);
    expect(claims[4_999].quote).toBe(sentence(4_999));
  });

  it('in slices: the same claims, with a pause after every 200 sentences', async () => {
    const text = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('\n');
    let pauses = 0;
    const sliced = await claimsOfArticleInSlices(article(text), base, async () => void pauses++);
    expect(sliced).toEqual(claimsOfArticle(article(text), base));
    expect(pauses).toBe(6); // 1,200 sentences
  });
});
