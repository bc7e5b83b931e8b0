/**
 * Content script: spots known events and figures on the page, paints them, and opens the card
 * (hover, click, or Alt+Shift+M / Alt+Shift+N from the keyboard). Wiring only: the logic is in
 * lib/content, the card in ./card.tsx.
 *
 * The page is someone else's code. Every listener goes through ScriptLife.listen, which drops events
 * the page dispatched itself; the card and the save panel live in closed shadow roots; our own
 * elements are known by identity (lib/content/ours.ts); and this script ends only when the
 * extension does (WXT's context, which a page can end with one postMessage, is not used).
 */
import { bringIntoView } from '../../lib/content/bring-into-view';
import './highlights.css';
import { styleShadowRoot } from './shadow-style';
import { browser } from 'wxt/browser';
import { toWorker } from '../../lib/extension/messages';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { dispatchPage } from '../../lib/core/messages/page-protocol';
import { HoverIntent } from '../../lib/content/hover-intent';
import { ScriptLife } from '../../lib/content/life';
import { isReachable, pageHeld } from '../../lib/content/is-shown';
import { watchReaderSelection } from '../../lib/content/reader-selection';
import { watchLocation } from '../../lib/content/location-watch';
import { laidOutApart } from '../../lib/content/laid-out-apart';
import { isOurs, ours } from '../../lib/content/ours';
import { highlightsSupported } from '../../lib/content/paint';
import { entitiesInSelection } from '../../lib/content/selected-entities';
import type { PageMention } from '../../lib/content/scan';
import { CoverageWarmer } from '../../lib/content/coverage-warmer';
import { pageCoverage } from '../../lib/content/page-coverage';
import { Spotter } from '../../lib/content/spotter';
import { cardMark, filterSettings, isOffOn, labelOverrides, siteSettings, type SiteSettings } from '../../lib/extension/settings';
import type { CardMark } from '../../lib/core/card-mark';
import type { SpotSlice } from '../../lib/content/worker-scan';
import { addThisArticle } from './adding';
import type { UiModule } from '../card-ui';
import { loadUi } from '../../lib/content/lazy-ui';
import { followCorpus } from './follow-corpus';
import { closeOnReaderRequest } from './closing';
import { pageHandlers } from './page-handlers';
import type { createCard } from './card';
import type { createSaving } from './saving';
import { followMention } from '../../lib/content/card-follow';
import { samePlace } from '../../lib/content/selection-at-release';
import { shortcutOf } from '../../lib/content/shortcut';

