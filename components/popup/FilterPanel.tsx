/**
 * FilterPanel: whose reporting to compare. Presets first (the one the filters amount to is marked),
 * then one fieldset per label axis with a checkbox per label (checked = its outlets are shown),
 * each counting the outlets it covers with the reader's overrides applied.
 */
import { withOverrides, type LabelOverrides } from '../../lib/core/coverage/labels';
import { hiddenBy, SUBSCRIPTION_AXIS, type HiddenLabels } from '../../lib/core/coverage/filters';
import { PRESETS, presetMatching, toggleLabel } from '../../lib/core/coverage/presets';
import type { Outlet } from '../../lib/core/pack/types';
import { plural } from '../../lib/core/plural';
import { own } from '../../lib/core/own';

/** The standard axes, in the order they are shown, with the names readers see. */
export const AXIS_NAMES: Record<string, string> = {
  ownership: 'Ownership and funding',
  alignment: 'Alignment in the war',
  type: 'Kind of outlet',
  country: 'Country',
};

export const axisName = (axis: string): string => own(AXIS_NAMES, axis) ?? axis;

/** Standard axes first in their fixed order, any others after them by name. */
export function axisOrder(a: string, b: string): number {
  const keys = Object.keys(AXIS_NAMES);
  const rank = (x: string) => (keys.includes(x) ? keys.indexOf(x) : keys.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

interface AxisLabels {
  axis: string;
  labels: { label: string; count: number }[];
}

/** Each axis with its labels and their counts; hidden labels no outlet carries stay listed (0), so they can be shown again. */
export function axesOf(outlets: Outlet[], hide: HiddenLabels): AxisLabels[] {
  const counts = new Map<string, Map<string, number>>();
  for (const o of outlets) {
    for (const [axis, label] of Object.entries(o.labels)) {
      const m = counts.get(axis) ?? counts.set(axis, new Map()).get(axis)!;
      m.set(label, (m.get(label) ?? 0) + 1);
    }
  }
  for (const [axis, labels] of Object.entries(hide)) {
    if (axis === SUBSCRIPTION_AXIS) continue; // listed under Subscriptions
    const m = counts.get(axis) ?? counts.set(axis, new Map()).get(axis)!;
    for (const label of labels) if (!m.has(label)) m.set(label, 0);
  }
  return [...counts.keys()].sort(axisOrder).map((axis) => ({
    axis,
    labels: [...counts.get(axis)!].map(([label, count]) => ({ label, count })).sort((a, b) => a.label.localeCompare(b.label)),
  }));
}

export interface FilterPanelProps {
  outlets: Outlet[];
  overrides: LabelOverrides;
  hide: HiddenLabels;
  onHideChange(hide: HiddenLabels): void;
  /** The names of the reader's subscriptions: each can be hidden like an outlet. */
  subscriptions?: string[];
}

export function FilterPanel({ outlets, overrides, hide, onHideChange, subscriptions = [] }: FilterPanelProps) {
  const seen = outlets.map((o) => withOverrides(o, overrides));
  const matching = presetMatching(hide, seen);
  const shown = seen.filter((o) => !hiddenBy(o, hide)).length;
  return (
    <div class="pp-filters">
      <p class="pp-summary" role="status" data-testid="comparing">
        Comparing {shown} of {plural(seen.length, 'outlet')}
      </p>
      <div class="pp-presets" role="group" aria-labelledby="pp-presets-title">
        <h2 id="pp-presets-title" class="pp-subhead">
          Presets
        </h2>
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            class="pp-preset"
            data-preset={p.id}
            aria-pressed={matching?.id === p.id ? 'true' : 'false'}
            onClick={() => onHideChange(p.hide(seen))}
          >
            {p.name}
          </button>
        ))}
      </div>
      <h2 class="pp-subhead">Show outlets labelled</h2>
      {axesOf(seen, hide).map(({ axis, labels }, i) => (
        <fieldset key={axis} class="pp-axis" data-axis={axis}>
          <legend>{axisName(axis)}</legend>
          {labels.map(({ label, count }, j) => {
            const id = `pp-f-${i}-${j}`;
            const isHidden = (own(hide, axis) ?? []).includes(label);
            return (
              <div key={label} class="pp-check">
                <input
                  id={id}
                  type="checkbox"
                  data-axis={axis}
                  data-label={label}
                  checked={!isHidden}
                  onChange={(e) => onHideChange(toggleLabel(hide, axis, label, !e.currentTarget.checked))}
                />
                <label for={id}>
                  <span class="pp-chip">{label}</span> <span class="pp-count">{plural(count, 'outlet')}</span>
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
      {subscriptions.length > 0 && (
        <fieldset class="pp-axis" data-axis={SUBSCRIPTION_AXIS}>
          <legend>Subscriptions</legend>
          {subscriptions.map((name, j) => {
            const id = `pp-f-sub-${j}`;
            return (
              <div key={name} class="pp-check">
                <input
                  id={id}
                  type="checkbox"
                  data-axis={SUBSCRIPTION_AXIS}
                  data-label={name}
                  checked={!(own(hide, SUBSCRIPTION_AXIS) ?? []).includes(name)}
                  onChange={(e) => onHideChange(toggleLabel(hide, SUBSCRIPTION_AXIS, name, !e.currentTarget.checked))}
                />
                <label for={id}>Claims via {name}</label>
              </div>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
