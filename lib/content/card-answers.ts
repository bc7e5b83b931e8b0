/**
 * The cards' answers a page keeps: the background's coverage for an entity, asked once — ahead of a
 * click when it can be — and kept until the reader's filters, the corpus or the page change (`clear`),
 * so a card opened again, or one asked for ahead, is drawn without waiting on a round trip. At most
 * `limit` answers are kept, the least recently used going first; a failed answer is not kept.
 */
export class CardAnswers<A extends { ok: boolean }> {
  private readonly asked = new Map<string, Promise<A>>();
  private readonly arrived = new Map<string, A>();
  /** Bumped by `clear`, so an answer asked before it is not kept after it. */
  private generation = 0;

  constructor(
    private readonly askFor: (entityId: string) => Promise<A>,
    private readonly limit = 24,
  ) {}

  /** The answer for this entity: the one kept or on its way, else asked now. */
  get(entityId: string): Promise<A> {
    const kept = this.asked.get(entityId);
    if (kept) {
      this.touch(entityId, kept);
      return kept;
    }
    const generation = this.generation;
    const answer = this.askFor(entityId).then((a) => {
      if (generation !== this.generation || this.asked.get(entityId) !== answer) return a;
      if (a.ok) this.arrived.set(entityId, a);
      else this.asked.delete(entityId);
      return a;
    });
    this.touch(entityId, answer);
    return answer;
  }

  /** The answer if it has arrived already, so the card can be drawn at once. */
  ready(entityId: string): A | undefined {
    return this.arrived.get(entityId);
  }

  clear(): void {
    this.generation++;
    this.asked.clear();
    this.arrived.clear();
  }

  /** Makes `entityId` the most recently used, dropping the least recently used beyond the limit. */
  private touch(entityId: string, answer: Promise<A>): void {
    this.asked.delete(entityId);
    this.asked.set(entityId, answer);
    for (const oldest of this.asked.keys()) {
      if (this.asked.size <= this.limit) break;
      this.asked.delete(oldest);
      this.arrived.delete(oldest);
    }
  }
}
