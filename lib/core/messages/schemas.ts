/** Small valibot schemas the protocols share, each with the message a refusal gives. */
import * as v from 'valibot';

export const empty = v.object({});
export const text = (what = 'must be a string') => v.string(what);
export const nonEmpty = (what = 'must be a non-empty string') =>
  v.pipe(
    v.string(what),
    v.check((s) => s.trim() !== '', what),
  );
export const stringList = (what = 'must be a list of strings', max = Infinity) => v.pipe(v.array(v.string(what), what), v.maxLength(max, what));
