/**
 * Saving to the collection from the page (the card's Save button; a text selection by context menu
 * or Alt+Shift+S) and painting saved highlights again on revisit, listing those that no longer
 * attach as orphans. The passage is stored first; the note and tags follow in a small panel, typed
 * in a frame of an extension page (entrypoints/note) so that the page hears none of it.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SavePanel, type SaveState } from '../../components/card/SavePanel';
import { describeRange } from '../../lib/core/anchor/describe';
import type { Coverage } from '../../lib/core/coverage/types';
import { snapshotOf } from '../../lib/core/highlights/snapshot';
import { toWorker } from '../../lib/extension/messages';
import { NOTE_KEEP, NOTE_KEPT, NOTE_LEFT, NOTE_PORT, isNoteDone } from '../../lib/extension/note-frame';
import { closedHost } from '../../lib/content/closed-host';
import type { ScriptLife } from '../../lib/content/life';
import type { Ours } from '../../lib/content/ours';
import { watchNoteFocus } from '../../lib/content/note-focus';
import { rangeOffsets, sentenceOffsets } from '../../lib/content/offsets';
import { paintSaved } from '../../lib/content/paint';
import { placeNear } from '../../lib/content/position';
import { anchorHighlights } from '../../lib/content/saved';
import { SavedPage } from '../../lib/content/saved-page';
import { storePassage } from '../../lib/content/store-passage';
import { collectText } from '../../lib/core/spot/dom-text';
import { laidOutApart } from '../../lib/content/laid-out-apart';
import type { PageMention } from '../../lib/content/scan';
import { blockTextOf } from '../../lib/content/block-text';
import { drawsWordsIn, hidesWordsInLine } from '../../lib/content/hidden-words';
import {
  SENTENCE_CHANGED,
  HIDDEN_WORDS,
  DRAWN_WORDS,
  SELECTION_CHANGED,
  FOCUS_TAKEN,
  NOTE_SHUT,
  NOTE_TAKEN,
  NOTE_TAKEN_NOT_OPENED,
  FOCUS_COVERED,
} from './save-messages';

/** Whether a text node's words are on screen at all (not display:none, visibility:hidden, opacity 0). */
const rendered = (node: Text) => node.parentElement?.checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) ?? true;

/** How long the note frame is given to store its draft before it is taken down anyway. */
const KEEP_MS = 1500;

