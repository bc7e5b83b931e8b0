/**
 * ClaimRow: one claim as reported — the quote with the entity's mention marked, who says it and
 * how (in the outlet's own voice, attributed, or a reported denial), the article it is from, and
 * the subscription that brought it, if one did.
 */
import type { ClaimView } from '../../lib/core/coverage/types';
import { markSpans, splitByMarks } from '../../lib/core/coverage/marks';
import { safeHref } from '../../lib/core/safe-url';
import { say } from './say';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-01-24" → "24 Jan 2024", the same in every locale; anything else is shown as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** Who says it and how, in words (the colour of the row only repeats this). */
export function modeLine(claim: ClaimView, outletName: string): string {
  const speaker = claim.speaker.kind === 'outlet' ? outletName : claim.speaker.name;
  if (claim.mode === 'attributed') return `Attributed to ${speaker}`;
  if (claim.mode === 'denied') return `Reports a denial by ${speaker}`;
  return 'In its own voice';
}

export interface ClaimRowProps {
  claim: ClaimView;
  outletName: string;
  /** The shown entity's name and aliases, to mark where the quote names it. */
  aliases: string[];
  exactCase?: string[];
  /** The claim is one side of a disagreement listed above. */
  disputed?: boolean;
  /** Its link is no tab stop: the card reaches it with the arrow keys (components/card/card-keys.ts). */
  byArrows?: boolean;
}

export function ClaimRow({ claim, outletName, aliases, exactCase, disputed, byArrows }: ClaimRowProps) {
  const pieces = splitByMarks(claim.quote, markSpans(claim.quote, aliases, exactCase));
  const { title, url, published, byline } = claim.article;
  const href = safeHref(url);
  return (
    <li class={`px-claim px-mode-${claim.mode}`} data-claim={claim.id} data-mode={claim.mode} data-disputed={disputed ? '' : undefined}>
      <blockquote class="px-quote">{pieces.map((p, i) => (p.marked ? <mark key={i}>{say(p.text)}</mark> : say(p.text)))}</blockquote>
      <p class="px-who">
        <span class="px-mode">{say(modeLine(claim, outletName))}</span>
        {disputed && <span class="px-disputed-tag">{say(' · see “Accounts differ”')}</span>}
      </p>
      <p class="px-source">
        <time dateTime={published}>{say(formatDate(published))}</time>
        {say(' · ')}
        {href ? (
          // Not draggable: a drag that starts in the card is the page's to read (its address and title) before anything else can stop it.
          <a href={href} target="_blank" rel="noopener noreferrer" draggable={false} tabIndex={byArrows ? -1 : undefined}>
            {say(title)}
          </a>
        ) : (
          <cite>{say(title)}</cite>
        )}
        {byline && <span class="px-byline">{say(` · ${byline}`)}</span>}
        {claim.via && <span class="px-via">{say(` · via ${claim.via}`)}</span>}
      </p>
    </li>
  );
}
