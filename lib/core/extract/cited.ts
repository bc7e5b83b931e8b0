/**
 * Who a sentence cites with "citing …" ("Relay24 reported, citing a source, that …", "ENA, citing an
 * engineer involved, put the figure at …"): someone, named or not, never a reason or evidence
 * ("citing a 6.8 billion shilling shortfall", "citing security concerns").
 */
import type { Speaker } from '../pack/types';
import { PEOPLE, sourceOf } from './speaker-source';

const CITING = /(?:^|,)\s*citing\s+([^,.;]+)/i;
/** What is cited is someone: a name, someone unnamed ("an engineer", "two officials"), not evidence ("symptoms such as …"). */
const CITED_SOMEONE = /^(\p{Lu}|(an?|the|one|two|three|several|unnamed|anonymous)\s)/u;
/** What is cited as a reason ("citing a 6.8 billion shilling shortfall", "citing security concerns"): no one. */
const CITED_REASON = /\d|\b(shortfalls?|concerns?|reasons?|fears?|lack|risks?|need|losses|delays?|problems?|difficulties|costs?|grounds)\b/i;

/** Who `text` cites ("…, citing an engineer involved in the inspection, …"): someone, not evidence. */
export function citedIn(text: string): Speaker | undefined {
  const cited = CITING.exec(text)?.[1]
    .split(/\s+(?:who|that|which|involved|close)\b/)[0]
    .trim();
  const someone = cited && !CITED_REASON.test(cited) && (CITED_SOMEONE.test(cited) || PEOPLE.test(cited.split(/\s+/)[0]));
  return someone ? sourceOf(cited.split(/\s+/)) : undefined;
}
