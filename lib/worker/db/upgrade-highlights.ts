/**
 * Old highlight rows made whole by a schema upgrade, through the same builder as a save or an
 * import (lib/core/highlights/validate), so every stored highlight exports and imports again.
 * Rows written before the collection's schema was strict may lack fields a snapshot claim needs
 * (its outlet's labels, say): those are filled with what says "not recorded" (no labels, no facet,
 * the outlet speaking, asserted); a claim without an id, an outlet or a quote is no evidence and is
 * left out. Nothing the reader wrote (quote, note, tags, times) is changed; a row that still cannot
 * be built is kept as it was rather than lost.
 */
import type Dexie from 'dexie';
import * as v from 'valibot';
import { SpeakerSchema } from '../../core/pack/schema';
import { CLAIM_MODES } from '../../core/pack/types';
import { HttpUrlSchema } from '../../core/highlights/schema';
import { buildHighlight } from '../../core/highlights/validate';
import type { Highlight } from '../../core/highlights/types';
import { isObj, isReserved } from '../../core/schema-issues';

type Obj = Record<string, unknown>;
const filled = (x: unknown) => typeof x === 'string' && x !== '';
const textOr = (x: unknown, fallback: string) => (typeof x === 'string' ? x : fallback);

/** A v1 highlight row (flat selectors, no entity ids) rewritten in place as a v2 row. */
export function upgradeHighlightV1(row: Obj): void {
  if (typeof row.quote === 'string') {
    row.quote = { exact: row.quote, prefix: String(row.prefix ?? ''), suffix: String(row.suffix ?? '') };
    row.position = { start: Number(row.start ?? -1), end: Number(row.end ?? -1) };
    delete row.prefix;
    delete row.suffix;
    delete row.start;
    delete row.end;
  }
  const snapshot = (row.snapshot ?? {}) as { entities?: { id: string }[]; claims?: unknown[]; takenAt?: number };
  row.snapshot = { entities: snapshot.entities ?? [], claims: snapshot.claims ?? [], takenAt: snapshot.takenAt ?? Number(row.created ?? 0) };
  row.entityIds = (snapshot.entities ?? []).map((e) => e.id);
  row.anchor ??= { status: 'unchecked', checked: 0 };
}

function repairedClaim(c: unknown): Obj | null {
  if (!isObj(c) || !filled(c.id) || !filled(c.outletId) || !filled(c.quote)) return null;
  const labels = isObj(c.outletLabels) ? Object.entries(c.outletLabels).filter(([k, l]) => !isReserved(k) && typeof l === 'string') : [];
  return {
    id: c.id,
    outletId: c.outletId,
    outletName: filled(c.outletName) ? c.outletName : c.outletId,
    outletLabels: Object.fromEntries(labels),
    facet: typeof c.facet === 'string' ? c.facet : null,
    quote: c.quote,
    speaker: v.is(SpeakerSchema, c.speaker) ? c.speaker : { kind: 'outlet' },
    mode: (CLAIM_MODES as readonly unknown[]).includes(c.mode) ? c.mode : 'asserted',
    published: textOr(c.published, ''),
    articleTitle: textOr(c.articleTitle, ''),
    ...(v.is(HttpUrlSchema, c.url) ? { url: c.url } : {}),
  };
}

/** The row as the collection stores it now, or null when it cannot be built (it is then kept as is). */
export function normalisedHighlight(stored: Obj): Highlight | null {
  const row = structuredClone(stored);
  upgradeHighlightV1(row);
  const s = isObj(row.snapshot) ? row.snapshot : {};
  const entities = (Array.isArray(s.entities) ? s.entities : []).filter(
    (e): e is Obj => isObj(e) && filled(e.id) && filled(e.name) && filled(e.type),
  );
  const claims = (Array.isArray(s.claims) ? s.claims : []).map(repairedClaim).filter((c) => c !== null);
  const snapshot = { entities: entities.map(({ id, name, type }) => ({ id, name, type })), claims, takenAt: s.takenAt };
  const built = buildHighlight({ ...row, snapshot }, `highlights[${JSON.stringify(row.id)}]`);
  return built.ok ? built.value : null;
}

/** Declares the schema version that normalises every stored highlight (one call, so a merge can renumber it). */
export function normaliseHighlightsAt(db: Dexie, version: number): void {
  db.version(version)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('highlights')
        .toCollection()
        .modify((row: Obj, ref: { value: unknown }) => {
          const clean = normalisedHighlight(row);
          if (clean) ref.value = clean;
          else console.warn('Parallax: a stored highlight could not be normalised and is kept as it was', row.id);
        }),
    );
}
