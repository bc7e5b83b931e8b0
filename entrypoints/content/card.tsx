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
  /** An answer asked for when the pointer went down on a mention, before its click opens the card. */
  let ahead: { mention: PageMention; answer: ReturnType<typeof ask> } | undefined;
  const ui = closedHost('parallax-popover');

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

  /** The background's answer for a mention's card, with the reader's filters (none: `showAll`). */
  async function ask(mention: PageMention, showAll: boolean) {
    const [{ hide }, overrides] = await settings;
    return toWorker('coverage', {
      entityId: mention.entityId,
      sentence: mention.sentence,
      hide: showAll ? {} : hide,
      overrides,
    });
  }

  async function load() {
    if (!open) return;
    const { mention, showAll } = open;
    const early = ahead?.mention === mention && !showAll ? ahead.answer : undefined;
    ahead = undefined;
    const answer = await (early ?? ask(mention, showAll));
    if (open?.mention !== mention) return;
    state = answer.ok ? { kind: 'ready', coverage: answer.value } : { kind: 'error', message: answer.error };
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
    state = { kind: 'loading' };
    ui.mount();
    draw();
    stopPlacing?.();
    const el = ui.container.querySelector<HTMLElement>('.px-popover');
    if (el) {
      stopPlacing = placeNear(mention.range, el);
      if (by !== 'hover') el.focus();
    }
    events.onShown(mention);
    void load();
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
     * The pointer went down on this mention: its card is asked for now, so the click that follows
     * (a reader's takes tens of milliseconds more) opens it with the answer there or on its way.
     */
    askAhead: (mention: PageMention) => {
      if (open?.mention !== mention) ahead = { mention, answer: ask(mention, false) };
    },
    /** Filters or overrides changed: an open card follows at once. */
    settingsChanged: () => {
      settings = readSettings();
      ahead = undefined;
      void load();
    },
    /** The corpus changed: an open card asks again. */
    reload: () => {
      ahead = undefined;
      void load();
    },
    current: () => open,
    /** A single-page app moved to another article: what was said about adding the last one no longer applies. */
    pageChanged: () => {
      adding = { kind: 'idle' };
    },
    remove: () => {
      render(null, ui.container);
      ui.remove();
    },
  };
}
