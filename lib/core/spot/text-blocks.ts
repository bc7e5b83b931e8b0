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

/** A style attribute laying an element out inline: `display: inline`, `inline-block`, `inline-flex`. */
const INLINE_STYLE = /(^|;)\s*display\s*:\s*inline/i;

/**
 * Whether a block-level tag is laid out inline by its own style attribute: a <div> of a headline
 * split word by word into inline-block <div>s for an animation reads as inline text, its words apart
 * by the spaces between them, not one per line.
 */
export const laidOutInline = (el: Element): boolean => el.localName.toLowerCase() === 'div' && INLINE_STYLE.test(el.getAttribute('style') ?? '');

/**
 * Whether the start or end of block `el` parts names (no name runs from one block into the next):
 * every block but a lone <br> (a name set on two lines). Two <br>s in a row part paragraphs, on pages
 * written without <p> ("Reaction at the UN<br><br>Security Council members …").
 */
export const endsNames = (el: Element): boolean =>
  el.localName.toLowerCase() !== 'br' || isBr(besideBr(el, 'previousSibling')) || isBr(besideBr(el, 'nextSibling'));

const isBr = (n: Node | null) => n?.nodeType === 1 && (n as Element).localName.toLowerCase() === 'br';
/** The node next to a <br> on one side, past white space. */
function besideBr(el: Element, side: 'previousSibling' | 'nextSibling'): Node | null {
  let n = el[side];
  while (n && n.nodeType === 3 && !(n.nodeValue ?? '').trim()) n = n[side];
  return n;
}
