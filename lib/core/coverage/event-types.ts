/** The event page's data: an entity's whole story (eventCoverageFor) and the rows of its charts (event-points). */
import type { ClaimMode, Entity, Outlet } from '../pack/types';
import type { HiddenLabels, HiddenOutlet } from './filters';
import type { LabelOverrides } from './labels';
import type { FacetCoverage } from './types';

/** Outlets the page is sent at first, and more each time the reader asks: a grid wider than this is not read column by column. */
export const EVENT_OUTLETS = 40;
/** Claims of one outlet on one question the page is sent; the rest are counted (`more`) and exported. */
export const CELL_CLAIMS = 8;

export interface EventQuery {
  entityId: string;
  hide?: HiddenLabels;
  overrides?: LabelOverrides;
  /** How many outlets, first to report first, the page is sent (EVENT_OUTLETS when absent). */
  outlets?: number;
  /** Every outlet and every claim, for an export: not for drawing. */
  all?: boolean;
}

/** One column of the grid: an outlet (labels after the reader's overrides) and its first report's date. */
export interface EventColumn {
  outlet: Outlet;
  firstReport: string;
}

/** The questions of one event; `event: null` holds claims that answer no known question. */
export interface EventSection {
  event: { id: string; name: string } | null;
  rows: FacetCoverage[];
}

export interface EventCoverage {
  entity: Entity;
  sections: EventSection[];
  /** Shown outlets, first to report first, then by name. */
  columns: EventColumn[];
  hidden: HiddenOutlet[];
  timeline: TimelinePoint[];
  figures: FigurePoint[];
  /** Outlets that covered it (hidden ones too) per label, on each axis. */
  labels: LabelCount[];
  /** The whole story's size: the outlets that report it (shown by the reader's filters) and their claims. */
  totals: { outlets: number; claims: number };
}

export interface TimelinePoint {
  /** A first report (one per outlet) or one published claim. */
  kind: 'first' | 'claim';
  outletId: string;
  outlet: string;
  /** The article's publication date, as the pack gives it (YYYY-MM-DD…). */
  date: string;
  claimId?: string;
  quote?: string;
  mode?: ClaimMode;
  speaker?: string;
}

export interface FigurePoint {
  question: string;
  facetId: string;
  outletId: string;
  outlet: string;
  claimId: string;
  value: number;
  /** What the figure counts, as the claim words it ("Ukrainian POWs")… */
  what: string;
  /** …and as the pack files it, for comparing ("prisoners of war"). */
  counts: string;
  speaker: string;
  mode: ClaimMode;
  quote: string;
}

export interface LabelCount {
  axis: string;
  label: string;
  count: number;
}
