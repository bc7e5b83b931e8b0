/**
 * A subscription’s pack held to the rule a page’s site name is held to (outletFor): no outlet of its
 * own may carry the name of an outlet Parallax already knows, and its publisher's name, which cards
 * show after "via", may not be one either.
 */
import { outletNamedLike } from '../extract/outlet-for-article';
import type { ClaimPack, Outlet } from '../pack/types';

/**
 * Why a pack is refused, or undefined: an outlet under an id no known outlet holds, named as a known
 * one would be read ("Agence France-Presse", "A.F.P.", "Agence France–Presse" in Cyrillic). A row
 * under a known outlet's own id is no such outlet: a pack never replaces a row it did not introduce.
 */
export function passedOffOutlet(pack: ClaimPack, known: readonly Outlet[]): string | undefined {
  const ids = new Set(known.map((o) => o.id));
  for (const outlet of pack.outlets) {
    if (ids.has(outlet.id)) continue;
    const like = outletNamedLike(known, outlet.name);
    if (like)
      return `The pack names one of its own outlets “${outlet.name}”, which reads as ${like.name}, an outlet Parallax already knows. It was refused, so that no claim shows under another outlet’s name: nothing from it was stored.`;
  }
  return undefined;
}

/** The name cards show a subscription by: its publisher's, unless that reads as a known outlet's; then the pack's host. */
export function publisherShownAs(pack: ClaimPack, host: string, known: readonly Outlet[]): string {
  const name = pack.publisher?.name;
  return name && !outletNamedLike(known, name) ? name : host;
}
