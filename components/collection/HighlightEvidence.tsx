/**
 * HighlightEvidence: the cross-outlet claims as they stood when a highlight was saved, in a
 * collapsed <details>: each outlet with its labels, the quote, who says it and how (worded as
 * ClaimRow words it), the date and the article.
 */
import type { HighlightSnapshot, SnapshotClaim } from '../../lib/core/highlights/types';
import { plural } from '../../lib/core/plural';
import { safeHref } from '../../lib/core/safe-url';
import { formatDate } from '../shared/ClaimRow';
import { axisName } from '../popup/FilterPanel';

/** Same wording as ClaimRow's modeLine, for a snapshot claim. */
export function snapshotModeLine(claim: Pick<SnapshotClaim, 'speaker' | 'mode' | 'outletName'>): string {
  const speaker = claim.speaker.kind === 'outlet' ? claim.outletName : claim.speaker.name;
  if (claim.mode === 'attributed') return `Attributed to ${speaker}`;
  if (claim.mode === 'denied') return `Reports a denial by ${speaker}`;
  return 'In its own voice';
}

/** One claim as saved: its outlet and labels, the quote, who says it, the date and the article. */
function SnapshotClaimItem({ claim: c }: { claim: SnapshotClaim }) {
  const href = safeHref(c.url);
  return (
    <li class={`hl-claim hl-mode-${c.mode}`} data-claim={c.id} data-mode={c.mode}>
      <p class="hl-claim-outlet">
        <strong>{c.outletName}</strong>
        {c.via && <span class="hl-via"> · via {c.via}</span>}
        {Object.entries(c.outletLabels).map(([axis, label]) => [
          ' ',
          <span key={axis} class="cv-chip" title={`${axisName(axis)}: ${label}`}>
            {label}
          </span>,
        ])}
      </p>
      <blockquote class="hl-claim-quote">{c.quote}</blockquote>
      <p class="hl-claim-who">{snapshotModeLine(c)}</p>
      <p class="hl-claim-source">
        <time dateTime={c.published}>{formatDate(c.published)}</time>
        {' · '}
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {c.articleTitle}
          </a>
        ) : (
          <cite>{c.articleTitle}</cite>
        )}
      </p>
    </li>
  );
}

export function HighlightEvidence({ snapshot }: { snapshot: HighlightSnapshot }) {
  const { claims } = snapshot;
  return (
    <details class="hl-evidence">
      <summary>
        Evidence at save time <span class="hl-muted">({plural(claims.length, 'claim')})</span>
      </summary>
      {claims.length === 0 ? (
        <p class="hl-muted">No other outlets’ claims were known when this was saved.</p>
      ) : (
        <ul class="hl-claims">
          {claims.map((c) => (
            <SnapshotClaimItem key={c.id} claim={c} />
          ))}
        </ul>
      )}
    </details>
  );
}
