/**
 * Content script: spots known events and figures on the page, paints them, and opens the popover
 * (hover, click, or Alt+Shift+M / Alt+Shift+N from the keyboard). Wiring only; the logic is in lib/page.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Popover, type PopoverState } from '../../components/Popover';
import '../../components/popover.css';
import { request } from '../../lib/messaging';
import { HoverIntent } from '../../lib/page/hover-intent';
import { highlightsSupported } from '../../lib/page/paint';
import { pageInfo } from '../../lib/page/page-info';
import { placeNear } from '../../lib/page/position';
import type { PageMention } from '../../lib/page/scan';
import { Spotter } from '../../lib/page/spotter';
import { filterSettings } from '../../lib/settings';
import { compileGazetteer } from '../../lib/spot/gazetteer';

const HOST = 'PARALLAX-POPOVER';
const send = (m: unknown) => browser.runtime.sendMessage(m);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (!highlightsSupported() || !document.body) return;
    const gazetteer = await request(send, 'gazetteer', {});
    if (!gazetteer.ok || ctx.isInvalid) return;
    const spotter = new Spotter(document, compileGazetteer(gazetteer.value), { skip: (el) => el.tagName === HOST });

    let open: { mention: PageMention; by: 'hover' | 'click' | 'keyboard'; returnFocus: Element | null } | undefined;
    let stopPlacing: (() => void) | undefined;
    let state: PopoverState = { kind: 'loading' };

    const ui = await createShadowRootUi(ctx, {
      name: 'parallax-popover',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount: (container) => container,
    });
    const draw = () => {
      if (!open) return render(null, ui.uiContainer);
      render(<Popover state={state} mentionText={open.mention.text} onClose={close} />, ui.uiContainer);
    };
    const card = () => ui.uiContainer.querySelector<HTMLElement>('.px-popover');

    async function load() {
      if (!open) return;
      const mention = open.mention;
      const { hide } = await filterSettings.getValue();
      const answer = await request(send, 'coverage', { entityId: mention.entityId, sentence: mention.sentence, hide, ...pageInfo(document) });
      if (open?.mention !== mention) return;
      state = answer.ok ? { kind: 'ready', coverage: answer.value } : { kind: 'error', message: answer.error };
      draw();
    }

    function show(mention: PageMention, by: 'hover' | 'click' | 'keyboard') {
      const returnFocus = open?.returnFocus ?? document.activeElement;
      open = { mention, by, returnFocus };
      state = { kind: 'loading' };
      spotter.setActive(mention);
      if (!ui.mounted) ui.mount();
      draw();
      stopPlacing?.();
      const el = card();
      if (el) {
        stopPlacing = placeNear(mention.range, el);
        el.addEventListener('pointerenter', () => intent.overPopover(true));
        el.addEventListener('pointerleave', () => intent.overPopover(false));
        if (by !== 'hover') el.focus();
      }
      void load();
    }

    function close() {
      if (!open) return;
      const { returnFocus, by } = open;
      open = undefined;
      stopPlacing?.();
      stopPlacing = undefined;
      spotter.setActive(undefined);
      intent.cancel();
      draw();
      if (by !== 'hover' && returnFocus instanceof HTMLElement) returnFocus.focus();
    }

    const intent = new HoverIntent<PageMention>((m) => show(m, 'hover'), () => open?.by === 'hover' && close(), (m) => open?.mention === m);
    let frame = 0;
    ctx.addEventListener(document, 'pointermove', (e) => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!open || open.by === 'hover') intent.over(spotter.at(e.clientX, e.clientY));
      });
    });
    ctx.addEventListener(document, 'click', (e) => {
      const m = spotter.at(e.clientX, e.clientY);
      if (m && window.getSelection()?.isCollapsed !== false) show(m, 'click');
      else if (open && !(e.target instanceof Element && e.target.tagName === HOST)) close();
    });
    ctx.addEventListener(document, 'keydown', (e) => {
      if (e.key === 'Escape' && open) {
        e.stopPropagation();
        close();
      } else if (e.altKey && e.shiftKey && (e.code === 'KeyM' || e.code === 'KeyN')) {
        const m = spotter.step(e.code === 'KeyM' ? 1 : -1);
        if (!m) return;
        e.preventDefault();
        m.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        show(m, 'keyboard');
      }
    }, { capture: true });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      close();
      spotter.rescanAll();
    });
    const unwatch = filterSettings.watch(() => void load());
    // A disabled or reloaded extension does not tell its old content scripts; asking does (and cleans up).
    ctx.setInterval(() => void ctx.isInvalid, 1000);
    ctx.onInvalidated(() => {
      close();
      spotter.stop();
      ui.remove();
      // Storage is already gone when the extension was reloaded or disabled; that is fine here.
      try {
        unwatch();
      } catch {
        /* nothing left to unwatch */
      }
    });
    spotter.start();
  },
});
