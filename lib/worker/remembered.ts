/** Reads by key, remembered up to `limit` keys (the oldest forgotten first); a failed read is not kept. */
export function remembered<V>(limit: number) {
  const map = new Map<string, Promise<V>>();
  return {
    read(key: string, load: () => Promise<V>): Promise<V> {
      const known = map.get(key);
      if (known) return known;
      const p = load();
      map.set(key, p);
      p.catch(() => map.delete(key));
      if (map.size > limit) map.delete(map.keys().next().value!);
      return p;
    },
    clear: () => map.clear(),
  };
}
