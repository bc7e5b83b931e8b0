/** What the page says about itself: its canonical URL and site name, to recognise its own outlet. */

export interface PageInfo {
  pageUrl: string;
  siteName?: string;
}

export function pageInfo(doc: Document): PageInfo {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const site = doc.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content?.trim();
  return { pageUrl: canonical || doc.location.href, ...(site ? { siteName: site } : {}) };
}
