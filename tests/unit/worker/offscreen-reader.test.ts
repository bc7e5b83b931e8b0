import { afterEach, describe, expect, it, vi } from 'vitest';
import { offscreenReader, type OffscreenDocuments } from '../../../lib/worker/offscreen-reader';
import { ok } from '../../../lib/core/result';

/** Chrome's offscreen documents as the reader sees them: one at most, creating a second throws. */
function chrome(startOpen = false) {
  const log: string[] = [];
  let open = startOpen;
  const documents: OffscreenDocuments = {
    hasDocument: async () => open,
    createDocument: async () => {
      if (open) throw new Error('Only a single offscreen document may be created.');
      log.push('create');
      open = true;
    },
    closeDocument: async () => {
      if (!open) throw new Error('No current offscreen document.');
      log.push('close');
      open = false;
    },
  };
  return { documents, log, isOpen: () => open };
}

/** A document that answers each read when the test says so. */
function answers() {
  const waiting: ((v: unknown) => void)[] = [];
  const send = vi.fn((message: unknown) => {
    const { data } = message as { data: { address: string } };
    return new Promise<unknown>((resolve) => waiting.push(() => resolve(ok({ title: data.address, text: 'text' }))));
  });
  const answerAll = () => {
    for (const answer of waiting.splice(0)) answer(undefined);
  };
  return { send, answerAll };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.useRealTimers());

describe('offscreenReader', () => {
  it('reads asked at once share one document, closed once neither waits', async () => {
    const c = chrome();
    const a = answers();
    const read = offscreenReader(c.documents, a.send);
    const first = read('<p>a</p>', 'https://a.example/1');
    const second = read('<p>b</p>', 'https://b.example/2');
    await settle();
    expect(c.log).toEqual(['create']);
    expect(a.send).toHaveBeenCalledTimes(2);
    a.answerAll();
    expect((await first).ok && (await second).ok).toBe(true);
    await settle();
    expect(c.log).toEqual(['create', 'close']);
    expect(c.isOpen()).toBe(false);
  });

  it('a read that starts while the document closes waits for the close, then opens it again', async () => {
    const c = chrome();
    const a = answers();
    const read = offscreenReader(c.documents, a.send);
    const first = read('<p>a</p>', 'https://a.example/1');
    await settle();
    a.answerAll();
    await first;
    // The close is under way: the next read must not find a document that is about to go.
    const second = read('<p>b</p>', 'https://b.example/2');
    await settle();
    a.answerAll();
    expect((await second).ok).toBe(true);
    await settle();
    expect(c.log).toEqual(['create', 'close', 'create', 'close']);
  });

  it('closes a document a stopped worker left open before its first read', async () => {
    const c = chrome(true);
    const a = answers();
    const read = offscreenReader(c.documents, a.send);
    const r = read('<p>a</p>', 'https://a.example/1');
    await settle();
    a.answerAll();
    expect((await r).ok).toBe(true);
    await settle();
    expect(c.log).toEqual(['close', 'create', 'close']);
  });

  it('says why when the document cannot be made, and the next read tries again', async () => {
    const c = chrome();
    let fail = true;
    const create = c.documents.createDocument;
    c.documents.createDocument = async (p) => {
      if (fail) throw new Error('offscreen is not allowed');
      return create(p);
    };
    const a = answers();
    const read = offscreenReader(c.documents, a.send);
    expect(await read('<p>a</p>', 'https://a.example/1')).toEqual({ ok: false, error: 'readPage: offscreen is not allowed' });
    fail = false;
    const again = read('<p>a</p>', 'https://a.example/1');
    await settle();
    a.answerAll();
    expect((await again).ok).toBe(true);
  });

  it('gives up on a read that does not answer in time, and closes the document', async () => {
    vi.useFakeTimers();
    const c = chrome();
    const read = offscreenReader(c.documents, () => new Promise(() => undefined), 1_000);
    const r = read('<p>a</p>', 'https://a.example/1');
    await vi.advanceTimersByTimeAsync(1_001);
    expect(await r).toEqual({ ok: false, error: 'readPage: no answer within 1 s' });
    await vi.advanceTimersByTimeAsync(1);
    expect(c.isOpen()).toBe(false);
  });

  it('an answer that is not a result is an error', async () => {
    const c = chrome();
    const read = offscreenReader(c.documents, async () => undefined);
    expect(await read('<p>a</p>', 'https://a.example/1')).toEqual({ ok: false, error: 'readPage: no answer' });
  });
});
