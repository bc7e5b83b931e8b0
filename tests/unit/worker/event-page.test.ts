/** The background's side of the event page: opening it for a known entity only, and its data. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { packCoverageSource } from '../../../lib/core/coverage/pack-source';
import { eventCoverage, openEventPage } from '../../../lib/worker/event-page';
import { eventPack } from '../../fixtures/event-pack';

const source = () => packCoverageSource(eventPack());

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('openEventPage', () => {
  it('opens event.html with the entity’s id in a new tab', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    expect(await openEventPage(source(), 'spokesman')).toEqual({ ok: true, value: null });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/event\.html\?id=spokesman$/) });
  });

  it('opens nothing for an id the corpus does not know', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    expect(await openEventPage(source(), 'javascript:alert(1)')).toEqual({ ok: false, error: 'Unknown entity "javascript:alert(1)"' });
    expect(create).not.toHaveBeenCalled();
  });
});

describe('eventCoverage', () => {
  it('answers the whole story, or a clear error', async () => {
    const r = await eventCoverage(source(), { entityId: 'crash' });
    expect(r.ok && r.value.columns.map((c) => c.outlet.id)).toEqual(['daily', 'wire', 'state']);
    expect(await eventCoverage(source(), { entityId: 'nope' })).toEqual({ ok: false, error: 'Unknown entity "nope"' });
  });
});
