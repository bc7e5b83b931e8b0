import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../../lib/core/pack/types';
import { domHeavyHtml, withMarkJs } from '../../../lib/tools/bench/page-workloads';

const seed = JSON.parse(readFileSync(path.resolve(__dirname, '../../../seeds/corpus.json'), 'utf8')) as ClaimPack;

function countNodes(n: Node): number {
  let count = 1;
  for (const c of n.childNodes) count += countNodes(c);
  return count;
}

describe('the benchmark page workloads', () => {
  it('a page of at least 60,000 DOM nodes: lists, tables, inline elements, known names (some split), the same every time', () => {
    const page = domHeavyHtml(seed, 60_000);
    const { document } = parseHTML(page.html);
    const nodes = countNodes(document.body);
    expect(nodes).toBeGreaterThanOrEqual(60_000);
    expect(nodes).toBeLessThan(66_000);
    expect(document.querySelectorAll('ul ul li').length).toBeGreaterThan(1000);
    expect(document.querySelectorAll('td').length).toBeGreaterThan(1000);
    expect(document.body.textContent).toContain('Belgorod');
    expect(document.querySelectorAll('li > b, td > b, p > b').length).toBeGreaterThan(50);
    expect(domHeavyHtml(seed, 60_000).html).toBe(page.html);
  }, 60_000);

  it('withMarkJs loads mark.js in the head and marks the aliases at DOMContentLoaded', () => {
    const html = withMarkJs('<!doctype html><html><head><title>t</title></head><body><p>Kyiv</p></body></html>', ['Kyiv', "O'Brien"], 'mark.min.js');
    const { document } = parseHTML(html);
    const scripts = [...document.head.querySelectorAll('script')];
    expect(scripts[0].getAttribute('src')).toBe('mark.min.js');
    expect(scripts[1].textContent).toContain('["Kyiv","O\'Brien"]');
    expect(scripts[1].textContent).toContain("performance.mark('markjs:done'");
  });
});
