/**
 * The conflict rule, as cards, the popup and the spotter read the corpus: a subscription never
 * replaces a row it did not introduce (a pack reusing the bundled `afp`, `il-76`, a facet, an
 * article or a claim changes none of them), its claims hang only on its own articles, the earliest
 * subscription keeps an id two share, a row it shadowed returns when it goes, unsubscribing removes
 * exactly its rows, and a pack being written is not seen until it is switched in.
 */
import { describe, expect, it } from 'vitest';
import { dbCoverageSource, mergedEntities, mergedOutlets, sourceArticleAt } from '../../../../lib/worker/sources/merged';
import { sourceReader } from '../../../../lib/worker/sources/read';
import { writeGeneration } from '../../../../lib/worker/sources/store';
import { PACK_TABLES, type ParallaxDb } from '../../../../lib/worker/db/schema';
import { dropUnusedGenerations, removeSubscriptionRows, replaceSubscriptionRows } from '../../../../lib/worker/subscriptions/rows';
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
import { subscriptionParts, subscriptionRecord, withSeed } from './helpers';

const { fresh } = databases('subscription-rows');

const record = (id: string, createdAt: number, name = NEWSROOM) => subscriptionRecord(id, createdAt, name);

async function everything(db: ParallaxDb) {
  return Object.fromEntries(await Promise.all([...PACK_TABLES, 'heads' as const].map(async (t) => [t, await db[t].toArray()])));
}

/** What a reader of the corpus sees (a fresh reader each time, so nothing is remembered between steps). */
async function seen(db: ParallaxDb) {
  const reader = sourceReader(db);
  const cards = dbCoverageSource(db, reader);
  const outlets = await mergedOutlets(db, reader);
  return {
    outlet: (id: string) => outlets.find((o) => o.id === id),
    claims: (entityId: string) => cards.claimsAbout(entityId),
    head: async (id: string) => (await cards.articles([id]))[0],
    entity: (id: string) => cards.entity(id),
    facet: async (id: string) => (await cards.facets()).find((f) => f.id === id),
    names: async () => (await mergedEntities(db, reader)).flatMap((e) => e.aliases),
    articleAt: (url: string) => sourceArticleAt(db, reader, [url]),
  };
}

describe('a subscription reusing bundled ids', () => {
  it("leaves AFP's row, a known entity's aliases, a facet, an article and its claims as they were", async () => {
    const db = await withSeed(fresh());
    const seed = seedPack();
    const before = await everything(db);
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    expect(await everything(db)).toEqual(before);
    const view = await seen(db);
    expect(view.outlet('afp')).toEqual(seed.outlets.find((o) => o.id === 'afp'));
    expect((await view.entity('il-76'))?.aliases).toEqual(seed.entities.find((e) => e.id === 'il-76')!.aliases);
    expect(await view.names()).not.toContain('Parallax test freighter');
    expect((await view.facet('il76-crash/aboard'))?.question).toBe(seed.facets.find((f) => f.id === 'il76-crash/aboard')!.question);
    expect((await view.head(AFP_ARTICLE))?.title).toBe(seed.articles.find((a) => a.id === AFP_ARTICLE)!.title);
    const bundled = seed.claims.find((c) => c.id === AFP_CLAIM)!;
    for (const entityId of [...bundled.entityIds, 'il-76']) {
      expect((await view.claims(entityId)).filter((c) => c.id === AFP_CLAIM)).toEqual(
        entityId === 'il-76' && !bundled.entityIds.includes('il-76') ? [] : [bundled],
      );
    }
  });

  it('adds its own outlet, article and claim, refers to the known entity, and cards say where the claim came from', async () => {
    const db = await withSeed(fresh());
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    const view = await seen(db);
    expect(view.outlet(NEWSROOM_OUTLET)?.name).toBe(NEWSROOM);
    expect((await view.head(NEWSROOM_ARTICLE))?.title).toBe('What the Il-76 manifest says');
    const claims = await view.claims('il-76');
    expect(claims.find((c) => c.id === NEWSROOM_CLAIM)).toMatchObject({ via: NEWSROOM });
    expect(claims.filter((c) => c.via !== undefined).map((c) => c.id)).toEqual([NEWSROOM_CLAIM]);
    expect(await view.articleAt('https://newsroom.example/il76')).toEqual({
      id: NEWSROOM_ARTICLE,
      title: 'What the Il-76 manifest says',
      claims: 1,
      via: NEWSROOM,
    });
  });

  it('a question it adds to a bundled event says where it came from, as its claims do; the bundled questions do not', async () => {
    const db = await withSeed(fresh());
    const pack = newsroomPack();
    pack.facets.push({ id: 'newsroom/admitted', eventId: 'il76-crash', question: 'Did Ukraine admit downing the plane?' });
    await replaceSubscriptionRows(db, record('s1', 1), pack);
    const view = await seen(db);
    expect(await view.facet('newsroom/admitted')).toEqual({
      id: 'newsroom/admitted',
      eventId: 'il76-crash',
      question: 'Did Ukraine admit downing the plane?',
      via: NEWSROOM,
    });
    expect((await view.facet('il76-crash/aboard'))?.via).toBeUndefined();
  });

  it("never writes into the reader's own rows, and theirs is what is seen", async () => {
    const db = await withSeed(fresh());
    const mine = { ...seedPack().outlets[0], id: NEWSROOM_OUTLET, name: 'My own outlet', origin: 'user' as const };
    await db.outlets.put(mine);
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    expect(await db.outlets.get(NEWSROOM_OUTLET)).toEqual(mine);
    expect((await seen(db)).outlet(NEWSROOM_OUTLET)?.name).toBe('My own outlet');
  });
});

