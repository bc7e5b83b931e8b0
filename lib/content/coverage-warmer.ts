/**
 * Asks the background to prepare the cards of the entities found on the page before the reader
 * opens one: each entity once, in batches a moment after the scan finds them. `reset` after the
 * corpus changed (the background forgot what it had prepared).
 */
export class CoverageWarmer {
  private readonly warmed = new Set<string>();
  private readonly waiting = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly send: (entityIds: string[]) => void,
    private readonly delayMs = 300,
    private readonly batch = 50,
  ) {}

  found(entityIds: Iterable<string>): void {
    for (const id of entityIds) if (!this.warmed.has(id)) this.waiting.add(id);
    if (this.waiting.size > 0 && this.timer === undefined) this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  reset(): void {
    this.warmed.clear();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting.clear();
  }

  private flush(): void {
    this.timer = undefined;
    const ids = [...this.waiting].slice(0, this.batch);
    for (const id of ids) {
      this.waiting.delete(id);
      this.warmed.add(id);
    }
    if (ids.length > 0) this.send(ids);
    if (this.waiting.size > 0) this.timer = setTimeout(() => this.flush(), this.delayMs);
  }
}
