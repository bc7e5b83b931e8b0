/** The evidence kept with a saved highlight: a subscription's claim keeps the subscription it came from. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageFor } from '../../../lib/core/coverage/coverage';
import { packCoverageSource } from '../../../lib/core/coverage/pack-source';
import { SnapshotSchema } from '../../../lib/core/highlights/schema';
import { snapshotOf } from '../../../lib/core/highlights/snapshot';
import type { ClaimPack } from '../../../lib/core/pack/types';
import { CORPUS_PATH } from '../../../lib/tools/cli/seed-files';
import * as v from 'valibot';

const pack: ClaimPack = JSON.parse(readFileSync(CORPUS_PATH, 'utf8'));

describe('snapshotOf', () => {
  it('keeps “via” on a subscription’s claim filed under a known outlet, and none on the others; the schema keeps it, without marks that reorder text', async () => {
    const base = packCoverageSource(pack);
    const source = {
      ...base,
      claimsAbout: async (id: string) =>
        (await base.claimsAbout(id)).map((c) => (c.outletId === 'afp' ? { ...c, via: 'Harbour\u202e Newsroom' } : c)),
    };
    const snapshot = snapshotOf([(await coverageFor(source, { entityId: 'il76-crash' }))!], 0);
    const afp = snapshot.claims.filter((c) => c.outletId === 'afp');
    expect(afp.length).toBeGreaterThan(0);
    expect(afp.every((c) => c.via === 'Harbour\u202e Newsroom')).toBe(true);
    expect(snapshot.claims.filter((c) => c.outletId !== 'afp').every((c) => c.via === undefined)).toBe(true);
    const parsed = v.parse(SnapshotSchema, snapshot);
    expect(parsed.claims.find((c) => c.outletId === 'afp')?.via).toBe('Harbour Newsroom');
  });
});
