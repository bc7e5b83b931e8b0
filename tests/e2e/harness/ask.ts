/** Asks the background from an extension page, as the extension's own pages do; an error answer throws with its message. */
import type { Page } from 'playwright-core';
import { within } from '../../../lib/tools/cli/within';

/** How long an answer may take before the ask fails naming its message (a hang would otherwise hold a test to its timeout, unnamed). */
const NO_ANSWER_MS = 15_000;

export function askWorker<T>(page: Page, type: string, data: object = {}): Promise<T> {
  return within(asked<T>(page, type, data), NO_ANSWER_MS, () => {
    throw new Error(`${type}: no answer from the background in ${NO_ANSWER_MS / 1000} s`);
  });
}

function asked<T>(page: Page, type: string, data: object): Promise<T> {
  return page.evaluate(
    async ({ type, data }) => {
      const chrome = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }
      ).chrome;
      const r = await chrome.runtime.sendMessage({ type, data });
      if (!r.ok) throw new Error(`${type}: ${r.error}`);
      return r.value;
    },
    { type, data },
  ) as Promise<T>;
}
