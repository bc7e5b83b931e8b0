/**
 * Whether the browser shows the page translated: its words are then the browser's, not the outlet's,
 * and an article added from them would put a machine's sentences in the outlet's mouth. Chrome and
 * Edge mark the root (`translated-ltr`, `translated-rtl`) and wrap each translated run in
 * `<font style="vertical-align: inherit">`; a translation may also change the root's language from
 * the one the page was loaded in.
 */
export function shownTranslated(doc: Document, langAtLoad: string): boolean {
  const root = doc.documentElement;
  if (root.classList.contains('translated-ltr') || root.classList.contains('translated-rtl')) return true;
  if (doc.querySelector('font[style*="vertical-align: inherit"]')) return true;
  const lang = (root.getAttribute('lang') ?? '').toLowerCase().split('-')[0];
  const before = langAtLoad.toLowerCase().split('-')[0];
  return before !== '' && lang !== '' && lang !== before;
}

/** What "Add this article" says of a page shown translated. */
export const TRANSLATED = 'This page is shown translated by your browser, so its words are not the outlet’s: show the original page, then add it.';
