/**
 * articleFromDocument on saved pages parsed by linkedom: metadata from JSON-LD (with @graph), Open
 * Graph, plain <meta>/<title>; the article text without the page's noise; broken JSON-LD and
 * pages without an article; and the input document left exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromDocument, isoDate, MANY_STORIES, NO_ARTICLE, type PageArticle } from '../../../../lib/core/extract/page-article';
import { blockLines } from '../../../../lib/core/extract/page-lines';

const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'articles');
const load = (name: string) => parseHTML(readFileSync(join(dir, name), 'utf8')).document as unknown as Document;

/** Extracts, checking on the way that the document is unchanged. */
function extract(name: string, url?: string): PageArticle {
  const doc = load(name);
  const before = doc.documentElement.outerHTML;
  const result = articleFromDocument(doc, url);
  expect(doc.documentElement.outerHTML).toBe(before);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const lines = (a: PageArticle) => a.text.split('\n');

describe('articleFromDocument: metadata', () => {
  it('prefers a JSON-LD NewsArticle inside @graph over Open Graph and <title>', () => {
    const a = extract('jsonld-graph.html');
    expect(a).toMatchObject({
      title: 'Harbour cranes return to work after the January storm',
      published: '2024-01-24',
      byline: 'Mira Talvik and Oskar Brenn',
      siteName: 'Northwind Courier',
      url: 'https://www.northwind-courier.example/port/cranes-return',
    });
  });

  it('falls back to Open Graph, and ignores an article:author that is a profile URL', () => {
    const a = extract('og-only.html');
    expect(a).toMatchObject({
      title: 'The town library will open until midnight during exam season',
      published: '2024-03-05',
      siteName: 'The Valley Ledger',
      url: 'https://valleyledger.example/town/library-midnight',
    });
    expect(a.byline).toBeUndefined();
  });

  it('falls back to <meta name>, <link rel=canonical> and <title> without the site suffix', () => {
    const a = extract('meta-only.html', 'https://lakeside-herald.example/transport/ferry-winter-timetable/?utm_source=feed');
    expect(a).toEqual({
      title: 'Ferry timetable changes for winter',
      published: '2024-02-11',
      byline: 'Ines Varga',
      siteName: 'Lakeside Herald',
      url: 'https://lakeside-herald.example/transport/ferry-winter-timetable',
      text: expect.any(String),
    });
    // A canonical link to another page of the host is not this page's URL (docs/privacy-security.md).
    expect(extract('meta-only.html', 'https://lakeside-herald.example/some/path').url).toBe('https://lakeside-herald.example/some/path');
    // A relative canonical link cannot be resolved without the page's own URL.
    expect(extract('meta-only.html').url).toBeUndefined();
  });

  it('ignores malformed and empty JSON-LD and uses what else the page says', () => {
    const a = extract('broken-jsonld.html');
    expect(a).toMatchObject({
      title: 'Riverside swimming pool reopens after roof repairs',
      published: '2024-06-02',
      siteName: 'Riverside Weekly',
      url: 'https://riverside-weekly.example/news/pool-reopens',
    });
  });

  it('normalises dates to YYYY-MM-DD, keeping the date as the page wrote it', () => {
    expect(isoDate('2024-01-24T23:30:00-05:00')).toBe('2024-01-24');
    expect(isoDate('January 5, 2024')).toBe('2024-01-05');
    expect(isoDate('not a date')).toBeUndefined();
  });
});

describe('articleFromDocument: text', () => {
  it('gives one line per paragraph, heading and list item, white space collapsed, words verbatim', () => {
    expect(lines(extract('jsonld-graph.html'))).toEqual([
      'Harbour cranes return to work after the January storm',
      'The four container cranes at the northern quay moved again on Wednesday morning, eleven days after gusts of wind tore the cabin roof from one of them and bent the rail it runs on.',
      'Engineers from the port authority spent the week straightening the rail and replacing the cables, the harbour master said, adding that the first ship unloaded without delay.',
      'Backlog of ships',
      'Nine vessels waited at anchor outside the breakwater while the quay was closed, and the last of them is expected to berth by Saturday, according to the shipping office.',
      'Grain ships will be unloaded first.',
      'Timber follows on Friday.',
    ]);
  });

  it('leaves out navigation, cookie banner, ads, sidebar and footer', () => {
    const a = extract('noisy.html');
    expect(lines(a)).toEqual([
      'Apple growers on the southern slopes lost much of their blossom in a single night last week, when the temperature fell to four degrees below freezing after a warm fortnight.',
      'One grower said she had lit straw fires between the rows until dawn, but that the trees nearest the stream were “black by breakfast” and would bear little fruit this year.',
      'The growers’ cooperative estimates that a third of the expected harvest is gone, and has asked the regional office for help with the cost of frost nets for next spring.',
      'Pear trees, which flowered later, were mostly spared, the cooperative said.',
    ]);
    for (const noise of ['cookies', 'Subscribe', 'Advertisement', 'Tractor', 'Most read', 'Garden sheds', 'All rights reserved', 'adSlots']) {
      expect(a.text).not.toContain(noise);
    }
    expect(a).toMatchObject({ title: 'Orchard growers count the cost of a late frost', published: '2024-04-18', siteName: 'Hill Country Post' });
  });

  it('keeps the line structure extractClaims splits on: no empty lines, no stray spaces', () => {
    for (const name of ['jsonld-graph.html', 'og-only.html', 'meta-only.html', 'noisy.html', 'broken-jsonld.html']) {
      for (const line of lines(extract(name))) {
        expect(line).toBe(line.trim());
        expect(line).not.toMatch(/^$|[ \t\r\f]{2}/);
      }
    }
  });

  it('splits at <br> and block elements but not at inline ones', () => {
    const { document } = parseHTML('<div><p>One <b>bold</b>\n  word<br>Two</p><blockquote>Three</blockquote>Four</div>');
    expect(blockLines(document.querySelector('div') as unknown as Node)).toEqual(['One bold word', 'Two', 'Three', 'Four']);
  });

  it('leaves out an ad slot’s label on a line of its own, not a sentence that mentions one', () => {
    const { document } = parseHTML(
      '<div><p>The quay closed.</p><p>Advertisement</p><p>Story continues below advertisement</p><p>The advertisement ran for a week.</p></div>',
    );
    expect(blockLines(document.querySelector('div') as unknown as Node)).toEqual(['The quay closed.', 'The advertisement ran for a week.']);
  });

  it('reports a page without article text as an error, not an empty article', () => {
    const doc = load('no-text.html');
    const before = doc.documentElement.outerHTML;
    expect(articleFromDocument(doc, 'https://exampledaily.example/gallery')).toEqual({ ok: false, error: NO_ARTICLE });
    expect(NO_ARTICLE).toBe('No article text found on this page.');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('articleFromDocument: headlines and too little text', () => {
  const page = (head: string, body: string) =>
    parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
  const para = `<p>${'The investigators said the flight recorders were recovered from the field on Thursday morning. '.repeat(3)}</p>`;
  const titleOf = (head: string, body: string) => {
    const r = articleFromDocument(page(head, body), 'https://paper.example/a');
    return r.ok ? r.value.title : r.error;
  };

  it('takes the <h1> as the headline when the <title> holds it with the site name', () => {
    expect(titleOf('<title>Recorders found — The Paper</title>', `<article><h1>Recorders found</h1>${para}</article>`)).toBe('Recorders found');
  });

  it('drops the site name from a <title> when there is no such <h1>', () => {
    expect(
      titleOf('<title>Recorders found | The Paper</title><meta property="og:site_name" content="The Paper">', `<article>${para}</article>`),
    ).toBe('Recorders found');
    // A title that merely ends in other words keeps them.
    expect(
      titleOf('<title>Recorders found - in a field</title><meta property="og:site_name" content="The Paper">', `<article>${para}</article>`),
    ).toBe('Recorders found - in a field');
  });

  it('reads an article in a script written without spaces (Japanese, Chinese) as one, by its characters', () => {
    const ja = articleFromDocument(
      page(
        '<title>イリューシン76墜落</title>',
        '<article><h1>イリューシン76墜落、乗員の確認続く</h1><p>ロシア国防省は、ベルゴロド州でイリューシン76が墜落し、搭乗していた全員が死亡したと発表した。</p><p>ウクライナ側は、機内に誰が乗っていたのかは確認できていないと述べた。</p></article>',
      ),
      'https://paper.example/ja',
    );
    expect(ja.ok).toBe(true);
    const zh = articleFromDocument(
      page(
        '<title>伊尔-76坠毁</title>',
        '<article><h1>伊尔-76坠毁</h1><p>俄罗斯国防部表示，一架伊尔-76军用运输机在别尔哥罗德州坠毁，机上人员全部遇难。</p></article>',
      ),
      'https://paper.example/zh',
    );
    expect(zh.ok).toBe(true);
    // A caption's few characters are still no article.
    expect(
      articleFromDocument(page('<title>写真</title>', '<figure><figcaption>雪の野原。</figcaption></figure>'), 'https://paper.example/p'),
    ).toEqual({
      ok: false,
      error: NO_ARTICLE,
    });
  });

  it('cuts a title or a byline longer than a pack may hold, at a word', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const r = articleFromDocument(
      page(
        `<title>${long}</title><meta name="author" content="${long}">`,
        `<article><h1>${long}</h1>${'<p>The Il-76 came down near Belgorod on Wednesday morning, officials said.</p>'.repeat(3)}</article>`,
      ),
      'https://paper.example/long',
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.value.title.length).toBeLessThanOrEqual(500);
    expect(r.value.title.endsWith('…')).toBe(true);
    expect(r.value.title.startsWith('word0 word1 word2')).toBe(true);
    expect(r.value.byline!.length).toBeLessThanOrEqual(500);
  });

  it('calls a page with a caption-length text no article', () => {
    const r = articleFromDocument(
      page('<title>Gallery</title>', '<nav><a href="/">Home</a></nav><figure><figcaption>Snow in the field, Thursday.</figcaption></figure>'),
      'https://paper.example/g',
    );
    expect(r).toEqual({ ok: false, error: NO_ARTICLE });
  });
});

describe('articleFromDocument: a byline and date printed in plain text', () => {
  const html = (byline: string, headline = 'Quay to close for repairs') =>
    parseHTML(
      `<!doctype html><html><head><title>Print: ${headline}</title></head><body><header><a href="/">Home</a></header><h1>${headline}</h1><p>${byline}</p>${'<p>The harbour board met on Tuesday and voted to close the quay for repairs after the storm.</p>'.repeat(4)}<footer>Printed on 29/01/2031</footer></body></html>`,
    ).document as unknown as Document;
  const read = (byline: string, headline?: string) => {
    const r = articleFromDocument(html(byline, headline), undefined);
    if (!r.ok) throw new Error(r.error);
    return [r.value.byline, r.value.published];
  };

  it.each([
    ['By Dana Whitfield | January 26, 2031', 'Dana Whitfield', '2031-01-26'],
    ['By Ana Ruiz and Tom Pell · 26 Jan 2031', 'Ana Ruiz and Tom Pell', '2031-01-26'],
    ['By Petra Lindqvist, Northern Ledger, Jan. 25, 2031', 'Petra Lindqvist', '2031-01-25'],
    ['Published 2031-01-24', undefined, '2031-01-24'],
  ])('%s', (byline, author, date) => {
    expect(read(byline)).toEqual([author, date]);
  });

  it('takes no date from the headline, nor one written only in figures (01/02/2031 is two days)', () => {
    expect(read('By Dana Whitfield', 'Talks to resume on January 30, 2031')[1]).toBeUndefined();
    expect(read('By Dana Whitfield', '<span>Talks to resume on January 30, 2031</span>')[1]).toBeUndefined();
    expect(read('By Dana Whitfield | 01/02/2031')[1]).toBeUndefined();
  });

  it('takes no name from a standfirst opening "By …", nor a date from one', () => {
    expect(read('By Friday, the harbour board had voted to close the quay.')).toEqual([undefined, undefined]);
    expect(read('By Christmas the quay will be closed.')).toEqual([undefined, undefined]);
    expect(read('The vote, first planned for March 3, 2030, was postponed twice.')).toEqual([undefined, undefined]);
  });

  it('reads the byline and date in a header that holds the headline and a standfirst', () => {
    const r = articleFromDocument(
      parseHTML(
        `<!doctype html><html><head><title>Quay</title></head><body><header><h1>Quay to close</h1><p>The vote, first planned for March 3, 2030, was postponed twice.</p><p>By Dana Whitfield | January 26, 2031</p></header>${'<p>The harbour board met on Tuesday and voted to close the quay for repairs after the storm.</p>'.repeat(4)}</body></html>`,
      ).document as unknown as Document,
      undefined,
    );
    expect(r.ok && [r.value.byline, r.value.published]).toEqual(['Dana Whitfield', '2031-01-26']);
  });
});

describe('articleFromDocument: a page with no sentence', () => {
  it('is no article: a paragraph of 200,000 characters with no sentence end (read once, not once per word)', () => {
    const long = parseHTML(`<!doctype html><html><body><article><h1>T</h1><p>${'word '.repeat(40_000)}</p></article></body></html>`)
      .document as unknown as Document;
    expect(articleFromDocument(long, undefined)).toEqual({ ok: false, error: NO_ARTICLE });
  });

  it('is an article in a script whose full stop is no "." (Hindi’s "।")', () => {
    const hindi = parseHTML(
      '<!doctype html><html><body><article><h1>बांध</h1><p>बोर्ड ने मंगलवार को तूफान के बाद मरम्मत के लिए घाट बंद करने का फैसला किया।</p></article></body></html>',
    ).document as unknown as Document;
    expect(articleFromDocument(hindi, undefined).ok).toBe(true);
  });

  it('is no article: a video’s duration and its links to more videos', () => {
    const video = parseHTML(
      '<!doctype html><html><head><title>Video: the quay closes</title><meta property="og:type" content="video.other"></head><body><main><h1>Video: the quay closes</h1><div class="player"></div><p>Duration 2:31 · Jan 24, 2031</p><h2>More videos</h2><ul><li><a href="/v1">Harbour board briefing, Jan 25</a></li><li><a href="/v2">Storm damage along the north quay wall</a></li></ul></main></body></html>',
    ).document as unknown as Document;
    expect(articleFromDocument(video, undefined)).toEqual({ ok: false, error: NO_ARTICLE });
  });
});

describe('articleFromDocument: a page of many stories', () => {
  const teaser = (n: number) =>
    `<article><h2><a href="/s${n}">Story ${n} headline</a></h2><p>Story ${n} tells of a harbour, a council vote and a storm that closed the quay for a week.</p></article>`;
  const page = (head: string, stories: number) =>
    parseHTML(
      `<!doctype html><html><head><title>News</title>${head}</head><body><main>${Array.from({ length: stories }, (_, i) => teaser(i)).join('')}</main></body></html>`,
    ).document as unknown as Document;

  it('is refused: a front page of teasers, or one whose markup says it is a collection', () => {
    expect(articleFromDocument(page('', 4), undefined)).toEqual({ ok: false, error: MANY_STORIES });
    const listed = '<script type="application/ld+json">{"@type": "CollectionPage", "name": "Harbour"}</script>';
    expect(articleFromDocument(page(listed, 1), undefined)).toEqual({ ok: false, error: MANY_STORIES });
  });

  it('is not a page that says it is an article, nor one with two teasers', () => {
    expect(articleFromDocument(page('<meta property="og:type" content="article">', 4), undefined).ok).toBe(true);
    const ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Story"}</script>';
    expect(articleFromDocument(page(ld, 4), undefined).ok).toBe(true);
    expect(articleFromDocument(page('', 2), undefined).ok).toBe(true);
  });

  it('is refused: a list of results, each a linked headline and a snippet', () => {
    const item = (n: number) =>
      `<li><h3><a href="/r${n}">Result ${n}: the quay closes</a></h3><p>Jan ${n + 1}, 2031 — The harbour board said the quay would close for repairs after the storm…</p></li>`;
    const results = parseHTML(
      `<!doctype html><html><head><title>Search results for “quay”</title></head><body><main><h1>Search results for “quay”</h1><p>3 results</p><ol>${[1, 2, 3].map(item).join('')}</ol></main></body></html>`,
    ).document as unknown as Document;
    expect(articleFromDocument(results, undefined)).toEqual({ ok: false, error: MANY_STORIES });
  });

  it('is not a live blog or a list article whose items’ headlines link into the page', () => {
    const item = (n: number) =>
      `<li id="p${n}"><h3><a href="#p${n}">10:0${n} The board votes</a></h3><p>The harbour board voted to close the quay, its chair said.</p></li>`;
    const blog = parseHTML(
      `<!doctype html><html><head><title>Live</title></head><body><main><h1>Live: the quay</h1><ul>${[1, 2, 3, 4].map(item).join('')}</ul></main></body></html>`,
    ).document as unknown as Document;
    expect(articleFromDocument(blog, undefined).ok).toBe(true);
  });

  it('is not a story with a list of related links under it', () => {
    const story = '<p>The harbour board met on Tuesday and voted to close the quay for repairs after the storm.</p>'.repeat(20);
    const related = [1, 2, 3].map((n) => `<li><h3><a href="/s${n}">Story ${n} headline</a></h3></li>`).join('');
    const html = parseHTML(
      `<!doctype html><html><head><title>Story</title></head><body><main><h1>The story</h1>${story}<ul>${related}</ul></main></body></html>`,
    ).document as unknown as Document;
    expect(articleFromDocument(html, undefined).ok).toBe(true);
  });

  it('is not a story with related teasers beside it, in a rail or among its own paragraphs', () => {
    const story = `<article><h1><a href="/story">The story</a></h1>${'<p>The harbour board met on Tuesday and voted to close the quay for repairs after the storm.</p>'.repeat(20)}</article>`;
    const html = (related: string) =>
      parseHTML(`<!doctype html><html><head><title>Story</title></head><body><main>${story}${related}</main></body></html>`)
        .document as unknown as Document;
    expect(articleFromDocument(html(teaser(1) + teaser(2) + teaser(3)), undefined).ok, 'teasers after the story').toBe(true);
    expect(articleFromDocument(html(`<aside>${teaser(1)}${teaser(2)}${teaser(3)}</aside>`), undefined).ok, 'teasers in a rail').toBe(true);
  });
});

describe('isoDate', () => {
  it('gives no date a pack cannot hold: a CMS’s empty date, a day that does not exist, one past 2100', () => {
    expect(isoDate('2024-01-24T09:00:00Z')).toBe('2024-01-24');
    expect(isoDate('0001-01-01T00:00:00')).toBeUndefined();
    expect(isoDate('2024-02-30')).toBeUndefined();
    expect(isoDate('2150-01-01')).toBeUndefined();
  });
});

describe('articleFromDocument: a page of several stories one after another', () => {
  // An endless page: the next story appended below the first, each an <article> with its JSON-LD, the address moved to it.
  const story = (n: number, headline: string, body: string) =>
    `<article><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","url":"https://gazette.localhost/read?p=${n}","datePublished":"2031-05-0${n}"}</script><h1>${headline}</h1>${body}</article>`;
  const html = `<!doctype html><html><head><title>Gazette</title><meta property="og:url" content="https://gazette.localhost/read?p=1"></head><body><main>${story(
    1,
    'Harbour cranes stand idle in the dock strike',
    '<p>The cranes at the north harbour have not moved since the first of the month, and eleven ships wait outside the breakwater.</p>',
  )}${story(
    2,
    'Review: a pink hero floats back in a gentle adventure',
    '<p>The game lets two players float through twelve levels of clouds, and the best of them is a train yard full of puzzles.</p>',
  )}</main></body></html>`;
  const read = (url: string, movedFrom?: string) => {
    const r = articleFromDocument(parseHTML(html).document as unknown as Document, url, movedFrom);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it('reads the story the address is at, and none of the other', () => {
    const second = read('https://gazette.localhost/read?p=2', 'https://gazette.localhost/read?p=1');
    expect([second.title, second.url, second.published]).toEqual([
      'Review: a pink hero floats back in a gentle adventure',
      'https://gazette.localhost/read?p=2',
      '2031-05-02',
    ]);
    expect(second.text).toMatch(/train yard/);
    expect(second.text).not.toMatch(/cranes/);
    // Scrolled back up to the first story, the page is at the address it was loaded from.
    const first = read('https://gazette.localhost/read?p=1');
    expect(first.title).toBe('Harbour cranes stand idle in the dock strike');
    expect(first.text).not.toMatch(/train yard/);
  });

  it('on an endless page whose JSON-LD declares no address, reads the story its headline names; moved on, the one its title now names', () => {
    const article = (headline: string, body: string) => `<article><h1>${headline}</h1>${body}</article>`;
    const page = (title: string) =>
      `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="Harbour cranes stand idle in the dock strike"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour cranes stand idle in the dock strike"}</script></head><body><div class="stream">${article(
        'Harbour cranes stand idle in the dock strike',
        '<p>The cranes at the north harbour have not moved since the first of the month, and eleven ships wait outside the breakwater.</p>',
      )}${article(
        'Review: a pink hero floats back in a gentle adventure',
        '<p>The game lets two players float through twelve levels of clouds, and the best of them is a train yard full of puzzles.</p>',
      )}</div></body></html>`;
    const read = (title: string, url: string, movedFrom?: string) => {
      const r = articleFromDocument(parseHTML(page(title)).document as unknown as Document, url, movedFrom);
      if (!r.ok) throw new Error(r.error);
      return r.value.text;
    };
    const first = read('Harbour cranes stand idle in the dock strike | Gazette', 'https://gazette.localhost/cranes');
    expect(first).toMatch(/cranes at the north harbour/);
    expect(first).not.toMatch(/train yard/);
    const second = read(
      'Review: a pink hero floats back in a gentle adventure | Gazette',
      'https://gazette.localhost/review',
      'https://gazette.localhost/cranes',
    );
    expect(second).toMatch(/train yard/);
    expect(second).not.toMatch(/cranes at the north harbour/);
  });

  it('moved on to the next story of an endless page, takes that story’s headline, date and byline, not the head’s', () => {
    const page = `<!doctype html><html><head><title>Review: a pink hero floats back | Gazette</title><meta property="og:title" content="Harbour cranes stand idle in the dock strike"><meta property="article:published_time" content="2031-03-01T08:00:00Z"><meta name="author" content="Ida Crane"></head><body><div class="stream"><article><h1>Harbour cranes stand idle in the dock strike</h1><p class="byline">By Ida Crane · <time datetime="2031-03-01">1 March 2031</time></p><p>The cranes at the north harbour have not moved since the first of the month, and eleven ships wait outside the breakwater.</p></article><article><h1>Review: a pink hero floats back</h1><p class="byline">By <a rel="author" href="/ola">Ola Berg</a> · <time datetime="2031-03-04">4 March 2031</time></p><p>The game lets two players float through twelve levels of clouds, and the best of them is a train yard full of puzzles.</p></article></div></body></html>`;
    const r = articleFromDocument(
      parseHTML(page).document as unknown as Document,
      'https://gazette.localhost/review',
      'https://gazette.localhost/cranes',
    );
    if (!r.ok) throw new Error(r.error);
    expect({ title: r.value.title, published: r.value.published, byline: r.value.byline }).toEqual({
      title: 'Review: a pink hero floats back',
      published: '2031-03-04',
      byline: 'Ola Berg',
    });
    expect(r.value.text).toMatch(/train yard/);
  });

  it('on a story with a rail of teasers as <article>s, one naming the story itself, reads the story whole', () => {
    const page = `<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour cranes stand idle in the dock strike","url":"https://gazette.localhost/cranes"}</script></head><body><aside><article><h2><a href="/cranes">Harbour cranes stand idle in the dock strike</a></h2></article><article><h2><a href="/ferry">Ferry timetable cut</a></h2></article></aside><main><article><h1>Harbour cranes stand idle in the dock strike</h1><p>The cranes at the north harbour have not moved since the first of the month, and eleven ships wait outside the breakwater.</p></article></main></body></html>`;
    const r = articleFromDocument(parseHTML(page).document as unknown as Document, 'https://gazette.localhost/cranes');
    expect(r.ok && r.value.text).toMatch(/eleven ships/);
  });
});

describe('articleFromDocument: the date and author a story shows', () => {
  const read = (body: string) => {
    const r = articleFromDocument(
      parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document,
      'https://gazette.localhost/s',
    );
    if (!r.ok) throw new Error(r.error);
    return [r.value.published, r.value.byline];
  };
  const text = '<p>The cranes at the north harbour have not moved since the first of the month, and eleven ships wait outside the breakwater.</p>';

  it('reads the byline line under the headline, where the head gives none', () => {
    expect(
      read(
        `<article><h1>Cranes stand idle</h1><p>By <a rel="author" href="/a">Ines Mardle</a>, <time datetime="2031-04-02">2 April</time></p>${text}</article>`,
      ),
    ).toEqual(['2031-04-02', 'Ines Mardle']);
  });

  it('under a headline wrapped in a block of its own, with a site logo in an <h1> above it, or with no article element', () => {
    const byline = '<p>By <a rel="author" href="/a">Ines Mardle</a>, <time datetime="2031-04-02">2 April</time></p>';
    expect(
      read(`<header><h1>Gazette</h1></header><article><div class="headline"><h1>Cranes stand idle</h1></div>${byline}${text}</article>`),
    ).toEqual(['2031-04-02', 'Ines Mardle']);
    expect(read(`<div class="story"><h1>Cranes stand idle</h1>${byline}${text}</div>`)).toEqual(['2031-04-02', 'Ines Mardle']);
  });

  it('not the page header’s clock, nor a related story’s date further down', () => {
    expect(
      read(
        `<header><time datetime="2031-07-09">Today</time></header><article><h1>Cranes stand idle</h1>${text}<aside><time datetime="2029-01-05">Related, 2029</time></aside></article>`,
      ),
    ).toEqual([undefined, undefined]);
  });
});

describe('articleFromDocument: readers’ comments', () => {
  const story =
    '<article><h1>Cranes idle in the dock strike</h1><p>The cranes at the north harbour have not moved since the first of the month, and eleven ships wait outside the breakwater.</p><p>The port authority said on Monday that talks with the dockworkers would resume on Thursday.</p></article>';
  const comments = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<p>Comment ${i}: I think the port authority said more than the paper reported on the day, and nobody asked the crane drivers.</p>`,
    ).join('');
  const text = (html: string) => {
    const r = articleFromDocument(parseHTML(html).document as unknown as Document, 'https://gazette.localhost/cranes');
    if (!r.ok) throw new Error(r.error);
    return r.value.text;
  };

  it('leaves out a thread under a heading that says it is comments, and a box the page names so', () => {
    const headed = text(
      `<!doctype html><html><head><title>Cranes</title></head><body>${story}<section><h2>Comments (400)</h2>${comments(40)}</section></body></html>`,
    );
    expect(headed).toMatch(/talks with the dockworkers/);
    expect(headed).not.toMatch(/Comment \d/);
    const named = text(
      `<!doctype html><html><head><title>Cranes</title></head><body>${story}<div class="comments">${comments(40)}</div></body></html>`,
    );
    expect(named).toMatch(/eleven ships wait/);
    expect(named).not.toMatch(/Comment \d/);
  });

  it('keeps a story whose own subheading or box speaks of comments', () => {
    const body = (inner: string) =>
      `<!doctype html><html><head><title>Cranes</title></head><body><header><h1>Cranes idle</h1></header><div class="story-body">${inner}</div></body></html>`;
    const paragraphs = comments(0) + story.replace(/<\/?article>|<h1>.*?<\/h1>/g, '');
    const midBody = text(body(`<p>The harbour board met on Monday to discuss the strike and the cranes.</p><h2>Comments</h2>${paragraphs}`));
    expect(midBody).toMatch(/talks with the dockworkers/);
    const labelled = text(body(`<div class="article-text comments">${paragraphs}</div>`));
    expect(labelled).toMatch(/talks with the dockworkers/);
  });
});

describe('articleFromDocument: pull quotes', () => {
  it('leaves out a sentence of the story set again in quotation marks, and keeps a quotation said once', () => {
    const html = `<!doctype html><html><head><title>Cranes</title></head><body><article><h1>Cranes idle</h1><p>The cranes at the north harbour have not moved since the first of the month, and eleven ships wait outside the breakwater.</p><blockquote><p>“The cranes at the north harbour have not moved since the first of the month.”</p></blockquote><p>“We will not load a single ship until the pay offer improves,” the union’s secretary said on Monday at the quay.</p></article></body></html>`;
    const r = articleFromDocument(parseHTML(html).document as unknown as Document, 'https://gazette.localhost/cranes');
    if (!r.ok) throw new Error(r.error);
    expect(r.value.text.split('\n').filter((l) => l.includes('have not moved'))).toHaveLength(1);
    expect(r.value.text).toMatch(/We will not load a single ship/);
  });

  it('keeps a quotation that a longer line only quotes back (a rebuttal, a caption)', () => {
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><article><h1>Bridge</h1><p>Mayor Jane Roe told the council on Monday that the bridge would be ready in spring, and the council agreed to wait.</p><p>“The bridge will reopen by the end of March, whatever the engineers say.”</p><p>Chief engineer Tom Bell replied that the claim “The bridge will reopen by the end of March, whatever the engineers say” was not supported by the survey.</p></article></body></html>`;
    const r = articleFromDocument(parseHTML(html).document as unknown as Document, 'https://gazette.localhost/bridge');
    if (!r.ok) throw new Error(r.error);
    expect(r.value.text.split('\n')).toContain('“The bridge will reopen by the end of March, whatever the engineers say.”');
  });
});

describe('articleFromDocument: embedded social posts', () => {
  it('leaves out a post as the network’s markup shows it before (or without) its script, and keeps the story’s own blockquotes', () => {
    const html = `<!doctype html><html><head><title>Cranes</title></head><body><article><h1>Cranes idle</h1><p>The cranes at the north harbour have not moved since the first of the month, and eleven ships wait outside the breakwater.</p><blockquote class="twitter-tweet" data-lang="en"><p lang="en">Hearing that the port authority sacked every crane driver this morning before any talks had even begun.</p>— Dock Watcher (@dockwatch) <a href="https://x.example/dockwatch/status/1">March 3, 2025</a></blockquote><blockquote><p>“We will not load a single ship until the pay offer improves,” the union’s secretary told the meeting.</p></blockquote><p>The port authority said on Monday that talks with the dockworkers would resume on Thursday.</p></article></body></html>`;
    const r = articleFromDocument(parseHTML(html).document as unknown as Document, 'https://gazette.localhost/cranes');
    if (!r.ok) throw new Error(r.error);
    expect(r.value.text).not.toMatch(/sacked every crane driver/);
    expect(r.value.text).toMatch(/We will not load a single ship/);
    expect(r.value.text).toMatch(/talks with the dockworkers/);
  });

  it('keeps a box marked as a post that stands inside a sentence: its words are the sentence’s', () => {
    const html = `<!doctype html><html><head><title>Cranes</title></head><body><article><h1>Cranes idle</h1><p>The cranes at the north harbour have not moved since the first of the month, and eleven ships wait outside the breakwater.</p><div>The port authority said the cranes were <blockquote class="twitter-tweet" style="display:inline">not</blockquote> damaged in the storm, and that talks with the dockworkers would resume.</div></article></body></html>`;
    const r = articleFromDocument(parseHTML(html).document as unknown as Document, 'https://gazette.localhost/cranes');
    if (!r.ok) throw new Error(r.error);
    expect(r.value.text).toMatch(/cranes were\s+not\s+damaged/);
  });
});
