/** Red team 10, B5: a page whose text runs past what one `spot` request may hold without a line break. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { pageDoc as doc } from './linkedom-page';
import { scanNode } from '../../../lib/content/scan';
import { scanWithWorker, type SpotSlice } from '../../../lib/content/worker-scan';
import { compileGazetteer, toGazetteerEntry } from '../../../lib/core/spot/gazetteer';
import { MAX_SLICE_CHARS, type SpotRequest } from '../../../lib/core/spot/slice-spot';
import { createSpotMatcher } from '../../../lib/worker/spot-matcher';
import { WORKER_MESSAGES } from '../../../lib/core/messages/worker-protocol';
import { seeds } from '../core/extract/seed-pack';

const entries = seeds.entities.map(toGazetteerEntry);
const g = compileGazetteer(entries);
const matcher = createSpotMatcher(async () => entries);
/** As the background takes it: checked against the message's schema first (a refusal is no answer). */
const checked: SpotSlice = async (request: SpotRequest) => {
  const r = v.safeParse((WORKER_MESSAGES as any).spot.request, JSON.parse(JSON.stringify(request)));
  if (!r.success) return undefined;
  return JSON.parse(JSON.stringify(await matcher.spot(r.output as SpotRequest)));
};

describe('a line longer than a spot request', () => {
  it('is spotted in slices the background takes, as the page-side scan finds it', async () => {
    const sentence = 'Kremlin spokesman Dmitry Peskov said nothing new about the crash. ';
    const n = Math.ceil((MAX_SLICE_CHARS + 90_000) / sentence.length);
    const body = doc(`<p>${sentence.repeat(n)}</p>`).body;
    const local = scanNode(body, g);
    const remote = await scanWithWorker(body, checked);
    expect(remote?.length).toBe(local.length);
    expect(remote?.map((m) => [m.start, m.end])).toEqual(local.map((m) => [m.start, m.end]));
  });
  it('a line with no space at all is cut too', async () => {
    const body = doc(`<p>Dmitry Peskov spoke.</p><p>${'x'.repeat(MAX_SLICE_CHARS + 10)}</p><p>Dmitry Peskov again.</p>`).body;
    const remote = await scanWithWorker(body, checked);
    expect(remote?.map((m) => m.entityId)).toEqual(['dmitry-peskov', 'dmitry-peskov']);
  });
});
