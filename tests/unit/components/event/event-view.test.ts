/** The event page's view rendered with Preact into linkedom, fed eventCoverageFor's answer on a hand-made pack. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventView, type EventViewProps } from '../../../../components/event/EventView';
import { eventCoverageFor } from '../../../../lib/core/coverage/event-coverage';
import type { EventCoverage } from '../../../../lib/core/coverage/event-types';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import { eventMarkdown } from '../../../../lib/pages/event-markdown';
import { bigEventPack } from '../../../fixtures/big-event-pack';
import { eventPack } from '../../../fixtures/event-pack';
import { click, text, useLinkedom } from '../dom';

useLinkedom();
let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

async function show(query: { hide?: Record<string, string[]> } = {}) {
  const coverage = (await eventCoverageFor(packCoverageSource(eventPack()), { entityId: 'crash', ...query })) as EventCoverage;
  const events = { onShowHidden: vi.fn(), onShowMoreOutlets: vi.fn(), onCopyMarkdown: vi.fn(), onDownloadCsv: vi.fn(), onDownloadSvg: vi.fn() };
  const props: EventViewProps = { state: { kind: 'ready', coverage }, exportStatus: '', ...events };
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => render(h(EventView, props), container));
  return { root: container, ...events };
}

describe('EventView', () => {
  it('draws the grid: outlets as columns with their labels, questions as rows, claims with voice, speaker and date', async () => {
    const { root } = await show();
    const grid = root.querySelector('[data-event="crash"] table.ev-grid')!;
    expect([...grid.querySelectorAll('thead th[data-outlet]')].map((th) => th.getAttribute('data-outlet'))).toEqual(['daily', 'wire', 'state']);
    const state = grid.querySelector('th[data-outlet="state"]')!;
    expect([...state.querySelectorAll('.px-chip')].map(text)).toEqual(['state-controlled', 'pro-Kremlin', 'Russia']);
    expect(text(state.querySelector('.ev-first'))).toBe('First report 25 Jan 2024');
    expect([...grid.querySelectorAll('tbody th[scope="row"]')].map((th) => th.firstChild?.textContent)).toEqual([
      'What brought it down?',
      'Who was aboard?',
    ]);
    const cell = grid.querySelector('tr[data-facet="crash/cause"] td[data-outlet="wire"]')!;
    expect(text(cell)).toBe('Russia said the plane was shot down.❝ Attributed · Russia · 24 Jan 2024 · Plane down');
    expect(cell.querySelector('a')?.getAttribute('href')).toBe('https://wire.example/a1');
    expect(text(grid.querySelector('tr[data-facet="crash/cause"] td[data-outlet="state"]'))).toBe('— nothing from State Daily');
    expect(text(grid.querySelector('tr[data-facet="crash/aboard"] .ev-differ li'))).toBe(
      'Another Daily: 60 prisoners of war — State Daily: 65 prisoners of war',
    );
  });

  it("says where a subscription's claim came from, as the card does", async () => {
    const pack = packCoverageSource(eventPack());
    // The worker's source marks a subscription's claims with its name.
    const source = {
      ...pack,
      claimsAbout: async (id: string) => (await pack.claimsAbout(id)).map((c) => (c.outletId === 'wire' ? { ...c, via: 'Harbour Newsroom' } : c)),
    };
    const coverage = (await eventCoverageFor(source, { entityId: 'crash' })) as EventCoverage;
    container = document.createElement('div');
    document.body.appendChild(container);
    const events = { onShowHidden: vi.fn(), onShowMoreOutlets: vi.fn(), onCopyMarkdown: vi.fn(), onDownloadCsv: vi.fn(), onDownloadSvg: vi.fn() };
    act(() => render(h(EventView, { state: { kind: 'ready', coverage }, exportStatus: '', ...events }), container));
    expect(text(container.querySelector('tr[data-facet="crash/cause"] td[data-outlet="wire"] .ev-via'))).toBe('· via Harbour Newsroom');
    expect(container.querySelector('tr[data-facet="crash/cause"] td[data-outlet="daily"] .ev-via')).toBeNull();
  });

  it("says where a subscription's question came from", async () => {
    const pack = packCoverageSource(eventPack());
    // The worker's source marks a subscription's questions with its name.
    const source = {
      ...pack,
      facets: async () => (await pack.facets()).map((f) => (f.id === 'crash/cause' ? { ...f, via: 'Harbour Newsroom' } : f)),
    };
    const coverage = (await eventCoverageFor(source, { entityId: 'crash' })) as EventCoverage;
    container = document.createElement('div');
    document.body.appendChild(container);
    const events = { onShowHidden: vi.fn(), onShowMoreOutlets: vi.fn(), onCopyMarkdown: vi.fn(), onDownloadCsv: vi.fn(), onDownloadSvg: vi.fn() };
    act(() => render(h(EventView, { state: { kind: 'ready', coverage }, exportStatus: '', ...events }), container));
    expect(text(container.querySelector('tr[data-facet="crash/cause"] th.ev-question > .ev-via'))).toBe('· via Harbour Newsroom');
    expect(container.querySelector('tr[data-facet="crash/aboard"] th.ev-question > .ev-via')).toBeNull();
    expect(eventMarkdown(coverage)).toContain('| What brought it down? (via Harbour Newsroom) | Wire Agency |');
  });

  it('never links an article whose URL is not a web address', async () => {
    const { root } = await show();
    const cell = root.querySelector('tr[data-facet="crash/cause"] td[data-outlet="daily"]')!;
    expect(cell.querySelector('a')).toBeNull();
    expect(text(cell.querySelector('cite'))).toBe('Spokesman on the crash');
  });

  it('counts the hidden outlets above the grid, and asks to show them', async () => {
    const { root, onShowHidden } = await show({ hide: { alignment: ['pro-Kremlin'] } });
    const bar = root.querySelector('[data-testid="hidden"]')!;
    expect(text(bar)).toBe('1 outlet hidden by your filters: State Daily (alignment: pro-Kremlin) Show them here');
    await click(bar.querySelector('button')!);
    expect(onShowHidden).toHaveBeenCalledOnce();
  });

  it('of a story too wide to draw, says how much it shows and asks for more; a cell counts what it leaves out', async () => {
    const coverage = (await eventCoverageFor(packCoverageSource(bigEventPack(100, 30)), { entityId: 'crash' })) as EventCoverage;
    container = document.createElement('div');
    document.body.appendChild(container);
    const onShowMoreOutlets = vi.fn();
    const events = { onShowHidden: vi.fn(), onShowMoreOutlets, onCopyMarkdown: vi.fn(), onDownloadCsv: vi.fn(), onDownloadSvg: vi.fn() };
    act(() => render(h(EventView, { state: { kind: 'ready', coverage }, exportStatus: '', ...events }), container));
    expect(text(container.querySelector('.ev-summary'))).toBe('100 outlets · 3,000 claims');
    const note = container.querySelector('[data-testid="more-outlets"]')!;
    expect(text(note)).toBe('Showing the 40 outlets that reported it first, of 100; the exports hold them all. Show 40 more');
    expect(container.querySelectorAll('[data-event="crash"] thead th[data-outlet]')).toHaveLength(40);
    expect(text(container.querySelector('tr[data-facet="crash/aboard"] td[data-outlet="o0"] .ev-more'))).toBe(
      '2 more claims from Outlet 0 on this question, in the exports',
    );
    await click(note.querySelector('button')!);
    expect(onShowMoreOutlets).toHaveBeenCalledOnce();
  });

  it('hands export requests out', async () => {
    const { root, onCopyMarkdown, onDownloadCsv } = await show();
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => text(b) === name)!;
    await click(button('Copy as Markdown'));
    await click(button('Download CSV'));
    expect(onCopyMarkdown).toHaveBeenCalledOnce();
    expect(onDownloadCsv).toHaveBeenCalledOnce();
  });

  it('gives each chart a table with the same data', async () => {
    const { root } = await show();
    const rows = (table: string) =>
      [...root.querySelectorAll(`[data-table="${table}"] tbody tr`)].map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(rows('timeline').filter((r) => r[2] === 'First report')).toEqual([
      ['24 Jan 2024', 'Another Daily', 'First report'],
      ['24 Jan 2024', 'Wire Agency', 'First report'],
      ['25 Jan 2024', 'State Daily', 'First report'],
    ]);
    expect(rows('figures').map((r) => r.slice(1, 4))).toEqual([
      ['Another Daily', '60', 'prisoners of war'],
      ['State Daily', '65', 'prisoners of war'],
      ['Another Daily', '60', 'prisoners of war'],
    ]);
    expect(rows('labels').filter((r) => r[0] === 'ownership')).toEqual([
      ['ownership', 'private', '1'],
      ['ownership', 'state-controlled', '1'],
      ['ownership', 'wire', '1'],
    ]);
  });

  it('says what went wrong instead of a grid', () => {
    container = document.createElement('div');
    document.body.appendChild(container);
    act(() =>
      render(
        h(EventView, {
          state: { kind: 'error', message: 'Unknown entity "x"' },
          exportStatus: '',
          onShowHidden() {},
          onShowMoreOutlets() {},
          onCopyMarkdown() {},
          onDownloadCsv() {},
          onDownloadSvg() {},
        }),
        container,
      ),
    );
    expect(text(container.querySelector('[role="alert"]'))).toBe('Unknown entity "x"');
    expect(container.querySelector('table')).toBeNull();
  });
});
