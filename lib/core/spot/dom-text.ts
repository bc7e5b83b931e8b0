/**
 * The DOM adapter of the matcher: the readable text under a node as one string, with a map from
 * string offsets back to (text node, offset). Inline markup joins ("Vyacheslav <a>Gladkov</a>" is
 * one name); blocks are separated so words of two paragraphs never run together. Open shadow roots
 * are read as the page draws them (./composed.ts). Works on any DOM
 * (the page in the content script, linkedom in the CLI); it reads and never changes the tree.
 */
import { openRootOf, slotted } from './composed';
import { isFurniture, type Span } from './furniture';
import { endsNames, isBlockTag, isSkippedTag, laidOutInline } from './text-blocks';
import { drain, type Steps } from './steps';

export interface TextSegment {
  node: Text;
  /** Where the node's text starts and ends in the combined string. */
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  segments: TextSegment[];
  /** Where the page's furniture is in `text` (./furniture.ts), in order. */
  furniture: Span[];
  /**
   * Where the page's context starts afresh, in order: after each article (or main) element ends. On
   * a front page of teasers, one story's "John Kirby" is no reason to link the next one's "Kirby"
   * (a game); after an article, its comments and the next story start anew too.
   */
  fresh: number[];
  /**
   * Where one block of the page ends and the next begins, in order: the offset of the line break
   * between them. No name runs across one (a heading ending "Il-76" over a paragraph opening
   * "Crash", list items "John" and "Kirby Street"), though a line break inside a text node (the
   * page's source wrapped) or a <br> in a name set on two lines is no such end.
   */
  breaks: number[];
}

/** How an element is laid out apart from its neighbours: on a line of its own, as a box beside them, or not at all. */
export type Apart = 'line' | 'box' | false;

