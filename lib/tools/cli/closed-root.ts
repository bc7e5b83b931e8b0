/**
 * Reading and clicking inside a shadow root that page script cannot see (mode "closed"), in Chromium,
 * through the devtools protocol: `DOM.getDocument {depth: -1, pierce: true}` lists closed roots too,
 * `DOM.resolveNode` turns the root into a script object and `Runtime.callFunctionOn` reads it. Clicks
 * are real mouse input at the element's centre, so the product sees trusted events. Nothing here opens
 * the root or needs a hook in the product; open roots are read the same way.
 *
 * Used by `npm start`, the benchmark and the end-to-end tests (tests/e2e/harness/closed-root.ts).
 */
import type { CDPSession, Page } from 'playwright-core';
import { within } from './within';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Nth {
  /** Which match, in document order (default 0). */
  nth?: number;
}

export interface ClosedRoot {
  /** The text every match shows, inside the host's shadow root ([] when the host or root is absent): see `ShownText`. */
  texts(selector: string): Promise<string[]>;
  count(selector: string): Promise<number>;
  /** getBoundingClientRect() of a match, or null when there is none. */
  box(selector: string, options?: Nth): Promise<Box | null>;
  /** Scrolls a match into view, then clicks its centre with page.mouse; throws if it is missing or covered. */
  click(selector: string, options?: Nth): Promise<void>;
  attr(selector: string, name: string): Promise<string | null>;
  /** Whether the root's focused element matches `selector`. */
  isFocused(selector: string): Promise<boolean>;
  /** Polls until at least one match; throws naming the host and selector after `timeout` ms (default 5000). */
  waitFor(selector: string, options?: { timeout?: number }): Promise<void>;
  /** A .px-popover or .px-save is rendered in the root with a non-empty box, and neither it nor the host is hidden. */
  visible(): Promise<boolean>;
  /**
   * Runs `fn` in the page with `this` = the shadow root (undefined result when the host or root is
   * absent), and `shownText` to read text with. `fn` must be self-contained: it is sent as source.
   */
  evaluate<A, R>(fn: (this: ShadowRoot, arg: A, shownText: ShownText) => R, arg: A): Promise<R | undefined>;
}

/**
 * The text a node shows: its text nodes and, in their place, the text our UI draws from `data-say`
 * (components/shared/say.tsx: the card's text is not in the document, so textContent is empty).
 */
export type ShownText = (node: Node) => string;

function shownText(node: Node): string {
  let out = '';
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n instanceof Text) out += n.data;
    else if (n instanceof Element && n.hasAttribute('data-say')) out += n.getAttribute('data-say');
  }
  return out;
}

interface CdpNode {
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** A devtools command given up (send, below): not to be mistaken for a node that went away. */
class NoAnswer extends Error {}

/** How long one devtools command may take before it is given up (a page's DOM is read in milliseconds). */
const COMMAND_MS = 10_000;

/**
 * One devtools command on `page`'s session, given up after COMMAND_MS with an error that names it;
 * the session is then dropped, so the next call opens another. A command that never answers (seen,
 * rarely, in the end-to-end suites while a frame came or went) would otherwise hold a poll forever.
 */
function send<T>(page: Page, cdp: CDPSession, method: string, params: object): Promise<T> {
  const cached = sessions.get(page);
  return within(cdp.send(method as never, params as never) as Promise<T>, COMMAND_MS, () => {
    if (sessions.get(page) === cached) sessions.delete(page);
    void cdp.detach().catch(() => undefined);
    throw new NoAnswer(`The devtools protocol did not answer ${method} within ${COMMAND_MS / 1000} s`);
  });
}

/** The first element named `tag` (document order, through shadow roots and frames) that hosts a shadow root. */
function findHost(node: CdpNode, tag: string): CdpNode | undefined {
  if (node.localName === tag && node.shadowRoots?.length) return node;
  for (const next of [...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : []), ...(node.children ?? [])]) {
    const found = findHost(next, tag);
    if (found) return found;
  }
  return undefined;
}

/**
 * The host's shadow root as a script object (in the page's main world, or in the execution context
 * given), with the session to use it; undefined when there is no such host. The document is fetched
 * afresh on every call, as nodes come and go. Release the object when done.
 */
export async function shadowRootObject(
  page: Page,
  tag: string,
  executionContextId?: number,
): Promise<{ cdp: CDPSession; objectId: string } | undefined> {
  const cdp = await cdpFor(page);
  const { root } = await send<{ root: CdpNode }>(page, cdp, 'DOM.getDocument', { depth: -1, pierce: true });
  const shadow = findHost(root, tag)?.shadowRoots?.[0];
  if (!shadow) return undefined;
  try {
    const { object } = await send<{ object: { objectId?: string } }>(page, cdp, 'DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      ...(executionContextId ? { executionContextId } : {}),
    });
    return object.objectId ? { cdp, objectId: object.objectId } : undefined;
  } catch (e) {
    if (e instanceof NoAnswer) throw e;
    return undefined; // removed between the two calls
  }
}

