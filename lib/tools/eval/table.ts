/**
 * The scores as a Markdown table (one row overall, one per construction class) with the counts
 * under it, and as JSON with the rates worked out. Rates print as whole percentages; "–" (null in JSON) where a
 * rate has nothing to count (e.g. recall for a class with only non-claims).
 */
import { rate, type Scores, type Tally } from './score';

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)}%`);

export function rates(t: Tally) {
  return {
    claims: t.claims,
    nonClaims: t.nonClaims,
    nonClaimsExtracted: t.nonClaimsExtracted,
    recall: rate(t.found, t.claims) ?? null,
    precision: rate(t.truePositives, t.extracted) ?? null,
    mode: rate(t.modeRight, t.claims) ?? null,
    speaker: rate(t.speakerRight, t.claims) ?? null,
    figures: rate(t.figuresRight, t.withFigures) ?? null,
    claimsWithFigures: t.withFigures,
  };
}

export function scoresJson(scores: Scores, extra: Record<string, unknown> = {}) {
  return {
    ...extra,
    overall: rates(scores.overall),
    byClass: Object.fromEntries(
      Object.keys(scores.byClass)
        .sort()
        .map((c) => [c, rates(scores.byClass[c])]),
    ),
    unlabelledExtractedClaims: scores.unlabelled,
    extraFigures: scores.extraFigures,
    speakersNotAName: scores.notAName.length,
    notAName: scores.notAName,
  };
}

function row(name: string, t: Tally): string {
  const r = rates(t);
  return `| ${name} | ${r.claims} | ${r.nonClaims} | ${r.nonClaims ? r.nonClaimsExtracted : '–'} | ${pct(r.recall)} | ${pct(r.precision)} | ${pct(r.mode)} | ${pct(r.speaker)} | ${r.claimsWithFigures ? `${pct(r.figures)} of ${r.claimsWithFigures}` : '–'} |`;
}

export function scoresTable(scores: Scores): string {
  const lines = [
    '| class | claims | non-claims | non-claims extracted | recall | precision | mode | speaker | figures |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    row('**overall**', scores.overall),
    ...Object.keys(scores.byClass)
      .sort()
      .map((c) => row(c, scores.byClass[c])),
  ];
  const why = new Map<string, number>();
  for (const b of scores.notAName) why.set(b.why, (why.get(b.why) ?? 0) + 1);
  const examples = [...new Set(scores.notAName.map((b) => `"${b.name}"`))].slice(0, 8).join(', ');
  return [
    ...lines,
    '',
    `Speakers that are not a name, role or organisation: ${scores.notAName.length}${scores.notAName.length ? ` (${[...why].map(([w, n]) => `${n} ${w}`).join('; ')}; e.g. ${examples})` : ''}`,
    `Extracted claims on sentences nobody labelled: ${scores.unlabelled}; claims labelled with no figure that got figures: ${scores.extraFigures}`,
  ].join('\n');
}
