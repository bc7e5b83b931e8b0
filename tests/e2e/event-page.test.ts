/**
 * The event page in real Chromium, on the bundled corpus: the Il-76 crash's grid (five outlets,
 * seven questions, each claim's voice), its timeline and figures, a label filter set in the popup
 * counted here too, "Copy as Markdown" through the page's clipboard, axe-core clean.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { lookAtCard, openByKeyboard } from './harness/card';
import { launchChromium, type ChromiumHarness } from './harness/chromium';
import { inRoot } from './harness/closed-root';
import { playwrightDriver, serveTestSite, waitForMentions, type TestSite } from './harness/pages';

const OUTLETS = ['afp', 'euromaidan-press', 'pravda-ru', 'rferl', 'wsws'];

let harness: ChromiumHarness;
let site: TestSite;
let page: Page;

const openEvent = async (id: string) => {
  const p = await harness.openExtensionPage(`event.html?id=${id}`);
  await p.locator('table.ev-grid').first().waitFor();
  return p;
};

beforeAll(async () => {
  site = await serveTestSite();
  harness = await launchChromium();
  page = await openEvent('il76-crash');
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
});

describe('the Il-76 crash’s event page', () => {
  it('shows all five outlets as columns, first to report first, and its seven questions as rows', async () => {
    const grid = page.locator('[data-event="il76-crash"] table.ev-grid');
    const columns = await grid.locator('thead th[data-outlet]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-outlet')));
    expect([...columns].sort()).toEqual(OUTLETS);
    // AFP and RFE/RL reported on the 24th, Euromaidan Press and Pravda.ru on the 25th, WSWS on the 26th.
    expect(columns).toEqual(['afp', 'rferl', 'euromaidan-press', 'pravda-ru', 'wsws']);
    const questions = await grid.locator('tbody th[scope="row"]').allTextContents();
    expect(questions).toHaveLength(7);
    for (const q of [
      'Who was on board, and how many?',
      'What brought the plane down, and who is blamed?',
      'Was Ukraine told of the flight?',
      'How did Kyiv respond?',
    ]) {
      expect(questions.some((t) => t.startsWith(q))).toBe(true);
    }
  });

  it('gives each claim in a cell its voice in words, and says where accounts differ', async () => {
    const voices = await page.locator('[data-event="il76-crash"] td .ev-claim .ev-voice').allTextContents();
    expect(voices.length).toBeGreaterThan(50);
    expect(new Set(voices.map((v) => v.replace(/^\W+/, '').trim()))).toEqual(new Set(['Asserted', 'Attributed', 'Denied']));
    const aboard = page.locator('tr[data-facet="il76-crash/aboard"]');
    expect(await aboard.locator('.ev-differ').textContent()).toMatch(/Accounts differ:.*74/);
    // A cell holds the outlet's own sentence: AFP's headline figure is in AFP's column.
    expect(await aboard.locator('td[data-outlet="afp"]').textContent()).toContain('65');
  });

  it('draws five first-report marks between 24 and 26 January 2024, each focusable, with a table', async () => {
    const firsts = await page
      .locator('[data-chart="timeline"] svg [aria-label^="First report"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
    expect(firsts).toHaveLength(5);
    for (const label of firsts) expect(label).toMatch(/(24|25|26) Jan 2024$/);
    const dates = await page
      .locator('[data-table="timeline"] tr[data-kind="first"] time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates.sort()).toEqual(['2024-01-24', '2024-01-24', '2024-01-25', '2024-01-25', '2024-01-26']);
    // Focusing a claim's mark with the keyboard says the claim.
    const mark = page.locator('[data-chart="timeline"] svg [aria-label*="“"]').first();
    await mark.focus();
    expect(await page.locator('[data-chart="timeline"] .ev-focused').textContent()).toContain('“');
  });

  it('shows the figures 65, 74 and 5 side by side', async () => {
    const values = await page.locator('[data-table="figures"] td[data-value]').allTextContents();
    for (const v of ['65', '74', '5']) expect(values).toContain(v);
    const marks = await page.locator('[data-chart="figures"] svg [aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
    for (const f of ['65 ', '74 people', '5 bodies']) expect(marks.some((m) => m.includes(f))).toBe(true);
  });

  it('copies the grid as a Markdown table with those outlets', async () => {
    // The page is ours: stub its clipboard to read what it writes.
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = async (t: string) => void w.copied.push(t);
    });
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Copied the grid as a Markdown table.').waitFor();
    const md = await page.evaluate(() => (window as unknown as { copied: string[] }).copied[0]);
    expect(md).toContain('| Question | Outlet | Voice | Speaker | Date | Sentence | Article |');
    for (const name of ['Agence France-Presse', 'Radio Free Europe/Radio Liberty', 'Euromaidan Press', 'Pravda.ru', 'World Socialist Web Site'])
      expect(md).toContain(`| ${name} |`);
  });

  it('has no serious or critical axe-core findings, in light and dark mode', async () => {
    expect(await seriousViolations(page, null)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 33, 37)');
    expect(await seriousViolations(page, null)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('prints the grid without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ev-export').isVisible()).toBe(false);
    expect(await page.locator('[data-event="il76-crash"] table.ev-grid').isVisible()).toBe(true);
    // On paper the grid is not cut to a scrolling box: its full width is laid out.
    expect(await page.locator('[data-event="il76-crash"] .ev-grid-scroll').evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
  });

  it('counts the outlets a label filter set in the popup hides, and shows them on request', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Filters' }).click();
    await popup.locator('input[data-axis="alignment"][data-label="pro-Kremlin"]').uncheck();
    // The open page follows the filter at once.
    await page.locator('[data-testid="hidden"]').waitFor();
    expect(await page.locator('[data-testid="hidden"]').textContent()).toMatch(
      /^1 outlet hidden by your filters: Pravda\.ru \(alignment: pro-Kremlin\)/,
    );
    expect(await page.locator('[data-event="il76-crash"] thead th[data-outlet]').count()).toBe(4);
    await page.getByRole('button', { name: 'Show them here' }).click();
    await expect.poll(() => page.locator('[data-event="il76-crash"] thead th[data-outlet]').count()).toBe(5);
  });

  it('shows a person’s claims grouped by the events they appear in', async () => {
    const p = await openEvent('vyacheslav-volodin');
    const events = await p.locator('section[data-event]').evaluateAll((ss) => ss.map((s) => s.getAttribute('data-event')));
    expect(events.length).toBeGreaterThan(0);
    expect(await p.locator('h1').textContent()).toBe('Vyacheslav Volodin');
  });

  it('opens from a card in one click: "Open the full comparison" in the card’s header', async () => {
    const news = await harness.context.newPage();
    await news.goto(site.seed('rferl-2024-01-24-moscow-accuses-kyiv'));
    const d = playwrightDriver(news);
    await waitForMentions(d, 5);
    const card = inRoot(news, 'parallax-popover');
    const opened = await openByKeyboard(d);
    await card.waitFor('header .px-open-event');
    // As for Save: a press counts once the card has been in plain view a moment (components/shared/seen.ts).
    await lookAtCard();
    const tab = harness.context.waitForEvent('page');
    await card.click('header .px-open-event');
    const eventPage = await tab;
    await eventPage.locator('table.ev-grid').first().waitFor();
    const id = new URL(eventPage.url()).searchParams.get('id')!;
    expect(eventPage.url()).toBe(`chrome-extension://${harness.extensionId}/event.html?id=${encodeURIComponent(id)}`);
    // The card's entity, or the event it is shown with.
    const names = [opened.title, ...(await card.texts('.px-context'))].join(' ');
    expect(names).toContain((await eventPage.locator('h1').textContent())!);
  });

  it('logs no errors', async () => {
    expect(await harness.consoleErrors()).toEqual([]);
  });
});
