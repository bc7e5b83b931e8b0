/** The collection page (CollectionView) rendered with Preact into linkedom, fed realistic highlights. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectionView, ORPHAN_TEXT, type CollectionProps } from '../../../../components/collection/CollectionView';
import { UNLINKED_KEY, UNLINKED_TITLE } from '../../../../lib/pages/highlight-search';
import { collection, DAY, EXCHANGE, highlight, IL76, OUTLET_NAMES, PESKOV } from '../../worker/highlights/fixture';
import { click, fire, text, useLinkedom } from '../dom';

let container: HTMLElement;
useLinkedom();
const unmount = () => act(() => render(null, container));
afterEach(() => {
  unmount();
  container.remove();
  vi.restoreAllMocks();
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
  act(() => render(h(CollectionView, props), container)); // act: run the effects (focus, the "/" key) now
  return { root: container, ...events };
}

const groups = (root: Element) =>
  [...root.querySelectorAll('section.cv-group')].map((g) => [
    g.getAttribute('data-group'),
    [...g.querySelectorAll('article.hl')].map((a) => a.getAttribute('data-highlight')),
  ]);
const search = (root: Element) => root.querySelector('input[type="search"]') as HTMLInputElement;
const type = async (root: Element, q: string) => {
  search(root).value = q;
  await fire(search(root), 'input');
};
const button = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => text(b) === name)!;
const choose = async (root: Element, filter: string, value: string) => {
  const select = root.querySelector(`select[data-filter="${filter}"]`)!;
  // linkedom: option.selected = true deselects the others.
  const option = value ? select.querySelector(`option[value="${value}"]`) : select.querySelector('option');
  (option as HTMLOptionElement).selected = true;
  await fire(select, 'change');
};

describe('CollectionView', () => {
  it('says when it is loading, and when the collection is empty (import still offered)', () => {
    let { root } = show({ highlights: null });
    expect(text(root.querySelector('[aria-busy="true"]'))).toBe('Loading your collection…');
    expect(root.querySelector('.cv-count')).toBeNull();
    unmount();
    ({ root } = show({ highlights: [] }));
    expect(text(root.querySelector('.cv-empty'))).toContain('Nothing saved yet.');
    expect([...root.querySelectorAll('[data-export]')].every((b) => b.hasAttribute('disabled'))).toBe(true);
    expect(root.querySelector('input[type="file"]')).not.toBeNull();
  });

  it('shows the header, count, a focused search box, and groups by page with the orphans apart', () => {
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    const { root } = show();
    expect(text(root.querySelector('h1'))).toBe('Your collection');
    expect(text(root.querySelector('.cv-count'))).toBe('4 highlights');
    expect(search(root).getAttribute('aria-label')).toBe('Search highlights');
    expect(focus.mock.contexts).toContain(search(root));
    expect(groups(root)).toEqual([
      ['https://www.pravda.ru/news/world/1930000-il76/', ['h2']],
      ['https://www.rferl.org/a/russia-il76-crash-belgorod/32790000.html', ['h3', 'h1']],
      ['orphans', ['h4']],
    ]);
    const rferl = root.querySelectorAll('section.cv-group')[1];
    expect(text(rferl.querySelector('h2'))).toBe('Russian Military Plane Crashes In Belgorod Region 2 highlights');
    const orphans = root.querySelector('section.cv-orphans')!;
    expect(text(orphans.querySelector('h2'))).toBe('Orphans 1 highlight');
    expect(text(orphans)).toContain(ORPHAN_TEXT);
    expect(text(orphans.querySelector('[data-highlight="h4"] .hl-orphan-tag'))).toBe('Orphan');
    expect(root.querySelectorAll('.hl-orphan-tag').length).toBe(1);
    expect(text(root.querySelector('[data-highlight="h2"] .hl-outlet'))).toBe('Pravda.ru');
  });

  it('groups by event or figure: a highlight under each of its entities, and an unlinked group', async () => {
    const h5 = highlight({ id: 'h5', entityIds: [], snapshot: { entities: [], claims: [], takenAt: DAY }, created: DAY - 1 });
    const { root } = show({ highlights: [...collection(), h5] });
    await click(root.querySelector('[data-group-by="entity"]')!);
    expect(root.querySelector('[data-group-by="entity"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-group-by="page"]')!.getAttribute('aria-pressed')).toBe('false');
    expect(groups(root)).toEqual([
      [PESKOV.id, ['h2']],
      [IL76.id, ['h2', 'h3', 'h1']],
      [EXCHANGE.id, ['h2']],
      [UNLINKED_KEY, ['h5']],
      ['orphans', ['h4']],
    ]);
    expect(text(root.querySelector(`[data-group="${UNLINKED_KEY}"] h2`))).toBe(`${UNLINKED_TITLE} 1 highlight`);
    expect(root.querySelectorAll('[data-highlight="h2"]').length).toBe(3);
  });

  it('searches as you type, forgiving typos, and says how many match', async () => {
    const { root } = show();
    await type(root, 'Peskow');
    expect(groups(root)).toEqual([['https://www.pravda.ru/news/world/1930000-il76/', ['h2']]]);
    expect(text(root.querySelector('[data-testid="results"]'))).toBe('1 of 4 highlights match');
    expect(root.querySelector('[data-testid="results"]')!.getAttribute('role')).toBe('status');
    await type(root, 'Davos');
    expect(groups(root)).toEqual([['orphans', ['h4']]]);
    await type(root, 'zzqxj');
    expect(groups(root)).toEqual([]);
    expect(text(root.querySelector('.cv-empty'))).toBe('No highlights match. Clear search and filters');
    await click(button(root, 'Clear search and filters'));
    expect(search(root).value).toBe('');
    expect(groups(root).length).toBe(3);
    expect(text(root.querySelector('[data-testid="results"]'))).toBe('');
  });

  it('focuses the search box on "/" unless the reader is typing in a field', async () => {
    const { root } = show();
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    await fire(document.body, 'keydown', { key: '/' });
    expect(focus.mock.contexts).toEqual([search(root)]);
    await fire(search(root), 'keydown', { key: '/' });
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('filters by tag, outlet and entity, offering only what the collection holds', async () => {
    const { root } = show();
    const optionsOf = (f: string) => [...root.querySelectorAll(`select[data-filter="${f}"] option`)].map(text);
    expect(optionsOf('tag')).toEqual(['All tags', 'attribution', 'exchange', 'footage', 'il-76']);
    expect(optionsOf('outletId')).toEqual(['All outlets', 'Agence France-Presse', 'Pravda.ru', 'Radio Free Europe/Radio Liberty']);
    expect(optionsOf('entityId')).toEqual(['All events and figures', PESKOV.name, IL76.name, EXCHANGE.name]);
    expect(text(root.querySelector('select[data-filter="tag"]')!.closest('label'))).toContain('Tag');
    await choose(root, 'tag', 'il-76');
    expect(groups(root)).toEqual([['https://www.rferl.org/a/russia-il76-crash-belgorod/32790000.html', ['h3', 'h1']]]);
    await choose(root, 'tag', '');
    await choose(root, 'outletId', 'afp');
    expect(groups(root)).toEqual([['orphans', ['h4']]]);
    await choose(root, 'outletId', '');
    await choose(root, 'entityId', PESKOV.id);
    expect(groups(root)).toEqual([['https://www.pravda.ru/news/world/1930000-il76/', ['h2']]]);
  });

  it('opens with one highlight’s note being edited, the note field focused, when asked to (a note a page took away)', () => {
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    const { root } = show({ editing: 'h3' });
    const editors = [...root.querySelectorAll('article.hl')].filter((a) => a.querySelector('textarea'));
    expect(editors.map((a) => a.getAttribute('data-highlight'))).toEqual(['h3']);
    // The note field is focused, and the search box (focused on other openings) is not after it.
    expect(focus.mock.contexts.at(-1)).toBe(root.querySelector('[data-highlight="h3"] textarea'));
    expect(focus.mock.contexts).not.toContain(search(root));
  });

  it('opens that note once: drawn again in another grouping (where one highlight shows under each of its entities), no card is being edited', async () => {
    const { root } = show({ editing: 'h2' });
    const editors = () =>
      [...root.querySelectorAll('article.hl')].filter((a) => a.querySelector('textarea')).map((a) => a.getAttribute('data-highlight'));
    expect(editors()).toEqual(['h2']);
    await click(root.querySelector('[data-group-by="entity"]')!);
    expect(groups(root).filter(([, ids]) => (ids as string[]).includes('h2')).length).toBe(3);
    expect(editors()).toEqual([]);
  });

  it('passes edits, deletes and opens through, with the highlight’s id', async () => {
    const { root, onDelete, onOpen } = show();
    await click(root.querySelector('[data-highlight="h3"] button.hl-delete')!);
    expect(onDelete).toHaveBeenCalledWith('h3');
    await click(root.querySelector('[data-highlight="h3"] a.hl-open')!);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'h3' }));
  });
});
