import { describe, expect, it } from 'vitest';
import { pageDoc as doc } from './linkedom-page';
import { scanNode, scanSteps } from '../../../lib/content/scan';
import { compileGazetteer, toGazetteerEntry } from '../../../lib/core/spot/gazetteer';
import { drain } from '../../../lib/core/spot/steps';
import { seeds } from '../core/extract/seed-pack';

const g = compileGazetteer(seeds.entities.map(toGazetteerEntry));
const plain = (ms: ReturnType<typeof scanNode>) => ms.map(({ range: _range, ...m }) => m);

describe('scanSteps (the content script scans a long page in slices)', () => {
  it('gives the same mentions, sentences and order as one scan of the whole page', () => {
    const paragraphs = seeds.articles.flatMap((a) => a.text.split('\n')).filter((l) => l.trim() !== '');
    // Near misses, inline markup splitting names, and names across a line break.
    paragraphs.push('President Zelenskyj met Peskow.', 'Governor Vyacheslav <b>Glad</b>kov said', 'Dmitry\nPeskov said');
    const body = doc(paragraphs.map((p) => `<p>${p}</p>`).join('')).body;
    const whole = scanNode(body, g);
    expect(whole.length).toBeGreaterThan(100);
    for (const size of [200, 2_000, 20_000]) expect(plain(drain(scanSteps(body, g, {}, [], size))), `slices of ${size}`).toEqual(plain(whole));
  });

  it('yields between slices and pushes what each found', () => {
    const body = doc(Array.from({ length: 50 }, () => '<p>Dmitry Peskov said the plane was shot down over Belgorod.</p>').join('')).body;
    const found: unknown[] = [];
    const steps = scanSteps(body, g, {}, found as never, 100);
    let pauses = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    expect(found.length).toBe(100);
  });
});
