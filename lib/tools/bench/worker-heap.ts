/**
 * The service worker's JS heap, read through the devtools protocol: Playwright opens sessions on
 * pages only, so a page's session attaches to the service-worker target (Target.attachToTarget)
 * and speaks to it through Target.sendMessageToTarget: HeapProfiler.collectGarbage (three times),
 * then Runtime.getHeapUsage.
 */
import type { BrowserContext } from 'playwright-core';

export interface WorkerHeap {
  /** Bytes used by the worker's JS heap after collection. */
  used: number;
  total: number;
}

export async function workerHeap(context: BrowserContext): Promise<WorkerHeap> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!target) throw new Error('No extension service worker is running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (m.id !== undefined) pending.get(m.id)?.(m);
    });
    let next = 0;
    const send = async <T>(method: string): Promise<T> => {
      const id = ++next;
      const answer = new Promise<{ result?: unknown; error?: { message: string } }>((done) => pending.set(id, done));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      const m = await answer;
      if (m.error) throw new Error(`${method}: ${m.error.message}`);
      return m.result as T;
    };
    await send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await send('HeapProfiler.collectGarbage');
    const usage = await send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return { used: usage.usedSize, total: usage.totalSize };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
