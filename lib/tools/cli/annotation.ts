/**
 * annotate: the known entities named in a plain text and, for each, which outlets in a claim pack
 * cover it and on which facets. Pure (no files, no printing), so the CLI and tests share it.
 */
import { coverageFor } from '../../core/coverage/coverage';
import { packCoverageSource } from '../../core/coverage/pack-source';
import type { ClaimPack, EntityType } from '../../core/pack/types';
import { compileGazetteer, toGazetteerEntry, type Gazetteer } from '../../core/spot/gazetteer';
import { findMentions } from '../../core/spot/mentions';

export interface AnnotatedMention {
  entityId: string;
  /** The entity's canonical name (the mention's own spelling is `text`). */
  name: string;
  type: EntityType;
  text: string;
  /** UTF-16 offsets into the annotated text: `text === source.slice(start, end)`. */
  start: number;
  end: number;
}

export interface FacetOutlets {
  facetId: string;
  question: string;
  outlets: string[];
}

export interface AnnotatedEntity {
  entityId: string;
  name: string;
  type: EntityType;
  /** Outlet ids with at least one claim about the entity in the pack. */
  outlets: string[];
  /** Only the pack's facets; claims that answer none of them count in `outlets` alone. */
  facets: FacetOutlets[];
}

export interface Annotation {
  mentions: AnnotatedMention[];
  /** Each mentioned entity once, in order of first mention. */
  entities: AnnotatedEntity[];
}

// Compiling the automaton is the costly step: once per pack, however many texts are annotated.
const compiled = new WeakMap<ClaimPack, Gazetteer>();
function gazetteerOf(pack: ClaimPack): Gazetteer {
  let g = compiled.get(pack);
  if (!g) {
    g = compileGazetteer(pack.entities.map(toGazetteerEntry));
    compiled.set(pack, g);
  }
  return g;
}

export async function annotate(text: string, pack: ClaimPack): Promise<Annotation> {
  const entityById = new Map(pack.entities.map((e) => [e.id, e]));
  const mentions = findMentions(gazetteerOf(pack), text).map((m): AnnotatedMention => {
    const e = entityById.get(m.entityId)!;
    return { entityId: e.id, name: e.name, type: e.type, text: m.text, start: m.start, end: m.end };
  });

  const source = packCoverageSource(pack);
  const ids = [...new Set(mentions.map((m) => m.entityId))];
  const entities = await Promise.all(
    ids.map(async (id): Promise<AnnotatedEntity> => {
      const e = entityById.get(id)!;
      const coverage = await coverageFor(source, { entityId: id });
      const facets = (coverage?.facets ?? []).flatMap((group) =>
        group.facet ? [{ facetId: group.facet.id, question: group.facet.question, outlets: group.outlets.map((o) => o.outlet.id) }] : [],
      );
      return { entityId: id, name: e.name, type: e.type, outlets: coverage?.outletIds ?? [], facets };
    }),
  );
  return { mentions, entities };
}
