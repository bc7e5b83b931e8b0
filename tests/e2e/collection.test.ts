/**
 * The researcher's collection in real Chromium, end to end, in one browser: saving on a news page
 * (the card's Save, with a note and tags; a selection with Alt+Shift+S), the collection page
 * (listing with note, tags, outlet and evidence; search; edit; delete and Undo; export in four
 * formats; Delete all; import, re-import without duplicates, malformed files refused), and the saved
 * passages painted again when the page is revisited — unchanged, with text inserted before them,
 * with a passage removed (an orphan, kept with its evidence) and rendered late. The page is
 * tests/fixtures/pages/editable-article.html, whose variants are chosen by the URL's fragment (not
 * part of a highlight's page key), so every variant is the same page to the collection.
 * No console errors, and nothing requested beyond the test server and the extension.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Highlight } from '../../lib/core/highlights/types';
import { lookAtCard, openByKeyboard } from './harness/card';
import type { ChromiumHarness } from './harness/chromium';
import { inRoot, type ShownText } from './harness/closed-root';
import { untilNoteTakesKeys } from './harness/note-frame';
import { SAVED, storedHighlights } from './harness/saved';
import { launchOnSite, playwrightDriver, waitForMentions, type ChromiumDriver, type PageDriver, type TestSite } from './harness/pages';

const PAGE = 'editable-article.html';
const NOTE = 'Check the death toll';
const EDITED_NOTE = 'Check the death toll against the regional figures';
/** The sentence the card saves: the first of the paragraph with the first mention (Dmitry Peskov). */
const CARD_QUOTE =
  'Presidential spokesman Dmitry Peskov said on Thursday that the bodies recovered near the village would be handed over only after investigators had finished their work.';
/** The whole paragraph the test selects. */
const SELECTION_QUOTE =
  'Regional governor Vyacheslav Gladkov said emergency crews had cordoned off the field in the Belgorod region overnight and asked farmers to keep their livestock away from it.';

let site: TestSite;
let harness: ChromiumHarness;
let collection: Page;
let downloads: string;
/** Every URL any page or worker of the browser requested. */
let requested: string[] = [];
let cardId = '';
let selectionId = '';
/** The collection as the JSON backup holds it, and where that file is. */
let exported: Highlight[] = [];
let backupPath = '';

beforeAll(async () => {
  ({ site, harness, requested } = await launchOnSite());
  downloads = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-collection-'));
  collection = await harness.openExtensionPage('collection.html');
  await collection.locator('.cv-count').waitFor();
});

