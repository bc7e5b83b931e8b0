/** What the page says about itself: its canonical URL and site name (to recognise its own outlet), and every URL it goes by. */

export interface PageInfo {
  pageUrl: string;
  siteName?: string;
}

export function pageInfo(doc: Document): PageInfo {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const site = doc.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content?.trim();
  return { pageUrl: canonical || doc.location.href, ...(site ? { siteName: site } : {}) };
}

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
