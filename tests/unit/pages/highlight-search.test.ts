/** The collection's search, filters and grouping (lib/pages/highlight-search.ts) on realistic highlights. */
import { describe, expect, it } from 'vitest';
import {
  filterHighlights,
  filterOptions,
  groupHighlights,
  searchHighlights,
  UNLINKED_KEY,
  UNLINKED_TITLE,
} from '../../../lib/pages/highlight-search';
import { collection, highlight, DAY, EXCHANGE, IL76, OUTLET_NAMES, PESKOV } from '../worker/highlights/fixture';

const list = collection();
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const find = (q: string) => ids(searchHighlights(list, q, OUTLET_NAMES));

describe('searchHighlights', () => {
  it('returns everything, in the given order, for an empty or blank query', () => {
    expect(find('')).toEqual(['h1', 'h2', 'h3', 'h4']);
    expect(find('   ')).toEqual(['h1', 'h2', 'h3', 'h4']);
  });

  it('finds by note, by tag, by quote and by page title', () => {
    expect(find('geolocated')).toEqual(['h3']);
    expect(find('attribution')).toEqual(['h1']);
    expect(find('fireball')).toEqual(['h3']);
    expect(find('Davos')).toEqual(['h4']);
  });

  it('finds by outlet name, which the highlight only has as an id', () => {
    expect(find('Pravda')).toEqual(['h2']);
    expect(find('Agence France')).toEqual(['h4']);
    expect(find('Radio Liberty').sort()).toEqual(['h1', 'h3']);
  });

  it('finds by the snapshot’s entity names', () => {
    expect(find('prisoner exchange')).toEqual(['h2']);
    expect(find('Belgorod').sort()).toEqual(['h1', 'h2', 'h3']);
  });

  it('forgives a typo', () => {
    expect(find('Peskow')).toEqual(['h2']);
    expect(find('geolocatd')).toEqual(['h3']);
  });

  it('narrows with every word, wherever each word matches', () => {
    expect(find('fireball Yablonovo')).toEqual(['h3']);
    expect(find('fireball Pravda')).toEqual([]);
    expect(find('zzqxj')).toEqual([]);
  });
});

describe('filterHighlights', () => {
  it('filters by tag, outlet and entity, and combines them', () => {
    expect(ids(filterHighlights(list, { tag: 'il-76' }))).toEqual(['h1', 'h3']);
    expect(ids(filterHighlights(list, { outletId: 'rferl' }))).toEqual(['h1', 'h3']);
    expect(ids(filterHighlights(list, { entityId: PESKOV.id }))).toEqual(['h2']);
    expect(ids(filterHighlights(list, { entityId: IL76.id }))).toEqual(['h1', 'h2', 'h3']);
    expect(ids(filterHighlights(list, { tag: 'il-76', outletId: 'pravda-ru' }))).toEqual([]);
    expect(ids(filterHighlights(list, {}))).toEqual(['h1', 'h2', 'h3', 'h4']);
  });

  it('offers the tags, outlets and entities present, sorted by name', () => {
    const o = filterOptions(list, OUTLET_NAMES);
    expect(o.tags.map((t) => t.value)).toEqual(['attribution', 'exchange', 'footage', 'il-76']);
    expect(o.outlets.map((x) => x.name)).toEqual(['Agence France-Presse', 'Pravda.ru', 'Radio Free Europe/Radio Liberty']);
    expect(o.entities.map((x) => x.value)).toEqual([PESKOV.id, IL76.id, EXCHANGE.id]);
  });
});

describe('groupHighlights', () => {
  it('groups by page (ignoring the fragment), newest first inside and across groups', () => {
    const groups = groupHighlights(list, 'page');
    expect(groups.map((g) => [g.url, ids(g.items)])).toEqual([
      ['https://www.pravda.ru/news/world/1930000-il76/', ['h2']],
      ['https://www.rferl.org/a/russia-il76-crash-belgorod/32790000.html', ['h3', 'h1']],
      ['https://www.afp.com/en/news/davos-peace-formula', ['h4']],
    ]);
    expect(groups[1].title).toBe('Russian Military Plane Crashes In Belgorod Region');
  });

  it('groups by entity: a highlight about several appears under each; one about none is unlinked; ties go by name', () => {
    const groups = groupHighlights(list, 'entity');
    expect(groups.map((g) => [g.key, ids(g.items)])).toEqual([
      [PESKOV.id, ['h2']],
      [IL76.id, ['h2', 'h3', 'h1']],
      [EXCHANGE.id, ['h2']],
      [UNLINKED_KEY, ['h4']],
    ]);
    expect(groups.map((g) => g.title)).toEqual([PESKOV.name, IL76.name, EXCHANGE.name, UNLINKED_TITLE]);
  });

  it('keys a page as the store does: two spellings of one address are one page', () => {
    const saved = highlight({ id: 'saved', created: DAY, url: 'https://www.rferl.org/a/crash.html' });
    const imported = highlight({ id: 'imported', created: 2 * DAY, url: 'HTTPS://WWW.RFERL.ORG:443/a/crash.html#para-3' });
    const groups = groupHighlights([saved, imported], 'page');
    expect(groups.map((g) => [g.url, ids(g.items)])).toEqual([['https://www.rferl.org/a/crash.html', ['imported', 'saved']]]);
  });

  it('is stable for equal times, and does not reorder its input', () => {
    const a = highlight({ id: 'a', created: DAY });
    const b = highlight({ id: 'b', created: DAY });
    const input = [b, a];
    expect(ids(groupHighlights(input, 'page')[0].items)).toEqual(['a', 'b']);
    expect(ids(input)).toEqual(['b', 'a']);
    expect(groupHighlights([], 'entity')).toEqual([]);
  });
});
