/**
 * Files that try to turn Parallax against the reader, imported through the real pages of the
 * built extension in Chromium: a claim pack with `constructor` and `__proto__` keys is refused on
 * the My corpus page with the field named and the corpus unchanged; a collection backup past its
 * cap is refused, naming the cap, before it is read; an outlet whose domain is a public suffix
 * ("com") is refused, naming it. Extension pages are plain DOM (no shadow root).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumHarness } from './harness/chromium';
import type { ClaimPack } from '../../lib/core/pack/types';
import type { Highlight } from '../../lib/core/highlights/types';
import { askWorker } from './harness/ask';

let harness: ChromiumHarness;
beforeAll(async () => {
  harness = await launchChromium();
});
afterAll(async () => {
  await harness?.close();
});

const ask = askWorker;

const alertText = (page: Page) => page.locator('.cv-notice-error .cv-notice-text');
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('a hostile claim pack', () => {
  it('is refused on the My corpus page, naming the reserved key, and the corpus is unchanged', async () => {
    const corpus = await harness.openExtensionPage('corpus.html');
    await corpus.getByRole('heading', { name: 'My corpus', level: 1 }).waitFor();
    // The bundled corpus has loaded once an export holds its outlets.
    await expect.poll(async () => (await ask<ClaimPack>(corpus, 'exportPack')).outlets.length, { timeout: 30_000 }).toBeGreaterThan(1);
    const before = await ask<ClaimPack>(corpus, 'exportPack');
    const input = corpus.locator('input[type="file"]');

    // As a file carries them: "constructor" as a label axis of the first outlet, "__proto__" as the second outlet's id.
    const pack = JSON.stringify(before);
    const second = before.outlets[1].id;
    const hostile = pack.replace('"labels":{', '"labels":{"constructor":"odd",').replace(`"id":"${second}"`, '"id":"__proto__"');
    await input.setInputFiles(file('hostile-pack.json', hostile));
    await expect
      .poll(() => alertText(corpus).textContent())
      .toBe(
        'Not imported: Not a valid claim pack: outlets[0].labels.constructor: is a reserved name (__proto__, constructor and prototype cannot be used). Nothing was changed.',
      );

    await input.setInputFiles(file('proto-outlet.json', pack.replace(`"id":"${second}"`, '"id":"__proto__"')));
    await expect
      .poll(() => alertText(corpus).textContent())
      .toBe(
        'Not imported: Not a valid claim pack: outlets[1].id: "__proto__" is a reserved name (__proto__, constructor and prototype cannot be used). Nothing was changed.',
      );

    expect(await ask<ClaimPack>(corpus, 'exportPack')).toEqual(before);
    expect(await corpus.evaluate(() => Object.getOwnPropertyNames(Object.prototype).includes('odd'))).toBe(false);
    await corpus.close();
  });
});

describe('a claim pack whose outlet holds a public suffix', () => {
  it('is refused, naming the domain, and the corpus is unchanged', async () => {
    const corpus = await harness.openExtensionPage('corpus.html');
    await corpus.getByRole('heading', { name: 'My corpus', level: 1 }).waitFor();
    await expect.poll(async () => (await ask<ClaimPack>(corpus, 'exportPack')).outlets.length, { timeout: 30_000 }).toBeGreaterThan(1);
    const before = await ask<ClaimPack>(corpus, 'exportPack');
    // One outlet row that sorts first and would hold every .com and .org site (found by the session-16 attack suite).
    const grabber = {
      format: 'parallax-claims/1',
      outlets: [
        {
          id: '0-wire',
          name: 'Reuters',
          domains: ['com', 'org'],
          country: 'UK',
          labels: { ownership: 'wire' },
          labelBasis: { ownership: { by: 'x', why: 'y' } },
        },
      ],
      articles: [],
      entities: [],
      facets: [],
      claims: [],
    };
    await corpus.locator('input[type="file"]').setInputFiles(file('suffix-outlet.json', JSON.stringify(grabber)));
    await expect
      .poll(() => alertText(corpus).textContent())
      .toBe(
        'Not imported: Not a valid claim pack: outlets[0].domains[0]: "com" is not one site\'s domain (a public suffix such as "com" or "co.uk" is every site\'s). Nothing was changed.',
      );
    expect(await ask<ClaimPack>(corpus, 'exportPack')).toEqual(before);
    await corpus.close();
  });
});

describe('a collection backup past its cap', () => {
  it('is refused before it is read, naming the cap, and nothing is imported', async () => {
    const collection = await harness.openExtensionPage('collection.html');
    const before = await ask<Highlight[]>(collection, 'highlights');
    // 21 MB of JSON whitespace around an empty backup: valid, and too large.
    const huge = `{"format": "parallax-highlights/1", "highlights": []${' '.repeat(21 * 1024 * 1024)}}`;
    await collection.locator('input.cv-import').setInputFiles(file('huge-backup.json', huge));
    await expect
      .poll(() => collection.locator('.cv-notice-error .cv-notice-text').textContent())
      .toBe(
        'huge-backup.json: This file is 21.0 MB; a collection backup can be at most 20 MB. Split it into several files and import each. Nothing was imported.',
      );
    expect(await ask<Highlight[]>(collection, 'highlights')).toEqual(before);
    await collection.close();
  });
});
