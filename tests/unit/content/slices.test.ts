import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterRendering, runSliced } from '../../../lib/content/slices';
import { compileGazetteer, compileSteps, type GazetteerEntry } from '../../../lib/core/spot/gazetteer';
import { findMentions, findMentionsIn, newSpotState } from '../../../lib/core/spot/mentions';
import { drain } from '../../../lib/core/spot/steps';

const entries: GazetteerEntry[] = [
  { id: 'gladkov', name: 'Vyacheslav Gladkov', type: 'person', aliases: ['Vyacheslav Gladkov', 'Gladkov'] },
  { id: 'kirby', name: 'John Kirby', type: 'person', aliases: ['John Kirby', 'Kirby'], rules: { afterFullName: ['Kirby'] } },
  { id: 'azov', name: 'Azov', type: 'group', aliases: ['Azov', 'Azov battalion'], rules: { notWithin: ['Sea of Azov'] } },
  { id: 'pace', name: 'PACE', type: 'organization', aliases: ['PACE'], rules: { exactCase: ['PACE'] } },
];
const g = compileGazetteer(entries);

/** Slices cut after every line break at least `size` characters on, as the content script cuts a page. */
function sliced(text: string, size: number) {
  const state = newSpotState();
  const out = [];
  for (let from = 0; from < text.length; ) {
    const cut = (at: number) => (at >= text.length ? text.length : text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1);
    const to = cut(from + size);
    out.push(...findMentionsIn(g, text, from, to, cut(to + 64), state));
    from = to;
  }
  return out;
}

describe('findMentionsIn (a long text in slices)', () => {
  // Names broken across lines, the full name in one slice and the surname in a later one,
  // a look-alike phrase and a name right at the cuts.
  const text = [
    'Governor Vyacheslav',
    'Gladkov said so.',
    'John Kirby spoke first.',
    'ships in the Sea',
    'of Azov and the Azov battalion',
    'later Kirby added more; PACE, not pace.',
    'Gladkov',
    'Vyacheslav Gladkov',
  ].join('\n');

  it('finds exactly what one pass over the whole text finds, wherever the cuts fall', () => {
    const whole = findMentions(g, text);
    expect(whole.map((m) => m.entityId)).toEqual(['gladkov', 'kirby', 'azov', 'kirby', 'pace', 'gladkov', 'gladkov']);
    for (const size of [1, 5, 17, 30, 64, 1000]) expect(sliced(text, size), `slices of ${size}`).toEqual(whole);
  });

  it('maps offsets correctly after characters outside the BMP', () => {
    const source = '😀 x Vyacheslav Gladkov';
    const [m] = findMentions(g, source);
    expect(source.slice(m.start, m.end)).toBe('Vyacheslav Gladkov');
  });
});

describe('compileSteps', () => {
  it('compiles the same gazetteer in steps as at once', () => {
    const many: GazetteerEntry[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `e${i}`,
      name: `Name${i}`,
      type: 'person',
      aliases: [`Name${i} Surname${i}`],
    }));
    const text = 'said Name2999 Surname2999 and Name12 Surname12.';
    expect(findMentions(drain(compileSteps(many)), text)).toEqual(findMentions(compileGazetteer(many), text));
    expect(findMentions(compileGazetteer(many), text).map((m) => m.entityId)).toEqual(['e2999', 'e12']);
  });
});

describe('runSliced and afterRendering (lib/content/slices.ts)', () => {
  /** A page whose frames the test runs by hand; visible or in the background. */
  function page(visibility: 'visible' | 'hidden') {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('document', { visibilityState: visibility });
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    return {
      frame() {
        for (const f of frames.splice(0)) f(0);
      },
    };
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const settled = async (p: Promise<unknown>) => {
    let done = false;
    void p.then(() => (done = true));
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    return done;
  };

  it('afterRendering resolves after the next frame, not before it', async () => {
    const p = page('visible');
    const rendered = afterRendering();
    expect(await settled(rendered)).toBe(false);
    p.frame();
    expect(await settled(rendered)).toBe(true);
  });

  it('afterRendering does not wait for a frame in a tab in the background, nor for ever when none comes', async () => {
    page('hidden');
    expect(await settled(afterRendering())).toBe(true);
    page('visible');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const noFrame = afterRendering();
    let done = false;
    void noFrame.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(done).toBe(true);
  });

  it('after a pause that painted, goes on only once the paint is rendered', async () => {
    const p = page('visible');
    let clock = 0;
    vi.stubGlobal('performance', { now: () => clock });
    const ran: number[] = [];
    function* steps() {
      for (let i = 0; i < 3; i++) {
        ran.push(i);
        clock += 100;
        yield;
      }
      return 'done';
    }
    const run = runSliced(steps(), undefined, () => ran.length === 1);
    expect(await settled(run)).toBe(false);
    // The first pause painted: nothing runs until a frame has rendered.
    expect(ran).toEqual([0]);
    p.frame();
    expect(await run).toBe('done');
    expect(ran).toEqual([0, 1, 2]);
  });
});
