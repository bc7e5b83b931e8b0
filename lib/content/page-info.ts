/**
 * Every URL the page says it goes by, for asking whether the corpus holds its article. What the
 * page says is only a hint: the worker answers for the sender's own address and same-site URLs.
 */

/** Every URL the page goes by (og:url, canonical, its address), absolute and each once: an article is stored under one of them. */
export function pageUrls(doc: Document): string[] {
  const og = doc.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content?.trim();
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const urls = [og, canonical, doc.location.href].flatMap((u) => {
    try {
      return u ? [new URL(u, doc.location.href).href] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(urls)];
}