afterAll(async () => {
  await harness?.close();
  await site?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Helpers

const pageUrl = (variant = '') => site.fixture(PAGE) + (variant ? `#${variant}` : '');

/** Opens the fixture (a variant by its fragment) in a fresh tab: a fragment change alone would not reload. */
async function openNews(variant = ''): Promise<{ page: Page; d: ChromiumDriver }> {
  const page = await harness.context.newPage();
  await page.goto(pageUrl(variant), { waitUntil: 'load' });
  return { page, d: playwrightDriver(page) };
}

/** The whole collection as the background stores it, asked from the collection page. */
const stored = () => storedHighlights(collection);
const byId = (list: Highlight[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const one = async (id: string) => (await stored()).find((h) => h.id === id);

/** The ranges painted as saved highlights: their text and the paragraph they start in (null: none painted). */
function savedPaint(d: PageDriver): Promise<{ text: string; paragraph: string | null }[] | null> {
  return d.evaluate((name) => {
    const h = CSS.highlights.get(name);
    if (!h) return null;
    return [...h].map((r) => ({ text: r.toString(), paragraph: (r as Range).startContainer.parentElement?.closest('p')?.id ?? null }));
  }, SAVED);
}

async function reloadCollection(): Promise<void> {
  await collection.reload({ waitUntil: 'load' });
  await collection.locator('.cv-count').waitFor();
}

/** The data-highlight of every highlight the collection page shows, sorted. */
const shownIds = () => collection.locator('article.hl').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.highlight ?? '').sort());

/** One highlight as the collection page shows it (null: not shown). */
function shownCard(id: string) {
  return collection.evaluate((id) => {
    const a = document.querySelector(`article.hl[data-highlight="${id}"]`);
    if (!a) return null;
    const summary = a.querySelector('.hl-evidence summary')?.textContent ?? '';
    return {
      quote: a.querySelector('.hl-quote')?.textContent ?? null,
      note: a.querySelector('.hl-note')?.textContent ?? null,
      tags: [...a.querySelectorAll('.hl-tags li')].map((li) => li.textContent ?? ''),
      outlet: a.querySelector('.hl-outlet')?.textContent ?? null,
      evidence: Number(/\((\d+) claims?\)/.exec(summary)?.[1] ?? -1),
      claimItems: a.querySelectorAll('.hl-evidence li.hl-claim').length,
      orphan: a.classList.contains('hl-orphan'),
      orphanTag: a.querySelector('.hl-orphan-tag')?.textContent ?? null,
      group: a.closest('section')?.getAttribute('data-group') ?? null,
    };
  }, id);
}

const infoNotice = () => collection.locator('.cv-notice-info .cv-notice-text');
const errorNotice = () => collection.locator('.cv-notice-error .cv-notice-text');

/** Clicks an export button and returns the downloaded file's name and text. */
async function exportAs(
  format: 'json' | 'csv' | 'markdown' | 'webannotation',
  button?: ReturnType<Page['locator']>,
): Promise<{ name: string; file: string; text: string }> {
  const [download] = await Promise.all([
    collection.waitForEvent('download', { timeout: 5_000 }),
    (button ?? collection.locator(`button[data-export="${format}"]`)).click(),
  ]);
  expect(await download.failure()).toBeNull();
  const name = download.suggestedFilename();
  const file = path.join(downloads, `${format}-${name}`);
  await download.saveAs(file);
  return { name, file, text: await readFile(file, 'utf8') };
}

/** The saving panel's state on a news page (read through the devtools protocol: its shadow root may be closed). */
async function savePanel(d: ChromiumDriver) {
  const state = await inRoot(d.page, 'parallax-save').evaluate(function (this: ShadowRoot, _: null, shown: ShownText) {
    const panel = this.querySelector('.px-save');
    const text = (selector: string) => {
      const el = panel?.querySelector(selector);
      return el ? shown(el) : null;
    };
    return panel
      ? { open: true, title: text('.px-title') ?? '', quote: text('.px-save-quote'), error: text('.px-error') }
      : { open: false, title: '', quote: null, error: null };
  }, null);
  return state ?? { open: false, title: '', quote: null, error: null };
}

/** Waits until the saving panel's state passes `check`. */
async function untilPanel(d: ChromiumDriver, check: (panel: Awaited<ReturnType<typeof savePanel>>) => boolean, timeoutMs = 5_000): Promise<void> {
  await expect.poll(async () => check(await savePanel(d)), { timeout: timeoutMs, interval: 50 }).toBe(true);
}

// ---------------------------------------------------------------------------------------------

describe('the collection, from saving on a page to re-anchoring', () => {
  let news: Page;
  let d: ChromiumDriver;

  it('saves the sentence around a mention from the card, then its note and tags', async () => {
    ({ page: news, d } = await openNews());
    await waitForMentions(d, 3);
    const card = await openByKeyboard(d);
    expect(card.title).toBe('Dmitry Peskov');
    expect(card.claims).toBeGreaterThan(0);

    await lookAtCard();
    await inRoot(news, 'parallax-popover').click('.px-save-button');
    await untilPanel(d, (p) => p.title === 'Saved to your collection');
    expect((await savePanel(d)).quote).toBe(CARD_QUOTE);
    // Note and tags typed as a reader types them: the focus moves into the note field (a frame of
    // an extension page inside the panel), then the keyboard.
    const panel = inRoot(news, 'parallax-save');
    await expect.poll(() => panel.isFocused('iframe')).toBe(true);
    const form = await untilNoteTakesKeys(news);
    await news.keyboard.type(NOTE);
    await news.keyboard.press('Tab');
    await news.keyboard.type('bodies, AFP');
    expect(await form.locator('button[type="submit"]').textContent()).toBe('Add to the highlight');
    await form.locator('button[type="submit"]').click();
    await untilPanel(d, (p) => !p.open);

    const list = await stored();
    expect(list).toHaveLength(1);
    const h = list[0];
    cardId = h.id;
    expect(h.url, 'keyed by the page URL').toBe(pageUrl());
    expect(h.quote.exact).toBe(CARD_QUOTE);
    expect(h.note).toBe(NOTE);
    expect(h.tags).toEqual(['bodies', 'AFP']);
    expect(h.outletId, 'the page is at 127.0.0.1, whatever its canonical link says: no outlet').toBeUndefined();
    expect(h.entityIds).toEqual(['dmitry-peskov']);
    expect(h.snapshot.claims.length).toBeGreaterThan(0);
    // Painted on the page at once.
    expect(await savedPaint(d)).toEqual([{ text: CARD_QUOTE, paragraph: 'p-card' }]);

    await reloadCollection();
    expect(await shownIds()).toEqual([cardId]);
    const shown = (await shownCard(cardId))!;
    expect(shown.quote).toBe(CARD_QUOTE);
    expect(shown.note).toBe(NOTE);
    expect(shown.tags).toEqual(['bodies', 'AFP']);
    expect(shown.outlet, 'a page with no outlet shows none').toBeNull();
    expect(shown.evidence).toBe(h.snapshot.claims.length);
    expect(shown.claimItems).toBe(h.snapshot.claims.length);
    expect(shown.orphan).toBe(false);
  });

  it('saves a selected paragraph with Alt+Shift+S; Escape closes the panel', async () => {
    // Selected as a reader does: a selection made by page script is not saved (lib/content/reader-selection.ts).
    await d.page.click('#p-selection', { clickCount: 3 });
    await d.press('KeyS', ['Alt', 'Shift']);
    await untilPanel(d, (p) => p.title === 'Saved to your collection');
    expect((await savePanel(d)).quote).toBe(SELECTION_QUOTE);

    expect(await d.evaluate(() => document.activeElement?.tagName, null), 'the panel has the focus').toBe('PARALLAX-SAVE');
    await d.press('Escape');
    await untilPanel(d, (p) => !p.open, 2_000);

    const list = await stored();
    expect(list, 'one save, one highlight').toHaveLength(2);
    const h = list.find((x) => x.id !== cardId)!;
    selectionId = h.id;
    expect(h.url).toBe(pageUrl());
    expect(h.quote.exact).toBe(SELECTION_QUOTE);
    expect(h.note).toBe('');
    expect(h.tags).toEqual([]);
    expect(h.outletId).toBeUndefined();
    expect(h.entityIds).toEqual(expect.arrayContaining(['vyacheslav-gladkov', 'belgorod']));
    expect(h.snapshot.claims.length, 'Belgorod is reported by other outlets').toBeGreaterThan(0);
    const painted = (await savedPaint(d))!;
    expect(painted.map((p) => p.text).sort()).toEqual([CARD_QUOTE, SELECTION_QUOTE].sort());

    await reloadCollection();
    expect(await shownIds()).toEqual([cardId, selectionId].sort());
    const shown = (await shownCard(selectionId))!;
    expect(shown.quote).toBe(SELECTION_QUOTE);
    expect(shown.note).toBe('No note.');
    expect(shown.tags).toEqual([]);
    expect(shown.outlet, 'a page with no outlet shows none').toBeNull();
    expect(shown.evidence).toBe(h.snapshot.claims.length);
    await news.close();
  });

  it('searches notes, quotes and tags, fuzzily, and says when nothing matches', async () => {
    const search = collection.getByRole('searchbox', { name: 'Search highlights' });
    const results = collection.getByTestId('results');
    await search.fill('death'); // only in the first highlight's note
    await expect.poll(shownIds).toEqual([cardId]);
    expect(await results.textContent()).toBe('1 of 2 highlights match');
    await search.fill('livestock'); // only in the second highlight's quote
    await expect.poll(shownIds).toEqual([selectionId]);
    await search.fill('livestok'); // misspelt
    await expect.poll(shownIds).toEqual([selectionId]);
    await search.fill('Peskof'); // misspelt name: the quote and the evidence's entity
    await expect.poll(shownIds).toEqual([cardId]);
    await search.fill('qzxvj');
    await expect.poll(shownIds).toEqual([]);
    await expect.poll(() => collection.locator('.cv-empty').textContent()).toContain('No highlights match.');
    await collection.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(shownIds).toEqual([cardId, selectionId].sort());
    expect(await search.inputValue()).toBe('');
  });

  it('edits a note and tags from the collection, and stores them', async () => {
    const article = collection.locator(`article.hl[data-highlight="${cardId}"]`);
    await article.getByRole('button', { name: 'Edit' }).click();
    await article.locator('.hl-editor textarea').fill(EDITED_NOTE);
    await article.locator('.hl-editor input[type="text"]').fill('bodies, AFP, follow-up, afp');
    await article.locator('.hl-editor').getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await one(cardId))?.note).toBe(EDITED_NOTE);
    expect((await one(cardId))!.tags).toEqual(['bodies', 'AFP', 'follow-up']);
    await expect.poll(async () => (await shownCard(cardId))?.note).toBe(EDITED_NOTE);
    expect((await shownCard(cardId))!.tags).toEqual(['bodies', 'AFP', 'follow-up']);
    // The other highlight is untouched.
    expect((await one(selectionId))!.note).toBe('');
  });

  it('deletes a highlight and restores it, whole, with Undo', async () => {
    const before = byId(await stored());
    await collection
      .locator(`article.hl[data-highlight="${selectionId}"]`)
      .getByRole('button', { name: /^Delete highlight/ })
      .click();
    await expect.poll(shownIds).toEqual([cardId]);
    expect((await stored()).map((h) => h.id)).toEqual([cardId]);
    await expect.poll(() => infoNotice().textContent()).toContain('Deleted “Regional governor Vyacheslav Gladkov');
    await collection.locator('.cv-notice-info').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(shownIds).toEqual([cardId, selectionId].sort());
    await expect.poll(() => infoNotice().textContent()).toBe('Restored.');
    expect(byId(await stored())).toEqual(before);
  });

  it('exports a JSON backup, CSV, Markdown and Web Annotation files', async () => {
    const now = byId(await stored());
    const json = await exportAs('json');
    expect(json.name).toMatch(/^parallax-collection-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(json.text) as { format: string; exported: string; highlights: Highlight[] };
    expect(backup.format).toBe('parallax-highlights/1');
    expect(Number.isNaN(Date.parse(backup.exported))).toBe(false);
    expect(byId(backup.highlights)).toEqual(now);
    exported = byId(backup.highlights);
    backupPath = json.file;

    const csv = await exportAs('csv');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(rows[0]).toBe('id,created,updated,url,title,outlet,quote,prefix,suffix,start,end,note,tags,entities,anchor status,claims');
    expect(rows.filter((r) => r !== '')).toHaveLength(3);
    for (const h of exported) expect(rows.some((r) => r.startsWith(`${h.id},`) && r.includes(h.quote.exact))).toBe(true);

    const md = await exportAs('markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toMatch(/^# Parallax highlights/);
    expect(md.text).toContain(`> ${CARD_QUOTE}`);
    expect(md.text).toContain(`> ${SELECTION_QUOTE}`);
    expect(md.text).toContain(EDITED_NOTE);
    expect(md.text).toContain('#follow-up');

    const ld = await exportAs('webannotation');
    expect(ld.name).toMatch(/\.jsonld$/);
    const anno = JSON.parse(ld.text) as {
      '@context': string;
      type: string;
      total: number;
      first: { items: { id: string; target: { source: string; selector: { type: string; exact?: string }[] } }[] };
    };
    expect(anno['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(anno.type).toBe('AnnotationCollection');
    expect(anno.total).toBe(2);
    expect(anno.first.items.map((a) => a.id).sort()).toEqual(exported.map((h) => `urn:uuid:${h.id}`).sort());
    for (const a of anno.first.items) {
      expect(a.target.source).toBe(pageUrl());
      expect(a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact).toMatch(/^(Presidential|Regional)/);
    }
  });

  it('deletes everything only after confirmation', async () => {
    await collection.getByRole('button', { name: 'Delete all…' }).click();
    await expect.poll(() => collection.locator('.cv-confirm-question').textContent()).toBe('Delete all 2 highlights?');
    expect(await stored(), 'nothing deleted before Confirm').toHaveLength(2);
    await collection.locator('.cv-confirm').getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => infoNotice().textContent()).toBe('Deleted all 2 highlights.');
    await expect.poll(shownIds).toEqual([]);
    expect(await collection.locator('.cv-empty').textContent()).toContain('Nothing saved yet.');
    expect(await stored()).toEqual([]);
  });

  it('imports the backup back, and importing it again adds nothing', async () => {
    const input = collection.locator('input.cv-import');
    await input.setInputFiles(backupPath);
    const name = path.basename(backupPath);
    await expect.poll(() => infoNotice().textContent()).toBe(`${name}: 2 added, 0 updated, 0 already there.`);
    await expect.poll(shownIds).toEqual([cardId, selectionId].sort());
    const back = byId(await stored());
    expect(back).toHaveLength(2);
    for (const [i, h] of back.entries()) {
      const was = exported[i];
      expect(h.id).toBe(was.id);
      expect(h.url).toBe(was.url);
      expect(h.title).toBe(was.title);
      expect(h.outletId).toBe(was.outletId);
      expect(h.quote).toEqual(was.quote);
      expect(h.position).toEqual(was.position);
      expect(h.note).toBe(was.note);
      expect(h.tags).toEqual(was.tags);
      expect(h.entityIds).toEqual(was.entityIds);
      expect(h.snapshot).toEqual(was.snapshot);
      expect([h.created, h.updated]).toEqual([was.created, was.updated]);
      expect(h.anchor.status, 'an import is checked again on the next visit').toBe('unchecked');
    }
    expect((await shownCard(cardId))!.note).toBe(EDITED_NOTE);

    await input.setInputFiles(backupPath);
    await expect.poll(() => infoNotice().textContent()).toBe(`${name}: 0 added, 0 updated, 2 already there.`);
    expect(byId(await stored())).toEqual(back);
    expect(await shownIds()).toEqual([cardId, selectionId].sort());
  });

  it('refuses a malformed file with a notice that names the problem, and changes nothing', async () => {
    const before = byId(await stored());
    const input = collection.locator('input.cv-import');

    const broken = path.join(downloads, 'broken.json');
    await writeFile(broken, '{"format": "parallax-highlights/1", "highlights": [{"id": "x"');
    await input.setInputFiles(broken);
    await expect.poll(() => errorNotice().textContent()).toMatch(/^broken\.json: The file is not valid JSON: .+ Nothing was imported\.$/);
    expect(byId(await stored())).toEqual(before);

    // Valid JSON of the wrong shape: the backup, with a new id on its first highlight (which would be
    // added if anything were imported half-way) and no quote on its second.
    const wrong = path.join(downloads, 'wrong-shape.json');
    const data = JSON.parse(await readFile(backupPath, 'utf8')) as { highlights: Record<string, unknown>[] };
    data.highlights[0].id = 'imported-half-way';
    delete (data.highlights[1].quote as Record<string, unknown>).exact;
    await writeFile(wrong, JSON.stringify(data));
    await input.setInputFiles(wrong);
    await expect
      .poll(() => errorNotice().textContent())
      .toBe(
        'wrong-shape.json: Not a Parallax backup or Web Annotation file: highlights[1].quote.exact: must be a non-empty string Nothing was imported.',
      );
    expect(byId(await stored())).toEqual(before);

    // Valid JSON that is not a collection at all.
    const other = path.join(downloads, 'other.json');
    await writeFile(other, JSON.stringify({ name: 'parallax', version: '0.1.0' }));
    await input.setInputFiles(other);
    await expect
      .poll(() => errorNotice().textContent())
      .toMatch(/^other\.json: Not a Parallax backup or Web Annotation file: type: must be AnnotationCollection/);
    expect(byId(await stored())).toEqual(before);
    expect(await shownIds()).toEqual([cardId, selectionId].sort());
  });

  it('paints the saved passages again when the page is revisited', async () => {
    const { page, d } = await openNews();
    await d.waitFor((name) => (CSS.highlights.get(name)?.size ?? 0) >= 2, SAVED);
    expect(await savedPaint(d)).toEqual(
      expect.arrayContaining([
        { text: CARD_QUOTE, paragraph: 'p-card' },
        { text: SELECTION_QUOTE, paragraph: 'p-selection' },
      ]),
    );
    expect((await savedPaint(d))!).toHaveLength(2);
    // Both attach, and the imported "unchecked" state is replaced by what the visit found.
    await expect.poll(async () => (await stored()).map((h) => h.anchor.status)).toEqual(['anchored', 'anchored']);
    await page.close();
  });

  it('finds the passages at the right text when paragraphs were inserted before them', async () => {
    const { page, d } = await openNews('insert');
    expect(await d.evaluate(() => document.getElementById('p-new-2')?.nextElementSibling?.id, null), 'the variant is served').toBe('p-card');
    await d.waitFor((name) => (CSS.highlights.get(name)?.size ?? 0) >= 2, SAVED);
    const painted = (await savedPaint(d))!;
    expect(painted).toHaveLength(2);
    expect(painted).toEqual(
      expect.arrayContaining([
        { text: CARD_QUOTE, paragraph: 'p-card' },
        { text: SELECTION_QUOTE, paragraph: 'p-selection' },
      ]),
    );
    // The stored offsets no longer point at the quotes: the quote search found them.
    const text = await d.evaluate(() => document.body.innerText, null);
    expect(text.includes(CARD_QUOTE)).toBe(true);
    await expect.poll(async () => (await stored()).map((h) => h.anchor.status)).toEqual(['anchored', 'anchored']);
    await page.close();
  });

  it('keeps a passage that is gone from its page as an orphan, with its quote and evidence', async () => {
    const started = Date.now();
    const { page, d } = await openNews('remove');
    expect(await d.evaluate(() => document.getElementById('p-card'), null), 'the variant is served').toBeNull();
    await d.waitFor((name) => (CSS.highlights.get(name)?.size ?? 0) >= 1, SAVED);
    // Only the passage still on the page is painted, never look-alike words for the other.
    expect(await savedPaint(d)).toEqual([{ text: SELECTION_QUOTE, paragraph: 'p-selection' }]);
    // Reported after the retries at 1.5 s and 5 s.
    await expect.poll(async () => (await one(cardId))?.anchor.status, { timeout: 12_000, interval: 250 }).toBe('orphan');
    expect(Date.now() - started, 'not called an orphan before the retries').toBeGreaterThan(5_000);
    expect((await one(selectionId))!.anchor.status).toBe('anchored');
    expect(await savedPaint(d)).toEqual([{ text: SELECTION_QUOTE, paragraph: 'p-selection' }]);

    // Not dropped: still stored whole, and listed under Orphans with its quote and evidence.
    const orphan = (await one(cardId))!;
    const was = exported.find((h) => h.id === cardId)!;
    expect(orphan.quote).toEqual(was.quote);
    expect(orphan.note).toBe(EDITED_NOTE);
    expect(orphan.snapshot).toEqual(was.snapshot);
    await reloadCollection();
    const shown = (await shownCard(cardId))!;
    expect(shown.group).toBe('orphans');
    expect(shown.orphan).toBe(true);
    expect(shown.orphanTag).toBe('Orphan');
    expect(shown.quote).toBe(CARD_QUOTE);
    expect(shown.note).toBe(EDITED_NOTE);
    expect(shown.evidence).toBe(was.snapshot.claims.length);
    expect(shown.evidence).toBeGreaterThan(0);
    expect(await collection.locator('section[data-group="orphans"] .cv-group-title').textContent()).toBe('Orphans 1 highlight');
    expect((await shownCard(selectionId))!.group, 'the other stays with its page').not.toBe('orphans');
    await page.close();
  });

  it('paints a page that renders late, and does not call its passages orphans', async () => {
    const { page, d } = await openNews('late');
    expect(await d.evaluate(() => document.getElementById('story'), null), 'the article is not there at load').toBeNull();
    await d.waitFor((name) => (CSS.highlights.get(name)?.size ?? 0) >= 2, SAVED, 9_000);
    const painted = (await savedPaint(d))!;
    expect(painted).toHaveLength(2);
    expect(painted).toEqual(
      expect.arrayContaining([
        { text: CARD_QUOTE, paragraph: 'p-card' },
        { text: SELECTION_QUOTE, paragraph: 'p-selection' },
      ]),
    );
    // The earlier orphan attaches again, and is reported so.
    await expect.poll(async () => (await stored()).map((h) => h.anchor.status), { timeout: 9_000, interval: 250 }).toEqual(['anchored', 'anchored']);
    await reloadCollection();
    expect(await collection.locator('section[data-group="orphans"]').count()).toBe(0);
    expect((await shownCard(cardId))!.orphan).toBe(false);
    await page.close();
  });

  it('logged no console errors and requested nothing beyond the test server', async () => {
    expect(await harness.consoleErrors()).toEqual([]);
    // The extension's own files: its pages, and content.css, which Chromium serves from a per-session
    // random host (web_accessible_resources with use_dynamic_url); the exports' blob: URLs; data: icons.
    const allowed = [site.origin, 'chrome-extension://', `blob:chrome-extension://${harness.extensionId}/`, 'data:'];
    expect(requested.filter((u) => !allowed.some((a) => u.startsWith(a)))).toEqual([]);
    expect(requested.some((u) => u.startsWith(site.origin))).toBe(true);
  });
});
