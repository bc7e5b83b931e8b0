/**
 * Adding an article a portal draws inside open shadow roots (tests/fixtures/pages/shadow-article.html,
 * served at its own host name): what is added is the article as drawn, with the paragraph it slots in
 * and without the one it leaves out. Before, "Add this article" read the page's own nodes only and
 * found no article text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyArticle } from '../../lib/core/corpus/types';
import { askWorker } from './harness/ask';
import { lookAtCard, openByKeyboard } from './harness/card';
import type { ChromiumHarness } from './harness/chromium';
import { inRoot } from './harness/closed-root';
import { launchOnSite, playwrightDriver, waitForMentions, type TestSite } from './harness/pages';

let site: TestSite;
let harness: ChromiumHarness;
let news: Page;

beforeAll(async () => {
  ({ site, harness } = await launchOnSite());
  news = await harness.context.newPage();
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

describe('an article drawn inside open shadow roots', () => {
  it('is added as drawn: what it slots in, not what it leaves out', async () => {
    const url = site.fixture('shadow-article.html').replace('//127.0.0.1:', '//portal.localhost:');
    await news.goto(url);
    const d = playwrightDriver(news);
    await waitForMentions(d, 4);
    await openByKeyboard(d);
    const card = inRoot(news, 'parallax-popover');
    await lookAtCard();
    await card.click('.px-add');
    await expect.poll(async () => (await card.texts('.px-add-status'))[0] ?? '', { timeout: 10_000, interval: 50 }).toMatch(/^Added “/);
    const corpus = await harness.openExtensionPage('corpus.html');
    const added = (await askWorker<MyArticle[]>(corpus, 'myArticles')).find((m) => m.article.url === url)!;
    const quotes = added.claims.map((c) => c.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        'The regional governor, Vyacheslav Gladkov, said the shelters would stay open.',
        'Later, Sergei Lavrov said talks would go on.',
        'In Moscow, Dmitry Peskov declined to comment.',
      ]),
    );
    expect(quotes.join(' ')).not.toContain('Zelensky');
    await corpus.close();
    await news.keyboard.press('Escape');
  });

  it('saves a passage the reader selects after the shadow tree’s text (points compared as drawn)', async () => {
    await news.click('#after', { clickCount: 3 });
    await news.keyboard.press('Alt+Shift+S');
    await expect.poll(() => inRoot(news, 'parallax-save').texts('.px-title'), { timeout: 5_000 }).toEqual(['Saved to your collection']);
  });
});
