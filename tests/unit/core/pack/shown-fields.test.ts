/**
 * The pack fields the fifteenth attack suite filled with 51,001 characters starting with U+202E
 * (b04-unbounded.ts) and found accepted: an entity's description and a figure's text, what and
 * counts, which cards and exports print. And article addresses with a user name before the host
 * ("https://www.afp.com@harbour.example/a" opens harbour.example) or 100,000 characters long.
 */
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../../lib/core/pack/validate';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { miniPack } from '../../../fixtures/mini-pack';

const broken = (mutate: (p: ClaimPack) => void) => {
  const p = miniPack();
  mutate(p);
  return validatePack(p);
};
const refusedAs = (message: string) => ({ ok: false, error: expect.stringContaining(message) });

describe('shown text beyond names', () => {
  it.each([
    ['a figure’s text', (p: ClaimPack, s: string) => (p.claims[2].numbers[0].text = s), 'claims[2].numbers[0].text', 200],
    ['what a figure counts', (p: ClaimPack, s: string) => (p.claims[2].numbers[0].what = s), 'claims[2].numbers[0].what', 200],
    ['a figure’s key', (p: ClaimPack, s: string) => (p.claims[2].numbers[0].counts = s), 'claims[2].numbers[0].counts', 200],
  ])('%s: bounded, and free of bidi controls and zero-width marks', (_name, set, field, max) => {
    expect(broken((p) => set(p, 'x'.repeat(max + 1)))).toEqual(refusedAs(`${field}: must be at most ${max} characters`));
    expect(broken((p) => set(p, 'x'.repeat(max))).ok).toBe(true);
    for (const mark of ['\u202E', '\u2066', '\u200F', '\u200B', '\u2060', '\uFEFF'])
      expect(broken((p) => set(p, `prisoners${mark} of war`))).toEqual(refusedAs(`${field}: must not hold characters that reorder text`));
    // Joiners scripts need inside words stay allowed, as in names.
    expect(broken((p) => set(p, 'می\u200Cخواهم')).ok).toBe(true);
  });
});

describe('an entity description', () => {
  const set = (p: ClaimPack, s: string) => (p.entities[1].description = s);
  it('is bounded and free of what reorders text or shows as nothing, but may set a run’s direction as Hebrew and Arabic prose does', () => {
    expect(broken((p) => set(p, 'x'.repeat(2001)))).toEqual(refusedAs('entities[1].description: must be at most 2000 characters'));
    expect(broken((p) => set(p, 'x'.repeat(2000))).ok).toBe(true);
    for (const mark of ['\u202E', '\u2066', '\u200B', '\u2060', '\uFEFF'])
      expect(broken((p) => set(p, `a wire${mark} agency`))).toEqual(refusedAs('entities[1].description: must not hold characters that reorder text'));
    for (const mark of ['\u200E', '\u200F', '\u061C']) expect(broken((p) => set(p, `סוכנות ידיעות${mark} (AFP)`)).ok).toBe(true);
  });
});

describe('article and publisher addresses', () => {
  it.each([
    'https://www.afp.com@harbour.example/a',
    'https://www.afp.com%2Fnews%2F@harbour.example/a',
    'https://user:secret@harbour.example/a',
    'https://@harbour.example/a',
    'HTTPS://www.afp.com@harbour.example',
    // The URL parser skips slashes after "//" and reads on to the "@".
    'https:///www.afp.com@harbour.example/a',
    'https://\\www.afp.com@harbour.example/a',
  ])('refuses a user name before the host: %s', (url) => {
    const r = broken((p) => (p.articles[0].url = url));
    expect(r).toEqual(refusedAs('articles[0].url: must be an http(s) URL'));
    expect(new URL(url).hostname).toBe('harbour.example');
  });

  it('takes an "@" after the host (a path, a query, a fragment) and a port', () => {
    for (const url of [
      'https://wire.example/@desk/a1',
      'https://wire.example/a1?by=a@b',
      'https://wire.example#@top',
      'https://wire.example:8443/a1',
    ])
      expect(broken((p) => (p.articles[0].url = url)).ok, url).toBe(true);
  });

  it('refuses an address longer than 2,048 characters', () => {
    const at = (n: number) => `https://wire.example/${'a'.repeat(n - 'https://wire.example/'.length)}`;
    expect(broken((p) => (p.articles[0].url = at(2049)))).toEqual(refusedAs('articles[0].url: must be at most 2048 characters'));
    expect(broken((p) => (p.articles[0].url = at(2048))).ok).toBe(true);
    expect(broken((p) => (p.articles[0].url = at(100_024)))).toEqual(refusedAs('articles[0].url: must be at most 2048 characters'));
  });

  it('holds a publisher’s address to the same rule', () => {
    expect(broken((p) => (p.publisher = { name: 'Harbour', url: 'https://www.afp.com@harbour.example/' }))).toEqual(
      refusedAs('publisher.url: must be an http(s) URL'),
    );
    expect(broken((p) => (p.publisher = { name: 'Harbour', url: 'https://harbour.example/' })).ok).toBe(true);
  });
});

describe('an outlet’s labels (seventeenth attack suite)', () => {
  const labelled = (labels: Record<string, string>) =>
    broken((p) => {
      p.outlets[0].labels = labels;
      p.outlets[0].labelBasis = Object.fromEntries(Object.keys(labels).map((axis) => [axis, { by: 'The publisher', why: 'Its own reading.' }]));
    });
  it('are shown text: bounded, free of what reorders text or shows as nothing, on a few short axes', () => {
    expect(labelled({ ownership: 'x'.repeat(101) })).toEqual(refusedAs('outlets[0].labels.ownership: must be at most 100 characters'));
    expect(labelled({ ownership: 'non-profit investigative newsroom (reader- and foundation-funded)' }).ok).toBe(true);
    expect(labelled({ ownership: 'wire\u202E' })).toEqual(refusedAs('outlets[0].labels.ownership: must not hold characters that reorder text'));
    expect(labelled({ ownership: '' })).toEqual(refusedAs('outlets[0].labels.ownership'));
    const axes = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`axis${i}`, 'wire']));
    expect(labelled(axes(8)).ok).toBe(true);
    expect(labelled(axes(9))).toEqual(refusedAs('outlets[0].labels: must have at most 8 axes'));
    const long = `a${'x'.repeat(60_000)}`;
    expect(labelled({ [long]: 'wire' })).toEqual(refusedAs(`outlets[0].labels.${long.slice(0, 40)}…: must name each axis in at most 40 characters`));
    expect(labelled({ 'owner\u200Bship': 'wire' })).toEqual(refusedAs('must name each axis with no characters that reorder text'));
  });

  it('refuse a label made to read as another with characters that show as nothing (eighteenth attack suite)', () => {
    for (const mark of ['\u00AD', '\u2062', '\u180E', '\u034F', '\uFE0F', '\u3164', '\u2800'])
      expect(labelled({ ownership: `independent${mark}` }), `U+${mark.codePointAt(0)!.toString(16)}`).toEqual(
        refusedAs('outlets[0].labels.ownership: must not hold characters that reorder text'),
      );
  });
});
