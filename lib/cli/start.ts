/**
 * `npm start`: builds the extension, serves the seed articles as local news pages on 127.0.0.1 and
 * opens Chromium with the extension on them. With a display it stays open for you to read; without
 * one it visits every seed page, saves screenshots of the page and of an open popover, and prints
 * the mentions it found.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validatePack } from '../pack/validate';
import { launchWithExtension } from './browser';
import { CORPUS_PATH } from './seed-files';
import { serveLocal } from './serve';

const root = join(import.meta.dirname, '..', '..');
const extensionDir = join(root, '.output', 'chrome-mv3');
const shots = join(root, '.output', 'screenshots');

console.log('$ wxt build');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
const pack = validatePack(JSON.parse(readFileSync(CORPUS_PATH, 'utf8')));
if (!pack.ok) {
  console.error(pack.error);
  process.exit(1);
}
const site = await serveLocal(pack.value);
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const { context, profile } = await launchWithExtension(extensionDir, !headed);
const outletName = new Map(pack.value.outlets.map((o) => [o.id, o.name]));

if (headed) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(site.url('/'));
  console.log(`\nSeed pages at ${site.origin}/ — hover a marked name, click it, or press Alt+Shift+M.\nClose the browser window (or Ctrl+C) to stop.`);
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
} else {
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const page = await context.newPage();
  for (const article of pack.value.articles) {
    await page.goto(site.url(`/seed/${article.id}.html`));
    await page.waitForFunction(() => (CSS.highlights.get('parallax-mention')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
    const mentions = await page.evaluate(() => [...CSS.highlights.get('parallax-mention')!].map((r) => (r as Range).toString()));
    await page.screenshot({ path: join(shots, `${article.id}.png`) });
    await page.keyboard.press('Alt+Shift+M');
    await page.locator('parallax-popover .px-popover:not(:has(.px-loading))').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, `${article.id}-popover.png`) });
    await page.keyboard.press('Escape');
    const unique = [...new Set(mentions)];
    console.log(`\n${outletName.get(article.outletId)} — ${article.title}\n  ${mentions.length} mentions: ${unique.join(', ')}`);
  }
  console.log(`\nScreenshots of each page and of an open popover: ${shots}`);
}
await context.close();
rmSync(profile, { recursive: true, force: true });
await site.close();
