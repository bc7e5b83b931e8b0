/**
 * The claim pack ("parallax-claims/1"), declared once: the shape of each row as a valibot schema.
 * The TypeScript types (types.ts), validatePack (validate.ts) and the published JSON Schema
 * (docs/claim-pack.schema.json, `npm run schema:pack`) all come from here.
 */
import { FIRST_DAY, isRealDay, LAST_DAY, MAX_AXES, MAX_AXIS, MAX_FIGURE, MAX_LABEL, MAX_NAME, MAX_NOTE, MAX_TITLE } from './bounds';
import * as v from 'valibot';
import { id, list, nonEmpty, object, record, shape } from '../schema-issues';
import { FREE_OF_HIDDEN_MARKS } from './shown-text';

export const PACK_FORMAT = 'parallax-claims/1';
export const ENTITY_TYPES = ['event', 'person', 'organization', 'place', 'object', 'group'] as const;
export const CLAIM_MODES = ['asserted', 'attributed', 'denied'] as const;

const oneOf = <T extends string>(options: readonly T[]) => v.picklist(options, `must be one of ${options.join(', ')}`);
/** A name shown as it is written (an outlet's, a speaker's, a title): none of the marks shown-text.ts lists (found by the session-16 attack suite). */
const shown = (max = MAX_NAME) =>
  v.pipe(
    nonEmpty(),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(FREE_OF_HIDDEN_MARKS, 'must not hold characters that reorder text or show as nothing (bidi controls, zero-width spaces)'),
  );
/**
 * The longest address cards link to and exports print: browsers and servers commonly stop at about
 * 2,000 characters, and a 100,000-character one only fills a card (fifteenth attack suite).
 */
const MAX_URL = 2048;
/**
 * An address a card links to: http(s) only, so a javascript: or data: URL from someone else's pack
 * never gets there; at most MAX_URL characters; and its host right after "//" with no user name
 * before it: "https://www.afp.com@harbour.example/a" opens harbour.example, and a Markdown autolink
 * shows the whole string, so a name before an "@" can pass for the host (fifteenth attack suite).
 * One pattern (JSON Schema holds one), in the URL parser's terms for an http(s) address: its host
 * part ends at the first / \ ? or #, an "@" in it makes what comes before a user name, and slashes
 * after "//" are skipped, so the host must start at once ("https:///afp.com@harbour.example/" is a
 * user name too). Case is spelt out rather than with the i flag, which JSON Schema patterns cannot carry.
 */
/**
 * Prose a card shows (an entity's description): bounded, and free of what reorders text or shows as
 * nothing, but with the marks Hebrew and Arabic prose uses to set a run's direction (LRM, RLM, ALM).
 */
const prose = (max: number) =>
  v.pipe(
    nonEmpty(),
    v.maxLength(max, `must be at most ${max} characters`),
    v.regex(
      /^[^\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]*$/,
      'must not hold characters that reorder text or show as nothing (bidi embeddings, overrides and isolates, zero-width spaces)',
    ),
  );
/** Whether an address is one a pack may give an article: what a page added under a longer or odder one is stored without it. */
export const isArticleUrl = (url: string): boolean => v.is(httpUrl(), url);
const httpUrl = () =>
  v.pipe(
    nonEmpty(),
    v.maxLength(MAX_URL, `must be at most ${MAX_URL} characters`),
    v.regex(
      /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/\\?#@]+([/\\?#]\S*)?$/,
      'must be an http(s) URL with its host right after "//" and no user name ("https://www.afp.com@harbour.example/" opens harbour.example)',
    ),
  );
const names = () => list(nonEmpty());
const whole = () =>
  v.pipe(v.number('must be a whole number ≥ 0'), v.integer('must be a whole number ≥ 0'), v.minValue(0, 'must be a whole number ≥ 0'));

/** An axis's name as the popup shows it: short, and none of the marks that reorder text or show as nothing. */
const axisName = () =>
  v.pipe(
    v.string(),
    v.minLength(1, 'must name each axis'),
    v.maxLength(MAX_AXIS, `must name each axis in at most ${MAX_AXIS} characters`),
    v.regex(FREE_OF_HIDDEN_MARKS, 'must name each axis with no characters that reorder text or show as nothing'),
  );

/** Who set a label and on what grounds: labels are judgements, so each carries its basis. */
export const LabelBasisSchema = object({ by: shown(), why: shown(MAX_NOTE) });

export const OutletSchema = object({
  id: id(),
  name: shown(),
  domains: names(),
  country: shown(),
  /** One value per axis, e.g. { ownership: 'wire', alignment: 'neutral' }: shown text, of a few axes. */
  labels: v.pipe(record(shown(MAX_LABEL), axisName()), v.maxEntries(MAX_AXES, `must have at most ${MAX_AXES} axes`)),
  /** The basis of each label, by the same axes as `labels` (checked in validate.ts). */
  labelBasis: record(LabelBasisSchema),
});

