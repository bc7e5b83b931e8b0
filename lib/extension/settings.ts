/**
 * The reader's settings, kept in extension storage (WXT storage items, versioned with migrations).
 * The popup edits them; content scripts read and watch them, so a change reaches open popovers at once.
 * Each is declared once as a valibot schema; what is read is checked against it, and a stored value
 * that fails (another build's shape, a hand-edited profile, a reserved key) is read as the default.
 */
import * as v from 'valibot';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { firstProblem, list, object, record, text, under } from '../core/schema-issues';
import { type CardMark, CardMarkSchema } from '../core/card-mark';

const count = () => v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must be ≥ 0'));

export const FilterSettingsSchema = object({
  /** Per label axis, the labels whose outlets are hidden. */
  hide: record(list(text())),
});
export type FilterSettings = v.InferOutput<typeof FilterSettingsSchema>;

/** Labels the reader set instead of the pack's: per outlet id, per axis, a label. */
export const LabelOverridesSchema = record(record(text()));

export const SiteSettingsSchema = object({
  /** Host names where the reader turned Parallax off. */
  off: list(text()),
});
export type SiteSettings = v.InferOutput<typeof SiteSettingsSchema>;
/** Whether the reader turned Parallax off on this host name. */
export const isOffOn = ({ off }: SiteSettings, host: string) => off.includes(host);

/**
 * Bumped by the background whenever the corpus changes, so open pages and content scripts refresh:
 * `claims` on every change (open cards reload), `names` when the known names may have changed
 * (content scripts fetch the gazetteer again and re-spot the page).
 */
export const CorpusRevisionSchema = object({ claims: count(), names: count() });
export type CorpusRevision = v.InferOutput<typeof CorpusRevisionSchema>;

type Item<T> = WxtStorageItem<T, Record<string, never>>;

/** The item, with every value read (getValue, watch) checked against `schema`, or the fallback. */
function checked<T>(item: Item<T>, schema: v.GenericSchema<unknown, T>): Item<T> {
  const valid = (value: unknown): T => {
    const r = firstProblem(schema, value, under(item.key));
    if (r.ok) return r.value;
    console.warn(`Parallax: a stored setting is not valid and its default is used (${r.error})`);
    return structuredClone(item.fallback);
  };
  return { ...item, getValue: async () => valid(await item.getValue()), watch: (cb) => item.watch((now, before) => cb(valid(now), valid(before))) };
}

// Bump an item's version with a migration in `migrations` whenever its stored shape changes.
export const filterSettings = checked(
  storage.defineItem<FilterSettings>('local:filters', { fallback: { hide: {} }, version: 1 }),
  FilterSettingsSchema,
);

/** Kept apart from the pack, so they survive its updates. */
export const labelOverrides = checked(
  storage.defineItem<v.InferOutput<typeof LabelOverridesSchema>>('local:labelOverrides', { fallback: {}, version: 1 }),
  LabelOverridesSchema,
);

export const siteSettings = checked(storage.defineItem<SiteSettings>('local:sites', { fallback: { off: [] }, version: 1 }), SiteSettingsSchema);

export const corpusRevision = checked(
  storage.defineItem<CorpusRevision>('local:corpusRevision', { fallback: { claims: 0, names: 0 }, version: 1 }),
  CorpusRevisionSchema,
);

/** The reader's card mark (lib/core/card-mark.ts): made by the background at its first start, shown in every card. */
export const cardMark = checked(storage.defineItem<CardMark | null>('local:cardMark', { fallback: null, version: 1 }), v.nullable(CardMarkSchema));
