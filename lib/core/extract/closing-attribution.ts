/**
 * A verb of saying that closes a sentence as its attribution ("…, Yusov told Radio Liberty."): it is
 * read first, before the verbs inside the sentence, and says who speaks all of it.
 */
import { hasReportingVerb } from './reporting-verbs';
import { OPENERS, PRONOUN } from './subject';

/**
 * Whether the verb at `at` closes the sentence as its attribution: after its last comma, a short
 * subject and the verb, then at most a short complement ("…, Yusov told Radio Liberty."). Not a
 * participle ("…, saying it was"), nor a reduced relative ("…, a group it says works for").
 */
export function closingAttribution(masked: string, at: number, verb: string): boolean {
  const comma = masked.lastIndexOf(',', at);
  // "…, seen by the Courier, recommended urgent repairs": what a document recommends closes no one's words.
  if (comma <= 0 || /ing$/i.test(verb) || /^recommend/i.test(verb)) return false;
  const subject = masked
    .slice(comma + 1, at)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const rest = masked.slice(at + verb.length);
  // "…, said she had expected 400 …": a verb of saying before it says who speaks; this is no subject.
  if (hasReportingVerb(subject.join(' '))) return false;
  // An empty subject means an apposition just before the verb (", Yusov, a representative of …, told").
  if (subject.length > 10 || /\b(that|which|who)\b/i.test(rest) || rest.length > 60 || rest.includes(',')) return false;
  // "…, and its chief investigator has cautioned against …": a clause of its own, joined to the one before;
  // "…, to Voss in a series of transfers described as …": a phrase, no subject.
  if (OPENERS.has(subject[0]?.toLowerCase() ?? '')) return false;
  // "…, did not return calls on Friday": a verb phrase of its own, not a subject ("calls" is a noun).
  if (/\b(did|does|do|has|have|had|will|would|could|can)\s+(not|never)\b/i.test(subject.join(' '))) return false;
  // "…, a figure the ministry has disputed": a noun and the subject of a clause about it, not a subject.
  if (/^(a|an|the)\s+[\p{Ll}-]+\s+(the|a|an)\s/iu.test(subject.join(' '))) return false;
  return !(subject.length > 1 && PRONOUN.test(subject[subject.length - 1]));
}
