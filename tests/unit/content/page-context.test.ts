import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { contextOf, seenBefore } from '../../../lib/content/page-context';
import type { PageMention } from '../../../lib/content/scan';

/**
 * linkedom's compareDocumentPosition orders nodes by their depth alone (a paragraph "precedes" the
 * one after it): the order a browser gives, after the DOM standard, is put in its place here.
 */
function documentOrder(this: Node, other: Node): number {
  if (this === other) return 0;
  const chain = (n: Node) => {
    const up: Node[] = [];
    for (let a: Node | null = n; a; a = a.parentNode) up.unshift(a);
    return up;
  };
  const [a, b] = [chain(this), chain(other)];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length) return 16 | 4; // other is inside this: CONTAINED_BY | FOLLOWING
  if (i === b.length) return 8 | 2; // this is inside other: CONTAINS | PRECEDING
  const siblings = [...a[i - 1].childNodes];
  return siblings.indexOf(b[i] as ChildNode) > siblings.indexOf(a[i] as ChildNode) ? 4 : 2;
}

function page(body: string): Document {
  const { document, Node } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  Node.prototype.compareDocumentPosition = documentOrder;
  return document as unknown as Document;
}

/** A mention of `entityId` starting in the first text node of `#id` (only where it starts is read). */
function mentionIn(doc: Document, id: string, entityId: string): PageMention {
  const startContainer = doc.getElementById(id)!.firstChild!;
  return { entityId, range: { startContainer } as unknown as Range } as PageMention;
}

const HTML = `
  <p id="nav">Menu naming Sergei Lavrov</p>
  <article id="a1">
    <p id="p1">Yevheniia Kravchuk</p>
    <p id="p2">UN Security Council</p>
    <div id="lazy"><p id="late">Kravchuk</p></div>
    <p id="p3">Dmitry Peskov, after the lazy part</p>
  </article>
  <div id="feed"><article id="a2"><p id="n1">Kravchuk</p></article><p id="loose">Kravchuk</p></div>`;

describe('seenBefore (the context of a part of the page read on its own)', () => {
  const doc = page(HTML);
  const sorted = [
    mentionIn(doc, 'nav', 'sergei-lavrov'),
    mentionIn(doc, 'p1', 'yevhenia-kravchuk'),
    mentionIn(doc, 'p2', 'un-security-council'),
    mentionIn(doc, 'p3', 'dmitry-peskov'),
  ];

  it('gives a part added to an article the entities that article named before it, not those after it nor outside it', () => {
    expect(seenBefore(doc.getElementById('lazy')!, sorted)).toEqual(['yevhenia-kravchuk', 'un-security-council']);
    expect(seenBefore(doc.getElementById('late')!.firstChild!, sorted), 'an edited text node').toEqual(['yevhenia-kravchuk', 'un-security-council']);
    expect(seenBefore(doc.getElementById('p2')!, sorted)).toEqual(['yevhenia-kravchuk']);
  });

  it('gives the next story an endless page appends nothing of the story before it', () => {
    expect(seenBefore(doc.getElementById('a2')!, sorted)).toEqual([]);
    expect(seenBefore(doc.getElementById('n1')!, sorted)).toEqual([]);
  });

  it('outside any article or main, the whole page before it is the context', () => {
    expect(contextOf(doc.getElementById('loose')!)).toBe(doc.body);
    expect(seenBefore(doc.getElementById('loose')!, sorted)).toEqual(['sergei-lavrov', 'yevhenia-kravchuk', 'un-security-council', 'dmitry-peskov']);
  });

  it('counts mentions found since, in any order, by the same rule', () => {
    const more = [mentionIn(doc, 'n1', 'john-kirby'), mentionIn(doc, 'p3', 'pal-jonson'), mentionIn(doc, 'late', 'yevhen-buket')];
    expect(seenBefore(doc.getElementById('loose')!, [], more)).toEqual(['john-kirby', 'pal-jonson', 'yevhen-buket']);
    expect(seenBefore(doc.getElementById('p3')!, [], more)).toEqual(['yevhen-buket']);
  });

  it('a story its microdata calls an article is a context of its own, as an <article> is', () => {
    const d = page(
      '<main><div id="s1" itemscope itemtype="https://schema.org/NewsArticle"><p id="a">Vyacheslav Gladkov</p></div><div id="s2" itemscope itemtype="http://schema.org/newsarticle"><p id="b">Gladkov</p></div></main>',
    );
    expect(contextOf(d.getElementById('b')!)).toBe(d.getElementById('s2'));
    expect(seenBefore(d.getElementById('b')!, [mentionIn(d, 'a', 'vyacheslav-gladkov')])).toEqual([]);
  });

  it('main is a context when there is no article', () => {
    const d = page('<main id="m"><p id="a">Vyacheslav Gladkov</p><p id="b">Gladkov</p></main><p id="out">Gladkov</p>');
    expect(contextOf(d.getElementById('b')!)).toBe(d.getElementById('m'));
    const found = [mentionIn(d, 'a', 'vyacheslav-gladkov')];
    expect(seenBefore(d.getElementById('b')!, found)).toEqual(['vyacheslav-gladkov']);
    expect(seenBefore(d.getElementById('out')!, found), 'after main, in the body').toEqual(['vyacheslav-gladkov']);
  });
});

describe('seenBefore passes over names that are no context', () => {
  it('names in the page’s furniture and near misses, as a whole-page read does', () => {
    const doc = page(
      '<article><aside><p id="rail">John Kirby</p></aside><p id="p1">Peskow</p><p id="p2">Dmitry Peskov</p><div id="lazy"></div></article>',
    );
    const aside = (m: PageMention) => ({ ...m, aside: true }) as PageMention;
    const sorted = [aside(mentionIn(doc, 'rail', 'john-kirby')), aside(mentionIn(doc, 'p1', 'dmitry-peskov')), mentionIn(doc, 'p2', 'dmitry-peskov')];
    expect(seenBefore(doc.getElementById('lazy')!, sorted)).toEqual(['dmitry-peskov']);
    expect(seenBefore(doc.getElementById('p2')!, sorted), 'before the exact name: nothing').toEqual([]);
  });
});
