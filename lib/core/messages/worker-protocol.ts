/**
 * Every message to the worker (background), declared once: who may send it, its request schema
 * and its response type. `page` messages are what a content script needs for its own page; the
 * worker reads that page's address from the sender. The rest are for the extension's own pages.
 */
import * as v from 'valibot';
import type { EventCoverage } from '../coverage/event-types';
import type { Coverage } from '../coverage/types';
import { MAX_PAGE_HTML } from '../extract/limits';
import type { AddedArticle, Candidate, ImportCounts, MyArticle } from '../corpus/types';
import type { LoadProgress } from '../corpus/load-progress';
import type { SubscribeAnswer, Subscription } from '../corpus/subscriptions';
import { problemInHighlight, problemInNewHighlight } from '../highlights/validate';
import type { Highlight, NewHighlight } from '../highlights/types';
import { ENTITY_TYPES, type ClaimPack, type Entity, type Outlet } from '../pack/types';
import { MAX_WAITING } from '../spot/mentions';
import { MAX_BREAKS, MAX_QUIET_SPANS, MAX_SLICE_CHARS, type SpotAnswer } from '../spot/slice-spot';
import type { PackStamp } from '../pack/stamp';
import type { StoredArticle } from './page-protocol';
import { message, type MapOf } from './protocol';
import { empty, nonEmpty, stringList, text } from './schemas';

/** The highlight checks name their own path ("highlight.url must …"): they continue the field's. */
const checked = <T>(problemIn: (x: unknown) => string | null, ownName: string) =>
  v.custom<T>(
    (x) => problemIn(x) === null,
    (issue) => problemIn(issue.input)!.slice(ownName.length).trimStart(),
  );

/** An object keyed by label axis (a list is not one, though valibot's record would take it). */
const labelAxes = <T>(what: string, value: v.GenericSchema<unknown, T>) =>
  v.optional(
    v.pipe(
      v.custom<object>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), what),
      v.record(v.string(), value, what),
    ),
  );

const offset = (what: string) => v.pipe(v.number(what), v.finite(what));
/** A page's slice of text and the state the previous slice's answer gave it. */
const spotSlice = () =>
  v.pipe(
    v.object({
      text: v.pipe(v.string('must be a string'), v.maxLength(MAX_SLICE_CHARS, `must be at most ${MAX_SLICE_CHARS} characters`)),
      until: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')),
      state: v.object({
        seen: v.pipe(
          v.array(v.string('must be an entity id'), 'must be a list of entity ids'),
          v.maxLength(100_000, 'must list at most 100,000 ids'),
        ),
        reached: offset('must be a number'),
        carry: v.pipe(
          v.array(v.object({ start: offset('must be a number'), end: offset('must be a number') }), 'must be a list of { start, end }'),
          v.maxLength(1000, 'must hold at most 1,000 spans'),
        ),
        waiting: v.optional(
          v.pipe(
            v.array(
              v.object({
                entityId: v.pipe(v.string('must be an entity id'), v.maxLength(500, 'must be at most 500 characters')),
                alias: v.pipe(v.string('must be a string'), v.maxLength(500, 'must be at most 500 characters')),
                text: v.pipe(v.string('must be a string'), v.maxLength(500, 'must be at most 500 characters')),
                start: offset('must be a number'),
                end: offset('must be a number'),
              }),
              'must be a list of waiting names',
            ),
            v.maxLength(MAX_WAITING, `must hold at most ${MAX_WAITING} names`),
          ),
        ),
        taken: v.optional(
          v.pipe(
            v.array(v.pipe(v.string('must be an entity id'), v.maxLength(500, 'must be at most 500 characters')), 'must be a list of entity ids'),
            v.maxLength(100_000, 'must list at most 100,000 ids'),
          ),
        ),
      }),
      quiet: v.optional(
        v.pipe(
          v.array(v.object({ start: offset('must be a number'), end: offset('must be a number') }), 'must be a list of { start, end }'),
          v.maxLength(MAX_QUIET_SPANS, `must hold at most ${MAX_QUIET_SPANS} spans`),
        ),
      ),
      fresh: v.optional(
        v.pipe(
          v.array(offset('must be a number'), 'must be a list of offsets'),
          v.maxLength(MAX_QUIET_SPANS, `must hold at most ${MAX_QUIET_SPANS} offsets`),
        ),
      ),
      breaks: v.optional(
        v.pipe(v.array(offset('must be a number'), 'must be a list of offsets'), v.maxLength(MAX_BREAKS, `must hold at most ${MAX_BREAKS} offsets`)),
      ),
    }),
    v.check((d) => d.until <= d.text.length, 'until must be within the text'),
  );

