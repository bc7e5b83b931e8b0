/** Reads the hand-kept seed files from seeds/ (Node only: used by the CLI and the tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedArticle, SeedData } from '../../core/extract/build-pack';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', '..', 'seeds');
export const CORPUS_PATH = join(SEEDS_DIR, 'corpus.json');

const json = (name: string) => JSON.parse(readFileSync(join(SEEDS_DIR, name), 'utf8'));

export function readSeeds(): SeedData {
  const articles = (json('articles.json') as SeedArticle[]).map((a) => ({
    ...a,
    text: readFileSync(join(SEEDS_DIR, a.file), 'utf8'),
  }));
  return {
    articles,
    outlets: json('outlets.json'),
    entities: json('entities.json'),
    facets: json('facets.json'),
    overrides: json('overrides.json'),
  };
}

/** The pack as written to disk: stable key order and indentation, newline at the end. */
export function serialisePack(pack: unknown): string {
  return `${JSON.stringify(pack, null, 1)}\n`;
}
