import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/worker/handlers';
import { loadSeedPack } from '../../../lib/worker/db/load-pack';
import { ParallaxDb } from '../../../lib/worker/db/schema';
import { dispatch, parseRequest, request } from '../../../lib/core/messaging';
import { miniPack } from '../../fixtures/mini-pack';

describe('parseRequest', () => {
  it.each([
    [null, 'Malformed message'],
    ['status', 'Malformed message'],
    [{ type: 'delete-everything' }, 'Unknown message type "delete-everything"'],
    [{ type: 'toString' }, 'Unknown message type "toString"'],
    [{ type: 'coverage', data: { entityId: 42 } }, 'coverage.entityId must be a non-empty string'],
    [{ type: 'coverage', data: { entityId: 'x', hide: { alignment: 'pro-Kremlin' } } }, 'coverage.hide must map'],
    [{ type: 'coverage', data: [] }, 'coverage: data must be an object'],
    [{ type: 'warmCoverage', data: { entityIds: 'il76-crash' } }, 'warmCoverage.entityIds must be a list of at most 200 strings'],
    [{ type: 'warmCoverage', data: { entityIds: Array.from({ length: 201 }, (_, i) => `e${i}`) } }, 'warmCoverage.entityIds must be a list of at most 200 strings'],
  ])('refuses %j with an error value', (message, error) => {
    const r = parseRequest(message);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });
});

describe('dispatch to the background handlers', async () => {
  const db = new ParallaxDb(`messaging-${Math.random()}`);
  const wiring = { seed: miniPack(), facets: [], overrides: async () => ({}), changed: async () => {} };
  const handlers = createHandlers(db, loadSeedPack(db, miniPack()).then((r) => (r.ok ? null : r.error)), wiring);

  it('answers status, gazetteer and coverage', async () => {
    const status = await dispatch(handlers, { type: 'status', data: {} });
    expect(status).toMatchObject({ ok: true, value: { loadError: null, pack: { counts: { claims: 3 } } } });
    const gazetteer = await dispatch(handlers, { type: 'gazetteer' });
    expect(gazetteer.ok && (gazetteer.value as { id: string }[]).map((e) => e.id).sort()).toEqual(['crash', 'kyiv']);
    const coverage = await dispatch(handlers, { type: 'coverage', data: { entityId: 'crash' } });
    expect(coverage.ok).toBe(true);
  });

  it('turns an unknown entity and a throwing handler into error values', async () => {
    expect(await dispatch(handlers, { type: 'coverage', data: { entityId: 'nobody' } })).toEqual({ ok: false, error: 'Unknown entity "nobody"' });
    const broken = { ...handlers, status: () => Promise.reject(new Error('disk on fire')) };
    expect(await dispatch(broken, { type: 'status' })).toEqual({ ok: false, error: 'status failed: disk on fire' });
  });

  it('request() turns a dead transport or a silent answer into error values', async () => {
    expect(await request(() => Promise.reject(new Error('Receiving end does not exist')), 'status', {})).toEqual({ ok: false, error: 'status: Receiving end does not exist' });
    expect(await request(() => Promise.resolve(undefined), 'status', {})).toEqual({ ok: false, error: 'status: no answer' });
  });
});
