/**
 * The shapes of a coverage ("how did each outlet report this?"): the query, the answer grouped by
 * facet and outlet, and what the computation needs from storage. Kept apart from the functions so
 * coverage.ts, disagreement.ts and rank.ts depend on them without depending on each other.
 */
import type { Article, Claim, Entity, Facet, Outlet } from '../pack/types';
import type { HiddenLabels, HiddenOutlet } from './filters';
import type { LabelOverrides } from './labels';

export interface CoverageQuery {
  entityId: string;
  /**
   * The address of the page being read: its outlet is not compared with itself. For a content
   * script the worker sets it from the sender, never from the page's own claims about itself.
   */
  pageUrl?: string;
  /** The sentence around the mention: facets closest to it come first. */
  sentence?: string;
  hide?: HiddenLabels;
  /** The reader's own labels, applied before filtering. */
  overrides?: LabelOverrides;
}

export interface ClaimView extends Claim {
  /** The subscription the claim came from, by name ("via Harbour Newsroom"); absent for others. */
  via?: string;
  /** Of an article the reader added from a page, whose date is only what the page declared. */
  fromPage?: true;
  article: Pick<Article, 'id' | 'title' | 'published' | 'url' | 'byline'>;
}

/**
 * A claim as storage gives it: with the subscription it came from by name ("via Harbour Newsroom"),
 * and marked when its article is a page the reader added (dated only by what the page declares).
 */
export type SourcedClaim = Claim & { via?: string; fromPage?: true };

/** A question, with the subscription it came from by name ("via Harbour Newsroom"); absent for others. */
export type SourcedFacet = Facet & { via?: string };

export interface OutletCoverage {
  outlet: Outlet;
  claims: ClaimView[];
  /** Claims of this outlet on this question a card was not sent (lib/core/coverage/trim.ts); the event page has them. */
  more?: number;
}

export interface FacetCoverage {
  /** null: claims about the entity that answer none of the known questions. */
  facet: SourcedFacet | null;
  outlets: OutletCoverage[];
  disagreements: Disagreement[];
  /** Outlets whose article on this facet was published first. */
  firstOutletIds: string[];
}

export interface Coverage {
  entity: Entity;
  facets: FacetCoverage[];
  /** Outlets whose claims are shown. */
  outletIds: string[];
  hidden: HiddenOutlet[];
  excludedOutletId?: string;
  /** For an object (the aircraft), the event it is mostly reported in (the crash), whose claims are shown with it. */
  context?: { id: string; name: string };
}

/** What coverageFor needs from storage: the database in the extension, plain arrays in tests and the CLI. */
export interface CoverageSource {
  entity(id: string): Promise<Entity | undefined>;
  claimsAbout(entityId: string): Promise<SourcedClaim[]>;
  outlets(): Promise<Outlet[]>;
  facets(): Promise<SourcedFacet[]>;
  /** The articles' heads (title, date, URL, byline): their texts are not needed. */
  articles(ids: string[]): Promise<Omit<Article, 'text'>[]>;
}

export interface Disagreement {
  kind: 'numbers' | 'voice';
  /** One line a reader can take in at a glance. */
  text: string;
  outletIds: string[];
  claimIds: string[];
}
