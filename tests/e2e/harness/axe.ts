/**
 * axe-core run in a page: the serious and critical problems it finds (an empty list when none), in
 * the document, or inside a shadow root that may be closed (seriousViolationsInRoot).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { shadowRootObject } from './closed-root';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Rule = { id: string; impact: string; nodes: unknown[] };
type AxeRun = (context: unknown, options: unknown) => Promise<{ violations: Rule[]; passes: Rule[] }>;

/** `context` is what axe checks (null: the whole document), e.g. `{ fromShadowDom: [host, inner] }`. */
export async function seriousViolations(page: Page, context: unknown): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (ctx) => {
    const axe = (window as unknown as { axe: { run: AxeRun } }).axe;
    const result = await axe.run(ctx ?? document, { resultTypes: ['violations'] });
    // A context that matched nothing would pass vacuously: say so instead.
    if (result.passes.length === 0) return ['axe checked nothing'];
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  }, context);
}

/**
 * axe on the element `selector` inside `<tag>`'s shadow root, closed or open. axe walks shadow trees
 * through `element.shadowRoot`, which is null for a closed root; so axe runs in an isolated world of
 * its own (created through the devtools protocol), where the host's wrapper is given a `shadowRoot`
 * property for the audit. Wrappers are per world: the page's own script never sees that property.
 */
export async function seriousViolationsInRoot(page: Page, tag: string, selector: string): Promise<string[]> {
  const probe = await shadowRootObject(page, tag);
  if (!probe) return [`no <${tag}> with a shadow root`];
  const { cdp } = probe;
  await cdp.send('Runtime.releaseObject', { objectId: probe.objectId });
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'parallax-e2e-axe' });
  const loaded = await cdp.send('Runtime.evaluate', { expression: axeSource, contextId: executionContextId });
  if (loaded.exceptionDetails) throw new Error(`axe-core did not load: ${loaded.exceptionDetails.text}`);
  const root = await shadowRootObject(page, tag, executionContextId);
  if (!root) return [`<${tag}> went away`];
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: root.objectId,
      functionDeclaration: `async function (selector) {
        const target = this.querySelector(selector);
        if (!target) return ['nothing matches ' + selector];
        Object.defineProperty(this.host, 'shadowRoot', { value: this, configurable: true });
        try {
          const result = await axe.run(target, { resultTypes: ['violations'] });
          if (result.passes.length === 0) return ['axe checked nothing'];
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => v.id + ' (' + v.impact + ', ' + v.nodes.length + ' nodes)');
        } finally {
          delete this.host.shadowRoot;
        }
      }`,
      arguments: [{ value: selector }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`axe in <${tag}>: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as string[];
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: root.objectId }).catch(() => undefined);
  }
}