/** `ours`: the content script's registry of its elements (lib/content/ours.ts). */
export function createSaving(life: ScriptLife, ours: Ours) {
  const { isOurs } = ours;
  // How the page's text is read for saving and placing passages: as spotting reads it (index.tsx).
  const reading = { skip: isOurs, apart: laidOutApart };
  // A host the page removes or moves while the note is open takes the frame inside down with it.
  const ui = closedHost('parallax-save', ours, () => (noteFrame ? noteTakenDown() : show(null)));
  let stopPlacing: (() => void) | undefined;
  let returnFocus: Element | null = null;
  const saved = new SavedPage({
    load: async () => {
      const r = await toWorker('highlights', { url: location.href });
      return r.ok ? r.value : [];
    },
    anchor: (highlights) => anchorHighlights(document, highlights, reading),
    paint: paintSaved,
    report: (results) => void toWorker('reportAnchors', { results }),
    schedule: (run, ms) => {
      const id = setTimeout(() => !life.isInvalid && run(), ms);
      return () => clearTimeout(id);
    },
    now: () => performance.now(),
  });
  let shown: SaveState | null = null;
  let noteFrame: HTMLIFrameElement | null = null;
  /** Who moves the focus out of the note frame, while one is open (lib/content/note-focus.ts). */
  let noteFocus: ReturnType<typeof watchNoteFocus> | undefined;
  /** What the panel says of the focus taken from its note, if it was (NOTE_SHUT: the note was closed). */
  let warning: string | undefined;
  /** The note form was closed (NOTE_SHUT) or taken down by the page (NOTE_TAKEN): the panel is drawn without it. */
  let formGone = false;
  /** The port the note frame answers on, once it has loaded. */
  let notePort: MessagePort | undefined;
  /** Cancels the wait for the frame to store its draft. */
  let shutting: (() => void) | undefined;

  function draw() {
    const noteUrl = shown?.kind === 'saved' && !formGone ? `${browser.runtime.getURL('/note.html')}?id=${encodeURIComponent(shown.id)}` : undefined;
    render(shown ? <SavePanel state={shown} noteUrl={noteUrl} warning={warning} onClose={() => show(null)} /> : null, ui.container);
  }

  function show(state: SaveState | null, near?: Range) {
    shown = state;
    warning = undefined;
    formGone = false;
    shutting?.();
    shutting = undefined;
    if (state) ui.mount();
    draw();
    stopPlacing?.();
    stopPlacing = undefined;
    const el = ui.container.querySelector<HTMLElement>('.px-save');
    if (el && near) {
      // The focus goes back where it was before the panel took it (not to the panel itself).
      const active = document.activeElement;
      if (!active || !isOurs(active)) returnFocus = active;
      stopPlacing = placeNear(near, el);
      el.focus();
    }
    const frame = ui.container.querySelector('iframe');
    if (frame !== noteFrame) {
      noteFocus?.stop();
      noteFocus = undefined;
      noteFrame = frame;
      if (frame) connectNote(frame);
    }
    if (!state && returnFocus instanceof HTMLElement) returnFocus.focus();
  }

  /**
   * Once the note frame has loaded: hands it the port it says "done" on, and moves the focus into it.
   * A second load means something navigated the frame away from our page: it is taken down.
   */
  function connectNote(frame: HTMLIFrameElement) {
    // Only the panel's own host is the panel: not another element of ours (a style put in the page's
    // shadow roots) that the page can take and lay over the panel to catch the reader's press.
    noteFocus = watchNoteFocus(() => ui.container.querySelector('.px-save')?.getBoundingClientRect() ?? null, ui.isHost, ui.holdsFocus);
    let loads = 0;
    frame.addEventListener('load', (e) => {
      if (!e.isTrusted) return;
      // Loaded again: the page moved the host (the frame inside reloads), or navigated the frame.
      if (++loads > 1) return noteTakenDown();
      const channel = new MessageChannel();
      notePort = channel.port1;
      channel.port1.onmessage = (msg) => {
        if (!frame.isConnected) return;
        if (isNoteDone(msg.data)) show(null);
        else if (msg.data === NOTE_LEFT) noteLeft(frame);
        else if (msg.data === NOTE_KEPT) shutNote();
      };
      // To whatever the frame holds: the page cannot reach a frame in a closed root (it is not in
      // window.frames), and a frame navigated away is taken down above. (Chrome's dynamic URL is not
      // the frame's origin, so the address cannot name it.)
      frame.contentWindow?.postMessage(NOTE_PORT, '*', [channel.port2]);
      focusNote(frame);
    });
  }

  /**
   * Puts the focus in the note; if the page keeps it out (inert, a modal dialog of its own), asks the
   * frame to store what was typed, then closes the note and says why (at once if the frame does not answer).
   */
  function focusNote(frame: HTMLIFrameElement) {
    frame.focus();
    if (ui.hasFocus(frame) || !document.hasFocus() || !notePort) return;
    noteFocus?.stop();
    noteFocus = undefined;
    notePort.postMessage(NOTE_KEEP);
    const waited = setTimeout(shutNote, KEEP_MS);
    shutting = () => clearTimeout(waited);
  }

  /**
   * The page took the note form down: what was typed is stored (the form stores it as it is typed), and
   * the reader is taken out of the page, to the collection at this highlight, where the page can
   * neither draw a form of its own over the note nor hear it. Once per panel: a page taking it down
   * again gets no more tabs opened.
   */
  function noteTakenDown() {
    noteFocus?.stop();
    noteFocus = undefined;
    // A wait for the frame to store its draft (focusNote) ends here: the frame is gone.
    shutting?.();
    shutting = undefined;
    noteFrame = null;
    notePort = undefined;
    if (shown?.kind !== 'saved') return show(null);
    const { id } = shown;
    // Drawn from now on without a note form; taken down again (closedHost's onMoved, with no frame left),
    // the panel closes: the collection is opened once.
    formGone = true;
    warning = NOTE_TAKEN;
    // Drawn without its frame before it is put back, so no note form loads in the page again.
    draw();
    ui.mount();
    void toWorker('openNoteInCollection', { id }).then((r) => {
      if (r.ok || shown?.kind !== 'saved' || shown.id !== id) return;
      warning = `${NOTE_TAKEN_NOT_OPENED} (${r.error})`;
      draw();
    });
  }

  /** Takes the note frame down, saying why. */
  function shutNote() {
    shutting?.();
    shutting = undefined;
    if (formGone || !shown) return;
    noteFrame = null;
    notePort = undefined;
    warning = NOTE_SHUT;
    formGone = true;
    draw();
  }

  /**
   * The note frame lost the focus other than by the reader's Tab. If the page took it, or the reader
   * pressed a field of the page's lying over the panel, the note takes it back and the panel says so;
   * where it cannot, the note is closed.
   */
  function noteLeft(frame: HTMLIFrameElement) {
    const why = noteFocus?.verdict() ?? 'reader';
    if (why === 'reader') return;
    warning = why === 'covered' ? FOCUS_COVERED : FOCUS_TAKEN;
    draw();
    focusNote(frame);
  }

  /** Stores the passage [start, end) of the page's text with the given evidence. */
  async function save(range: Range, coverages: Coverage[]) {
    const page = collectText(document.body, reading);
    const at = rangeOffsets(page, range);
    if (!at) return show({ kind: 'error', message: 'Nothing readable is selected on this page.' }, range);
    // Text the page keeps but does not show (display:none, visibility:hidden, opacity 0) is read like the
    // rest; saved, it would put words in the reader's collection that they never saw.
    if (hidesWordsInLine(page, at, rendered)) return show({ kind: 'error', message: HIDDEN_WORDS }, range);
    if (drawsWordsIn(range)) return show({ kind: 'error', message: DRAWN_WORDS }, range);
    const { quote, position } = describeRange(page.text, at.start, at.end);
    const visit = saved.current;
    await storePassage({
      saving: () => show({ kind: 'saving', quote: quote.exact }, range),
      send: () =>
        toWorker('saveHighlight', {
          highlight: {
            url: location.href,
            title: document.title,
            ...(coverages[0]?.excludedOutletId ? { outletId: coverages[0].excludedOutletId } : {}),
            quote,
            position,
            note: '',
            tags: [],
            snapshot: snapshotOf(coverages),
          },
        }),
      told: (r) => show(r.ok ? { kind: 'saved', quote: quote.exact, id: r.value.id } : { kind: 'error', message: r.error }, range),
      keep: (h) => saved.add(h, visit),
    });
  }

  /**
   * The card's Save: the sentence around the mention, with the coverage the card shows. `shownText`:
   * the mention's block as the card showed it; a page that rewrites it as the reader presses Save (it
   * hears the press first) would have its own words saved.
   */
  function saveSentence(mention: PageMention, coverage: Coverage, shownText: string) {
    if (blockTextOf(mention.range) !== shownText) return show({ kind: 'error', message: SENTENCE_CHANGED }, mention.range);
    const page = collectText(document.body, reading);
    const at = rangeOffsets(page, mention.range);
    if (!at) return;
    const s = sentenceOffsets(page.text, at.start, at.end);
    const range = document.createRange();
    const from = page.segments.find((g) => g.end > s.start)!;
    const to = page.segments.find((g) => g.end >= s.end)!;
    range.setStart(from.node, s.start - from.start);
    range.setEnd(to.node, s.end - to.start);
    void save(range, [coverage]);
  }

  /**
   * A selection: the evidence is the coverage of every known entity it names. `asLeft`: the selection
   * is still the one the reader's own input left (lib/content/reader-selection.ts).
   */
  async function saveSelection(entityIds: string[], asLeft: boolean) {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed) return show({ kind: 'error', message: 'Select some text first, then save it.' });
    if (!asLeft) return show({ kind: 'error', message: SELECTION_CHANGED }, selection.getRangeAt(0));
    const range = selection.getRangeAt(0).cloneRange();
    const coverages: Coverage[] = [];
    for (const entityId of entityIds.slice(0, 5)) {
      const r = await toWorker('coverage', { entityId, sentence: range.toString() });
      if (r.ok) coverages.push(r.value);
    }
    await save(range, coverages);
  }

  return {
    saveSentence,
    saveSelection,
    /** Paints this page's saved highlights, and reports which attach (lib/content/saved-page.ts). */
    restore: () => saved.restore(),
    /** A single-page site moved to another address: the old one's highlights are unpainted. */
    pageChanged: () => saved.leave(),
    /** The page's content changed: saved highlights that lost their place are placed again (bounded; saved-page.ts). */
    contentChanged: () => saved.changed(),
    isOpen: () => shown !== null,
    close: () => show(null),
    remove: () => {
      noteFocus?.stop();
      render(null, ui.container);
      ui.remove();
    },
  };
}