export interface CollectOptions {
  /** Elements to leave out on top of the built-in list (our own UI, hidden content). */
  skip?: (el: Element) => boolean;
  /**
   * How the page lays out an element its tag calls inline: as a block of its own ('line': a kicker
   * over a headline), as a box beside its neighbours ('box': a row of topic chips), or inline (false;
   * a drop cap, a letter of a headline split letter by letter). Asked only where two words would
   * otherwise meet with nothing between them and no other sign parts them (see wordsApart).
   */
  apart?: (el: Element) => Apart;
  /** Told of each open shadow root the walk reads (./composed.ts), so that its changes can be watched. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * The attributes that decide whether an element's text is read (its tag never changes). A page that
 * changes one of them shows or hides text without adding any: the content script watches these.
 * `aria-hidden` is not one of them: it hides an element from assistive technology, not from the
 * eyes (a pull quote repeating the body, a ticker, an app root behind a consent dialog are all
 * aria-hidden and on screen), and what Parallax highlights is what a reader sees.
 */
export const SKIP_ATTRIBUTES = ['hidden', 'contenteditable'];

/** Whether an element is left out because of one of SKIP_ATTRIBUTES having `value` (null: absent). */
export function skippedFor(attribute: string, value: string | null): boolean {
  if (value === null) return false;
  if (attribute === 'hidden') return true;
  return attribute === 'contenteditable' && value !== 'false';
}

function isSkipped(el: Element, opts: CollectOptions): boolean {
  if (isSkippedTag(el)) return true;
  if (skippedFor('hidden', el.getAttribute('hidden')) || skippedFor('contenteditable', el.getAttribute('contenteditable'))) return true;
  return opts.skip?.(el) ?? false;
}

export function collectText(root: Node, opts: CollectOptions = {}): PageText {
  return drain(collectSteps(root, opts));
}

/** What to do on leaving a node the walk pushed again, as bits (ENTER: it is a node to enter). */
const ENTER = 0;
const LEAVE_BLOCK = 1;
const LEAVE_FURNITURE = 2;
const LEAVE_ARTICLE = 4;
const ARTICLE_TAGS = new Set(['ARTICLE', 'MAIN']);
/** A story marked up as one without its tag: schema.org microdata ("https://schema.org/NewsArticle") on a <div>. */
const STORY_ITEMTYPE = /schema\.org\/\w*(Article|BlogPosting)\s*$/i;
/** Whether an element holds one story: an <article>, or one its microdata calls an article. */
const isStory = (el: Element) =>
  el.tagName.toUpperCase() === 'ARTICLE' || (el.hasAttribute('itemtype') && STORY_ITEMTYPE.test(el.getAttribute('itemtype')!));
/** Whether an element holds a story or the page's main content: what a context is read within. */
const isContext = (el: Element) => ARTICLE_TAGS.has(el.tagName.toUpperCase()) || isStory(el);

/** How many nodes collectSteps visits between pauses. */
const NODES_PER_STEP = 1024;

/** collectText in steps, pausing every NODES_PER_STEP nodes: a page of 60,000 nodes is more than one task's work. */
export function* collectSteps(root: Node, opts: CollectOptions = {}): Steps<PageText> {
  let text = '';
  let visited = 0;
  let endsLine = true;
  // The last text node read on the current line, and whether it ended inside a word.
  let lastText: Text | null = null;
  let endsWord = false;
  const segments: TextSegment[] = [];
  // Remembering the last character keeps this linear: endsWith() on a growing string is not.
  const breaks: number[] = [];
  /** Ends the line; `block` when a block ends there (./text-blocks.ts endsNames): no name runs across it. */
  const separate = (block: boolean) => {
    if (!endsLine) text += '\n';
    endsLine = true;
    lastText = null;
    if (block && text.length > 0 && breaks[breaks.length - 1] !== text.length - 1) breaks.push(text.length - 1);
  };
  // Iterative walk: deep pages must not overflow the stack. The stack holds nodes to enter and, for
  // blocks, furniture and articles, the node again to leave (what to do then, as bits); children are
  // pushed last one first. Two parallel arrays and sibling links rather than an object and a NodeList
  // per node: on a page of 60,000 nodes those were garbage enough for collections of tens of ms.
  const nodes: Node[] = [root];
  const leaving: number[] = [ENTER];
  const furniture: Span[] = [];
  const fresh: number[] = [];
  // A part of the page read alone (content added later) starts inside what holds it.
  const outer = enclosing(root);
  let inFurniture = outer.furniture ? 1 : 0;
  let furnitureFrom = 0;
  let inArticle = outer.article ? 1 : 0;
  // <article> elements open around the walk (not <main>): only the end of an outermost one ends a story.
  let stories = 0;
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const leave = leaving.pop()!;
    if (leave !== ENTER) {
      if (leave & LEAVE_BLOCK) separate(endsNames(node as Element));
      if (leave & LEAVE_ARTICLE) {
        inArticle--;
        if (isStory(node as Element)) stories--;
        // Only an outermost article (or the main part) ends a story: a teaser inside one is part of it.
        if (stories === 0 && inFurniture === 0 && fresh[fresh.length - 1] !== text.length) fresh.push(text.length);
      }
      if (leave & LEAVE_FURNITURE && --inFurniture === 0 && text.length > furnitureFrom) furniture.push({ start: furnitureFrom, end: text.length });
      continue;
    }
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value.length === 0) continue;
      const parted = endsWord && lastText && WORD_START.test(value) ? wordsApart(lastText, node as Text, opts.apart) : false;
      // A block of its own ends the line; anything else parts two words as a space would, within the sentence.
      if (parted === 'line') separate(true);
      else if (parted) text += ' ';
      segments.push({ node: node as Text, start: text.length, end: text.length + value.length });
      text += value;
      endsLine = value.endsWith('\n');
      lastText = node as Text;
      endsWord = WORD_END.test(value);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkipped(el, opts)) continue;
      let on = 0;
      if (isBlockTag(el) && !laidOutInline(el)) {
        separate(endsNames(el));
        on |= LEAVE_BLOCK;
      }
      if (isFurniture(el, inArticle > 0)) {
        if (inFurniture++ === 0) furnitureFrom = text.length;
        on |= LEAVE_FURNITURE;
      }
      if (isContext(el)) {
        inArticle++;
        if (isStory(el)) stories++;
        on |= LEAVE_ARTICLE;
      }
      if (on !== ENTER) {
        nodes.push(node);
        leaving.push(on);
      }
    }
    // What the element shows: an open shadow root's tree in place of its children, a slot's assigned nodes.
    const shown = node.nodeType === 1 ? (openRootOf(node as Element) ?? slotted(node as Element)) : undefined;
    // No name runs into or out of a shadow tree or a slot: a Range cannot hold both ends in two trees.
    if (shown) {
      separate(true);
      nodes.push(node);
      leaving.push(LEAVE_BLOCK);
    }
    if (shown && !('nodeType' in shown)) {
      for (let i = shown.length - 1; i >= 0; i--) {
        nodes.push(shown[i]);
        leaving.push(ENTER);
      }
      continue;
    }
    if (shown) opts.onShadowRoot?.(shown);
    for (let child = (shown ?? node).lastChild; child !== null; child = child.previousSibling) {
      nodes.push(child);
      leaving.push(ENTER);
    }
  }
  if (outer.furniture && text.length > furnitureFrom) furniture.push({ start: furnitureFrom, end: text.length });
  return { text, segments, furniture, fresh, breaks };
}

