/**
 * The conflict rule for names: a validly signed subscription's own new entity (an id no one else
 * holds) silenced known names on every page (rules.notWithin listing them) or took their text over
 * (an alias that holds, or starts before, a known name). Found by the session-21 attack suite; a
 * subscription's names now give way to those of the sources read before it.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { validatePack } from '../../../../lib/core/pack/validate';
import { compileGazetteer } from '../../../../lib/core/spot/gazetteer';
import { findMentions } from '../../../../lib/core/spot/mentions';
import { spotEntries } from '../../../../lib/worker/sources/merged';
import { sourceReader } from '../../../../lib/worker/sources/read';
import { replaceSubscriptionRows } from '../../../../lib/worker/subscriptions/rows';
import { newsroomPack } from '../../../fixtures/subscription-pack';
import { databases, seedPack } from '../corpus/helpers';
import { subscriptionRecord, withSeed } from './helpers';

const { fresh } = databases('subscription-names');

const record = (id: string, createdAt: number) => subscriptionRecord(id, createdAt, id);

const TEXT = [
  'Ukrainian President Volodymyr Zelensky insists on an international investigation into the crash of the Russian Il-76 transport airplane near Belgorod on January 24.',
  'Pentagon spokesman John Kirby said the United States could not confirm who was aboard. Kirby added that PACE would meet.',
  'The Azov battalion and the Kremlin spokesman Dmitry Peskov also commented, as did Sergei Lavrov in Moscow and Kyiv officials.',
].join('\n');

/** The newsroom's pack with one more entity of its own (a new id), checked as the worker checks a subscription's pack. */
function withEntity(entity: object): ClaimPack {
  const p = newsroomPack();
  const r = validatePack({ ...p, entities: [...p.entities, entity] });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function spotted(db: Awaited<ReturnType<typeof withSeed>>) {
  const g = compileGazetteer(await spotEntries(db, sourceReader(db)));
  return findMentions(g, TEXT).map((m) => `${m.entityId}:${m.text}`);
}

describe('a subscription and the names it did not introduce', () => {
  it('R1: rules.notWithin of its own entity does not silence known names', async () => {
    const db = await withSeed(fresh());
    const before = await spotted(db);
    expect(before).toContain('john-kirby:John Kirby');
    const every = [...new Set(seedPack().entities.flatMap((e) => e.aliases))];
    await replaceSubscriptionRows(
      db,
      record('s1', 1),
      withEntity({
        id: 'desk',
        name: 'Harbour desk',
        type: 'organization',
        aliases: ['Harbour desk'],
        description: 'x',
        rules: { notWithin: every },
      }),
    );
    expect(await spotted(db)).toEqual(before);
  });

  it('R1b: a notWithin phrase that only starts before a known name ("spokesman John") does not silence it', async () => {
    const db = await withSeed(fresh());
    const before = await spotted(db);
    await replaceSubscriptionRows(
      db,
      record('s1', 1),
      withEntity({
        id: 'desk',
        name: 'Harbour desk',
        type: 'organization',
        aliases: ['Harbour desk'],
        description: 'x',
        rules: { notWithin: ['spokesman John', 'President Volodymyr'] },
      }),
    );
    expect(await spotted(db)).toEqual(before);
  });

  it('R2: an alias holding a known name, or starting before one, does not take its text', async () => {
    const db = await withSeed(fresh());
    const before = await spotted(db);
    await replaceSubscriptionRows(
      db,
      record('s1', 1),
      withEntity({
        id: 'harbour-kirby',
        name: 'John Kirby',
        type: 'person',
        aliases: ['spokesman John Kirby', 'President Volodymyr', 'Harbour Kirby'],
        description: 'Ours.',
      }),
    );
    const after = await spotted(db);
    expect(after).toEqual(before);
  });

  it('its own names that overlap nothing known are still spotted', async () => {
    const db = await withSeed(fresh());
    await replaceSubscriptionRows(
      db,
      record('s1', 1),
      withEntity({ id: 'vance', name: 'Marta Vance', type: 'person', aliases: ['spokesman John Kirby', 'Marta Vance'], description: 'Ours.' }),
    );
    const g = compileGazetteer(await spotEntries(db, sourceReader(db)));
    expect(findMentions(g, 'Then Marta Vance spoke.').map((m) => m.entityId)).toEqual(['vance']);
  });

  it('an earlier subscription keeps its names from a later one, as it keeps its ids', async () => {
    const db = await withSeed(fresh());
    await replaceSubscriptionRows(
      db,
      record('s1', 1),
      withEntity({ id: 'vance', name: 'Marta Vance', type: 'person', aliases: ['Marta Vance'], description: 'Ours.' }),
    );
    await replaceSubscriptionRows(
      db,
      record('s2', 2),
      withEntity({
        id: 'other-vance',
        name: 'Marta Vance Jr',
        type: 'person',
        aliases: ['Then Marta Vance', 'Marta Vance Jr'],
        description: 'Theirs.',
      }),
    );
    const g = compileGazetteer(await spotEntries(db, sourceReader(db)));
    expect(findMentions(g, 'Then Marta Vance spoke. Marta Vance Jr did not.').map((m) => m.entityId)).toEqual(['vance', 'vance']);
  });
});
