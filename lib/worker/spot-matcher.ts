/**
 * The background's compiled gazetteer, shared by every page: compiled once per corpus revision (in
 * steps, so the background keeps answering other messages meanwhile) and used to spot the slices of
 * text pages send. A page pays nothing that grows with the corpus: no gazetteer message, no parse,
 * no compile. `clear` after the corpus's names changed; the next request compiles again.
 */
import { compileSteps, type Gazetteer, type GazetteerEntry } from '../core/spot/gazetteer';
import { entryIndex, spotSlice, type SpotAnswer, type SpotRequest } from '../core/spot/slice-spot';
import { runBudgeted } from '../core/spot/steps';
import { macrotask } from './macrotask';

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

export function createSpotMatcher(entries: () => Promise<GazetteerEntry[]>): SpotMatcher {
  let compiled: Promise<Compiled> | undefined;
  const current = () => {
    if (!compiled) {
      const p = entries()
        .then(compileInSteps)
        .then((g) => ({ g, index: entryIndex(g) }));
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
    async spot({ text, until, state }) {
      const { g, index } = await current();
      const found = spotSlice(g, index, text, until, state);
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
    },
  };
}
