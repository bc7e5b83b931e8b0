/**
 * The conflict rule: a subscription never replaces a row it did not introduce (a pack reusing the
 * bundled `afp`, `il-76`, a facet, an article or a claim changes none of them), its claims hang only
 * on its own articles, the earliest subscription keeps an id two share, a row it shadowed returns
 * when it goes, and unsubscribing removes exactly its rows.
 */
import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../../lib/core/corpus/subscriptions';
import { dbCoverageSource } from '../../../../lib/worker/db/coverage-source';
import { PACK_TABLES, type ParallaxDb } from '../../../../lib/worker/db/schema';
import { removeSubscriptionRows, replaceSubscriptionRows } from '../../../../lib/worker/subscriptions/rows';
import {
  AFP_ARTICLE,
  AFP_CLAIM,
  NEWSROOM,
  NEWSROOM_ARTICLE,
  NEWSROOM_CLAIM,
  NEWSROOM_OUTLET,
  newsroomPack,
} from '../../../fixtures/subscription-pack';
import { databases, seedPack } from '../corpus/helpers';
import { withSeed } from './helpers';

const { fresh } = databases('subscription-rows');

const record = (id: string, createdAt: number, name = NEWSROOM): Subscription => ({
  id,
  url: `https://${id}.example/pack.json`,
  key: 'k',
  fingerprint: 'f',
  name,
  createdAt,
  intervalMinutes: 1440,
  revision: 1,
  counts: { articles: 0, claims: 0, outlets: 0 },
  state: { kind: 'ok' },
});

async function everything(db: ParallaxDb) {
  return Object.fromEntries(await Promise.all([...PACK_TABLES, 'heads' as const].map(async (t) => [t, await db[t].toArray()])));
}

describe('a subscription reusing bundled ids', () => {
  it("leaves AFP's row, a known entity's aliases, a facet, an article and its claims as they were", async () => {
    const db = await withSeed(fresh());
    const seed = seedPack();
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    const afp = await db.outlets.get('afp');
    expect(afp).toEqual({ ...seed.outlets.find((o) => o.id === 'afp'), origin: 'seed' });
    expect((await db.entities.get('il-76'))?.aliases).toEqual(seed.entities.find((e) => e.id === 'il-76')!.aliases);
    expect((await db.facets.get('il76-crash/aboard'))?.question).toBe(seed.facets.find((f) => f.id === 'il76-crash/aboard')!.question);
    expect((await db.articles.get(AFP_ARTICLE))?.text).toBe(seed.articles.find((a) => a.id === AFP_ARTICLE)!.text);
    expect(await db.claims.get(AFP_CLAIM)).toEqual({ ...seed.claims.find((c) => c.id === AFP_CLAIM), origin: 'seed' });
  });

  it('adds its own outlet, article and claim, refers to the known entity, and cards say where the claim came from', async () => {
    const db = await withSeed(fresh());
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    expect((await db.outlets.get(NEWSROOM_OUTLET))?.origin).toBe('sub:s1');
    expect((await db.heads.get(NEWSROOM_ARTICLE))?.origin).toBe('sub:s1');
    const claims = await dbCoverageSource(db).claimsAbout('il-76');
    expect(claims.find((c) => c.id === NEWSROOM_CLAIM)).toMatchObject({ via: NEWSROOM });
    expect(claims.filter((c) => c.via !== undefined).map((c) => c.id)).toEqual([NEWSROOM_CLAIM]);
  });

  it("never writes into the reader's own rows", async () => {
    const db = await withSeed(fresh());
    const mine = { ...seedPack().outlets[0], id: NEWSROOM_OUTLET, name: 'My own outlet', origin: 'user' as const };
    await db.outlets.put(mine);
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    expect(await db.outlets.get(NEWSROOM_OUTLET)).toEqual(mine);
  });
});

