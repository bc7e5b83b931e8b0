/** Answers the popup about this page: its mentions, opening one of them, saving, adding the article. */
import { bringIntoView } from '../../lib/content/bring-into-view';
import { toWorker } from '../../lib/extension/messages';
import type { Handlers } from '../../lib/core/messages/dispatch';
import type { PageProtocolMap } from '../../lib/core/messages/page-protocol';
import { err, ok } from '../../lib/core/result';
import { isReachable, isShown, type ShownMemo } from '../../lib/content/is-shown';
import { pageUrls } from '../../lib/content/page-info';
import type { Spotter } from '../../lib/content/spotter';
import type { PageMention } from '../../lib/content/scan';
import { addThisArticle } from './adding';
import type { createCard } from './card';

interface PageContext {
  host: string;
  off: () => boolean;
  /** Applies the stored site switch, if it changed; resolves once the page follows it. */
  applied: () => Promise<void>;
  spotter: () => Spotter | undefined;
  /** The card (loaded and made when first needed). */
  card: () => Promise<ReturnType<typeof createCard>>;
  saveSelection: () => Promise<void>;
}

export function pageHandlers({ host, off, applied, spotter, card, saveSelection }: PageContext): Handlers<PageProtocolMap> {
  /** The mentions as the popup was last told of them: its `index` names one of these, not today's list. */
  let listed: readonly PageMention[] = [];
  return {
    pageMentions: async () => {
      await applied();
      const s = spotter();
      const names = s?.names ?? new Map<string, { name: string; type: string }>();
      // Only the names the page shows: one in a closed menu would open its card pointing at nothing.
      listed = s?.list() ?? [];
      // Each box's style read once for all the names in it (thousands of names in the same boxes took seconds).
      const seen: ShownMemo = new Map();
      const mentions = listed.flatMap((m, index) =>
        isShown(m.range, seen)
          ? [
              {
                index,
                entityId: m.entityId,
                name: names.get(m.entityId)?.name ?? m.text,
                type: names.get(m.entityId)?.type ?? 'entity',
                text: m.text,
              },
            ]
          : [],
      );
      // Whether the corpus holds this article already; not knowing is no reason to fail the answer.
      const stored = await toWorker('articleAt', { urls: pageUrls(document) });
      return ok({ host, off: off(), mentions, article: stored.ok ? stored.value : null });
    },
    saveSelection: async () => {
      if (off()) return err('Parallax is off on this site.');
      await saveSelection();
      return ok(null);
    },
    addThisArticle,
    openMention: async ({ index }) => {
      // The page may have changed its mentions since the popup listed them (a menu put before them moves
      // every index): open the one the reader chose if the page still shows it, else that name's first
      // shown mention, else nothing.
      const chosen = listed[index];
      if (!chosen) return err(`No mention ${index} on this page`);
      const now = spotter()?.list() ?? [];
      const m = now.includes(chosen) && isReachable(chosen.range) ? chosen : now.find((x) => x.entityId === chosen.entityId && isReachable(x.range));
      if (!m) return err(`“${chosen.text}” is no longer shown on this page, or the page has put something over it (a dialog)`);
      bringIntoView(m.range);
      (await card()).show(m, 'keyboard');
      return ok(null);
    },
  };
}
