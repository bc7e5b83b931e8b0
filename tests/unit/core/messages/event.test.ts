/** The event page's two messages: validated like the rest, with a clear error for bad input. */
import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../../lib/core/messages/protocol';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';

const parseRequest = (message: unknown) => parseWith(WORKER_MESSAGES, message);

describe('eventCoverage and openEvent', () => {
  it('accept an entity id with the reader’s filters and overrides', () => {
    expect(
      parseRequest({
        type: 'eventCoverage',
        data: { entityId: 'il76-crash', hide: { alignment: ['pro-Kremlin'] }, overrides: { wsws: { alignment: 'neutral' } } },
      }).ok,
    ).toBe(true);
    expect(parseRequest({ type: 'openEvent', data: { entityId: 'il76-crash' } }).ok).toBe(true);
  });

  it('refuse what is malformed, naming the field', () => {
    expect(parseRequest({ type: 'eventCoverage', data: {} })).toEqual({ ok: false, error: 'eventCoverage.entityId is missing' });
    expect(parseRequest({ type: 'eventCoverage', data: { entityId: ' ' } })).toEqual({
      ok: false,
      error: 'eventCoverage.entityId must be a non-empty string',
    });
    expect(parseRequest({ type: 'eventCoverage', data: { entityId: 'x', hide: { alignment: 'pro-Kremlin' } } })).toEqual({
      ok: false,
      error: 'eventCoverage.hide.alignment must be a list of labels',
    });
    expect(parseRequest({ type: 'eventCoverage', data: { entityId: 'x', overrides: { wsws: 3 } } })).toEqual({
      ok: false,
      error: 'eventCoverage.overrides.wsws must map label axes to labels',
    });
    expect(parseRequest({ type: 'openEvent', data: { entityId: '' } })).toEqual({
      ok: false,
      error: 'openEvent.entityId must be a non-empty string',
    });
  });
});
