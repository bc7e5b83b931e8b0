/**
 * Characters a name shown as written must not hold: those that reorder the text after them (bidi
 * embeddings, overrides and isolates: a date shown backwards) and those that show as nothing
 * (zero-width space, word joiner, byte-order mark: a name that looks like another's). A pack from a
 * file or a subscription that holds them in a name is refused (schema.ts); names read off a page
 * lose them. Quotes and article text keep what they have: a quote is verbatim.
 */
const CLASS = '\\u202A-\\u202E\\u2066-\\u2069\\u200B\\u2060\\uFEFF';

/** A string with none of them (for schema.ts). */
export const FREE_OF_HIDDEN_MARKS = new RegExp(`^[^${CLASS}]*$`);
const HIDDEN_MARKS = new RegExp(`[${CLASS}]`, 'g');

/** The text without them. */
export const withoutHiddenMarks = (text: string): string => text.replace(HIDDEN_MARKS, '');
