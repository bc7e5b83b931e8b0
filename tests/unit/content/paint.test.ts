import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIVE, MENTION, NEAR, SAVED, highlightOf, paintMentions, paintNear, paintSaved } from '../../../lib/content/paint';

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

/** Node has no DOM Range: a stand-in with what painting uses (its boundary, cloneRange, setStart, setEnd). */
class FakeRange {
  constructor(
    public startContainer: unknown,
    public startOffset: number,
    public endContainer: unknown,
    public endOffset: number,
  ) {}
  cloneRange(): FakeRange {
    return new FakeRange(this.startContainer, this.startOffset, this.endContainer, this.endOffset);
  }
  setStart(node: unknown, offset: number): void {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: unknown, offset: number): void {
    this.endContainer = node;
    this.endOffset = offset;
  }
}
const text = { nodeType: 3 };
const range = (i: number) => new FakeRange(text, i, text, i + 1) as unknown as Range;
const span = (r: AbstractRange) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
/** As many ranges as a huge page has mentions: more than a call can take as arguments. */
const many = (n: number) => Array.from({ length: n }, (_, i) => range(i));

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
    expect([...highlightOf(ranges)].map(span)).toEqual(ranges.map(span));
  });
});

describe('what the page can read of the paint', () => {
  it('registers copies of the content script’s ranges, the same copy for a range every time', () => {
    const ranges = many(3);
    paintMentions(ranges);
    const painted = [...registry.get(MENTION)!];
    for (const [i, r] of painted.entries()) expect(r).not.toBe(ranges[i]);
    paintNear(ranges.slice(1));
    expect([...registry.get(NEAR)!]).toEqual(painted.slice(1));
  });

  it('a copy the page moves leaves the content script’s range where it was, and the next paint puts it back', () => {
    const ranges = many(2);
    paintMentions(ranges);
    const elsewhere = { nodeType: 3 };
    const [copy] = registry.get(MENTION)!;
    copy.setStart(elsewhere as unknown as Node, 0);
    copy.setEnd(elsewhere as unknown as Node, 9);
    expect(span(ranges[0])).toEqual([text, 0, text, 1]);
    paintMentions(ranges);
    expect(span([...registry.get(MENTION)!][0])).toEqual([text, 0, text, 1]);
  });

  it('every highlight painted has its look in the injected highlights.css, in light and in dark, and the mentions in forced colours', () => {
    const css = readFileSync(path.join(import.meta.dirname, '../../../entrypoints/content/highlights.css'), 'utf8');
    const print = /@media print \{[\s\S]*?\n\}/.exec(css)?.[0] ?? '';
    const forced = /@media \(forced-colors: active\) \{[\s\S]*?\n\}/.exec(css)?.[0] ?? '';
    const screen = css.replace(print, '').replace(forced, '');
    for (const name of [MENTION, NEAR, ACTIVE, SAVED]) expect(screen.split(`::highlight(${name})`).length - 1, name).toBe(2);
    // In forced colours (high contrast) a mention, and the open one, are underlined instead.
    for (const name of [MENTION, ACTIVE]) expect(forced, name).toContain(`::highlight(${name})`);
    // On paper the mentions are not drawn; the reader's saved passages are.
    for (const name of [MENTION, NEAR, ACTIVE]) expect(print, name).toContain(`::highlight(${name})`);
    expect(print).not.toContain(`::highlight(${SAVED})`);
  });
});
