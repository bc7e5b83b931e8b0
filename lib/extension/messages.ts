/**
 * The one client for each boundary between the extension's contexts: `toWorker` asks the
 * background, `toTab` asks a tab's content script. Both answer a Result and never throw.
 */
import { browser } from 'wxt/browser';
import { request, type MessageType, type PageProtocolMap, type ProtocolMap, type Response } from '../core/messaging';

/** A typed request to the background (from a content script, the popup or an extension page). */
export function toWorker<K extends MessageType>(type: K, data: ProtocolMap[K]['request']): Promise<Response<K>> {
  return request<K>((m) => browser.runtime.sendMessage(m), type, data);
}

/** A typed request to the content script of one tab (from the popup or the background). */
export function toTab<K extends keyof PageProtocolMap & string>(tabId: number, type: K, data: PageProtocolMap[K]['request']): Promise<Response<K, PageProtocolMap>> {
  return request<K, PageProtocolMap>((m) => browser.tabs.sendMessage(tabId, m), type, data);
}
