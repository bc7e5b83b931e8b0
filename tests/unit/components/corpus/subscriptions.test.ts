/**
 * The Subscriptions section of My corpus while a subscription updates: its row says how far the
 * update is ("Updating… N%", from status' task keyed `sub:<id>`) with every action of that row
 * disabled, other rows untouched; once the task is gone the row is as before.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Subscriptions, type SubscriptionsProps } from '../../../../components/corpus/Subscriptions';
import type { LoadProgress } from '../../../../lib/core/corpus/load-progress';
import type { Subscription } from '../../../../lib/core/corpus/subscriptions';
import { click, text, useLinkedom } from '../dom';

const subscription = (id: string, name: string): Subscription => ({
  id,
  url: `https://${id}.example/pack.json`,
  key: 'k',
  fingerprint: '0000·0000·0000·0000',
  name,
  createdAt: 0,
  intervalMinutes: 1440,
  revision: 1,
  counts: { articles: 2, claims: 2, outlets: 2 },
  state: { kind: 'ok' },
});
const SUBS = [subscription('s1', 'Harbour Newsroom'), subscription('s2', 'Delta Desk')];

let container: HTMLElement;
useLinkedom();
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(loading: LoadProgress[], busy: string | null = null) {
  const onUpdate = vi.fn();
  const props: SubscriptionsProps = {
    subscriptions: SUBS,
    busy,
    loading,
    askAccess: null,
    formError: null,
    onSubscribe: vi.fn(),
    onAllowAccess: vi.fn(),
    onCancelAccess: vi.fn(),
    onUpdate,
    onUnsubscribe: vi.fn(),
    onInterval: vi.fn(),
  };
  container ??= document.createElement('div');
  document.body.appendChild(container);
  render(h(Subscriptions, props), container);
  return { root: container, onUpdate };
}

/** Each row's name, its first button's text, and which of its controls are disabled. */
const rows = (root: Element) =>
  [...root.querySelectorAll('.mc-subscription')].map((li) => ({
    name: text(li.querySelector('h3')),
    update: text(li.querySelector('.mc-update')),
    disabled: [...li.querySelectorAll('button, select')].filter((c) => c.hasAttribute('disabled')).map((c) => c.className),
  }));

const UPDATING: LoadProgress = { task: 'Updating “Harbour Newsroom”', key: 'sub:s1', done: 300, total: 1000, startedAt: 0 };

describe('a subscription being updated', () => {
  it('says how far its update is, with its actions disabled; the other row is untouched', () => {
    const { root } = show([UPDATING, { task: 'Importing a claim pack', key: 'import', done: 0, total: 0, startedAt: 0 }]);
    expect(rows(root)).toEqual([
      { name: 'Harbour Newsroom', update: 'Updating… 30%', disabled: ['mc-button mc-update', 'mc-interval', 'mc-button mc-danger mc-unsubscribe'] },
      { name: 'Delta Desk', update: 'Update now', disabled: [] },
    ]);
  });

  it('says "Updating…" alone while the size is unknown, or before status has seen the update it asked for', () => {
    let { root } = show([{ ...UPDATING, done: 4096, total: 0 }]);
    expect(rows(root)[0].update).toBe('Updating…');
    render(null, container);
    ({ root } = show([], 's1'));
    expect(rows(root)[0]).toMatchObject({
      update: 'Updating…',
      disabled: ['mc-button mc-update', 'mc-interval', 'mc-button mc-danger mc-unsubscribe'],
    });
  });

  it('is as before once its task is gone', async () => {
    show([UPDATING]);
    const { root, onUpdate } = show([]);
    expect(rows(root)[0]).toEqual({ name: 'Harbour Newsroom', update: 'Update now', disabled: [] });
    await click(root.querySelector('.mc-update')!);
    expect(onUpdate).toHaveBeenCalledWith('s1');
  });
});
