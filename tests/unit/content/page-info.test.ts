/**
 * What a page says about itself (lib/content/page-info.ts): the URLs it goes by, which is how the popup
 * finds an article the corpus already holds (the worker decides which of them it answers for).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageUrls } from '../../../lib/content/page-info';

/** A document at `address` (linkedom has no navigation, so its location is given). */
function at(address: string, head: string): Document {
  const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`);
  Object.defineProperty(document, 'location', { value: new URL(address) });
  return document as unknown as Document;
}

describe('pageUrls', () => {
  it('lists og:url, the canonical link and the address, absolute and each once', () => {
    const doc = at('https://news.example/a?utm=1', '<meta property="og:url" content="https://news.example/a"><link rel="canonical" href="/a">');
    expect(pageUrls(doc)).toEqual(['https://news.example/a', 'https://news.example/a?utm=1']);
  });

  it('skips what is not a URL, and keeps the address when the page says nothing', () => {
    expect(pageUrls(at('https://news.example/b', '<meta property="og:url" content="http://[bad"><link rel="canonical" href="">'))).toEqual([
      'https://news.example/b',
    ]);
  });
});
