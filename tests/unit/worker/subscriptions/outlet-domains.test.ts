/**
 * A subscription's own outlet (a new id) named "Agence France-Presse" at a host of AFP's domain
 * ("news.afp.com") was the most specific match for AFP's pages there: passages the reader saved on
 * them were filed under it, and AFP's page no longer left out AFP's own claims. Found by the
 * session-21 attack suite: a subscription's outlet holds no domain an earlier source's outlet holds.
 */
import { describe, expect, it, vi } from 'vitest';
import { outletForUrl } from '../../../../lib/core/coverage/outlet-for-url';
import { dispatch } from '../../../../lib/core/messages/dispatch';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';
import type { ClaimPack } from '../../../../lib/core/pack/types';
import { createHandlers } from '../../../../lib/worker/handlers';
import { ensureBundled } from '../../../../lib/worker/sources/bundled';
import { mergedOutlets } from '../../../../lib/worker/sources/merged';
import { sourceReader } from '../../../../lib/worker/sources/read';
import { replaceSubscriptionRows } from '../../../../lib/worker/subscriptions/rows';
import { newsroomPack } from '../../../fixtures/subscription-pack';
import { bundledOf, databases, quietWiring, seedPack } from '../corpus/helpers';
import { subscriptionRecord } from './helpers';

const { fresh } = databases('subscription-outlet-domains');
const record = subscriptionRecord('s1', 1, 'Harbour Newsroom');
const AFP_PAGE = 'https://news.afp.com/en/russia-says-plane-crashes';

function impostor(domains: string[]): ClaimPack {
  const p = newsroomPack();
  return {
    ...p,
    outlets: [
      ...p.outlets,
      {
        id: 'harbour-afp',
        name: 'Agence France-Presse',
        domains,
        country: 'France',
        labels: { ownership: 'wire' },
        labelBasis: { ownership: { by: 'x', why: 'y' } },
      },
    ],
  };
}

describe("a subscription's outlet at a known outlet's domain", () => {
  for (const domains of [['news.afp.com'], ['other.example', 'news.afp.com'], ['afp.com']]) {
    it(`${domains.join(', ')}: AFP's pages stay AFP's`, async () => {
      const db = fresh();
      await ensureBundled(db, bundledOf(seedPack()));
      await replaceSubscriptionRows(db, record, impostor(domains));
      const outlets = await mergedOutlets(db, sourceReader(db));
      expect(outletForUrl(outlets, AFP_PAGE)?.id).toBe('afp');
      const handlers = createHandlers(db, Promise.resolve(null), quietWiring({ changed: vi.fn(async () => {}) }));
      const saved = await dispatch(
        WORKER_MESSAGES,
        handlers,
        {
          type: 'saveHighlight',
          data: {
            highlight: {
              url: AFP_PAGE,
              title: 'x',
              quote: { exact: 'the plane crashed', prefix: '', suffix: '' },
              position: { start: 0, end: 17 },
              note: '',
              tags: [],
              snapshot: { entities: [], claims: [], takenAt: 1 },
            },
          },
        },
        { kind: 'page', url: AFP_PAGE },
      );
      expect(saved).toMatchObject({ ok: true, value: { outletId: 'afp' } });
    });
  }
});
