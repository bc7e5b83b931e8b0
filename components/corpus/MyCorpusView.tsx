/**
 * MyCorpusView: the "My corpus" page — the articles the reader added, the names that recur in them
 * but are not known yet, and the claim pack tools. Props in, events out; the page's entrypoint does
 * the messaging, files and notices.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Candidate, MyArticle, NewEntity } from '../../lib/core/corpus/types';
import type { Outlet } from '../../lib/core/pack/types';
import { BusyButton } from '../shared/BusyButton';
import { CandidateList } from './CandidateList';
import { CorpusArticleList } from './CorpusArticleList';
import { NoticeBar, type Notice } from '../shared/NoticeBar';
import { PackTools } from './PackTools';
import { useFocusWhenGone, type Busy } from './corpus-ui';

export interface MyCorpusProps {
  /** null while loading. */
  articles: MyArticle[] | null;
  candidates: Candidate[] | null;
  /** Outlets by id, for their labels. */
  outlets: Record<string, Outlet>;
  notice: Notice | null;
  busy: Busy | null;
  onDismissNotice(): void;
  onDelete(id: string): void;
  onReextract(): void;
  onAccept(entity: NewEntity): void;
  onDismissCandidate(name: string): void;
  onExport(): void;
  onImport(file: File): void;
  onClearAll(): void;
  /** The Subscriptions section, wired by the page. */
  subscriptions?: ComponentChildren;
}

export const NO_ARTICLES = 'You have not added any articles yet. Open a news article and choose “Add this article” in the Parallax popup or card.';
export const NO_CANDIDATES = 'No new names yet: a name shows here once it appears at least twice in your articles.';

export function MyCorpusView(props: MyCorpusProps) {
  const id = useId();
  const { articles, candidates, busy } = props;
  // A deleted article or an accepted name takes its focused buttons with it: the section's heading
  // (tabIndex -1) takes the focus instead.
  const deleted = useFocusWhenGone<HTMLHeadingElement>(articles?.map((a) => a.article.id) ?? null);
  const accepted = useFocusWhenGone<HTMLHeadingElement>(candidates?.map((c) => c.name) ?? null);
  return (
    <main class="mc">
      <header class="mc-header">
        <h1>My corpus</h1>
        <p class="mc-muted">Articles you added with “Add this article”, the names you taught Parallax, and your claim packs.</p>
      </header>
      <NoticeBar notice={props.notice} onDismiss={props.onDismissNotice} />

      <section class="mc-section" aria-labelledby={`${id}-articles`}>
        <h2 id={`${id}-articles`} ref={deleted.target} tabIndex={-1}>
          Your articles
        </h2>
        {articles === null ? (
          <p class="mc-muted" aria-busy="true">
            Loading your articles…
          </p>
        ) : articles.length === 0 ? (
          <p class="mc-empty">{NO_ARTICLES}</p>
        ) : (
          <>
            <div class="mc-row">
              <BusyButton
                class="mc-button mc-reextract"
                running={busy === 'reextract'}
                label="Re-run extraction"
                busyLabel="Extracting…"
                onClick={props.onReextract}
              />
            </div>
            <CorpusArticleList
              articles={articles}
              outlets={props.outlets}
              onDelete={(id) => {
                deleted.mark(id);
                props.onDelete(id);
              }}
            />
          </>
        )}
      </section>

      <section class="mc-section" aria-labelledby={`${id}-names`}>
        <h2 id={`${id}-names`} ref={accepted.target} tabIndex={-1}>
          New names
        </h2>
        <p class="mc-muted">Names that recur in your articles but Parallax does not know yet. Accept one to have it spotted and linked.</p>
        {candidates === null || candidates.length === 0 ? (
          <p class="mc-empty" aria-busy={candidates === null ? 'true' : undefined}>
            {NO_CANDIDATES}
          </p>
        ) : (
          <CandidateList
            candidates={candidates}
            busy={busy}
            submitting={accepted.pending}
            onAccept={(entity, name) => {
              accepted.mark(name);
              props.onAccept(entity);
            }}
            onDismiss={(name) => {
              // It leaves the list: focus goes to the section's heading, as after an accept.
              accepted.mark(name);
              props.onDismissCandidate(name);
            }}
          />
        )}
      </section>

      <section class="mc-section" aria-labelledby={`${id}-share`}>
        <h2 id={`${id}-share`}>Share your corpus</h2>
        <p class="mc-muted">
          A claim pack (parallax-claims/1) holds the bundled corpus and everything you added. Import one from a colleague: it is checked in full
          first, and merged by id.
        </p>
        <PackTools busy={busy} onExport={props.onExport} onImport={props.onImport} onClearAll={props.onClearAll} />
      </section>
      {props.subscriptions}
    </main>
  );
}
