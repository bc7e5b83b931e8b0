/**
 * Links built from data (an article's URL in a claim pack, a saved highlight's page) are shown only
 * when they are web addresses: a pack imported from someone else could carry `javascript:` or
 * `data:` URLs, which must never become a clickable href.
 */

/** The URL itself when it parses as an absolute http: or https: URL; otherwise undefined (show it as text). */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
