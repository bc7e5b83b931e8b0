/** The `spot` message (a page's slice of text for the worker's matcher): what a sender may send. */
import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../../lib/core/messages/protocol';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';
import { firstSliceState } from '../../../../lib/core/spot/slice-spot';

const spot = (data: unknown) => parseWith(WORKER_MESSAGES, { type: 'spot', data });
const good = { text: 'Dmitry Peskov said.', until: 19, state: firstSliceState() };

describe('the spot message', () => {
  it('is a page message that takes a slice and the previous answer state', () => {
    expect(WORKER_MESSAGES.spot.from).toBe('page');
    expect(spot(good)).toEqual({ ok: true, value: { type: 'spot', data: good } });
  });

  it.each([
    [{ ...good, text: 7 }, 'spot.text'],
    [{ ...good, text: 'x'.repeat((1 << 18) + 1), until: 0 }, 'spot.text'],
    [{ ...good, until: 1.5 }, 'spot.until'],
    [{ ...good, until: -1 }, 'spot.until'],
    [{ ...good, until: 20 }, 'until must be within the text'],
    [{ ...good, state: null }, 'spot.state'],
    [{ ...good, state: { seen: [1], reached: 0, carry: [] } }, 'spot.state.seen'],
    [{ ...good, state: { seen: [], reached: 'x', carry: [] } }, 'spot.state.reached'],
    [{ ...good, state: { seen: [], reached: 0, carry: [{ start: 1 }] } }, 'spot.state.carry'],
  ])('refuses %j, naming the field', (data, field) => {
    const r = spot(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(field);
  });
});
