/**
 * The event page of an event a hundred and twenty outlets reported, imported from a file as a reader
 * would: the page draws the first forty outlets to report, each cell at most eight claims, says so,
 * shows forty more on request, and exports every claim. (Before, it was sent and drew every claim:
 * 2,000 outlets held the extension's pages for about 40 s.)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumHarness } from './harness/chromium';
import { bigEventPack } from '../fixtures/big-event-pack';

const OUTLETS = 120;
const PER_OUTLET = 30;
/** Not an id the extension under test knows already. */
const EVENT = 'big-crash';

let harness: ChromiumHarness;
let downloads: string;
let page: Page;

const columns = () => page.locator(`[data-event="${EVENT}"] thead th[data-outlet]`).count();

beforeAll(async () => {
  harness = await launchChromium();
  downloads = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-event-scale-'));
  const file = path.join(downloads, 'big-event.json');
  const pack = bigEventPack(OUTLETS, PER_OUTLET, EVENT);
  // A name no claim of the bundled corpus holds ("the crash" is in several), so its story is the pack's alone.
  pack.entities[0] = { ...pack.entities[0], name: 'Harrowgate ferry sinking', aliases: ['Harrowgate ferry sinking'] };
  await writeFile(file, JSON.stringify(pack));
  const corpus = await harness.openExtensionPage('corpus.html');
  await corpus.getByRole('heading', { name: 'My corpus', level: 1 }).waitFor();
  await corpus.locator('input[type="file"]').setInputFiles(file);
  await corpus
    .locator('.cv-notice-info .cv-notice-text')
    .filter({ hasText: /^Imported:/ })
    .waitFor({ timeout: 30_000 });
  page = await harness.openExtensionPage(`event.html?id=${EVENT}`);
  await page.locator('table.ev-grid').first().waitFor();
});

afterAll(async () => {
  await harness?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

describe('the event page of an event 120 outlets reported', () => {
  it('counts the whole story and draws the first forty outlets to report', async () => {
    expect(await page.locator('.ev-summary').textContent()).toBe('120 outlets · 3,600 claims');
    expect(await columns()).toBe(40);
    expect(await page.getByTestId('more-outlets').textContent()).toBe(
      'Showing the 40 outlets that reported it first, of 120; the exports hold them all. Show 40 more',
    );
    // Ten claims each on a question: eight drawn, two counted.
    expect(await page.locator(`tr[data-facet="${EVENT}/aboard"] td[data-outlet="o0"] .ev-claim`).count()).toBe(8);
    expect(await page.locator(`tr[data-facet="${EVENT}/aboard"] td[data-outlet="o0"] .ev-more`).textContent()).toBe(
      '2 more claims from Outlet 0 on this question, in the exports',
    );
  });

  it('shows forty more by keyboard, then all of them', async () => {
    await page.getByRole('button', { name: 'Show 40 more' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(columns).toBe(80);
    await page.getByRole('button', { name: 'Show 40 more' }).click();
    await expect.poll(columns).toBe(120);
    expect(await page.getByTestId('more-outlets').count()).toBe(0);
  });

  it('exports every claim of every outlet as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const lines = (await readFile(file, 'utf8')).trim().split(/\r?\n/);
    expect(lines.length).toBe(1 + OUTLETS * PER_OUTLET);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[2])).size).toBe(OUTLETS);
  });
});