describe('two subscriptions and unsubscribing', () => {
  const quoteOf = async (db: ParallaxDb, id: string) => (await (await seen(db)).claims('il-76')).find((c) => c.id === id);

  it("gives a shared id to the earliest; the later one's row returns when the earliest goes", async () => {
    const db = await withSeed(fresh());
    await replaceSubscriptionRows(
      db,
      record('early', 1, 'Early'),
      newsroomPack('The Il-76 carried 80 people, according to the early pack.', 'Early'),
    );
    await replaceSubscriptionRows(db, record('late', 2, 'Late'), newsroomPack('The Il-76 carried 90 people, according to the late pack.', 'Late'));
    expect(await quoteOf(db, NEWSROOM_CLAIM)).toMatchObject({ via: 'Early', quote: expect.stringMatching(/early pack/) });
    expect((await seen(db)).outlet(NEWSROOM_OUTLET)?.name).toBe('Early');
    await removeSubscriptionRows(db, 'early');
    expect(await quoteOf(db, NEWSROOM_CLAIM)).toMatchObject({ via: 'Late', quote: expect.stringMatching(/late pack/) });
    expect((await seen(db)).outlet(NEWSROOM_OUTLET)?.name).toBe('Late');
  });

  it('removes exactly its rows: the database is as it was before it subscribed', async () => {
    const db = await withSeed(fresh());
    const before = await everything(db);
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    expect(await subscriptionParts(db)).toBeGreaterThan(0);
    const removed = await removeSubscriptionRows(db, 's1');
    expect(removed).toBe(9); // its pack's 2 outlets, 2 articles, 2 entities, 1 facet and 2 claims
    expect(await everything(db)).toEqual(before);
    expect(await subscriptionParts(db)).toBe(0);
    expect(await quoteOf(db, NEWSROOM_CLAIM)).toBeUndefined();
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
    expect(await quoteOf(db, NEWSROOM_CLAIM)).toBeUndefined();
    expect(await quoteOf(db, 'other-claim')).toMatchObject({ via: 'Other' });
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
    expect(await quoteOf(db, 'late-claim')).toMatchObject({ via: 'Late' });
    await replaceSubscriptionRows(
      db,
      record('early', 1, 'Early'),
      newsroomPack('The Il-76 carried 80 people, according to the early pack.', 'Early'),
    );
    expect(await quoteOf(db, 'late-claim')).toBeUndefined();
    expect(await quoteOf(db, NEWSROOM_CLAIM)).toMatchObject({ via: 'Early' });
  });
});

