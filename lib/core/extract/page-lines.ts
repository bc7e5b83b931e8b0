/**
 * An article's text as lines, one per block (paragraph, heading, list item…), read from what
 * Readability kept: text verbatim, HTML white space collapsed. Left out: navigation, an advert's
 * label, footnote marks and back-links ("65<sup>2</sup>" is 65, not 652), a line of marks alone,
 * and a table cell that is no sentence (a table's "74", "Shot down by three missiles" are data, and
 * would be stored as the outlet's own claims).
 */
import { isBlockTag, isSkippedTag } from '../spot/text-blocks';
import { AD_LABEL, AD_LINE } from './ad-label';

/** Navigation Readability may leave in an article's header (a breadcrumb, "World › Europe"): never its text. */
const isNavigation = (el: Element) => el.tagName === 'NAV' || el.getAttribute('role') === 'navigation';

/** What a footnote mark or a back-link shows: "2", "[3]", "*", "†", "↩", "^". */
const MARK_TEXT = /^\s*(\[?\d{1,3}\]?|\[?[a-z]\]?|[*†‡§]|[↩↑^]+)\s*$/u;
/** A unit whose power a superscript gives: "km²". */
const UNIT = '(?<!\\p{L})(?:k?m|cm|mm|ft|mi)';
const UNIT_BEFORE = new RegExp(`${UNIT}$`, 'u');
/** A footnote's mark (a superscript) or a link within the page showing only a mark. */
function isReferenceMark(el: Element): boolean {
  const tag = el.localName;
  if (tag !== 'sup' && !(tag === 'a' && (el.getAttribute('href') ?? '').startsWith('#'))) return false;
  // Not a unit's power: "km<sup>2</sup>".
  const before = el.previousSibling?.nodeType === 3 ? (el.previousSibling.nodeValue ?? '').slice(-4) : '';
  return MARK_TEXT.test(el.textContent ?? '') && !UNIT_BEFORE.test(before);
}
/** Marks written as characters after a word: superscript digits ("advance.⁴") and bracketed numbers ("[3]"). */
const WRITTEN_MARKS = new RegExp(`(?<=[\\p{L}\\p{N}.,;:!?”"’')\\]])(?<!${UNIT})(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\[\\d{1,3}\\])`, 'gu');

/**
 * What is drawn as nothing inside a word: a soft hyphen ("Pes&shy;kov"), a zero-width space, a word
 * joiner, a byte-order mark. Kept, a claim would read "Peskov" to the eye and match no search for it.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** A line of marks alone: a footnote's "↩", a "⁵" left on its own. */
const ONLY_MARKS = /^[\s↩↑^⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§]+$/u;

/** A table's cell or its caption: data and its label, kept only as sentences. */
const isCell = (el: Element) => el.localName === 'td' || el.localName === 'th' || el.localName === 'caption';
/** A sentence: three words at least and a full stop (or ! ?), maybe inside quotation marks. */
const isSentence = (t: string) => /[.!?]["”’')\]]*$/.test(t) && t.split(' ', 3).length === 3;

export function blockLines(root: Node): string[] {
  const out: string[] = [];
  let line = '';
  const flush = (cell = false) => {
    const t = line
      .replace(WRITTEN_MARKS, '')
      .replace(INVISIBLE, '')
      .replace(/[ \t\n\r\f]+/g, ' ')
      .trim();
    line = '';
    if (!t || ONLY_MARKS.test(t) || AD_LABEL.test(t) || AD_LINE.test(t) || (cell && !isSentence(t))) return;
    out.push(t);
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) line += n.nodeValue ?? '';
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (isSkippedTag(el) || isNavigation(el) || isReferenceMark(el)) return;
    const block = isBlockTag(el) || isCell(el);
    if (block) flush();
    n.childNodes.forEach(walk);
    // A cell's own text is kept only as a sentence; paragraphs inside it flushed as they ended.
    if (block) flush(isCell(el));
  };
  walk(root);
  flush();
  return out;
}
