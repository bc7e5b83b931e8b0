/** The ways into the event page: the card's button (trusted clicks only), the popup's and the collection's links. */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover } from '../../../../components/card/Popover';
import { CollectionView } from '../../../../components/collection/CollectionView';
import { PagePanel } from '../../../../components/popup/PagePanel';
import { sampleHighlights } from '../../../fixtures/highlights';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import type { Coverage } from '../../../../lib/core/coverage/types';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import { eventPack } from '../../../fixtures/event-pack';
import { click, text, useLinkedom } from '../dom';

useLinkedom();
let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});
const mount = (vnode: Parameters<typeof render>[0]) => {
  container = document.createElement('div');
  document.body.appendChild(container);
  act(() => render(vnode, container));
  return container;
};

describe('the card’s "Open the full comparison"', () => {
  it('is in the card’s header once coverage is ready, and ignores clicks the reader did not make', async () => {
    const coverage = (await coverageFor(packCoverageSource(eventPack()), { entityId: 'spokesman' })) as Coverage;
    const onOpenEvent = vi.fn();
    const root = mount(h(Popover, { state: { kind: 'ready', coverage }, mentionText: 'spokesman', onClose() {}, onOpenEvent }));
    const button = root.querySelector('header .px-open-event')!;
    expect(text(button)).toBe('Open the full comparison');
    // A script's click (isTrusted false) does nothing; real clicks are tested in Chromium.
    await click(button);
    expect(onOpenEvent).not.toHaveBeenCalled();
    const loading = mount(h(Popover, { state: { kind: 'loading' }, mentionText: 'spokesman', onClose() {}, onOpenEvent }));
    expect(loading.querySelector('.px-open-event')).toBeNull();
  });
});

describe('the popup’s This page list', () => {
  it('links each entity to its event page', () => {
    const mentions = [{ index: 0, entityId: 'il76-crash', name: 'Il-76 crash', type: 'event', text: 'Il-76 crash' }];
    const root = mount(
      h(PagePanel, {
        page: { kind: 'ready', host: 'news.localhost', off: false, mentions, article: null },
        adding: { kind: 'idle' },
        onOpenMention() {},
        onSiteOff() {},
        onAddArticle() {},
      }),
    );
    const link = root.querySelector('a[data-event-link="il76-crash"]')!;
    expect(link.getAttribute('href')).toBe('event.html?id=il76-crash');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(text(link)).toBe('Open the full comparison of Il-76 crash');
  });
});

describe('the collection grouped by event', () => {
  it('links each event or figure group to its event page, and only when grouped so', async () => {
    const events = { onUpdate() {}, onDelete() {}, onOpen() {}, onExport() {}, onImport() {}, onClearAll() {}, onDismissNotice() {} };
    const root = mount(h(CollectionView, { highlights: sampleHighlights(), outletNames: {}, notice: null, ...events }));
    expect(root.querySelector('a[data-event-link]')).toBeNull();
    await click(root.querySelector('[data-group-by="entity"]')!);
    const links = [...root.querySelectorAll('section.cv-group:not(.cv-orphans)')].map((g) => [
      g.getAttribute('data-group'),
      g.querySelector('a[data-event-link]')?.getAttribute('href') ?? null,
    ]);
    expect(links.length).toBeGreaterThan(1);
    for (const [group, href] of links) expect(href).toBe(group === '(none)' ? null : `event.html?id=${encodeURIComponent(group!)}`);
  });
});
