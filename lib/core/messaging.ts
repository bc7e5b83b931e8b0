/**
 * Every message between the extension's contexts, declared once: its request, its response, and
 * the validation of untrusted input. Answers are Results, so errors cross contexts as values.
 */
import type { Coverage, CoverageQuery } from './coverage/types';
import type { EventCoverage, EventQuery } from './coverage/event-types';
import type { PackStamp } from '../worker/db/load-pack';
import { problemInHighlight, problemInNewHighlight } from './highlights/validate';
import type { AnchorStatus, Highlight, NewHighlight } from './highlights/types';
import type { GazetteerEntry } from './spot/gazetteer';
import type { AddedArticle, Candidate, ImportCounts, MyArticle, NewEntity } from './corpus/types';
import { ENTITY_TYPES, err, ok, type ClaimPack, type Entity, type Outlet, type Result } from './pack/types';

/** Messages to the background (from the content script, the popup and extension pages). */
export type ProtocolMap = {
  /** Is the corpus loaded, and how big is it? */
  status: { request: Record<string, never>; response: { pack: PackStamp | null; loadError: string | null } };
  /** The compact list of entities and aliases the content script spots. */
  gazetteer: { request: Record<string, never>; response: GazetteerEntry[] };
  /** How the outlets reported an entity, grouped by facet and outlet. */
  coverage: { request: CoverageQuery; response: Coverage };
  /** The event page: an entity's whole story (extension pages only). */
  eventCoverage: { request: EventQuery; response: EventCoverage };
  /** The card asks the background to open the event page of an entity in a new tab (event.html is not web-accessible). */
  openEvent: { request: { entityId: string }; response: null };
  /** Prepares the cards of a page's entities before any is opened; answers how many it prepared. */
  warmCoverage: { request: { entityIds: string[] }; response: number };
  /** Every outlet in the corpus, with the pack's labels and their basis. */
  outlets: { request: Record<string, never>; response: Outlet[] };
  /** The collection: save, list (all, or one page's), edit, delete and undo, import, wipe. */
  saveHighlight: { request: { highlight: NewHighlight }; response: Highlight };
  highlights: { request: { url?: string }; response: Highlight[] };
  updateHighlight: { request: { id: string; note?: string; tags?: string[] }; response: Highlight };
  deleteHighlight: { request: { id: string }; response: Highlight | null };
  restoreHighlight: { request: { highlight: Highlight }; response: Highlight };
  importHighlights: { request: { highlights: Highlight[] }; response: { added: number; updated: number; unchanged: number } };
  clearHighlights: { request: Record<string, never>; response: number };
  /** Whether each of a page's highlights still attaches to it. */
  reportAnchors: { request: { results: { id: string; status: AnchorStatus }[] }; response: number };
  /** The reader's own corpus: add the page being read (its HTML, read with Readability in the background). */
  addArticle: { request: { html: string; url: string }; response: AddedArticle };
  myArticles: { request: Record<string, never>; response: MyArticle[] };
  /** Removes one of the reader's articles with its claims. */
  deleteArticle: { request: { id: string }; response: null };
  /** Runs the extraction again over the reader's articles, with the entities known now. */
  reextractArticles: { request: Record<string, never>; response: { articles: number; claims: number } };
  /** Names that recur in the reader's articles but are not known yet. */
  candidates: { request: Record<string, never>; response: Candidate[] };
  /** The reader says a candidate is not a name: it is not offered again. */
  dismissCandidate: { request: { name: string }; response: null };
  /** Makes a candidate (or any name) a known entity, then links it in the reader's articles. */
  acceptCandidate: { request: NewEntity; response: { entity: Entity; claims: number } };
  /** The whole corpus (seed and the reader's) as one claim pack. */
  exportPack: { request: Record<string, never>; response: ClaimPack };
  /** A claim pack from a file: validated in full, then merged by id in one transaction. */
  importPack: { request: { pack: unknown }; response: ImportCounts };
  /** Removes everything the reader added or imported; the seed corpus stays. */
  clearMyCorpus: { request: Record<string, never>; response: number };
  /** The stored article at any of a page's URLs (its own, canonical, og:url), if the corpus has it. */
  articleAt: { request: { urls: string[] }; response: StoredArticle | null };
};

