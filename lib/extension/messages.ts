/**
 * The one client for each boundary between the extension's contexts: `toWorker` asks the
 * background, `toTab` asks a tab's content script. Both answer a Result and never throw.
 * Types only come from the protocols: no schema is bundled by a sender.
 */
import { browser } from 'wxt/browser';
import { request } from '../core/messages/request';
import type { PageProtocolMap } from '../core/messages/page-protocol';
import type { Response } from '../core/messages/protocol';
import type { MessageType, ProtocolMap } from '../core/messages/worker-protocol';

/** A typed request to the background (from a content script, the popup or an extension page). */
export function toWorker<K extends MessageType>(type: K, data: ProtocolMap[K]['request']): Promise<Response<ProtocolMap, K>> {
  return request<ProtocolMap, K>((m) => browser.runtime.sendMessage(m), type, data);
}

/** A typed request to the content script of one tab (from the popup or the background). */
export function toTab<K extends keyof PageProtocolMap & string>(
  tabId: number,
  type: K,
  data: PageProtocolMap[K]['request'],
): Promise<Response<PageProtocolMap, K>> {
  return request<PageProtocolMap, K>((m) => browser.tabs.sendMessage(tabId, m), type, data);
}
