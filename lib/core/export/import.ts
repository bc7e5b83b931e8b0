/**
 * parseImport: reads a file a user picked — a Parallax backup or W3C Web Annotation JSON-LD (ours
 * or another tool's) — and checks all of it before anything is written; the first bad field is
 * named. Decisions:
 * - Anchor state is reset to "unchecked" for every import: it records what happened when the page
 *   was last opened in some other browser, and a stale "orphan" would hide a highlight that may
 *   attach fine here. The next visit to the page re-checks it.
 * - A TextPositionSelector is optional; without one the position is {start: -1, end: -1}
 *   ("unknown", as the v1 upgrade writes), which anchorIn ignores. Another tool's offsets count
 *   characters differently from ours, but anchorIn only uses a position after checking the quote.
 * - An annotation from another tool gets a minimal snapshot (no evidence, taken when it was
 *   created), its page URL as title, no entities; its comment bodies become the note (joined by a
 *   blank line), tagging bodies the tags; bodies of other kinds are ignored.
 * - An empty file is refused (likely the wrong file); an empty collection or backup is ok([]).
 */
import { HIGHLIGHTS_FORMAT, type Highlight } from '../highlights/types';
import { pageKey } from '../highlights/page-key';
import { err, ok, type Result } from '../result';
import { MAX_BACKUP_BYTES } from '../file-caps';
import { isObj } from '../schema-issues';
import { Bad, fail, highlight, httpUrl, isoTime, list, obj, position, quote, snapshot, str, text, type Obj } from './check';
import { KEY, highlightId } from './web-annotation';

/** The backup cap, as characters: a file under the byte cap (lib/core/file-caps) is under this too. */
export const MAX_IMPORT_CHARS = MAX_BACKUP_BYTES;
const REFUSED = 'Not a Parallax backup or Web Annotation file';

const hasType = (o: Obj, type: string) => o.type === type || (Array.isArray(o.type) && o.type.includes(type));
const ofType = (v: unknown, type: string) => isObj(v) && hasType(v, type);

function unique(ids: Set<string>, id: string, path: string): void {
  if (ids.has(id)) fail(`${path}.id`, `duplicate id "${id}"`);
  ids.add(id);
}

function backup(b: Obj): Highlight[] {
  if (b.format !== HIGHLIGHTS_FORMAT) fail('format', `must be "${HIGHLIGHTS_FORMAT}"`);
  if (b.exported !== undefined) isoTime(b.exported, 'exported');
  const ids = new Set<string>();
  return list(b.highlights, 'highlights').map((v, i) => {
    const h = highlight(v, `highlights[${i}]`);
    unique(ids, h.id, `highlights[${i}]`);
    return h;
  });
}

/** The annotations of a collection, a page, a bare array, or one annotation, with their paths. */
function annotations(data: unknown): [unknown, string][] {
  const numbered = (items: unknown[]) => items.map((v, i): [unknown, string] => [v, `items[${i}]`]);
  const page = (p: Obj, path: string) => {
    // Following `next` would mean fetching: a file must hold all of its annotations.
    if (p.next !== undefined) fail(`${path}.next`, 'the collection continues elsewhere; export it as a single file');
    return numbered(list(p.items, 'items'));
  };
  if (Array.isArray(data)) return numbered(data);
  const o = obj(data, 'file');
  if (hasType(o, 'Annotation')) return [[o, 'annotation']];
  if (hasType(o, 'AnnotationPage')) return page(o, 'page');
  if (!hasType(o, 'AnnotationCollection')) {
    return fail('type', `must be AnnotationCollection, AnnotationPage or Annotation (or "format" must be "${HIGHLIGHTS_FORMAT}")`);
  }
  if (o.first === undefined && o.total === 0) return [];
  if (typeof o.first === 'string') fail('first', 'is a link to another page; export the collection as a single file');
  return page(obj(o.first, 'first'), 'first');
}

/** The target that carries a TextQuoteSelector: W3C allows one target, or several. */
function target(v: unknown, path: string): { t: Obj; selectors: unknown[]; path: string } {
  if (v === undefined) fail(path, 'is missing (an annotation must say what it annotates)');
  if (typeof v === 'string') fail(`${path}.selector`, 'no TextQuoteSelector (the target is a whole page)');
  const all = Array.isArray(v) ? v : [v];
  if (all.length === 0) fail(path, 'must not be empty');
  const selectorsOf = (t: unknown) => (isObj(t) && t.selector !== undefined ? (Array.isArray(t.selector) ? t.selector : [t.selector]) : []);
  const i = Math.max(
    0,
    all.findIndex((t) => selectorsOf(t).some((s) => ofType(s, 'TextQuoteSelector'))),
  );
  const p = Array.isArray(v) ? `${path}[${i}]` : path;
  return { t: obj(all[i], p), selectors: selectorsOf(all[i]), path: p };
}

