/**
 * An outlet's labels as the reader sees them: the pack's labels, the outlet's country as one more
 * axis to filter on, and the reader's own overrides on top, each override marked as theirs.
 */
import type { Outlet } from '../pack/types';

/** Per outlet id, per axis, the label the reader chose instead of the pack's. */
export type LabelOverrides = Record<string, Record<string, string>>;

export const OVERRIDE_BY = 'You';

export function withOverrides(outlet: Outlet, overrides: LabelOverrides | undefined): Outlet {
  const mine = overrides?.[outlet.id] ?? {};
  const labels: Record<string, string> = { ...outlet.labels, country: outlet.country };
  const labelBasis: Outlet['labelBasis'] = { ...outlet.labelBasis, country: outlet.labelBasis.country ?? { by: 'Claim pack', why: `Where ${outlet.name} is based.` } };
  for (const [axis, label] of Object.entries(mine)) {
    if (labels[axis] === label) continue;
    labelBasis[axis] = { by: OVERRIDE_BY, why: `Your override; the corpus says “${labels[axis] ?? 'nothing'}”.` };
    labels[axis] = label;
  }
  return { ...outlet, labels, labelBasis };
}

export function isOverridden(outlet: Outlet, axis: string): boolean {
  return outlet.labelBasis[axis]?.by === OVERRIDE_BY;
}
