/**
 * Launching Debian's Chromium (or CHROMIUM_PATH) with the built extension through playwright-core:
 * the flags shared by `npm start`, the benchmark and the end-to-end tests. Background networking is
 * off and every host name resolves to 127.0.0.1, so nothing leaves the machine.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Chromium is not where we looked: a setup step to tell the reader about, not a bug (so no stack). */
export class ChromiumNotFound extends Error {
  constructor(where: string) {
    super(
      `Parallax needs Chromium to run, and there is none at ${where}. On Debian or Ubuntu, install it with ` +
        '`sudo apt-get install chromium`; or, to use a Chromium or Chrome you already have, set CHROMIUM_PATH to its ' +
        'executable (for example `CHROMIUM_PATH=/opt/chrome/chrome npm start`).',
    );
    this.name = 'ChromiumNotFound';
    this.stack = this.message;
  }
}

/** The Chromium executable: CHROMIUM_PATH, or Debian's. Throws ChromiumNotFound when it is not there. */
export function chromiumPath(): string {
  const where = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(where)) throw new ChromiumNotFound(where);
  return where;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  // Without it Chromium still looks up accounts.google.com and update.googleapis.com; with it,
  // test pages may also use real-looking host names served by a local server.
  '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
];

/** The flags that load one unpacked extension (Playwright's own --disable-extensions must be dropped). */
export const extensionArgs = (dir: string) => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];

export async function launchWithExtension(extensionDir: string, headless: boolean): Promise<{ context: BrowserContext; profile: string }> {
  const profile = await mkdtemp(join(tmpdir(), 'parallax-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...extensionArgs(extensionDir), ...CHROMIUM_FLAGS],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return { context, profile };
}
