/** The page a highlight belongs to: its URL without the fragment, as the URL parser writes it. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}
