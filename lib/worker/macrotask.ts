/** A zero-delay timer: a macrotask, so the worker answers other messages (cards, the popup) between steps of long work. */
export const macrotask = () => new Promise<void>((done) => setTimeout(done, 0));
