/**
 * A page's HTML without what reading its article never uses: scripts (all but JSON-LD, where a page
 * says what it is), styles, inline SVG, templates, <noscript> and <iframe> contents, and comments.
 * News pages carry much of their weight there (a framework's state as JSON, icon sprites), so the
 * page sent to be read is smaller, and the elements counted against the cap are those that can hold
 * its text. A page that fools this (a "<script" inside an attribute) only loses text of its own.
 */

const UNREAD = /<!--[\s\S]*?-->|<(script|style|svg|template|noscript|iframe)(?=[\s/>])([^>]*)>[\s\S]*?<\/\1\s*>/gi;
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i;

export function slimHtml(html: string): string {
  return html.replace(UNREAD, (whole, tag: string | undefined, attributes: string | undefined) =>
    tag?.toLowerCase() === 'script' && JSON_LD.test(attributes ?? '') ? whole : '',
  );
}
