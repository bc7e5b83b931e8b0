/**
 * `npm start`: builds the extension, serves the seed articles as local news pages on 127.0.0.1 (and
 * one invented article from an outlet the corpus does not know, to try "Add this article" on) and
 * opens Chromium with the extension on them. With a display it stays open for you to read; without
 * one it visits every seed page, saves screenshots of the page and of the card with the most claims
 * from other outlets, and prints the mentions it found; then it adds the invented article and shows
 * its claims in a seed page's card. Without Chromium it says how to get it, and stops.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validatePack } from '../../core/pack/validate';
import { ChromiumNotFound, chromiumPath, launchWithExtension } from './browser';
import { inRoot } from './closed-root';
import { cardReady, mentionTexts, openMention, richestMention, scrollCardTo } from './demo-cards';
import { CORPUS_PATH } from './seed-files';
import { serveLocal } from './serve';
import { SETTLED_MS } from '../../../components/shared/seen';

const root = join(import.meta.dirname, '..', '..', '..');
const extensionDir = join(root, '.output', 'chrome-mv3');
const shots = join(root, '.output', 'screenshots');

try {
  chromiumPath();
} catch (e) {
  if (!(e instanceof ChromiumNotFound)) throw e;
  console.error(e.message);
  process.exit(1);
}
console.log('$ wxt build');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
const pack = validatePack(JSON.parse(readFileSync(CORPUS_PATH, 'utf8')));
if (!pack.ok) {
  console.error(pack.error);
  process.exit(1);
}
// An invented article (also a test fixture), served at /fixtures/: its outlet is new to the corpus.
const DEMO = {
  href: '/fixtures/harbour-herald-il76.html',
  title: 'Il-76 crash: what we can and cannot confirm (Harbour Herald)',
  note: 'an invented outlet the corpus does not know: add it from the popup or a card',
};
const site = await serveLocal(pack.value, join(root, 'tests', 'fixtures', 'pages'), 0, [DEMO]);
// The Herald is a site of its own, as on the web: served under its own host name (*.localhost is
// 127.0.0.1), since a page's outlet comes from its address and the seed copies all share 127.0.0.1.
DEMO.href = site.url(DEMO.href).replace('//127.0.0.1:', '//harbourherald.localhost:');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const { context, profile } = await launchWithExtension(extensionDir, !headed);
const outletName = new Map(pack.value.outlets.map((o) => [o.id, o.name]));
const afpArticle = pack.value.articles.find((a) => a.outletId === 'afp')!.id;

if (headed) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(site.url('/'));
  console.log(
    `\nSeed pages at ${site.origin}/ — hover a marked name, click it, or press Alt+Shift+M.\nClose the browser window (or Ctrl+C) to stop.`,
  );
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
} else {
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const page = await context.newPage();
  for (const article of pack.value.articles) {
    await page.goto(site.url(`/seed/${article.id}.html`));
    await page.waitForFunction(() => (CSS.highlights.get('parallax-mention')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
    const mentions = await mentionTexts(page);
    await page.screenshot({ path: join(shots, `${article.id}.png`) });
    // The card worth seeing: the mention whose card has the most claims from other outlets.
    const best = await richestMention(page);
    await openMention(page, best.index);
    await page.screenshot({ path: join(shots, `${article.id}-popover.png`) });
    await page.keyboard.press('Escape');
    const unique = [...new Set(mentions)];
    console.log(`\n${outletName.get(article.outletId)} — ${article.title}\n  ${mentions.length} mentions: ${unique.join(', ')}`);
    console.log(`  Card shown: ${mentions[best.index]} (${best.claims} claims from other outlets)`);
  }
  await showAddingAnArticle(page);
  // The event page: its top (the grid) and its charts.
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`chrome-extension://${new URL(context.serviceWorkers()[0].url()).host}/event.html?id=il76-crash`);
  await page.locator('[data-chart="figures"] svg').first().waitFor({ timeout: 15_000 });
  await page.screenshot({ path: join(shots, 'event-page.png') });
  for (const chart of ['timeline', 'figures', 'labels'])
    await page.locator(`[data-chart="${chart}"]`).screenshot({ path: join(shots, `event-page-${chart}.png`) });
  console.log(`\nScreenshots of each page and of an open popover: ${shots}`);
}
/** Adds the invented article from its card, then opens the aircraft's card on AFP's page, where its claims now appear. */
async function showAddingAnArticle(page: Page): Promise<void> {
  await page.goto(DEMO.href);
  await page.waitForFunction(() => (CSS.highlights.get('parallax-mention')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
  await page.keyboard.press('Alt+Shift+M');
  const card = inRoot(page, 'parallax-popover');
  await cardReady(page);
  // As a reader would, look at the card first: a press within SETTLED_MS of it appearing or moving
  // is refused as one the card was slipped under.
  await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 100));
  await card.click('.px-add');
  // Done when the status says what happened: not empty, not "Reading the article…".
  const deadline = Date.now() + 15_000;
  let status = '';
  while (!/^(Added|Updated|No |“)/.test(status)) {
    if (Date.now() > deadline) throw new Error(`Adding the article did not finish within 15 s (status: “${status}”)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = (await card.texts('.px-add-status'))[0] ?? '';
  }
  console.log(`\nAdd this article, on ${DEMO.title}:\n  ${status}`);
  await page.screenshot({ path: join(shots, 'add-this-article.png') });
  await page.goto(site.url(`/seed/${afpArticle}.html`));
  await page.waitForFunction(() => (CSS.highlights.get('parallax-mention')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
  await page.keyboard.press('Alt+Shift+M');
  await cardReady(page);
  const herald = await card.texts('li.px-outlet[data-outlet^="user-"] .px-quote');
  console.log(`  Its claims in the Il-76 card on AFP's page: ${herald.length}${herald[0] ? ` — first: “${herald[0].trim()}”` : ''}`);
  // The added article's claims are far down the card: bring them into view for the screenshot.
  await scrollCardTo(page, 'li.px-outlet[data-outlet^="user-"]');
  await page.screenshot({ path: join(shots, 'added-article-in-card.png') });
}

await context.close();
rmSync(profile, { recursive: true, force: true });
await site.close();
