/**
 * The card at a mention: mounts the Popover in a closed shadow root (page script and CSS cannot reach
 * it, and its text is drawn, out of the page's window.find(): components/shared/say.tsx), places it
 * with Floating UI, draws the page's answer for the entity (asked ahead with the reader's filters and
 * label overrides, lib/content/page-coverage.ts), and manages focus (moved in when opened by click or
 * keyboard, given back on close).
 */
import { render } from 'preact';
import { toWorker } from '../../lib/extension/messages';
import { Popover, type PopoverState } from '../../components/card/Popover';
import type { CardMark } from '../../lib/core/card-mark';
import type { Coverage } from '../../lib/core/coverage/types';
import type { AddState } from '../../lib/core/corpus/describe';
import { rankFacets } from '../../lib/core/coverage/rank';
import { closedHost } from '../../lib/content/closed-host';
import { blockTextOf } from '../../lib/content/block-text';
import { placeNear } from '../../lib/content/position';
import { whenPageHeld } from '../../lib/content/is-shown';
import type { PageMention } from '../../lib/content/scan';
import type { PageCoverage } from '../../lib/content/page-coverage';
import type { Ours } from '../../lib/content/ours';

export type OpenedBy = 'hover' | 'click' | 'keyboard';

export interface CardEvents {
  onShown(mention: PageMention): void;
  onClosed(): void;
  onPointerInside(inside: boolean): void;
  /** `shownText`: the text of the mention's block when the card was shown (lib/content/block-text.ts). */
  onSave(mention: PageMention, coverage: Coverage, shownText: string): void;
  onAddArticle(): Promise<AddState>;
  /** The reader's card mark (lib/core/card-mark.ts), read by the content script from extension storage. */
  mark(): CardMark | null;
}

/**
 * `coverage`: the page's answers, asked ahead by the content script (lib/content/page-coverage.ts);
 * `ours`: the content script's registry of its elements (lib/content/ours.ts).
 */
export function createCard(events: CardEvents, coverage: PageCoverage, ours: Ours) {
  let open: { mention: PageMention; by: OpenedBy; returnFocus: Element | null; showAll: boolean; shownText: string } | undefined;
  let state: PopoverState = { kind: 'loading' };
  /** How adding this page went: kept across cards, since it is about the page, not the mention. */
  let adding: AddState = { kind: 'idle' };
  let stopPlacing: (() => void) | undefined;
  /** Stops the watch that closes the card when the page opens a modal dialog over it. */
  let stopWatchingHeld: (() => void) | undefined;
  const { ask, answers } = coverage;
  const ui = closedHost('parallax-popover', ours, () => close());

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
          mark={events.mark()}
        />
      ) : null,
      ui.container,
    );

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
  // Answers dropped (filters, overrides, the corpus or the page changed): an open card asks again.
  coverage.onCleared(() => void load());

  function saveShown() {
    if (!open || state.kind !== 'ready') return;
    const { mention, shownText } = open;
    const { coverage } = state;
    close();
    events.onSave(mention, coverage, shownText);
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
    // A hover that ends on the card's own name (its timer started before a click opened it) changes nothing:
    // the clicked card stays a clicked one, where it is.
    if (by === 'hover' && open?.mention === mention) return;
    open = { mention, by, returnFocus: open?.returnFocus ?? document.activeElement, showAll: false, shownText: blockTextOf(mention.range) };
    // An answer the page holds already is drawn at once; otherwise the card waits for it.
    const arrived = answers.ready(mention.entityId);
    state = arrived ? stateOf(arrived, mention) : { kind: 'loading' };
    ui.mount();
    draw();
    stopPlacing?.();
    const el = ui.container.querySelector<HTMLElement>('.px-popover');
    if (el) {
      stopPlacing = placeNear(mention.range, el, close);
      if (by !== 'hover') el.focus();
    }
    stopWatchingHeld?.();
    stopWatchingHeld = whenPageHeld(document, close);
    events.onShown(mention);
    if (!arrived) void load();
  }

  /** The page replaced the text the card points at: point at `mention` instead, or close when there is none. */
  function follow(mention: PageMention | undefined) {
    if (!open) return;
    if (!mention) return close();
    open = { ...open, mention, shownText: blockTextOf(mention.range) };
    stopPlacing?.();
    const el = ui.container.querySelector<HTMLElement>('.px-popover');
    if (el) stopPlacing = placeNear(mention.range, el, close, true);
    events.onShown(mention);
    // An answer on its way was asked for the mention left behind: ask for this one.
    if (state.kind === 'loading' || open.showAll) void load();
  }

  function close() {
    if (!open) return;
    const { returnFocus, by } = open;
    open = undefined;
    stopPlacing?.();
    stopPlacing = undefined;
    stopWatchingHeld?.();
    stopWatchingHeld = undefined;
    draw();
    events.onClosed();
    // Without scrolling to it: a card closed as the reader scrolled its name away must not take them back.
    if (by !== 'hover' && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
  }

  return {
    show,
    follow,
    close,
    current: () => open,
    /** Whether the card's own × is at (x, y) in the window: a click there the page stopped on its way still closes the card (../../lib/content/first-hearing.ts). */
    closeAt: (x: number, y: number) => {
      const root = ui.container.getRootNode();
      return open !== undefined && root instanceof ShadowRoot && root.elementFromPoint(x, y)?.closest('.px-close') != null;
    },
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
