/**
 * Firefox draws no ::highlight() of the document inside a shadow tree (Chromium does): a page drawing
 * its article in open shadow roots gets the highlight rules in each root Parallax reads, in a <style>
 * of ours (ours.ts skips it, and the walker reads no <style>). The content script passes this to the
 * spotter in the Firefox build only.
 */
import { markOurs } from '../../lib/content/ours';
import highlightRules from './highlights.css?inline';

export function styleShadowRoot(root: ShadowRoot): void {
  const style = markOurs(document.createElement('style'));
  style.textContent = highlightRules;
  root.append(style);
}
