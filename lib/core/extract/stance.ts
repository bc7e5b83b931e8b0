/**
 * A stance held by a group or a person named as subject ("Hydrologists are less sure", "Analysts
 * were not convinced"), or named as its owner ("The agency's defence is that …", "The council's own
 * figures put …", "Lawyers are understood to doubt that …"): their
 * view, attributed to them, when the subject can be a speaker.
 */
import type { Speaker } from '../pack/types';
import { type Antecedents, definiteReferent, personLike } from './referents';
import { entitySpeaker, PEOPLE, sourceOf, type SpeakerMention } from './speaker-source';

const STANCE =
  /^\s*((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:is|are|was|were|remain|remained)\s+(?:not\s+|less\s+|more\s+|far\s+from\s+|still\s+|also\s+)*(sure|convinced|certain|confident|sceptical|skeptical|doubtful|optimistic|pessimistic|unconvinced|unsure)\b/u;

/** "The agency's defence is that …", "the council's own figures put …": what someone argues or counts, as theirs. */
const OWNED =
  /^\s*((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:(?:defen[cs]e|argument|position|view|case|explanation|response|reply|answer|contention|line)\s+(?:is|was|has been|remains)\s+that\b|(?:best\s+)?estimate\s+(?:is|was)\b|(?:figures|data|statistics|records|results|count|tally|estimates?)\b[^.;]{0,80}?\b(?:put|puts|show|shows|showed|gives|gave|stands at|stood at)\b)/u;

/** "…, turnout was 88.7%, commission data showed.": figures closing the sentence, by whose they are. */
const DATA_CLOSES =
  /,\s*(?:the\s+)?([\p{L}'’-]+?)(?:['’]s)?\s+(?:(?:latest|final|official|own|preliminary|provisional)\s+)*(?:data|figures|results|records|statistics)\s+(?:showed|show|shows|suggest|suggests|suggested|indicate|indicates|indicated)\s*[.!]?\s*$/iu;

/** "Government lawyers are understood to doubt that …": a view the outlet has been told someone holds. */
const UNDERSTOOD_TO =
  /^\s*((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:is|are|was|were)\s+understood\s+to\s+(?:doubt|believe|think|favour|favor|oppose|accept|want|prefer|have\s+(?:told|said|warned|argued))\b/u;

/** Who holds a stance named as the subject: a known name in it, "the ministry" heard before, a name, or people ("Analysts"). */
function holder(words: string[], masked: string, eligible: SpeakerMention[], a: Antecedents, owner = false): Speaker | undefined {
  const end = masked.indexOf(words[words.length - 1]) + words[words.length - 1].length;
  const m = eligible.find((e) => e.end <= end);
  if (m) return entitySpeaker(m);
  const definite = definiteReferent(words, a);
  if (definite) return definite;
  // A defence or figures are always someone's ("the operator's"); a stance only a person's or people's.
  if (owner) return sourceOf(words);
  return personLike({ kind: 'source', name: words.join(' ') }) || (words.length <= 3 && PEOPLE.test(words[words.length - 1].toLowerCase()))
    ? sourceOf(words)
    : undefined;
}

/** Who holds the stance a sentence opens with, or undefined when it holds none ("Prices are certain to rise"). */
export function stanceHolder(masked: string, eligible: SpeakerMention[], a: Antecedents): Speaker | undefined {
  const owned = OWNED.exec(masked) ?? UNDERSTOOD_TO.exec(masked);
  if (owned) return holder(owned[1].split(/\s+/), masked, eligible, a, true);
  // Only a known entity or a body heard before: "…, census data showed" names no one.
  const closing = DATA_CLOSES.exec(masked);
  if (closing) {
    const end = closing.index + closing[0].indexOf(closing[1]) + closing[1].length;
    const m = eligible.find((e) => e.end === end);
    return m ? entitySpeaker(m) : definiteReferent(['the', closing[1]], a);
  }
  const stance = STANCE.exec(masked);
  if (!stance || /^\s+to\b/.test(masked.slice(stance.index + stance[0].length))) return undefined;
  return holder(stance[1].split(/\s+/), masked, eligible, a);
}
