/** `npm run seeds:build`: rebuilds seeds/corpus.json from the hand-kept seed files. */
import { writeFileSync } from 'node:fs';
import { buildPack } from '../../core/extract/build-pack';
import { validatePack } from '../../core/pack/validate';
import { CORPUS_PATH, readSeeds, serialisePack } from './seed-files';

try {
  const pack = buildPack(readSeeds());
  const valid = validatePack(pack);
  if (!valid.ok) throw new Error(valid.error);
  writeFileSync(CORPUS_PATH, serialisePack(pack));
  const perOutlet = pack.outlets.map((o) => `${o.id} ${pack.claims.filter((c) => c.outletId === o.id).length}`);
  console.log(
    `Wrote ${CORPUS_PATH}: ${pack.claims.length} claims (${perOutlet.join(', ')}), ${pack.entities.length} entities, ${pack.facets.length} facets.`,
  );
} catch (e) {
  console.error(`seeds:build failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
