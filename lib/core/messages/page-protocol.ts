/**
 * Messages to a tab's content script (from the popup and the background, through
 * browser.tabs.sendMessage). The content script bundles these schemas and no others.
 */
import * as v from 'valibot';
import type { AddedArticle } from '../corpus/types';
import { dispatch, type Handlers } from './dispatch';
import { message, type MapOf } from './protocol';
import { empty } from './schemas';

/** An article the corpus already holds, as the popup shows it beside "Add this article". */
export interface StoredArticle {
  id: string;
  title: string;
  claims: number;
  /**
   * 'seed': in the bundled corpus; 'user': the reader added or imported it; 'subscription': a
   * subscription's pack holds it (`via` names the subscription). A pack may hold an article at any
   * address: the popup told the reader it was in the bundled corpus, and offered no Add
   * (found by the session-21 attack suite).
   */
  origin: 'seed' | 'user' | 'subscription';
  via?: string;
}

export interface PageMentionItem {
  index: number;
  entityId: string;
  name: string;
  type: string;
  text: string;
}

const WHOLE = 'must be a whole number ≥ 0';

export const PAGE_MESSAGES = {
  /** The mentions found on the page, and whether Parallax is off on its site. */
  pageMentions: message<{ host: string; off: boolean; mentions: PageMentionItem[]; article: StoredArticle | null }>()('extension', empty),
  /** Scroll to a mention and open its card. */
  openMention: message<null>()('extension', v.object({ index: v.pipe(v.number(WHOLE), v.integer(WHOLE), v.minValue(0, WHOLE)) })),
  /** Save the reader's current selection (from the context menu or the keyboard command). */
  saveSelection: message<null>()('extension', empty),
  /** Add this page's article to the reader's corpus (the page's HTML goes to the worker). */
  addThisArticle: message<AddedArticle>()('extension', empty),
};

export type PageProtocolMap = MapOf<typeof PAGE_MESSAGES>;

/** The content script's side: every message to a tab comes from the extension (tabs.sendMessage). */
export const dispatchPage = (handlers: Handlers<PageProtocolMap>, input: unknown) => dispatch(PAGE_MESSAGES, handlers, input, { kind: 'extension' });
