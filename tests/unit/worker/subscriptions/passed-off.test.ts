/**
 * A subscription held to the rule a page's site name is: an outlet of its own named as a bundled
 * outlet reads (its name, a look-alike spelling, its initials) refuses the pack, on subscribing and on
 * updating, and stores nothing from it; a publisher named so is shown by its pack's host instead.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { passedOffOutlet, publisherShownAs } from '../../../../lib/core/corpus/passed-off';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { subscribe } from '../../../../lib/worker/subscriptions/service';
import { updateSubscription } from '../../../../lib/worker/subscriptions/update';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { servePacks, type PackHost } from '../../../fixtures/pack-server';
import { NEWSROOM, NEWSROOM_CLAIM, NEWSROOM_OUTLET, newsroomPack } from '../../../fixtures/subscription-pack';
import { databases, seedPack } from '../corpus/helpers';
import { deps, keys, signed, subscribedOn, subscriptionParts, withSeed } from './helpers';

const { fresh } = databases('subscription-passed-off');
const bundled = seedPack().outlets;
let host: PackHost | undefined;
afterEach(() => host?.close());

/** The newsroom's pack with its own outlet named `name` (its publisher keeps the newsroom's name). */
function packWithOutletNamed(name: string): ClaimPack {
  const pack = newsroomPack();
  pack.outlets.find((o) => o.id === NEWSROOM_OUTLET)!.name = name;
  return pack;
}

describe('passedOffOutlet', () => {
  it.each(['Agence France-Presse', 'AGENCE FRANCE PRESSE', 'Аgence France-Presse', 'A.F.P.', 'Radio Liberty', 'World Socialist'])(
    'refuses an outlet of its own named “%s”',
    (name) => {
      expect(passedOffOutlet(packWithOutletNamed(name), bundled)).toMatch(
        new RegExp(`^The pack names one of its own outlets “${name}”, which reads as `),
      );
    },
  );

  it('takes an outlet of its own with a name of its own, and a row reusing a bundled id (which it never replaces)', () => {
    const pack = newsroomPack();
    expect(pack.outlets.some((o) => o.id === 'afp')).toBe(true);
    expect(passedOffOutlet(pack, bundled)).toBeUndefined();
    expect(passedOffOutlet(packWithOutletNamed('Harbour Press Agency'), bundled)).toBeUndefined();
  });

  it('shows a publisher named as a bundled outlet by the pack’s host', () => {
    expect(publisherShownAs(newsroomPack(undefined, 'Agence France-Presse'), 'feeds.example', bundled)).toBe('feeds.example');
    expect(publisherShownAs(newsroomPack(), 'feeds.example', bundled)).toBe(NEWSROOM);
  });
});

describe('subscribing and updating', () => {
  it('refuses to subscribe to a pack passing its outlet off as AFP, and stores nothing', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const v1 = await signed(packWithOutletNamed('Agence France-Presse'), publisher);
    host.publish(v1.bytes, v1.signature);
    const r = await subscribe(db, deps(), { url: host.url, key: publisher.publicKey });
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('reads as Agence France-Presse, an outlet Parallax already knows') });
    expect(await db.subscriptions.count()).toBe(0);
    expect(await subscriptionParts(db)).toBe(0);
  });

  it('refuses an update that renames its outlet so, keeping the last good version and saying why', async () => {
    const db = await withSeed(fresh());
    const d = deps();
    const on = await subscribedOn(db, d);
    host = on.host;
    const v2 = await signed(packWithOutletNamed('Agence France-Presse'), on.publisher);
    host.publish(v2.bytes, v2.signature);
    const r = await updateSubscription(db, d, on.sub.id);
    expect(r.ok && r.value.state).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/reads as Agence France-Presse.*Its rows stay as they were\.$/),
    });
    expect((await dbCoverageSource(db).outlets()).find((o) => o.id === NEWSROOM_OUTLET)?.name).toBe(NEWSROOM);
  });

  it('names a subscription whose publisher calls itself AFP after its host, in the card’s “via” too', async () => {
    const db = await withSeed(fresh());
    const publisher = await keys();
    host = await servePacks();
    const pack = newsroomPack(undefined, 'Agence France-Presse');
    pack.outlets.find((o) => o.id === NEWSROOM_OUTLET)!.name = NEWSROOM;
    const v1 = await signed(pack, publisher);
    host.publish(v1.bytes, v1.signature);
    const r = await subscribe(db, deps(), { url: host.url, key: publisher.publicKey });
    const hostName = new URL(host.url).hostname;
    expect(r.ok && r.value.kind === 'subscribed' && r.value.subscription.name).toBe(hostName);
    const claim = (await dbCoverageSource(db).claimsAbout('il-76')).find((c) => c.id === NEWSROOM_CLAIM);
    expect(claim?.via).toBe(hostName);
  });
});
