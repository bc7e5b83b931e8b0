/**
 * The note form's draft kept as it is typed (lib/extension/note-draft.ts): stored after a pause in
 * typing, the latest last; flushed at once as the frame goes; an added note stored after any store
 * on its way; a draft taken back when the reader leaves without adding.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKeeper, type NoteChange } from '../../../lib/extension/note-draft';

let stored: NoteChange[];
/** A store that takes `ms` to answer, as a message to the background does. */
const slowStore = (ms: number) => (change: NoteChange) =>
  new Promise<string>((resolve) =>
    setTimeout(() => {
      stored.push(change);
      resolve('ok');
    }, ms),
  );

beforeEach(() => {
  stored = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('draftKeeper', () => {
  it('stores what is typed once typing pauses, only the latest of a burst', async () => {
    const keeper = draftKeeper(slowStore(5), 150);
    keeper.typed({ note: 'm', tags: [] });
    keeper.typed({ note: 'my', tags: [] });
    await vi.advanceTimersByTimeAsync(100);
    expect(stored).toEqual([]);
    keeper.typed({ note: 'my source', tags: ['x'] });
    await vi.advanceTimersByTimeAsync(200);
    expect(stored).toEqual([{ note: 'my source', tags: ['x'] }]);
  });

  it('flushes at once what is not yet stored (the frame going), and nothing twice', async () => {
    const keeper = draftKeeper(slowStore(5), 150);
    keeper.typed({ note: 'my source is', tags: [] });
    keeper.flush();
    await vi.advanceTimersByTimeAsync(10);
    expect(stored).toEqual([{ note: 'my source is', tags: [] }]);
    keeper.flush();
    await vi.advanceTimersByTimeAsync(500);
    expect(stored).toHaveLength(1);
  });

  it('stores an added note after a draft already on its way, so the added one is the last', async () => {
    const keeper = draftKeeper(slowStore(50), 150);
    keeper.typed({ note: 'draft', tags: [] });
    await vi.advanceTimersByTimeAsync(160);
    const added = keeper.add({ note: 'final', tags: ['t'] });
    await vi.advanceTimersByTimeAsync(200);
    expect(await added).toBe('ok');
    expect(stored).toEqual([
      { note: 'draft', tags: [] },
      { note: 'final', tags: ['t'] },
    ]);
  });

  it('takes a stored draft back when the reader leaves without adding; stores nothing if none was stored', async () => {
    const keeper = draftKeeper(slowStore(5), 150);
    keeper.typed({ note: 'draft', tags: [] });
    await vi.advanceTimersByTimeAsync(200);
    const left = keeper.discard();
    await vi.advanceTimersByTimeAsync(20);
    await left;
    expect(stored).toEqual([
      { note: 'draft', tags: [] },
      { note: '', tags: [] },
    ]);

    stored = [];
    const untouched = draftKeeper(slowStore(5), 150);
    untouched.typed({ note: 'x', tags: [] });
    const gone = untouched.discard();
    await vi.advanceTimersByTimeAsync(500);
    await gone;
    expect(stored).toEqual([]);
  });
});
