/** Red team 10, B2: a page moving in a loop (pushState every 50 ms) is not read again at every move. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MOVE_GAP_MS, watchLocation } from '../../../lib/content/location-watch';

describe('watchLocation', () => {
  let href = 'https://news.example/a';
  const nav = new EventTarget();
  beforeEach(() => {
    vi.useFakeTimers();
    href = 'https://news.example/a';
    vi.stubGlobal('location', {
      get href() {
        return href;
      },
      get hash() {
        return new URL(href).hash;
      },
    });
    vi.stubGlobal('navigation', nav);
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const moveTo = (to: string) => {
    href = to;
    const e = new Event('currententrychange');
    Object.defineProperty(e, 'isTrusted', { value: true });
    nav.dispatchEvent(e);
  };

  it('takes a move at once, and a storm of moves at most once per gap, ending at the last address', () => {
    const seen: string[] = [];
    const life = new AbortController();
    watchLocation((h) => seen.push(h), life.signal);
    moveTo('https://news.example/b');
    expect(seen).toEqual(['https://news.example/b']);
    for (let i = 0; i < 40; i++) {
      vi.advanceTimersByTime(50);
      moveTo(`https://news.example/storm/${i}`);
    }
    // 2 s of moves every 50 ms: the first at once, then about one per gap.
    expect(seen.length).toBeLessThanOrEqual(1 + Math.ceil(2000 / MOVE_GAP_MS));
    vi.advanceTimersByTime(MOVE_GAP_MS);
    expect(seen.at(-1)).toBe('https://news.example/storm/39');
    life.abort();
  });

  it('takes a move long after the last one at once, and none held when the page is left', () => {
    const seen: string[] = [];
    const life = new AbortController();
    watchLocation((h) => seen.push(h), life.signal);
    moveTo('https://news.example/b');
    vi.advanceTimersByTime(MOVE_GAP_MS + 10);
    moveTo('https://news.example/c');
    expect(seen).toEqual(['https://news.example/b', 'https://news.example/c']);
    moveTo('https://news.example/d');
    life.abort();
    vi.advanceTimersByTime(MOVE_GAP_MS * 2);
    expect(seen).toEqual(['https://news.example/b', 'https://news.example/c']);
  });
});
