/**
 * A byline and a date as a page prints them under its headline, in plain text ("By Dana Whitfield |
 * January 26, 2024"), for pages that mark neither up (a print view, a cached copy, a small site).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "January 26, 2024", "Jan. 26 2024", "26 January 2024", "2024-01-26": a day a reader can read one way only (not 01/02/2024). */
const WRITTEN_DATE = new RegExp(
  `\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b|\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  'i',
);

const day = (y: string, m: number, d: string) => `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** A line that dates or signs the page: "By …", "Published …", "Updated …", or one short enough to be only that. */
const DATE_LINE = /^(By|Published|Updated|Posted|First published|Last updated)\b/i;

/** The first date written in a date line, as YYYY-MM-DD (unchecked: the caller keeps only a real day). */
export function writtenDate(text: string): string | undefined {
  // Not a standfirst's "The vote, first planned for March 3, 2030, was postponed".
  if (!DATE_LINE.test(text) && text.length > 40) return undefined;
  const m = WRITTEN_DATE.exec(text);
  if (!m) return undefined;
  if (m[1]) return day(m[3], monthOf(m[1]), m[2]);
  if (m[5]) return day(m[6], monthOf(m[5]), m[4]);
  return `${m[7]}-${m[8]}-${m[9]}`;
}

/** A name: capitalised words, with the particles names carry ("Ursula von der Leyen"). */
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|da|del|der|van|von|al|bin|le|la)\\s+)*\\p{Lu}[\\p{L}'’.-]*){0,4}";
/** "By Dana Whitfield", "By Ana Ruiz and Tom Pell", up to what follows the names (a divider, a comma, a date). */
const BY_LINE = new RegExp(
  `^\\s*By:?\\s+(${NAME}(?:\\s+(?:and|&)\\s+${NAME})*)(?=\\s*(?:$|[|·•,;—–]|\\s(?:in|on|at|for|from|of|updated|published)\\b))`,
  'u',
);

/** Words of time that open "By Friday, the board had voted …", "By Christmas", "By mid-March": no one's name. */
const TIME_NAME = new RegExp(
  `^(${MONTH}|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Christmas|Easter|New Year|Midnight|Noon|Mid-\\S+|Then|Now|Tonight|Today|Tomorrow|Yesterday|Dawn|Dusk)$`,
  'i',
);

/** The names a "By …" line gives, if the text opens with one. */
export function writtenAuthors(text: string): string | undefined {
  const m = BY_LINE.exec(text);
  const names = m?.[1];
  // A date is no name ("By January 26, 2024"), nor a time; nor is a clause's subject ("By Friday, the board …").
  if (!m || !names || WRITTEN_DATE.test(names) || TIME_NAME.test(names)) return undefined;
  return /^,\s+\p{Ll}/u.test(text.slice(m[0].length)) ? undefined : names;
}
