import { describe, expect, it } from 'vitest';
import { compileGazetteer, toGazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { findMentionsIn, newSpotState } from '../../../../lib/core/spot/mentions';
import { findNearMisses } from '../../../../lib/core/spot/near-miss';
import { entryIndex, firstSliceState, spotSlice, type SliceState } from '../../../../lib/core/spot/slice-spot';
import { seeds } from '../extract/seed-pack';

const g = compileGazetteer(seeds.entities.map(toGazetteerEntry));
const index = entryIndex(g);

/** Slices cut after line breaks, each reading `ahead` characters on, as a page sends them; offsets made absolute again. */
function sliced(text: string, size: number, ahead = 64) {
  const cut = (at: number) => (at >= text.length ? text.length : text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1);
  let state: SliceState = firstSliceState();
  const out = [];
  for (let from = 0; from < text.length; ) {
    const to = cut(from + size);
    const r = spotSlice(g, index, text.slice(from, cut(to + ahead)), to - from, JSON.parse(JSON.stringify(state)));
    out.push(...r.mentions.map((m) => ({ ...m, start: m.start + from, end: m.end + from })));
    state = r.state;
    from = to;
  }
  return out;
}

describe('spotSlice (one slice of a page, spotted in the background)', () => {
  // A misspelling before the page names its entity (not linked), and after (linked), whatever the slices.
  const text = [
    'Peskow arrived before anyone named him.',
    ...seeds.articles.map((a) => a.text),
    'President Zelenskyj met Peskow.\nDmitry\nPeskov said',
    'Sea of Azov and the Kremlin.',
  ].join('\n');

  it('slices in order give what one pass of exact matching and near misses gives', () => {
    const state = newSpotState();
    const exact = findMentionsIn(g, text, 0, text.length, text.length, state);
    const plain = ({ entityId, alias, start, end }: { entityId: string; alias: string; start: number; end: number }) => ({
      entityId,
      alias,
      start,
      end,
    });
    const near = findNearMisses(g, text, exact, new Set()).map((m) => ({ ...plain(m), near: true }));
    const whole = [...exact.map(plain), ...near].sort((a, b) => a.start - b.start);
    expect(whole.length).toBeGreaterThan(200);
    expect(
      near.map((m) => text.slice(m.start, m.end)),
      'the misspellings after the names, not the one before',
    ).toEqual(['Zelenskyj', 'Peskow']);
    for (const size of [100, 1_000, 10_000, text.length]) expect(sliced(text, size), `slices of ${size}`).toEqual(whole);
  });
});
