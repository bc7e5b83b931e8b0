/**
 * The boilerplate a release or a notice ends with: under "About Harlund Power Transmission" or "About
 * us", the body describes itself as it does on every release ("HPT owns and operates …"). What stands
 * there is no claim of the story, whoever publishes it. Only on a page that is a release (an end mark,
 * a media contact) and where the section's first line is about the name its heading gives: a news
 * story's subheading "About the Il-76" heads the story's own claims.
 */
import type { Paragraph } from './sentences';

/**
 * The heading of such a section, about a name. (Not "Notes to editors": releases put facts of the
 * story there too, "OR3-07 was the seventh flight of Orrin-3".)
 */
const ABOUT_HEADING = /^About (?:us|the \p{Lu}[\p{L}\d&'’.-]*|\p{Lu}[\p{L}\d&'’.-]*)(?: [\p{L}\d&'’.-]+){0,6}$/u;
/** What only a release holds: its end mark, or whom the press may call. */
const RELEASE_MARK =
  /^(?:-?\s*ENDS?\s*-?|#{3}|-30-|(?:Media|Press|News)\s(?:contacts?|enquiries|inquiries|office)\b.*|Enquiries\b.*|For (?:more|further) information\b.*|Contact:.*)$/i;
/** What ends it: the next heading (a short line with no sentence end) or a release's end mark. */
const isHeading = (text: string) => text.split(/\s+/).length <= 8 && !/[.!?:"”’)]$/.test(text);

/** The paragraphs of such sections, by index: only in a page's second half, where a release keeps them. */
export function aboutSections(paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  if (!paragraphs.some((p) => RELEASE_MARK.test(p.text))) return out;
  for (let i = Math.ceil(paragraphs.length / 2); i < paragraphs.length; i++) {
    const heading = paragraphs[i].text;
    if (!ABOUT_HEADING.test(heading)) continue;
    // "About HPT" over "HPT owns and operates …" ("Founded in 1987, Greenfold …"), "About us" over "We …": the body on itself.
    const name = heading.replace(/^About (?:the )?/, '').split(' ')[0];
    const first = paragraphs[i + 1]?.text ?? '';
    if (!(name === 'us' ? /^(?:We|Our)\b/.test(first) : first.slice(0, 60).includes(name))) continue;
    for (let k = i + 1; k < paragraphs.length && !isHeading(paragraphs[k].text); k++) out.add(k);
  }
  return out;
}
