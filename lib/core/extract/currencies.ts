/**
 * The currency a figure is written in, read off what stands right before it: a sign ("$", "€", "£",
 * "₹") or letters ("Rs", "INR", "Tk", "KSh", "Sh", "R"), and whether letters against a figure are a
 * currency's at all ("Sh6.8 billion" is a sum; "SH1" is a road, no figure).
 */

/** Letters that write a currency right against the sum ("Sh6.8 billion", "KSh500", "R4 350"), for the number pattern's lookbehind. */
export const LETTERS_BEFORE_SUM = '(?<=\\b(?:KSh|Ksh|Sh|KES|R))';
/** Rand with its thousands spaced, as South Africa writes them: "R4 350", "R612 000". */
export const SPACED_RAND = '(?<=\\bR)\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?';

const SIGNS: Record<string, string> = {
  $: 'dollars',
  '€': 'euros',
  '£': 'pounds',
  '₹': 'rupees',
  // The florin's and guilder's "ƒ" (Aruba, Curaçao, and the invented florins of test pages).
  ƒ: 'florins',
  '¥': 'yen',
  '₩': 'won',
  '₦': 'naira',
  '₽': 'roubles',
  '₴': 'hryvnias',
  '₺': 'lira',
};
/** Letters before the sum, with a space or none: "Rs 5 lakh", "INR 34 crore", "Tk 4 lakh" (Bangladeshi taka), "KSh 500". */
const LETTERS: [RegExp, string][] = [
  [/(?:\bRs\.?|\bINR)\s?$/, 'rupees'],
  [/\bTk\.?\s?$/, 'taka'],
  [/\b(?:KSh|Ksh|Sh|KES)\.?\s?$/, 'shillings'],
];
/**
 * South African rand: "R38.6 million", "R4 350", "R4,350"; a bare "R350" may as well be a road or a
 * code, so only a sum with its thousands or its scale written is read as one.
 */
const RAND_BEFORE = /\bR$/;
const RAND_SUM = /\d[ ,]\d{3}\b|\s(million|billion)$|\d(bn|m)$/i;

/**
 * The currency of the figure `text` with `before` standing before it; null when letters stand right
 * against it that write no currency (it is then no figure); undefined when it is in none.
 */
export function currencyOf(before: string, text: string): string | null | undefined {
  if (RAND_BEFORE.test(before) && RAND_SUM.test(text)) return 'rand';
  const written = SIGNS[before.slice(-1)] ?? LETTERS.find(([r]) => r.test(before))?.[1];
  if (!written && /\p{L}$/u.test(before)) return null;
  return written;
}
