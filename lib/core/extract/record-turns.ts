/**
 * An official record of what was said (a parliament's report, a council's minutes): each turn is
 * headed by a line that is only its speaker's name — "Ilse Varga (Ostervik Central) (SDP)", "The
 * Minister for Energy (Dragan Veltmann)", "Mr Speaker" — and the paragraphs under it are theirs until
 * the next such line. Unlike a broadcast transcript (labels.ts) the line has no colon and is written
 * as names are, so it is told from a byline, a subheading or a link's words ("Read More", "Getty
 * Images") by how a record introduces its members: the first time with their seat or party in
 * brackets, or their office; later by name alone. A page is such a record when a name so introduced
 * heads two turns or more.
 */
import type { Speaker } from '../pack/types';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const PARTICLE = '(?:van|von|de|da|del|der|den|di|du|la|le|bin|al|ter)';
/** A person's name: two to four words written as names are, particles between them. */
const PERSON = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s)?${NAME_WORD}(?:\s(?:${PARTICLE}\s)?(?:${NAME_WORD}|\p{Lu}\.)){1,3}`;
/** The name alone, then what the record adds in brackets (a constituency, a party). */
const MEMBER_LINE = new RegExp(String.raw`^(${PERSON})((?:\s\([^()]{1,50}\)){0,2})$`, 'u');
/** An office, then its holder's name in brackets. */
const OFFICE_LINE = new RegExp(String.raw`^The\s[\p{L}'’ ,&-]{3,80}\s\((${PERSON})\)$`, 'u');
/** Whoever chairs: their lines keep order and report nothing. */
const CHAIR_LINE =
  /^(?:(?:Mr|Madam)\s(?:Deputy\s)?Speaker|The\s(?:Deputy\s)?(?:Speaker|Chair|Chairman|Chairwoman|Chairperson|Presiding Officer|Convener|Mayor))$/;

interface Line {
  speaker: Speaker;
  /** Introduced as a record introduces a member: with a seat or party in brackets, or an office, or as the chair. */
  formal: boolean;
}

/** The speaker a record's line names, if the paragraph is only such a line. */
function lineOf(text: string): Line | undefined {
  const line = text.trim();
  if (CHAIR_LINE.test(line)) return { speaker: { kind: 'source', name: line }, formal: true };
  const office = OFFICE_LINE.exec(line);
  const member = office ? undefined : MEMBER_LINE.exec(line);
  const name = office?.[1] ?? member?.[1];
  if (!name) return undefined;
  return { speaker: { kind: 'source', name: name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/, '') }, formal: !!office || member![2] !== '' };
}

/** Whether a record's line names its chair, whose turns keep order and report nothing. */
export const isChair = (speaker: Speaker) => speaker.kind === 'source' && CHAIR_LINE.test(speaker.name);

/**
 * The page's speaker lines, if it is such a record: what reads a paragraph as one (the chair, or a
 * member introduced formally somewhere on the page), or undefined when the page is no record.
 */
export function spokenRecord(paragraphs: readonly { text: string }[]): ((text: string) => Speaker | undefined) | undefined {
  const lines = paragraphs.map((p) => lineOf(p.text));
  const members = new Set(lines.flatMap((l) => (l?.formal && l.speaker.kind === 'source' ? [l.speaker.name] : [])));
  const heads = new Map<string, number>();
  let record = false;
  for (const [i, l] of lines.entries()) {
    // A list of names (those in the debate) heads no turn.
    if (l?.speaker.kind !== 'source' || !members.has(l.speaker.name) || !paragraphs[i + 1] || lines[i + 1]) continue;
    const turns = (heads.get(l.speaker.name) ?? 0) + 1;
    heads.set(l.speaker.name, turns);
    if (turns >= 2 && heads.size >= 2) record = true;
  }
  if (!record) return undefined;
  return (text) => {
    const l = lineOf(text);
    return l?.speaker.kind === 'source' && members.has(l.speaker.name) ? l.speaker : undefined;
  };
}
