/**
 * Group `size`: the content script's size, gzipped (#13 row 7), and beside it the card's code, which
 * the content script imports once a page is painted (lib/content/lazy-ui.ts), and the script that
 * wakes the background as every page starts (entrypoints/wake.content.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Group } from '../context';
import { kb } from '../report';
import { shippedBuild } from '../shared';

export const size: Group = {
  name: 'size',
  needs: [],
  async rows(ctx) {
    const dir = await shippedBuild(ctx);
    const content = await readFile(path.join(dir, 'content-scripts/content.js'));
    const card = await readFile(path.join(dir, 'card-ui.js'));
    const wake = await readFile(path.join(dir, 'content-scripts/wake.js'));
    const gz = gzipSync(content, { level: 9 }).length;
    const cardGz = gzipSync(card, { level: 9 }).length;
    return [
      {
        figure: 'Content script (content.js), gzipped',
        value: kb(gz),
        baseline: `${kb(content.length)} minified`,
        target: '≤ 40 kB',
        met: gz <= 40_000,
        data: { bytes: content.length, gzipped: gz },
      },
      {
        figure: "The card's code (card-ui.js, imported by the content script once a page is painted), gzipped",
        value: kb(cardGz),
        baseline: `${kb(card.length)} minified`,
        data: { bytes: card.length, gzipped: cardGz },
      },
      {
        figure: 'The script that wakes the background as every page starts (wake.js), gzipped',
        value: kb(gzipSync(wake, { level: 9 }).length),
        baseline: `${kb(wake.length)} minified`,
      },
    ];
  },
};
