/**
 * The content script's lifetime, in place of WXT's ContentScriptContext: WXT's context announces
 * itself on the page (a postMessage and a document event) and ends when it sees such an announcement
 * from another script, which any page can replay to switch Parallax off. This one ends only when the extension itself is gone (reloaded, updated,
 * disabled): `browser.runtime.id` is then undefined. Nothing tells an old content script that, so it
 * looks whenever something happens: every event it handles, the tab becoming visible, a scroll.
 *
 * `listen` is how the content script listens to the page: it drops events the page made up
 * (`!isTrusted`), so a page script cannot click, point or type for the reader (the bold mark's
 * scroll and resize watch, lib/content/near-viewport.ts, drops them itself).
 */
import { browser } from 'wxt/browser';

export class ScriptLife {
  private readonly controller = new AbortController();

  constructor(private readonly isGone: () => boolean = () => browser.runtime?.id == null) {
    for (const type of ['visibilitychange', 'scroll', 'focus'] as const) {
      // Only to notice the end: isInvalid ends this life when the extension is gone.
      window.addEventListener(type, () => void this.isInvalid, { capture: true, passive: true, signal: this.signal });
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.signal.aborted && this.isGone()) this.controller.abort();
    return this.signal.aborted;
  }

  /** Runs `cb` once when this life ends; returns the function that cancels that. */
  onInvalidated(cb: () => void): () => void {
    if (this.signal.aborted) {
      cb();
      return () => undefined;
    }
    this.signal.addEventListener('abort', cb, { once: true });
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** Listens for trusted events only, until this life ends. */
  listen<K extends keyof WindowEventMap & keyof DocumentEventMap>(
    target: Window | Document,
    type: K,
    handler: (event: WindowEventMap[K] & DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    const guarded = (event: Event) => {
      if (!event.isTrusted || this.isInvalid) return;
      handler(event as WindowEventMap[K] & DocumentEventMap[K]);
    };
    target.addEventListener(type, guarded, { ...options, signal: this.signal });
  }

  setTimeout(cb: () => void, ms: number): void {
    const id = setTimeout(() => !this.isInvalid && cb(), ms);
    this.onInvalidated(() => clearTimeout(id));
  }
}
