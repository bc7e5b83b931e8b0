import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../../lib/core/spot/gazetteer';
import { firstSliceState } from '../../../lib/core/spot/slice-spot';
import { createSpotMatcher } from '../../../lib/worker/spot-matcher';

const peskov: GazetteerEntry = {
  id: 'peskov',
  name: 'Dmitry Peskov',
  type: 'person',
  aliases: ['Dmitry Peskov', 'Peskov'],
  rules: { afterFullName: ['Peskov'] },
};
const kirby: GazetteerEntry = { id: 'kirby', name: 'John Kirby', type: 'person', aliases: ['John Kirby'] };

function counted(lists: GazetteerEntry[][]) {
  let reads = 0;
  const matcher = createSpotMatcher(async () => {
    const list = lists[Math.min(reads, lists.length - 1)];
    reads++;
    if (!list) throw new Error('database unavailable');
    return list;
  });
  return { matcher, reads: () => reads };
}

const ask = (text: string) => ({ text, until: text.length, state: firstSliceState() });

describe('the background spot matcher', () => {
  it('compiles once for every page, until the names change', async () => {
    const { matcher, reads } = counted([[peskov], [peskov, kirby]]);
    await matcher.prepare();
    const first = await matcher.spot(ask('John Kirby and Dmitry Peskov.'));
    await matcher.spot(ask('Peskov again.'));
    expect(reads()).toBe(1);
    expect(first.mentions.map((m) => m.entityId)).toEqual(['peskov']);
    expect(first.entities).toEqual([{ id: 'peskov', name: 'Dmitry Peskov', type: 'person' }]);
    matcher.clear();
    const after = await matcher.spot(ask('John Kirby and Dmitry Peskov.'));
    expect(reads()).toBe(2);
    expect(after.mentions.map((m) => m.entityId)).toEqual(['kirby', 'peskov']);
  });

  it('carries what one slice saw to the next: a surname after the full name, offsets relative to the next slice', async () => {
    const { matcher } = counted([[peskov]]);
    const text = 'Dmitry Peskov said so.\nPeskov again.\n';
    const until = text.indexOf('\n') + 1;
    const one = await matcher.spot({ text, until, state: firstSliceState() });
    expect(one.mentions).toEqual([{ entityId: 'peskov', alias: 'Dmitry Peskov', start: 0, end: 13 }]);
    expect(one.state).toEqual({ seen: ['peskov'], reached: 13 - until, carry: [] });
    const two = await matcher.spot({ text: text.slice(until), until: text.length - until, state: one.state });
    expect(two.mentions).toEqual([{ entityId: 'peskov', alias: 'Peskov', start: 0, end: 6 }]);
    // Without the first slice's state, the bare surname is not linked.
    expect((await matcher.spot({ text: text.slice(until), until: text.length - until, state: firstSliceState() })).mentions).toEqual([]);
  });

  it('a failed compile is not kept: the next request compiles again', async () => {
    const lists = [undefined, [peskov]] as unknown as GazetteerEntry[][];
    const { matcher, reads } = counted(lists);
    await expect(matcher.spot(ask('Dmitry Peskov'))).rejects.toThrow('database unavailable');
    expect((await matcher.spot(ask('Dmitry Peskov'))).mentions).toHaveLength(1);
    expect(reads()).toBe(2);
  });
});
