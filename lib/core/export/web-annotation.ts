/**
 * toWebAnnotation: the collection as W3C Web Annotation Data Model JSON-LD, which Hypothesis and
 * other annotation tools read. One AnnotationCollection holds one AnnotationPage with every item.
 *
 * Parallax extensions. Each Annotation also carries what the model has no place for, under keys
 * prefixed "parallax:" so parseImport can rebuild the highlight losslessly (except its anchor
 * state, which import resets):
 *   "parallax:title"     the page title (string)
 *   "parallax:outletId"  the outlet of the page (string, only when known)
 *   "parallax:entityIds" the entities the highlight is about (string[])
 *   "parallax:snapshot"  the evidence saved with it (HighlightSnapshot, as stored)
 * Other tools ignore these keys. To a JSON-LD processor they are IRIs of an unregistered
 * "parallax:" scheme whose nested JSON is opaque: the data is for Parallax to read back, not linked data.
 * The @context is written as a string only; nothing here (or in import) ever fetches it.
 */
import type { Highlight } from '../highlights/types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const KEY = {
  title: 'parallax:title',
  outletId: 'parallax:outletId',
  entityIds: 'parallax:entityIds',
  snapshot: 'parallax:snapshot',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:/i;
/** Ids that are neither UUIDs nor IRIs (from older or foreign data) still need an IRI. */
export const LOCAL_ID_PREFIX = 'urn:x-parallax:';

/** The annotation's IRI: urn:uuid: for Parallax's own UUIDs; an id that is already an IRI as it is. */
export function annotationId(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id}`;
  return IRI.test(id) ? id : `${LOCAL_ID_PREFIX}${id}`;
}

/** The inverse of annotationId, so ids survive the round trip and re-imports merge. */
export function highlightId(iri: string): string {
  for (const prefix of ['urn:uuid:', LOCAL_ID_PREFIX]) if (iri.startsWith(prefix) && iri.length > prefix.length) return iri.slice(prefix.length);
  return iri;
}

const iso = (ms: number) => new Date(ms).toISOString();

function annotation(h: Highlight): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (h.note !== '') body.push({ type: 'TextualBody', value: h.note, purpose: 'commenting', format: 'text/plain' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix }];
  // An unknown position (-1) is left out: the model requires non-negative offsets.
  if (h.position.start >= 0) selector.push({ type: 'TextPositionSelector', start: h.position.start, end: h.position.end });
  return {
    id: annotationId(h.id),
    type: 'Annotation',
    created: iso(h.created),
    modified: iso(h.updated),
    motivation: h.note !== '' ? 'commenting' : 'highlighting',
    ...(body.length > 0 ? { body } : {}),
    target: { source: h.url, selector },
    [KEY.title]: h.title,
    ...(h.outletId !== undefined ? { [KEY.outletId]: h.outletId } : {}),
    [KEY.entityIds]: h.entityIds,
    [KEY.snapshot]: h.snapshot,
  };
}

export function toWebAnnotation(highlights: Highlight[]): string {
  const collection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Parallax highlights',
    total: highlights.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: highlights.map(annotation) },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
