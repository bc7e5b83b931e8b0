/**
 * Who says a quotation that names no one where it stands, from the paragraphs around it: the
 * speaker named where a quotation left open at a paragraph's end closes; the speaker the paragraph
 * after names, for quotation paragraphs with none before them (a press release's quote, then "X
 * said …"); "That was X, speaking to …" after quotation paragraphs; and a person the paragraph
 * before introduced without a word of theirs. The state claims.ts carries from paragraph to
 * paragraph for it, and the claims it gives a speaker to once it is known.
 */
import type { Claim, Speaker } from '../pack/types';
import { modeOf } from './mode';
import { entitySpeaker, sourceOf, type SpeakerMention } from './speaker-source';

/**
 * "That was Crispin Moorcroft, …, speaking to VNB News", "That was the response of its head of
 * engineering, Maren Ostmann", "That is how Frida Kolstad … answered our questions": a sentence that
 * names who said the quotation before it.
 */
const THAT_WAS = new RegExp(
  [
    '^\\s*(?:That|This|Those|These)\\s+(?:was|is|were|are)\\s+(?:',
    // "… how X answered our questions", "… what X told us": the name, then a verb of answering.
    '(?:how|what)\\s+(?=[^.]*?\\b(?:answered|responded|replied|put it|described|explained|summed|said|told)\\b)',
    '|the\\s+(?:response|reply|answer|reaction|verdict|view|words?|message)\\s+(?:of|from)\\s+',
    // "That was X, …, speaking to …": the name right after.
    '|(?=[^,]{1,60}(?:,[^,]{1,120})?,?\\s+(?:speaking|talking)\\s+(?:to|with|on|at)\\b))',
  ].join(''),
  'iu',
);
/** A person's name as written: two to four capitalised words. */
const NAME = /\b(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})\b/u;

/** Who such a sentence names, a person the pack knows or by the name written; undefined for any other sentence. */
function speakerNamedAfterQuote(masked: string, mentions: SpeakerMention[]): Speaker | undefined {
  const m = THAT_WAS.exec(masked);
  if (!m) return undefined;
  const known = mentions.find((e) => e.type === 'person' && e.start >= m[0].length);
  if (known) return entitySpeaker(known);
  const name = NAME.exec(masked.slice(m[0].length))?.[1];
  return name ? sourceOf(name.split(/\s+/)) : undefined;
}

const giveTo = (claims: Claim[], speaker: Speaker) => {
  for (const c of claims) Object.assign(c, { speaker, mode: modeOf(c.quote, speaker) });
};

/** How a claim was read, as far as the quotations around it go. */
export interface QuotedClaim {
  /** Whether the sentence is inside a quotation. */
  quoted: boolean;
  /** Its speaker, if any (the outlet's voice otherwise). */
  speaker: Speaker | undefined;
  /** Whether its quotation named no one, before or after it, and its speaker is only the one heard before. */
  unnamed: boolean;
  /** Whether its quotation runs on past the paragraph's end with no closing mark. */
  leftOpen: boolean;
  /** Whether its speaker is the one heard last (as a quotation left open takes it). */
  continuesLast: boolean;
}

export class QuoteSpeakers {
  /** Claims inside a quotation left open at a paragraph's end: they take the speaker named where it closes. */
  private openQuote: Claim[] = [];
  /** Quotation paragraphs with no speaker named before them: the next paragraph's speaker says them. */
  private unclaimed: Claim[] = [];
  /** Claims of the quotation paragraphs just before, named for no one: "That was X, speaking to …" names their speaker. */
  private run: Claim[] = [];
  /** A person the paragraph before introduced without quoting ("Dolores Wetherby chairs the association."). */
  private introducedPerson: Speaker | undefined;

  /** A paragraph begins; `quoting` when it opens with a quotation mark (a quotation left open runs on only then). */
  startParagraph(quoting: boolean): void {
    if (!quoting) this.openQuote = [];
  }

  /** Someone was named as speaking: a quotation after is not the introduced person's. */
  heard(): void {
    this.introducedPerson = undefined;
  }

  /** The person introduced just before, for a quotation that opens its paragraph and names no one. */
  introduced(quoting: boolean): Speaker | undefined {
    return quoting ? this.introducedPerson : undefined;
  }

  /**
   * A paragraph's first sentence and its speaker, when the paragraph opens with no quotation: the
   * quotation paragraphs before that named no one are its speaker's.
   */
  firstSentence(speaker: Speaker | undefined): void {
    if (this.unclaimed.length > 0 && speaker && speaker.kind !== 'outlet') giveTo(this.unclaimed, speaker);
    this.unclaimed = [];
  }

  /** A sentence opening a paragraph with the close of a quotation left open: its speaker says the quotation. */
  closes(speaker: Speaker): void {
    if (this.openQuote.length === 0) return;
    giveTo(this.openQuote, speaker);
    this.openQuote = [];
  }

  /**
   * A paragraph's first sentence after quotation paragraphs: if it names who said them ("That was
   * X, …"), they are X's, and the sentence answers X.
   */
  namedAfter(masked: string, mentions: SpeakerMention[]): Speaker | undefined {
    if (this.run.length === 0) return undefined;
    const speaker = speakerNamedAfterQuote(masked, mentions);
    if (speaker) giveTo(this.run, speaker);
    return speaker;
  }

  /** A claim of a paragraph that opens with a quotation mark (`quoting`), or of any other. */
  claimed(claim: Claim, quoting: boolean, how: QuotedClaim): void {
    if (how.quoted && !how.speaker && quoting) this.unclaimed.push(claim);
    if (quoting && how.unnamed) this.run.push(claim);
    if (how.leftOpen && how.continuesLast) this.openQuote.push(claim);
  }

  /**
   * A paragraph ends. One that opened with no quotation ends the run of quotation paragraphs; if it
   * named a person (`named`) and no one spoke in it, a quotation opening the next is theirs.
   */
  endParagraph(quoting: boolean, heardHere: boolean, named: Speaker | undefined): void {
    if (quoting) return;
    this.run = [];
    this.introducedPerson = heardHere ? undefined : named;
  }
}
