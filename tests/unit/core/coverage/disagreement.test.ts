import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_PATH } from '../../../../lib/tools/cli/seed-files';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { outletForUrl } from '../../../../lib/core/coverage/outlet-for-url';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import type { CoverageSource, SourcedClaim } from '../../../../lib/core/coverage/types';

const pack: ClaimPack = JSON.parse(readFileSync(CORPUS_PATH, 'utf8'));
const crash = (extra = {}) => coverageFor(packCoverageSource(pack), { entityId: 'il76-crash', ...extra }).then((c) => c!);
const group = async (facetId: string, extra = {}) => (await crash(extra)).facets.find((f) => f.facet?.id === facetId)!;

describe('disagreements between outlets on the seed corpus', () => {
  it('sets "only five bodies" against 74 aboard', async () => {
    const texts = (await group('il76-crash/aboard')).disagreements.filter((d) => d.kind === 'numbers').map((d) => d.text);
    expect(texts).toContain('Euromaidan Press: 5 bodies — Agence France-Presse: 74 aboard');
  });

  it('does not set an outlet’s figure against another’s that the first outlet also gives (a part of the whole it counts)', async () => {
    const c = await crash();
    const texts = c.facets.flatMap((f) => f.disagreements.filter((d) => d.kind === 'numbers').map((d) => d.text));
    expect(texts.filter((t) => /crew/.test(t))).toEqual([]);
    // RFE/RL does give both: six crew members, and three of them confirmed dead.
    const rferl = c.facets.flatMap((f) => f.outlets.filter((o) => o.outlet.id === 'rferl').flatMap((o) => o.claims));
    const crew = new Set(rferl.flatMap((cl) => cl.numbers.filter((n) => n.counts === 'crew').map((n) => n.value)));
    expect([...crew].sort()).toEqual([3, 6]);
  });

  it('sets "Ukraine shoots down" in the outlet’s own voice against the same charge attributed', async () => {
    const voice = (await group('il76-crash/cause')).disagreements.filter((d) => d.kind === 'voice');
    expect(voice.map((d) => d.outletIds)).toContainEqual(['wsws', 'rferl']);
    expect(voice[0].text).toBe(
      'World Socialist Web Site states as fact “Ukraine shoots down Russian plane carrying prisoners of war”; Radio Free Europe/Radio Liberty reports it as Russia’s claim',
    );
  });

  it('names the subscription a claim came from, as the claim’s own row does, in figures and in voices', async () => {
    // Every claim of Euromaidan Press and of the World Socialist Web Site as a subscription would give it.
    const base = packCoverageSource(pack);
    const via = (outletId: string) => (outletId === 'euromaidan-press' || outletId === 'wsws' ? { via: 'Harbour Newsroom' } : {});
    const source = { ...base, claimsAbout: async (id: string) => (await base.claimsAbout(id)).map((c) => ({ ...c, ...via(c.outletId) })) };
    const c = await coverageFor(source, { entityId: 'il76-crash' });
    const texts = c!.facets.flatMap((f) => f.disagreements.map((d) => d.text));
    expect(texts).toContain('Euromaidan Press (via Harbour Newsroom): 5 bodies — Agence France-Presse: 74 aboard');
    expect(texts.some((t) => t.startsWith('World Socialist Web Site (via Harbour Newsroom) states as fact'))).toBe(true);
  });

  it('finds none where outlets only report others', async () => {
    expect((await group('il76-crash/investigation')).disagreements).toEqual([]);
  });

  it('drops a disagreement once the page’s own outlet is left out', async () => {
    const texts = (await group('il76-crash/aboard', { pageUrl: 'https://euromaidanpress.com/2024/01/25/x' })).disagreements.map((d) => d.text);
    expect(texts.some((t) => t.includes('5 bodies'))).toBe(false);
  });
});

describe('facet order and first reporters', () => {
  it('puts the question closest to the sentence being read first', async () => {
    const c = await crash({ sentence: 'He also claimed that only five bodies ended up in the morgue in Belgorod.' });
    expect(c.facets[0].facet?.id).toBe('il76-crash/site');
    const c2 = await crash({ sentence: 'Zelensky called for an international investigation into the crash.' });
    expect(c2.facets[0].facet?.id).toBe('il76-crash/investigation');
    expect(c2.facets.at(-1)?.facet).toBeNull();
  });

  it('marks the outlets that reported first', async () => {
    expect((await group('il76-crash/cause')).firstOutletIds.sort()).toEqual(['afp', 'rferl']);
  });

  /** The seed pack, and `model` as a subscription would send it: re-filed under AFP, in an article its pack dates `published`. */
  const withForgedAfp = async (model: SourcedClaim, published: string): Promise<CoverageSource> => {
    const base = packCoverageSource(pack);
    const [head] = await base.articles([model.articleId]);
    return {
      ...base,
      claimsAbout: async (id: string) => [
        ...(await base.claimsAbout(id)),
        { ...model, id: 'forged', outletId: 'afp', articleId: 'forged-article', via: 'Harbour Newsroom' },
      ],
      articles: async (ids: string[]) => [
        ...(await base.articles(ids.filter((a) => a !== 'forged-article'))),
        ...(ids.includes('forged-article') ? [{ ...head, id: 'forged-article', outletId: 'afp', published }] : []),
      ],
    };
  };
  const seedClaims = () => packCoverageSource(pack).claimsAbout('il76-crash');

  it('does not let a subscription’s claim filed under a known outlet, dated earlier by its pack, take the badge', async () => {
    const model = (await seedClaims()).find((c) => c.outletId === 'rferl' && c.facetIds.includes('il76-crash/cause'))!;
    const c = await coverageFor(await withForgedAfp(model, '2024-01-23'), { entityId: 'il76-crash' });
    const cause = c!.facets.find((f) => f.facet?.id === 'il76-crash/cause')!;
    expect(cause.outlets.find((o) => o.outlet.id === 'afp')!.claims.some((cl) => cl.id === 'forged')).toBe(true);
    expect(cause.firstOutletIds).toEqual([]);
  });

  it('nor on a question where the known outlet has no claim of its own', async () => {
    const claims = await seedClaims();
    const facet = pack.facets.find((f) => f.eventId === 'il76-crash' && !claims.some((c) => c.outletId === 'afp' && c.facetIds.includes(f.id)))!;
    const model = claims.find((c) => c.facetIds.includes(facet.id))!;
    const c = await coverageFor(await withForgedAfp(model, '2024-01-20'), { entityId: 'il76-crash' });
    expect(c!.facets.find((f) => f.facet?.id === facet.id)!.firstOutletIds).not.toContain('afp');
  });
});

describe('outletForUrl', () => {
  it("recognises a page by its address only: the outlet's domain or a subdomain of it", () => {
    expect(outletForUrl(pack.outlets, 'https://www.afp.com/en/news/1')?.id).toBe('afp');
    expect(outletForUrl(pack.outlets, 'https://english.pravda.ru/news/1')?.id).toBe('pravda-ru');
    expect(outletForUrl(pack.outlets, 'https://afp.com.news.localhost/a')).toBeUndefined();
    expect(outletForUrl(pack.outlets, 'https://notafp.com/a')).toBeUndefined();
    expect(outletForUrl(pack.outlets, 'http://127.0.0.1:8080/afp.html')).toBeUndefined();
  });
});
