/**
 * The background's compiled gazetteer, shared by every page: compiled once per corpus revision (in
 * steps, so the background keeps answering other messages meanwhile) and used to spot the slices of
 * text pages send. A page pays nothing that grows with the corpus: no gazetteer message, no parse,
 * no compile. `clear` after the corpus's names changed; the next request compiles again. With a
 * store, what was compiled is kept between the background's starts (./stored-names.ts).
 */
import { compileSteps, type Gazetteer, type GazetteerEntry } from '../core/spot/gazetteer';
import { entryIndex, spotSlice, type SpotAnswer, type SpotRequest } from '../core/spot/slice-spot';
import { runBudgeted } from '../core/spot/steps';
import { macrotask } from './macrotask';
import type { NamesStore } from './stored-names';

interface Compiled {
  g: Gazetteer;
  index: Map<string, number>;
}

/** How long compiling may hold the background before letting other messages through, ms. */
const STEP_BUDGET_MS = 10;

/** Compiles with a macrotask between stretches (not setTimeout(0): nested timers wait 4 ms each). */
const compileInSteps = (list: GazetteerEntry[]) =>
  runBudgeted(compileSteps(list), STEP_BUDGET_MS, async () => {
    await macrotask();
    return true;
  }) as Promise<Gazetteer>;

export interface SpotMatcher {
  /** Compiles now (if not done for this revision), so the first page does not wait for it. */
  prepare(): Promise<void>;
  spot(request: SpotRequest): Promise<SpotAnswer>;
  clear(): void;
}

/**
 * The names compiled, or read back from `store` when it holds them as they are now. `unchanged`
 * says whether no change of names was announced since this began.
 */
async function gazetteer(entries: () => Promise<GazetteerEntry[]>, store: NamesStore | undefined, unchanged: () => boolean): Promise<Gazetteer> {
  if (!store) return compileInSteps(await entries());
  const key = await store.key();
  const kept = await store.get(key).catch(() => undefined);
  if (kept) return kept;
  const g = await compileInSteps(await entries());
  // Kept only if the names did not change while they were read and compiled: none was announced,
  // and the key is the same (names changed and changed back, say a name added then the reader's
  // corpus cleared, would give the same key for names compiled in between). The page that asked
  // does not wait for the write.
  void store
    .key()
    .then((now) => (now === key && unchanged() ? store.put(key, g) : undefined))
    .catch(() => undefined);
  return g;
}

export function createSpotMatcher(entries: () => Promise<GazetteerEntry[]>, store?: NamesStore): SpotMatcher {
  let compiled: Promise<Compiled> | undefined;
  /** Bumped by every clear(): a compile that saw it change keeps nothing. */
  let changes = 0;
  const current = () => {
    if (!compiled) {
      const at = changes;
      const p = gazetteer(entries, store, () => changes === at).then((g) => ({ g, index: entryIndex(g) }));
      // A failed compile is not kept: the next request tries again.
      p.catch(() => {
        if (compiled === p) compiled = undefined;
      });
      compiled = p;
    }
    return compiled;
  };
  return {
    prepare: async () => {
      await current();
    },
    async spot({ text, until, state, quiet, fresh, breaks }) {
      const { g, index } = await current();
      const found = spotSlice(g, index, text, until, state, quiet, fresh, breaks);
      const entities = new Map<string, SpotAnswer['entities'][number]>();
      for (const m of found.mentions) {
        if (entities.has(m.entityId)) continue;
        const e = g.entries[index.get(m.entityId)!];
        entities.set(m.entityId, { id: e.id, name: e.name, type: e.type });
      }
      return { ...found, entities: [...entities.values()] };
    },
    clear() {
      compiled = undefined;
      changes++;
    },
  };
}
