/** The collection page's notice bar, editing through the view, export, import and Delete all. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectionView, type CollectionProps } from '../../../../components/collection/CollectionView';
import { collection, OUTLET_NAMES } from '../../worker/highlights/fixture';
import { click, fire, text, useLinkedom } from '../dom';

let container: HTMLElement;
useLinkedom();
afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

function show(over: Partial<CollectionProps> = {}) {
  const events = {
    onUpdate: vi.fn(),
    onDelete: vi.fn(),
    onOpen: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onClearAll: vi.fn(),
    onDismissNotice: vi.fn(),
  };
  const props: CollectionProps = { highlights: collection(), outletNames: OUTLET_NAMES, notice: null, ...events, ...over };
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => render(h(CollectionView, props), container));
  return { root: container, ...events };
}

const button = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => text(b) === name);

describe('notice bar', () => {
  it('shows info in a status region with Undo, which calls undo (and only undo)', async () => {
    const undo = vi.fn();
    const { root, onDismissNotice } = show({ notice: { text: 'Deleted “The Kremlin said…”.', kind: 'info', undo } });
    const status = root.querySelector('.cv-notice[role="status"]')!;
    expect(text(status.querySelector('.cv-notice-text'))).toBe('Deleted “The Kremlin said…”.');
    expect(text(root.querySelector('.cv-notice[role="alert"]'))).toBe('');
    await click(button(status, 'Undo')!);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(onDismissNotice).not.toHaveBeenCalled();
    await click(status.querySelector('button[aria-label="Dismiss message"]')!);
    expect(onDismissNotice).toHaveBeenCalledTimes(1);
  });

  it('shows an error in an alert region, without Undo when none is offered', () => {
    const { root } = show({ notice: { text: 'The collection could not be written: disk full', kind: 'error' } });
    const alert = root.querySelector('.cv-notice[role="alert"]')!;
    expect(text(alert.querySelector('.cv-notice-text'))).toBe('The collection could not be written: disk full');
    expect(button(alert, 'Undo')).toBeUndefined();
    expect(text(root.querySelector('.cv-notice[role="status"]'))).toBe('');
  });
});

describe('editing through the view', () => {
  it('emits onUpdate with the trimmed note and clean tags', async () => {
    const { root, onUpdate } = show();
    const card = root.querySelector('[data-highlight="h3"]')!;
    await click(card.querySelector('button.hl-edit')!);
    const note = card.querySelector('textarea')!;
    note.value = '\n  Geolocated: Yablonovo, Korochansky district.  ';
    await fire(note, 'input');
    const tags = card.querySelector('.hl-editor input') as HTMLInputElement;
    tags.value = 'footage, il-76, footage, , geolocation';
    await fire(tags, 'input');
    await fire(card.querySelector('form')!, 'submit');
    expect(onUpdate).toHaveBeenCalledWith('h3', { note: 'Geolocated: Yablonovo, Korochansky district.', tags: ['footage', 'il-76', 'geolocation'] });
  });
});

describe('export, import, delete all', () => {
  it('emits each export format', async () => {
    const { root, onExport } = show();
    const buttons = [...root.querySelectorAll('button[data-export]')];
    expect(buttons.map(text)).toEqual(['JSON backup', 'CSV', 'Markdown', 'Web Annotation']);
    for (const b of buttons) await click(b);
    expect(onExport.mock.calls.map((c) => c[0])).toEqual(['json', 'csv', 'markdown', 'webannotation']);
  });

  it('emits the chosen file from a labelled file input', async () => {
    const { root, onImport } = show();
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.getAttribute('accept')).toBe('.json,.jsonld,application/json,application/ld+json');
    expect(text(root.querySelector(`label[for="${input.id}"]`))).toBe('Import a backup');
    const file = new File(['{"format":"parallax-highlights/1"}'], 'parallax-collection-2024-01-24.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fire(input, 'change');
    expect(onImport).toHaveBeenCalledWith(file);
    Object.defineProperty(input, 'files', { value: [], configurable: true });
    await fire(input, 'change');
    expect(onImport).toHaveBeenCalledTimes(1);
  });

  it('deletes all only after confirming, suggesting an export first', async () => {
    const { root, onClearAll, onExport } = show();
    await click(button(root, 'Delete all…')!);
    expect(onClearAll).not.toHaveBeenCalled();
    const confirm = root.querySelector('.cv-confirm')!;
    expect(text(confirm.querySelector('.cv-confirm-question'))).toBe('Delete all 4 highlights?');
    expect(text(confirm)).toContain('Export a JSON backup first');
    await click(button(confirm, 'Export JSON backup')!);
    expect(onExport).toHaveBeenCalledWith('json');
    await click(button(confirm, 'Cancel')!);
    expect(root.querySelector('.cv-confirm')).toBeNull();
    expect(onClearAll).not.toHaveBeenCalled();
    await click(button(root, 'Delete all…')!);
    await click(button(root, 'Confirm')!);
    expect(onClearAll).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.cv-confirm')).toBeNull();
  });

  it('puts focus on Cancel while asking, answers no on Escape, and gives focus back to Delete all…', async () => {
    const focused = vi.spyOn(HTMLElement.prototype, 'focus');
    const { root, onClearAll } = show();
    await click(button(root, 'Delete all…')!);
    expect(focused.mock.contexts.at(-1)).toBe(button(root, 'Cancel'));
    await fire(root.querySelector('.cv-confirm')!, 'keydown', { key: 'Escape' });
    expect(root.querySelector('.cv-confirm')).toBeNull();
    expect(focused.mock.contexts.at(-1)).toBe(button(root, 'Delete all…'));
    expect(onClearAll).not.toHaveBeenCalled();
    focused.mockRestore();
  });
});
