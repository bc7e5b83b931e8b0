/**
 * Text drawn, not written (components/shared/say.tsx): in the card's realm the card holds no text a
 * page's window.find() could match, yet shows every word it shows elsewhere, in order.
 */
import { readFileSync } from 'node:fs';
import { type ComponentChild, h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Popover } from '../../../../components/card/Popover';
import { SavePanel } from '../../../../components/card/SavePanel';
import { drawText } from '../../../../components/shared/say';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { CORPUS_PATH } from '../../../../lib/tools/cli/seed-files';
import { useLinkedom } from '../dom';

const pack: ClaimPack = JSON.parse(readFileSync(CORPUS_PATH, 'utf8'));
const containers: HTMLElement[] = [];

useLinkedom();
afterEach(() => {
  for (const c of containers.splice(0)) {
    render(null, c);
    c.remove();
  }
});

function mount(node: ComponentChild, drawn: boolean): HTMLElement {
  const c = document.createElement('div');
  document.body.appendChild(c);
  containers.push(c);
  drawText(drawn);
  try {
    act(() => render(node, c));
  } finally {
    drawText(false);
  }
  return c;
}

/** Every non-blank text node under `root`. */
function textNodes(root: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) out.push(n.nodeValue!);
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

/** What a drawn tree shows: its data-say attributes in document order. */
const drawn = (root: Element) => [...root.querySelectorAll('[data-say]')].map((e) => e.getAttribute('data-say')).join('');
const squash = (s: string) => s.replace(/\s+/g, '');

describe('say, with text drawn', () => {
  it('leaves no text in the card, even the note of the outlets the filters hide, and draws all of it', async () => {
    const coverage = (await coverageFor(packCoverageSource(pack), { entityId: 'il76-crash', hide: { alignment: ['pro-Kremlin'] } }))!;
    const card = () =>
      h(Popover, { state: { kind: 'ready', coverage }, mentionText: 'Il-76', onClose: () => {}, onSave: () => {}, onAddArticle: () => {} });
    const hidden = mount(card(), true);
    const plain = mount(card(), false);
    expect(textNodes(hidden)).toEqual([]);
    const shown = drawn(hidden);
    expect(shown).toContain('1 outlet hidden by your filters: Pravda.ru (alignment: pro-Kremlin)');
    expect(shown).toContain('Add this article');
    // The same words, in the same order, as the card written as text (spacing aside).
    expect(squash(shown)).toBe(squash(plain.textContent ?? ''));
  });

  it('draws the save panel, its quote and its errors', () => {
    const saved = mount(h(SavePanel, { state: { kind: 'saved', quote: 'A quote <b>with markup</b>', id: 'h1' }, onClose: () => {} }), true);
    expect(textNodes(saved)).toEqual([]);
    expect(drawn(saved)).toBe('Saved to your collection×A quote <b>with markup</b>');
    expect(saved.querySelector('b')).toBeNull();
    const failed = mount(h(SavePanel, { state: { kind: 'error', message: 'The page changed.' }, onClose: () => {} }), true);
    expect(drawn(failed)).toBe('Not saved×The page changed.');
  });

  it('writes plain text where it is not drawn, as the extension pages need', () => {
    const panel = mount(h(SavePanel, { state: { kind: 'saving', quote: 'Plain words' }, onClose: () => {} }), false);
    expect(panel.querySelector('[data-say]')).toBeNull();
    expect(panel.textContent).toBe('Saving…×Plain words');
  });
});
