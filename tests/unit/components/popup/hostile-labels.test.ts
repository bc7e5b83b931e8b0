/**
 * The popup given outlets whose label axes and ids are Object.prototype's names — data built here
 * without validatePack, as a database written by an older build could hold — renders, filters and
 * takes overrides without throwing or touching Object.prototype.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp, type PopupProps } from '../../../../components/popup/PopupApp';
import { withOverride } from '../../../../lib/core/coverage/labels';
import type { Outlet } from '../../../../lib/core/pack/types';
import { click, fire, text, useLinkedom } from '../dom';
import { popupEvents } from './events';

// JSON.parse makes "__proto__" an own key, as a file would; an object literal would not.
const outlets: Outlet[] = JSON.parse(`[
  { "id": "__proto__", "name": "Proto Daily", "domains": ["proto.example"], "country": "Nowhere",
    "labels": { "constructor": "odd", "__proto__": "odder", "ownership": "wire" },
    "labelBasis": { "constructor": { "by": "a pack", "why": "hostile" }, "ownership": { "by": "a pack", "why": "wire" } } },
  { "id": "constructor", "name": "Constructor Times", "domains": ["ctor.example"], "country": "Nowhere",
    "labels": { "prototype": "x", "toString": "y" }, "labelBasis": {} }
]`);

let container: HTMLElement;
useLinkedom();
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(over: Partial<PopupProps> = {}) {
  const events = popupEvents();
  container = document.createElement('div');
  document.body.appendChild(container);
  render(
    h(PopupApp, {
      corpus: { kind: 'loading' },
      outlets,
      overrides: {},
      hide: {},
      page: { kind: 'loading' },
      adding: { kind: 'idle' },
      ...events,
      ...over,
    }),
    container,
  );
  return { root: container, ...events };
}
const tab = (root: Element, name: string) => [...root.querySelectorAll('[role="tab"]')].find((t) => text(t) === name)!;
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('the popup with labels named like Object.prototype', () => {
  it('lists the axes and outlets, filters and overrides them, and leaves Object.prototype alone', async () => {
    const before = prototypeKeys();
    const hide = JSON.parse('{"constructor": ["odd"], "__proto__": ["odder"]}');
    const overrides = JSON.parse('{"__proto__": {"constructor": "mine"}, "constructor": {"toString": "z"}}');
    const { root, onHideChange, onOverride } = show({ hide, overrides });
    await click(tab(root, 'Filters'));
    const axes = [...root.querySelectorAll('fieldset.pp-axis')].map((f) => f.getAttribute('data-axis'));
    expect(axes).toEqual(expect.arrayContaining(['constructor', 'prototype', 'toString']));
    const odd = root.querySelector('input[data-axis="constructor"][data-label="odd"]') as HTMLInputElement;
    const shown = root.querySelector('input[data-axis="prototype"][data-label="x"]') as HTMLInputElement;
    expect([odd.hasAttribute('checked') || odd.checked === true, shown.hasAttribute('checked') || shown.checked === true]).toEqual([false, true]);
    await fire(odd, 'change');
    expect(onHideChange).toHaveBeenCalled();
    await click(tab(root, 'Outlets'));
    expect(text(root.querySelector('[data-outlet="__proto__"]'))).toContain('Proto Daily');
    // The reader's override of the "toString" axis of outlet "constructor" is shown, and can be reset.
    const row = root.querySelector('[data-outlet="constructor"] li[data-axis="toString"]')!;
    expect(text(row)).toContain('Overridden');
    await click(row.querySelector('button.pp-reset')!);
    expect(onOverride).toHaveBeenCalledWith('constructor', 'toString', null);
    expect(prototypeKeys()).toEqual(before);
  });

  it('writes an override for outlet "__proto__" without touching Object.prototype', () => {
    const next = withOverride({}, '__proto__', 'alignment', 'neutral');
    expect(({} as Record<string, unknown>).alignment).toBeUndefined();
    expect(next).toEqual({});
    expect(withOverride({}, 'constructor', 'ownership', 'wire')).toEqual({});
    const named = withOverride({}, 'toString', 'ownership', 'wire');
    expect(Object.hasOwn(named, 'toString') && named.toString).toEqual({ ownership: 'wire' });
    expect(withOverride(named, 'toString', 'ownership', null)).toEqual({});
    expect(({} as Record<string, unknown>).ownership).toBeUndefined();
  });
});
