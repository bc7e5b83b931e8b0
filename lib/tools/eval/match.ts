/**
 * Which extracted claim stands for which labelled sentence. Both texts are folded (Unicode NFKC,
 * case, curly quotes and dashes, white space) and a claim matches a label of the same article when
 * one contains the other, bounded by white space or the ends: extraction may cut sentences differently from the labeller ("Mary K." |
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

/** Whether `inner` occurs in `outer` bounded by white space or the ends ("TNA" is not in "/TNA/ —"). */
function within(outer: string, inner: string): boolean {
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const end = at + inner.length;
    if ((at === 0 || outer[at - 1] === ' ') && (end === outer.length || outer[end] === ' ')) return true;
  }
  return false;
}

/** Characters two folded texts share when one contains the other as a stretch of whole words, else 0. */
export function overlap(a: string, b: string): number {
  if (!a || !b) return 0;
  if (within(a, b)) return b.length;
  if (within(b, a)) return a.length;
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
