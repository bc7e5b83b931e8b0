/** axe-core run in a page: the serious and critical problems it finds (an empty list when none). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `context` is what axe checks (null: the whole document), e.g. `{ fromShadowDom: [host, inner] }`. */
export async function seriousViolations(page: Page, context: unknown): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (ctx) => {
    type Rule = { id: string; impact: string; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run(ctx ?? document, { resultTypes: ['violations'] });
    // A context that matched nothing would pass vacuously: say so instead.
    if (result.passes.length === 0) return ['axe checked nothing'];
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  }, context);
}
