/**
 * What a claim pack can hold beyond its shapes: days a chart can place and figures a chart can scale.
 * One place for the schema that refuses the rest (./schema.ts) and for extraction, which leaves out
 * what a page gives beyond them (a CMS's empty date 0001-01-01, a fine of 10³⁶ roubles).
 */

export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';
/** The largest figure, either way. */
export const MAX_FIGURE = 1e15;
/**
 * The longest name (an outlet's, an entity's, a speaker's, a publisher's), title or byline, and note on
 * a label's grounds, in characters: a card shows them whole, and a pack of 100,000-character names
 * would fill it (found by the thirteenth attack suite). Extraction's longest speaker in every set is 80.
 */
export const MAX_NAME = 200;
export const MAX_TITLE = 500;
export const MAX_NOTE = 2000;
/**
 * An outlet's label and its axis's name, in characters, and its axes: a chip on the card and a box in the
 * popup each. Labels in every set run to 65 characters; a pack's 59,500-character label, or 400 axes, filled
 * the card and the popup in Parallax's own style (seventeenth attack suite).
 */
export const MAX_LABEL = 100;
export const MAX_AXIS = 40;
export const MAX_AXES = 8;

/** A day that exists in the calendar (not 2024-13-45, which Date would read as a later one, or not at all). */
export function isRealDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/** A day that exists and lies between FIRST_DAY and LAST_DAY. */
export const isPackDay = (day: string) => isRealDay(day) && day >= FIRST_DAY && day <= LAST_DAY;

export const isPackFigure = (n: number) => Number.isFinite(n) && Math.abs(n) <= MAX_FIGURE;
