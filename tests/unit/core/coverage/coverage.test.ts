import { beforeEach, describe, expect, it } from 'vitest';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { outletForUrl } from '../../../../lib/core/coverage/outlet-for-url';
import { namesOneSite } from '../../../../lib/core/pack/domains';
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

  // A pack's outlet whose domains are public suffixes (found by the session-16 attack suite): it
  // sorts first, and must still take no one else's site.
  const grabber = { ...outlets[0], id: '0-grab', domains: ['example', 'com', 'co.uk', 'github.io', '0.1', 'localhost'] };
  const desk = { ...outlets[0], id: 'desk', domains: ['desk.wire.example'] };
  const ip = { ...outlets[0], id: 'ip', domains: ['127.0.0.1'] };
  it.each([
    ['https://wire.example/x', 'wire'],
    ['https://afp.com/x', undefined],
    ['https://news.bbc.co.uk/x', undefined],
    ['https://someone.github.io/x', undefined],
    ['http://127.0.0.1:8080/x', 'ip'],
    ['http://10.0.0.1/x', undefined],
    ['http://localhost:8080/x', '0-grab'],
    ['https://desk.wire.example/x', 'desk'],
    ['https://a.desk.wire.example/x', 'desk'],
    ['https://other.wire.example/x', 'wire'],
  ])('public suffixes hold no site; the most specific domain wins: %s → %s', (url, id) =>
    expect(outletForUrl([grabber, ...outlets, ip, desk], url)?.id).toBe(id),
  );
});

describe('namesOneSite', () => {
  it.each([
    ['afp.com', true],
    ['AFP.COM', true],
    ['news.bbc.co.uk', true],
    ['bücher.de', true],
    ['127.0.0.1', true],
    ['localhost', true],
    ['intranet', true],
    ['com', false],
    ['wiki', false],
    ['co.uk', false],
    ['github.io', false],
    ['0.1', false],
    ['afp.com.', false],
    ['a..b', false],
  ])('%s → %s', (domain, one) => expect(namesOneSite(domain)).toBe(one));
});
