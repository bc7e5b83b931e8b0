/**
 * How much "Add this article" takes: a page's HTML and its article's text are bounded, so a page
 * cannot make the worker parse or extract for minutes. Checked in the content script before the
 * HTML is sent, and again in the worker. Lengths are in characters (UTF-16 code units).
 */

/** 5,000,000 characters of HTML (about 5 MB): far above any news article page. */
export const MAX_PAGE_HTML = 5_000_000;
/** 200,000 characters of article text (about 30,000 words, a short book). */
export const MAX_ARTICLE_TEXT = 200_000;

const n = (x: number) => x.toLocaleString('en-US');

export const pageTooLarge = (length: number) =>
  `This page is too large to add: ${n(length)} characters of HTML, over the cap of ${n(MAX_PAGE_HTML)} (about 5 MB).`;
export const textTooLong = (length: number) =>
  `This article is too long to add: ${n(length)} characters of text, over the cap of ${n(MAX_ARTICLE_TEXT)}.`;
