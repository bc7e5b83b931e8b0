/** The popover rendered with Preact into a linkedom document, fed coverage from the real seed corpus. */
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover, type PopoverState } from '../../../../components/card/Popover';
import { CORPUS_PATH } from '../../../../lib/tools/cli/seed-files';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import type { Coverage, CoverageQuery } from '../../../../lib/core/coverage/types';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { click, tabIndexOf, text, useLinkedom } from '../dom';

const pack: ClaimPack = JSON.parse(readFileSync(CORPUS_PATH, 'utf8'));
const RFERL_PAGE = 'https://www.rferl.org/a/x.html';
let container: HTMLElement;

useLinkedom();
afterEach(() => {
  render(null, container);
  container.remove();
});

const coverage = async (q: CoverageQuery): Promise<Coverage> => (await coverageFor(packCoverageSource(pack), q))!;

function show(state: PopoverState, onClose = () => {}, mentionText = 'Il-76') {
  container = document.createElement('div');
  document.body.appendChild(container);
  // act runs the effects that reveal the card in steps, as the browser does after each paint.
  act(() => render(h(Popover, { state, mentionText, onClose }), container));
  return container;
}

const ready = async (q: CoverageQuery) => show({ kind: 'ready', coverage: await coverage(q) });
/** The id of the one claim of an outlet whose quote starts with `prefix`. */
function claimId(outletId: string, prefix: string): string {
  const hits = pack.claims.filter((c) => c.outletId === outletId && c.quote.startsWith(prefix));
  if (hits.length !== 1) throw new Error(`${hits.length} claims of ${outletId} start with "${prefix}"`);
  return hits[0].id;
}

