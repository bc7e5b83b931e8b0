/**
 * Finding highlights in the collection page: fuzzy search (Fuse.js) over the quote, note, tags,
 * page title, outlet name and the snapshot's entity names; exact filters by tag, outlet or entity;
 * and grouping by page or by event/figure, newest first. Pure functions, no DOM, no storage.
 */
import Fuse from 'fuse.js';
import { pageKey } from '../core/highlights/page-key';
import type { Highlight } from '../core/highlights/types';

export const UNLINKED_KEY = '(none)';
export const UNLINKED_TITLE = 'Not linked to a known event or figure';

export interface HighlightFilter {
  tag?: string;
  outletId?: string;
  entityId?: string;
}

export interface HighlightGroup {
  key: string;
  title: string;
  url?: string;
  items: Highlight[];
}

/** The snapshot's entities, one per id (entityIds without a snapshot entry are named by their id). */
export function entitiesOf(h: Highlight): { id: string; name: string; type: string }[] {
  const seen = new Map<string, { id: string; name: string; type: string }>();
  for (const e of h.snapshot.entities) if (!seen.has(e.id)) seen.set(e.id, e);
  for (const id of h.entityIds) if (!seen.has(id)) seen.set(id, { id, name: id, type: '' });
  return [...seen.values()];
}

/** Builds the index once; the returned function answers each query (empty → the list as given). */
export function createSearcher(list: Highlight[], outletNames: Record<string, string>): (query: string) => Highlight[] {
  const fuse = new Fuse(list, {
    keys: [
      { name: 'quote', weight: 2, getFn: (h) => h.quote.exact },
      { name: 'note', weight: 1.5, getFn: (h) => h.note },
      { name: 'tags', weight: 1.5, getFn: (h) => h.tags },
      { name: 'title', getFn: (h) => h.title },
      { name: 'outlet', getFn: (h) => (h.outletId ? (outletNames[h.outletId] ?? h.outletId) : '') },
      { name: 'entities', getFn: (h) => entitiesOf(h).map((e) => e.name) },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    includeScore: true,
  });
  return (query) => {
    const words = query.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return list;
    // Every word must match somewhere (so each word narrows); rank by the words' summed scores.
    let scores: Map<number, number> | null = null;
    for (const word of words) {
      const next = new Map<number, number>();
      for (const r of fuse.search(word)) {
        if (scores === null || scores.has(r.refIndex)) next.set(r.refIndex, (scores?.get(r.refIndex) ?? 0) + (r.score ?? 0));
      }
      scores = next;
    }
    return [...scores!].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([i]) => list[i]);
  };
}

/** The highlights that match the query, best first; an empty query returns the list unchanged. */
export function searchHighlights(list: Highlight[], query: string, outletNames: Record<string, string>): Highlight[] {
  return createSearcher(list, outletNames)(query);
}

/** Keeps the highlights that carry the tag, come from the outlet and concern the entity (each if given). */
export function filterHighlights(list: Highlight[], filter: HighlightFilter): Highlight[] {
  const { tag, outletId, entityId } = filter;
  return list.filter(
    (h) => (!tag || h.tags.includes(tag)) && (!outletId || h.outletId === outletId) && (!entityId || entitiesOf(h).some((e) => e.id === entityId)),
  );
}

const newestFirst = (a: Highlight, b: Highlight) => b.created - a.created || a.id.localeCompare(b.id);

/**
 * Groups by page (URL without fragment; titled by its newest highlight) or by snapshot entity (a
 * highlight about several appears under each; one about none goes under UNLINKED_TITLE). Items are
 * newest first; groups are ordered by their newest item, then by title.
 */
export function groupHighlights(list: Highlight[], by: 'page' | 'entity'): HighlightGroup[] {
  const groups = new Map<string, HighlightGroup>();
  const add = (key: string, title: string, h: Highlight, url?: string) => {
    const g = groups.get(key) ?? groups.set(key, { key, title, ...(url ? { url } : {}), items: [] }).get(key)!;
    g.items.push(h);
  };
  for (const h of [...list].sort(newestFirst)) {
    if (by === 'page') {
      const url = pageKey(h.url);
      add(url, h.title.trim() || url, h, url);
      continue;
    }
    const entities = entitiesOf(h);
    if (entities.length === 0) add(UNLINKED_KEY, UNLINKED_TITLE, h);
    for (const e of entities) add(e.id, e.name, h);
  }
  return [...groups.values()].sort((a, b) => newestFirst(a.items[0], b.items[0]) || a.title.localeCompare(b.title));
}

/** Distinct values for the filter menus, sorted by what the reader sees. */
export function filterOptions(list: Highlight[], outletNames: Record<string, string>) {
  const tags = new Set<string>();
  const outlets = new Map<string, string>();
  const entities = new Map<string, string>();
  for (const h of list) {
    for (const t of h.tags) tags.add(t);
    if (h.outletId) outlets.set(h.outletId, outletNames[h.outletId] ?? h.outletId);
    for (const e of entitiesOf(h)) if (!entities.has(e.id)) entities.set(e.id, e.name);
  }
  const byName = (m: Map<string, string>) => [...m].map(([value, name]) => ({ value, name })).sort((a, b) => a.name.localeCompare(b.name));
  return {
    tags: [...tags].sort((a, b) => a.localeCompare(b)).map((t) => ({ value: t, name: t })),
    outlets: byName(outlets),
    entities: byName(entities),
  };
}
