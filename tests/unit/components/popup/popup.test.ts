/** The popup rendered with Preact into a linkedom document, fed the real outlets from seeds/outlets.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PageState, type PopupProps } from '../../../../components/popup/PopupApp';
import { SEEDS_DIR } from '../../../../lib/tools/cli/seed-files';
import { PRESETS } from '../../../../lib/core/coverage/presets';
import type { PageMentionItem } from '../../../../lib/core/messages/page-protocol';
import type { Outlet } from '../../../../lib/core/pack/types';
import { click, fire, tabIndexOf, text, useLinkedom } from '../dom';
import { popupEvents } from './events';

const outlets: Outlet[] = JSON.parse(readFileSync(join(SEEDS_DIR, 'outlets.json'), 'utf8'));
let container: HTMLElement;

useLinkedom();
const unmount = () => {
  render(null, container);
  container.remove();
};
afterEach(unmount);

function show(over: Partial<PopupProps> = {}) {
  const events = popupEvents();
  const props: PopupProps = {
    corpus: { kind: 'loading' },
    outlets,
    overrides: {},
    hide: {},
    page: { kind: 'loading' },
    adding: { kind: 'idle' },
    ...events,
    ...over,
  };
  container = document.createElement('div');
  document.body.appendChild(container);
  render(h(PopupApp, props), container);
  return { root: container, ...events };
}

const $ = (root: Element, selector: string) => {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`No ${selector}`);
  return el;
};
const tab = (root: Element, name: string) => [...root.querySelectorAll('[role="tab"]')].find((t) => text(t) === name)!;
const panelOf = (root: Element, t: Element) => root.ownerDocument.getElementById(t.getAttribute('aria-controls')!)!;
const isChecked = (el: Element) => el.hasAttribute('checked') || (el as HTMLInputElement).checked === true;
const checkbox = (root: Element, axis: string, label: string) => $(root, `input[data-axis="${axis}"][data-label="${label}"]`);
const checkboxText = (root: Element, axis: string, label: string) => text(root.querySelector(`label[for="${checkbox(root, axis, label).id}"]`));

describe('PopupApp tabs', () => {
  it('follows the ARIA tabs pattern, with This page selected first', () => {
    const { root } = show();
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Parallax');
    const tabs = [...root.querySelectorAll('[role="tab"]')];
    expect(tabs.map(text)).toEqual(['This page', 'Filters', 'Outlets']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(tabs.map(tabIndexOf)).toEqual(['0', '-1', '-1']);
    for (const t of tabs) {
      const panel = panelOf(root, t);
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(t.id);
      expect(panel.hasAttribute('hidden')).toBe(t !== tabs[0]);
    }
  });

  it('switches panels on click, and with the arrow keys, Home and End', async () => {
    const { root } = show();
    await click(tab(root, 'Outlets'));
    expect(tab(root, 'Outlets').getAttribute('aria-selected')).toBe('true');
    expect(panelOf(root, tab(root, 'Outlets')).hasAttribute('hidden')).toBe(false);
    expect(panelOf(root, tab(root, 'This page')).hasAttribute('hidden')).toBe(true);
    const selected = () => text(root.querySelector('[role="tab"][aria-selected="true"]'));
    const key = (k: string) => fire(tab(root, selected()), 'keydown', { key: k });
    await key('ArrowRight');
    expect(selected()).toBe('This page');
    await key('ArrowLeft');
    expect(selected()).toBe('Outlets');
    await key('Home');
    expect(selected()).toBe('This page');
    await key('End');
    expect(selected()).toBe('Outlets');
    await key('ArrowLeft');
    expect(selected()).toBe('Filters');
    expect(tabIndexOf(tab(root, 'Filters'))).toBe('0');
  });

  it('names the reader’s card mark, and asks for a new one on request', async () => {
    const onNewMark = vi.fn();
    const { root } = show({ mark: { word: 'heron', colour: 'teal' }, onNewMark });
    expect(text(root.querySelector('[data-testid="card-mark"] strong'))).toBe('teal heron');
    await click([...root.querySelectorAll('button')].find((b) => text(b) === 'New mark')!);
    expect(onNewMark).toHaveBeenCalledOnce();
    render(null, container);
    expect(show({ mark: null }).root.querySelector('[data-testid="card-mark"]')).toBeNull();
  });

  it('shows the corpus status and says when the outlets are still loading', () => {
    const { root } = show({ outlets: null, corpus: { kind: 'error', message: 'No corpus.' } });
    expect(text(root.querySelector('.error[role="alert"]'))).toBe('No corpus.');
    expect(text(panelOf(root, tab(root, 'Filters')))).toBe('Loading the outlets…');
  });
});

describe('Filters', () => {
  it('counts the outlets each label covers, following overrides', () => {
    let { root } = show();
    expect(checkboxText(root, 'alignment', 'pro-Kremlin')).toBe('pro-Kremlin 1 outlet');
    expect(checkboxText(root, 'alignment', 'neutral')).toBe('neutral 2 outlets');
    expect(checkboxText(root, 'country', 'France')).toBe('France 1 outlet');
    expect([...root.querySelectorAll('fieldset legend')].map(text)).toEqual([
      'Ownership and funding',
      'Alignment in the war',
      'Kind of outlet',
      'Country',
    ]);
    unmount();
    ({ root } = show({ overrides: { rferl: { alignment: 'pro-Kremlin' } } }));
    expect(checkboxText(root, 'alignment', 'pro-Kremlin')).toBe('pro-Kremlin 2 outlets');
    expect(checkboxText(root, 'alignment', 'neutral')).toBe('neutral 1 outlet');
  });

  it('checks shown labels and emits the hide object when one is unchecked', async () => {
    const { root, onHideChange } = show({ hide: { ownership: ['wire'] } });
    expect(isChecked(checkbox(root, 'ownership', 'wire'))).toBe(false);
    const box = checkbox(root, 'alignment', 'pro-Kremlin') as HTMLInputElement;
    expect(isChecked(box)).toBe(true);
    box.checked = false;
    await fire(box, 'change');
    expect(onHideChange).toHaveBeenCalledWith({ ownership: ['wire'], alignment: ['pro-Kremlin'] });
  });

  it('says how many outlets the filters show, in a live region', () => {
    const { root } = show({ hide: { alignment: ['pro-Kremlin'] } });
    const status = $(root, '[data-testid="comparing"]');
    expect(status.getAttribute('role')).toBe('status');
    expect(text(status)).toBe('Comparing 4 of 5 outlets');
  });

  it('emits a preset’s hide and marks the preset the filters match', async () => {
    const { root, onHideChange } = show({ hide: { ownership: ['state-controlled', 'state-funded'] } });
    const pressed = [...root.querySelectorAll('[data-preset]')].map((b) => [b.getAttribute('data-preset'), b.getAttribute('aria-pressed')]);
    expect(pressed).toEqual([
      ['all', 'false'],
      ['no-state', 'true'],
      ['independent-wire', 'false'],
    ]);
    expect(text(root.querySelector('[data-testid="comparing"]'))).toBe('Comparing 4 of 5 outlets');
    expect(checkboxText(root, 'ownership', 'state-controlled')).toBe('state-controlled 0 outlets');
    await click($(root, '[data-preset="independent-wire"]'));
    const expected = PRESETS.find((p) => p.id === 'independent-wire')!.hide(outlets);
    expect(onHideChange).toHaveBeenLastCalledWith(expected);
    expect(expected).toEqual({ ownership: ['party-affiliated', 'privately-owned', 'state-funded'] });
  });
});

describe('Outlets', () => {
  it('lists every outlet by name with each label’s basis', () => {
    const { root } = show();
    const names = [...root.querySelectorAll('[data-outlet] .pp-outlet-name')].map(text);
    expect(names).toEqual([...outlets.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
    for (const o of outlets) {
      const item = $(root, `[data-outlet="${o.id}"]`);
      for (const [axis, basis] of Object.entries(o.labelBasis)) {
        expect(text(item)).toContain(`Set by ${basis.by}: ${basis.why}`);
        expect((item.querySelector(`select[data-axis="${axis}"]`) as HTMLSelectElement).value).toBe(o.labels[axis]);
      }
      expect(text(item)).toContain(`Set by Claim pack: Where ${o.name} is based.`);
      // Its sites, so that an outlet named as another one shows where it is.
      expect(text(item.querySelector('.pp-outlet-domains'))).toBe(o.domains.join(' · '));
      expect(item.querySelector('.pp-tag')).toBeNull();
      expect(item.querySelector('.pp-reset')).toBeNull();
    }
  });

  it('labels each select and offers the standard vocabulary', () => {
    const { root } = show();
    const select = $(root, '[data-outlet="afp"] select[data-axis="ownership"]');
    expect(select.getAttribute('aria-label')).toBe('Ownership and funding for Agence France-Presse');
    const values = [...select.querySelectorAll('option')].map((o) => o.getAttribute('value'));
    expect(values).toEqual(
      expect.arrayContaining(['wire', 'independent', 'privately-owned', 'state-funded', 'state-controlled', 'party-affiliated']),
    );
    const alignment = [...$(root, '[data-outlet="afp"] select[data-axis="alignment"]').querySelectorAll('option')].map(text);
    expect(alignment).toEqual(['anti-NATO left', 'neutral', 'pro-Kremlin', 'pro-Ukrainian']);
  });

  it('marks an override, offers Reset, and emits overrides and resets', async () => {
    const { root, onOverride } = show({ overrides: { rferl: { alignment: 'pro-Kremlin' } } });
    const rferl = $(root, '[data-outlet="rferl"]');
    const row = $(rferl, '.pp-label-row[data-axis="alignment"]');
    expect(text(row.querySelector('.pp-tag'))).toBe('Overridden');
    expect(text(row)).toContain('Set by You: Your override; the corpus says “neutral”.');
    expect(rferl.querySelectorAll('.pp-reset').length).toBe(1);
    await click($(row, '.pp-reset'));
    expect(onOverride).toHaveBeenLastCalledWith('rferl', 'alignment', null);
    const select = $(row, 'select') as HTMLSelectElement;
    expect(select.value).toBe('pro-Kremlin');
    const choose = async (s: Element, value: string) => {
      // linkedom's option.selected = true deselects the others (and = false deselects them too: set true only).
      (s.querySelector(`option[value="${value}"]`) as HTMLOptionElement).selected = true;
      await fire(s, 'change');
    };
    await choose(select, 'pro-Ukrainian');
    expect(onOverride).toHaveBeenLastCalledWith('rferl', 'alignment', 'pro-Ukrainian');
    await choose(select, 'neutral');
    expect(onOverride).toHaveBeenLastCalledWith('rferl', 'alignment', null);
    await choose($(root, '[data-outlet="afp"] select[data-axis="type"]'), 'broadcaster');
    expect(onOverride).toHaveBeenLastCalledWith('afp', 'type', 'broadcaster');
  });
});

const mention = (index: number, entityId: string, name: string, type: string, t: string): PageMentionItem => ({
  index,
  entityId,
  name,
  type,
  text: t,
});
const MENTIONS = [
  mention(0, 'il76-crash', 'Il-76 crash in Belgorod region', 'event', 'Il-76'),
  mention(1, 'vladimir-rogov', 'Vladimir Rogov', 'person', 'Rogov'),
  mention(2, 'il76-crash', 'Il-76 crash in Belgorod region', 'event', 'IL-76 plane crash'),
  mention(3, 'il76-crash', 'Il-76 crash in Belgorod region', 'event', 'Il-76'),
];
const ready = (over: Partial<Extract<PageState, { kind: 'ready' }>> = {}): PageState => ({
  kind: 'ready',
  host: 'www.rferl.org',
  off: false,
  mentions: MENTIONS,
  article: null,
  ...over,
});

describe('This page', () => {
  it('shows loading and why Parallax does not run', () => {
    expect(text(show().root.querySelector('.pp-panel [aria-busy="true"]'))).toBe('Looking for known events and figures on this page…');
    unmount();
    const { root } = show({ page: { kind: 'unavailable', reason: 'browser pages cannot be read' } });
    expect(text(root.querySelector('[data-testid="unavailable"]'))).toBe('Parallax does not run on this page: browser pages cannot be read');
  });

  it('groups the mentions by entity with counts, and opens the first of a group', async () => {
    const { root, onOpenMention } = show({ page: ready() });
    const groups = [...root.querySelectorAll('[data-entity]')];
    expect(groups.map((g) => g.getAttribute('data-entity'))).toEqual(['il76-crash', 'vladimir-rogov']);
    expect(text(groups[0].querySelector('.pp-mention-name'))).toBe('Il-76 crash in Belgorod region');
    expect(text(groups[0].querySelector('.pp-chip'))).toBe('Event');
    expect(text(groups[0].querySelector('.pp-times'))).toBe('×3');
    expect(text(groups[0])).toContain('3 mentions');
    expect(text(groups[0].querySelector('.pp-mention-texts'))).toBe('as “Il-76”, “IL-76 plane crash”');
    expect(text(groups[1].querySelector('.pp-times'))).toBe('×1');
    expect(text(root.querySelector('#pp-mentions-title'))).toBe('4 mentions of 2 events and figures');
    await click(groups[1]);
    expect(onOpenMention).toHaveBeenLastCalledWith(1);
    await click(groups[0]);
    expect(onOpenMention).toHaveBeenLastCalledWith(0);
  });

  it('has a switch that turns Parallax off on the site', async () => {
    const { root, onSiteOff } = show({ page: ready() });
    const sw = $(root, 'input[role="switch"]') as HTMLInputElement;
    expect(sw.getAttribute('type')).toBe('checkbox');
    expect(isChecked(sw)).toBe(false);
    expect(text(root.querySelector(`label[for="${sw.id}"]`))).toBe('Off on www.rferl.org');
    sw.checked = true;
    await fire(sw, 'change');
    expect(onSiteOff).toHaveBeenLastCalledWith(true);
  });

  it('says when it is off, and when the page has nothing known', () => {
    let { root } = show({ page: ready({ off: true, mentions: [] }) });
    expect(isChecked($(root, 'input[role="switch"]'))).toBe(true);
    expect(text(root.querySelector('[data-testid="off"]'))).toBe('Parallax is off on www.rferl.org. Mentions are not marked here.');
    expect(root.querySelector('[data-entity]')).toBeNull();
    unmount();
    ({ root } = show({ page: ready({ mentions: [] }) }));
    expect(text(root.querySelector('[data-testid="empty"]'))).toBe('No known events or figures on this page.');
  });
});

describe('Add this article', () => {
  const button = (root: Element) => [...root.querySelectorAll('.pp-add button')];
  const status = (root: Element) => text(root.querySelector('.pp-add .pp-add-status'));

  it('offers to add a page the corpus does not hold, says what that does, and asks for it', async () => {
    const { root, onAddArticle } = show({ page: ready() });
    expect(button(root).map(text)).toEqual(['Add this article']);
    expect(status(root)).toBe('Adds it to your corpus, so its claims join the comparison on other pages.');
    await click(button(root)[0]);
    expect(onAddArticle).toHaveBeenCalledTimes(1);
  });

  it('offers to update the reader’s copy of an article already added', () => {
    const { root } = show({ page: ready({ article: { id: 'user-x', title: 'Kyiv answers', claims: 1, origin: 'user' } }) });
    expect(button(root).map(text)).toEqual(['Update this article']);
    expect(status(root)).toBe('In your corpus: “Kyiv answers”, 1 claim. Updating reads the page again.');
  });

  it('offers nothing to add on a page of the bundled corpus', () => {
    const { root } = show({ page: ready({ article: { id: 'afp-1', title: 'Russia says plane crashes', claims: 27, origin: 'seed' } }) });
    expect(button(root)).toEqual([]);
    expect(text(root.querySelector('[data-testid="in-corpus"]'))).toBe(
      'This article is in the bundled corpus: “Russia says plane crashes”, 27 claims.',
    );
  });

  it('names a subscription holding an article at this address, and still offers to add the page', () => {
    // A pack may hold an article at any address: it was shown as in the bundled corpus, with no Add (session-21 attack suite).
    const article = { id: 'afp-forged', title: 'Russia admits it', claims: 1, origin: 'subscription' as const, via: 'Harbour Newsroom' };
    const { root } = show({ page: ready({ article }) });
    expect(root.querySelector('[data-testid="in-corpus"]')).toBeNull();
    expect(button(root).map(text)).toEqual(['Add this article']);
    expect(status(root)).toBe(
      'Your subscription “Harbour Newsroom” has an article at this address: “Russia admits it”, 1 claim. Adding reads the page into your own corpus.',
    );
  });

  it('shows progress, then what was added or what went wrong', () => {
    const added = {
      articleId: 'user-x',
      title: 'Kyiv answers',
      outlet: { id: 'user-k', name: 'Kyiv Daily' },
      newOutlet: true,
      updated: false,
      claims: 3,
      entities: 2,
    };
    let { root } = show({ page: ready(), adding: { kind: 'busy' } });
    expect(button(root).map((b) => [text(b), b.getAttribute('aria-busy'), (b as HTMLButtonElement).disabled])).toEqual([['Adding…', 'true', true]]);
    expect(status(root)).toBe('Reading the article…');
    unmount();
    ({ root } = show({ page: ready(), adding: { kind: 'done', added } }));
    expect(status(root)).toBe(
      'Added “Kyiv answers” (Kyiv Daily): 3 claims about 2 known entities. Kyiv Daily is new to Parallax and unrated: set its labels under Outlets.',
    );
    unmount();
    ({ root } = show({ page: ready(), adding: { kind: 'error', message: 'No article text found on this page.' } }));
    expect(root.querySelector('.pp-add .pp-error')).not.toBeNull();
    expect(status(root)).toBe('No article text found on this page.');
  });
});

describe('the link to the collection', () => {
  it('asks to open the collection page', () => {
    const { root, onOpenCollection } = show();
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Open your collection')!;
    button.dispatchEvent(new Event('click', { bubbles: true }));
    expect(onOpenCollection).toHaveBeenCalledTimes(1);
  });
});
