/**
 * An event a page names in words of its own: "a crush outside Vollen Park" for "Vollen Park crush",
 * "a freight train derailed at Orrin Junction" for "derailment at Orrin Junction". The gazetteer
 * spots aliases as written; a page that frames its story in other words would otherwise have no
 * event, and its sentences no subject. An alias counts when every one of its words (common words
 * aside) is in the text, a shared stem of five letters being enough ("derailed", "derailment"), and
 * one of them is a name (capitalised in the alias, and no month or day), so that generic aliases ("plane crash") never
 * match loosely; or, asked for names only, when every capitalised word of an alias is there ("the
 * Harnet Bridge" for "Harnet Bridge closure"). The aliases are indexed once per set of entities, by
 * their first name word, so a text is read once whatever the size of the corpus.
 */
import { eng } from 'stopword';
import type { Entity } from '../pack/types';
import { MONTHS } from './boilerplate';

const COMMON = new Set(eng);
/** Fewer words than this and an alias is too thin to find by its words alone. */
const MIN_WORDS = 2;
const STEM = 5;

/** Months and days are capitalised but name no event: "Friday 26 January" is in any day's news. */
const CALENDAR = new RegExp(`^(${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);
/** A word that names: capitalised, and no month or day. */
const isName = (word: string) => /^\p{Lu}/u.test(word) && !CALENDAR.test(word);
const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
/** How a word is compared: by its first five letters when it has them, else whole. */
const keyOf = (word: string) => word.toLowerCase().slice(0, word.length >= STEM ? STEM : undefined);

interface LooseAlias {
  eventId: string;
  keys: string[];
  /** The keys of its names alone ("Harnet", "Bridge" of "Harnet Bridge closure"). */
  nameKeys: string[];
  /** Whether its names are those of a known place (a setting, named in stories of other events too). */
  place: boolean;
}

/** The events' aliases that can be found loosely, by the key of their first name word. */
type LooseIndex = Map<string, LooseAlias[]>;

/** Made once per map of entities (a pack's, a worker's compiled base). */
const indexes = new WeakMap<ReadonlyMap<string, Entity>, LooseIndex>();

function indexOf(entities: ReadonlyMap<string, Entity>): LooseIndex {
  const known = indexes.get(entities);
  if (known) return known;
  const index: LooseIndex = new Map();
  const places = new Set<string>();
  for (const place of entities.values())
    if (place.type === 'place') for (const alias of place.aliases) places.add(wordsOf(alias).filter(isName).map(keyOf).join(' '));
  for (const event of entities.values()) {
    if (event.type !== 'event') continue;
    for (const alias of event.aliases) {
      const words = wordsOf(alias).filter((w) => !COMMON.has(w.toLowerCase()));
      const names = words.filter(isName);
      if (words.length < MIN_WORDS || names.length === 0) continue;
      const nameKeys = names.map(keyOf);
      const entry = { eventId: event.id, keys: words.map(keyOf), nameKeys, place: places.has(nameKeys.join(' ')) };
      const name = names[0];
      const at = keyOf(name);
      index.set(at, [...(index.get(at) ?? []), entry]);
    }
  }
  indexes.set(entities, index);
  return index;
}

/**
 * The events among `entities` whose alias's words (or, with `namesOnly`, its names) a text holds (with
 * `notByPlace`, not by an alias whose names are a known place's: "Davos" of "Peace Formula meeting in
 * Davos"); empty when none does.
 */
export function looselyNamedEvents(text: string, entities: ReadonlyMap<string, Entity>, namesOnly = false, notByPlace = false): string[] {
  const index = indexOf(entities);
  const keys = new Set(wordsOf(text).map(keyOf));
  const found = new Set<string>();
  for (const key of keys)
    for (const alias of index.get(key) ?? [])
      if ((namesOnly ? alias.nameKeys : alias.keys).every((k) => keys.has(k)) && !(notByPlace && alias.place)) found.add(alias.eventId);
  return [...found];
}
