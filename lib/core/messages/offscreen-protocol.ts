/**
 * The background's one message to its offscreen document (Chrome): read the article of a page's
 * HTML. Declared like the other protocols, so the document validates it the same way; only the
 * background's own script sends it (entrypoints/offscreen checks the sender before anything else).
 */
import * as v from 'valibot';
import type { PageArticle } from '../extract/page-article';
import { message, type MapOf } from './protocol';
import { text } from './schemas';

export const OFFSCREEN_MESSAGES = {
  /** `address`: the page's real address (the content script's sender), for the article's URL. */
  readPage: message<PageArticle>()('extension', v.object({ html: text(), address: text(), movedFrom: v.optional(text()) })),
};

export type OffscreenProtocolMap = MapOf<typeof OFFSCREEN_MESSAGES>;
