/**
 * Chromium for the benchmark: Debian's build (or CHROMIUM_PATH) through playwright-core, headless,
 * every host name resolved to 127.0.0.1, background networking off; with the extension loaded from
 * a built folder, or plain for the in-page matcher runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, extensionArgs } from '../cli/browser';

export { chromiumPath };

// performance.memory with exact figures, for the heap figure.
const FLAGS = [...CHROMIUM_FLAGS, '--enable-precise-memory-info'];

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile with `extensionDir` loaded, or none when it is undefined. */
export async function launch(extensionDir?: string): Promise<BenchBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'parallax-bench-'));
  const extension = extensionDir ? extensionArgs(extensionDir) : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    args: [...extension, ...FLAGS],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