/** An article the corpus already holds, as the popup shows it beside "Add this article". */
export interface StoredArticle {
  id: string;
  title: string;
  claims: number;
  /** 'seed': in the bundled corpus; 'user': the reader added or imported it. */
  origin: 'seed' | 'user';
}

export interface PageMentionItem {
  index: number;
  entityId: string;
  name: string;
  type: string;
  text: string;
}

/** Messages to a tab's content script (from the popup, through browser.tabs.sendMessage). */
export type PageProtocolMap = {
  /** The mentions found on the page, and whether Parallax is off on its site. */
  pageMentions: { request: Record<string, never>; response: { host: string; off: boolean; mentions: PageMentionItem[]; article: StoredArticle | null } };
  /** Scroll to a mention and open its card. */
  openMention: { request: { index: number }; response: null };
  /** Save the reader's current selection (from the context menu or the keyboard command). */
  saveSelection: { request: Record<string, never>; response: null };
  /** Add this page's article to the reader's corpus (the page's HTML goes to the background). */
  addThisArticle: { request: Record<string, never>; response: AddedArticle };
};

type AnyMap = Record<string, { request: object | Record<string, never>; response: unknown }>;
export type MessageType = keyof ProtocolMap;
export type Request<K extends keyof M & string = MessageType, M extends AnyMap = ProtocolMap> = { type: K; data: M[K]['request'] };
export type Response<K extends keyof M, M extends AnyMap = ProtocolMap> = Result<M[K]['response']>;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

type Validators<M> = { [K in keyof M]: (data: Obj) => string | null };
const none = () => null;

const isId = (v: unknown) => typeof v === 'string' && v !== '';

/** The reader's filters and label overrides, as the card and the event page send them. */
function problemInFilters(type: string, d: Obj): string | null {
  if (d.hide !== undefined && !(isObj(d.hide) && Object.values(d.hide).every(isStringList))) {
    return `${type}.hide must map each label axis to a list of labels`;
  }
  if (d.overrides !== undefined && !(isObj(d.overrides) && Object.values(d.overrides).every((o) => isObj(o) && Object.values(o).every((l) => typeof l === 'string')))) {
    return `${type}.overrides must map outlet ids to { axis: label }`;
  }
  return null;
}

const validators: Validators<ProtocolMap> = {
  status: none,
  gazetteer: none,
  outlets: none,
  coverage: (d) => {
    if (typeof d.entityId !== 'string' || d.entityId === '') return 'coverage.entityId must be a non-empty string';
    for (const key of ['pageUrl', 'siteName', 'sentence']) {
      if (d[key] !== undefined && typeof d[key] !== 'string') return `coverage.${key} must be a string`;
    }
    return problemInFilters('coverage', d);
  },
  eventCoverage: (d) => (isId(d.entityId) ? problemInFilters('eventCoverage', d) : 'eventCoverage.entityId must be a non-empty string'),
  openEvent: (d) => (isId(d.entityId) ? null : 'openEvent.entityId must be a non-empty string'),
  warmCoverage: (d) => (isStringList(d.entityIds) && d.entityIds.length <= 200 ? null : 'warmCoverage.entityIds must be a list of at most 200 strings'),
  saveHighlight: (d) => problemInNewHighlight(d.highlight),
  highlights: (d) => (d.url === undefined || typeof d.url === 'string' ? null : 'highlights.url must be a string'),
  updateHighlight: (d) => {
    if (!isId(d.id)) return 'updateHighlight.id must be a non-empty string';
    if (d.note !== undefined && typeof d.note !== 'string') return 'updateHighlight.note must be a string';
    return d.tags === undefined || isStringList(d.tags) ? null : 'updateHighlight.tags must be a list of strings';
  },
  deleteHighlight: (d) => (isId(d.id) ? null : 'deleteHighlight.id must be a non-empty string'),
  restoreHighlight: (d) => problemInHighlight(d.highlight),
  importHighlights: (d) =>
    Array.isArray(d.highlights) ? (d.highlights.map((h, i) => problemInHighlight(h, `highlights[${i}]`)).find((p) => p) ?? null) : 'importHighlights.highlights must be a list',
  clearHighlights: none,
  reportAnchors: (d) =>
    Array.isArray(d.results) && d.results.every((r) => isObj(r) && isId(r.id) && ['anchored', 'orphan'].includes(String(r.status)))
      ? null
      : 'reportAnchors.results must be a list of { id, status: anchored | orphan }',
  addArticle: (d) => {
    if (typeof d.html !== 'string') return 'addArticle.html must be a string';
    return typeof d.url === 'string' && /^https?:\/\//i.test(d.url) ? null : 'addArticle.url must be an http(s) URL';
  },
  myArticles: none,
  deleteArticle: (d) => (isId(d.id) ? null : 'deleteArticle.id must be a non-empty string'),
  reextractArticles: none,
  candidates: none,
  dismissCandidate: (d) => (typeof d.name === 'string' && d.name.trim() !== '' ? null : 'dismissCandidate.name must be a non-empty string'),
  acceptCandidate: (d) => {
    if (typeof d.name !== 'string' || d.name.trim() === '') return 'acceptCandidate.name must be a non-empty string';
    if (!ENTITY_TYPES.includes(d.type as Entity['type'])) return `acceptCandidate.type must be one of ${ENTITY_TYPES.join(', ')}`;
    if (!isStringList(d.aliases)) return 'acceptCandidate.aliases must be a list of strings';
    return d.description === undefined || typeof d.description === 'string' ? null : 'acceptCandidate.description must be a string';
  },
  exportPack: none,
  // The pack itself is checked in full by the handler, which names its first bad field.
  importPack: (d) => (d.pack === undefined ? 'importPack.pack is missing' : null),
  clearMyCorpus: none,
  articleAt: (d) => (isStringList(d.urls) && d.urls.length <= 10 ? null : 'articleAt.urls must be a list of at most 10 strings'),
};


