/**
 * Where outlets' accounts of one facet disagree, said plainly: different figures for the same
 * count (74 aboard against "only five bodies"), or one outlet stating in its own voice what another
 * reports only as someone's claim ("Ukraine shoots down" against "Russia accused Ukraine of
 * shooting down").
 */
import type { ClaimView, FacetCoverage } from './coverage';
import { contentStems, overlap } from './words';

export interface Disagreement {
  kind: 'numbers' | 'voice';
  /** One line a reader can take in at a glance. */
  text: string;
  outletIds: string[];
  claimIds: string[];
}

/** Two sentences state the same thing when they share this many content words, and this share of the shorter one's. */
const SAME_CLAIM = 4;
const SAME_SHARE = 0.6;
/** Figures worth comparing across outlets; "people" counts too many different groups. */
const COMPARABLE = new Set(['prisoners of war', 'crew', 'escorts', 'aboard', 'bodies']);
const excerpt = (quote: string) => (quote.length <= 60 ? quote.replace(/[.,;:]$/, '') : `${quote.slice(0, 57).trimEnd()}…`);
const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);

interface Figure {
  outletId: string;
  outlet: string;
  claimId: string;
  value: number;
  counts: string;
  what: string;
}

function figures(group: FacetCoverage): Figure[] {
  return group.outlets.flatMap(({ outlet, claims }) =>
    claims.flatMap((c) => c.numbers.map((n) => ({ outletId: outlet.id, outlet: outlet.name, claimId: c.id, value: n.value, counts: n.counts, what: n.what }))),
  );
}

function numberConflicts(group: FacetCoverage): Disagreement[] {
  const out: Disagreement[] = [];
  const fs = figures(group).filter((f) => COMPARABLE.has(f.counts));
  const seen = new Set<string>();
  for (const a of fs) {
    for (const b of fs) {
      if (a.outletId >= b.outletId && !(a.counts === 'bodies' && b.counts === 'aboard')) continue;
      if (a.outletId === b.outletId) continue;
      const sameCount = a.counts === b.counts && a.value !== b.value;
      const fewerBodies = a.counts === 'bodies' && b.counts === 'aboard' && a.value < b.value;
      const key = [a.outletId, b.outletId, a.counts, b.counts].join('|');
      if ((sameCount || fewerBodies) && !seen.has(key)) {
        seen.add(key);
        out.push({
          kind: 'numbers',
          text: `${a.outlet}: ${a.value} ${a.what} — ${b.outlet}: ${b.value} ${b.counts === 'aboard' ? 'aboard' : b.what}`,
          outletIds: [a.outletId, b.outletId],
          claimIds: [a.claimId, b.claimId],
        });
      }
    }
  }
  return out;
}

function voiceConflicts(group: FacetCoverage): Disagreement[] {
  const out: Disagreement[] = [];
  const stems = new Map<ClaimView, Set<string>>();
  const of = (c: ClaimView) => stems.get(c) ?? stems.set(c, contentStems(c.quote)).get(c)!;
  for (const a of group.outlets) {
    let best: { score: number; asserted: ClaimView; reported: ClaimView; b: (typeof group.outlets)[number] } | undefined;
    for (const b of group.outlets) {
      if (a === b) continue;
      for (const asserted of a.claims.filter((c) => c.mode === 'asserted')) {
        for (const reported of b.claims.filter((c) => c.mode !== 'asserted')) {
          const shared = overlap(of(asserted), of(reported));
          const score = shared / Math.min(of(asserted).size, of(reported).size);
          if (shared >= SAME_CLAIM && score >= SAME_SHARE && (!best || score > best.score)) best = { score, asserted, reported, b };
        }
      }
    }
    if (!best) continue;
    const who = best.reported.speaker.kind === 'outlet' ? 'someone' : best.reported.speaker.name;
    out.push({
      kind: 'voice',
      text: `${a.outlet.name} states as fact “${excerpt(best.asserted.quote)}”; ${best.b.outlet.name} reports it as ${possessive(who)} ${best.reported.mode === 'denied' ? 'denial' : 'claim'}`,
      outletIds: [a.outlet.id, best.b.outlet.id],
      claimIds: [best.asserted.id, best.reported.id],
    });
  }
  return out;
}

export function disagreementsIn(group: FacetCoverage): Disagreement[] {
  return [...numberConflicts(group), ...voiceConflicts(group)];
}
