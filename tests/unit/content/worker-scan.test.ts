import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDoc as doc } from './linkedom-page';
import { scanNode } from '../../../lib/content/scan';
import { scanWithWorker, type SpotSlice } from '../../../lib/content/worker-scan';
import { compileGazetteer, toGazetteerEntry } from '../../../lib/core/spot/gazetteer';
import type { SpotRequest } from '../../../lib/core/spot/slice-spot';
import { createSpotMatcher } from '../../../lib/worker/spot-matcher';
import { seedPageHtml } from '../../../lib/tools/cli/seed-pages';
import { pack, seeds } from '../core/extract/seed-pack';

const entries = seeds.entities.map(toGazetteerEntry);
const g = compileGazetteer(entries);
const matcher = createSpotMatcher(async () => entries);

const fixtures = path.resolve(__dirname, '../../fixtures/pages');
/** Every page fixture and every seed page, as served to the browser in the e2e suites. */
const pages: [string, string][] = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.html'))
    .map((f): [string, string] => [f, readFileSync(path.join(fixtures, f), 'utf8')]),
  ...pack.articles.map((a): [string, string] => [a.id, seedPageHtml(a, a.outletId)]),
];
/** The request as JSON, as it crosses to the background and back. */
const viaJson: SpotSlice = async (request: SpotRequest) => JSON.parse(JSON.stringify(await matcher.spot(JSON.parse(JSON.stringify(request)))));
const same = (m: { range: Range; entityId: string; start: number; end: number; text: string; alias: string; sentence: string }) => ({
  entityId: m.entityId,
  alias: m.alias,
  text: m.text,
  start: m.start,
  end: m.end,
  sentence: m.sentence,
  startNode: m.range.startContainer,
  startOffset: m.range.startOffset,
  endNode: m.range.endContainer,
  endOffset: m.range.endOffset,
});

describe('scanWithWorker (the page spotted by the background in slices)', () => {
  it.each(pages)('finds the same mentions, Ranges and sentences as the page-side scan: %s', async (_name, html) => {
    const body = doc(html).body;
    const local = scanNode(body, g).map(same);
    for (const sliceChars of [300, 4_000, 64_000]) {
      const remote = await scanWithWorker(body, viaJson, [], { sliceChars });
      expect(remote?.map(same), `slices of ${sliceChars}`).toEqual(local);
    }
  });

  it('names the entities it found, and only those', async () => {
    const body = doc('<p>Dmitry Peskov said so to Volodymyr Zelensky.</p><p>Zelenskyj answered.</p>').body;
    const names = new Map();
    const found = await scanWithWorker(body, viaJson, [], { names });
    expect(found?.map((m) => m.entityId)).toEqual(['dmitry-peskov', 'volodymyr-zelensky', 'volodymyr-zelensky']);
    expect([...names]).toEqual([
      ['dmitry-peskov', { name: 'Dmitry Peskov', type: 'person' }],
      ['volodymyr-zelensky', { name: 'Volodymyr Zelensky', type: 'person' }],
    ]);
  });

  it('reads a part of the page with the entities named before it: a surname alone, a short name and an event are linked as on the whole page', async () => {
    const whole = doc(
      '<article><p>Deputy Yevheniia Kravchuk spoke after the UN Security Council met about the planned prisoner exchange.</p>' +
        '<div id="later"><p>Kravchuk said lists had been handed over.</p><p>Members of the Security Council asked for evidence.</p><p>the prisoner exchange was put off.</p></div></article>',
    );
    const ids = (found: { entityId: string }[] | undefined) => found?.map((m) => m.entityId);
    const later = whole.getElementById('later')!;
    const onWhole = await scanWithWorker(whole.body, viaJson);
    expect(ids(onWhole?.filter((m) => later.contains(m.range.startContainer)))).toEqual([
      'yevhenia-kravchuk',
      'un-security-council',
      'prisoner-exchange-2024-01',
    ]);
    expect(ids(await scanWithWorker(later, viaJson)), 'read alone, with nothing named before').toEqual([]);
    const seen = ['yevhenia-kravchuk', 'un-security-council', 'prisoner-exchange-2024-01'];
    expect(ids(await scanWithWorker(later, viaJson, [], { seen }))).toEqual([
      'yevhenia-kravchuk',
      'un-security-council',
      'prisoner-exchange-2024-01',
    ]);
    expect(ids(await scanWithWorker(later, viaJson, [], { seen: ['yevhenia-kravchuk'] }))).toEqual(['yevhenia-kravchuk']);
  });

  it('gives up when the background does not answer, and when cancelled', async () => {
    const body = doc('<p>Dmitry Peskov said so.</p>').body;
    expect(await scanWithWorker(body, async () => undefined)).toBeUndefined();
    expect(await scanWithWorker(body, viaJson, [], { cancelled: () => true })).toBeUndefined();
  });

  it('asks for the next slice before making the Ranges of the one before', async () => {
    const body = doc(Array.from({ length: 40 }, () => '<p>Dmitry Peskov said the plane was shot down over Belgorod.</p>').join('')).body;
    const asked: number[] = [];
    let made = 0;
    const found: unknown[] = [];
    const spot: SpotSlice = async (r) => {
      asked.push(found.length);
      made = found.length;
      return viaJson(r);
    };
    const all = await scanWithWorker(body, spot, found as never, { sliceChars: 300 });
    expect(all).toHaveLength(80);
    expect(asked.length).toBeGreaterThan(5);
    // The second request went out before any Range of the first answer was made.
    expect(asked[1]).toBe(0);
    expect(made).toBeLessThan(80);
  });
});
