/**
 * Scores extraction against labels, overall and per construction class. The contract:
 * - recall: labelled claims that some extracted claim matches (see match.ts), over labelled claims;
 * - precision: extracted claims that overlap a labelled claim, over extracted claims that overlap
 *   any label (claims on sentences nobody labelled are counted apart, as `unlabelled`);
 * - mode, speaker: labelled claims whose best claim has the labelled mode / speaker, over all
 *   labelled claims (a missed claim is wrong);
 * - figures: labelled claims with at least one figure whose best claim states exactly those
 *   figures (value and `counts`, case-folded, as a multiset), over such claims; `extraFigures`
 *   counts matched claims labelled with no figure for which extraction still found some;
 * - notAName: extracted speakers (all claims, labelled or not) that are not a name, role or
 *   organisation (speaker.ts).
 */
import type { ClaimMode, Speaker } from '../../core/pack/types';
import type { Label } from './labels';
import { bestClaimFor, labelsOfClaims } from './match';
import { notAName, speakerMatches } from './speaker';

/** What the scorer needs of an extracted claim. */
export interface ExtractedClaim {
  quote: string;
  speaker: Speaker;
  mode: ClaimMode;
  numbers: { value: number; counts: string }[];
}

/** Counts behind one row of the table; rates are derived from them. */
export interface Tally {
  claims: number;
  nonClaims: number;
  found: number;
  /** Labelled non-claims that some extracted claim matches: false claims. */
  nonClaimsExtracted: number;
  /** Extracted claims overlapping a label of this row, and of those, ones overlapping a claim label. */
  extracted: number;
  truePositives: number;
  modeRight: number;
  speakerRight: number;
  withFigures: number;
  figuresRight: number;
}

export interface BadSpeaker {
  article: string;
  name: string;
  why: string;
}

export interface Scores {
  overall: Tally;
  byClass: Record<string, Tally>;
  unlabelled: number;
  extraFigures: number;
  notAName: BadSpeaker[];
}

const emptyTally = (): Tally => ({
  claims: 0,
  nonClaims: 0,
  found: 0,
  nonClaimsExtracted: 0,
  extracted: 0,
  truePositives: 0,
  modeRight: 0,
  speakerRight: 0,
  withFigures: 0,
  figuresRight: 0,
});

/**
 * A figure's key as compared: one spelling of a share ("percent" and "%" are "per cent") and of a length
 * ("km", "kilometers" and "kilometres" are one; labels write either, extraction its short key), case and spaces
 * aside, and the value to 12 significant digits (a label written as 4.1 × 10⁹ in floating point is 4099999999.9999995).
 */
const figureKey = (f: { value: number; counts: string }) =>
  `${Number(f.value.toPrecision(12))}|${f.counts
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(percent|%)$/, 'per cent')
    .replace(/^(km|kilometers?|kilometres?)$/, 'kilometres')
    .replace(/^(km\/h|kph|kilomet(?:re|er)s (?:per|an) hour)$/, 'km/h')}`;
export function sameFigures(a: { value: number; counts: string }[], b: { value: number; counts: string }[]): boolean {
  const x = a.map(figureKey).sort();
  const y = b.map(figureKey).sort();
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

/** Rate as a fraction, or undefined when nothing was counted. */
export const rate = (n: number, of: number): number | undefined => (of === 0 ? undefined : n / of);

/**
 * `claimsByArticle`: each article file's extracted claims; an article whose extraction failed is
 * given as an empty list (its labelled claims are then all missed).
 */
export function scoreSet(labels: readonly Label[], claimsByArticle: ReadonlyMap<string, readonly ExtractedClaim[]>): Scores {
  const overall = emptyTally();
  const byClass: Record<string, Tally> = {};
  const rows = (l: Label) => [overall, ...l.classes.map((c) => (byClass[c] ??= emptyTally()))];
  let unlabelled = 0;
  let extraFigures = 0;
  const bad: BadSpeaker[] = [];
  const articles = [...new Set([...labels.map((l) => l.article), ...claimsByArticle.keys()])];
  for (const article of articles) {
    const mine = labels.filter((l) => l.article === article);
    const claims = claimsByArticle.get(article) ?? [];
    const texts = mine.map((l) => l.sentence);
    const best = bestClaimFor(
      texts,
      claims.map((c) => c.quote),
    );
    mine.forEach((l, i) => {
      const claim = best[i] >= 0 ? claims[best[i]] : undefined;
      for (const t of rows(l)) {
        if (!l.isClaim) {
          t.nonClaims++;
          if (claim) t.nonClaimsExtracted++;
          continue;
        }
        t.claims++;
        if (!claim) continue;
        t.found++;
        if (claim.mode === l.mode) t.modeRight++;
        if (speakerMatches(claim.speaker, l.speaker!)) t.speakerRight++;
      }
      if (!l.isClaim) return;
      const figures = l.figures ?? [];
      if (figures.length > 0) {
        for (const t of rows(l)) {
          t.withFigures++;
          if (claim && sameFigures(claim.numbers, figures)) t.figuresRight++;
        }
      } else if (claim && claim.numbers.length > 0) extraFigures++;
    });
    labelsOfClaims(
      texts,
      claims.map((c) => c.quote),
    ).forEach((hit, j) => {
      if (hit.length === 0) unlabelled++;
      const hitLabels = hit.map((i) => mine[i]);
      const classRows = new Set(hitLabels.flatMap(rows));
      for (const t of classRows) {
        t.extracted++;
        // In this row, the claim is right if any label of the row that it overlaps is a claim.
        if (hitLabels.some((l) => l.isClaim && rows(l).includes(t))) t.truePositives++;
      }
      const speaker = claims[j].speaker;
      const why = speaker.kind === 'outlet' ? undefined : notAName(speaker.name);
      if (why) bad.push({ article, name: (speaker as { name: string }).name, why });
    });
  }
  return { overall, byClass, unlabelled, extraFigures, notAName: bad };
}
