/**
 * A linkedom document installed as the globals Preact renders into, for component tests, and the
 * small helpers those tests share (text, click, other events).
 */
import { parseHTML } from 'linkedom';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll } from 'vitest';

const GLOBALS = ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Text', 'Event', 'navigator', 'MutationObserver'] as const;

/** Installs the globals for the calling test file (before all its tests) and restores them after. */
export function useLinkedom(): void {
  const saved = new Map<string, PropertyDescriptor | undefined>();
  beforeAll(() => {
    const dom = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as Record<string, unknown>;
    for (const name of GLOBALS) {
      saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
      Object.defineProperty(globalThis, name, { value: dom[name], configurable: true, writable: true });
    }
  });
  afterAll(() => {
    for (const [name, d] of saved) {
      if (d) Object.defineProperty(globalThis, name, d);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  });
}

/** Text content with whitespace collapsed. */
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Preact sets `tabIndex` as an attribute; browsers lowercase its name in HTML documents, linkedom does not. */
export const tabIndexOf = (el: Element) => el.getAttribute('tabindex') ?? el.getAttribute('tabIndex');

/** Dispatches a bubbling event with extra fields (e.g. `key`) and lets Preact re-render. */
export const fire = (el: Element, type: string, fields: Record<string, unknown> = {}) =>
  act(() => void el.dispatchEvent(Object.assign(new Event(type, { bubbles: true, cancelable: true }), fields)));

export const click = (el: Element) => fire(el, 'click');
