/**
 * The reader's settings, kept in extension storage (WXT storage items, versioned with migrations).
 * The popup edits them; content scripts read and watch them, so a change reaches open popovers at once.
 */
import { storage } from 'wxt/utils/storage';
import type { HiddenLabels } from '../core/coverage/filters';
import type { LabelOverrides } from '../core/coverage/labels';

export interface FilterSettings {
  /** Per label axis, the labels whose outlets are hidden. */
  hide: HiddenLabels;
}

export const filterSettings = storage.defineItem<FilterSettings>('local:filters', {
  fallback: { hide: {} },
  // Bump the version with a migration in `migrations` whenever the stored shape changes.
  version: 1,
});

/** Labels the reader set instead of the pack's; kept apart from the pack, so they survive its updates. */
export const labelOverrides = storage.defineItem<LabelOverrides>('local:labelOverrides', { fallback: {}, version: 1 });

export interface SiteSettings {
  /** Host names where the reader turned Parallax off. */
  off: string[];
}

export const siteSettings = storage.defineItem<SiteSettings>('local:sites', { fallback: { off: [] }, version: 1 });

/**
 * Bumped by the background whenever the corpus changes, so open pages and content scripts refresh:
 * `claims` on every change (open cards reload), `names` when the known names may have changed
 * (content scripts fetch the gazetteer again and re-spot the page).
 */
export interface CorpusRevision {
  claims: number;
  names: number;
}
export const corpusRevision = storage.defineItem<CorpusRevision>('local:corpusRevision', { fallback: { claims: 0, names: 0 }, version: 1 });
