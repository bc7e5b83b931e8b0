/**
 * Saving to the collection from the page (the card's Save button; a text selection by context menu
 * or Alt+Shift+S) and painting saved highlights again on revisit, listing those that no longer
 * attach as orphans. The passage is stored first; the note and tags follow in a small panel.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SavePanel, type SaveState } from '../../components/card/SavePanel';
import { describeRange } from '../../lib/core/anchor/describe';
import type { Coverage } from '../../lib/core/coverage/types';
import { snapshotOf } from '../../lib/core/highlights/snapshot';
import type { Highlight } from '../../lib/core/highlights/types';
import { toWorker } from '../../lib/extension/messages';
import { rangeOffsets, sentenceOffsets } from '../../lib/content/offsets';
import { paintSaved } from '../../lib/content/paint';
import { placeNear } from '../../lib/content/position';
import { anchorHighlights } from '../../lib/content/saved';
import { collectText } from '../../lib/core/spot/dom-text';

/** Pages that render late get a second and third look before a highlight is called an orphan. */
const RETRIES_MS = [1500, 5000];

export async function createSaving(ctx: ContentScriptContext, skip: (el: Element) => boolean) {
  const ui = await createShadowRootUi(ctx, { name: 'parallax-save', position: 'inline', anchor: 'html', append: 'last', onMount: (c) => c });
  let stopPlacing: (() => void) | undefined;
  let returnFocus: Element | null = null;
  let saved: Highlight[] = [];
  let shown: SaveState | null = null;

  function show(state: SaveState | null, near?: Range) {
    shown = state;
    if (state && !ui.mounted) ui.mount();
    const close = () => show(null);
    render(
      state ? <SavePanel state={state} onClose={close} onSubmit={(note, tags) => void addNote(state, note, tags)} /> : null,
      ui.uiContainer,
    );
    stopPlacing?.();
    stopPlacing = undefined;
    const el = ui.uiContainer.querySelector<HTMLElement>('.px-save');
    if (el && near) {
      returnFocus = document.activeElement;
      stopPlacing = placeNear(near, el);
      el.focus();
    }
    if (!state && returnFocus instanceof HTMLElement) returnFocus.focus();
  }

  async function addNote(state: SaveState, note: string, tags: string[]) {
    if (state.kind !== 'saved') return;
    const r = await toWorker('updateHighlight', { id: state.id, note, tags });
    show(r.ok ? null : { kind: 'error', message: r.error });
  }

  /** Stores the passage [start, end) of the page's text with the given evidence. */
  async function save(range: Range, coverages: Coverage[]) {
    const page = collectText(document.body, { skip });
    const at = rangeOffsets(page, range);
    if (!at) return show({ kind: 'error', message: 'Nothing readable is selected on this page.' }, range);
    const { quote, position } = describeRange(page.text, at.start, at.end);
    show({ kind: 'saving', quote: quote.exact }, range);
    const r = await toWorker('saveHighlight', {
      highlight: { url: location.href, title: document.title, ...(coverages[0]?.excludedOutletId ? { outletId: coverages[0].excludedOutletId } : {}), quote, position, note: '', tags: [], snapshot: snapshotOf(coverages) },
    });
    show(r.ok ? { kind: 'saved', quote: quote.exact, id: r.value.id } : { kind: 'error', message: r.error }, range);
    if (r.ok) {
      saved = [...saved, r.value];
      repaint();
    }
  }

  /** The card's Save: the sentence around the mention, with the coverage the card shows. */
  function saveSentence(mentionRange: Range, coverage: Coverage) {
    const page = collectText(document.body, { skip });
    const at = rangeOffsets(page, mentionRange);
    if (!at) return;
    const s = sentenceOffsets(page.text, at.start, at.end);
    const range = document.createRange();
    const from = page.segments.find((g) => g.end > s.start)!;
    const to = page.segments.find((g) => g.end >= s.end)!;
    range.setStart(from.node, s.start - from.start);
    range.setEnd(to.node, s.end - to.start);
    void save(range, [coverage]);
  }

  /** A selection: the evidence is the coverage of every known entity it names. */
  async function saveSelection(entityIds: string[]) {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed) return show({ kind: 'error', message: 'Select some text first, then save it.' });
    const range = selection.getRangeAt(0).cloneRange();
    const coverages: Coverage[] = [];
    for (const entityId of entityIds.slice(0, 5)) {
      const r = await toWorker('coverage', { entityId, sentence: range.toString() });
      if (r.ok) coverages.push(r.value);
    }
    await save(range, coverages);
  }

  function repaint(report = false) {
    const { ranges, results } = anchorHighlights(document, saved, { skip });
    paintSaved([...ranges.values()]);
    if (report && results.length > 0) void toWorker('reportAnchors', { results });
    return results.some((r) => r.status === 'orphan');
  }

  /** Paints this page's saved highlights; reports which attach, after giving late pages time. */
  async function restore() {
    const r = await toWorker('highlights', { url: location.href });
    saved = r.ok ? r.value : [];
    if (saved.length === 0) return;
    let orphans = repaint();
    for (const wait of RETRIES_MS) {
      if (!orphans) break;
      await new Promise<void>((done) => ctx.setTimeout(() => done(), wait));
      orphans = repaint();
    }
    repaint(true);
  }

  return {
    saveSentence,
    saveSelection,
    restore,
    isOpen: () => shown !== null,
    close: () => show(null),
    remove: () => ui.remove(),
  };
}
