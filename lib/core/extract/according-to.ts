/**
 * "according to X", "by the count of X": who X is — a known entity named right after (or the
 * author of a document named there: "according to a preliminary report by the institute"), one
 * person speaking for such a body as written ("according to a health board spokeswoman"), or
 * someone unnamed ("according to a person who has seen it").
 */
import type { Speaker } from '../pack/types';
import { speaksForABody } from './referents';
import { entitySpeaker, sourceOf, type SpeakerMention } from './speaker-source';

/** A document named before its author: "a preliminary report by", "an internal memo from". */
const DOCUMENT_BY =
  /^(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|study|analysis|assessment|review|survey|estimate|memo|note|letter|document|statement|log|audit)\s+(?:by|from|of)\s+/u;

/**
 * "As per sources, …" (Indian English) opens as "according to sources" does, before a source or a
 * name (not "As per protocol"); later in a sentence whose speaker is named, "as per the assessment" is
 * that speaker's source.
 */
const AS_PER =
  /^\s*[Aa]s per\s+(?=([Ss]ources|[Oo]fficials|[Rr]eports|[Pp]olice|[Aa]uthorities|[Dd]ata|[Ff]igures|[Ee]stimates|the (ministry|government|agency|company|department|district administration)\b|\p{Lu}))/u;

/** Where the source's phrase ends: a clause break, a relative, or who saw the document. */
const PHRASE_END = /[,;]|\s(?:who|that|which)\s|\s(?:seen|obtained|reviewed) by\s/;
const SEEN_BY = /\s(?:seen|obtained|reviewed) by\s/;

/** Who the sentence (its quotations blanked) is "according to", or undefined when it names no one that way. */
export function accordingTo(masked: string, eligible: SpeakerMention[]): Speaker | undefined {
  const according = /\b(according to|by the (count|tally|estimate|reckoning|account) of)\s+/i.exec(masked) ?? AS_PER.exec(masked);
  if (!according) return undefined;
  // "according to a preliminary report by the institute": the report's author.
  const document = DOCUMENT_BY.exec(masked.slice(according.index + according[0].length));
  const at = according.index + according[0].length + (document?.[0].length ?? 0);
  // Named within the phrase: not the sentence's subject after it ("According to a filing seen by Tallis, the fund …");
  // later in the sentence a comma may open an apposition ("…, according to its fire chief, Dagny Orlo.").
  const opens = masked.slice(0, according.index).trim() === '';
  const phraseEnd = at + ((opens ? PHRASE_END : SEEN_BY).exec(masked.slice(at))?.index ?? masked.length);
  const m = eligible.find((e) => e.start >= at && e.start <= at + 40 && e.start < phraseEnd);
  // "according to a health board spokeswoman": one person speaking for the body, as written.
  const role = m && /^(a|an|one)\s/i.test(masked.slice(at, m.start)) ? /^\s+[\p{Ll}-]+/u.exec(masked.slice(m.end))?.[0] : undefined;
  if (m && role && speaksForABody({ kind: 'source', name: role.trim() })) {
    return (
      sourceOf(
        masked
          .slice(at, m.end + role.length)
          .trim()
          .split(/\s+/),
      ) ?? entitySpeaker(m)
    );
  }
  if (m) return entitySpeaker(m);
  // "according to a person who has seen it": the person, unnamed.
  const phrase = masked.slice(at).split(PHRASE_END)[0].trim();
  return phrase ? sourceOf(phrase.split(/\s+/)) : undefined;
}