const pageValidators: Validators<PageProtocolMap> = {
  pageMentions: none,
  saveSelection: none,
  addThisArticle: none,
  openMention: (d) => (Number.isInteger(d.index) && (d.index as number) >= 0 ? null : 'openMention.index must be a whole number ≥ 0'),
};

function parseWith<M extends AnyMap>(checks: Validators<M>, message: unknown): Result<{ type: keyof M & string; data: unknown }> {
  if (!isObj(message) || typeof message.type !== 'string') return err('Malformed message: expected { type, data }');
  if (!Object.hasOwn(checks, message.type)) return err(`Unknown message type "${message.type}"`);
  const type = message.type as keyof M & string;
  const data = message.data ?? {};
  if (!isObj(data)) return err(`${type}: data must be an object`);
  const problem = checks[type](data);
  return problem ? err(problem) : ok({ type, data });
}

/** Checks an incoming message to the background; anything unknown or malformed becomes an error value. */
export const parseRequest = (message: unknown) => parseWith(validators, message);
/** The same for messages to a content script. */
export const parsePageRequest = (message: unknown) => parseWith(pageValidators, message);

export type Handlers<M extends AnyMap = ProtocolMap> = { [K in keyof M]: (data: M[K]['request']) => Promise<Result<M[K]['response']>> };

/** Validates and dispatches one message; never throws, whatever arrives. */
export async function dispatch(handlers: Handlers, message: unknown): Promise<Result<unknown>> {
  return dispatchWith(handlers, parseRequest(message));
}

export async function dispatchPage(handlers: Handlers<PageProtocolMap>, message: unknown): Promise<Result<unknown>> {
  return dispatchWith(handlers, parsePageRequest(message));
}

async function dispatchWith<M extends AnyMap>(handlers: Handlers<M>, parsed: Result<{ type: keyof M & string; data: unknown }>): Promise<Result<unknown>> {
  if (!parsed.ok) return parsed;
  try {
    const handler = handlers[parsed.value.type] as (data: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.value.data);
  } catch (e) {
    return err(`${parsed.value.type} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Sends a typed request through any transport: browser.runtime.sendMessage to the background,
 * or browser.tabs.sendMessage to a tab (with PageProtocolMap as M).
 */
export async function request<K extends keyof M & string, M extends AnyMap = ProtocolMap>(
  send: (message: Request<K, M>) => Promise<unknown>,
  type: K,
  data: M[K]['request'],
): Promise<Response<K, M>> {
  try {
    const answer = await send({ type, data });
    if (isObj(answer) && typeof answer.ok === 'boolean') return answer as Response<K, M>;
    return err(`${type}: no answer`);
  } catch (e) {
    return err(`${type}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
