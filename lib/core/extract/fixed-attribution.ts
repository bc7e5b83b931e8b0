/**
 * Attributions a sentence makes in a fixed form, read before its verbs of saying: the outlet opening
 * the sentence as its subject ("CNB News has seen the letter, which …"), a count by someone ("by the
 * hospital's own count"), figures by who released them ("Figures released by X showed …"), who the
 * outlet "has learned from", whose "version is that …", who named or identified someone "as" someone,
 * the agent of a passive denial ("That account is disputed by X, who …"), and reports someone is
 * "aware of".
 */
import type { Speaker } from '../pack/types';
import { type Antecedents, definiteReferent, isOutlet } from './referents';
import { entitySpeaker, sourceOf, type SpeakerMention } from './speaker-source';

/** A name opening a sentence before its finite verb: "CNB News has seen", "The Lamplight understands". */
const OUTLET_LEADS =
  /^\s*((?:the\s+)?(?:\p{Lu}[\p{L}\d'’.-]*\s+){1,4})(?:has|have|had|is|was|understands|learned|learnt|obtained|reviewed|analysed|analyzed|verified)\b/iu;
/** "by the hospital's own count", "by the ministry's estimate". */
const OWN_COUNT = /\bby\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)['’]s?\s+(?:own\s+)?(?:count|tally|estimate|reckoning|account|figures)\b/iu;
/** "By Friday's count", "by last year's tally": a time, not who counted. */
const WHEN_WORD =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday|tonight|week|month|year|morning|evening|night|weekend)$/i;
/** "is disputed by", "has been rejected by": a passive whose agent is who disputes. */
const DISPUTED_BY = /\b(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?(?:disputed|denied|rejected|contested|challenged)\s+by\s+/i;

/** "Figures released by the authority …", "Data published by the agency …": a document named by who put it out. */
const RELEASED_BY =
  /^\s*(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:figures|data|statistics|numbers|documents|records)\s+(?:released|published|issued|compiled|provided)\s+by\s+/i;

/** What the outlet relays though it opens the sentence: what it was told, cites, or heard from people "who say". */
const RELAYED = /\b(told by|according to|citing|(?:learned|learnt|heard) from|who\s+(\w+\s+)?(say|says|said|told|tell))\b/i;
/** "KPEL 7 has learned from two people familiar with the inquiry that …", "We're hearing from readers that …": who the outlet learned it from says it. */
const LEARNED_FROM =
  /^[^,;]{1,60}?\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?:learned|learnt|heard)|(?:are|is|am|were|was)\s+(?:also\s+)?hearing|['’]re\s+(?:also\s+)?hearing)\s+from\s+/i;
/** "So, the bank's version is that …", "The ministry's position is that …": whose version it is says it. */
const VERSION_IS =
  /^\s*(?:(?:so|and|but|now|well),?\s+)?((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)['’]s?\s+(?:version|account|position|explanation|argument|line|view|case)\s+is\s+that\b/iu;
/** "The two men were identified by the consulate as …", "has been named by his family as …": who names them says it. */
const NAMED_BY = /\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:named|identified)\s+by\s+(?=[^.]{1,80}?\sas\s)/i;
/** "Padmara's government has named the dead cadet as …": the subject that names. */
const HAS_NAMED =
  /^\s*((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?)\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:named|identified)\s+(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+)\b[^.]{0,80}?\sas\s/iu;
/**
 * "The force is aware of speculation on social media that …": what the rumours say is theirs, not the
 * one aware of them. (A body "aware of reports that …" with no such source still speaks for itself.)
 */
const AWARE_OF =
  /\b(?:is|are|was|were|has been|have been)\s+(?:also\s+)?(?:made\s+)?aware\s+of\s+((?:(?:unconfirmed|widespread|online)\s+)?(?:(?:speculation|rumou?rs?)(?:\s+(?:on|in)\s+social\s+media|\s+online)?|(?:reports?|claims?|suggestions?|posts?)(?:\s+(?:on|in)\s+social\s+media|\s+online)))\s+that\b/i;
/** "In the minister's view, …", "In Kirby's words, …": whose view opens the sentence says it. */
const IN_VIEW = /^\s*In\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}?)['’]s?\s+(?:view|opinion|words|estimation|judge?ment),\s/u;
/** Where the name after "identified by" ends: "as", a comma or a clause about it. */
const NAMER_ENDS = /[,.;]|\s(?:as|who|which|that)\s/;
/** Where the name after "learned from" ends: "that", a comma, or a clause about it. */
const INFORMANT_ENDS = /[,.;]|\s(?:that|who|which)\s/;
/** Where the name after "released by" ends: a comma, a time, or the verb of the figures. */
const RELEASED_ENDS = /[,.;]|\s(?:on|in|last|this|earlier|showed?|shows|suggests?|suggested|put|puts|found)\s/;
/** Where the name after "disputed by" ends: a comma or a relative clause about it. */
const DISPUTER_ENDS = /[,.;]|\s(?:who|which|that)\s/;

/** A quotation signed after a dash, its words blanked: "‘…’ — Liesl Callister, the journalist's wife", "“…” – @kurvenkind09". */
const SIGNED = /^\s+[—–―]\s*(?=\p{Lu}|@[\p{L}\d_]{2,})/u;
/** Where a signature's name ends: a comma, a bracket, or where it goes on to say where ("on social media"). */
const SIGNATURE_ENDS = /[,.;(]|\s(?:on|in|at|to|via)\s/;

/** The agent named from `from` on: a known entity starting there, else its words up to `ends`, if few enough to be a name. */
function agentAfter(masked: string, from: number, eligible: SpeakerMention[], ends: RegExp, maxWords: number): Speaker | undefined {
  const m = eligible.find((e) => e.start >= from && e.start <= from + 4);
  if (m) return entitySpeaker(m);
  const words = masked.slice(from).split(ends)[0].trim().split(/\s+/);
  return words.length <= maxWords ? sourceOf(words) : undefined;
}

/** The speaker a fixed form names (undefined inside: the outlet speaks), or undefined when there is none. */
export function fixedAttribution(masked: string, eligible: SpeakerMention[], a: Antecedents): { speaker: Speaker | undefined } | undefined {
  // "CNB News has seen a copy of the letter, which …": the outlet opens the sentence as its subject and
  // speaks it, whatever a clause after says; not "CNB News was told by …", one it cites, nor people it
  // spoke to "who say".
  // "‘We are counting the days.’ — Liesl Callister, on social media": whoever signs the quotation.
  const signed = SIGNED.exec(masked);
  const signer = signed && agentAfter(masked, signed[0].length, eligible, SIGNATURE_ENDS, 5);
  if (signer) return { speaker: signer };
  const lead = OUTLET_LEADS.exec(masked);
  // Nor "The Clarion has been told that …": what someone told it (speaker.ts).
  const told = lead && /^\s*(also\s+)?been\s+told\b/i.test(masked.slice(lead[0].length));
  if (lead && !told && isOutlet(lead[1].trim().split(/\s+/), a) && !RELAYED.test(masked)) return { speaker: undefined };
  // "by the hospital's own count": the counter, as "by the count of the hospital".
  const owned = OWN_COUNT.exec(masked);
  if (owned && !WHEN_WORD.test(owned[1].split(/\s+/).pop()!)) {
    const m = eligible.find((e) => e.start >= owned.index && e.end <= owned.index + owned[0].length);
    const source = m ? entitySpeaker(m) : (definiteReferent(owned[1].split(/\s+/), a) ?? sourceOf(owned[1].split(/\s+/)));
    if (source) return { speaker: source };
  }
  // "Figures released by the authority on Tuesday showed that …": whoever released them.
  const released = RELEASED_BY.exec(masked);
  const byReleaser = released && agentAfter(masked, released[0].length, eligible, RELEASED_ENDS, 6);
  if (byReleaser) return { speaker: byReleaser };
  const view = IN_VIEW.exec(masked);
  if (view) {
    const words = view[1].split(/\s+/);
    // "In the Authority's view" on the Authority's own notice: its own voice.
    if (isOutlet(words, a)) return { speaker: undefined };
    const m = eligible.find((e) => e.start >= view.index && e.end <= view.index + view[0].length);
    const holder = m ? entitySpeaker(m) : (definiteReferent(words, a) ?? sourceOf(words));
    if (holder) return { speaker: holder };
  }
  const version = VERSION_IS.exec(masked);
  if (version) {
    const words = version[1].split(/\s+/);
    const m = eligible.find((e) => e.start >= version.index && e.end <= version.index + version[0].length);
    const holder = m ? entitySpeaker(m) : (definiteReferent(words, a) ?? sourceOf(words));
    if (holder) return { speaker: holder };
  }
  const namedBy = NAMED_BY.exec(masked);
  const namer = namedBy && agentAfter(masked, namedBy.index + namedBy[0].length, eligible, NAMER_ENDS, 6);
  if (namer) return { speaker: namer };
  const hasNamed = HAS_NAMED.exec(masked);
  if (hasNamed) {
    const words = hasNamed[1].split(/\s+/);
    const m = eligible.find((e) => e.start < hasNamed[1].length + hasNamed.index);
    const who = m ? entitySpeaker(m) : (definiteReferent(words, a) ?? sourceOf(words));
    if (who && !isOutlet(words, a)) return { speaker: who };
  }
  const aware = AWARE_OF.exec(masked);
  const reports = aware && sourceOf(aware[1].split(/\s+/));
  if (reports) return { speaker: reports };
  const learned = LEARNED_FROM.exec(masked);
  const informant = learned && agentAfter(masked, learned[0].length, eligible, INFORMANT_ENDS, 8);
  if (informant) return { speaker: informant };
  // "That account is disputed by Tobias Wendler, who …": who disputes it speaks.
  const disputedBy = DISPUTED_BY.exec(masked);
  const byDisputer = disputedBy && agentAfter(masked, disputedBy.index + disputedBy[0].length, eligible, DISPUTER_ENDS, 8);
  if (byDisputer) return { speaker: byDisputer };
  return undefined;
}
