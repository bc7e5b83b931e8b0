/**
 * The claim pack ("parallax-claims/1"): the shapes of outlets, articles, entities, facets and
 * claims, shared by the extraction, the database, the messages and the import/export code.
 */

export const PACK_FORMAT = 'parallax-claims/1';

/** Who set a label and on what grounds: labels are judgements, so each carries its basis. */
export interface LabelBasis {
  by: string;
  why: string;
}

export interface Outlet {
  id: string;
  name: string;
  domains: string[];
  country: string;
  /** One value per axis, e.g. { ownership: 'wire', alignment: 'neutral' }. */
  labels: Record<string, string>;
  /** Same keys as `labels`. */
  labelBasis: Record<string, LabelBasis>;
}

export interface Article {
  id: string;
  outletId: string;
  title: string;
  /** ISO date, YYYY-MM-DD. */
  published: string;
  byline?: string;
  url?: string;
  text: string;
}

export const ENTITY_TYPES = ['event', 'person', 'organization', 'place', 'object', 'group'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The rules that keep an entity from being linked where a look-alike is meant. */
export interface EntityRules {
  /** Aliases that count only when spelt in exactly this case (PACE, not "pace"). */
  exactCase?: string[];
  /** Aliases that count alone only after another alias of the entity appeared earlier in the text. */
  afterFullName?: string[];
  /** Longer phrases that contain an alias but mean something else ("Sea of Azov"): never linked. */
  notWithin?: string[];
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string;
  rules?: EntityRules;
}

export interface Facet {
  id: string;
  /** The event entity this facet asks about. */
  eventId: string;
  question: string;
}

export const CLAIM_MODES = ['asserted', 'attributed', 'denied'] as const;
export type ClaimMode = (typeof CLAIM_MODES)[number];

/** Who says it: the outlet in its own voice, a known entity, or a named source that is not one. */
export type Speaker =
  | { kind: 'outlet' }
  | { kind: 'entity'; entityId: string; name: string }
  | { kind: 'source'; name: string };

/** A number a claim states, with what it counts (`what`, verbatim) and a comparable key (`counts`). */
export interface StatedNumber {
  value: number;
  text: string;
  what: string;
  counts: string;
}

export interface Claim {
  id: string;
  articleId: string;
  outletId: string;
  quote: string;
  start: number;
  end: number;
  entityIds: string[];
  facetIds: string[];
  speaker: Speaker;
  mode: ClaimMode;
  numbers: StatedNumber[];
}

export interface ClaimPack {
  format: typeof PACK_FORMAT;
  outlets: Outlet[];
  articles: Article[];
  entities: Entity[];
  facets: Facet[];
  claims: Claim[];
}

/** Errors cross contexts as values, never as thrown exceptions. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = string>(error: E): Result<never, E> => ({ ok: false, error });