/** How long the card's code waits for the page to be idle after the first scan before it loads anyway. */
const IDLE_WAIT_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At DOMContentLoaded, not when the browser next finds itself idle (tens of ms later): a reader
  // sees the mentions sooner, and content added after is spotted as it comes (MutationObserver).
  runAt: 'document_end',
  // highlights.css goes in the manifest, so the browser styles the page with it from the start; the
  // card's styles are bundled as text into its closed shadow root (lib/content/closed-host.ts).
  cssInjectionMode: 'manifest',
  async main() {
    performance.mark('parallax:start');
    if (!highlightsSupported() || !document.body) return;
    const firstSite = siteSettings.getValue();
    const host = location.hostname;
    let isOff = false;
    const life = new ScriptLife();
    // The background spots the page's text with the gazetteer it compiled once for every page. The
    // first slice goes before the site switch is read here: the background checks the switch itself
    // and refuses a site that is off, and the page's first layout (tens of ms on a long article)
    // then falls while the background spots, not before it is asked.
    const spot: SpotSlice = async (slice) => {
      const answer = isOff || life.isInvalid ? undefined : await toWorker('spot', slice);
      return answer?.ok ? answer.value : undefined;
    };
    let spotter: Spotter | undefined;
    const readerSelection = watchReaderSelection(life);
    /**
     * The selection read the moment the reader asks to save it (before the card's code loads: the
     * page could change it meanwhile), and the save of it to run once that code is there.
     */
    const selectionAsAsked = () => {
      const entityIds = entitiesInSelection(spotter?.list() ?? []);
      const asLeft = readerSelection.asLeft();
      return (saving: Ui['saving']) => saving.saveSelection(entityIds, asLeft);
    };

    // The cards' answers are the content script's own, asked ahead as soon as the page is spotted. The
    // card and the save panel are loaded and made when the page is idle after that (or when first
    // needed): nothing that paints no mention is compiled or runs before the first scan, nor in the
    // frames right after it.
    const coverage = pageCoverage();
    type Ui = { card: ReturnType<typeof createCard>; saving: ReturnType<typeof createSaving> };
    /** The reader's card mark, from extension storage (which the page cannot reach), for every card drawn: read with the card's code, not as every page starts. */
    let mark: CardMark | null = null;
    let made: Ui | undefined;
    let making: Promise<Ui> | undefined;
    const makeUi = async (): Promise<Ui> => {
      const [{ createCard, createSaving }, stored] = await Promise.all([loadUi<UiModule>('/card-ui.js'), cardMark.getValue()]);
      mark ??= stored;
      made = {
        saving: createSaving(life, ours),
        card: createCard(
          {
            onShown: (m) => spotter?.setActive(m),
            onClosed: () => {
              spotter?.setActive(undefined);
              intent.cancel();
            },
            onPointerInside: (inside) => intent.overPopover(inside),
            onSave: (m, shown, shownText) => made?.saving.saveSentence(m, shown, shownText),
            onAddArticle: async () => {
              const r = await addThisArticle();
              return r.ok ? { kind: 'done', added: r.value } : { kind: 'error', message: r.error };
            },
            mark: () => mark,
          },
          coverage,
          ours,
        ),
      };
      return made;
    };
    // A failed load is tried again when next needed (if the extension is gone, nothing will load).
    const ui = (): Promise<Ui> =>
      (making ??= makeUi().catch((e: unknown) => {
        making = undefined;
        throw e;
      }));
    /** Runs `use` once the UI is there; if it cannot be loaded, nothing happens. */
    const withUi = (use: (u: Ui) => unknown) => void ui().then(use, () => undefined);
    const intent = new HoverIntent<PageMention>(
      (m) => withUi((u) => u.card.show(m, 'hover')),
      () => made?.card.current()?.by === 'hover' && made.card.close(),
      // The card's own name, though a scan of the changed page made it a new mention: the pointer resting on it
      // as the page moves is no new hover (it made a clicked card a hovered one, placed afresh).
      (m) => {
        const shown = made?.card.current()?.mention;
        return shown === m || (shown !== undefined && samePlace(shown.range, m.range));
      },
    );
    // The cards of the page's entities are prepared before any is opened: the first ones' answers
    // brought to the page, the rest prepared in the background.
    const warmer = new CoverageWarmer({
      settled: () => spotted,
      prefetch: (entityId) => coverage.answers.get(entityId),
      warm: (entityIds) => void toWorker('warmCoverage', { entityIds }),
    });
    /** The first scan after Parallax was (re)started on this site; settled at once when it is off. */
    let spotted: Promise<unknown> = Promise.resolve();
    const startSpotting = () => {
      const started = new Spotter(document, spot, {
        skip: isOurs,
        apart: laidOutApart,
        onShadowRoot: import.meta.env.FIREFOX ? styleShadowRoot : undefined,
        onChange: (found) => {
          warmer.found(found.map((m) => m.entityId));
          // The page replaced the text the open card points at: the card follows the name, or closes.
          // (Closed only on a whole list: while the page is read whole, the name may come further down.)
          const open = made?.card.current();
          const followed = open && followMention(open.mention, started.list());
          if (open && followed !== 'kept' && (followed || !started.readingWhole)) made?.card.follow(followed);
          // The spotter's batches are the page's changes: a saved highlight they moved is placed again.
          made?.saving.contentChanged();
        },
      });
      spotter = started;
      spotted = started.start();
      // The saved highlights after the mentions, so the background answers the page's text first; the
      // card's code then, while the page is idle (a fresh renderer compiles it: tens of ms).
      void spotted.then(() =>
        requestIdleCallback(
          () => {
            if (spotter === started) withUi((u) => u.saving.restore());
          },
          { timeout: IDLE_WAIT_MS },
        ),
      );
    };
    /** Applies the site switch; resolves once the page is spotted (or cleared) accordingly. */
    const applySite = (sites: SiteSettings) => {
      isOff = isOffOn(sites, host);
      if (isOff) {
        made?.card.close();
        made?.saving.close();
        spotter?.stop();
        spotter = undefined;
      } else if (!spotter) startSpotting();
      return spotted;
    };
    // Reads the page's text while the switch is read (see `spot`).
    startSpotting();

    let frame = 0;
    life.listen(document, 'pointermove', (e) => {
      if (frame || !spotter) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!spotter) return;
        const open = made?.card.current();
        const m = spotter.at(e.clientX, e.clientY);
        // A pointer over a mention is the best sign of the card the reader will open next.
        if (m) void coverage.answers.get(m.entityId);
        if (!open || open.by === 'hover') intent.over(m && !pageHeld(document) ? m : undefined);
      });
    });
    life.listen(document, 'pointerdown', (e) => {
      const m = e.button === 0 ? spotter?.at(e.clientX, e.clientY) : undefined;
      if (m) void coverage.answers.get(m.entityId);
    });
    /** The mention a click opens a card at: not while a modal dialog of the page's holds it (a picture's lightbox): the card would open under the dialog, out of the reader's reach, as the keyboard's steps already know. */
    const clickedMention = (e: MouseEvent) => {
      const m = spotter?.at(e.clientX, e.clientY);
      return m && window.getSelection()?.isCollapsed !== false && !pageHeld(document) ? m : undefined;
    };
    life.listen(document, 'click', (e) => {
      const m = clickedMention(e);
      if (m) withUi((u) => u.card.show(m, 'click'));
    });
    closeOnReaderRequest(life, () => made, clickedMention);
    life.listen(
      document,
      'keydown',
      (e) => {
        const shortcut = spotter && shortcutOf(e);
        if (shortcut === 'save') {
          e.preventDefault();
          const save = selectionAsAsked();
          withUi((u) => save(u.saving));
        } else if (spotter && shortcut) {
          const m = spotter.step(shortcut === 'next' ? 1 : -1);
          if (!m) return;
          e.preventDefault();
          bringIntoView(m.range);
          withUi((u) => u.card.show(m, 'keyboard'));
        }
      },
      { capture: true },
    );
    // A single-page site moved to another article: handled as a page load. The old address's saved
    // highlights are unpainted at once; the new one's are painted after its mentions, as at load.
    watchLocation(() => {
      // An endless page moves its address to the story the reader scrolled into, the previous one still
      // there: a card open at a name still in reach stays open.
      const open = made?.card.current();
      if (open && !isReachable(open.mention.range)) made?.card.close();
      made?.card.pageChanged();
      made?.saving.pageChanged();
      coverage.clear();
      const scanning = spotter;
      void scanning?.rescanAll().then(() => {
        if (spotter === scanning) withUi((u) => u.saving.restore());
      });
    }, life.signal);

    // Made once: they remember what the popup was last told (its indexes name those mentions).
    const handlers = pageHandlers({
      host,
      off: () => isOff,
      // The popup asks right after changing the site switch: the answer comes once it is applied.
      applied: async () => void (await applySite(await siteSettings.getValue())),
      spotter: () => spotter,
      card: async () => (await ui()).card,
      saveSelection: async () => {
        const save = selectionAsAsked();
        await save((await ui()).saving);
      },
    });
    const onMessage = (message: unknown) => dispatchPage(handlers, message);
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = [
      cardMark.watch((m) => {
        mark = m;
      }),
      filterSettings.watch(() => coverage.settingsChanged()),
      labelOverrides.watch(() => coverage.settingsChanged()),
      siteSettings.watch((s) => void applySite(s)),
      followCorpus({
        spotter: () => spotter,
        answersStale: () => coverage.clear(),
        warmer,
      }),
    ];
    life.onInvalidated(() => {
      warmer.stop();
      spotter?.stop();
      if (made) {
        made.card.close();
        made.saving.close();
        made.card.remove();
        made.saving.remove();
      }
      // Extension APIs are already gone when the extension was reloaded or disabled; that is fine here.
      try {
        browser.runtime.onMessage.removeListener(onMessage);
        for (const u of unwatch) u();
      } catch {
        /* nothing left to unwatch */
      }
    });
    await applySite(await firstSite);
  },
});
