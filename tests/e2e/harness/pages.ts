/**
 * Helpers for the content-script suites (spotting.test.ts in Chromium, spotting.firefox.test.ts in
 * Firefox): the local test site (seed pages and tests/fixtures/pages), and probes that read the
 * painted mentions (CSS Custom Highlight API) and the popover (through the host's open shadow root).
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

export function playwrightDriver(page: PlaywrightPage): PageDriver {
  return {
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

export interface PopoverView {
  /** A <parallax-popover> host is in the document. */
  host: boolean;
  /** Where the host is: the tag name of its parent. */
  hostParent: string | null;
  /** A .px-popover is rendered in the shadow root. */
  open: boolean;
  /** Rendered, with a non-empty box, not display:none / visibility:hidden / opacity 0. */
  visible: boolean;
  display: string | null;
  title: string | null;
  loading: boolean;
  /** data-outlet of every li.px-outlet, in order (an outlet repeats once per facet). */
  outlets: string[];
  disagree: number;
  empty: boolean;
  error: string | null;
  claims: number;
  rect: Rect | null;
  background: string | null;
  role: string | null;
  labelledBy: string | null;
  /** Focus is inside the popover (the host is document.activeElement and the shadow's focus is in .px-popover). */
  focusInside: boolean;
  /** The top element at the popover's centre is the host (the popover is not covered by the page). */
  onTop: boolean;
  /** The text of the mention painted as active, if any. */
  active: string | null;
  /** Client rects of the active mention. */
  activeRects: Rect[];
  viewport: { width: number; height: number };
}

/** Reads the popover through the host's open shadow root. */
export function readPopover(d: PageDriver): Promise<PopoverView> {
  return d.evaluate((activeName) => {
    const toRect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
    const host = document.querySelector('parallax-popover');
    const root = host?.shadowRoot ?? null;
    const card = root?.querySelector<HTMLElement>('.px-popover') ?? null;
    const style = card ? getComputedStyle(card) : null;
    const rect = card ? card.getBoundingClientRect() : null;
    const active = CSS.highlights.get(activeName);
    const activeRange = active ? ([...active][0] as Range | undefined) : undefined;
    let onTop = false;
    if (rect && rect.width > 0 && rect.height > 0) {
      const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 20), 0), innerHeight - 1);
      onTop = document.elementFromPoint(x, y) === host;
    }
    const hostStyle = host ? getComputedStyle(host) : null;
    const visible =
      !!card &&
      !!rect &&
      rect.width > 0 &&
      rect.height > 0 &&
      style!.display !== 'none' &&
      style!.visibility !== 'hidden' &&
      Number(style!.opacity) > 0 &&
      hostStyle!.display !== 'none' &&
      hostStyle!.visibility !== 'hidden' &&
      Number(hostStyle!.opacity) > 0;
    return {
      host: !!host,
      hostParent: host?.parentElement?.tagName ?? null,
      open: !!card,
      visible,
      display: style?.display ?? null,
      title: root?.querySelector('#px-title')?.textContent?.trim() ?? null,
      loading: !!root?.querySelector('.px-loading'),
      outlets: [...(root?.querySelectorAll<HTMLElement>('li.px-outlet') ?? [])].map((li) => li.dataset.outlet ?? ''),
      disagree: root?.querySelectorAll('.px-disagree').length ?? 0,
      empty: !!root?.querySelector('.px-empty'),
      error: root?.querySelector('.px-error')?.textContent ?? null,
      claims: root?.querySelectorAll('.px-claim').length ?? 0,
      rect: rect ? toRect(rect) : null,
      background: style?.backgroundColor ?? null,
      role: card?.getAttribute('role') ?? null,
      labelledBy: card?.getAttribute('aria-labelledby') ?? null,
      focusInside: !!card && document.activeElement === host && !!root?.activeElement && card.contains(root.activeElement),
      onTop,
      active: activeRange ? activeRange.toString() : null,
      activeRects: activeRange ? [...activeRange.getClientRects()].map(toRect) : [],
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, ACTIVE);
}

/** Waits until a popover is open and has finished loading (claims, an empty note or an error), then reads it. */
export async function waitForPopoverReady(d: PageDriver, timeoutMs = 5_000): Promise<PopoverView> {
  await d.waitFor(
    () => {
      const root = document.querySelector('parallax-popover')?.shadowRoot;
      const card = root?.querySelector('.px-popover');
      return !!card && !card.querySelector('.px-loading') && !!card.querySelector('.px-outlet, .px-empty, .px-error');
    },
    null,
    timeoutMs,
  );
  return readPopover(d);
}

/** Waits until no popover is rendered (the host may stay, empty). */
export async function waitForPopoverClosed(d: PageDriver, timeoutMs = 3_000): Promise<PopoverView> {
  await d.waitFor(() => !document.querySelector('parallax-popover')?.shadowRoot?.querySelector('.px-popover'), null, timeoutMs);
  return readPopover(d);
}

/**
 * Waits until Floating UI has placed the popover: inside the viewport and clear of the active
 * mention. Resolves with the last reading either way, so the caller's assertions say what is wrong.
 */
export async function settledPopover(d: PageDriver, timeoutMs = 2_000): Promise<PopoverView> {
  await d
    .waitFor(
      (activeName) => {
        const card = document.querySelector('parallax-popover')?.shadowRoot?.querySelector('.px-popover');
        const range = [...(CSS.highlights.get(activeName) ?? [])][0] as Range | undefined;
        if (!card || !range) return false;
        const p = card.getBoundingClientRect();
        const inside = p.left >= 0 && p.top >= 0 && p.right <= innerWidth && p.bottom <= innerHeight;
        const clear = [...range.getClientRects()].every((m) => m.right <= p.left || m.left >= p.right || m.bottom <= p.top || m.top >= p.bottom);
        return p.width > 0 && inside && clear;
      },
      ACTIVE,
      timeoutMs,
    )
    .catch(() => undefined);
  return readPopover(d);
}

/** Presses Alt+Shift+M `times` times (Alt+Shift+N when `back`) and waits for the popover to be ready. */
export async function openByKeyboard(d: PageDriver, times = 1, back = false): Promise<PopoverView> {
  for (let i = 0; i < times; i++) await d.press(back ? 'KeyN' : 'KeyM', ['Alt', 'Shift']);
  return waitForPopoverReady(d);
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
