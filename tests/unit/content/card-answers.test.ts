/**
 * CardAnswers (lib/content/card-answers.ts): one ask per entity while kept, the answer ready once it
 * arrived, failures not kept, the least recently used dropped beyond the limit, nothing asked before
 * a clear kept after it.
 */
import { describe, expect, it } from 'vitest';
import { CardAnswers } from '../../../lib/content/card-answers';

type Answer = { ok: true; value: string } | { ok: false; error: string };

/** An asker whose answers the test settles, recording each ask. */
function asker() {
  const asks: string[] = [];
  const settle = new Map<string, (a: Answer) => void>();
  return {
    asks,
    reply: (id: string, a: Answer = { ok: true, value: `card of ${id}` }) => settle.get(id)?.(a),
    ask: (id: string) => {
      asks.push(id);
      return new Promise<Answer>((resolve) => settle.set(id, resolve));
    },
  };
}

describe('CardAnswers', () => {
  it('asks once per entity and has the answer ready once it arrived', async () => {
    const a = asker();
    const answers = new CardAnswers(a.ask);
    const first = answers.get('x');
    const second = answers.get('x');
    expect(answers.ready('x')).toBeUndefined();
    a.reply('x');
    expect(await first).toEqual({ ok: true, value: 'card of x' });
    expect(await second).toEqual({ ok: true, value: 'card of x' });
    expect(answers.ready('x')).toEqual({ ok: true, value: 'card of x' });
    await answers.get('x');
    expect(a.asks).toEqual(['x']);
  });

  it('does not keep a failed answer: the next card asks again', async () => {
    const a = asker();
    const answers = new CardAnswers(a.ask);
    const failed = answers.get('x');
    a.reply('x', { ok: false, error: 'worker gone' });
    expect(await failed).toEqual({ ok: false, error: 'worker gone' });
    expect(answers.ready('x')).toBeUndefined();
    const again = answers.get('x');
    a.reply('x');
    expect(await again).toEqual({ ok: true, value: 'card of x' });
    expect(a.asks).toEqual(['x', 'x']);
  });

  it('drops the least recently used answer beyond its limit', async () => {
    const a = asker();
    const answers = new CardAnswers(a.ask, 2);
    for (const id of ['x', 'y']) {
      const p = answers.get(id);
      a.reply(id);
      await p;
    }
    await answers.get('x'); // x is now more recent than y
    const z = answers.get('z');
    a.reply('z');
    await z;
    expect(answers.ready('x')).toBeDefined();
    expect(answers.ready('y')).toBeUndefined();
    expect(answers.ready('z')).toBeDefined();
    expect(a.asks).toEqual(['x', 'y', 'z']);
  });

  it('keeps nothing asked before a clear, and asks again after it', async () => {
    const a = asker();
    const answers = new CardAnswers(a.ask);
    const before = answers.get('x');
    answers.clear();
    a.reply('x', { ok: true, value: 'stale card' });
    expect(await before).toEqual({ ok: true, value: 'stale card' });
    expect(answers.ready('x')).toBeUndefined();
    const after = answers.get('x');
    a.reply('x');
    expect(await after).toEqual({ ok: true, value: 'card of x' });
    expect(answers.ready('x')).toEqual({ ok: true, value: 'card of x' });
  });
});
