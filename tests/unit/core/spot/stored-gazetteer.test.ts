/**
 * The compiled gazetteer as the background keeps it between starts (lib/core/spot/stored-gazetteer.ts):
 * restored after IndexedDB's structured clone, it spots exactly what the freshly compiled one does,
 * every entity rule included; a stored form whose parts do not fit is refused with an error, never
 * searched.
 */
import { describe, expect, it } from 'vitest';
import { compileGazetteer, type GazetteerEntry, toGazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { findMentions } from '../../../../lib/core/spot/mentions';
import { entryIndex, firstSliceState, spotSlice } from '../../../../lib/core/spot/slice-spot';
import { restoreGazetteer, storeGazetteer, type StoredGazetteer } from '../../../../lib/core/spot/stored-gazetteer';
import { seeds } from '../extract/seed-pack';

/** Round trip as IndexedDB does it: stored, structured-cloned, restored. */
const roundTrip = (entries: GazetteerEntry[]) => restoreGazetteer(structuredClone(storeGazetteer(compileGazetteer(entries))));

const seedEntries = seeds.entities.map(toGazetteerEntry);
const seedText = [
  ...seeds.articles.map((a) => a.text),
  // Rules: a surname only after the full name, exact case, a phrase that blocks, near misses.
  'Peskov spoke first.\nDmitry Peskov said so; Peskov again. President Zelenskyj met Peskow.\nSea of Azov and the Kremlin; the pace of talks, PACE.',
].join('\n');

/** Names of many shapes sharing prefixes, so that the transition table holds collisions. */
function manyEntries(count: number): GazetteerEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `Orla ${String.fromCharCode(65 + (i % 26))}${(i * 7919).toString(36)} Vance`;
    return { id: `e${i}`, name, type: i % 3 === 0 ? 'organization' : 'person', aliases: [name, `Vance ${i}`] };
  });
}

describe('the stored gazetteer', () => {
  it('spots what the compiled one spots, on the seed articles and their rules', () => {
    const compiled = compileGazetteer(seedEntries);
    const restored = roundTrip(seedEntries);
    const expected = findMentions(compiled, seedText);
    expect(expected.length).toBeGreaterThan(200);
    expect(findMentions(restored, seedText)).toEqual(expected);
    const slice = (g: typeof compiled) => spotSlice(g, entryIndex(g), seedText, seedText.length, firstSliceState());
    expect(slice(restored)).toEqual(slice(compiled));
    expect(restored.entries).toEqual(seedEntries.map(({ id, name, type }) => ({ id, name, type })));
  });

  it('spots what the compiled one spots with thousands of names', () => {
    const entries = manyEntries(3000);
    const text = entries
      .filter((_, i) => i % 5 === 0)
      .map((e, i) => `Then ${e.name} and Vance ${i * 5} spoke.`)
      .join('\n');
    const expected = findMentions(compileGazetteer(entries), text);
    expect(expected.length).toBeGreaterThan(1000);
    expect(findMentions(roundTrip(entries), text)).toEqual(expected);
  });

  it('refuses a stored form whose parts do not fit, saying so', () => {
    const good = () => storeGazetteer(compileGazetteer(seedEntries));
    const damaged: [string, (s: StoredGazetteer) => void][] = [
      [
        'another format',
        (s) => {
          s.format = 99;
        },
      ],
      [
        'an entry list cut short',
        (s) => {
          s.names.pop();
        },
      ],
      [
        'a pattern of no entry',
        (s) => {
          s.entry[3] = s.ids.length;
        },
      ],
      [
        'a pattern list cut short',
        (s) => {
          s.flags = s.flags.subarray(1);
        },
      ],
      [
        'a transition to no state',
        (s) => {
          s.automaton.transitions[2] = s.automaton.fail.length;
        },
      ],
      [
        'a transition from no state',
        (s) => {
          s.automaton.transitions[3] = 0;
        },
      ],
      [
        'transitions cut short',
        (s) => {
          s.automaton.transitions = s.automaton.transitions.subarray(3);
        },
      ],
      [
        'slots out of order',
        (s) => {
          s.automaton.slots.reverse();
        },
      ],
      [
        'a slot past the table',
        (s) => {
          s.automaton.slots[s.automaton.slots.length - 1] = 1 << s.automaton.bits;
        },
      ],
      [
        'a table too full to probe',
        (s) => {
          // Every slot in range and in order, but more than half the table used.
          const used = s.automaton.slots.length;
          s.automaton.bits = Math.ceil(Math.log2(used));
          s.automaton.slots = Int32Array.from({ length: used }, (_, i) => i);
        },
      ],
      [
        'arrays of another type',
        (s) => {
          s.automaton.nextSame = Float64Array.from(s.automaton.nextSame) as unknown as Int32Array;
        },
      ],
      [
        'a size that is not a whole number',
        (s) => {
          s.automaton.bits += 0.5;
        },
      ],
      // What would make a search loop for ever.
      [
        'a failure link to the state itself',
        (s) => {
          const deep = s.automaton.fail.findIndex((f) => f > 0);
          s.automaton.fail[deep] = deep;
        },
      ],
      [
        'a failure link past the states',
        (s) => {
          s.automaton.fail[1] = s.automaton.fail.length;
        },
      ],
      [
        'a dictionary link to a deeper state',
        (s) => {
          const at = s.automaton.dict.findIndex((d) => d > 0);
          s.automaton.dict[s.automaton.dict[at]] = at;
        },
      ],
      [
        'patterns listed round a cycle',
        (s) => {
          const p = s.automaton.nextSame.findIndex((n) => n > 0);
          s.automaton.nextSame[s.automaton.nextSame[p]] = p;
        },
      ],
      [
        'a state reached by two transitions',
        (s) => {
          const t = s.automaton.transitions;
          t[5] = t[2];
        },
      ],
      [
        'states cut short',
        (s) => {
          s.automaton.dict = s.automaton.dict.subarray(1);
        },
      ],
      [
        'an opening rule of no entry',
        (s) => {
          s.opens[2] = -1;
        },
      ],
      ['nothing at all', (s) => void Object.assign(s, { format: undefined })],
    ];
    for (const [what, damage] of damaged) {
      const s = good();
      damage(s);
      expect(() => restoreGazetteer(s), what).toThrow(/not whole/);
    }
    expect(good().opens.length).toBeGreaterThan(0);
    // The table-too-full case is refused for being too full alone: the seed's table needs 2^10 slots or more.
    expect(Math.ceil(Math.log2(good().automaton.slots.length))).toBeGreaterThanOrEqual(10);
  });
});