describe('two subscriptions and unsubscribing', () => {
  it("gives a shared id to the earliest; the later one's row returns when the earliest goes", async () => {
    const db = await withSeed(fresh());
    await replaceSubscriptionRows(
      db,
      record('early', 1, 'Early'),
      newsroomPack('The Il-76 carried 80 people, according to the early pack.', 'Early'),
    );
    await replaceSubscriptionRows(db, record('late', 2, 'Late'), newsroomPack('The Il-76 carried 90 people, according to the late pack.', 'Late'));
    expect((await db.claims.get(NEWSROOM_CLAIM))?.quote).toMatch(/early pack/);
    expect((await db.outlets.get(NEWSROOM_OUTLET))?.name).toBe('Early');
    await removeSubscriptionRows(db, 'early');
    expect(await db.claims.get(NEWSROOM_CLAIM)).toMatchObject({ origin: 'sub:late', quote: expect.stringMatching(/late pack/) });
    expect((await db.articles.get(NEWSROOM_ARTICLE))?.origin).toBe('sub:late');
    expect((await db.heads.get(NEWSROOM_ARTICLE))?.origin).toBe('sub:late');
    expect((await db.outlets.get(NEWSROOM_OUTLET))?.name).toBe('Late');
  });

  it('removes exactly its rows: the database is as it was before it subscribed', async () => {
    const db = await withSeed(fresh());
    const before = await everything(db);
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    const removed = await removeSubscriptionRows(db, 's1');
    expect(removed).toBe(3); // its outlet, its article, its Il-76 claim: nothing of AFP's, the Il-76's or the facet's
    expect(await everything(db)).toEqual(before);
    expect(await db.sourceRows.count()).toBe(0);
  });

  it("an update that drops a row takes it out, and leaves the other subscription's rows", async () => {
    const db = await withSeed(fresh());
    const other = newsroomPack('The Il-76 carried 80 people, as another pack says.', 'Other');
    other.outlets[0].id = 'other-outlet';
    other.articles[0] = { ...other.articles[0], id: 'other-article', outletId: 'other-outlet' };
    other.claims[0] = { ...other.claims[0], id: 'other-claim', articleId: 'other-article', outletId: 'other-outlet' };
    await replaceSubscriptionRows(db, record('other', 1, 'Other'), other);
    await replaceSubscriptionRows(db, record('s1', 2), newsroomPack());
    const smaller = newsroomPack();
    smaller.claims = smaller.claims.filter((c) => c.id !== NEWSROOM_CLAIM);
    await replaceSubscriptionRows(db, record('s1', 2), smaller);
    expect(await db.claims.get(NEWSROOM_CLAIM)).toBeUndefined();
    expect((await db.claims.get('other-claim'))?.origin).toBe('sub:other');
  });

  it("an earlier subscription that takes an article back takes it with its own claims; the later one's claims on it leave", async () => {
    const db = await withSeed(fresh());
    const withoutArticle = newsroomPack('The Il-76 carried 80 people, according to the early pack.', 'Early');
    withoutArticle.articles = withoutArticle.articles.filter((a) => a.id !== NEWSROOM_ARTICLE);
    withoutArticle.claims = withoutArticle.claims.filter((c) => c.articleId !== NEWSROOM_ARTICLE);
    await replaceSubscriptionRows(db, record('early', 1, 'Early'), withoutArticle);
    const late = newsroomPack('The Il-76 carried 90 people, according to the late pack.', 'Late');
    late.claims[0].id = 'late-claim';
    await replaceSubscriptionRows(db, record('late', 2, 'Late'), late);
    expect((await db.claims.get('late-claim'))?.origin).toBe('sub:late');
    await replaceSubscriptionRows(
      db,
      record('early', 1, 'Early'),
      newsroomPack('The Il-76 carried 80 people, according to the early pack.', 'Early'),
    );
    expect((await db.articles.get(NEWSROOM_ARTICLE))?.origin).toBe('sub:early');
    expect(await db.claims.get('late-claim')).toBeUndefined();
    expect((await db.claims.get(NEWSROOM_CLAIM))?.origin).toBe('sub:early');
  });
});
