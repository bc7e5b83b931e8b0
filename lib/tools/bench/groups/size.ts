/** Group `size`: the content script's size, gzipped (#13 row 7). */
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
    const content = await readFile(path.join(await shippedBuild(ctx), 'content-scripts/content.js'));
    const gz = gzipSync(content, { level: 9 }).length;
    return [
      {
        figure: 'Content script (content.js), gzipped',
        value: kb(gz),
        baseline: `${kb(content.length)} minified`,
        target: '≤ 40 kB',
        met: gz <= 40_000,
        data: { bytes: content.length, gzipped: gz },
      },
    ];
  },
};
