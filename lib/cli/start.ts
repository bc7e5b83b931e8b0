/**
 * `npm start`: builds the extension for Chromium and Firefox, then shows on the bundled seed
 * corpus what the extension's database will answer: who covered the Il-76 crash, question by question.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageFor } from '../coverage/coverage';
import { packCoverageSource } from '../coverage/pack-source';
import { validatePack } from '../pack/validate';
import { CORPUS_PATH } from './seed-files';

const root = join(import.meta.dirname, '..', '..');
for (const args of [['build'], ['build', '-b', 'firefox']]) {
  console.log(`\n$ wxt ${args.join(' ')}`);
  execFileSync('npx', ['wxt', ...args], { cwd: root, stdio: 'inherit' });
}

const pack = validatePack(JSON.parse(readFileSync(CORPUS_PATH, 'utf8')));
if (!pack.ok) {
  console.error(pack.error);
  process.exit(1);
}
const coverage = (await coverageFor(packCoverageSource(pack.value), { entityId: 'il76-crash' }))!;
const names = new Map(pack.value.outlets.map((o) => [o.id, o.name]));
console.log(`\nThe seed corpus: ${pack.value.articles.length} articles, ${pack.value.claims.length} claims.`);
console.log(`How each outlet reported "${coverage.entity.name}":`);
for (const group of coverage.facets) {
  console.log(`\n  ${group.facet?.question ?? 'Other claims'}`);
  for (const { outlet, claims } of group.outlets) {
    const first = claims[0];
    const who = first.speaker.kind === 'outlet' ? outlet.name : first.speaker.name;
    console.log(`    ${names.get(outlet.id)} (${claims.length}): ${first.mode} by ${who}: “${first.quote.slice(0, 90)}${first.quote.length > 90 ? '…' : ''}”`);
  }
}
console.log(`
Load the extension:
  Chromium: chrome://extensions → Developer mode → Load unpacked → ${join(root, '.output', 'chrome-mv3')}
  Firefox:  about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${join(root, '.output', 'firefox-mv2', 'manifest.json')}
Its popup shows the corpus it loaded into IndexedDB.`);
