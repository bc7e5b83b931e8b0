/**
 * The cards' answers for this page, asked with the reader's filters and label overrides and kept by
 * the content script itself (./card-answers.ts): asked ahead of any click without the card's code,
 * which is loaded only when the page is idle (./lazy-ui.ts), so a first card still opens at once.
 * The card follows them: when they are cleared, an open card asks again (`onCleared`).
 */
import { toWorker } from '../extension/messages';
import { filterSettings, labelOverrides } from '../extension/settings';
import { CardAnswers } from './card-answers';

export function pageCoverage() {
  // Read when first needed (not at the page's start, where the first scan goes first), then again
  // only when they change, so a click does not wait on storage. Storage that cannot be read means no
  // filters and no overrides, not a card stuck loading.
  const readSettings = () => Promise.all([filterSettings.getValue(), labelOverrides.getValue()]).catch(() => [{ hide: {} }, {}] as const);
  let settings: ReturnType<typeof readSettings> | undefined;

  /**
   * The background's answer for an entity's card, with the reader's filters (none: `showAll`). It is
   * the same for every mention of the entity on this page: the card orders it by the mention's sentence.
   */
  async function ask(entityId: string, showAll: boolean) {
    settings ??= readSettings();
    const [{ hide }, overrides] = await settings;
    return toWorker('coverage', { entityId, hide: showAll ? {} : hide, overrides });
  }

  /** Answers with the reader's filters, kept by entity (asked ahead, or by an earlier card). */
  const answers = new CardAnswers((entityId) => ask(entityId, false));
  const followers = new Set<() => void>();
  /** The answers kept are stale (the corpus or the page changed): dropped, and followers told. */
  const clear = () => {
    answers.clear();
    for (const follow of followers) follow();
  };
  return {
    ask,
    answers,
    clear,
    /** Filters or overrides changed: read again when next needed, and the answers kept dropped. */
    settingsChanged() {
      settings = undefined;
      clear();
    },
    /** `follow` runs whenever the answers are cleared. */
    onCleared(follow: () => void) {
      followers.add(follow);
    },
  };
}

export type PageCoverage = ReturnType<typeof pageCoverage>;
