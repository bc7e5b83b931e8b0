/**
 * The save panel's note frame (an extension page in a frame of its own process), for tests that type
 * into it as a reader does: only once it has the keyboard. That the panel's frame element is focused
 * in the page is not enough: the browser learns which frame has the focus a moment later, and a key
 * typed meanwhile goes to the page (seen as a first letter lost, now and then, in the suites).
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { within } from '../../../lib/tools/cli/within';

/** Waits until the note frame's own document has the focus, in its note field; returns the frame. */
export async function untilNoteTakesKeys(page: Page): Promise<Frame> {
  let note: Frame | undefined;
  await expect
    .poll(
      async () => {
        note = page.frames().find((f) => f.url().includes('/note.html'));
        if (!note) return false;
        // Bounded: an evaluate in a frame that is still coming up can wait for its document for good,
        // and a poll awaits each of its calls; one that does not answer counts as "not yet".
        const asked = note.evaluate(() => document.hasFocus() && document.activeElement?.tagName === 'TEXTAREA').catch(() => false);
        return within(asked, 2_000, () => false);
      },
      { timeout: 5_000 },
    )
    .toBe(true);
  return note!;
}
