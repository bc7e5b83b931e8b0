/**
 * The Outlets tab given a corpus whose outlets each carry a label of their own on an axis (a pack of
 * thousands, seventeenth attack suite): each row offers the labels from one list all rows share, not a
 * menu of its own of every label, and still takes and refuses overrides as a menu does.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../components/popup/PopupApp';
import type { Outlet } from '../../../../lib/core/pack/types';
import { fire, useLinkedom } from '../dom';
import { popupEvents } from './events';

const outlet = (i: number, ownership: string): Outlet => ({
  id: `o${i}`,
  name: `Outlet ${String(i).padStart(3, '0')}`,
  domains: [`o${i}.example`],
  country: 'Nowhere',
  labels: { ownership },
  labelBasis: { ownership: { by: 'a pack', why: 'its reading' } },
});

let container: HTMLElement;
useLinkedom();
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(outlets: Outlet[]) {
  const events = popupEvents();
  container = document.createElement('div');
  document.body.appendChild(container);
  render(
    h(PopupApp, { corpus: { kind: 'loading' }, outlets, overrides: {}, hide: {}, page: { kind: 'loading' }, adding: { kind: 'idle' }, ...events }),
    container,
  );
  return { root: container, ...events };
}

describe('an axis of many labels', () => {
  it('is offered from one shared list, not a menu per row, and takes only its labels', async () => {
    const outlets = Array.from({ length: 300 }, (_, i) => outlet(i, `owner kind ${i}`));
    const { root, onOverride } = show(outlets);
    expect(root.querySelectorAll('select[data-axis="ownership"]').length).toBe(0);
    const fields = root.querySelectorAll('.pp-outlets input[data-axis="ownership"]');
    expect(fields.length).toBe(300);
    const lists = root.querySelectorAll('datalist');
    expect(lists.length).toBe(1);
    // Every label once, with the standard vocabulary: not 300 × 306 options.
    expect(lists[0].querySelectorAll('option').length).toBe(300 + 6);
    const field = root.querySelector('[data-outlet="o7"] input[data-axis="ownership"]') as HTMLInputElement;
    expect(field.getAttribute('list')).toBe(lists[0].getAttribute('id'));
    expect(field.getAttribute('aria-label')).toBe('Ownership and funding for Outlet 007');
    field.value = 'owner kind 9';
    await fire(field, 'change');
    expect(onOverride).toHaveBeenLastCalledWith('o7', 'ownership', 'owner kind 9');
    const calls = onOverride.mock.calls.length;
    field.value = 'whatever I like';
    await fire(field, 'change');
    expect(onOverride.mock.calls.length).toBe(calls);
    expect(field.value).toBe('owner kind 7');
  });

  it('keeps a menu per row where an axis has a few labels', () => {
    const { root } = show(Array.from({ length: 30 }, (_, i) => outlet(i, i % 2 ? 'wire' : 'independent')));
    expect(root.querySelectorAll('select[data-axis="ownership"]').length).toBe(30);
    expect(root.querySelectorAll('datalist').length).toBe(0);
  });
});
