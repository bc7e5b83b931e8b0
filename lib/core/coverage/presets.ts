/**
 * Filter presets: common choices of whose reporting to compare, expressed as labels to hide so
 * they work on any corpus (the labels they name are computed from the outlets present).
 */
import type { Outlet } from '../pack/types';
import type { HiddenLabels } from './filters';
import { own } from '../own';

export interface Preset {
  id: string;
  name: string;
  hide(outlets: Outlet[]): HiddenLabels;
}

const ownershipOtherThan =
  (keep: string[]) =>
  (outlets: Outlet[]): HiddenLabels => ({
    ownership: [...new Set(outlets.map((o) => o.labels.ownership).filter((l) => l !== undefined && !keep.includes(l)))].sort(),
  });

export const PRESETS: Preset[] = [
  { id: 'all', name: 'All outlets', hide: () => ({}) },
  { id: 'no-state', name: 'Hide state-funded and state-controlled', hide: () => ({ ownership: ['state-controlled', 'state-funded'] }) },
  { id: 'independent-wire', name: 'Independent and wire only', hide: ownershipOtherThan(['independent', 'wire']) },
];

const canonical = (h: HiddenLabels) =>
  JSON.stringify(
    Object.entries(h)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k, [...v].sort()])
      .sort(),
  );

/** The preset the current filters amount to, if any. */
export function presetMatching(hide: HiddenLabels, outlets: Outlet[]): Preset | undefined {
  return PRESETS.find((p) => canonical(p.hide(outlets)) === canonical(hide));
}

/** Toggles one label on an axis. */
export function toggleLabel(hide: HiddenLabels, axis: string, label: string, hidden: boolean): HiddenLabels {
  const values = new Set(own(hide, axis) ?? []);
  if (hidden) values.add(label);
  else values.delete(label);
  const next = { ...hide, [axis]: [...values].sort() };
  if (next[axis].length === 0) delete next[axis];
  return next;
}
