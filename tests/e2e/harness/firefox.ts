/**
 * Firefox harness: installs the built MV2 extension (.output/firefox-mv2, built beforehand; this
 * builds nothing) as a temporary add-on in Debian's firefox-esr, driven by puppeteer-core over
 * WebDriver BiDi, with a fresh profile that is removed on close.
 *
 * Three things about Firefox shape this file:
 * - The moz-extension:// host is a per-profile random UUID. The pref
 *   `extensions.webextensions.uuids` (a JSON string, add-on id → UUID) is read when the add-on is
 *   installed, so presetting it gives the extension a UUID we know in advance.
 * - WebDriver BiDi refuses to navigate to moz-extension:// URLs unless Firefox runs with
 *   `-remote-allow-system-access`, and it deliberately emits no events (load, console, errors)
 *   for extension contexts (Mozilla bug 1755014), so puppeteer's page.goto() never sees the load.
 *   We send the BiDi navigate command ourselves (it waits for readyState "complete") and then
 *   check location and readyState from the page; script evaluation in the page works normally.
 * - Because BiDi reports no console events from extension contexts, console errors are read
 *   from Firefox's stdout, where `devtools.console.stdout.content` makes it print console calls
 *   and uncaught errors of content-privileged windows, the background page included.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The add-on id from wxt.config.ts, used when the manifest does not name one. */
export const FIREFOX_ADDON_ID = 'parallax@parallax.local';
/** The moz-extension:// host we give the add-on (any valid UUID would do). */
export const FIREFOX_EXTENSION_UUID = '5f0c8a2e-9b1d-4e7a-a3c6-0d2b7e9f41a8';

/** One console error or uncaught exception seen in an extension context. */
export interface ConsoleIssue {
  /** Where it came from, as far as Firefox's output says. */
  source: string;
  text: string;
}

export interface FirefoxHarness {
  browser: Browser;
  addonId: string;
  /** moz-extension://<uuid> */
  origin: string;
  /** Opens moz-extension://<uuid>/<path> in a new tab, once it has loaded. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** Console errors and uncaught exceptions seen so far in extension pages and the background page. */
  consoleErrors(): Promise<ConsoleIssue[]>;
  /** Everything Firefox printed so far, for diagnosing a failure. */
  browserOutput(): string;
  /** Closes the browser and removes the profile; safe to call twice. */
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** The unpacked extension; relative paths resolve from the repo root. Default: .output/firefox-mv2 */
  extensionDir?: string;
  /** More preferences, as a reader may have set them (about:config). */
  prefs?: Record<string, string | number | boolean>;
}

/** Keep Firefox off the network: this machine may reach 127.0.0.1 only. */
const OFFLINE_PREFS: Record<string, string | number | boolean> = {
  'app.normandy.api_url': '',
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.passwords.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.topsites.contile.enabled': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.documentServerURI': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': '',
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.update.enabled': false,
  'extensions.webservice.discoverURL': '',
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  // Every name Firefox would look up resolves to 127.0.0.1 without asking a DNS server.
  'network.dns.native-is-localhost': true,
  'network.http.http3.enable': false,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.sntp.pools': '',
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Release builds ignore this pref unless MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 is set (it is, below);
  // with this exact value Remote Settings skips all remote activity ("" would not).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.updatePing.enabled': false,
};

function addonIdOf(extDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8'));
    return manifest?.browser_specific_settings?.gecko?.id ?? FIREFOX_ADDON_ID;
  } catch {
    return FIREFOX_ADDON_ID;
  }
}

/** puppeteer's BiDi browsing context (not in its public types): the navigate command itself. */
type BidiNavigable = { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHarness> {
  const extDir = path.resolve(repoRoot, options.extensionDir ?? '.output/firefox-mv2');
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extDir} (manifest.json missing): run \`npm run build:firefox\` first.`);
  }
  const addonId = addonIdOf(extDir);
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const profile = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-firefox-'));

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profile,
      // Firefox's own test switch: any connection to a non-local address aborts the browser (loudly),
      // and it lets the services.settings.server override below take effect in a release build.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        ...OFFLINE_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
        'devtools.console.stdout.content': true,
        ...options.prefs,
      },
    });
  } catch (e) {
    await rm(profile, { recursive: true, force: true });
    throw e;
  }

  // Firefox's stdout and stderr, split into lines.
  let output = '';
  const lines: string[] = [];
  let partial = '';
  const onData = (chunk: Buffer | string) => {
    const text = chunk.toString();
    output += text;
    const parts = (partial + text).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  };
  browser.process()?.stdout?.on('data', onData);
  browser.process()?.stderr?.on('data', onData);

  const issuesIn = (all: string[]): ConsoleIssue[] => {
    const found: ConsoleIssue[] = [];
    for (const line of all) {
      const consoleError = /^console\.error: (.*)$/.exec(line);
      if (consoleError) found.push({ source: 'console.error in an extension context', text: consoleError[1] });
      // Uncaught errors: only those raised by the extension, not by Firefox's own chrome code.
      const jsError = /^JavaScript error: (moz-extension:\/\/[^,]*), line (\d+): (.*)$/.exec(line);
      if (jsError && jsError[1].startsWith(`${origin}/`)) found.push({ source: `${jsError[1]}:${jsError[2]}`, text: jsError[3] });
    }
    return found;
  };

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await browser.close();
    } finally {
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  };

  const pages: Page[] = [];
  let flushes = 0;

  try {
    const installed = await browser.installExtension(extDir);
    if (installed !== addonId) throw new Error(`Installed add-on id is "${installed}", expected "${addonId}"`);

    return {
      browser,
      addonId,
      origin,
      async openExtensionPage(pagePath) {
        const url = `${origin}/${pagePath.replace(/^\/+/, '')}`;
        const page = await browser.newPage();
        pages.push(page);
        const navigable = (page.mainFrame() as unknown as { browsingContext?: BidiNavigable }).browsingContext;
        if (typeof navigable?.navigate === 'function') {
          await navigable.navigate(url, 'complete');
        } else {
          // Fallback if puppeteer's internals change: goto() sends the same command but then
          // waits for load events that never come for extension pages, so do not wait for it.
          page.goto(url, { timeout: 0 }).catch(() => undefined);
        }
        const deadline = Date.now() + 15_000;
        let where = '';
        for (;;) {
          where = await page.evaluate(() => `${location.href} ${document.readyState}`).catch((e) => `(${e})`);
          if (where === `${url} complete`) return page;
          if (Date.now() > deadline) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`Could not open ${url}; the tab shows ${where}. Is the add-on id in extensions.webextensions.uuids right?`);
      },
      async consoleErrors() {
        // Flush: a marker logged from an extension page arrives after that process's earlier output.
        const page = pages.findLast((p) => !p.isClosed());
        if (page) {
          const marker = `parallax-harness-flush-${++flushes}`;
          const done = await page
            .evaluate((m) => console.log(m), marker)
            .then(
              () => true,
              () => false,
            );
          const deadline = Date.now() + 3_000;
          while (done && !output.includes(marker) && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        } else {
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        return issuesIn(partial ? [...lines, partial] : lines);
      },
      browserOutput: () => output,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
