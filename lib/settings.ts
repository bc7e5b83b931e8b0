/**
 * The reader's settings, kept in extension storage (WXT storage items, versioned with migrations).
 * The popup edits them; content scripts read and watch them, so a change reaches open popovers at once.
 */
import { storage } from 'wxt/utils/storage';
import type { HiddenLabels } from './coverage/filters';

export interface FilterSettings {
  /** Per label axis, the labels whose outlets are hidden. */
  hide: HiddenLabels;
}

export const filterSettings = storage.defineItem<FilterSettings>('local:filters', {
  fallback: { hide: {} },
  version: 1,
});
