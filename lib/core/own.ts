/**
 * own: a value looked up by a key that came from data (a label axis, an outlet id). Plain `r[key]`
 * finds Object.prototype's members for "constructor" or "__proto__"; this reads own keys only.
 */
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
