/**
 * An event a page's headline or first paragraph names in words of its own: "a crush outside Vollen
 * Park" for "Vollen Park crush", "a freight train derailed at Orrin Junction" for "derailment at Orrin
 * Junction". The gazetteer spots aliases as written; a page that frames its story in other words
 * would otherwise have no event, and its sentences no subject. An alias counts when every one of its
 * words (common words aside) is in the lede, a shared stem of five letters being enough
 * ("derailed", "derailment"), and one of them is a name (capitalised in the alias), so that generic
 * aliases ("plane crash") never match loosely.
 */
import { eng } from 'stopword';
import type { Entity } from '../pack/types';

const COMMON = new Set(eng);
/** Fewer words than this and an alias is too thin to find by its words alone. */
const MIN_WORDS = 2;
const STEM = 5;

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const stem = (word: string) => word.toLowerCase().slice(0, STEM);

/** The events whose alias's words the lede holds; empty when none does. */
export function looselyNamedEvents(lede: string, events: Iterable<Entity>): string[] {
  const stems = new Set(wordsOf(lede).map(stem));
  const exact = new Set(wordsOf(lede).map((w) => w.toLowerCase()));
  const has = (word: string) => (word.length >= STEM ? stems.has(stem(word)) : exact.has(word.toLowerCase()));
  const found: string[] = [];
  for (const event of events) {
    const matches = event.aliases.some((alias) => {
      const words = wordsOf(alias).filter((w) => !COMMON.has(w.toLowerCase()));
      return words.length >= MIN_WORDS && words.some((w) => /^\p{Lu}/u.test(w)) && words.every(has);
    });
    if (matches) found.push(event.id);
  }
  return found;
}
