/**
 * One update of one subscription: fetch (conditional, capped), check the signature of the exact
 * bytes, then decode, parse and validate the pack in full, and only then replace its rows. Any
 * failure leaves its rows as they were and records why and when; a 304 or the same bytes again
 * record only that it was checked.
 */
import { inTurn } from './in-turn';
import { olderThanHeld, PACK_CAP_BYTES, SIGNATURE_CAP_BYTES, type Subscription } from '../../core/corpus/subscriptions';
import { verifyBytes } from '../../core/pack/signature';
import type { ClaimPack, Outlet } from '../../core/pack/types';
import { passedOffOutlet, publisherShownAs } from '../../core/corpus/passed-off';
import { bundledSource } from '../sources/known';
import { sourceReader } from '../sources/read';
import { err, ok, type Result } from '../../core/result';
import { macrotask } from '../macrotask';
import { packFromBytes } from '../sources/pack-bytes';
import type { ParallaxDb } from '../db/schema';
import { subscriptionTaskKey } from '../../core/corpus/load-progress';
import type { LoadProgressBoard, LoadTask } from '../load-progress';
import { fetchPack, fetchSignature, type Fetch, type Timeouts } from './fetch-pack';
import { replaceSubscriptionRows } from './rows';

export interface UpdateDeps {
  fetch: Fetch;
  now(): number;
  /** The cap on a pack's size in bytes (PACK_CAP_BYTES; tests make it small). */
  cap?: number;
  /** Where an update says how far it is (for `status`); without it, nobody hears. */
  progress?: LoadProgressBoard;
  /** How long a host may take (TIMEOUTS; tests make them short). */
  timeouts?: Timeouts;
}

/** A signed, valid pack fetched from an address, with what the next conditional request needs. */
export type Fetched = { kind: 'not-modified' } | { kind: 'pack'; pack: ClaimPack; digest: string; etag?: string; lastModified?: string };

/** How far past this computer's clock a pack's issue time may be: the publisher's clock, or this one, may be off. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * Why a pack's issue time is further ahead of `now` than a wrong clock explains, or undefined. Held, a
 * version issued in 2099 refuses every honest version after it (olderThanHeld): whoever holds a leaked
 * key could sign one and keep its rows in place (session-25 attack suite).
 */
function issuedAhead(issued: string | undefined, now: number): string | undefined {
  if (issued === undefined || !(Date.parse(issued) > now + CLOCK_SLACK_MS)) return undefined;
  const clock = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `The pack was refused: it says it was issued ${issued}, more than a day in the future; the computer's clock says ${clock}. If the clock is right, the publisher's issue time is wrong.`;
}

/** Reads, checks and validates the pack at `url` against `key`; nothing is written. `task` hears the bytes arrive. */
export async function fetchSignedPack(
  deps: UpdateDeps,
  url: string,
  key: string,
  last: Pick<Subscription, 'etag' | 'lastModified'>,
  task?: LoadTask,
): Promise<Result<Fetched>> {
  const onBytes = task && ((received: number, total?: number) => task.step(received, total ?? 0));
  const response = await fetchPack(deps.fetch, url, last, deps.cap ?? PACK_CAP_BYTES, onBytes, deps.timeouts);
  if (!response.ok) return response;
  if (response.value.kind === 'not-modified') return ok({ kind: 'not-modified' });
  const { bytes, etag, lastModified } = response.value;
  // Checking has no count to show: the bar goes indeterminate until the rows are written.
  task?.step(0, 0);
  const signature = await fetchSignature(deps.fetch, url, SIGNATURE_CAP_BYTES, deps.timeouts);
  if (!signature.ok) return signature;
  // The signature is checked before a byte of the pack is parsed; the hash it checks names the bytes.
  const verified = await verifyBytes(bytes, signature.value, key, macrotask);
  if (!verified.ok)
    return err(
      `Signature refused: ${verified.error} If the publisher has announced a new key, subscribe again to this address with it: the pack it signs replaces this one, whenever the one held says it was issued.`,
    );
  const valid = await packFromBytes(bytes);
  if (!valid.ok) return valid;
  // Checked at Subscribe and at every update alike, the same bytes held again included: a pack from the future is named as such.
  const ahead = issuedAhead(valid.value.issued, deps.now());
  return ahead ? err(ahead) : ok({ kind: 'pack', pack: valid.value, digest: verified.value, etag, lastModified });
}

/**
 * The outlets a subscription's outlets may not pass for: the bundled corpus's, whose names readers trust. Not
 * the reader's own, which may be a page of the subscription's own site added earlier.
 */
async function bundledOutlets(db: ParallaxDb): Promise<readonly Outlet[]> {
  return (await bundledSource(sourceReader(db)))?.manifest.outlets ?? [];
}

