/**
 * Characters a name shown as written must not hold: those that reorder the text after them (bidi
 * marks, embeddings, overrides and isolates: a date shown backwards) and those that show as nothing
 * (zero-width space, word joiner, byte-order mark, a soft hyphen, fillers: a name that looks like another's). Joiners that
 * scripts need inside words (U+200C, U+200D) are not among them. A pack from a
 * file or a subscription that holds them in a name is refused (schema.ts); names read off a page
 * lose them. Quotes and article text keep what they have: a quote is verbatim.
 */
const CLASS =
  '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u200B\\u2060\\uFEFF' +
  // Others that show as nothing, found by the eighteenth attack suite in labels: a soft hyphen, the combining
  // grapheme joiner, Hangul fillers, Mongolian selectors, invisible operators, variation selectors, a blank
  // braille cell.
  '\\u00AD\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u2061-\\u2064\\u206A-\\u206F\\u2800\\u3164\\uFE00-\\uFE0F\\uFFA0';

/** A string with none of them (for schema.ts). */
export const FREE_OF_HIDDEN_MARKS = new RegExp(`^[^${CLASS}]*$`);
/** Whether a string holds any. */
export const HOLDS_HIDDEN_MARK = new RegExp(`[${CLASS}]`);
const HIDDEN_MARKS = new RegExp(`[${CLASS}]`, 'g');

/** The text without them. */
export const withoutHiddenMarks = (text: string): string => text.replace(HIDDEN_MARKS, '');
