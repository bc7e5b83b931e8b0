/**
 * Source filters: for each label axis, the values the reader has chosen to hide. An outlet is
 * shown when none of its labels is hidden; when it is hidden we say by which axis and value.
 */
import type { Outlet } from '../pack/types';
import { own } from '../own';

export type HiddenLabels = Record<string, string[]>;

/** The filter key under which the reader hides subscriptions by name, as if it were a label axis. */
export const SUBSCRIPTION_AXIS = 'subscription';

/** A claim a hidden subscription brought: hidden with it, and said so under its outlet. */
export function hiddenVia(claim: { via?: string }, outlet: Outlet, hide: HiddenLabels | undefined): HiddenOutlet | undefined {
  const hidden = claim.via !== undefined && (own(hide ?? {}, SUBSCRIPTION_AXIS) ?? []).includes(claim.via);
  return hidden ? { outletId: outlet.id, name: outlet.name, axis: SUBSCRIPTION_AXIS, label: claim.via! } : undefined;
}

export interface HiddenOutlet {
  outletId: string;
  name: string;
  axis: string;
  label: string;
}

export function hiddenBy(outlet: Outlet, hide: HiddenLabels | undefined): HiddenOutlet | undefined {
  for (const [axis, values] of Object.entries(hide ?? {})) {
    const label = own(outlet.labels, axis);
    if (label !== undefined && values.includes(label)) return { outletId: outlet.id, name: outlet.name, axis, label };
  }
  return undefined;
}
