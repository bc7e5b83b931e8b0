/**
 * OutletBadge: an outlet's name and one chip per label. Labels are judgements, so each chip carries
 * who set it and why — in its title on hover, and spoken and shown when it takes keyboard focus.
 */
import type { Outlet } from '../../lib/core/pack/types';
import { own } from '../../lib/core/own';
import { say } from './say';

/** "why — by", or an honest note when the pack gives no basis for the label. */
export function basisOf(outlet: Outlet, axis: string): string {
  const basis = own(outlet.labelBasis, axis);
  return basis ? `${basis.why} — ${basis.by}` : 'No basis recorded for this label.';
}

/** `byArrows`: its chips are no tab stops, reached with the arrow keys (components/card/card-keys.ts). */
export function OutletBadge({ outlet, byArrows }: { outlet: Outlet; byArrows?: boolean }) {
  return (
    <div class="px-badge">
      <span class="px-outlet-name">{say(outlet.name)}</span>
      <span class="px-chips">
        {Object.entries(outlet.labels).map(([axis, label]) => {
          const basis = basisOf(outlet, axis);
          return (
            <span
              key={axis}
              class="px-chip"
              data-axis={axis}
              tabIndex={byArrows ? -1 : 0}
              role="note"
              title={basis}
              aria-label={`${axis}: ${label}. ${basis}`}
            >
              {say(label)}
            </span>
          );
        })}
      </span>
    </div>
  );
}
