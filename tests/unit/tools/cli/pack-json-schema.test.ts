import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_PATH, packJsonSchema } from '../../../../lib/tools/cli/pack-json-schema';

describe('docs/claim-pack.schema.json', () => {
  it('is what `npm run schema:pack` generates from the claim pack schema now (run it after changing the schema)', () => {
    expect(readFileSync(PACK_SCHEMA_PATH, 'utf8')).toBe(packJsonSchema());
  });

  it('states the reserved keys for ids and label axes', () => {
    const schema = JSON.parse(readFileSync(PACK_SCHEMA_PATH, 'utf8'));
    const outlet = schema.properties.outlets.items;
    expect(outlet.properties.id.not).toEqual({ enum: ['__proto__', 'constructor', 'prototype'] });
    expect(outlet.properties.labels.propertyNames.not).toEqual({ enum: ['__proto__', 'constructor', 'prototype'] });
    expect(schema.required).toEqual(['format', 'outlets', 'articles', 'entities', 'facets', 'claims']);
  });
});
