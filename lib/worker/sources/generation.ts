/**
 * The keys and rows of one stored generation of a pack (what lib/worker/sources/store.ts writes and
 * the v6 upgrade makes): every key starts with `${source}@${generation}|`, so one prefix finds them
 * all, and a generation's token starts with when it was begun.
 */
import type { PackManifest, PackPart } from '../../core/corpus/pack-parts';
import { partText } from './part-text';

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

/** A row to store, made when it is about to be put (a part's text is made then: ./part-text.ts). */
export interface PendingRow {
  key: string;
  stored(): StoredPart;
}

/** The rows that store a pack cut into parts as a generation of `source`, its manifest last. */
export function generationRows(
  source: string,
  gen: string,
  { manifest, parts }: { manifest: PackManifest; parts: PackPart[] },
): { manifest: PackManifest; rows: PendingRow[] } {
  const generation = generationKey(source, gen);
  const rows: PendingRow[] = parts.map((p) => {
    const key = partKey(generation, p.kind, p.index);
    return { key, stored: () => ({ key, data: partText(p.data) }) };
  });
  const key = manifestKey(generation);
  rows.push({ key, stored: () => ({ key, data: manifest }) });
  return { manifest, rows };
}
