/**
 * An official record of what was said (a parliament's report, a council's minutes): each turn is
 * headed by a line that is only its speaker's name — "Ilse Varga (Ostervik Central) (SDP)", "The
 * Minister for Energy (Dragan Veltmann)", "Mr Speaker" — and the paragraphs under it are theirs until
 * the next such line. Unlike a broadcast transcript (labels.ts) the line has no colon and is written
 * as names are, so it is told from a byline or a subheading only by turns coming back: the same
 * name heads two turns or more.
 */
import type { Speaker } from '../pack/types';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const PARTICLE = '(?:van|von|de|da|del|der|den|di|du|la|le|bin|al|ter)';
/** A person's name: two to four words written as names are, particles between them. */
const PERSON = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s)?${NAME_WORD}(?:\s(?:${PARTICLE}\s)?(?:${NAME_WORD}|\p{Lu}\.)){1,3}`;
/** The name alone, then what the record adds in brackets (a constituency, a party). */
const MEMBER_LINE = new RegExp(String.raw`^(${PERSON})(?:\s\([^()]{1,50}\)){0,2}$`, 'u');
/** An office, then its holder's name in brackets. */
const OFFICE_LINE = new RegExp(String.raw`^The\s[\p{L}'’ ,&-]{3,80}\s\((${PERSON})\)$`, 'u');
/** Whoever chairs: their lines keep order and report nothing. */
const CHAIR_LINE =
  /^(?:(?:Mr|Madam)\s(?:Deputy\s)?Speaker|The\s(?:Deputy\s)?(?:Speaker|Chair|Chairman|Chairwoman|Chairperson|Presiding Officer|Convener|Mayor))$/;

/** The speaker a record's line names, if the paragraph is only such a line. */
export function speakerLine(text: string): Speaker | undefined {
  const line = text.trim();
  if (CHAIR_LINE.test(line)) return { kind: 'source', name: line };
  const named = OFFICE_LINE.exec(line) ?? MEMBER_LINE.exec(line);
  return named ? { kind: 'source', name: named[1].replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/, '') } : undefined;
}

/** Whether a record's line names its chair, whose turns keep order and report nothing. */
export const isChair = (speaker: Speaker) => speaker.kind === 'source' && CHAIR_LINE.test(speaker.name);

/** Whether the page is such a record: a name heads a turn, text follows, and the same name heads another. */
export function isSpokenRecord(paragraphs: readonly { text: string }[]): boolean {
  const heads = new Map<string, number>();
  for (const [i, p] of paragraphs.entries()) {
    const speaker = speakerLine(p.text);
    const next = paragraphs[i + 1];
    // A list of names (those in the debate, a cast) heads no turn.
    if (speaker?.kind !== 'source' || !next || speakerLine(next.text)) continue;
    const turns = (heads.get(speaker.name) ?? 0) + 1;
    if (turns >= 2 && heads.size >= 2) return true;
    heads.set(speaker.name, turns);
  }
  return false;
}
