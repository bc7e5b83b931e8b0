import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type Apart, SKIP_ATTRIBUTES, collectSteps, collectText, locate, skippedFor } from '../../../../lib/core/spot/dom-text';
import { compileGazetteer } from '../../../../lib/core/spot/gazetteer';
import { findMentions } from '../../../../lib/core/spot/mentions';

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('collectText', () => {
  it('joins inline markup and separates blocks', () => {
    const { text } = collectText(doc('<p>Governor Vyacheslav <a href="#">Glad<b>kov</b></a> said</p><p>Peskov</p><div>agreed</div>').body);
    expect(text).toBe('Governor Vyacheslav Gladkov said\nPeskov\nagreed\n');
  });

  it('skips scripts, styles, form fields, editable and hidden content, and what the caller skips', () => {
    const d = doc(
      '<p>one</p><script>var Peskov</script><style>.Peskov{}</style><textarea>Peskov</textarea><div contenteditable="true">Peskov</div><p hidden>Peskov</p><parallax-popover>Peskov</parallax-popover><p>two</p>',
    );
    expect(collectText(d.body, { skip: (el) => el.tagName === 'PARALLAX-POPOVER' }).text).toBe('one\ntwo\n');
  });

  it('parts words where an inline element is laid out apart: a line for a block of its own, a space for a box beside them', () => {
    const d = doc(
      '<h2><span class="kicker">live</span>updates</h2><p><span class="chip">economy</span><span class="chip">energy</span> and <b>Vla</b>dimir, <span class="chip">Kyiv</span> <i>then</i></p>',
    );
    const asked: string[] = [];
    const apart = (el: Element): Apart => {
      asked.push(el.textContent ?? '');
      return el.classList.contains('kicker') ? 'line' : el.classList.contains('chip') ? 'box' : false;
    };
    const { text, segments } = collectText(d.body, { apart });
    expect(text).toBe('live\nupdates\neconomy energy and Vladimir, Kyiv then\n');
    // Each element left or entered where two words meet (the kicker, both chips, <b>): nothing where a space or a block already parts them.
    expect(asked).toEqual(['live', 'economy', 'energy', 'Vla']);
    // The separator is no page text: the text nodes are where they were.
    expect(segments.map((g) => text.slice(g.start, g.end))).toEqual([
      'live',
      'updates',
      'economy',
      'energy',
      ' and ',
      'Vla',
      'dimir, ',
      'Kyiv',
      ' ',
      'then',
    ]);
    expect(collectText(d.body).text, 'without the question, by tags alone').toBe('liveupdates\neconomyenergy and Vladimir, Kyiv then\n');
  });

  it('parts a name from a footnote mark, and an icon’s or a hidden label’s word from a name, with a space: the sentence goes on', () => {
    const d = doc(
      '<p>Dmitry Peskov<sup>1</sup> spoke. Gladkov<sup>a</sup> too. <span class="icon">place</span>Kremlin, <span class="sr">Posted by</span>Reuters, H<sub>2</sub>O, 2<sup>nd</sup>; <b>Vla</b>dimir and Mc<i>cartney</i>.</p>',
    );
    const { text } = collectText(d.body, { apart: () => false });
    expect(text).toBe('Dmitry Peskov 1 spoke. Gladkov a too. place Kremlin, Posted by Reuters, H 2 O, 2 nd; Vladimir and Mccartney.\n');
    const g = compileGazetteer([{ id: 'peskov', name: 'Dmitry Peskov', type: 'person', aliases: ['Dmitry Peskov'] }]);
    expect(findMentions(g, collectText(d.body).text).map((m) => m.text)).toEqual(['Dmitry Peskov']);
  });

  it('keeps two pieces of text in one element together, and asks nothing where two words meet too far from their common ancestor', () => {
    const p = doc('<p>Mc</p>').body.firstChild as Element;
    p.append(p.ownerDocument.createTextNode('Donald'));
    expect(collectText(p, { apart: () => 'line' }).text).toBe('McDonald\n');
    const deep = (n: number, word: string) => `${'<span>'.repeat(n)}${word}${'</span>'.repeat(n)}`;
    const d = doc(`<p>${deep(20, 'Krem')}${deep(20, 'lin')}</p><p>${deep(3, 'Lav')}${deep(3, 'rov')}</p>`);
    let asked = 0;
    const { text } = collectText(d.body, {
      apart: () => {
        asked++;
        return 'line';
      },
    });
    expect(text).toBe('Kremlin\nLav\nrov\n');
    expect(asked).toBe(1);
  });

  it('reads aria-hidden content: it is hidden from assistive technology, not from the eyes', () => {
    const d = doc('<div aria-hidden="true"><p>Dmitry Peskov said so.</p></div><blockquote aria-hidden="true">A pull quote</blockquote><p>body</p>');
    expect(collectText(d.body).text).toBe('Dmitry Peskov said so.\nA pull quote\nbody\n');
  });

  it('says which attributes, and which of their values, leave an element out', () => {
    expect(SKIP_ATTRIBUTES).toEqual(['hidden', 'contenteditable']);
    expect(skippedFor('hidden', '')).toBe(true);
    expect(skippedFor('hidden', 'until-found')).toBe(true);
    expect(skippedFor('hidden', null)).toBe(false);
    expect(skippedFor('contenteditable', '')).toBe(true);
    expect(skippedFor('contenteditable', 'true')).toBe(true);
    expect(skippedFor('contenteditable', 'plaintext-only')).toBe(true);
    expect(skippedFor('contenteditable', 'false')).toBe(false);
    expect(skippedFor('contenteditable', null)).toBe(false);
    expect(skippedFor('aria-hidden', 'true')).toBe(false);
    expect(skippedFor('class', 'hidden')).toBe(false);
    // What the walker reads follows the same rule.
    const d = doc('<p hidden="until-found">one</p><div contenteditable="plaintext-only">two</div><div contenteditable="false">three</div>');
    expect(collectText(d.body).text).toBe('three\n');
  });

  it('maps every offset back to its text node', () => {
    const d = doc('<p>Sergei <a>Lavrov</a> spoke</p>');
    const page = collectText(d.body);
    const g = compileGazetteer([{ id: 'lavrov', name: 'Sergei Lavrov', type: 'person', aliases: ['Sergei Lavrov'] }]);
    const [m] = findMentions(g, page.text);
    const a = locate(page, m.start, 'start')!;
    const b = locate(page, m.end, 'end')!;
    expect([a.node.data, a.offset]).toEqual(['Sergei ', 0]);
    expect([b.node.data, b.offset]).toEqual(['Lavrov', 6]);
  });

  it('walks very deep trees without overflowing the stack', () => {
    const d = doc('');
    let el: Element = d.body;
    for (let i = 0; i < 20_000; i++) el = el.appendChild(d.createElement('span'));
    el.appendChild(d.createTextNode('deep'));
    expect(collectText(d.body).text).toContain('deep');
  });
});

