import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isOurs, markOurs } from '../../../lib/content/ours';
import { collectText } from '../../../lib/core/spot/dom-text';

const page = () =>
  parseHTML(
    '<!doctype html><html><body><p>In Moscow, <parallax-popover>Dmitry Peskov</parallax-popover> declined.</p><parallax-x>Kirby spoke.</parallax-x></body></html>',
  ).document as unknown as Document;

describe('our own elements, known by identity', () => {
  it('an element the page named like ours is not ours; one we made is, whatever its name', () => {
    const doc = page();
    const named = doc.querySelector('parallax-popover')!;
    expect(isOurs(named)).toBe(false);
    const made = markOurs(doc.createElement('div'));
    expect(isOurs(made)).toBe(true);
    expect(isOurs(doc.createElement('div'))).toBe(false);
  });

  it('page text inside parallax-* elements is read; text inside our element is not', () => {
    const doc = page();
    const mine = markOurs(doc.createElement('parallax-popover'));
    mine.textContent = 'Text of our card';
    doc.body.append(mine);
    const { text } = collectText(doc.body, { skip: isOurs });
    expect(text).toContain('Dmitry Peskov');
    expect(text).toContain('Kirby spoke.');
    expect(text).not.toContain('Text of our card');
  });
});
