import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIVE, MENTION, NEAR, SAVED, highlightOf, paintMentions, paintSaved } from '../../../lib/content/paint';

/** Node has no CSS Custom Highlight API: a stand-in with the same shape (a set of ranges, built by `new Highlight(...ranges)` or `add`). */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
const g = globalThis as Record<string, unknown>;

beforeEach(() => {
  g.Highlight = FakeHighlight;
  g.CSS = { highlights: registry };
});
afterEach(() => {
  delete g.Highlight;
  delete g.CSS;
  registry.clear();
});

/** As many ranges as a huge page has mentions: more than a call can take as arguments. */
const many = (n: number) => Array.from({ length: n }, (_, i) => ({ i }) as unknown as Range);

describe('painting a huge page', () => {
  it('paints a million mentions without overflowing the stack, every one of them', () => {
    const ranges = many(1_000_000);
    expect(() => paintMentions(ranges)).not.toThrow();
    expect(registry.get(MENTION)?.size).toBe(1_000_000);
  });

  it('paints a million saved passages the same way, and none clears them', () => {
    paintSaved(many(1_000_000));
    expect(registry.get(SAVED)?.size).toBe(1_000_000);
    paintSaved([]);
    expect(registry.has(SAVED)).toBe(false);
  });

  it('highlightOf keeps the ranges in order', () => {
    const ranges = many(5);
    expect([...highlightOf(ranges)]).toEqual(ranges);
  });

  it('every highlight painted has its look in the injected highlights.css, in light and in dark', () => {
    const css = readFileSync(path.join(import.meta.dirname, '../../../entrypoints/content/highlights.css'), 'utf8');
    for (const name of [MENTION, NEAR, ACTIVE, SAVED]) expect(css.split(`::highlight(${name})`).length - 1, name).toBe(2);
  });
});
