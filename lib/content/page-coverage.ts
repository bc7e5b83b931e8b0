/**
 * The cards' answers for this page, asked with the reader's filters and label overrides and kept by
 * the content script itself (./card-answers.ts): asked ahead of any click without the card's code,
 * which is loaded only when the page is idle (./lazy-ui.ts), so a first card still opens at once.
 */
import { toWorker } from '../extension/messages';
import { filterSettings, labelOverrides } from '../extension/settings';
import { CardAnswers } from './card-answers';

export function pageCoverage() {
  // Read once and again only when they change, so a click does not wait on storage. Storage that
  // cannot be read means no filters and no overrides, not a card stuck loading.
  const readSettings = () => Promise.all([filterSettings.getValue(), labelOverrides.getValue()]).catch(() => [{ hide: {} }, {}] as const);
  let settings = readSettings();

  /**
   * The background's answer for an entity's card, with the reader's filters (none: `showAll`). It is
   * the same for every mention of the entity on this page: the card orders it by the mention's sentence.
   */
  async function ask(entityId: string, showAll: boolean) {
    const [{ hide }, overrides] = await settings;
    return toWorker('coverage', { entityId, hide: showAll ? {} : hide, overrides });
  }

  /** Answers with the reader's filters, kept by entity (asked ahead, or by an earlier card). */
  const answers = new CardAnswers((entityId) => ask(entityId, false));
  return {
    ask,
    answers,
    /** Filters or overrides changed: the answers kept are stale. */
    settingsChanged() {
      settings = readSettings();
      answers.clear();
    },
  };
}

export type PageCoverage = ReturnType<typeof pageCoverage>;
