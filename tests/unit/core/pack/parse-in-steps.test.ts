/**
 * parseJsonInSteps (lib/core/pack/parse-in-steps.ts): the answer for UTF-8 bytes is JSON.parse's of
 * their text — the same value for any JSON, the same error for any other, TextDecoder's for bytes that
 * are not UTF-8 — while it pauses between steps on a large pack.
 */
import { describe, expect, it } from 'vitest';
import { parseJsonInSteps } from '../../../../lib/core/pack/parse-in-steps';
import { miniPack } from '../../../fixtures/mini-pack';

const none = async () => {};
const utf8 = (text: string) => new TextEncoder().encode(text);
const tricky = 'a "quoted" word, a colon: a [bracket] and {brace}, a \\ backslash, \\"escaped\\" and ünïcödé \u2028';

const texts: [string, string][] = [
  ['a pack', JSON.stringify(miniPack())],
  ['a pack, indented', JSON.stringify(miniPack(), null, 2)],
  ['strings full of separators', JSON.stringify({ a: [tricky, { b: tricky, c: [tricky, [tricky]] }], [tricky]: tricky, d: [] })],
  ['empty object', '{}'],
  ['empty object with space', ' {  \n } '],
  ['lists of lists and numbers', '{"x": [[1,2],[3,[4,5]],-6.5e3, true, null, "s"], "y": {"z": [1, {"w": [2]}]}}'],
  ['whitespace everywhere', ' \n{ "a" :\t[ 1 ,\n 2 , 3 ] ,\r\n "b" : { } , "c" : "d" }\n'],
  ['a __proto__ key', '{"__proto__": {"polluted": true}, "a": [1]}'],
  ['a duplicate key', '{"a": [1, 2], "b": 1, "a": [3]}'],
  ['a top-level list', '[{"a": 1}, {"b": 2}]'],
  ['a number', '42'],
];

const broken = [
  '{"a": [1, 2,]}',
  '{"a": [1,, 2]}',
  '{"a": 1,}',
  '{"a" 1}',
  '{"a": 1} x',
  'x {"a": 1}',
  '{"a": [1, 2]',
  '{"a": "unterminated}',
  '',
  '{"a": [1 2]}',
  '{1: 2}',
];

describe('parseJsonInSteps', () => {
  it.each(texts)('gives what JSON.parse gives: %s', async (_name, text) => {
    for (const slice of [1, 2, 1000]) {
      for (const step of [1, 7, 1_000_000]) {
        const value = await parseJsonInSteps(utf8(text), none, slice, step);
        expect(value).toEqual(JSON.parse(text));
        expect(Object.keys(value as object)).toEqual(Object.keys(JSON.parse(text)));
      }
    }
  });

  it('keeps "__proto__" as an own key, as JSON.parse does, and pollutes nothing', async () => {
    const value = (await parseJsonInSteps(utf8('{"__proto__": {"polluted": true}}'), none, 1, 3)) as Record<string, unknown>;
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(broken)("fails with JSON.parse's own error: %s", async (text) => {
    let expected = '';
    try {
      JSON.parse(text);
    } catch (e) {
      expected = (e as Error).message;
    }
    expect(expected).not.toBe('');
    await expect(parseJsonInSteps(utf8(text), none, 1, 2)).rejects.toThrow(expected);
  });

  it('pauses while scanning and between slices of a long list', async () => {
    const text = JSON.stringify({ format: 'x', claims: Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, quote: tricky })) });
    let pauses = 0;
    const value = await parseJsonInSteps(
      utf8(text),
      async () => {
        pauses++;
      },
      10,
      1000,
    );
    expect(value).toEqual(JSON.parse(text));
    expect(pauses).toBeGreaterThanOrEqual(10 + Math.floor(text.length / 1000));
  });
});

describe('parseJsonInSteps on lists of large elements', () => {
  it('parses a list of long articles a few at a time, not by the number of elements alone', async () => {
    // 40 articles of 100 kB: fewer than one slice of elements, 4 MB in all.
    const articles = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, text: `${tricky} `.repeat(100_000 / (tricky.length + 1)) }));
    const text = JSON.stringify({ format: 'x', articles });
    let pauses = 0;
    const value = await parseJsonInSteps(utf8(text), async () => {
      pauses++;
    });
    expect(value).toEqual(JSON.parse(text));
    // Scanning 4 MB pauses about 16 times; parsing at most 256 kB a step, at least 16 more.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / 250_000) + Math.floor(text.length / (256 * 1024)));
  });
});

describe('parseJsonInSteps on bytes that are not all UTF-8', () => {
  const text = JSON.stringify({ a: [tricky, 'ünïcödé €𝄞', { b: 'x' }], c: 'ü' });
  const bytes = utf8(text);
  /** The bytes with 0xff (never UTF-8) put before the character at `index` of the text. */
  const withByte = (index: number) => {
    const at = utf8(text.slice(0, index)).length;
    return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
  };

  it('refuses a stray byte inside a string, between elements, or in a key, as TextDecoder does', async () => {
    const between = text.indexOf(',', text.indexOf('ünïcödé')) + 1;
    for (const index of [text.indexOf('ünïcödé') + 2, between, text.indexOf('"c"') + 1]) {
      await expect(parseJsonInSteps(withByte(index), none, 1, 2)).rejects.toThrow(TypeError);
    }
  });

  it('gives the same answer whatever the slice and step, a character cut by a step included', async () => {
    for (const step of [1, 2, 3, 5, 7, 1000]) expect(await parseJsonInSteps(bytes, none, 1, step)).toEqual(JSON.parse(text));
  });

  it('reads past a byte-order mark at the start, as decoding the whole does', async () => {
    expect(await parseJsonInSteps(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), none, 1, 3)).toEqual(JSON.parse(text));
  });
});
