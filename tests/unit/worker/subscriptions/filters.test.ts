/** The popup's filters hide a subscription like an outlet: its claims leave the card, which says what was hidden; the bundled claims stay. */
import { describe, expect, it } from 'vitest';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { replaceSubscriptionRows } from '../../../../lib/worker/subscriptions/rows';
import { NEWSROOM, NEWSROOM_CLAIM, NEWSROOM_OUTLET, newsroomPack } from '../../../fixtures/subscription-pack';
import { databases } from '../corpus/helpers';
import { withSeed } from './helpers';

const { fresh } = databases('subscription-filters');
const claimIds = (c: NonNullable<Awaited<ReturnType<typeof coverageFor>>>) =>
  c.facets.flatMap((f) => f.outlets.flatMap((o) => o.claims.map((x) => x.id)));

describe('hiding a subscription', () => {
  it('takes its claims out of the card and names it among what the filters hid', async () => {
    const db = await withSeed(fresh());
    await replaceSubscriptionRows(
      db,
      {
        id: 's1',
        url: 'https://n.example/p.json',
        key: 'k',
        fingerprint: 'f',
        name: NEWSROOM,
        createdAt: 1,
        intervalMinutes: 1440,
        revision: 1,
        counts: { articles: 2, claims: 2, outlets: 2 },
        state: { kind: 'ok' },
      },
      newsroomPack(),
    );
    const shown = (await coverageFor(dbCoverageSource(db), { entityId: 'il-76' }))!;
    expect(claimIds(shown)).toContain(NEWSROOM_CLAIM);
    const hidden = (await coverageFor(dbCoverageSource(db), { entityId: 'il-76', hide: { subscription: [NEWSROOM] } }))!;
    expect(claimIds(hidden)).not.toContain(NEWSROOM_CLAIM);
    expect(claimIds(hidden)).toHaveLength(claimIds(shown).length - 1);
    expect(hidden.hidden).toEqual([{ outletId: NEWSROOM_OUTLET, name: NEWSROOM, axis: 'subscription', label: NEWSROOM }]);
  });
});
