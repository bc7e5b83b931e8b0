/**
 * Chromium harness: loads the built MV3 extension (.output/chrome-mv3, built beforehand; this
 * builds nothing) into Debian's Chromium through playwright-core, with a fresh profile that is
 * removed on close (or a given one, kept, to launch the browser again over it), and collects
 * console errors and uncaught exceptions from extension pages and the service worker.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, extensionArgs } from '../../../lib/tools/cli/browser';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** One console error or uncaught exception seen in an extension context. */
export interface ConsoleIssue {
  /** The page or worker URL it came from. */
  source: string;
  text: string;
}

export interface ChromiumHarness {
  context: BrowserContext;
  extensionId: string;
  /** Opens chrome-extension://<id>/<path> in a new tab, once it has loaded. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** Console errors and uncaught exceptions seen so far in extension pages and the service worker. */
  consoleErrors(): Promise<ConsoleIssue[]>;
  /** Closes the browser and removes the profile; safe to call twice. */
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** The unpacked extension; relative paths resolve from the repo root. Default: .output/chrome-mv3 */
  extensionDir?: string;
  /** A profile (user-data dir) to use and keep: the caller removes it. Default: a fresh one, removed on close. */
  profile?: string;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumHarness> {
  const extDir = path.resolve(repoRoot, options.extensionDir ?? '.output/chrome-mv3');
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extDir} (manifest.json missing): run \`npm run build\` first.`);
  }
  const profile = options.profile ?? (await mkdtemp(path.join(tmpdir(), 'parallax-e2e-chromium-')));
  const removeProfile = () => (options.profile ? Promise.resolve() : rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      // Playwright passes --disable-extensions by default; every other default flag is kept
      // (they include --disable-background-networking, --disable-component-update, ...).
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...extensionArgs(extDir), ...CHROMIUM_FLAGS],
    });
  } catch (e) {
    await removeProfile();
    throw e;
  }

  const issues: ConsoleIssue[] = [];
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const source = msg.page()?.url() ?? msg.worker()?.url() ?? msg.location().url ?? 'unknown';
    issues.push({ source, text: msg.text() });
  });
  context.on('weberror', (e) => {
    issues.push({ source: e.page()?.url() ?? 'unknown page', text: `Uncaught ${e.error().stack ?? e.error().message}` });
  });

  // Playwright reports console calls from a service worker, but not its uncaught exceptions:
  // forward those to console.error inside the worker (every time the worker starts).
  const watchWorker = (sw: Worker) =>
    sw
      .evaluate(() => {
        const g = globalThis as unknown as {
          __parallaxHarness?: boolean;
          addEventListener(type: 'error', fn: (e: ErrorEvent) => void): void;
          addEventListener(type: 'unhandledrejection', fn: (e: PromiseRejectionEvent) => void): void;
        };
        if (g.__parallaxHarness) return;
        g.__parallaxHarness = true;
        g.addEventListener('error', (e) => console.error(`${e.message} (${e.filename}:${e.lineno})`));
        g.addEventListener('unhandledrejection', (e) => {
          const r = e.reason as { stack?: string } | undefined;
          console.error(`Unhandled rejection: ${r?.stack ?? String(e.reason)}`);
        });
      })
      .catch(() => undefined); // the worker may have stopped meanwhile
  context.on('serviceworker', (sw) => void watchWorker(sw));

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      await removeProfile();
    }
  };

  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    await watchWorker(worker);
    const extensionId = new URL(worker.url()).host;

    return {
      context,
      extensionId,
      async openExtensionPage(pagePath) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${pagePath.replace(/^\/+/, '')}`, { waitUntil: 'load' });
        return page;
      },
      async consoleErrors() {
        await new Promise((resolve) => setTimeout(resolve, 100)); // let in-flight console events arrive
        return [...issues];
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Stops the extension's service worker (every one), as Chrome stops an idle worker, through the devtools protocol of `page`. */
export async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
