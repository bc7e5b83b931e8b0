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

const VERB =
  /\b(said|says|say|saying|told|tells|added|adds|wrote|writes|claimed|claims|declared|declares|insisted|insists|reported|reports|announced|announces|stated|believes|accused|accuses|called|calls|urged|commented|confirmed|denied|denies|refused|blamed|laid blame|warned|explained|noted|argued|stressed|demanded|emphasized|emphasised|cited|read|knew)\b/g;
const RELATIVE = /\b(which|who|that|whom)\s+(\S+\s+){0,3}$/i;
const PRONOUN = /^(he|she|it|they)$/i;
const CAN_SPEAK = new Set(['person', 'organization', 'group']);
const LEADING = /^(the|but|and|however|meanwhile|in \w+|also|initially|earlier|later|then)\b[\s,]*/i;

const entitySpeaker = (m: SpeakerMention): Speaker => ({ kind: 'entity', entityId: m.entityId, name: m.name });

function subjectPhrase(before: string): string {
  const clause = before.split(/[,;:(]|\bthat\b|\bwhile\b/).pop() ?? '';
  let words = clause.trim().split(/\s+/).filter((w) => w && !/ly$/.test(w));
  let phrase = words.join(' ');
  while (LEADING.test(phrase)) phrase = phrase.replace(LEADING, '');
  words = phrase.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 ? phrase : '';
}

/**
 * The speaker of `masked` (the sentence with its quotations blanked), or undefined when the
 * outlet speaks; `previous` answers "he said" and the like.
 */
export function speakerOf(masked: string, mentions: SpeakerMention[], previous: Speaker | undefined): Speaker | undefined {
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
    const before = masked.slice(0, v.index);
    if (RELATIVE.test(before) && !/^\s*$/.test(before.replace(RELATIVE, ''))) continue;
    // Inverted order after a quotation: ",” said the country's Coordination Headquarters".
    const after = masked.slice(v.index + v[0].length);
    if (/^\s*[,.]?\s*$/.test(before.replace(/[”"]/g, '')) || /[,”"]\s*$/.test(before)) {
      const m = eligible.find((e) => e.start >= v.index! && e.start <= v.index! + 60);
      if (m) return entitySpeaker(m);
      const inverted = after.replace(/^\s*(a statement issued by|by)?\s*/i, '').split(/[,.;]| on | in /)[0].trim();
      if (inverted && /^(the\s+)?[A-Z]/.test(inverted)) return { kind: 'source', name: inverted.replace(/^the\s+/i, '') };
    }
    const nearest = eligible.filter((e) => e.end <= v.index! && v.index! - e.end <= 80).pop();
    const subject = subjectPhrase(before);
    if (PRONOUN.test(subject.split(' ').pop() ?? '') && subject.split(' ').length <= 2) {
      return previous ?? { kind: 'source', name: subject };
    }
    if (nearest) return entitySpeaker(nearest);
    if (subject && /[A-Z]/.test(subject[0]) ) return { kind: 'source', name: subject };
    if (subject) return { kind: 'source', name: subject };
  }
  return undefined;
}
