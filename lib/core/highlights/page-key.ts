/** The page a highlight belongs to: its URL without the fragment (used by the store and the importer). */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}
