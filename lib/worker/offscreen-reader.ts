/**
 * Reading a page the reader adds in an offscreen document (Chrome): a service worker has no DOM, and
 * parsing a page near the caps with linkedom and running Readability in it held every other answer
 * (cards, spotting, `status`) for 0.6–0.9 s. The offscreen document parses with the browser's own
 * DOMParser in a thread of its own. It is opened when a read starts and closed once no read waits on
 * it (Chrome allows one per extension; a worker stopped meanwhile finds it still open).
 */
import { browser, type Browser } from 'wxt/browser';
import type { ReadPage } from '../core/extract/read-html';
import type { PageArticle } from '../core/extract/page-article';
import { err, type Result } from '../core/pack/types';
import { READ_PAGE, type ReadPageRequest } from '../extension/read-page-message';

const DOCUMENT = 'offscreen.html';
/** A read that has not answered by then will not: the reader is told, and can try again. */
const TIMEOUT_MS = 60_000;

const isResult = (v: unknown): v is Result<PageArticle> => typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';

export function offscreenReader(): ReadPage {
  let reading = 0;
  let opened: Promise<void> | undefined;
  let closed: Promise<unknown> = Promise.resolve();
  const open = async () => {
    if (await browser.offscreen.hasDocument()) return;
    await browser.offscreen.createDocument({
      url: DOCUMENT,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Reads the article of a page the reader adds to their corpus, without holding up the background.',
    });
  };
  const ask = (request: ReadPageRequest) =>
    new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('reading it took longer than a minute')), TIMEOUT_MS);
      browser.runtime
        .sendMessage(request)
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
  return async (html, address) => {
    reading++;
    try {
      opened ??= closed.then(open);
      await opened;
      const answer = await ask({ type: READ_PAGE, html, address });
      return isResult(answer) ? answer : err('The page could not be read: no answer from the reader.');
    } catch (e) {
      return err(`The page could not be read: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (--reading === 0) {
        opened = undefined;
        closed = browser.offscreen.closeDocument().catch(() => undefined);
      }
    }
  };
}
