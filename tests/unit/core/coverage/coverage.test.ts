import { beforeEach, describe, expect, it } from 'vitest';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { outletForUrl } from '../../../../lib/core/coverage/outlet-for-url';
import { dbCoverageSource } from '../../../../lib/worker/sources/merged';
import { bundledOf } from '../../worker/corpus/helpers';
import { ensureBundled } from '../../../../lib/worker/sources/bundled';
import { ParallaxDb } from '../../../../lib/worker/db/schema';
import { miniPack } from '../../../fixtures/mini-pack';

let db: ParallaxDb;
beforeEach(async () => {
  db = new ParallaxDb(`coverage-${Math.random()}`);
  await ensureBundled(db, bundledOf(miniPack()));
  return () => db.delete();
});

describe('coverageFor', () => {
  it('groups an entity’s claims by facet, then outlet, with the article and labels', async () => {
    const c = (await coverageFor(dbCoverageSource(db), { entityId: 'crash' }))!;
    expect(c.entity.name).toBe('The crash');
    expect(c.facets.map((f) => f.facet?.id ?? null)).toEqual(['crash/aboard', 'crash/cause', null]);
    const aboard = c.facets[0].outlets[0];
    expect(aboard.outlet.labels.alignment).toBe('pro-Kremlin');
    expect(aboard.claims[0]).toMatchObject({ id: 'c3', article: { title: 'Plane carried POWs', published: '2024-01-25' } });
    expect(c.outletIds.sort()).toEqual(['state', 'wire']);
    expect(c.hidden).toEqual([]);
  });

  it('leaves out the outlet of the page being read', async () => {
    const c = (await coverageFor(dbCoverageSource(db), { entityId: 'crash', pageUrl: 'https://www.wire.example/news/1' }))!;
    expect(c.excludedOutletId).toBe('wire');
    expect(c.outletIds).toEqual(['state']);
  });

  it('counts outlets hidden by filters and says by which label', async () => {
    const c = (await coverageFor(dbCoverageSource(db), { entityId: 'crash', hide: { alignment: ['pro-Kremlin'] } }))!;
    expect(c.outletIds).toEqual(['wire']);
    expect(c.hidden).toEqual([{ outletId: 'state', name: 'State Daily', axis: 'alignment', label: 'pro-Kremlin' }]);
  });

  it('answers undefined for an unknown entity', async () => {
    expect(await coverageFor(dbCoverageSource(db), { entityId: 'nobody' })).toBeUndefined();
  });
});

describe('outletForUrl', () => {
  const outlets = miniPack().outlets;
  it.each([
    ['https://wire.example/x', 'wire'],
    ['https://news.state.example/x', 'state'],
    ['https://notwire.example/x', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, id) => expect(outletForUrl(outlets, url)?.id).toBe(id));
});