describe('Popover, ready, Il-76 crash read on RFE/RL', () => {
  it('is a dialog labelled by the entity’s name, with its type and description', async () => {
    const root = (await ready({ entityId: 'il76-crash', pageUrl: RFERL_PAGE })).querySelector('.px-popover')!;
    expect(root.getAttribute('role')).toBe('dialog');
    expect(root.getAttribute('aria-modal')).toBe('false');
    expect(tabIndexOf(root)).toBe('-1');
    const title = root.ownerDocument.getElementById(root.getAttribute('aria-labelledby')!);
    expect(text(title)).toBe('Il-76 crash in Belgorod region');
    expect(text(root.querySelector('.px-meta'))).toMatch(/^Event · Crash of a Russian Il-76/);
  });

  it('leaves the page’s own outlet out and groups the others by question', async () => {
    const root = await ready({ entityId: 'il76-crash', pageUrl: RFERL_PAGE });
    expect(root.querySelector('[data-outlet="rferl"]')).toBeNull();
    expect(root.querySelectorAll('[data-outlet="afp"]').length).toBeGreaterThan(0);
    const questions = [...root.querySelectorAll('.px-question')].map(text);
    expect(questions).toContain('Who was on board, and how many?');
    expect(questions.at(-1)).toBe('Other reporting');
  });

  it('shows the reader’s card mark in its header, and none when there is none yet', async () => {
    const state = { kind: 'ready' as const, coverage: await coverage({ entityId: 'il76-crash', pageUrl: RFERL_PAGE }) };
    container = document.createElement('div');
    document.body.appendChild(container);
    act(() => render(h(Popover, { state, mentionText: 'Il-76', onClose: () => {}, mark: { word: 'lark', colour: 'amber' } }), container));
    expect(text(container.querySelector('.px-head .px-mark'))).toBe('Your mark: amber lark');
    render(null, container);
    act(() => render(h(Popover, { state, mentionText: 'Il-76', onClose: () => {} }), container));
    expect(container.querySelector('.px-mark')).toBeNull();
  });

  it('says which subscription a question came from, and no more for the bundled ones', async () => {
    const source = packCoverageSource(pack);
    const theirs = {
      ...source,
      facets: async () => (await source.facets()).map((f) => (f.id === 'il76-crash/aboard' ? { ...f, via: 'Harbour Newsroom' } : f)),
    };
    const root = show({ kind: 'ready', coverage: (await coverageFor(theirs, { entityId: 'il76-crash', pageUrl: RFERL_PAGE }))! });
    expect(text(root.querySelector('[data-facet="il76-crash/aboard"] .px-question'))).toBe('Who was on board, and how many? · via Harbour Newsroom');
    expect(text(root.querySelector('[data-facet="il76-crash/cause"] .px-question'))).not.toContain('via');
  });

  it('marks where accounts differ, with the figures, and the mention of the entity in the quotes', async () => {
    const root = await ready({ entityId: 'il76-crash', pageUrl: RFERL_PAGE });
    const marker = [...root.querySelectorAll('.px-disagree')].map(text).find((t) => t.includes('5 bodies'));
    expect(marker).toMatch(/^Accounts differ:/);
    expect(marker).toContain('74 aboard');
    const marks = [...root.querySelectorAll('[data-outlet="euromaidan-press"] blockquote mark')].map(text);
    expect(marks).toContain('IL-76 plane crash');
  });

  it('says who says each claim and how, with the article’s date and title', async () => {
    const root = await ready({ entityId: 'il76-crash', pageUrl: RFERL_PAGE });
    const row = (id: string) => root.querySelector(`[data-claim="${id}"]`);
    const volodin = row(claimId('afp', 'Vyacheslav Volodin, the top lawmaker'));
    expect(text(volodin?.querySelector('.px-who'))).toBe('Attributed to Vyacheslav Volodin');
    const videos = row(claimId('afp', 'Unverified videos on social media'));
    expect(text(videos?.querySelector('.px-who'))).toBe('In its own voice');
    expect(videos?.getAttribute('data-mode')).toBe('asserted');
    expect(text(videos?.querySelector('.px-source'))).toBe('24 Jan 2024 · Russia says plane carrying 65 Ukrainian POWs crashes, killing all aboard');
    expect(videos?.querySelector('a')).toBeNull(); // the seed articles carry no URL
    for (const line of root.querySelectorAll('.px-who .px-mode')) {
      expect(text(line)).toMatch(/^(In its own voice|Attributed to .+|Reports a denial by .+)$/);
    }
  });

  it('gives each label chip its basis, on hover and to assistive technology', async () => {
    const root = await ready({ entityId: 'il76-crash', pageUrl: RFERL_PAGE });
    const chip = root.querySelector('[data-outlet="afp"] .px-chip[data-axis="alignment"]')!;
    const basis = pack.outlets.find((o) => o.id === 'afp')!.labelBasis.alignment;
    expect(text(chip)).toBe('neutral');
    expect(chip.getAttribute('title')).toBe(`${basis.why} — ${basis.by}`);
    expect(chip.getAttribute('aria-label')).toBe(`alignment: neutral. ${basis.why} — ${basis.by}`);
    expect(tabIndexOf(chip), 'reached with the arrow keys from the card’s body, not by Tab').toBe('-1');
    expect(tabIndexOf(root.querySelector('.px-body')!), 'the body: one tab stop').toBe('0');
  });

  it('shows three claims per outlet and expands the rest on request', async () => {
    const root = await ready({ entityId: 'il76-crash', pageUrl: RFERL_PAGE });
    const button = root.querySelector('.px-more')!;
    const outlet = button.closest('.px-outlet')!;
    const more = Number(/^Show (\d+) more$/.exec(text(button))?.[1]);
    expect(more).toBeGreaterThan(0);
    expect(outlet.querySelectorAll('.px-claim').length).toBe(3);
    expect(button.getAttribute('type')).toBe('button');
    await click(button);
    expect(outlet.querySelectorAll('.px-claim').length).toBe(3 + more);
    expect(text(outlet.querySelector('.px-more'))).toBe('Show fewer');
    expect(outlet.querySelector('.px-more')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('a card sent part of a large coverage says, per outlet, how many more claims the full comparison has', async () => {
    const whole = await coverage({ entityId: 'il76-crash', pageUrl: RFERL_PAGE });
    const root = show({
      kind: 'ready',
      coverage: (await coverageFor(packCoverageSource(pack), { entityId: 'il76-crash', pageUrl: RFERL_PAGE }, 12))!,
    });
    const notes = [...root.querySelectorAll('.px-elsewhere')];
    expect(notes.length).toBeGreaterThan(0);
    const total = whole.facets.flatMap((f) => f.outlets).reduce((n, o) => n + o.claims.length, 0);
    const counted = notes.reduce((n, p) => n + Number(/^(\d+) more claims? from this outlet in the full comparison$/.exec(text(p))![1]), 0);
    // Notes show once an outlet's sent claims are all on screen; the others wait behind "Show N more".
    const waiting = [...root.querySelectorAll('.px-outlet')].filter((o) => o.querySelector('.px-more') && !o.querySelector('.px-elsewhere'));
    for (const o of waiting) await click(o.querySelector('.px-more')!);
    const all = [...root.querySelectorAll('.px-elsewhere')].reduce((n, p) => n + Number(/^(\d+)/.exec(text(p))![1]), 0);
    expect(counted).toBeLessThanOrEqual(all);
    expect(all + root.querySelectorAll('.px-claim').length).toBe(total);
  });

  it('closes from its Close button', async () => {
    const onClose = vi.fn();
    const root = show({ kind: 'ready', coverage: await coverage({ entityId: 'il76-crash', pageUrl: RFERL_PAGE }) }, onClose);
    await click(root.querySelector('button[aria-label="Close"]')!);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('Popover notes', () => {
  it('says which outlets the filters hide, and by which label', async () => {
    const root = await ready({ entityId: 'il76-crash', pageUrl: RFERL_PAGE, hide: { alignment: ['pro-Kremlin'] } });
    expect(text(root.querySelector('.px-hidden'))).toBe('1 outlet hidden by your filters: Pravda.ru (alignment: pro-Kremlin)');
    expect(root.querySelector('[data-outlet="pravda-ru"]')).toBeNull();
    expect(root.querySelector('.px-empty')).toBeNull();
  });

  it('says so honestly when only the page’s own outlet covers the entity', async () => {
    const only = pack.claims.filter((c) => c.entityIds.includes('bashkortostan-protests'));
    expect(new Set(only.map((c) => c.outletId))).toEqual(new Set(['euromaidan-press']));
    const root = await ready({ entityId: 'bashkortostan-protests', pageUrl: 'https://euromaidanpress.com/2024/01/25/x/' });
    expect(text(root.querySelector('.px-empty'))).toBe(
      'No other outlet in your corpus reports on Bashkortostan protests of January 2024 yet. This page’s outlet is left out of the comparison.',
    );
    expect(root.querySelector('.px-outlet')).toBeNull();
    expect(root.querySelector('.px-hidden')).toBeNull();
  });

  it('says when every outlet that covers the entity is filtered out', async () => {
    const root = await ready({ entityId: 'vladimir-rogov', hide: { alignment: ['pro-Kremlin'] } });
    expect(text(root.querySelector('.px-empty'))).toBe('Every outlet that covers Vladimir Rogov is hidden by your filters.');
    expect(text(root.querySelector('.px-hidden'))).toContain('Pravda.ru (alignment: pro-Kremlin)');
  });
});

describe('Popover, other states and safety', () => {
  it('shows loading and errors, titled by the mention', () => {
    let root = show({ kind: 'loading' });
    expect(text(root.querySelector('.px-loading[aria-busy="true"]'))).toBe('Gathering how other outlets reported this…');
    expect(text(root.querySelector('#px-title'))).toBe('Il-76');
    render(null, container);
    container.remove();
    root = show({ kind: 'error', message: 'The corpus is not loaded.' });
    expect(text(root.querySelector('.px-error[role="alert"]'))).toBe('The corpus is not loaded.');
  });

  it('links the article when it has a URL, and renders quotes as text, never markup', async () => {
    const c = await coverage({ entityId: 'il76-crash', pageUrl: RFERL_PAGE });
    const first = c.facets[0].outlets[0].claims[0];
    first.article = { ...first.article, url: 'https://example.org/a' };
    first.quote = `<img src=x onerror=alert(1)> ${first.quote}`;
    const root = show({ kind: 'ready', coverage: c });
    const row = root.querySelector(`[data-claim="${first.id}"]`)!;
    const a = row.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/a');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(tabIndexOf(a), 'reached with the arrow keys, not by Tab').toBe('-1');
    expect(root.querySelector('img')).toBeNull();
    expect(text(row.querySelector('blockquote'))).toMatch(/^<img src=x onerror=alert\(1\)>/);
  });
});
