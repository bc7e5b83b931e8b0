/** Smoke test in Debian's firefox-esr (.output/firefox-mv2): the Il-76 crash's event page renders its grid and charts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from './harness/firefox';

let harness: FirefoxHarness;
let page: Page;

beforeAll(async () => {
  harness = await launchFirefox();
  page = await harness.openExtensionPage('event.html?id=il76-crash');
});

afterAll(async () => {
  await harness?.close();
});

describe('the event page in Firefox', () => {
  it('renders the grid: five outlets as columns, seven questions as rows', async () => {
    await page.waitForSelector('[data-event="il76-crash"] table.ev-grid', { timeout: 15_000 });
    const grid = await page.evaluate(() => {
      const table = document.querySelector('[data-event="il76-crash"] table.ev-grid')!;
      return {
        outlets: [...table.querySelectorAll('thead th[data-outlet]')].map((th) => th.getAttribute('data-outlet')),
        questions: table.querySelectorAll('tbody th[scope="row"]').length,
        claims: table.querySelectorAll('td .ev-claim').length,
      };
    });
    expect(grid.outlets).toEqual(['afp', 'rferl', 'euromaidan-press', 'pravda-ru', 'wsws']);
    expect(grid.questions).toBe(7);
    expect(grid.claims).toBeGreaterThan(50);
  });

  it('draws the charts, with five first-report marks', async () => {
    const firsts = await page.evaluate(() => document.querySelectorAll('[data-chart="timeline"] svg [aria-label^="First report"]').length);
    expect(firsts).toBe(5);
    expect(await page.evaluate(() => document.querySelectorAll('[data-chart] svg').length)).toBeGreaterThanOrEqual(3);
  });

  it('logs no errors', async () => {
    expect(await harness.consoleErrors()).toEqual([]);
  });
});
