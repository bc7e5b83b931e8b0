/**
 * Prepares the cards of the entities found on the page before the reader opens one, each entity once,
 * in the order they were found, once the page's first scan is painted (so preparing never slows
 * spotting). The first `keep` entities' answers are brought to the page (`prefetch`, one at a time:
 * a card the reader opens meanwhile waits behind one at most); the rest are only prepared in the
 * background (`warm`, in batches). `reset` after the corpus changed (everything prepared is forgotten).
 */
export interface WarmerSinks {
  /** Resolves once the page's first scan is painted. */
  settled(): Promise<unknown>;
  prefetch(entityId: string): Promise<unknown>;
  warm(entityIds: string[]): void;
}

export class CoverageWarmer {
  private readonly warmed = new Set<string>();
  private readonly waiting: string[] = [];
  private prefetched = 0;
  private running = false;

  constructor(
    private readonly sinks: WarmerSinks,
    private readonly keep = 16,
    private readonly batch = 50,
  ) {}

  found(entityIds: Iterable<string>): void {
    for (const id of entityIds) {
      if (this.warmed.has(id)) continue;
      this.warmed.add(id);
      this.waiting.push(id);
    }
    if (this.waiting.length > 0 && !this.running) void this.run();
  }

  reset(): void {
    this.warmed.clear();
    this.prefetched = 0;
  }

  stop(): void {
    this.waiting.length = 0;
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      await this.sinks.settled();
      while (this.waiting.length > 0) {
        if (this.prefetched < this.keep) {
          this.prefetched++;
          await this.sinks.prefetch(this.waiting.shift() as string).catch(() => undefined);
        } else {
          this.sinks.warm(this.waiting.splice(0, this.batch));
        }
      }
    } finally {
      this.running = false;
    }
  }
}
