/**
 * "First to report" with pages the reader added (lib/core/coverage/rank.ts): a page's date is only
 * what it declares, so a page that dates itself before every pack's report takes no badge and leaves
 * none to anyone; a page dated after the packs' first reports changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { addArticle } from '../../../../lib/worker/corpus/articles';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { databases, harbourPage, RULES } from './helpers';

const { seeded } = databases('first-to-report');

/** Each question's first reporters, with the Harbour Herald page added as dated `published`. */
async function firstsWithHarbourDated(published: string | undefined) {
  const db = await seeded();
  if (published) {
    const r = await addArticle(db, { ...harbourPage(), published }, RULES);
    if (!r.ok) throw new Error(r.error);
  }
  const coverage = (await coverageFor(dbCoverageSource(db), { entityId: 'il76-crash' }))!;
  const harbour = coverage.facets.flatMap((f) => f.outlets.filter((o) => o.outlet.name === 'Harbour Herald').map((o) => o.outlet.id))[0];
  return {
    harbour,
    firsts: Object.fromEntries(coverage.facets.map((f) => [f.facet?.id ?? 'other', [...f.firstOutletIds].sort()])),
    withHarbour: coverage.facets.filter((f) => f.outlets.some((o) => o.outlet.id === harbour)).map((f) => f.facet?.id ?? 'other'),
  };
}

describe('first to report, with a page the reader added', () => {
  it('a page dated before every report takes no badge, and leaves none where it claims to be first', async () => {
    const before = await firstsWithHarbourDated(undefined);
    const backdated = await firstsWithHarbourDated('2024-01-20');
    expect(backdated.withHarbour.length).toBeGreaterThan(0);
    for (const [facet, firsts] of Object.entries(backdated.firsts)) {
      expect(firsts).not.toContain(backdated.harbour);
      // Where the page's claims stand, its declared day is the earliest: no one is named first.
      expect(firsts).toEqual(backdated.withHarbour.includes(facet) ? [] : before.firsts[facet]);
    }
  });

  it('a page dated after the first reports leaves the badges as the packs give them', async () => {
    const before = await firstsWithHarbourDated(undefined);
    const later = await firstsWithHarbourDated('2024-01-26');
    expect(later.withHarbour.length).toBeGreaterThan(0);
    expect(before.firsts['il76-crash/cause']).toEqual(['afp', 'rferl']);
    for (const [facet, firsts] of Object.entries(later.firsts)) expect(firsts).toEqual(before.firsts[facet] ?? []);
  });
});
