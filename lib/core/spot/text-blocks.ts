/**
 * Which elements a DOM-text walker reads, and where it breaks lines: the one list shared by the
 * matcher's walker (dom-text.ts) and the article extractor (extract/page-article.ts), so a page's
 * text is cut the same way wherever it is read.
 */

/** Elements whose contents are not readable text (code, styles, form controls, embedded media, the head). */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'svg',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements that start and end a line, so words of two paragraphs never run together. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'body',
  'html',
]);

/** Tag names are compared in lower case: HTML documents report upper case in tagName, lower in localName. */
export const isSkippedTag = (el: Element): boolean => SKIPPED.has(el.localName.toLowerCase());
export const isBlockTag = (el: Element): boolean => BLOCKS.has(el.localName.toLowerCase());
