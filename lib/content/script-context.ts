/**
 * Stands in for WXT's ContentScriptContext (wxt.config.ts aliases `wxt/utils/content-script-context`
 * here), which WXT's wrapper makes for every content script before `main` runs. Ours uses none of it
 * (lib/content/life.ts ends the script), and the original announces the script to the page: a
 * `postMessage` any page can listen for, so any page could tell Parallax is installed. It also cost
 * the first page of every renderer process a long task: posting a message records where it was
 * posted from, and V8 then parsed the whole content script again (12–21 ms, a third of a 75 ms task).
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
