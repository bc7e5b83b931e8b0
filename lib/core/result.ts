/**
 * Errors cross contexts as values, never as thrown exceptions: every message answer, validation and
 * store operation is a Result. Its own module, so that a script that needs only this (the content
 * script, the wake script) bundles none of the claim pack's schemas.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = string>(error: E): Result<never, E> => ({ ok: false, error });