describe('collectText across open shadow roots', () => {
  it('reads a host as it is drawn: its shadow tree, with a slot’s nodes in its place and the unslotted left out; no name runs across a tree’s edge; each root is told', () => {
    const d = doc('<p>Before <x-story id="h"><span slot="q">Sergei Lavrov said</span><span>not drawn</span></x-story> after</p>');
    const root = d.getElementById('h')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<b>Dmitry Peskov</b> <slot name="q"></slot> <i>then</i>';
    const told: ShadowRoot[] = [];
    const page = collectText(d.body, { onShadowRoot: (r) => told.push(r) });
    expect(page.text).toBe('Before \nDmitry Peskov \nSergei Lavrov said\n then\n after\n');
    expect(page.text).not.toContain('not drawn');
    expect(told).toEqual([root]);
    // A line ends where the tree and the slot begin and end, and names do not run across it.
    for (const line of ['Before ', 'Before \nDmitry Peskov ', 'Before \nDmitry Peskov \nSergei Lavrov said'])
      expect(page.breaks).toContain(line.length);
  });

  it('reads a closed shadow root’s host as its own children (closed roots stay closed)', () => {
    const d = doc('<p><x-card id="h">light words</x-card></p>');
    const root = d.getElementById('h')!.attachShadow({ mode: 'closed' });
    root.innerHTML = '<b>hidden inside</b>';
    expect(collectText(d.body).text).toBe('light words\n');
  });
});

describe('collectSteps (reading a large page in steps)', () => {
  it('pauses on a page of many nodes and gives what collectText gives', () => {
    const rows = Array.from({ length: 800 }, (_, i) => `<tr><td>Row <b>${i}</b></td><td><ul><li>Dmitry <i>Peskov</i></li></ul></td></tr>`).join('');
    const body = parseHTML(`<!doctype html><html><body><table>${rows}</table></body></html>`).document.body as unknown as Node;
    const steps = collectSteps(body);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(5);
    const once = collectText(body);
    expect(r.value.text).toBe(once.text);
    expect(r.value.segments.map((s) => [s.start, s.end])).toEqual(once.segments.map((s) => [s.start, s.end]));
  });
});
