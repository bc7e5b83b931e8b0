/**
 * Checks highlights arriving by message (from a content script or an extension page) before they
 * are written: the shape, not the meaning. Returns the first problem as a sentence, or null.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v);
const MAX_TEXT = 100_000;

function problemInNew(h: unknown, path: string): string | null {
  if (!isObj(h)) return `${path} must be an object`;
  if (typeof h.url !== 'string' || !/^https?:\/\//.test(h.url)) return `${path}.url must be an http(s) URL`;
  if (typeof h.title !== 'string') return `${path}.title must be a string`;
  if (h.outletId !== undefined && typeof h.outletId !== 'string') return `${path}.outletId must be a string`;
  const q = h.quote;
  if (!isObj(q) || typeof q.exact !== 'string' || q.exact.trim() === '') return `${path}.quote.exact must be non-empty text`;
  if (q.exact.length > MAX_TEXT) return `${path}.quote.exact is longer than ${MAX_TEXT} characters`;
  if (typeof q.prefix !== 'string' || typeof q.suffix !== 'string') return `${path}.quote.prefix and suffix must be strings`;
  const p = h.position;
  if (!isObj(p) || !isInt(p.start) || !isInt(p.end)) return `${path}.position must have whole-number start and end`;
  if (typeof h.note !== 'string') return `${path}.note must be a string`;
  if (!Array.isArray(h.tags) || !h.tags.every((t) => typeof t === 'string')) return `${path}.tags must be a list of strings`;
  const s = h.snapshot;
  if (!isObj(s) || !Array.isArray(s.entities) || !Array.isArray(s.claims) || typeof s.takenAt !== 'number') {
    return `${path}.snapshot must have entities, claims and takenAt`;
  }
  if (!s.entities.every((e) => isObj(e) && typeof e.id === 'string')) return `${path}.snapshot.entities must each have an id`;
  return null;
}

/** A highlight a content script asks to save. */
export const problemInNewHighlight = (h: unknown) => problemInNew(h, 'highlight');

/** A complete stored highlight (restore after undo, import). */
export function problemInHighlight(h: unknown, path = 'highlight'): string | null {
  const inNew = problemInNew(h, path);
  if (inNew) return inNew;
  const x = h as Obj;
  if (typeof x.id !== 'string' || x.id === '') return `${path}.id must be a non-empty string`;
  if (typeof x.created !== 'number' || typeof x.updated !== 'number') return `${path}.created and updated must be times`;
  if (!Array.isArray(x.entityIds) || !x.entityIds.every((e) => typeof e === 'string')) return `${path}.entityIds must be a list of strings`;
  if (!isObj(x.anchor) || !['anchored', 'orphan', 'unchecked'].includes(String(x.anchor.status))) return `${path}.anchor.status must be anchored, orphan or unchecked`;
  return null;
}
