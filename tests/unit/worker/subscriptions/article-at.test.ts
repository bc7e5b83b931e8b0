/**
 * A subscription's pack may hold an article at any address (a real outlet's page among them): the
 * background told the popup it was in the bundled corpus ('seed'), which then offered no Add. Found
 * by the session-21 attack suite: it is now said to be the subscription's, by name.
 */
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../../lib/core/messages/dispatch';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';
import { createHandlers } from '../../../../lib/worker/handlers';
import { ensureBundled } from '../../../../lib/worker/sources/bundled';
import { replaceSubscriptionRows } from '../../../../lib/worker/subscriptions/rows';
import { NEWSROOM, NEWSROOM_ARTICLE, newsroomPack } from '../../../fixtures/subscription-pack';
import { bundledOf, databases, quietWiring, seedPack } from '../corpus/helpers';
import { subscriptionRecord } from './helpers';

const { fresh } = databases('subscription-article-at');

const record = subscriptionRecord('s1', 1, NEWSROOM);

describe('articleAt on an address a subscription holds', () => {
  it('says the subscription holds it, by name, not the bundled corpus', async () => {
    const db = fresh();
    await ensureBundled(db, bundledOf(seedPack()));
    await replaceSubscriptionRows(db, record, newsroomPack());
    const handlers = createHandlers(db, Promise.resolve(null), quietWiring({ changed: vi.fn(async () => {}) }));
    const send = (urls: string[]) => dispatch(WORKER_MESSAGES, handlers, { type: 'articleAt', data: { urls } }, { kind: 'extension' });
    expect(await send(['https://newsroom.example/il76'])).toEqual({
      ok: true,
      value: { id: NEWSROOM_ARTICLE, title: 'What the Il-76 manifest says', claims: 1, origin: 'subscription', via: NEWSROOM },
    });
  });
});
