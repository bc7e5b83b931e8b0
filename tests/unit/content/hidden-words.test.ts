import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hidesWordsInLine } from '../../../lib/content/hidden-words';
import { collectText } from '../../../lib/core/spot/dom-text';

/** A page whose elements of class "gone" the page does not show. */
function page(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const text = collectText(document.body);
  const shown = (n: Text) => !n.parentElement?.closest('.gone');
  const all = { start: 0, end: text.text.length };
  return { text, shown, all };
}

describe('hidesWordsInLine', () => {
  it('finds a hidden word inside a sentence', () => {
    const p = page('<p>The committee would<span class="gone"> never</span> take up the matter.</p>');
    expect(hidesWordsInLine(p.text, p.all, p.shown)).toBe(true);
  });

  it('finds hidden words the walker sets on a line of their own, among words shown on one line', () => {
    const p = page('<div><span>The minister </span><div class="gone">never</div><span>said yes to the deal.</span></div>');
    expect(hidesWordsInLine(p.text, p.all, p.shown)).toBe(true);
  });

  it('lets through an ad slot’s hidden label between two paragraphs, and hidden spaces', () => {
    const p = page('<p>First paragraph.</p><div class="gone">Advertisement</div><p>Second<span class="gone"> </span> paragraph.</p>');
    expect(hidesWordsInLine(p.text, p.all, p.shown)).toBe(false);
  });

  it('looks only within the passage', () => {
    const p = page('<p>Kept words.</p><p>Other<span class="gone"> never</span> words.</p>');
    expect(hidesWordsInLine(p.text, { start: 0, end: 'Kept words.'.length }, p.shown)).toBe(false);
  });
});