/** Runs `fn` (source) with `this` = the host's shadow root and one argument; undefined when there is no such host. */
async function onRoot<R>(page: Page, tag: string, fn: string, arg: unknown): Promise<R | undefined> {
  const found = await shadowRootObject(page, tag);
  if (!found) return undefined;
  const { cdp, objectId } = found;
  try {
    const { result, exceptionDetails } = await send<{
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>(page, cdp, 'Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`In <${tag}>'s shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await send(page, cdp, 'Runtime.releaseObject', { objectId }).catch(() => undefined);
  }
}

/**
 * The function's source, callable with `this` = the root. tsx and Vitest compile with esbuild's
 * keepNames, which wraps named inner functions in `__name(...)`: that helper is defined here too.
 */
const asSource = (fn: (...args: never[]) => unknown) =>
  `function (arg) { var __name = function (f) { return f; }; return (${fn.toString()}).call(this, arg, ${shownText.toString()}); }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The shadow root of the first `<tag>` element on `page`, read through the devtools protocol. */
export function inRoot(page: Page, tag: string): ClosedRoot {
  const run = <A, R>(fn: (this: ShadowRoot, arg: A, shown: ShownText) => R, arg: A) => onRoot<R>(page, tag, asSource(fn), arg);

  const box = (selector: string, options: Nth = {}) =>
    run(
      function (this: ShadowRoot, { selector, nth }: { selector: string; nth: number }) {
        const el = this.querySelectorAll(selector)[nth];
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      },
      { selector, nth: options.nth ?? 0 },
    ).then((b) => b ?? null);

  const count = async (selector: string) =>
    (await run(function (this: ShadowRoot, s: string) {
      return this.querySelectorAll(s).length;
    }, selector)) ?? 0;

  return {
    texts: async (selector) =>
      (await run(function (this: ShadowRoot, s: string, shown: ShownText) {
        return [...this.querySelectorAll(s)].map(shown);
      }, selector)) ?? [],
    count,
    box,
    async click(selector, options = {}) {
      const nth = options.nth ?? 0;
      // Scroll it into view and find its centre; refuse when something else is on top there.
      const at = await run(
        function (this: ShadowRoot, { selector, nth }: { selector: string; nth: number }) {
          const el = this.querySelectorAll(selector)[nth];
          if (!el) return { error: 'no such element' };
          el.scrollIntoView({ block: 'center', inline: 'center' });
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return { error: 'it has an empty box' };
          const x = r.x + r.width / 2;
          const y = r.y + r.height / 2;
          const top = this.elementFromPoint(x, y);
          if (!top || !(top === el || el.contains(top)))
            return { error: `it is covered by ${top ? top.outerHTML.slice(0, 80) : 'nothing in the root'}` };
          return { x, y };
        },
        { selector, nth },
      );
      if (!at || 'error' in at) throw new Error(`Cannot click ${selector} (#${nth}) in <${tag}>: ${at ? at.error : 'no shadow root'}`);
      await page.mouse.click(at.x, at.y);
    },
    attr: async (selector, name) =>
      (await run(
        function (this: ShadowRoot, { selector, name }: { selector: string; name: string }) {
          return this.querySelector(selector)?.getAttribute(name) ?? null;
        },
        { selector, name },
      )) ?? null,
    isFocused: async (selector) =>
      (await run(function (this: ShadowRoot, s: string) {
        return !!this.activeElement?.matches(s);
      }, selector)) ?? false,
    async waitFor(selector, options = {}) {
      const deadline = Date.now() + (options.timeout ?? 5_000);
      for (;;) {
        if ((await count(selector)) > 0) return;
        if (Date.now() > deadline)
          throw new Error(`Timed out after ${options.timeout ?? 5_000} ms waiting for ${selector} in <${tag}>'s shadow root`);
        await sleep(50);
      }
    },
    visible: async () =>
      (await run(function (this: ShadowRoot) {
        // The host itself is an inline element with an empty box (the card inside is positioned), so
        // what is judged is the rendered card or panel, and that neither it nor the host is hidden.
        const shown = (e: Element) => {
          const s = getComputedStyle(e);
          return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0;
        };
        const child = this.querySelector('.px-popover, .px-save');
        const r = child?.getBoundingClientRect();
        return !!child && !!r && r.width > 0 && r.height > 0 && shown(child) && shown(this.host);
      }, null)) ?? false,
    evaluate: run,
  };
}
