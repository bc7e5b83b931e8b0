/** Which known outlet publishes a page: by its URL's domain, else by the site name the page gives. */
import type { Outlet } from '../pack/types';

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

export function outletForUrl(outlets: readonly Outlet[], url: string): Outlet | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  return outlets.find((o) => o.domains.some((d) => host === d.toLowerCase() || host.endsWith(`.${d.toLowerCase()}`)));
}

export function outletForPage(outlets: readonly Outlet[], url?: string, siteName?: string): Outlet | undefined {
  const byUrl = url ? outletForUrl(outlets, url) : undefined;
  if (byUrl || !siteName) return byUrl;
  const name = siteName.trim().toLowerCase();
  return outlets.find((o) => o.name.toLowerCase() === name || o.id === name);
}