export const WORKER_MESSAGES = {
  /**
   * Is the corpus loaded, how big is it, and what long work is running (with how far it is)?
   * Answered at once: `pack` is null until the bundled pack is in, and `loading` lists the tasks.
   */
  status: message<{ pack: PackStamp | null; loadError: string | null; loading: LoadProgress[] }>()('extension', empty),
  /**
   * Sent as a page starts loading (entrypoints/wake.content.ts), before its text exists: a stopped
   * background starts then, not when the page's text is ready to be spotted. Carries nothing.
   */
  wake: message<null>()('page', empty),
  /** One slice of the page's text, spotted with the worker's compiled gazetteer (lib/core/spot/slice-spot.ts). */
  spot: message<SpotAnswer>()('page', spotSlice()),
  /**
   * How the outlets reported an entity, grouped by facet and outlet. The page's own outlet is left
   * out: for a content script the worker finds it from the sender's address (a page cannot name
   * it); an extension page may name a page by `pageUrl`.
   */
  coverage: message<Coverage>()(
    'page',
    v.object({
      entityId: nonEmpty(),
      pageUrl: v.optional(text()),
      sentence: v.optional(text()),
      hide: labelAxes('must map each label axis to a list of labels', stringList('must be a list of labels')),
      overrides: labelAxes(
        'must map outlet ids to { axis: label }',
        v.record(v.string(), v.string('must be a label'), 'must map label axes to labels'),
      ),
    }),
  ),
  /** The event page: an entity's whole story, with the reader's filters and labels. */
  eventCoverage: message<EventCoverage>()(
    'extension',
    v.object({
      entityId: nonEmpty(),
      hide: labelAxes('must map each label axis to a list of labels', stringList('must be a list of labels')),
      overrides: labelAxes(
        'must map outlet ids to { axis: label }',
        v.record(v.string(), v.string('must be a label'), 'must map label axes to labels'),
      ),
      outlets: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'))),
      all: v.optional(v.boolean('must be true or false')),
    }),
  ),
  /**
   * The save panel's note form was taken down by the page (its host removed or moved): the worker opens
   * the collection in a new tab at that highlight, its note being edited, where no page can draw or listen.
   */
  openNoteInCollection: message<null>()('page', v.object({ id: nonEmpty() })),
  /** The card asks the worker to open an entity's event page in a new tab (event.html is not web-accessible). */
  openEvent: message<null>()('page', v.object({ entityId: nonEmpty() })),
  /** Prepares the cards of a page's entities before any is opened; answers how many it prepared. */
  warmCoverage: message<number>()('page', v.object({ entityIds: stringList('must be a list of at most 200 strings', 200) })),
  /** Every outlet in the corpus, with the pack's labels and their basis. */
  outlets: message<Outlet[]>()('extension', empty),
  /** Saves a passage of the sender's page (its url must be that page's). */
  saveHighlight: message<Highlight>()('page', v.object({ highlight: checked<NewHighlight>(problemInNewHighlight, 'highlight') })),
  /** The collection: from a page, that page's highlights only; from an extension page, all or one page's. */
  highlights: message<Highlight[]>()('page', v.object({ url: v.optional(text()) })),
  /** A note and tags for a highlight (from a page: a highlight of that page). */
  updateHighlight: message<Highlight>()('page', v.object({ id: nonEmpty(), note: v.optional(text()), tags: v.optional(stringList()) })),
  deleteHighlight: message<Highlight | null>()('extension', v.object({ id: nonEmpty() })),
  restoreHighlight: message<Highlight>()('extension', v.object({ highlight: checked<Highlight>((h) => problemInHighlight(h), 'highlight') })),
  importHighlights: message<{ added: number; updated: number; unchanged: number }>()(
    'extension',
    v.object({
      highlights: v.array(
        checked<Highlight>((h) => problemInHighlight(h, 'h'), 'h'),
        'must be a list',
      ),
    }),
  ),
  clearHighlights: message<number>()('extension', empty),
  /** Whether each of a page's highlights still attaches to it. */
  reportAnchors: message<number>()(
    'page',
    v.object({
      results: v.array(
        v.object({ id: nonEmpty('must be a non-empty id'), status: v.picklist(['anchored', 'orphan'], 'must be anchored or orphan') }),
        'must be a list of { id, status: anchored | orphan }',
      ),
    }),
  ),
  /** Adds the sender's page to the reader's corpus: its HTML, read in the worker; its address is the sender's. */
  addArticle: message<AddedArticle>()(
    'page',
    v.object({
      html: v.pipe(
        text(),
        v.maxLength(
          MAX_PAGE_HTML,
          `is over the cap of ${MAX_PAGE_HTML.toLocaleString('en-US')} characters of HTML (about 5 MB): this page is too large to add`,
        ),
      ),
    }),
  ),
  myArticles: message<MyArticle[]>()('extension', empty),
  /** Removes one of the reader's articles with its claims. */
  deleteArticle: message<null>()('extension', v.object({ id: nonEmpty() })),
  /** Runs the extraction again over the reader's articles, with the entities known now. */
  reextractArticles: message<{ articles: number; claims: number }>()('extension', empty),
  /** Names that recur in the reader's articles but are not known yet. */
  candidates: message<Candidate[]>()('extension', empty),
  /** The reader says a candidate is not a name: it is not offered again. */
  dismissCandidate: message<null>()('extension', v.object({ name: nonEmpty() })),
  /** Makes a candidate (or any name) a known entity, then links it in the reader's articles. */
  acceptCandidate: message<{ entity: Entity; claims: number }>()(
    'extension',
    v.object({
      name: nonEmpty(),
      type: v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`),
      aliases: stringList(),
      description: v.optional(text()),
    }),
  ),
  /** The whole corpus (seed and the reader's) as one claim pack. */
  exportPack: message<ClaimPack>()('extension', empty),
  /** A claim pack from a file: checked in full by the handler (which names its first bad field), then merged by id. */
  importPack: message<ImportCounts>()('extension', v.object({ pack: v.custom<unknown>((p) => p !== undefined, 'is missing') })),
  /** Removes everything the reader added or imported; the seed corpus stays. */
  clearMyCorpus: message<number>()('extension', empty),
  /** Subscriptions to signed packs (extension pages only: they fetch, and change the corpus). */
  subscriptions: message<Subscription[]>()('extension', empty),
  /** Reads, verifies and validates the pack at `url` with `key`, then stores its rows; or names the origin to ask for. */
  subscribe: message<SubscribeAnswer>()('extension', v.object({ url: nonEmpty('must be a pack address'), key: nonEmpty('must be a publisher key') })),
  updateSubscription: message<Subscription>()('extension', v.object({ id: nonEmpty() })),
  /** Removes a subscription and exactly its rows; answers how many live rows went. */
  unsubscribe: message<number>()('extension', v.object({ id: nonEmpty() })),
  setSubscriptionInterval: message<Subscription>()('extension', v.object({ id: nonEmpty(), minutes: v.number('must be a number of minutes') })),
  /** The stored article at the sender's page (or another of its URLs on the same site), if the corpus has it. */
  articleAt: message<StoredArticle | null>()('page', v.object({ urls: stringList('must be a list of at most 10 strings', 10) })),
};

export type ProtocolMap = MapOf<typeof WORKER_MESSAGES>;
export type MessageType = keyof ProtocolMap & string;
