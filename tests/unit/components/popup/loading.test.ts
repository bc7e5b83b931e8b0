/**
 * The popup while long corpus work runs: each task's name with a <progress> bar named by it (value
 * and max, or indeterminate while the total is unknown) and its percentage; the counts replaced by
 * "Loading the corpus…" until the bundled pack is in; nothing of it once all is done.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusState } from '../../../../components/popup/CorpusStatus';
import { PopupApp, type PopupProps } from '../../../../components/popup/PopupApp';
import type { LoadProgress } from '../../../../lib/core/corpus/load-progress';
import type { PackStamp } from '../../../../lib/core/pack/stamp';
import { text, useLinkedom } from '../dom';
import { popupEvents } from './events';

const STAMP: PackStamp = {
  format: 'parallax-claims/1',
  digest: 'abc',
  counts: { outlets: 5, articles: 5, entities: 40, facets: 9, claims: 120 },
  loadedAt: 0,
};
const BUNDLED: LoadProgress = { task: 'Loading the bundled corpus', key: 'bundled', done: 30, total: 120, startedAt: 1 };
const UPDATE: LoadProgress = { task: 'Updating “Harbour Newsroom”', key: 'sub:s1', done: 4096, total: 0, startedAt: 2 };

let container: HTMLElement;
useLinkedom();
afterEach(() => {
  render(null, container);
  container.remove();
});

const props = (pack: PackStamp | null, loading: LoadProgress[]): PopupProps => ({
  corpus: { kind: 'ready', status: { pack, loadError: null, loading } } satisfies CorpusState,
  outlets: [],
  overrides: {},
  hide: {},
  page: { kind: 'loading' },
  adding: { kind: 'idle' },
  ...popupEvents(),
});

function show(p: PopupProps) {
  container ??= document.createElement('div');
  document.body.appendChild(container);
  render(h(PopupApp, p), container);
  return container;
}

/** Each task as the reader meets it: the name its bar is labelled by, the bar's value and max, the percentage shown. */
const tasks = (root: Element) =>
  [...root.querySelectorAll('.pp-loading li')].map((li) => {
    const bar = li.querySelector('progress')!;
    return {
      name: text(root.ownerDocument.getElementById(bar.getAttribute('aria-labelledby')!)),
      value: bar.getAttribute('value'),
      max: bar.getAttribute('max'),
      percent: text(li.querySelector('.pp-loading-percent')),
    };
  });

describe('the popup while the corpus loads', () => {
  it('shows each task with a labelled progress bar and its percentage, indeterminate when the total is unknown', () => {
    const root = show(props(null, [BUNDLED, UPDATE]));
    expect(root.querySelector('.pp-loading')?.getAttribute('aria-label')).toBe('In progress');
    expect(tasks(root)).toEqual([
      { name: 'Loading the bundled corpus', value: '30', max: '120', percent: '25%' },
      { name: 'Updating “Harbour Newsroom”', value: null, max: null, percent: '' },
    ]);
    expect(text(root.querySelector('.corpus-status p'))).toBe('Loading the corpus…');
    expect(root.querySelector('[data-testid="corpus-counts"]')).toBeNull();
  });

  it('follows a task as it goes on, an unknown total becoming known', () => {
    const root = show(props(STAMP, [UPDATE]));
    expect(tasks(root)[0]).toMatchObject({ value: null, percent: '' });
    show(props(STAMP, [{ ...UPDATE, done: 6000, total: 8000 }]));
    expect(tasks(root)).toEqual([{ name: 'Updating “Harbour Newsroom”', value: '6000', max: '8000', percent: '75%' }]);
  });

  it('shows nothing of it once all is done, and the counts instead', () => {
    const root = show(props(null, [BUNDLED]));
    expect(tasks(root)).toHaveLength(1);
    show(props(STAMP, []));
    expect(root.querySelector('.pp-loading')).toBeNull();
    expect(root.querySelector('progress')).toBeNull();
    expect(text(root.querySelector('.corpus-status'))).not.toContain('Loading');
    expect(text(root.querySelector('[data-count="claims"]'))).toBe('120');
  });
});
