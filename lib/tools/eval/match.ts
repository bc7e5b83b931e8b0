/**
 * Which extracted claim stands for which labelled sentence. Both texts are folded (Unicode NFKC,
 * case, curly quotes and dashes, white space) and a claim matches a label of the same article when
 * one contains the other: extraction may cut sentences differently from the labeller ("Mary K." |
 * "Holloway said …"), and a piece of the sentence still carries its speaker and mode.
 */

export function fold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[\s\u00ad\u200b]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Characters the two texts share when one contains the other, else 0. */
export function overlap(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a.includes(b)) return b.length;
  if (b.includes(a)) return a.length;
  return 0;
}

/**
 * For each label (by index), the index of its best claim: the one sharing the most text; ties go
 * to the earlier claim. -1 when no claim matches.
 */
export function bestClaimFor(labelTexts: string[], claimTexts: string[]): number[] {
  const claims = claimTexts.map(fold);
  return labelTexts.map((t) => {
    const label = fold(t);
    let best = -1;
    let size = 0;
    claims.forEach((c, i) => {
      const o = overlap(label, c);
      if (o > size) [best, size] = [i, o];
    });
    return best;
  });
}

/** For each claim (by index), the indexes of the labels it overlaps. */
export function labelsOfClaims(labelTexts: string[], claimTexts: string[]): number[][] {
  const labels = labelTexts.map(fold);
  return claimTexts.map((t) => {
    const claim = fold(t);
    return labels.flatMap((l, i) => (overlap(l, claim) > 0 ? [i] : []));
  });
}
