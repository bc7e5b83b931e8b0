/**
 * How much "Add this article" takes: a page's HTML (its length and its elements) and its article's
 * text are bounded, so a page cannot make the worker parse or extract for minutes. Checked in the content script before the
 * HTML is sent, and again in the worker. Lengths are in characters (UTF-16 code units).
 */

/** 5,000,000 characters of HTML (about 5 MB): far above any news article page. */
export const MAX_PAGE_HTML = 5_000_000;
/** 200,000 characters of article text (about 30,000 words, a short book). */
export const MAX_ARTICLE_TEXT = 200_000;
/**
 * The longest sentence read as a claim, in characters. Sentences of news run to a few hundred; a run
 * of text with no sentence end this long is a list, a table or a page made to be slow, and reading
 * speakers and figures in it costs time that grows faster than its length.
 */
export const MAX_SENTENCE = 3_000;
/**
 * 30,000 elements: parsing and reading a page costs by its elements (a news page has a few
 * thousand), and neither step can be cut in slices, so this bounds how long the worker is busy.
 */
export const MAX_PAGE_ELEMENTS = 30_000;
/**
 * The whole page before what reading never uses is left out (./slim-html.ts), checked in the content
 * script before it serialises or slims anything: ten times the caps above.
 */
export const MAX_WHOLE_PAGE_ELEMENTS = 10 * MAX_PAGE_ELEMENTS;
export const MAX_WHOLE_PAGE_HTML = 10 * MAX_PAGE_HTML;

/** The elements of an HTML text, counted by their start tags (a fast over-estimate: tags quoted in scripts count too). */
export function elementsIn(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

const n = (x: number) => x.toLocaleString('en-US');

export const pageTooLarge = (length: number) =>
  `This page is too large to add: ${n(length)} characters of HTML, over the cap of ${n(MAX_PAGE_HTML)} (about 5 MB).`;
export const wholePageTooLarge = (elements: number) =>
  `This page is too large to read: ${n(elements)} elements in all, over the ${n(MAX_WHOLE_PAGE_ELEMENTS)} that are read before its scripts, styles and icons are left out.`;
export const pageTooComplex = (elements: number) =>
  `This page is too complex to add: ${n(elements)} elements, over the cap of ${n(MAX_PAGE_ELEMENTS)}.`;
/** Why a page's HTML, as sent to be read, is over the caps on its length or its elements; undefined if it is not. */
export function overPageCaps(html: string): string | undefined {
  if (html.length > MAX_PAGE_HTML) return pageTooLarge(html.length);
  const elements = elementsIn(html);
  return elements > MAX_PAGE_ELEMENTS ? pageTooComplex(elements) : undefined;
}

export const textTooLong = (length: number) =>
  `This article is too long to add: ${n(length)} characters of text, over the cap of ${n(MAX_ARTICLE_TEXT)}.`;
