/** Shared setup for the corpus tests: fresh fake-IndexedDB databases, the bundled seed pack, and the fixture pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { CORPUS_PATH, readSeeds } from '../../../../lib/tools/cli/seed-files';
import { parseHTML } from 'linkedom';
import { articleFromHtml } from '../../../../lib/core/extract/read-html';
import type { PageArticle } from '../../../../lib/core/extract/page-article';
import { type BundledPack, ensureBundled, packagedPack } from '../../../../lib/worker/sources/bundled';
import { checkedPackBytes } from '../../../../lib/tools/build/bundled-corpus';
import { expectedPackDigest } from '../../../fixtures/pack-digest';
import { headOf, type Origin, PACK_TABLES, ParallaxDb, type Row } from '../../../../lib/worker/db/schema';
import type { Article, ClaimPack } from '../../../../lib/core/pack/types';
import { ok } from '../../../../lib/core/result';
import { createHandlers, type CorpusWiring } from '../../../../lib/worker/handlers';
import { dispatch, type From } from '../../../../lib/core/messages/dispatch';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';
import { createLoadProgress } from '../../../../lib/worker/load-progress';

/** The bundled facet rules, with their cues. */
export const RULES = readSeeds().facets;

/** A fresh copy of seeds/corpus.json (each caller may change it). */
const corpusJson = readFileSync(CORPUS_PATH, 'utf8');
export const seedPack = (): ClaimPack => JSON.parse(corpusJson);

/**
 * `pack` as the extension ships it: checked and rebuilt as its build does, with that build's digest,
 * read from the package as the worker reads it (packagedPack). Counts its reads.
 */
export function bundledOf(pack: ClaimPack = seedPack()): BundledPack & { reads: number } {
  const checked = checkedPackBytes(new TextEncoder().encode(JSON.stringify(pack)));
  if (!checked.ok) throw new Error(`Not a pack a build would ship: ${checked.error}`);
  const bytes = checked.value as Uint8Array<ArrayBuffer>;
  const digest = expectedPackDigest(bytes);
  const fromPackage = packagedPack(
    'chrome-extension://parallax/bundled-corpus.json',
    digest,
    (async () => new Response(bytes)) as unknown as typeof fetch,
  );
  return {
    digest,
    reads: 0,
    read() {
      this.reads++;
      return fromPackage.read();
    },
  };
}

/** The claims the reader's names are linked in, as the worker reads them from the bundled pack. */
export const seedClaims = async () => ok(seedPack().claims);

/** Stores `pack` as the bundled pack of `db`, as the worker's start does (without linking names). */
export async function withBundled(db: ParallaxDb, pack: ClaimPack = seedPack()): Promise<ParallaxDb> {
  const r = await ensureBundled(db, bundledOf(pack));
  if (!r.ok) throw new Error(r.error);
  return db;
}

export const fixture = (path: string) => readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', path), 'utf8');

export const HARBOUR_URL = 'https://harbourherald.example/world/il76-what-we-know';
export const HARBOUR_TITLE = 'Il-76 crash: what we can and cannot confirm';
export const HARBOUR_OUTLET = 'user-harbourherald-example';
/** The article id: "user-" + outlet id (without its own "user-") + date + title slug. */
export const HARBOUR_ID = 'user-harbourherald-example-2024-01-26-il-76-crash-what-we-can-and-cannot-confirm';
/** The five reporting paragraphs of the fixture's <article>, each one sentence. */
export const HARBOUR_PARAGRAPHS = [
  'Two days after the Il-76 crash near Belgorod, nobody outside Russia has confirmed how many people were on board the aircraft.',
  'Aviation analyst Marta Kovalenko said the flight data published so far did not show where the plane had come from.',
  '“Until the wreckage is examined by someone independent, every figure is a claim, not a fact,” Marta Kovalenko told the Harbour Herald.',
  'Kremlin spokesman Dmitry Peskov repeated on Friday that Ukraine had been informed of the flight in advance.',
  'Residents told local reporters they had seen the aircraft fall into a snowy field outside a village.',
];
/** The page's text: Readability keeps the byline line; extraction drops it (it equals the byline). */
export const HARBOUR_TEXT = ['Tomas Reed', ...HARBOUR_PARAGRAPHS].join('\n');

export function harbourPage(): PageArticle {
  const r = articleFromHtml(fixture('pages/harbour-herald-il76.html'), HARBOUR_URL, parseWithLinkedom);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** A page read elsewhere, for tests that need several articles: one paragraph per line. */
export const page = (url: string, title: string, published: string, paragraphs: string[], siteName?: string): PageArticle => ({
  title,
  published,
  url,
  text: paragraphs.join('\n'),
  ...(siteName ? { siteName } : {}),
});

/** Registers an afterEach that deletes every database made by the returned `fresh()`. */
export function databases(prefix: string) {
  const open: ParallaxDb[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });
  const fresh = () => {
    const db = new ParallaxDb(`${prefix}-${Math.random()}`);
    open.push(db);
    return db;
  };
  const seeded = (pack: ClaimPack = seedPack()) => withBundled(fresh(), pack);
  return { fresh, seeded };
}

/** Every row of the five pack tables, in key order: for "exactly as before" comparisons. */
export async function tables(db: ParallaxDb) {
  const rows = Object.fromEntries(await Promise.all(PACK_TABLES.map(async (t) => [t, await db[t].toArray()] as const)));
  // The heads mirror the articles after every write: any comparison checks that too.
  expect(await db.heads.toArray()).toEqual(rows.articles.map((a) => headOf(a as Row<Article>)));
  return rows;
}

/** How many rows of each pack table have the given origin. */
export async function countsOf(db: ParallaxDb, origin: Origin) {
  return Object.fromEntries(await Promise.all(PACK_TABLES.map(async (t) => [t, await db[t].where('origin').equals(origin).count()] as const)));
}

/** HTML to a DOM in Node, as the browser's DOMParser does in the extension. */
export const parseWithLinkedom = (html: string) => parseHTML(html).document as unknown as Document;

/** What the worker's handlers need besides the database, doing nothing of note: the bundled pack and rules, no labels, a fresh progress board, pages read in this process. */
export const quietWiring = (over: Partial<CorpusWiring> = {}): CorpusWiring => ({
  bundled: bundledOf(),
  facets: RULES,
  overrides: async () => ({}),
  offAt: async () => false,
  readPage: async (html, address, movedFrom) => articleFromHtml(html, address, parseWithLinkedom, movedFrom),
  changed: async () => {},
  progress: createLoadProgress(),
  ...over,
});

/**
 * The worker's handlers over `db` with the seed pack bundled (`ready` settles once it is), and
 * `send`, a message from a page or an extension page as the dispatcher receives it.
 */
export function seededWorker(db: ParallaxDb) {
  const ready = ensureBundled(db, bundledOf(seedPack())).then((r) => (r.ok ? null : r.error));
  const handlers = createHandlers(db, ready, quietWiring());
  const send = (type: string, data: unknown, from: From) => dispatch(WORKER_MESSAGES, handlers, { type, data }, from);
  return { db, send, ready };
}
