/**
 * Text a page writes to make extraction's patterns backtrack (found by a review of session 25's rules):
 * each is read to its end, as any text is, where the patterns had it run for seconds or hours. A
 * regression shows as this test running past its time limit, not as a measured speed (that is `npm run bench`'s).
 */
import { describe, expect, it } from 'vitest';
import { claimsOfArticle } from '../../../../lib/core/extract/article-pack';
import { notReporting } from '../../../../lib/core/extract/not-reporting';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import { FINDING } from '../../../../lib/core/extract/verb-use';
import { seedBase } from './article-speakers';

const claims = (paragraphs: string[]) =>
  claimsOfArticle({ id: 'a', outletId: 'x', title: 'T', published: '2024-01-26', text: paragraphs.join('\n') }, seedBase, undefined);

describe('hostile text is read to its end', () => {
  it('a bracket of many quoted terms, as a company announcement defines its own', () => {
    expect(notReporting(`(${'"a" '.repeat(60)}x)`)).toBeUndefined();
    expect(claims(['Il-76 Holdings plc', `(${'"a" '.repeat(60)}x)`, 'The Il-76 came down near Belgorod.']).length).toBeGreaterThan(0);
  });

  it('a sentence closing on what a hearing heard, then thousands of no-break spaces', () => {
    const sentence = `The Il-76 was overloaded, an inquest heard${'\u00a0'.repeat(3_000)}x`;
    expect([...sentence.matchAll(FINDING)]).toEqual([]);
  });

  it('a statement number of thousands of figures and dots', () => {
    expect(notReporting(`Statement ${'1.'.repeat(100_000)}x`)).toBeUndefined();
  });

  it('thousands of announcements, each a name over its defined term', () => {
    const page = Array.from({ length: 8_000 }, () => ['Ab', '("A" or "the Company")']).flat();
    expect(claims([...page, 'The Il-76 came down near Belgorod.']).length).toBe(1);
  });

  it('a finding between commas after a long run of spaces, and many found words with no comma', () => {
    expect([...`a, she${' '.repeat(100_000)}found, b`.matchAll(FINDING)].map((m) => m[0])).toEqual(['found']);
    expect([...`${', she found'.repeat(20_000)} x`.matchAll(FINDING)].length).toBe(19_999);
    expect(notReporting(`${'Ab · '.repeat(50_000)}x`)).toBeUndefined();
    expect([...`a,${' '.repeat(100_000)}the survey found.`.matchAll(FINDING)].length).toBe(1);
    expect([...`${'the survey found '.repeat(20_000)}.`.matchAll(FINDING)].length).toBe(0);
  });

  it('a sentence of thousands of verbs of saying (", she found," and "are asking" again and again) is read for its first few and its last', () => {
    // No finder named: every one of them is weighed, and none speaks; the outlet does.
    expect(speakerOf(`The Il-76${', she found,'.repeat(9_000)} x.`, [], { heard: [] })).toBeUndefined();
    expect(speakerOf(`The inquiry found that the Il-76${', she found,'.repeat(9_000)} x.`, [], { heard: [] })).toEqual({
      kind: 'source',
      name: 'inquiry',
    });
    expect(
      speakerOf(`Police are asking people not to go near the Il-76. ${'They are asking people not to go. '.repeat(3_000)}x`, [], { heard: [] }),
    ).toEqual({
      kind: 'source',
      name: 'Police',
    });
  });
});
