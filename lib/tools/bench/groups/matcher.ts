/**
 * Group `matcher`: the matcher in a plain page against naive RegExps and mark.js, its cost by
 * gazetteer size, and the near-miss fallback with thousands of single-word names (in Node).
 */
import type { Group } from '../context';
import { matcherFigures } from '../matcher-figures';
import { nearMissRows } from '../near-miss-figures';
import { harnessBuild, markJsFile, plainBrowser, site } from '../shared';

export const matcher: Group = {
  name: 'matcher',
  needs: ['plain'],
  async rows(ctx) {
    const { urls } = await site(ctx);
    const harnessJs = await harnessBuild(ctx);
    const plain = await plainBrowser(ctx);
    ctx.log('Matcher in a plain page: ours, naive RegExp, mark.js');
    const run = await matcherFigures(
      { page: plain.page, harnessJs, markJs: markJsFile },
      ctx.seed,
      { short: { name: '10,000-word page', url: urls.short }, long: { name: '200,000-word page', url: urls.long } },
      ctx.log,
    );
    ctx.log('Near misses with thousands of single-word names (Node)');
    return [...run.rows, ...nearMissRows(ctx.seed)];
  },
};
