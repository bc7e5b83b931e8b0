/** HighlightCard rendered with Preact into linkedom: what it shows, editing, delete and open. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightCard, type HighlightCardProps } from '../../../../components/collection/HighlightCard';
import { parseTags } from '../../../../components/collection/HighlightEditor';
import type { Highlight } from '../../../../lib/core/highlights/types';
import { collection } from '../../worker/highlights/fixture';
import { click, fire, text, useLinkedom } from '../dom';

let container: HTMLElement;
useLinkedom();
afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

const [h1, h2, , h4] = collection();

function show(highlight: Highlight, outletName?: string) {
  const events = { onUpdate: vi.fn(), onDelete: vi.fn(), onOpen: vi.fn() };
  const props: HighlightCardProps = { highlight, outletName, ...events };
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => render(h(HighlightCard, props), container));
  return { root: container.querySelector(`article.hl[data-highlight="${highlight.id}"]`)!, ...events };
}

describe('HighlightCard', () => {
  it('shows the quote, page, outlet, saved date, note and tags', () => {
    const { root } = show(h1, 'Radio Free Europe/Radio Liberty');
    expect(text(root.querySelector('blockquote.hl-quote'))).toBe('The Kremlin said it had no information about who was on board.');
    expect(text(root.querySelector('.hl-title'))).toBe('Russian Military Plane Crashes In Belgorod Region');
    expect(text(root.querySelector('.hl-outlet'))).toBe('Radio Free Europe/Radio Liberty');
    expect(text(root.querySelector('.hl-saved'))).toBe('Saved 24 Jan 2024');
    expect(root.querySelector('.hl-saved time')?.getAttribute('datetime')).toBe('2024-01-24T12:00:00.000Z');
    expect(text(root.querySelector('.hl-note'))).toBe('Kremlin declines to confirm who was aboard — compare with MoD statement');
    expect([...root.querySelectorAll('.hl-tags li')].map(text)).toEqual(['il-76', 'attribution']);
    expect(root.querySelector('.hl-tags')?.getAttribute('aria-label')).toBe('Tags');
    expect(root.querySelector('.hl-orphan-tag')).toBeNull();
  });

  it('tags an orphan in words', () => {
    const { root } = show(h4, 'Agence France-Presse');
    expect(root.classList.contains('hl-orphan')).toBe(true);
    expect(text(root.querySelector('.hl-orphan-tag'))).toBe('Orphan');
    expect(text(root.querySelector('.hl-note'))).toBe('No note.');
  });

  it('lists the evidence at save time, worded as the popover words claims', () => {
    const { root } = show(h2, 'Pravda.ru');
    const details = root.querySelector('details.hl-evidence')!;
    expect(text(details.querySelector('summary'))).toBe('Evidence at save time (2 claims)');
    const claims = [...details.querySelectorAll('.hl-claim')];
    expect(claims.map((c) => c.getAttribute('data-mode'))).toEqual(['asserted', 'denied']);
    expect(text(claims[0].querySelector('.hl-claim-outlet'))).toBe('Pravda.ru pro-Kremlin');
    expect(claims[0].querySelector('.cv-chip')?.getAttribute('title')).toBe('Alignment in the war: pro-Kremlin');
    expect(text(claims[0].querySelector('.hl-claim-quote'))).toBe('Ukraine shot down the plane.');
    expect(text(claims[0].querySelector('.hl-claim-who'))).toBe('In its own voice');
    expect(text(claims[0].querySelector('.hl-claim-source'))).toBe('24 Jan 2024 · Russian military plane crashes near Ukraine border');
    expect(claims[0].querySelector('.hl-claim-source a')).toBeNull();
    expect(text(claims[1].querySelector('.hl-claim-who'))).toBe('Reports a denial by Ukraine’s military intelligence');
    expect(claims[1].querySelector('.hl-claim-source a')?.getAttribute('href')).toBe('https://www.afp.com/en/news/il76');
    expect(claims[1].querySelector('.hl-claim-source a')?.getAttribute('rel')).toBe('noopener noreferrer');
    const { root: other } = show(h1);
    expect(text(other.querySelector('.hl-claim-who'))).toBe('Attributed to Russian Ministry of Defence');
  });

  it('edits the note and tags, and emits them trimmed and de-duplicated', async () => {
    const { root, onUpdate } = show(h2, 'Pravda.ru');
    await click(root.querySelector('button.hl-edit')!);
    const textarea = root.querySelector('textarea')!;
    expect(textarea.value).toBe(h2.note);
    expect(text(root.querySelector(`label[for="${textarea.id}"]`))).toBe('Note');
    const tags = root.querySelector('.hl-editor input[type="text"]') as HTMLInputElement;
    expect(tags.value).toBe('exchange');
    expect(text(root.querySelector(`label[for="${tags.id}"]`))).toBe('Tags (separate with commas)');
    textarea.value = '   Peskov blames Kyiv; no evidence offered.  \n';
    await fire(textarea, 'input');
    tags.value = ' exchange, Peskov, , Exchange ,peskov,denial ';
    await fire(tags, 'input');
    await fire(root.querySelector('form.hl-editor')!, 'submit');
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect(onUpdate).toHaveBeenCalledWith('h2', { note: 'Peskov blames Kyiv; no evidence offered.', tags: ['exchange', 'Peskov', 'denial'] });
    expect(root.querySelector('form.hl-editor')).toBeNull();
    expect(root.querySelector('button.hl-edit')).not.toBeNull();
  });

  it('cancels an edit (button or Escape) without emitting', async () => {
    const { root, onUpdate } = show(h1);
    await click(root.querySelector('button.hl-edit')!);
    const cancel = [...root.querySelectorAll('.hl-editor button')].find((b) => text(b) === 'Cancel')!;
    await click(cancel);
    expect(root.querySelector('form.hl-editor')).toBeNull();
    await click(root.querySelector('button.hl-edit')!);
    await fire(root.querySelector('textarea')!, 'keydown', { key: 'Escape' });
    expect(root.querySelector('form.hl-editor')).toBeNull();
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('deletes with a descriptive name, and opens the page', async () => {
    const { root, onDelete, onOpen } = show(h1);
    const del = root.querySelector('button.hl-delete')!;
    expect(del.getAttribute('aria-label')).toBe('Delete highlight “The Kremlin said it had no information a…”');
    await click(del);
    expect(onDelete).toHaveBeenCalledWith('h1');
    const open = root.querySelector('a.hl-open')!;
    expect(text(open)).toBe('Open page');
    expect(open.getAttribute('href')).toBe(h1.url);
    expect(open.getAttribute('aria-label')).toBe('Open page “Russian Military Plane Crashes In Belgorod Region”');
    await click(open);
    expect(onOpen).toHaveBeenCalledWith(h1);
    await fire(open, 'click', { ctrlKey: true });
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('offers no link for a page or evidence URL that is not http(s), as an imported file might carry', () => {
    const evil = 'javascript:alert(1)';
    const { root } = show({ ...h2, url: evil, snapshot: { ...h2.snapshot, claims: h2.snapshot.claims.map((c) => ({ ...c, url: evil })) } });
    expect(root.querySelector('a')).toBeNull();
    expect(root.innerHTML).not.toContain('href="javascript:');
    expect(text(root.querySelector('.hl-claim-source cite'))).toBe('Russian military plane crashes near Ukraine border');
    expect(root.querySelector('button.hl-delete')).not.toBeNull();
  });

  it('parses comma-separated tags', () => {
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' a ,b,,A, c ,b')).toEqual(['a', 'b', 'c']);
  });
});
