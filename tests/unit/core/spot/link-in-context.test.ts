/**
 * rules.linkWhenPageNames, with the bundled entities (seeds/entities.json): aliases generic on
 * their own ("prisoner exchange", "Security Council") count on a page that has named the entity's
 * context (the Il-76 crash; the UN or its meeting on the crash), and still not elsewhere: another
 * war's prisoner swap, a country's national security council.
 */
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../../../lib/tools/cli/seed-files';
import { compileGazetteer, toGazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { findMentions } from '../../../../lib/core/spot/mentions';

const g = compileGazetteer(readSeeds().entities.map(toGazetteerEntry));
const linked = (text: string) => findMentions(g, text).map((m) => [m.entityId, m.text]);

describe('linking in context (rules.linkWhenPageNames)', () => {
  it('"a prisoner exchange" on a page about the Il-76 crash is the planned exchange', () => {
    expect(linked('The Il-76 crash happened hours before a prisoner exchange was due. The exchange of prisoners was called off.')).toEqual([
      ['il76-crash', 'Il-76 crash'],
      ['prisoner-exchange-2024-01', 'prisoner exchange'],
      ['prisoner-exchange-2024-01', 'exchange of prisoners'],
    ]);
  });

  it('"the Security Council" on a page naming the United Nations is the UN Security Council', () => {
    expect(linked('Russia asked the United Nations for a meeting. The Security Council met on Thursday.')).toEqual([
      ['united-nations', 'United Nations'],
      ['un-security-council', 'Security Council'],
    ]);
  });

  it('decoy: another war’s prisoner swap is not the planned exchange', () => {
    expect(linked('Armenia and Azerbaijan carried out a prisoner swap on the border, the first prisoner exchange since the ceasefire.')).toEqual([]);
  });

  it('decoy: a national security council is not the UN Security Council, even on a page naming the UN', () => {
    expect(linked('Valmora’s National Security Council met on Tuesday.')).toEqual([]);
    expect(linked('The UN sent observers. Valmora’s National Security Council met on Tuesday.')).toEqual([['united-nations', 'UN']]);
  });

  it('only once the context is named: a mention before it stays unlinked', () => {
    expect(linked('A prisoner exchange was planned. Then the Il-76 crash.')).toEqual([['il76-crash', 'Il-76 crash']]);
    expect(linked('A prisoner exchange was planned. Then the Il-76 crash. The prisoner exchange was called off.'), 'one after it is').toEqual([
      ['il76-crash', 'Il-76 crash'],
      ['prisoner-exchange-2024-01', 'prisoner exchange'],
    ]);
  });
});
