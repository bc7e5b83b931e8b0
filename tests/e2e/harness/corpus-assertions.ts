/**
 * The corpus end-to-end suite, written once and run in every browser: each browser's test file
 * launches its harness, opens popup.html and hands over an `evaluate` adaptor that runs a function
 * in that extension page. Functions given to `evaluate` run in the browser, so they must be
 * self-contained; they take and return strings (JSON), which both drivers carry unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../../lib/core/coverage/types';
import type { ProtocolMap } from '../../../lib/core/messages/worker-protocol';

/** Runs `fn(arg)` in the extension page and returns its result. */
export type Evaluate = (fn: (arg: string) => string | Promise<string>, arg: string) => Promise<string>;

export interface CorpusSession {
  /** Evaluates in the popup page (an extension page of the loaded extension). */
  evaluate: Evaluate;
  consoleErrors(): Promise<{ source: string; text: string }[]>;
  close(): Promise<void>;
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: string };
type Status = ProtocolMap['status']['response'];

const ALL_OUTLETS = ['afp', 'euromaidan-press', 'pravda-ru', 'rferl', 'wsws'];
const ENTITY = 'il76-crash';

async function inPage<T>(evaluate: Evaluate, fn: (arg: string) => string | Promise<string>, arg: unknown = null): Promise<T> {
  return JSON.parse(await evaluate(fn, JSON.stringify(arg))) as T;
}

/** Sends a runtime message from the extension page, as the extension's own pages do. */
export function sendMessage<T = unknown>(evaluate: Evaluate, message: unknown): Promise<Answer<T>> {
  return inPage<Answer<T>>(
    evaluate,
    async (arg) => {
      type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
      const api = g.browser ?? g.chrome;
      if (!api) throw new Error('No extension API in this page');
      return JSON.stringify((await api.runtime.sendMessage(JSON.parse(arg))) ?? null);
    },
    message,
  );
}

/** Waits until the popup shows its counts (or an error) and returns them. */
export async function popupCounts(evaluate: Evaluate, timeoutMs = 15_000): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await inPage<{ counts: Record<string, string> | null; error: string | null }>(evaluate, () => {
      const dl = document.querySelector('[data-testid="corpus-counts"]');
      const error = document.querySelector('.error')?.textContent ?? null;
      if (!dl) return JSON.stringify({ counts: null, error });
      const counts: Record<string, string> = {};
      for (const dd of dl.querySelectorAll<HTMLElement>('[data-count]')) counts[dd.dataset.count!] = dd.textContent ?? '';
      return JSON.stringify({ counts, error });
    });
    if (seen.error) throw new Error(`The popup shows an error: ${seen.error}`);
    if (seen.counts && 'claims' in seen.counts) {
      return Object.fromEntries(
        Object.entries(seen.counts).map(([k, v]) => {
          if (!/^\d+$/.test(v.trim())) throw new Error(`The popup's ${k} count is not a number: "${v}"`);
          return [k, Number(v)];
        }),
      );
    }
    if (Date.now() > deadline) throw new Error('The popup did not show the corpus counts in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Opens the "parallax" database with the raw IndexedDB API (never creating it) and reads the
 * bundled pack as stored: the record naming its generation (meta "bundled") and that generation's
 * manifest (packParts), with the number of rows in the live claims table.
 */
export function rawBundledPack(
  evaluate: Evaluate,
): Promise<{ version: number; generation: string; counts: Record<string, number>; liveClaims: number } | { error: string }> {
  return inPage(
    evaluate,
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('parallax');
        // No version given: an upgrade means the database did not exist. Do not create it.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve(JSON.stringify({ error: `open failed: ${request.error?.name ?? 'unknown'} (database missing?)` }));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['meta', 'packParts', 'claims'], 'readonly');
          const fail = (why: string) => {
            db.close();
            resolve(JSON.stringify({ error: why }));
          };
          const record = tx.objectStore('meta').get('bundled');
          const liveClaims = tx.objectStore('claims').count();
          record.onsuccess = () => {
            const gen = (record.result as { value?: { gen?: string } } | undefined)?.value?.gen;
            if (!gen) return fail('no record names a generation of the bundled pack');
            const manifest = tx.objectStore('packParts').get(`bundled@${gen}|manifest`);
            manifest.onsuccess = () => {
              const counts = (manifest.result as { data?: { counts?: Record<string, number> } } | undefined)?.data?.counts;
              if (!counts) return fail(`the generation ${gen} has no manifest`);
              db.close();
              resolve(JSON.stringify({ version: db.version, generation: gen, counts, liveClaims: liveClaims.result }));
            };
          };
          tx.onerror = () => fail(`read failed: ${tx.error?.message ?? 'unknown'}`);
        };
      }),
    null,
  );
}

function expectOk<T>(answer: Answer<T>, what: string): T {
  if (!answer.ok) throw new Error(`${what} answered {ok:false}: ${answer.error}`);
  expect(answer.ok).toBe(true);
  return answer.value;
}

const sorted = (ids: string[]) => [...ids].sort();
const allClaims = (c: Coverage) => c.facets.flatMap((f) => f.outlets.flatMap((o) => o.claims));

/**
 * Registers the suite. `start` launches the browser with the built extension, opens popup.html
 * and returns a session bound to that page; it runs once, and the browser is closed afterAll.
 */
