/**
 * Who says a sentence: a reporting verb and its subject ("Peskov said", "according to X",
 * ",” Yusov said", "he added"), resolved to a known entity where one is named, otherwise kept as
 * the named source. No reporting verb means the outlet says it in its own voice.
 */
import type { Speaker } from '../pack/types';

export interface SpeakerMention {
  entityId: string;
  name: string;
  type: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

/** What "he", "she", "it" or "they" may refer to, from the sentences before. */
export interface Antecedents {
  /** The speaker of the sentence just before, if it had one. */
  lastSpeaker?: Speaker;
  /** The person most recently named. */
  lastPerson?: Speaker;
}

const VERB =
  /\b(said|says|say|saying|told|tells|added|adds|wrote|writes|claimed|claims|declared|declares|insisted|insists|reported|reports|announced|announces|stated|believes|accused|accuses|called|calls|urged|commented|confirm|confirmed|deny|denied|denies|refused|blamed|laid blame|explained|noted|argued|stressed|demanded|emphasized|emphasised|cited|read|repeated|repeats)\b/gi;
const RELATIVE = /\b(which|who|whom|that)\s+(\S+\s+){0,3}$/i;
const PRONOUN = /^(he|she|it|they)$/i;
/** "Nobody has confirmed…" is the outlet saying that nothing is confirmed: no one speaks. */
const NOBODY = /^(nobody|no|none|neither)$/i;
const LEADING = /^(the|but|and|however|meanwhile|also|initially|earlier|later|then|now|still)$/i;
const AUXILIARY = /^(also|initially|earlier|later|then|now|still|has|have|had|did|does|do|not|will|would|could|was|were|is)$/i;
const CAN_SPEAK = new Set(['person', 'organization', 'group']);
const AFTER_QUOTE = /[”"],?\s*$/;

const entitySpeaker = (m: SpeakerMention): Speaker => ({ kind: 'entity', entityId: m.entityId, name: m.name });

/** The words of the clause before the verb, without leading conjunctions or auxiliaries. */
function subjectWords(before: string): string[] {
  const clause = before.split(/[,;:(]|\bthat\b|\bwhile\b/).pop() ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean);
  while (words.length && LEADING.test(words[0])) words.shift();
  return words.filter((w, i) => i === 0 || !(AUXILIARY.test(w) || /ly$/.test(w)));
}

function pronounReferent(pronoun: string, a: Antecedents): Speaker | undefined {
  if (a.lastSpeaker) return a.lastSpeaker;
  return /^(he|she)$/i.test(pronoun) ? a.lastPerson : undefined;
}

/**
 * The speaker of `masked` (the sentence with its quotations blanked), or undefined when the
 * outlet speaks.
 */
export function speakerOf(masked: string, mentions: SpeakerMention[], a: Antecedents): Speaker | undefined {
  const eligible = mentions.filter((m) => CAN_SPEAK.has(m.type));
  const according = /\baccording to\s+/i.exec(masked);
  if (according) {
    const at = according.index + according[0].length;
    const m = eligible.find((e) => e.start >= at && e.start <= at + 40);
    if (m) return entitySpeaker(m);
    const phrase = masked.slice(at).split(/[,.;]/)[0].trim();
    if (phrase) return { kind: 'source', name: phrase };
  }
  for (const v of masked.matchAll(VERB)) {
    const at = v.index!;
    const before = masked.slice(0, at);
    if (RELATIVE.test(before) && before.replace(RELATIVE, '').trim() !== '') continue;
    if (AFTER_QUOTE.test(before) || before.trim() === '') {
      // Inverted order after a quotation: ",” said the country's Coordination Headquarters".
      const m = eligible.find((e) => e.start >= at && e.start <= at + 60);
      if (m) return entitySpeaker(m);
      const after = masked.slice(at + v[0].length);
      const pronoun = /^\s*(he|she|it|they)\b/i.exec(after);
      if (pronoun) return pronounReferent(pronoun[1], a);
      const name = after.replace(/^\s*(a statement issued by|by)?\s*/i, '').split(/[,.;]| on | in /)[0].trim();
      if (name) return { kind: 'source', name: name.replace(/^the\s+/i, '') };
    }
    const words = subjectWords(before);
    if (words.length > 0 && NOBODY.test(words[0])) continue;
    if (words.length > 0 && PRONOUN.test(words[0])) return pronounReferent(words[0], a);
    const person = eligible.filter((e) => e.type === 'person' && e.end <= at && at - e.end <= 160).pop();
    const other = eligible.filter((e) => e.end <= at && at - e.end <= 80).pop();
    if (person ?? other) return entitySpeaker((person ?? other)!);
    if (words.length > 0 && words.length <= 8) return { kind: 'source', name: words.join(' ') };
  }
  return undefined;
}
