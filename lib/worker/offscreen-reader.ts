/**
 * Reading a page the reader adds in an offscreen document (Chrome): a service worker has no DOM, and
 * parsing a page near the caps with linkedom and running Readability in it held every other answer
 * (cards, spotting, `status`) for 0.6–0.9 s. The offscreen document parses with the browser's own
 * DOMParser in a thread of its own. It is opened when a read starts and closed once no read waits on
 * it (Chrome allows one per extension). One found open then (a worker that was stopped left it) is
 * closed first: its answer would go to a worker that is gone.
 */
import type { ReadPage } from '../core/extract/read-html';
import { request } from '../core/messages/request';
import type { OffscreenProtocolMap } from '../core/messages/offscreen-protocol';

/** What this needs of `chrome.offscreen` (given, so that tests can play Chrome). */
export interface OffscreenDocuments {
  hasDocument(): Promise<boolean>;
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

const DOCUMENT = 'offscreen.html';
/** A read that has not answered by then will not: the reader is told, and can try again. */
export const READ_TIMEOUT_MS = 60_000;

export function offscreenReader(documents: OffscreenDocuments, send: (message: unknown) => Promise<unknown>, timeoutMs = READ_TIMEOUT_MS): ReadPage {
  let reading = 0;
  let opened: Promise<void> | undefined;
  let closed: Promise<unknown> = Promise.resolve();
  // No read waits when one is opened, so a document still there is one nobody will answer for: left by
  // a worker that was stopped, or by a close that failed.
  const open = async () => {
    if (await documents.hasDocument()) await documents.closeDocument();
    await documents.createDocument({
      url: DOCUMENT,
      reasons: ['DOM_PARSER'],
      justification: 'Reads the article of a page the reader adds to their corpus, without holding up the background.',
    });
  };
  // Opening is part of the read: the timeout covers both.
  const readIn = (message: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
      opened ??= closed.then(open);
      opened
        .then(() => send(message))
        .then(resolve, reject)
        .finally(() => clearTimeout(timer));
    });
  return async (html, address, movedFrom) => {
    reading++;
    try {
      return await request<OffscreenProtocolMap, 'readPage'>(readIn, 'readPage', { html, address, ...(movedFrom ? { movedFrom } : {}) });
    } finally {
      if (--reading === 0) {
        opened = undefined;
        closed = documents.closeDocument().catch(() => undefined);
      }
    }
  };
}
