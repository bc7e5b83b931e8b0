/**
 * The card in steps (components/card/reveal.ts): its first render holds the first claims only and
 * says it is busy; after the effects that follow each paint it holds every outlet of every question,
 * in the answer's order, and is no longer busy.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popover } from '../../../../components/card/Popover';
import { FIRST_CLAIMS, outletsWithin } from '../../../../components/card/reveal';
import type { ClaimView, Coverage, FacetCoverage } from '../../../../lib/core/coverage/types';
import { text, useLinkedom } from '../dom';

useLinkedom();
let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

const claim = (facet: number, outlet: number, n: number): ClaimView => ({
  id: `c-${facet}-${outlet}-${n}`,
  articleId: `a-${outlet}`,
  outletId: `o-${outlet}`,
  quote: `Quote ${n} of outlet ${outlet} on question ${facet} about the harbour fire.`,
  start: 0,
  end: 10,
  entityIds: ['fire'],
  facetIds: [`f-${facet}`],
  speaker: { kind: 'outlet' },
  mode: 'asserted',
  numbers: [],
  article: { id: `a-${outlet}`, title: `Article ${outlet}`, published: '2024-01-24' },
});

/** `questions` × `outlets` × `perOutlet` claims, each outlet's claims in order. */
function bigCoverage(questions: number, outlets: number, perOutlet: number): Coverage {
  const facets: FacetCoverage[] = Array.from({ length: questions }, (_, f) => ({
    facet: { id: `f-${f}`, eventId: 'fire', question: `Question ${f}?` },
    outlets: Array.from({ length: outlets }, (_, o) => ({
      outlet: { id: `o-${o}`, name: `Outlet ${o}`, domains: [`o${o}.localhost`], country: 'Nowhere', labels: {}, labelBasis: {} },
      claims: Array.from({ length: perOutlet }, (_, n) => claim(f, o, n)),
    })),
    disagreements: [],
    firstOutletIds: [],
  }));
  return {
    entity: { id: 'fire', name: 'Harbour fire', type: 'event', aliases: ['harbour fire'], description: 'A fire at the harbour.' },
    facets,
    outletIds: Array.from({ length: outlets }, (_, o) => `o-${o}`),
    hidden: [],
  };
}

const show = (coverage: Coverage) => {
  container ??= document.body.appendChild(document.createElement('div'));
  render(h(Popover, { state: { kind: 'ready', coverage }, mentionText: 'harbour fire', onClose: () => {} }), container);
  return container;
};
const claimIds = (root: Element) => [...root.querySelectorAll<HTMLElement>('.px-claim')].map((c) => c.dataset.claim);
const busy = (root: Element) => root.querySelector('[aria-busy="true"]') !== null;

/** Lets the steps run (after each "paint": Preact's effects run on a timer where there are no frames). */
async function settled(root: Element): Promise<void> {
  for (let i = 0; i < 100 && busy(root); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('outletsWithin', () => {
  const facets = bigCoverage(3, 4, 3).facets;
  it('takes outlets in card order while fewer claims than the budget come before them', () => {
    expect(outletsWithin(facets, 1)).toEqual([1, 0, 0]);
    expect(outletsWithin(facets, 7)).toEqual([3, 0, 0]);
    expect(outletsWithin(facets, 13)).toEqual([4, 1, 0]);
    expect(outletsWithin(facets, 1000)).toEqual([4, 4, 4]);
  });

  it('counts at most three claims per outlet, as the card shows when it opens', () => {
    expect(outletsWithin(bigCoverage(1, 5, 10).facets, 7)).toEqual([3]);
  });
});

describe('a card with 300 claims shown', () => {
  // 4 questions × 25 outlets × 3 claims.
  const coverage = bigCoverage(4, 25, 3);
  const expected = coverage.facets.flatMap((g) => g.outlets.flatMap((o) => o.claims.map((c) => c.id)));

  it('renders its first claims at once, busy, in the order of the answer', () => {
    const root = show(coverage);
    const first = claimIds(root);
    expect(first.length).toBeGreaterThanOrEqual(FIRST_CLAIMS);
    expect(first.length).toBeLessThan(expected.length);
    expect(first).toEqual(expected.slice(0, first.length));
    expect(busy(root)).toBe(true);
  });

  it('ends complete, in order, every question with all its outlets, and no longer busy', async () => {
    const root = show(coverage);
    await settled(root);
    expect(claimIds(root)).toEqual(expected);
    expect([...root.querySelectorAll('.px-question')].map(text)).toEqual(['Question 0?', 'Question 1?', 'Question 2?', 'Question 3?']);
    expect(root.querySelectorAll('.px-outlet').length).toBe(100);
    expect(busy(root)).toBe(false);
  });

  it('starts again from its first claims when it is given another answer', async () => {
    const root = show(coverage);
    await settled(root);
    const other = bigCoverage(2, 30, 3);
    show(other);
    expect(claimIds(root).length).toBeLessThan(180);
    expect(busy(root)).toBe(true);
    await settled(root);
    expect(claimIds(root)).toEqual(other.facets.flatMap((g) => g.outlets.flatMap((o) => o.claims.map((c) => c.id))));
    expect(busy(root)).toBe(false);
  });
});
