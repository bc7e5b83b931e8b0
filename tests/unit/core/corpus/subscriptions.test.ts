/** Which addresses may be subscribed to, and the permission decision (a headless browser cannot answer the prompt, so the decision is tested here). */
import { describe, expect, it } from 'vitest';
import { accessDecision, checkPackAddress, originsToRelease } from '../../../../lib/core/corpus/subscriptions';

describe('pack addresses', () => {
  it('takes https anywhere and http only on this computer', () => {
    expect(checkPackAddress('https://packs.example.org/pack.json').ok).toBe(true);
    expect(checkPackAddress('http://127.0.0.1:8080/pack.json').ok).toBe(true);
    expect(checkPackAddress('http://localhost/pack.json').ok).toBe(true);
    expect(checkPackAddress('http://packs.example.org/pack.json')).toMatchObject({ ok: false, error: expect.stringMatching(/must use https/) });
    expect(checkPackAddress('ftp://packs.example.org/pack.json')).toMatchObject({ ok: false, error: expect.stringMatching(/not ftp:/) });
    expect(checkPackAddress('https://user:pw@packs.example.org/p.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/user name or password/),
    });
    expect(checkPackAddress('packs.example.org')).toMatchObject({ ok: false, error: expect.stringMatching(/not a URL/) });
  });
});

describe('asking for a host permission', () => {
  it('reads without asking when the host allowed the read', () => {
    expect(accessDecision({ corsRead: true, answersNoCors: true, granted: false })).toBe('read');
  });
  it('asks for the origin when the host answers but did not allow the read, and the reader has not granted it', () => {
    expect(accessDecision({ corsRead: false, answersNoCors: true, granted: false })).toBe('ask');
  });
  it('does not ask again when it is granted already, nor for a host that does not answer', () => {
    expect(accessDecision({ corsRead: false, answersNoCors: true, granted: true })).toBe('unreachable');
    expect(accessDecision({ corsRead: false, answersNoCors: false, granted: false })).toBe('unreachable');
  });
  it('gives an origin back on unsubscribe only when no other subscription reads it', () => {
    const a = { url: 'https://packs.example.org/a.json' };
    const b = { url: 'https://packs.example.org/b.json' };
    const c = { url: 'https://other.example/c.json' };
    expect(originsToRelease(a, [b, c])).toEqual([]);
    expect(originsToRelease(a, [c])).toEqual(['https://packs.example.org/*']);
    // Match patterns have no port: two ports of one host are one permission.
    expect(originsToRelease({ url: 'http://127.0.0.1:8080/p.json' }, [{ url: 'http://127.0.0.1:9090/q.json' }])).toEqual([]);
    expect(originsToRelease({ url: 'http://127.0.0.1:8080/p.json' }, [])).toEqual(['http://127.0.0.1/*']);
  });
});
