/**
 * The two ways to save a selection that start outside the page: a context-menu item and a keyboard
 * command. Both ask the tab's content script, which knows the selection, to save it.
 */
import { browser } from 'wxt/browser';
import { toTab } from '../extension/messages';

const MENU_ID = 'parallax-save-selection';

function saveIn(tabId: number | undefined) {
  if (tabId === undefined) return;
  void toTab(tabId, 'saveSelection', {});
}

export function registerSaveCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save to Parallax collection', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) saveIn(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-selection') saveIn(tab?.id);
  });
}