describe('switching a new pack in', () => {
  it('a generation written but not switched in is not seen, and is deleted at the next start', async () => {
    const db = await withSeed(fresh());
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack('The Il-76 carried 80 people, says the first pack.'));
    const parts = await subscriptionParts(db);
    // A worker stopped half way through writing the next version: its parts are there, unnamed.
    await writeGeneration(
      db,
      's1',
      `${(Date.now() - 1000).toString(36)}.2.cut`,
      newsroomPack('The Il-76 carried 90 people, says an unfinished pack.'),
    );
    expect(await quoteOf2(db)).toMatch(/first pack/);
    expect(await dropUnusedGenerations(db, Date.now())).toBeGreaterThan(0);
    expect(await subscriptionParts(db)).toBe(parts);
    expect(await quoteOf2(db)).toMatch(/first pack/);
  });

  it('leaves a generation this worker began after its start (an update still writing)', async () => {
    const db = await withSeed(fresh());
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    const startedAt = Date.now();
    await writeGeneration(
      db,
      's1',
      `${(startedAt + 5).toString(36)}.2.live`,
      newsroomPack('The Il-76 carried 90 people, says a pack being written.'),
    );
    expect(await dropUnusedGenerations(db, startedAt)).toBe(0);
  });

  it('two updates of one subscription at once end with one of them whole, and nothing of the other', async () => {
    const db = await withSeed(fresh());
    await Promise.all([
      replaceSubscriptionRows(db, record('s1', 1), newsroomPack('The Il-76 carried 70 people, says version A.')),
      replaceSubscriptionRows(db, record('s1', 1), newsroomPack('The Il-76 carried 75 people, says version B.')),
    ]);
    expect(await quoteOf2(db)).toMatch(/version B/);
    const gen = (await db.subscriptions.get('s1'))!.gen!;
    const keys = ((await db.packParts.toCollection().primaryKeys()) as string[]).filter((k) => !k.startsWith('bundled@'));
    expect(keys.every((k) => k.startsWith(`s1@${gen}|`))).toBe(true);
  });
});

describe('a row that shadowed a subscription goes', () => {
  it("the reader's article with the same id hides the subscription's claims on it; deleted, they show at once", async () => {
    const db = await withSeed(fresh());
    const theirs = newsroomPack().articles.find((a) => a.id === NEWSROOM_ARTICLE)!;
    const mine = { ...theirs, outletId: 'afp', title: 'My copy', origin: 'user' as const };
    const { text: _text, ...head } = mine;
    await db.articles.put(mine);
    await db.heads.put(head);
    await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    expect(await quoteOf2(db)).toBeUndefined();
    expect((await (await seen(db)).head(NEWSROOM_ARTICLE))?.title).toBe('My copy');
    await db.articles.delete(NEWSROOM_ARTICLE);
    await db.heads.delete(NEWSROOM_ARTICLE);
    expect(await quoteOf2(db)).toMatch(/80 people/);
    expect((await (await seen(db)).head(NEWSROOM_ARTICLE))?.title).toBe(theirs.title);
  });
});

describe('an update racing the reader', () => {
  it('an update that finishes after an unsubscribe does not bring the subscription back', async () => {
    const db = await withSeed(fresh());
    const stored = await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    await removeSubscriptionRows(db, 's1');
    await replaceSubscriptionRows(db, { ...stored, revision: 2 }, newsroomPack('The Il-76 carried 90 people, says a late update.'));
    expect(await db.subscriptions.count()).toBe(0);
    expect(await subscriptionParts(db)).toBe(0);
    expect(await quoteOf2(db)).toBeUndefined();
  });

  it('keeps an interval the reader chose while the pack was being written', async () => {
    const db = await withSeed(fresh());
    const stored = await replaceSubscriptionRows(db, record('s1', 1), newsroomPack());
    await db.subscriptions.update('s1', { intervalMinutes: 60 });
    const next = await replaceSubscriptionRows(db, { ...stored, revision: 2 }, newsroomPack('The Il-76 carried 90 people, says version two.'));
    expect(next.intervalMinutes).toBe(60);
    expect((await db.subscriptions.get('s1'))?.intervalMinutes).toBe(60);
    expect(await quoteOf2(db)).toMatch(/version two/);
  });
});

async function quoteOf2(db: ParallaxDb) {
  return (await (await seen(db)).claims('il-76')).find((c) => c.id === NEWSROOM_CLAIM)?.quote;
}
