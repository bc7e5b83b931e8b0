/**
 * A card's latency as a reader meets it: a real click on a painted mention (page.mouse), timed from
 * the click (a capture listener of the page, ./extension.ts) to the card showing its claims (or its
 * empty or error note), seen by a MutationObserver on the card's shadow root — closed to page
 * script, so it is reached through the devtools protocol. Then Escape closes the card.
 */
import type { Page } from 'playwright-core';
import { inRoot } from '../cli/closed-root';
import { openPainted } from './extension';
import { percentile } from './stats';

type ClickWindow = Window & { __pxPopover?: { ms: number; claims: number }[]; __pxClickedAt: number; __pxWatched?: ShadowRoot };

/**
 * Watches the card's shadow root (run with `this` = the root, in the page's main world, through the
 * devtools protocol): records click → claims rendered into window.__pxPopover. Once per root.
 */
function watchRoot(this: ShadowRoot) {
  const w = window as unknown as ClickWindow;
  if (w.__pxWatched === this) return;
  w.__pxWatched = this;
  const check = () => {
    const card = this.querySelector('.px-popover');
    if (w.__pxClickedAt < 0 || !card || card.querySelector('.px-loading') || !card.querySelector('.px-outlet, .px-empty, .px-error')) return;
    w.__pxPopover!.push({ ms: performance.now() - w.__pxClickedAt, claims: card.querySelectorAll('.px-claim').length });
    w.__pxClickedAt = -1;
  };
  new MutationObserver(check).observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
  check();
}

/** Starts watching the card's root once the card exists; false while there is none yet. */
async function watchPopover(page: Page): Promise<boolean> {
  return (await inRoot(page, 'parallax-popover').evaluate(watchRoot, null)) !== undefined;
}

/** Indexes of painted mentions with up to `distinct` different texts, in page order. */
export function mentionTargets(page: Page, distinct: number): Promise<number[]> {
  return page.evaluate((n) => {
    const seen = new Set<string>();
    const out: number[] = [];
    [...(CSS.highlights.get('parallax-mention') ?? [])].forEach((r, i) => {
      const key = (r as Range).toString().toLowerCase();
      if (out.length < n && !seen.has(key)) {
        seen.add(key);
        out.push(i);
      }
    });
    return out;
  }, distinct);
}

export interface CardClick {
  ms: number;
  claims: number;
}

/** Clicks painted mention `index`, waits for its card (undefined when it did not render within `timeoutMs`), closes it. */
export async function clickCard(page: Page, index: number, timeoutMs = 10_000): Promise<CardClick | undefined> {
  const before = await page.evaluate(() => (window as unknown as ClickWindow).__pxPopover!.length);
  const watching = await watchPopover(page);
  const rect = await page.evaluate((k) => {
    const range = [...(CSS.highlights.get('parallax-mention') ?? [])][k] as Range;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, index);
  await page.mouse.click(rect.x, rect.y);
  // The card's root exists once a card has been built; until then, watch right after the click.
  if (!watching) await watchPopover(page);
  const rendered = await page
    .waitForFunction((n) => (window as unknown as ClickWindow).__pxPopover!.length > n, before, { timeout: timeoutMs, polling: 20 })
    .then(() => true)
    .catch(() => false);
  await page.keyboard.press('Escape');
  const card = inRoot(page, 'parallax-popover');
  for (const deadline = Date.now() + 5_000; (await card.count('.px-popover')) > 0; ) {
    if (Date.now() > deadline) throw new Error('The card did not close within 5 s of Escape');
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(50);
  if (!rendered) return undefined;
  return page.evaluate((n) => (window as unknown as ClickWindow).__pxPopover![n], before);
}

export interface PopoverFigures {
  samples: number[];
  p50: number;
  p95: number;
  /** Median number of claims the popover showed. */
  claims: number;
  entities: number;
}

/** Clicks `reps` mentions in turn (cycling over up to `distinct` entities), timing click → claims rendered. */
export async function popoverLatency(page: Page, reps = 24, distinct = 8): Promise<PopoverFigures> {
  const targets = await mentionTargets(page, distinct);
  const rows: CardClick[] = [];
  for (let i = 0; i < reps; i++) {
    const click = await clickCard(page, targets[i % targets.length]);
    if (!click) throw new Error('A card did not show its claims within 10 s of the click');
    rows.push(click);
  }
  const samples = rows.map((r) => r.ms);
  return {
    samples,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    claims: percentile(
      rows.map((r) => r.claims),
      50,
    ),
    entities: targets.length,
  };
}

/** Popover latency on a seed page: click each of several mentions in turn. */
export async function popoverOn(page: Page, url: string, reps: number): Promise<PopoverFigures> {
  await openPainted(page, url);
  await popoverLatency(page, 4, 4); // warm-up: the first card mounts its shadow root
  return popoverLatency(page, reps);
}

export interface FirstAndRepeat {
  /** Each entity's first card on a freshly loaded page, ms. */
  first: number[];
  /** Its card opened again on the same page, ms. */
  repeat: number[];
  /** Median number of claims shown. */
  claims: number;
  loads: number;
  entities: number;
}

/**
 * Loads `url` `loads` times; on each load, after one unmeasured card, opens the card of up to
 * `distinct` other entities once (first opens), then each of them `repeats` more times (repeat opens).
 */
export async function firstAndRepeatOpens(page: Page, url: string, loads = 3, distinct = 8, repeats = 2): Promise<FirstAndRepeat> {
  const first: CardClick[] = [];
  const repeat: CardClick[] = [];
  let entities = 0;
  for (let l = 0; l < loads; l++) {
    await openPainted(page, url);
    const targets = await mentionTargets(page, distinct + 1);
    // The card's root is mounted by the page's first card, and watched from then on: that first
    // card (another entity's, unmeasured) comes before the measured ones, or one would be timed late.
    const mounting = targets.length > distinct ? targets.pop()! : targets.shift()!;
    await clickCard(page, mounting);
    entities = targets.length;
    for (let r = 0; r <= repeats; r++) {
      for (const index of targets) {
        const click = await clickCard(page, index);
        if (!click) throw new Error('A card did not show its claims within 10 s of the click');
        (r === 0 ? first : repeat).push(click);
      }
    }
  }
  return {
    first: first.map((c) => c.ms),
    repeat: repeat.map((c) => c.ms),
    claims: percentile(
      [...first, ...repeat].map((c) => c.claims),
      50,
    ),
    loads,
    entities,
  };
}
