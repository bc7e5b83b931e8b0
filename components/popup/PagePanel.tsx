/**
 * PagePanel: the known events and figures Parallax marked on the current page, one button per
 * entity that opens its first mention, a switch that turns Parallax off on the page's site, and
 * "Add this article" to the reader's corpus.
 */
import { addStatusText, type AddState } from '../../lib/core/corpus/describe';
import type { PageMentionItem, StoredArticle } from '../../lib/core/messages/page-protocol';
import { plural } from '../../lib/core/plural';
import { BusyButton } from '../shared/BusyButton';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'ready'; host: string; off: boolean; mentions: PageMentionItem[]; article: StoredArticle | null };

export interface MentionGroup {
  entityId: string;
  name: string;
  type: string;
  /** The index of the entity's first mention on the page. */
  first: number;
  count: number;
  /** The distinct ways the page writes it, in order of appearance. */
  texts: string[];
}

/** Mentions grouped by entity, in the order each entity first appears on the page. */
export function groupMentions(mentions: PageMentionItem[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  for (const m of [...mentions].sort((a, b) => a.index - b.index)) {
    const g = groups.get(m.entityId);
    if (!g) {
      groups.set(m.entityId, { entityId: m.entityId, name: m.name, type: m.type, first: m.index, count: 1, texts: [m.text] });
      continue;
    }
    g.count += 1;
    if (!g.texts.includes(m.text)) g.texts.push(m.text);
  }
  return [...groups.values()];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface PagePanelProps {
  page: PageState;
  adding: AddState;
  onOpenMention(index: number): void;
  onSiteOff(off: boolean): void;
  onAddArticle(): void;
}

/** What adding would do here: add the article, update the reader's copy, or nothing (the bundled corpus has it). */
function AddArticle({ adding, article, onAddArticle }: Pick<PagePanelProps, 'adding' | 'onAddArticle'> & { article: StoredArticle | null }) {
  if (article?.origin === 'seed' && adding.kind === 'idle') {
    return (
      <div class="pp-add">
        <p class="pp-add-status" data-testid="in-corpus">
          This article is in the bundled corpus: “{article.title}”, {plural(article.claims, 'claim')}.
        </p>
      </div>
    );
  }
  const idle =
    article?.origin === 'subscription'
      ? `Your subscription “${article.via}” has an article at this address: “${article.title}”, ${plural(article.claims, 'claim')}. Adding reads the page into your own corpus.`
      : article
        ? `In your corpus: “${article.title}”, ${plural(article.claims, 'claim')}. Updating reads the page again.`
        : 'Adds it to your corpus, so its claims join the comparison on other pages.';
  const mine = article !== null && article.origin !== 'subscription';
  return (
    <div class="pp-add">
      <BusyButton
        class="pp-button"
        running={adding.kind === 'busy'}
        label={mine ? 'Update this article' : 'Add this article'}
        busyLabel="Adding…"
        onClick={onAddArticle}
      />
      <p class={adding.kind === 'error' ? 'pp-add-status pp-error' : 'pp-add-status'} role="status" data-testid="add-status">
        {addStatusText(adding, idle)}
      </p>
    </div>
  );
}

export function PagePanel({ page, adding, onOpenMention, onSiteOff, onAddArticle }: PagePanelProps) {
  if (page.kind === 'loading') {
    return (
      <p class="pp-note" aria-busy="true">
        Looking for known events and figures on this page…
      </p>
    );
  }
  if (page.kind === 'unavailable') {
    return (
      <p class="pp-note" data-testid="unavailable">
        Parallax does not run on this page: {page.reason}
      </p>
    );
  }
  const groups = groupMentions(page.mentions);
  return (
    <div class="pp-page">
      <div class="pp-switch">
        <input id="pp-site-off" type="checkbox" role="switch" checked={page.off} onChange={(e) => onSiteOff(e.currentTarget.checked)} />
        <label for="pp-site-off">Off on {page.host}</label>
      </div>
      {page.off ? (
        <p class="pp-note" data-testid="off">
          Parallax is off on {page.host}. Mentions are not marked here.
        </p>
      ) : groups.length === 0 ? (
        <p class="pp-note" data-testid="empty">
          No known events or figures on this page.
        </p>
      ) : (
        <>
          <h2 class="pp-subhead" id="pp-mentions-title">
            {plural(page.mentions.length, 'mention')} of {plural(groups.length, 'event or figure', 'events and figures')}
          </h2>
          <ul class="pp-mentions" aria-labelledby="pp-mentions-title">
            {groups.map((g) => (
              <li key={g.entityId}>
                <button
                  type="button"
                  class="pp-mention"
                  data-entity={g.entityId}
                  title="Show it on the page and open how other outlets reported it"
                  onClick={() => onOpenMention(g.first)}
                >
                  <span class="pp-mention-name">{g.name}</span>
                  <span class="pp-mention-meta">
                    <span class="pp-chip">{capital(g.type)}</span>
                    <span class="pp-times" aria-hidden="true">
                      ×{g.count}
                    </span>
                    <span class="pp-sr">, {plural(g.count, 'mention')}</span>
                  </span>
                  <span class="pp-mention-texts">as {g.texts.map((t) => `“${t}”`).join(', ')}</span>
                </button>
                <a
                  class="pp-event-link"
                  href={`event.html?id=${encodeURIComponent(g.entityId)}`}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-event-link={g.entityId}
                >
                  Open the full comparison<span class="pp-sr"> of {g.name}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <AddArticle adding={adding} article={page.article} onAddArticle={onAddArticle} />
    </div>
  );
}
