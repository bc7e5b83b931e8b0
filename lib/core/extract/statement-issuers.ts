/**
 * Whose word a paragraph is where a page publishes another body's statement whole
 * (published-statement.ts): its issuer, as a speaker — the pack's entity where its name is one, else
 * the name as written. Not where the issuer is the outlet itself: its own release on its own site is
 * its own voice.
 */
import type { Entity, Speaker } from '../pack/types';
import type { Paragraph } from './sentences';
import { publishedStatements, withoutLegalForm } from './published-statement';
import { type Antecedents, isOutlet } from './referents';
import { sourceOf } from './speaker-source';

export interface StatementIssuers {
  /** The issuer of the statement paragraph `i` belongs to, if any. */
  issuerAt(i: number): Speaker | undefined;
  /** Whether paragraph `i` only heads a statement (its issuer's name): no claim. */
  heads(i: number): boolean;
}

export function statementIssuers(
  paragraphs: readonly Paragraph[],
  mentions: readonly { start: number; end: number; entityId: string }[],
  entities: ReadonlyMap<string, Entity>,
  a: Antecedents,
): StatementIssuers {
  const statements = publishedStatements(paragraphs)
    .filter((st) => !isOutlet(withoutLegalForm(st.issuer.name).split(/\s+/), a))
    .map((st) => {
      const known = mentions.find(
        (m) => m.start < st.issuer.end && m.end > st.issuer.start && (st.speech || entities.get(m.entityId)?.type !== 'person'),
      );
      const speaker: Speaker = known
        ? { kind: 'entity', entityId: known.entityId, name: entities.get(known.entityId)!.name }
        : (sourceOf(st.issuer.name.split(/\s+/)) ?? { kind: 'source', name: st.issuer.name });
      return { ...st, speaker };
    });
  // By paragraph, once: a page of thousands of statements is asked of each of its paragraphs.
  const issuers = new Map<number, Speaker>();
  for (const st of statements) for (let i = st.from; i < st.to; i++) if (!issuers.has(i)) issuers.set(i, st.speaker);
  const heads = new Set(statements.flatMap((st) => (st.head === undefined ? [] : [st.head])));
  return { issuerAt: (i) => issuers.get(i), heads: (i) => heads.has(i) };
}