function bodies(a: Obj, path: string): { note: string; tags: string[] } {
  const notes: string[] = a.bodyValue === undefined ? [] : [text(a.bodyValue, `${path}.bodyValue`)];
  const tags: string[] = [];
  const all = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  all.forEach((b, i) => {
    const p = Array.isArray(a.body) ? `${path}.body[${i}]` : `${path}.body`;
    // A string body is a link to a resource elsewhere; other kinds (Choice, SpecificResource) carry no text we keep.
    if (!isObj(b) || (!hasType(b, 'TextualBody') && b.value === undefined)) return;
    const value = text(b.value, `${p}.value`);
    const purposes = Array.isArray(b.purpose) ? b.purpose : [b.purpose];
    if (purposes.includes('tagging')) tags.push(value);
    else notes.push(value);
  });
  return { note: notes.join('\n\n'), tags };
}

function fromAnnotation(v: unknown, path: string): Highlight {
  const a = obj(v, path);
  if (!hasType(a, 'Annotation')) fail(`${path}.type`, 'must be "Annotation"');
  const id = highlightId(str(a.id, `${path}.id`));
  const created = isoTime(a.created, `${path}.created`);
  const updated = a.modified === undefined ? created : isoTime(a.modified, `${path}.modified`);
  const { t, selectors, path: tp } = target(a.target, `${path}.target`);
  const url = pageKey(httpUrl(t.source, `${tp}.source`));
  const at = (type: string) => selectors.findIndex((s) => ofType(s, type));
  const qi = at('TextQuoteSelector');
  if (qi < 0) fail(`${tp}.selector`, 'no TextQuoteSelector');
  const q = selectors[qi] as Obj;
  const pi = at('TextPositionSelector');
  const pos = pi < 0 ? { start: -1, end: -1 } : position((selectors[pi] as Obj).start, (selectors[pi] as Obj).end, `${tp}.selector[${pi}]`);
  if (pi >= 0 && pos.start < 0) fail(`${tp}.selector[${pi}]`, 'start and end must not be negative');
  const snap = a[KEY.snapshot] === undefined ? { entities: [], claims: [], takenAt: created } : snapshot(a[KEY.snapshot], `${path}.${KEY.snapshot}`);
  const entityIds =
    a[KEY.entityIds] === undefined
      ? snap.entities.map((e) => e.id)
      : list(a[KEY.entityIds], `${path}.${KEY.entityIds}`).map((e, i) => str(e, `${path}.${KEY.entityIds}[${i}]`));
  return {
    id,
    url,
    title: a[KEY.title] === undefined ? url : text(a[KEY.title], `${path}.${KEY.title}`),
    ...(a[KEY.outletId] === undefined ? {} : { outletId: str(a[KEY.outletId], `${path}.${KEY.outletId}`) }),
    quote: quote(q.exact, q.prefix, q.suffix, `${tp}.selector[${qi}]`),
    position: pos,
    ...bodies(a, path),
    entityIds,
    created,
    updated,
    snapshot: snap,
    anchor: { status: 'unchecked', checked: 0 },
  };
}

export function parseImport(input: string): Result<Highlight[]> {
  if (input.length > MAX_IMPORT_CHARS)
    return err(`The file is too large to import (over ${MAX_IMPORT_CHARS / (1024 * 1024)} MB). Split it into several files and import each.`);
  const body = input.replace(/^\uFEFF/, ''); // a byte-order mark is not JSON, but editors add one
  if (body.trim() === '') return err('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return err(`The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    if (isObj(data) && data.format !== undefined) return ok(backup(data));
    const ids = new Set<string>();
    return ok(
      annotations(data).map(([v, path]) => {
        const h = fromAnnotation(v, path);
        unique(ids, h.id, path);
        return h;
      }),
    );
  } catch (e) {
    if (e instanceof Bad) return err(`${REFUSED}: ${e.message}`);
    throw e;
  }
}
