/**
 * Settings read from extension storage are checked: a stored value of the wrong shape, or one with
 * a reserved key, is read as the default; a good value is read as stored; migrations are untouched.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { corpusRevision, filterSettings, labelOverrides, siteSettings } from '../../../lib/extension/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
const store = (values: Record<string, unknown>) => fakeBrowser.storage.local.set(values);

describe('settings read from storage', () => {
  it('reads well-formed values as stored', async () => {
    await store({
      filters: { hide: { ownership: ['state-controlled'] } },
      labelOverrides: { afp: { alignment: 'neutral' } },
      sites: { off: ['a.example'] },
      corpusRevision: { claims: 3, names: 1 },
    });
    expect(await filterSettings.getValue()).toEqual({ hide: { ownership: ['state-controlled'] } });
    expect(await labelOverrides.getValue()).toEqual({ afp: { alignment: 'neutral' } });
    expect(await siteSettings.getValue()).toEqual({ off: ['a.example'] });
    expect(await corpusRevision.getValue()).toEqual({ claims: 3, names: 1 });
  });

  it.each([
    ['filters', { hide: { ownership: 'state-controlled' } }, () => filterSettings.getValue(), { hide: {} }],
    ['filters', { hide: JSON.parse('{"constructor": ["x"]}') }, () => filterSettings.getValue(), { hide: {} }],
    ['labelOverrides', JSON.parse('{"__proto__": {"alignment": "neutral"}}'), () => labelOverrides.getValue(), {}],
    ['labelOverrides', { afp: ['neutral'] }, () => labelOverrides.getValue(), {}],
    ['sites', { off: 'a.example' }, () => siteSettings.getValue(), { off: [] }],
    ['sites', 'everywhere', () => siteSettings.getValue(), { off: [] }],
    ['corpusRevision', { claims: 'many', names: 0 }, () => corpusRevision.getValue(), { claims: 0, names: 0 }],
  ])('falls back to the default when %s is %j', async (key, value, read, fallback) => {
    await store({ [key]: value });
    expect(await read()).toEqual(fallback);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(`local:${key}`));
  });

  it('checks what a watcher is given too', async () => {
    const seen: unknown[] = [];
    const unwatch = filterSettings.watch((now) => seen.push(now));
    await store({ filters: { hide: { type: ['wire'] } } });
    await store({ filters: { hide: 7 } });
    unwatch();
    expect(seen).toEqual([{ hide: { type: ['wire'] } }, { hide: {} }]);
  });
});
