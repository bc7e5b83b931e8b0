/**
 * The claim pack's JSON Schema, generated from the one valibot schema (lib/core/pack/schema.ts)
 * for pack publishers to validate against. Written to docs/claim-pack.schema.json by
 * `npm run schema:pack`; a unit test fails when the committed file is stale.
 */
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ClaimPackSchema, PACK_FORMAT } from '../../core/pack/schema';
import { RESERVED_KEYS } from '../../core/schema-issues';

export const PACK_SCHEMA_PATH = join(import.meta.dirname, '..', '..', '..', 'docs', 'claim-pack.schema.json');

const notReserved = { not: { enum: [...RESERVED_KEYS] } };

export function packJsonSchema(): string {
  const schema = toJsonSchema(ClaimPackSchema, {
    target: 'draft-2020-12',
    typeMode: 'output',
    // Our own checks say what JSON Schema can: ids and map keys are never reserved names. The
    // check that a list is not taken for an object is already `type: object` in JSON Schema.
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      if (valibotSchema.type === 'custom') return {};
      if (valibotSchema.type === 'record')
        return { ...jsonSchema, propertyNames: { type: 'string', ...(jsonSchema.propertyNames as object), ...notReserved } };
      return undefined;
    },
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (valibotAction.type === 'check') return { ...jsonSchema, ...notReserved };
      if (valibotAction.type === 'finite') return jsonSchema; // every JSON number is finite
      return undefined;
    },
  });
  const described = {
    $schema: schema.$schema,
    title: `Parallax claim pack (${PACK_FORMAT})`,
    description:
      'Generated from lib/core/pack/schema.ts by `npm run schema:pack`; see docs/claim-pack.md. Parallax also checks what a schema cannot: ids unique and known, quotes verbatim at their offsets, each label with its basis, and the alias rule. Unknown keys are dropped on import; files over 64 MB are refused.',
    ...schema,
  };
  return `${JSON.stringify(described, null, 2)}\n`;
}
