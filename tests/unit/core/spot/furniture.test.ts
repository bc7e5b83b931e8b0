/**
 * Page furniture (lib/core/spot/furniture.ts): where collectText finds a page's menus, rails and
 * footers, and that names there are mentions but not the article's context.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDoc as doc } from '../../content/linkedom-page';
import { scanNode } from '../../../../lib/content/scan';
import { collectText } from '../../../../lib/core/spot/dom-text';
import { compileGazetteer, toGazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import { seeds } from '../extract/seed-pack';

const g = compileGazetteer(seeds.entities.map(toGazetteerEntry));

describe('collectText finds the page’s furniture', () => {
  it('menus, rails, the site’s header and footer, and elements in their roles; not the article’s own header', () => {
    const page = collectText(
      doc(
        '<header>Site menu</header><nav>Sections</nav><main><article><header>Headline</header><p>Body text.</p>' +
          '<footer>Tags</footer></article><aside>Rail</aside><div class="most-read-list">Most read</div>' +
          '<div class="content-with-sidebar">Still article</div><div role="complementary">Box</div><div id="sidebar" class="col-md-4">Side</div></main><footer>Site footer</footer>',
      ).body,
    );
    const spans = page.furniture.map((s) => page.text.slice(s.start, s.end).trim());
    expect(spans).toEqual(['Site menu', 'Sections', 'Rail', 'Most read', 'Box', 'Side', 'Site footer']);
  });
});

describe('what rails, comment threads and embedded posts are called', () => {
  it('a rail’s word anywhere in a class name or id, split at dashes, underscores and capitals; not what an element has or shows', () => {
    const page = collectText(
      doc(
        '<main><article><p>Body text.</p>' +
          '<div class="more-on-this-story">More on</div><ul class="story-package">Package</ul><div class="inline-related">Inline</div>' +
          '<section class="article-comments">Comments</section><div id="coral_thread">Coral</div><div class="mostRead">Most read</div>' +
          '<div itemtype="https://schema.org/Comment">A comment</div><blockquote class="twitter-tweet">A post</blockquote>' +
          '<div role="feed">A live blog’s feed, kept</div><div class="post tag-social-security category-comment">Filed under, kept</div><div class="card--related-theme card">A modifier, kept</div>' +
          '<div class="has-comments">Kept</div><div class="content-with-sidebar">Kept too</div><div class="shared-content">Also kept</div>' +
          '<blockquote>A quotation</blockquote></article></main>',
      ).body,
    );
    const spans = page.furniture.map((s) => page.text.slice(s.start, s.end).trim());
    expect(spans).toEqual(['More on', 'Package', 'Inline', 'Comments', 'Coral', 'Most read', 'A comment', 'A post']);
  });
});

describe('names in furniture are mentions, not the article’s context', () => {
  const html = readFileSync(path.resolve(__dirname, '../../../fixtures/pages/related-rail.html'), 'utf8');

  it('a Related link to the Il-76 crash does not make the article’s “prisoner swap” that crash’s exchange, nor its Kirby John Kirby', () => {
    const found = scanNode(doc(html).body, g).map((m) => [m.text, m.entityId]);
    expect(found).toEqual([
      ['Il-76 crash', 'il76-crash'],
      ['Il-76 crash', 'il76-crash'],
      ['John Kirby', 'john-kirby'],
    ]);
  });

  it('the same names in the article are its context', () => {
    const inArticle = html.replace('<article>', '<article><p>John Kirby and the Il-76 crash were in the news too.</p>');
    const found = scanNode(doc(inArticle).body, g).map((m) => m.text);
    expect(found).toEqual(expect.arrayContaining(['prisoner swap', 'Kirby']));
  });
});

describe('a part of the page read alone', () => {
  it('is furniture when what holds it is, and in its article when that is', () => {
    const d = doc('<main><article><header><p id="head">Headline</p></header></article><aside><ul><li id="item">Rail item</li></ul></aside></main>');
    const item = collectText(d.getElementById('item')!);
    expect(item.furniture).toEqual([{ start: 0, end: item.text.length }]);
    expect(collectText(d.getElementById('head')!).furniture, 'an article’s own header').toEqual([]);
  });
});