export function describeCorpusSuite(browserName: string, start: () => Promise<CorpusSession>): void {
  describe(`${browserName}: the bundled corpus, end to end`, () => {
    let session: CorpusSession | undefined;
    const t0 = Date.now();
    let startedMs = 0;
    const evaluate: Evaluate = (fn, arg) => {
      if (!session) throw new Error(`${browserName} did not start`);
      return session.evaluate(fn, arg);
    };
    const status = async () => expectOk(await sendMessage<Status>(evaluate, { type: 'status', data: {} }), 'status');
    const coverage = async (data: Record<string, unknown>) =>
      expectOk(await sendMessage<Coverage>(evaluate, { type: 'coverage', data }), `coverage ${JSON.stringify(data)}`);

    beforeAll(async () => {
      session = await start();
      startedMs = Date.now() - t0;
    });

    afterAll(async () => {
      const t1 = Date.now();
      await session?.close();
      console.info(
        `[e2e timing] ${browserName}: launch + install + popup ${startedMs} ms; close ${Date.now() - t1} ms; suite total ${Date.now() - t0} ms`,
      );
    });

    it('the popup shows the counts that status reports, and the pack loaded without error', async () => {
      const shown = await popupCounts(evaluate);
      const s = await status();
      expect(s.loadError).toBeNull();
      expect(s.pack).not.toBeNull();
      expect(shown).toEqual(s.pack!.counts);
    });

    it('the corpus holds claims (popup claims count > 0)', async () => {
      const shown = await popupCounts(evaluate);
      expect(shown.claims).toBeGreaterThan(0);
    });

    it('IndexedDB "parallax" in the extension origin holds, as parts, the pack status reports (raw IndexedDB, no Dexie)', async () => {
      const s = await status();
      if (!s.pack) throw new Error(`status reports no loaded pack (loadError: ${s.loadError})`);
      const idb = await rawBundledPack(evaluate);
      if ('error' in idb) throw new Error(`IndexedDB "parallax": ${idb.error}`);
      expect(idb.counts.claims).toBe(s.pack.counts.claims);
      expect(idb.counts).toEqual(s.pack.counts);
      // Stored as parts, not a row per claim: the live claims table holds only the reader's.
      expect(idb.liveClaims).toBe(0);
    });

    it(`coverage of ${ENTITY}: all five outlets, at least five facets, every claim quoted`, async () => {
      const c = await coverage({ entityId: ENTITY });
      expect(c.entity.id).toBe(ENTITY);
      expect(sorted(c.outletIds)).toEqual(ALL_OUTLETS);
      expect(c.facets.filter((f) => f.facet !== null).length).toBeGreaterThanOrEqual(5);
      expect(c.excludedOutletId).toBeUndefined();
      expect(c.hidden).toEqual([]);
      const claims = allClaims(c);
      expect(claims.length).toBeGreaterThan(0);
      for (const claim of claims) {
        expect(typeof claim.quote, `claim ${claim.id}`).toBe('string');
        expect(claim.quote.trim(), `claim ${claim.id}`).not.toBe('');
      }
      for (const f of c.facets) for (const o of f.outlets) for (const claim of o.claims) expect(claim.outletId).toBe(o.outlet.id);
    });

    it('coverage leaves out the outlet of the page being read (pageUrl on rferl.org)', async () => {
      const c = await coverage({ entityId: ENTITY, pageUrl: 'https://www.rferl.org/a/some-story.html' });
      expect(c.outletIds).not.toContain('rferl');
      expect(c.excludedOutletId).toBe('rferl');
      expect(sorted(c.outletIds)).toEqual(ALL_OUTLETS.filter((id) => id !== 'rferl'));
      expect(allClaims(c).filter((claim) => claim.outletId === 'rferl')).toEqual([]);
    });

    it('coverage hides outlets by label (alignment: pro-Kremlin) and says which', async () => {
      const c = await coverage({ entityId: ENTITY, hide: { alignment: ['pro-Kremlin'] } });
      expect(c.outletIds).not.toContain('pravda-ru');
      expect(sorted(c.outletIds)).toEqual(ALL_OUTLETS.filter((id) => id !== 'pravda-ru'));
      expect(c.hidden.map((h) => h.outletId)).toContain('pravda-ru');
      expect(c.hidden.find((h) => h.outletId === 'pravda-ru')).toMatchObject({ axis: 'alignment', label: 'pro-Kremlin' });
      expect(allClaims(c).filter((claim) => claim.outletId === 'pravda-ru')).toEqual([]);
    });

    it('malformed messages answer {ok:false, error} and the background keeps answering', async () => {
      for (const bad of [{ type: 'nope' }, { type: 'coverage', data: { entityId: 42 } }]) {
        const answer = await sendMessage(evaluate, bad);
        expect(answer, JSON.stringify(bad)).toMatchObject({ ok: false });
        const error = (answer as { error?: unknown }).error;
        expect(typeof error, JSON.stringify(bad)).toBe('string');
        expect((error as string).length).toBeGreaterThan(0);
      }
      const after = await sendMessage<Status>(evaluate, { type: 'status', data: {} });
      expect(after.ok).toBe(true);
    });

    it('no console errors or uncaught exceptions in the extension pages or the background', async () => {
      expect(await session!.consoleErrors()).toEqual([]);
    });
  });
}
