/**
 * FacetSection: one question about the entity and how each outlet answered it — where accounts
 * differ first, then per outlet its badge, whether it reported first, and its claims (three shown,
 * the rest behind a "Show N more" button, and those a large card was not sent counted). None of its
 * links and buttons is a tab stop: the card reaches them with the arrow keys (./card-keys.ts).
 */
import { useMemo, useState } from 'preact/hooks';
import type { FacetCoverage, OutletCoverage } from '../../lib/core/coverage/types';
import { plural } from '../../lib/core/plural';
import { ClaimRow } from '../shared/ClaimRow';
import { OutletBadge } from '../shared/OutletBadge';
import { drawnName, say } from '../shared/say';
import { CLAIMS_SHOWN } from './reveal';

export interface FacetSectionProps {
  group: FacetCoverage;
  aliases: string[];
  exactCase?: string[];
  /** How many of its outlets are rendered yet (./reveal.ts); all when absent. */
  outletCount?: number;
}

interface OutletItemProps {
  item: OutletCoverage;
  first: boolean;
  disputed: Set<string>;
  aliases: string[];
  exactCase?: string[];
}

function OutletItem({ item, first, disputed, aliases, exactCase }: OutletItemProps) {
  const [expanded, setExpanded] = useState(false);
  // Claims a disagreement cites come first, so the reader can check it without expanding.
  const claims = [...item.claims.filter((c) => disputed.has(c.id)), ...item.claims.filter((c) => !disputed.has(c.id))];
  const hiddenCount = Math.max(0, claims.length - CLAIMS_SHOWN);
  const shown = expanded ? claims : claims.slice(0, CLAIMS_SHOWN);
  const moreLabel = expanded ? 'Show fewer' : `Show ${hiddenCount} more`;
  const moreName = drawnName(moreLabel);
  return (
    <li class="px-outlet" data-outlet={item.outlet.id}>
      <div class="px-outlet-head">
        <OutletBadge outlet={item.outlet} byArrows />
        {first && (
          <span class="px-first" title="Its article on this question is the earliest among the outlets shown">
            {say('First to report')}
          </span>
        )}
      </div>
      <ul class="px-claims">
        {shown.map((c) => (
          <ClaimRow
            key={c.id}
            claim={c}
            outletName={item.outlet.name}
            aliases={aliases}
            exactCase={exactCase}
            disputed={disputed.has(c.id)}
            byArrows
          />
        ))}
      </ul>
      {hiddenCount > 0 && (
        <button type="button" class="px-more" tabIndex={-1} aria-expanded={expanded} {...moreName} onClick={() => setExpanded(!expanded)}>
          {say(moreLabel)}
        </button>
      )}
      {item.more !== undefined && (expanded || hiddenCount === 0) && (
        <p class="px-elsewhere">{say(`${plural(item.more, 'more claim')} from this outlet in the full comparison`)}</p>
      )}
    </li>
  );
}

export function FacetSection({ group, aliases, exactCase, outletCount }: FacetSectionProps) {
  // Made once per group: the same elements on every step of the card's reveal, which Preact then
  // leaves as they are instead of rendering them again.
  const items = useMemo(() => {
    const disputed = new Set(group.disagreements.flatMap((d) => d.claimIds));
    // When every outlet shown is "first" (one outlet, or all on the same day) the tag says nothing.
    const first = new Set(group.firstOutletIds.length < group.outlets.length ? group.firstOutletIds : []);
    return group.outlets.map((item) => (
      <OutletItem key={item.outlet.id} item={item} first={first.has(item.outlet.id)} disputed={disputed} aliases={aliases} exactCase={exactCase} />
    ));
  }, [group, aliases, exactCase]);
  return (
    <section class="px-facet" data-facet={group.facet?.id ?? ''}>
      <h3 class="px-question">
        {say(group.facet ? group.facet.question : 'Other reporting')}
        {group.facet?.via && <span class="px-via">{say(` · via ${group.facet.via}`)}</span>}
      </h3>
      {group.disagreements.length > 0 && (
        <div class="px-disagree" role="note">
          <strong>{say('Accounts differ:')}</strong>
          <ul>
            {group.disagreements.map((d, i) => (
              <li key={i} data-kind={d.kind}>
                {say(d.text)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul class="px-outlets">{outletCount === undefined ? items : items.slice(0, outletCount)}</ul>
    </section>
  );
}
