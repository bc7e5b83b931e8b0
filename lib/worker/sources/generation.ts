/**
 * The keys and rows of one stored generation of a pack (what lib/worker/sources/store.ts writes and
 * the v6 upgrade makes): every key starts with `${source}@${generation}|`, so one prefix finds them
 * all, and a generation's token starts with when it was begun.
 */
import type { PackManifest, PackPart } from '../../core/corpus/pack-parts';

/** One part of a stored pack (lib/core/corpus/pack-parts.ts), or its manifest. */
export interface StoredPart {
  key: string;
  data: unknown;
}

/** `${source}@${generation}`: the prefix of every key of one stored pack. */
export const generationKey = (source: string, gen: string) => `${source}@${gen}`;
export const manifestKey = (generation: string) => `${generation}|manifest`;
export const partKey = (generation: string, kind: PackPart['kind'], index: number) => `${generation}|${kind}|${index}`;

/**
 * A generation token no earlier write of this source used (a write cut short may have left parts):
 * when it was begun, then a random tail.
 */
export function newGeneration(revision: number, now: number): string {
  return `${now.toString(36)}.${revision}.${Math.random().toString(36).slice(2, 8)}`;
}

/** When a generation was begun (ms), from its token; NaN for a token without a time. */
export const begunAt = (gen: string) => Number.parseInt(gen.slice(0, gen.indexOf('.')), 36);

/** The rows that store a pack cut into parts as a generation of `source`, its manifest last (a part's Map becomes text as it is put: ./part-text.ts). */
export function generationRows(
  source: string,
  gen: string,
  { manifest, parts }: { manifest: PackManifest; parts: PackPart[] },
): { manifest: PackManifest; rows: StoredPart[] } {
  const generation = generationKey(source, gen);
  const rows: StoredPart[] = parts.map((p) => ({ key: partKey(generation, p.kind, p.index), data: p.data }));
  rows.push({ key: manifestKey(generation), data: manifest });
  return { manifest, rows };
}
