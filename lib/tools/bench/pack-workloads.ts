/**
 * Claim packs for the benchmark, generated deterministically: synthetic outlets, articles and
 * claims about synthetic entities (and now and then a known seed entity), each claim a real
 * sentence of its article. `syntheticPack` is the seed pack grown to a size (bundled into a build);
 * ./subscription-packs.ts makes packs of their own ids from the same parts.
 */
import type { Article, Claim, ClaimPack, Entity, Outlet } from '../../core/pack/types';
import { KNOWN_IDS, pick, prng, syntheticEntities, WORDS } from './workloads';

const FACET_MODES = ['asserted', 'attributed', 'denied'] as const;

/** How the i-th synthetic outlet is named. */
export interface OutletNaming {
  id(i: number): string;
  name(i: number): string;
  domain(i: number): string;
}

/** `count` synthetic outlets with random countries and labels. */
export function syntheticOutlets(rand: () => number, count: number, naming: OutletNaming): Outlet[] {
  const outlets: Outlet[] = [];
  for (let i = 0; i < count; i++) {
    outlets.push({
      id: naming.id(i),
      name: naming.name(i),
      domains: [naming.domain(i)],
      country: pick(rand, ['France', 'Germany', 'Poland', 'Ukraine', 'Russia', 'United States']),
      labels: {
        ownership: pick(rand, ['private', 'public', 'state']),
        alignment: pick(rand, ['neutral', 'pro-Ukraine', 'pro-Russia']),
        type: 'newspaper',
      },
      labelBasis: {
        ownership: { by: 'benchmark', why: 'synthetic' },
        alignment: { by: 'benchmark', why: 'synthetic' },
        type: { by: 'benchmark', why: 'synthetic' },
      },
    });
  }
  return outlets;
}

export interface ClaimsPlan {
  /** The outlets the articles are spread over, in turn. */
  outlets: readonly Outlet[];
  /** Entities most claims are about; `known` ones (seed entities) are named in one claim of twenty. */
  synthetic: readonly Entity[];
  known: readonly Entity[];
  facets: ClaimPack['facets'];
  claims: number;
  /** Article ids are `${prefix}article-${n}`. */
  prefix: string;
}

/**
 * Articles of twenty claims each until there are `plan.claims` claims: every claim a real sentence
 * of its article naming its entities, so a pack of them validates like any other.
 */
export function syntheticClaims(rand: () => number, plan: ClaimsPlan): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const out: Claim[] = [];
  const perArticle = 20;
  for (let a = 0; out.length < plan.claims; a++) {
    const outletId = plan.outlets[a % plan.outlets.length].id;
    const id = `${plan.prefix}article-${a}`;
    let text = '';
    const rows: Claim[] = [];
    for (let c = 0; c < perArticle && out.length + rows.length < plan.claims; c++) {
      const about: Entity[] = [pick(rand, plan.synthetic)];
      if (rand() < 0.05) about.push(pick(rand, plan.known));
      if (rand() < 0.3) about.push(pick(rand, plan.synthetic));
      const quote = `${about.map((e) => e.name).join(' and ')} ${pick(rand, ['said', 'denied', 'reported', 'confirmed'])} that ${Array.from({ length: 8 }, () => pick(rand, WORDS)).join(' ')}.`;
      const start = text.length;
      text += `${quote} `;
      const facetIds = about.some((e) => e.id === 'il76-crash') && rand() < 0.5 ? [pick(rand, plan.facets).id] : [];
      rows.push({
        id: `${id}@${start}`,
        articleId: id,
        outletId,
        quote,
        start,
        end: start + quote.length,
        entityIds: [...new Set(about.map((e) => e.id))],
        facetIds,
        speaker: { kind: 'outlet' },
        mode: pick(rand, FACET_MODES),
        numbers: [],
      });
    }
    articles.push({ id, outletId, title: `Synthetic article ${a}`, published: `2024-0${1 + (a % 9)}-1${a % 10}`, text: text.trimEnd() });
    out.push(...rows);
  }
  return { articles, claims: out };
}

export const knownEntities = (seed: ClaimPack) => seed.entities.filter((e) => (KNOWN_IDS as readonly string[]).includes(e.id));

/**
 * The seed pack grown to `claims` claims: 40 synthetic outlets and articles whose sentences name
 * synthetic entities (and, in one claim of twenty, a known seed entity).
 */
export function syntheticPack(seed: ClaimPack, claims: number, extraEntities: number): ClaimPack {
  const rand = prng(7);
  const synthetic = syntheticEntities(
    extraEntities,
    seed.entities.flatMap((e) => e.aliases),
  );
  const outlets = syntheticOutlets(rand, 40, {
    id: (i) => `syn-outlet-${i}`,
    name: (i) => `Synthetic Outlet ${i}`,
    domain: (i) => `outlet-${i}.example`,
  });
  const grown = syntheticClaims(rand, {
    outlets,
    synthetic,
    known: knownEntities(seed),
    facets: seed.facets,
    claims: claims - seed.claims.length,
    prefix: 'syn-',
  });
  return {
    ...seed,
    outlets: [...seed.outlets, ...outlets],
    articles: [...seed.articles, ...grown.articles],
    entities: [...seed.entities, ...synthetic],
    claims: [...seed.claims, ...grown.claims],
  };
}
