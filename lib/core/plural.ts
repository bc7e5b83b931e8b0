/**
 * A count with its noun, agreeing in number: `plural(1, 'claim')` → "1 claim", `plural(3, 'claim')`
 * → "3 claims", `plural(3000, 'claim')` → "3,000 claims", and for an irregular plural
 * `plural(2, 'known entity', 'known entities')`.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
