/**
 * CorpusArticleList: the reader's own articles, each with its outlet, date and claim count, its
 * claims on demand, and a delete that asks first (naming how many claims go with the article).
 * Props in, events out.
 */
import { useId, useState } from 'preact/hooks';
import type { MyArticle } from '../../lib/core/corpus/types';
import type { Claim, Outlet } from '../../lib/core/pack/types';
import { plural } from '../../lib/core/plural';
import { safeHref } from '../../lib/core/safe-url';
import { formatDate } from '../shared/ClaimRow';
import { InlineConfirm } from '../shared/InlineConfirm';
import { OutletBadge } from '../shared/OutletBadge';
import { useReturnFocus } from '../shared/use-return-focus';

export interface CorpusArticleListProps {
  articles: MyArticle[];
  /** Outlets by id, for their labels; an outlet missing here is shown by name alone. */
  outlets: Record<string, Outlet>;
  onDelete(id: string): void;
}

/** Who said it, when the claim names someone other than the outlet itself. */
const speakerOf = (claim: Claim) => (claim.speaker.kind === 'outlet' ? null : claim.speaker.name);

function ClaimItem({ claim }: { claim: Claim }) {
  const speaker = speakerOf(claim);
  return (
    <li class={`mc-claim mc-mode-${claim.mode}`} data-claim={claim.id} data-mode={claim.mode}>
      <blockquote class="mc-quote">{claim.quote}</blockquote>
      <p class="mc-claim-who">
        <span class="mc-mode">{claim.mode}</span>
        {speaker && <span class="mc-speaker"> · {speaker}</span>}
      </p>
    </li>
  );
}

interface ItemProps {
  item: MyArticle;
  outlet: Outlet | undefined;
  onDelete(id: string): void;
}

function ArticleItem({ item, outlet, onDelete }: ItemProps) {
  const id = useId();
  const { article, claims } = item;
  const [showClaims, setShowClaims] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const deleteRef = useReturnFocus<HTMLButtonElement>(confirming);
  const claimsId = `${id}-claims`;
  const href = safeHref(article.url);
  return (
    <li class="mc-item mc-article" data-article={article.id}>
      <h3 class="mc-title">
        {href ? (
          <a href={href} target="_blank" rel="noreferrer">
            {article.title}
          </a>
        ) : (
          article.title
        )}
      </h3>
      <div class="mc-meta">
        {outlet ? <OutletBadge outlet={outlet} /> : <span class="mc-outlet">{item.outletName}</span>}
        <time dateTime={article.published}>{formatDate(article.published)}</time>
        <span class="mc-claim-count">{plural(claims.length, 'claim')}</span>
        {article.imported && (
          <span class="mc-imported" title="From a claim pack: its claims are the pack’s, and re-running extraction leaves them as they are">
            imported
          </span>
        )}
      </div>
      <div class="mc-row">
        <button
          type="button"
          class="mc-button mc-show-claims"
          aria-expanded={showClaims}
          aria-controls={claimsId}
          onClick={() => setShowClaims(!showClaims)}
        >
          {showClaims ? 'Hide claims' : 'Show claims'}
        </button>
        {!confirming && (
          <button
            type="button"
            class="mc-button mc-danger mc-delete"
            ref={deleteRef}
            aria-label={`Delete “${article.title}”`}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        )}
      </div>
      {confirming && (
        <InlineConfirm
          question={`Delete this article and its ${plural(claims.length, 'claim')}?`}
          yes="Delete article"
          no="Keep"
          onYes={() => {
            setConfirming(false);
            onDelete(article.id);
          }}
          onNo={() => setConfirming(false)}
        />
      )}
      {/* Always present, so aria-controls names an element; filled only when open. */}
      <div id={claimsId} class="mc-claims-panel" hidden={!showClaims}>
        {showClaims &&
          (claims.length === 0 ? (
            <p class="mc-muted">No claims were found in this article.</p>
          ) : (
            <ul class="mc-claims">
              {claims.map((c) => (
                <ClaimItem key={c.id} claim={c} />
              ))}
            </ul>
          ))}
      </div>
    </li>
  );
}

export function CorpusArticleList({ articles, outlets, onDelete }: CorpusArticleListProps) {
  return (
    <ul class="mc-articles">
      {articles.map((a) => (
        <ArticleItem key={a.article.id} item={a} outlet={outlets[a.article.outletId]} onDelete={onDelete} />
      ))}
    </ul>
  );
}
