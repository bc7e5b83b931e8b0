/** Asks the background from an extension page, as the extension's own pages do; an error answer throws with its message. */
import type { Page } from 'playwright-core';

export function askWorker<T>(page: Page, type: string, data: object = {}): Promise<T> {
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
