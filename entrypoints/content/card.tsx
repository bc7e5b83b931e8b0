/**
 * The card at a mention: mounts the Popover in a closed shadow root (page script and CSS cannot reach
 * it), places it with Floating UI, asks the background for coverage with the reader's filters and
 * label overrides, and manages focus (moved in when opened by click or keyboard, given back on close).
 */
import { render } from 'preact';
import { toWorker } from '../../lib/extension/messages';
import { Popover, type PopoverState } from '../../components/card/Popover';
import type { Coverage } from '../../lib/core/coverage/types';
import type { AddState } from '../../lib/core/corpus/describe';
import { rankFacets } from '../../lib/core/coverage/rank';
import { CardAnswers } from '../../lib/content/card-answers';
import { closedHost } from '../../lib/content/closed-host';
import { placeNear } from '../../lib/content/position';
import type { PageMention } from '../../lib/content/scan';
import { filterSettings, labelOverrides } from '../../lib/extension/settings';

export type OpenedBy = 'hover' | 'click' | 'keyboard';

export interface CardEvents {
  onShown(mention: PageMention): void;
  onClosed(): void;
  onPointerInside(inside: boolean): void;
  onSave(mention: PageMention, coverage: Coverage): void;
  onAddArticle(): Promise<AddState>;
  /** Marks our elements as ours (lib/content/ours.ts, the content script's own registry). */
  markOurs<E extends Element>(el: E): E;
}

export function createCard(events: CardEvents) {
  let open: { mention: PageMention; by: OpenedBy; returnFocus: Element | null; showAll: boolean } | undefined;
  let state: PopoverState = { kind: 'loading' };
  // Read once and again only when they change (settingsChanged), so a click does not wait on storage.
  // Storage that cannot be read means no filters and no overrides, not a card stuck loading.
  const readSettings = () => Promise.all([filterSettings.getValue(), labelOverrides.getValue()]).catch(() => [{ hide: {} }, {}] as const);
  let settings = readSettings();
  /** How adding this page went: kept across cards, since it is about the page, not the mention. */
  let adding: AddState = { kind: 'idle' };
  let stopPlacing: (() => void) | undefined;
  /** Answers with the reader's filters, kept by entity (asked ahead, or by an earlier card). */
  const answers = new CardAnswers((entityId) => ask(entityId, false));
  const ui = closedHost('parallax-popover', events.markOurs);

  const draw = () =>
    render(
      open ? (
        <Popover
          state={state}
          mentionText={open.mention.text}
          onClose={close}
          onShowHidden={showHidden}
          onSave={saveShown}
          adding={adding}
          onAddArticle={addArticle}
          onPointerInside={events.onPointerInside}
          onOpenEvent={(entityId) => void toWorker('openEvent', { entityId })}
        />
      ) : null,
      ui.container,
    );

  /**
   * The background's answer for an entity's card, with the reader's filters (none: `showAll`). It is
   * the same for every mention of the entity on this page: the card orders it by the mention's sentence.
   */
  async function ask(entityId: string, showAll: boolean) {
    const [{ hide }, overrides] = await settings;
    return toWorker('coverage', { entityId, hide: showAll ? {} : hide, overrides });
  }

  /** The card's state for this answer, its questions ordered by the sentence around the mention. */
  function stateOf(answer: Awaited<ReturnType<typeof ask>>, mention: PageMention): PopoverState {
    if (!answer.ok) return { kind: 'error', message: answer.error };
    return { kind: 'ready', coverage: { ...answer.value, facets: rankFacets(answer.value.facets, mention.sentence) } };
  }

  async function load() {
    if (!open) return;
    const { mention, showAll } = open;
    const answer = await (showAll ? ask(mention.entityId, true) : answers.get(mention.entityId));
    if (open?.mention !== mention || open.showAll !== showAll) return;
    state = stateOf(answer, mention);
    draw();
  }

  function saveShown() {
    if (!open || state.kind !== 'ready') return;
    const { mention } = open;
    const { coverage } = state;
    close();
    events.onSave(mention, coverage);
  }

  async function addArticle() {
    adding = { kind: 'busy' };
    draw();
    adding = await events.onAddArticle();
    draw();
  }

  function showHidden() {
    if (!open) return;
    open.showAll = true;
    void load();
  }

  function show(mention: PageMention, by: OpenedBy) {
    open = { mention, by, returnFocus: open?.returnFocus ?? document.activeElement, showAll: false };
    // An answer the page holds already is drawn at once; otherwise the card waits for it.
    const arrived = answers.ready(mention.entityId);
    state = arrived ? stateOf(arrived, mention) : { kind: 'loading' };
    ui.mount();
    draw();
    stopPlacing?.();
    const el = ui.container.querySelector<HTMLElement>('.px-popover');
    if (el) {
      stopPlacing = placeNear(mention.range, el);
      if (by !== 'hover') el.focus();
    }
    events.onShown(mention);
    if (!arrived) void load();
  }

  function close() {
    if (!open) return;
    const { returnFocus, by } = open;
    open = undefined;
    stopPlacing?.();
    stopPlacing = undefined;
    draw();
    events.onClosed();
    if (by !== 'hover' && returnFocus instanceof HTMLElement) returnFocus.focus();
  }

  return {
    show,
    close,
    /**
     * The reader is about to open this entity's card (the pointer went down on a mention, or rests on
     * one), or the page expects it to be opened: its answer is asked for now, if the page lacks it.
     */
    askAhead: (entityId: string) => answers.get(entityId),
    /** Filters or overrides changed: answers kept are stale, and an open card follows at once. */
    settingsChanged: () => {
      settings = readSettings();
      answers.clear();
      void load();
    },
    /** The corpus changed: answers kept are stale, and an open card asks again. */
    reload: () => {
      answers.clear();
      void load();
    },
    current: () => open,
    /** A single-page app moved to another article: what was said about adding the last one no longer applies. */
    pageChanged: () => {
      adding = { kind: 'idle' };
      answers.clear();
    },
    remove: () => {
      render(null, ui.container);
      ui.remove();
    },
  };
}
