/**
 * Subscriptions in firefox-esr (the MV2 build), a smoke run: a pack signed with `npm run pack` on a
 * 127.0.0.1 host is subscribed to on My corpus and listed as up to date with what it holds.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from './harness/firefox';
import { servePacks, type PackHost } from '../fixtures/pack-server';
import { NEWSROOM, newsroomPack } from '../fixtures/subscription-pack';

const root = path.join(import.meta.dirname, '..', '..');
const pack = (...args: string[]) =>
  new Promise<string>((done, fail) =>
    execFile('npm', ['run', '-s', 'pack', '--', ...args], { cwd: root }, (error, stdout, stderr) =>
      error ? fail(new Error(stderr || String(error))) : done(stdout),
    ),
  );

let harness: FirefoxHarness;
let host: PackHost;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parallax-e2e-subs-ff-'));
  await pack('keygen', '--out', path.join(dir, 'keys'));
  const file = path.join(dir, 'pack.json');
  await writeFile(file, JSON.stringify(newsroomPack(), null, 2));
  await pack('sign', file, '--key', path.join(dir, 'keys', 'private.jwk'));
  host = await servePacks({ cors: true });
  host.publish(new Uint8Array(await readFile(file)), await readFile(`${file}.sig`, 'utf8'));
  harness = await launchFirefox();
});

afterAll(async () => {
  await harness?.close();
  await host?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('subscribing in Firefox', () => {
  it('subscribes on My corpus and lists the subscription as up to date', async () => {
    const page = await harness.openExtensionPage('corpus.html');
    await page.waitForSelector('.mc-subscriptions form');
    await page.type('.mc-subscriptions input[type="url"]', host.url);
    await page.type('.mc-subscriptions input[type="text"]', (await readFile(path.join(dir, 'keys', 'public.txt'), 'utf8')).trim());
    await page.click('.mc-subscribe');
    await page.waitForSelector('.mc-subscription .mc-state', { timeout: 20_000 });
    const listed = await page.$eval('.mc-subscription', (li) => ({
      name: li.querySelector('h3')?.textContent,
      state: li.querySelector('.mc-state')?.textContent,
      holds: li.querySelector('.mc-holds')?.textContent,
    }));
    expect(listed).toEqual({ name: NEWSROOM, state: 'Up to date', holds: 'Holds 2 articles, 2 claims, 2 outlets' });
    expect(await harness.consoleErrors()).toEqual([]);
  });
});
