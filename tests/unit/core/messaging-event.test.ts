/** The event page's two messages: validated like the rest, with a clear error for bad input. */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../lib/core/messaging';

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
    expect(parseRequest({ type: 'eventCoverage', data: {} })).toEqual({ ok: false, error: 'eventCoverage.entityId must be a non-empty string' });
    expect(parseRequest({ type: 'eventCoverage', data: { entityId: 'x', hide: { alignment: 'pro-Kremlin' } } })).toEqual({
      ok: false,
      error: 'eventCoverage.hide must map each label axis to a list of labels',
    });
    expect(parseRequest({ type: 'eventCoverage', data: { entityId: 'x', overrides: { wsws: 3 } } })).toEqual({
      ok: false,
      error: 'eventCoverage.overrides must map outlet ids to { axis: label }',
    });
    expect(parseRequest({ type: 'openEvent', data: { entityId: '' } })).toEqual({
      ok: false,
      error: 'openEvent.entityId must be a non-empty string',
    });
  });
});
