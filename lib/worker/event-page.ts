/** The event page from the background: opening it for a card, and its data through the cards' cache. */
import { browser } from 'wxt/browser';
import type { CoverageSource } from '../core/coverage/types';
import { eventCoverageFor } from '../core/coverage/event-coverage';
import type { EventQuery } from '../core/coverage/event-types';
import { err, ok } from '../core/result';

/** Opens event.html?id=… in a new tab for a known entity: a page cannot link to it (it is not web-accessible). */
export async function openEventPage(source: CoverageSource, entityId: string) {
  if (!(await source.entity(entityId))) return err(`Unknown entity "${entityId}"`);
  await browser.tabs.create({ url: `${browser.runtime.getURL('/event.html')}?id=${encodeURIComponent(entityId)}` });
  return ok(null);
}

export async function eventCoverage(source: CoverageSource, q: EventQuery) {
  const coverage = await eventCoverageFor(source, q);
  return coverage ? ok(coverage) : err(`Unknown entity "${q.entityId}"`);
}
