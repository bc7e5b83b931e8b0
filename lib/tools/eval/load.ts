/**
 * Loads a set folder: DIR/pack.json (a valid claim pack: outlets, entities, facets), DIR/labels.json
 * (valid labels) and the pages the labels name. Problems with the folder are thrown as SetError
 * with one line a user can act on; checks that concern the labels' text are returned as warnings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimPack } from '../../core/pack/types';
import { validatePack } from '../../core/pack/validate';
import { validateLabels, type LabelSet } from './labels';
import { fold } from './match';

export class SetError extends Error {}

function readJson(dir: string, name: string): unknown {
  const path = join(dir, name);
  if (!existsSync(path)) throw new SetError(`${name}: no such file in the set folder`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new SetError(`${name}: not JSON (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`);
  }
}

export interface LoadedSet {
  pack: ClaimPack;
  labels: LabelSet;
  /** Article files, in the order labels.json first names them. */
  files: string[];
}

export function loadSet(dir: string): LoadedSet {
  const pack = validatePack(readJson(dir, 'pack.json'));
  if (!pack.ok) throw new SetError(`pack.json: ${pack.error}`);
  const labels = validateLabels(readJson(dir, 'labels.json'));
  if (!labels.ok) throw new SetError(`labels.json: ${labels.error}`);
  const entityIds = new Set(pack.value.entities.map((e) => e.id));
  labels.value.labels.forEach((l, i) => {
    const unknown = [...(l.entityIds ?? []), ...(l.speaker?.entityId ? [l.speaker.entityId] : [])].find((id) => !entityIds.has(id));
    if (unknown) throw new SetError(`labels.json: labels[${i}]: entity "${unknown}" is not in pack.json`);
  });
  const files = [...new Set(labels.value.labels.map((l) => l.article))];
  for (const f of files) if (!existsSync(join(dir, f))) throw new SetError(`labels.json names ${f}, which is not in the set folder`);
  return { pack: pack.value, labels: labels.value, files };
}

/** Labelled sentences that are not in their page's text as extraction reads it (they cannot be matched). */
export function sentencesNotInText(set: LoadedSet, texts: ReadonlyMap<string, string>): string[] {
  const folded = new Map([...texts].map(([f, t]) => [f, fold(t)]));
  return set.labels.labels
    .filter((l) => folded.get(l.article) && !folded.get(l.article)!.includes(fold(l.sentence)))
    .map((l) => `${l.article}: "${l.sentence}"`);
}
