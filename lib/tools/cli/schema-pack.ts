/** `npm run schema:pack`: writes docs/claim-pack.schema.json from the claim pack's valibot schema. */
import { writeFileSync } from 'node:fs';
import { PACK_SCHEMA_PATH, packJsonSchema } from './pack-json-schema';

writeFileSync(PACK_SCHEMA_PATH, packJsonSchema());
console.log(`Wrote ${PACK_SCHEMA_PATH}`);
