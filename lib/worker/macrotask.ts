/**
 * A macrotask: lets the worker answer other messages (cards, the popup) between steps of long work.
 * Through a MessageChannel rather than setTimeout(0), which browsers clamp to 4 ms once timers
 * nest: a 100,000-claim pack takes a few hundred steps, and the clamp alone cost about a second.
 */
const waiting: (() => void)[] = [];
let port: MessagePort | undefined;

export function macrotask(): Promise<void> {
  if (!port && typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node (the unit tests) would otherwise keep running for the open port.
    (channel.port1 as MessagePort & { unref?(): void }).unref?.();
    port = channel.port2;
  }
  return new Promise<void>((done) => {
    if (!port) return void setTimeout(done, 0);
    waiting.push(done);
    port.postMessage(null);
  });
}
