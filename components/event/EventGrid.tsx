/**
 * EventGrid: one event's questions (rows) × the outlets (columns, with their labels and first
 * report); a cell holds that outlet's claims on the question — sentence, voice, speaker, date and
 * a link to the article. A row whose accounts differ says how, from the card's disagreement findings.
 */
import type { EventColumn, EventSection } from '../../lib/core/coverage/event-types';
import { speakerOf } from '../../lib/core/coverage/event-points';
import { plural } from '../../lib/core/plural';
import { safeHref } from '../../lib/core/safe-url';
import { formatDate } from '../shared/ClaimRow';
import { OutletBadge } from '../shared/OutletBadge';
import type { ClaimView } from '../../lib/core/coverage/types';
import { Voice } from './Voice';

export interface EventGridProps {
  section: EventSection;
  columns: EventColumn[];
  /** Heading id, so the table is named by it. */
  titleId: string;
}

function Claim({ claim, outletName }: { claim: ClaimView; outletName: string }) {
  const href = safeHref(claim.article.url);
  return (
    <li class={`ev-claim ev-mode-${claim.mode}`} data-claim={claim.id} data-mode={claim.mode}>
      <blockquote class="ev-quote">{claim.quote}</blockquote>
      <span class="ev-claim-meta">
        <Voice mode={claim.mode} /> · <span class="ev-speaker">{speakerOf(claim, outletName)}</span> ·{' '}
        <time dateTime={claim.article.published}>{formatDate(claim.article.published)}</time> ·{' '}
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {claim.article.title}
          </a>
        ) : (
          <cite>{claim.article.title}</cite>
        )}
        {claim.via && <span class="ev-via"> · via {claim.via}</span>}
      </span>
    </li>
  );
}

export function EventGrid({ section, columns, titleId }: EventGridProps) {
  return (
    <div class="ev-grid-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
      <table class="ev-grid" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col" class="ev-question-head">
              Question
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.outlet.id} data-outlet={c.outlet.id} class="ev-outlet-head">
                <OutletBadge outlet={c.outlet} />
                <span class="ev-first">First report {formatDate(c.firstReport)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row) => (
            <tr key={row.facet?.id ?? ''} data-facet={row.facet?.id ?? ''}>
              <th scope="row" class="ev-question">
                {row.facet?.question ?? 'Claims that answer no known question'}
                {row.facet?.via && <span class="ev-via"> · via {row.facet.via}</span>}
                {row.disagreements.length > 0 && (
                  <span class="ev-differ">
                    <strong>Accounts differ:</strong>
                    <ul>
                      {row.disagreements.map((d) => (
                        <li key={d.claimIds.join()} data-kind={d.kind}>
                          {d.text}
                        </li>
                      ))}
                    </ul>
                  </span>
                )}
              </th>
              {columns.map((c) => {
                const cell = row.outlets.find((o) => o.outlet.id === c.outlet.id);
                const claims = cell?.claims ?? [];
                return (
                  <td key={c.outlet.id} data-outlet={c.outlet.id}>
                    {claims.length === 0 ? (
                      <span class="ev-none">
                        —<span class="ev-sr"> nothing from {c.outlet.name}</span>
                      </span>
                    ) : (
                      <ul class="ev-claims">
                        {claims.map((claim) => (
                          <Claim key={claim.id} claim={claim} outletName={c.outlet.name} />
                        ))}
                      </ul>
                    )}
                    {!!cell?.more && (
                      <p class="ev-more">
                        {plural(cell.more, 'more claim')} from {c.outlet.name} on this question, in the exports
                      </p>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
