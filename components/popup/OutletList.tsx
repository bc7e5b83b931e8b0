/**
 * OutletList: every outlet with each of its labels, who set the label and why, and a way to set it
 * differently. Overrides are marked as the reader's, and a Reset button restores the pack's label.
 */
import { isOverridden, withOverrides, type LabelOverrides } from '../../lib/core/coverage/labels';
import type { Outlet } from '../../lib/core/pack/types';
import { axisName, axisOrder } from './FilterPanel';
import { own as ownKey } from '../../lib/core/own';

/** Labels offered on the standard axes even when no outlet in the corpus carries them. */
export const VOCABULARY: Record<string, string[]> = {
  ownership: ['wire', 'independent', 'privately-owned', 'state-funded', 'state-controlled', 'party-affiliated'],
  alignment: ['pro-Ukrainian', 'pro-Kremlin', 'neutral', 'anti-NATO left'],
};

/** The pack's own label of an outlet on an axis (country included), before any override. */
export const packLabel = (outlet: Outlet, axis: string): string | undefined => (axis === 'country' ? outlet.country : ownKey(outlet.labels, axis));

/** Every label an axis can take here: the vocabulary plus whatever the outlets carry, with or without overrides. */
export function choicesFor(axis: string, outlets: Outlet[], seen: Outlet[]): string[] {
  const all = new Set(ownKey(VOCABULARY, axis) ?? []);
  for (const o of outlets) {
    const own = packLabel(o, axis);
    if (own !== undefined) all.add(own);
  }
  for (const o of seen) {
    const label = ownKey(o.labels, axis);
    if (label !== undefined) all.add(label);
  }
  return [...all].sort((a, b) => a.localeCompare(b));
}

export interface OutletListProps {
  outlets: Outlet[];
  overrides: LabelOverrides;
  onOverride(outletId: string, axis: string, label: string | null): void;
}

interface RowProps {
  outlet: Outlet;
  seen: Outlet;
  axis: string;
  choices: string[];
  /** The id of the list of choices the row's field suggests from, where there are too many for a menu in each row. */
  listId?: string;
  onOverride: OutletListProps['onOverride'];
}

/**
 * More choices on an axis than this and each row offers them from one list shared by all rows (a text field
 * with suggestions), not a menu of its own: a menu per row of every label cost a popup of 2,000 outlets,
 * each labelled differently, four million options (seventeenth attack suite).
 */
const MENU_CHOICES = 40;

function AxisRow({ outlet, seen, axis, choices, listId, onOverride }: RowProps) {
  const current = ownKey(seen.labels, axis);
  const own = packLabel(outlet, axis);
  const overridden = isOverridden(seen, axis);
  const basis = ownKey(seen.labelBasis, axis);
  const name = `${axisName(axis)} for ${outlet.name}`;
  const choose = (value: string) => onOverride(outlet.id, axis, value === own ? null : value);
  return (
    <li class="pp-label-row" data-axis={axis}>
      <div class="pp-label-line">
        <span class="pp-axis-name">{axisName(axis)}</span>
        {listId ? (
          <input
            type="text"
            data-axis={axis}
            aria-label={name}
            list={listId}
            value={current}
            // Only a label some outlet or the vocabulary has: anything else typed is put back.
            onChange={(e) => {
              const field = e.currentTarget;
              if (choices.includes(field.value)) choose(field.value);
              else field.value = current ?? '';
            }}
          />
        ) : (
          <select data-axis={axis} aria-label={name} value={current} onChange={(e) => choose(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c} value={c} selected={c === current}>
                {overridden && c === own ? `${c} (corpus)` : c}
              </option>
            ))}
          </select>
        )}
        {overridden && <span class="pp-tag">Overridden</span>}
        {overridden && (
          <button type="button" class="pp-reset" aria-label={`Reset ${name} to “${own ?? 'none'}”`} onClick={() => onOverride(outlet.id, axis, null)}>
            Reset
          </button>
        )}
      </div>
      <p class="pp-basis">{basis ? `Set by ${basis.by}: ${basis.why}` : 'No basis recorded for this label.'}</p>
    </li>
  );
}

export function OutletList({ outlets, overrides, onOverride }: OutletListProps) {
  const sorted = [...outlets].sort((a, b) => a.name.localeCompare(b.name));
  const seen = sorted.map((o) => withOverrides(o, overrides));
  const axes = [...new Set(seen.flatMap((o) => Object.keys(o.labels)))].sort(axisOrder);
  const choices = new Map(axes.map((axis) => [axis, choicesFor(axis, outlets, seen)]));
  const listed = axes.filter((axis) => choices.get(axis)!.length > MENU_CHOICES);
  const listId = (axis: string) => (listed.includes(axis) ? `pp-choices-${axes.indexOf(axis)}` : undefined);
  return (
    <>
      {listed.map((axis) => (
        <datalist key={axis} id={listId(axis)}>
          {choices.get(axis)!.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      ))}
      <ul class="pp-outlets">
        {sorted.map((outlet, i) => (
          <li key={outlet.id} class="pp-outlet" data-outlet={outlet.id}>
            <h2 class="pp-outlet-name">{outlet.name}</h2>
            {/* Its sites: an outlet named as another one ("Agence France-Presse" at a host of its own) shows where it is. */}
            {outlet.domains.length > 0 && <p class="pp-outlet-domains">{outlet.domains.join(' · ')}</p>}
            <ul class="pp-labels">
              {axes
                .filter((axis) => ownKey(seen[i].labels, axis) !== undefined)
                .map((axis) => (
                  <AxisRow
                    key={axis}
                    outlet={outlet}
                    seen={seen[i]}
                    axis={axis}
                    choices={choices.get(axis)!}
                    listId={listId(axis)}
                    onOverride={onOverride}
                  />
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
