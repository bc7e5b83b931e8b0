/** outletForUrl: which known outlet publishes the page at a URL, by its domains. */
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
