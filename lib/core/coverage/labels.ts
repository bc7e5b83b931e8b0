/**
 * An outlet's labels as the reader sees them: the pack's labels, the outlet's country as one more
 * axis to filter on, and the reader's own overrides on top, each override marked as theirs.
 */
import type { Outlet } from '../pack/types';
import { own } from '../own';
import { isReserved } from '../schema-issues';

/** Per outlet id, per axis, the label the reader chose instead of the pack's. */
export type LabelOverrides = Record<string, Record<string, string>>;

export const OVERRIDE_BY = 'You';

export function withOverrides(outlet: Outlet, overrides: LabelOverrides | undefined): Outlet {
  const mine = own(overrides, outlet.id) ?? {};
  const labels: Record<string, string> = { ...outlet.labels, country: outlet.country };
  const labelBasis: Outlet['labelBasis'] = {
    ...outlet.labelBasis,
    country: outlet.labelBasis.country ?? { by: 'Claim pack', why: `Where ${outlet.name} is based.` },
  };
  for (const [axis, label] of Object.entries(mine)) {
    // Stored settings are checked (lib/extension/settings.ts); a reserved axis is still never written.
    if (isReserved(axis) || own(labels, axis) === label) continue;
    labelBasis[axis] = { by: OVERRIDE_BY, why: `Your override; the corpus says “${own(labels, axis) ?? 'nothing'}”.` };
    labels[axis] = label;
  }
  return { ...outlet, labels, labelBasis };
}

/**
 * The overrides with one label set (or reset, when `label` is null), as a new value. Built from
 * Maps, so an outlet id or axis from data never reaches Object.prototype; reserved ones are ignored.
 */
export function withOverride(overrides: LabelOverrides, outletId: string, axis: string, label: string | null): LabelOverrides {
  if (isReserved(outletId) || isReserved(axis)) return overrides;
  const all = new Map(Object.entries(overrides).map(([id, labels]) => [id, new Map(Object.entries(labels))]));
  const mine = all.get(outletId) ?? new Map<string, string>();
  if (label === null) mine.delete(axis);
  else mine.set(axis, label);
  if (mine.size > 0) all.set(outletId, mine);
  else all.delete(outletId);
  return Object.fromEntries([...all].map(([id, labels]) => [id, Object.fromEntries(labels)]));
}

export function isOverridden(outlet: Outlet, axis: string): boolean {
  return own(outlet.labelBasis, axis)?.by === OVERRIDE_BY;
}
