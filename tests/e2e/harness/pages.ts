/**
 * Helpers for the content-script suites (Chromium and Firefox): the local test site (seed pages and
 * tests/fixtures/pages), and probes that read the painted mentions (CSS Custom Highlight API), which
 * any page script can see. The card's inside is read in Chromium only (./card.ts, through the
 * devtools protocol); Firefox suites see the card from outside (./card-outside.ts).
 *
 * Both drivers are reduced to a small PageDriver, so the probes are written once. Functions given to
 * `evaluate`/`waitFor` run in the page, so they must be self-contained (no closures over Node values).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { serveLocal, type LocalSite } from '../../../lib/tools/cli/serve';
import { launchChromium, type ChromiumHarness } from './chromium';
import type { ClaimPack } from '../../../lib/core/pack/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Fixture pages, served at /fixtures/<name>. */
export const FIXTURE_PAGES_DIR = path.join(repoRoot, 'tests/fixtures/pages');

/** Highlight names the content script registers (lib/content/paint.ts). */
export const MENTION = 'parallax-mention';
export const NEAR = 'parallax-mention-near';
export const ACTIVE = 'parallax-mention-active';

export function loadSeedPack(): ClaimPack {
  return JSON.parse(readFileSync(path.join(repoRoot, 'seeds/corpus.json'), 'utf8')) as ClaimPack;
}

export interface TestSite extends LocalSite {
  pack: ClaimPack;
  /** URL of a seed article's page. */
  seed(articleId: string): string;
  /** URL of a fixture page (a file name under tests/fixtures/pages). */
  fixture(name: string): string;
}

/** Serves the seed pages and the fixture pages on 127.0.0.1 (a random port). */
export async function serveTestSite(): Promise<TestSite> {
  const pack = loadSeedPack();
  const site = await serveLocal(pack, FIXTURE_PAGES_DIR);
  return {
    ...site,
    pack,
    seed: (id) => site.url(`/seed/${id}.html`),
    fixture: (name) => site.url(`/fixtures/${name}`),
  };
}

/**
 * The test site and Chromium with the extension, launched together (the site is closed again if the
 * browser fails to start), with every URL the browser asked for recorded.
 */
export async function launchOnSite(): Promise<{ site: TestSite; harness: ChromiumHarness; requested: string[] }> {
  const site = await serveTestSite();
  try {
    const harness = await launchChromium();
    const requested: string[] = [];
    harness.context.on('request', (r) => requested.push(r.url()));
    return { site, harness, requested };
  } catch (e) {
    await site.close();
    throw e;
  }
}

/** What the probes need from a page, whichever driver opened it. */
export interface PageDriver {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Resolves once `fn(arg)` is truthy in the page; rejects after `timeoutMs`. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  /** Presses `key` (a KeyboardEvent.code such as "KeyM", or a key name such as "Escape") with modifiers held. */
  press(key: string, modifiers?: ('Alt' | 'Shift' | 'Control')[]): Promise<void>;
}

/** A Chromium page: the driver, and the page itself for the devtools-protocol probes of ./card.ts. */
export interface ChromiumDriver extends PageDriver {
  page: PlaywrightPage;
}

export function playwrightDriver(page: PlaywrightPage): ChromiumDriver {
  return {
    page,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 5_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
    },
    press: (key, modifiers = []) => page.keyboard.press([...modifiers, key].join('+')),
  };
}

export function puppeteerDriver(page: PuppeteerPage): PageDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 5_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg);
    },
    press: async (key, modifiers = []) => {
      for (const m of modifiers) await page.keyboard.down(m);
      await page.keyboard.press(key as never);
      for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
    },
  };
}

/** Waits until the content script has painted (the highlight exists, even empty) and at least `min` mentions. */
export async function waitForMentions(d: PageDriver, min = 1, timeoutMs = 10_000): Promise<number> {
  await d.waitFor(
    ({ name, min }) => {
      const h = CSS.highlights.get(name);
      return h !== undefined && h.size >= min;
    },
    { name: MENTION, min },
    timeoutMs,
  );
  return mentionCount(d);
}

export function mentionCount(d: PageDriver): Promise<number> {
  return d.evaluate((name) => CSS.highlights.get(name)?.size ?? -1, MENTION);
}

/** The text of every painted mention, in the order the highlight holds them (document order). */
export function mentionTexts(d: PageDriver): Promise<string[]> {
  return d.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()), MENTION);
}

/** Index (in document order) of the first painted mention whose text matches `pattern` (a RegExp source, case-insensitive). */
export function mentionIndex(d: PageDriver, pattern: string): Promise<number> {
  return d.evaluate(
    ({ name, pattern }) => {
      const re = new RegExp(pattern, 'i');
      return [...(CSS.highlights.get(name) ?? [])].findIndex((r) => re.test(r.toString().replace(/\s+/g, ' ')));
    },
    { name: MENTION, pattern },
  );
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The first client rect of the `index`th painted mention, after scrolling it to the given place in the viewport. */
export function mentionRect(d: PageDriver, index: number, place: 'center' | 'bottom' = 'center'): Promise<Rect | null> {
  return d.evaluate(
    ({ name, index, place }) => {
      const range = [...(CSS.highlights.get(name) ?? [])][index] as Range | undefined;
      if (!range) return null;
      const first = () => range.getClientRects()[0];
      let r = first();
      if (!r) return null;
      // Put the mention at the vertical centre, or its bottom a few pixels above the viewport's bottom edge.
      const target = place === 'center' ? innerHeight / 2 - r.height / 2 : innerHeight - r.height - 4;
      window.scrollBy(0, r.top - target);
      r = first();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    },
    { name: MENTION, index, place },
  );
}

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour. */
export function luminance(color: string): number {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!m) throw new Error(`Not an rgb() colour: ${color}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Distinct outlet ids among a popover's li.px-outlet. */
export const distinct = (ids: string[]) => [...new Set(ids)].sort();

/** Where a rectangle overlaps another (zero area when they only touch). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