const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;
/** Where a word and the next meet across elements, a change from a small letter to a capital, or between letters and digits. */
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;
const DIGIT = /\p{N}/u;
/** Marks set beside a word, never part of it: footnote numbers, subscripts, ruby glosses. */
const BESIDE_A_WORD = new Set(['sup', 'sub', 'rt', 'rp']);

/**
 * How far up from each of two text nodes their common ancestor is looked for: bounded, so that a
 * page nesting words thousands of elements deep cannot make each junction cost the whole depth.
 */
const JUNCTION_DEPTH = 16;

/**
 * Whether two words that meet across elements, with nothing between them, are two words: a name and
 * its footnote ("Peskov<sup>1</sup>"), an icon's or a hidden label's text and a name ("place" +
 * "Kremlin", "Posted by" + "Reuters": a small letter then a capital), parted as by a space ('box');
 * else as the page lays the elements out (`apart`): 'line' where one is a block of its own. A word
 * split by markup ("<b>Vla</b>dimir") stays one.
 */
function wordsApart(a: Text, b: Text, apart: ((el: Element) => Apart) | undefined): Apart {
  const aboveA: Element[] = [];
  for (let el = a.parentElement; el && aboveA.length < JUNCTION_DEPTH; el = el.parentElement) aboveA.push(el);
  const aboveB: Element[] = [];
  let common = -1;
  for (let el = b.parentElement; el && aboveB.length < JUNCTION_DEPTH; el = el.parentElement) {
    common = aboveA.indexOf(el);
    if (common >= 0) break;
    aboveB.push(el);
  }
  // Too far apart to tell, or two pieces of text next to each other in one element: one word, as by tags alone.
  if (common < 0 || (common === 0 && aboveB.length === 0 && a.nextSibling === b)) return false;
  const between = [...aboveA.slice(0, common), ...aboveB];
  // Signs that need no style read first: reading a style may make the browser restyle the page.
  const last = a.data[a.data.length - 1];
  const first = b.data[0];
  if (LOWER_THEN_UPPER.test(last + first) || DIGIT.test(last) !== DIGIT.test(first)) return 'box';
  if (between.some((el) => BESIDE_A_WORD.has(el.localName.toLowerCase()))) return 'box';
  let parted: Apart = false;
  for (const el of between) {
    const how = apart?.(el) ?? false;
    if (how === 'line') return 'line';
    parted ||= how;
  }
  return parted;
}

/** Whether `root` stands inside page furniture, and inside an article, by its ancestors. */
function enclosing(root: Node): { furniture: boolean; article: boolean } {
  const ancestors: Element[] = [];
  for (let el = root.parentElement; el; el = el.parentElement) ancestors.push(el);
  let furniture = false;
  let article = false;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    furniture ||= isFurniture(ancestors[i], article);
    article ||= isContext(ancestors[i]);
  }
  return { furniture, article };
}

/** The text node and offset at a combined-string offset (`end` for a range end, `start` otherwise). */
export function locate(page: PageText, offset: number, edge: 'start' | 'end'): { node: Text; offset: number } | undefined {
  const segs = page.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    if (edge === 'start' ? offset >= s.end : offset > s.end) lo = mid + 1;
    else if (edge === 'start' ? offset < s.start : offset <= s.start) hi = mid - 1;
    else return { node: s.node, offset: offset - s.start };
  }
  return undefined;
}
