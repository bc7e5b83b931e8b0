/**
 * The gazetteer: every alias of every known entity compiled into one automaton, with the rules
 * that keep look-alikes from being linked. Built once; shared by extraction, CLI and content script.
 */
import type { Entity, EntityType } from '../pack/types';
import { Automaton } from './automaton';
import { foldPhrase } from './normalise';
import { drain, type Steps } from './steps';

/** The compact form the content script receives: just what spotting needs. */
export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  rules?: Entity['rules'];
}

export interface Pattern {
  /** Index into `entries`. */
  entry: number;
  alias: string;
  /** A notWithin phrase: when it wins, nothing is linked there. */
  blocks: boolean;
  exactCase: boolean;
  afterFullName: boolean;
  /** For an afterFullName alias: the entries (rules.linkWhenPageNames) whose mention also lets it count. */
  opensAfter: number[];
}

/** What spotting reads of an entry once its aliases and rules are compiled in. */
export type EntryHead = Pick<GazetteerEntry, 'id' | 'name' | 'type'>;

export interface Gazetteer {
  entries: EntryHead[];
  patterns: Pattern[];
  automaton: Automaton;
}

export function toGazetteerEntry(e: Entity): GazetteerEntry {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, ...(e.rules ? { rules: e.rules } : {}) };
}

export function compileGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  return drain(compileSteps(entries));
}

/** compileGazetteer in steps, for a caller that yields to the page between them (a large gazetteer takes a while). */
export function* compileSteps(entries: readonly GazetteerEntry[]): Steps<Gazetteer> {
  const patterns: Pattern[] = [];
  const folded: string[] = [];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    const exact = new Set(entry.rules?.exactCase ?? []);
    const later = new Set(entry.rules?.afterFullName ?? []);
    const push = (alias: string, blocks: boolean) => {
      const f = foldPhrase(alias);
      if (f.length === 0) return;
      folded.push(f);
      patterns.push({ entry: index, alias, blocks, exactCase: exact.has(alias), afterFullName: later.has(alias), opensAfter: [] });
    };
    for (const alias of entry.aliases) push(alias, false);
    for (const phrase of entry.rules?.notWithin ?? []) push(phrase, true);
    if (index % 128 === 127) yield;
  }
  // linkWhenPageNames, as entry indexes; an id this gazetteer lacks opens nothing.
  const index = new Map(entries.map((e, i) => [e.id, i]));
  for (const p of patterns) {
    if (p.afterFullName) p.opensAfter = (entries[p.entry].rules?.linkWhenPageNames ?? []).flatMap((id) => (index.has(id) ? [index.get(id)!] : []));
  }
  const automaton = new Automaton();
  yield* automaton.build(folded);
  return { entries: entries.map(({ id, name, type }) => ({ id, name, type })), patterns, automaton };
}