/** Why a fetched pack may not be stored beside the bundled outlets (passedOffOutlet), or undefined. */
export async function passedOff(db: ParallaxDb, pack: ClaimPack): Promise<string | undefined> {
  return passedOffOutlet(pack, await bundledOutlets(db));
}

/** What a subscription records of a pack it holds now; `known`: the outlets its publisher's name may not pass for. */
export function describePack(
  pack: ClaimPack,
  url: string,
  known: readonly Outlet[],
): Pick<Subscription, 'name' | 'publisherUrl' | 'counts' | 'issued'> {
  return {
    name: publisherShownAs(pack, new URL(url).hostname, known),
    ...(pack.publisher?.url ? { publisherUrl: pack.publisher.url } : {}),
    ...(pack.issued ? { issued: pack.issued } : {}),
    counts: { articles: pack.articles.length, claims: pack.claims.length, outlets: pack.outlets.length },
  };
}

/**
 * Writes a subscription's record unless it was removed meanwhile (an Unsubscribe while its pack was
 * downloading is not undone when the download ends); answers whether it was written.
 */
function putIfStill(db: ParallaxDb, record: Subscription): Promise<boolean> {
  return db.transaction('rw', db.subscriptions, async () => {
    const current = await db.subscriptions.get(record.id);
    if (!current) return false;
    // Only when and how it was checked: the rest of the record (its pack, generation, issue time) may
    // have been changed meanwhile by another update, and must not be put back as it was.
    await db.subscriptions.put({ ...current, lastChecked: record.lastChecked, state: record.state });
    return true;
  });
}

/** Writes a fetched pack's rows (when its bytes changed) and the subscription's new record; `task` hears the parts written. */
export async function applyFetched(db: ParallaxDb, sub: Subscription, fetched: Fetched, now: number, task?: LoadTask): Promise<Subscription> {
  if (fetched.kind === 'not-modified' || fetched.digest === sub.digest) {
    const checked: Subscription = { ...sub, lastChecked: now, state: { kind: 'ok' } };
    await putIfStill(db, checked);
    return checked;
  }
  const next: Subscription = {
    ...sub,
    ...describePack(fetched.pack, sub.url, await bundledOutlets(db)),
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    digest: fetched.digest,
    lastChecked: now,
    lastChanged: now,
    revision: sub.revision + 1,
    state: { kind: 'ok' },
  };
  return replaceSubscriptionRows(db, next, fetched.pack, task && { progress: (done, total) => task.step(done, total) });
}

const REMOVED = 'No such subscription (it may have been removed).';

/** The update running for each subscription (per database): a second ask while it runs gets its result. */
const updating = new WeakMap<ParallaxDb, Map<string, Promise<Result<Subscription>>>>();

/**
 * Updates a stored subscription; a failure is recorded on it and its rows stay as they were. One at a
 * time (./in-turn.ts): an *Update now* while the alarm's update runs answers with that update's result.
 */
export function updateSubscription(db: ParallaxDb, deps: UpdateDeps, id: string): Promise<Result<Subscription>> {
  const updates = updating.get(db) ?? new Map();
  updating.set(db, updates);
  const running = updates.get(id);
  if (running) return running;
  const update = inTurn(db, id, () => updateOnce(db, deps, id)).finally(() => updates.delete(id));
  updates.set(id, update);
  return update;
}

async function updateOnce(db: ParallaxDb, deps: UpdateDeps, id: string): Promise<Result<Subscription>> {
  const sub = await db.subscriptions.get(id);
  if (!sub) return err(REMOVED);
  const task = deps.progress?.begin(`Updating “${sub.name}”`, { key: subscriptionTaskKey(id) });
  try {
    const fetched = await fetchSignedPack(deps, sub.url, sub.key, sub, task);
    const older =
      fetched.ok && fetched.value.kind === 'pack' && fetched.value.digest !== sub.digest
        ? olderThanHeld(sub.issued, fetched.value.pack.issued)
        : undefined;
    const passed = fetched.ok && fetched.value.kind === 'pack' ? await passedOff(db, fetched.value.pack) : undefined;
    if (!fetched.ok || older || passed) {
      const reason = !fetched.ok
        ? fetched.error
        : older
          ? `An older version of the pack was refused: ${older}. Its rows stay as they were.`
          : `${passed} Its rows stay as they were.`;
      const failed: Subscription = { ...sub, lastChecked: deps.now(), state: { kind: 'failed', reason, at: deps.now() } };
      return (await putIfStill(db, failed)) ? ok(failed) : err(REMOVED);
    }
    const applied = await applyFetched(db, sub, fetched.value, deps.now(), task);
    // Removed while its pack was on its way: not written back (putIfStill, replaceSubscriptionRows), and said so.
    return (await db.subscriptions.get(id)) ? ok(applied) : err(REMOVED);
  } finally {
    task?.end();
  }
}
