/**
 * extractClaims: one article in, its claims out. Paragraphs lose their boilerplate, sentences are
 * segmented, and each sentence about a known entity becomes a claim with its speaker, mode,
 * numbers and facets. Deterministic: the same article and gazetteer give the same claims.
 */
import type { Article, Claim, Entity, Facet, Speaker } from '../pack/types';
import type { Gazetteer } from '../spot/gazetteer';
import { findMentions } from '../spot/mentions';
import { PROMO_SENTENCE, reportingPart } from './boilerplate';
import { modeOf } from './mode';
import { numbersIn } from './numbers';
import { maskQuotes, quoteSpans } from './quotes';
import { paragraphsOf, sentencesOf, type Sentence } from './sentences';
import { speakerOf, type Antecedents, type SpeakerMention } from './speaker';

/** A stretch of an article about given events, from `start` to the next section. */
export interface Section {
  start: number;
  events: string[];
}

/** A facet with the cues (regular expressions) that tell a sentence answers it. */
export interface FacetRule extends Facet {
  cues: string[];
}

export interface ExtractContext {
  gazetteer: Gazetteer;
  entities: Map<string, Entity>;
  facets: FacetRule[];
  /** Sorted by start; where none covers a sentence, only the entities it names count. */
  sections?: Section[];
}

function eventsAt(sections: Section[] | undefined, offset: number): string[] {
  return sections?.filter((s) => s.start <= offset).pop()?.events ?? [];
}

function facetsFor(text: string, events: Set<string>, rules: FacetRule[]): string[] {
  return rules.filter((f) => events.has(f.eventId) && f.cues.some((c) => new RegExp(c, 'i').test(text))).map((f) => f.id);
}

export function extractClaims(article: Article, ctx: ExtractContext): Claim[] {
  const text = article.text;
  const mentions = findMentions(ctx.gazetteer, text);
  const claims: Claim[] = [];
  /** The last speaker named anywhere before: a quotation with no attribution of its own continues it. */
  let previous: Speaker | undefined;
  const antecedents: Antecedents = {};
  const paragraphs = paragraphsOf(text);
  const seenParagraphs = new Set<string>();
  paragraphs.forEach((raw, i) => {
    const p = reportingPart(raw, paragraphs[i - 1], article.byline);
    // A paragraph printed twice (a page-assembly slip) is one claim, not two.
    if (!p || seenParagraphs.has(p.text)) return;
    seenParagraphs.add(p.text);
    const spans = quoteSpans(p.text);
    const sentences = sentencesOf(text, p).filter((s) => !PROMO_SENTENCE.test(s.text));
    const local = (s: Sentence) => ({ from: s.start - p.start, to: s.end - p.start });
    const mentionsIn = (s: Sentence): SpeakerMention[] =>
      mentions
        .filter((m) => m.start >= s.start && m.end <= s.end)
        .map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start, type: ctx.entities.get(m.entityId)!.type, name: ctx.entities.get(m.entityId)!.name }));
    const masked = maskQuotes(p.text, spans);
    const speakerIn = (s: Sentence) => speakerOf(masked.slice(local(s).from, local(s).to), mentionsIn(s), antecedents);
    for (const s of sentences) {
      const { from } = local(s);
      const span = spans.find((q) => q.start <= from && from < q.end);
      let speaker = speakerIn(s);
      if (span && !speaker) {
        // Inside a quotation: the speaker is whoever the quotation is attributed to, before or after it.
        const closing = sentences.find((t) => local(t).from < span.end && span.end <= local(t).to);
        const opening = sentences.find((t) => local(t).from <= span.start && span.start < local(t).to);
        speaker = (closing && speakerIn(closing)) ?? (opening && speakerIn(opening)) ?? previous;
      }
      if (speaker) previous = speaker;
      antecedents.lastSpeaker = speaker;
      const inSentence = mentionsIn(s);
      const person = inSentence.filter((m) => m.type === 'person').pop();
      if (person) antecedents.lastPerson = { kind: 'entity', entityId: person.entityId, name: person.name };
      const named = inSentence.map((m) => m.entityId);
      const events = new Set([...eventsAt(ctx.sections, s.start), ...named.filter((id) => ctx.entities.get(id)?.type === 'event')]);
      const facetIds = facetsFor(s.text, events, ctx.facets);
      const entityIds = [...new Set([...named, ...events])];
      if (entityIds.length === 0) continue;
      claims.push({
        id: `${article.id}@${s.start}`,
        articleId: article.id,
        outletId: article.outletId,
        quote: s.text,
        start: s.start,
        end: s.end,
        entityIds,
        facetIds,
        speaker: speaker ?? { kind: 'outlet' },
        mode: modeOf(s.text, speaker),
        numbers: numbersIn(s.text),
      });
    }
  });
  return claims;
}