export const ArticleSchema = object({
  id: id(),
  outletId: nonEmpty(),
  title: shown(MAX_TITLE),
  /** ISO date, YYYY-MM-DD. */
  published: v.pipe(
    nonEmpty(),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    // A date that exists (not 2024-13-45) and that a chart can hold (not 0001-01-01 or 9999-12-31).
    v.check(isRealDay, 'must be a real date YYYY-MM-DD'),
    v.check((d) => d >= FIRST_DAY && d <= LAST_DAY, 'must be between 1900 and 2100'),
  ),
  byline: v.optional(shown(MAX_TITLE)),
  url: v.optional(httpUrl()),
  text: nonEmpty(),
});

/** The rules that keep an entity from being linked where a look-alike is meant. */
export const EntityRulesSchema = object({
  /** Aliases that count only when spelt in exactly this case (PACE, not "pace"); short acronyms (UN, AP) must be listed here. */
  exactCase: v.optional(names()),
  /** Aliases that count alone only after another alias of the entity appeared earlier in the text. */
  afterFullName: v.optional(names()),
  /** Longer phrases that contain an alias but mean something else ("Sea of Azov"): never linked. */
  notWithin: v.optional(names()),
  /**
   * Entity ids (of this pack) whose mention also opens the afterFullName aliases: once a page has
   * named the Il-76 crash, "prisoner exchange" is the planned exchange without its full name.
   */
  linkWhenPageNames: v.optional(names()),
});

export const EntitySchema = object({
  id: id(),
  name: shown(),
  type: oneOf(ENTITY_TYPES),
  /** What the entity is called in text; see alias rules in docs/claim-pack.md. */
  aliases: v.pipe(names(), v.minLength(1, 'must name at least one alias')),
  /** Shown in every card's header and on the event page: as bounded, and as free of hidden marks, as a note (fifteenth attack suite). */
  description: prose(MAX_NOTE),
  rules: v.optional(EntityRulesSchema),
});

export const FacetSchema = object({
  id: id(),
  /** The event entity this facet asks about. */
  eventId: nonEmpty(),
  question: shown(MAX_TITLE),
});

/** Who says it: the outlet in its own voice, a known entity, or a named source that is not one. */
export const SpeakerSchema = v.variant(
  'kind',
  [
    // variant() needs plain object schemas (it reads their entries); it refuses a list by its missing kind.
    shape({ kind: v.literal('outlet') }),
    shape({ kind: v.literal('entity'), entityId: nonEmpty(), name: shown() }),
    shape({ kind: v.literal('source'), name: shown() }),
  ],
  'must be one of outlet, entity, source',
);

/** A number a claim states, with what it counts (`what`, verbatim) and a comparable key (`counts`). */
export const StatedNumberSchema = object({
  value: v.pipe(
    v.number('must be a number'),
    v.finite('must be a number'),
    v.minValue(-MAX_FIGURE, 'must be between -10¹⁵ and 10¹⁵'),
    v.maxValue(MAX_FIGURE, 'must be between -10¹⁵ and 10¹⁵'),
  ),
  // Shown beside the figure in cards, the event page's table and exports: names, as far as bounds and
  // hidden marks go (a bidi override reversed what a figure counts; fifteenth attack suite).
  text: shown(),
  what: shown(),
  counts: shown(),
});

export const ClaimSchema = object({
  id: id(),
  articleId: nonEmpty(),
  outletId: nonEmpty(),
  quote: nonEmpty(),
  start: whole(),
  end: whole(),
  entityIds: names(),
  facetIds: names(),
  speaker: SpeakerSchema,
  mode: oneOf(CLAIM_MODES),
  numbers: list(StatedNumberSchema),
});

/** Who publishes a pack readers subscribe to: its name is what cards say a claim came "via". */
export const PublisherSchema = object({
  name: shown(),
  url: v.optional(httpUrl()),
});

export const ClaimPackSchema = object(
  {
    format: v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
    publisher: v.optional(PublisherSchema),
    /**
     * When the publisher issued this version (ISO 8601 date and time, with its zone): signed with the
     * pack, so a subscription can refuse an older version served again (docs/subscriptions.md).
     */
    issued: v.optional(
      v.pipe(
        nonEmpty(),
        v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'must be a date and time such as 2026-11-27T09:00:00Z'),
        // Held, a time no one can read (2026-13-01) or one far ahead refuses every later version.
        v.check(
          (t) => Number.isFinite(Date.parse(t)) && Date.parse(t) < Date.parse('2100-01-01T00:00:00Z'),
          'must be a real date and time before 2100',
        ),
      ),
    ),
    outlets: list(OutletSchema),
    articles: list(ArticleSchema),
    entities: list(EntitySchema),
    facets: list(FacetSchema),
    claims: list(ClaimSchema),
  },
  'must be an object',
);
