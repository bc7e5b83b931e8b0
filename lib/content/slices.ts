/**
 * Spreading work over several tasks so the page never waits for us: run a generator of steps
 * (lib/core/spot/steps.ts) for a few milliseconds, give the main thread back, go on. A task of 50 ms or
 * more is what browsers report as a long task; we stay well under it.
 */
import { runBudgeted, type Steps } from '../core/spot/steps';

/** How long one task may run before yielding, in ms. */
export const TASK_BUDGET_MS = 8;

/**
 * Lets the page run before continuing: a message to ourselves, queued behind whatever the page has
 * waiting, its next frame included. Not scheduler.yield(): its continuation runs ahead of a frame
 * that is due, so a scan of many steps after a paint held the frame back (93–146 ms on the
 * 60,000-node page) until Chrome's own limit let it through.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** How long afterRendering waits for a frame that does not come (a tab in the background has none). */
const NO_FRAME_MS = 100;

/**
 * Resolves once the browser has rendered the next frame (or after NO_FRAME_MS without one). After a
 * change of highlight, work that waits for this stays out of the frame that renders it: a frame counts
 * from the first task run while it is due, and repainting a large page is already most of one.
 */
export function afterRendering(): Promise<void> {
  // A tab in the background renders nothing, and runs its timers about once a second.
  if (document.visibilityState !== 'visible') return yieldToPage();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      // The frame renders right after its animation callbacks; the message comes after that.
      void yieldToPage().then(resolve);
    });
  });
}

/**
 * Runs `steps` to the end, yielding to the page whenever a task has used its budget; `onPause` runs
 * just before each yield (to paint what is done so far: when it says it painted, the steps go on once
 * that is rendered). Resolves undefined if `cancelled()` turns true meanwhile.
 */
export function runSliced<T>(steps: Steps<T>, cancelled: () => boolean = () => false, onPause?: () => boolean): Promise<T | undefined> {
  sliceStart = performance.now();
  return runBudgeted(steps, TASK_BUDGET_MS, async () => {
    await (onPause?.() ? afterRendering() : yieldToPage());
    sliceStart = performance.now();
    return !cancelled();
  });
}

/** When the latest slice of runSliced work began (a run's start, or its return from a yield). */
let sliceStart = 0;

/** How long the latest slice of runSliced work has run, in ms (for work that follows it in the same task). */
export const sliceElapsed = (): number => performance.now() - sliceStart;
