/**
 * The boilerplate a release or a notice ends with: under "About Harlund Power Transmission" or "About
 * us", the body describes itself as it does on every release ("HPT owns and operates …"). What stands
 * there is no claim of the story, whoever publishes it.
 */
import type { Paragraph } from './sentences';

/**
 * The heading of such a section, about a name. (Not "Notes to editors": releases put facts of the
 * story there too, "OR3-07 was the seventh flight of Orrin-3".)
 */
const ABOUT_HEADING = /^About (?:us|the \p{Lu}[\p{L}\d&'’.-]*|\p{Lu}[\p{L}\d&'’.-]*)(?: [\p{L}\d&'’.-]+){0,6}$/u;
/** What ends it: the next heading (a short line with no sentence end) or a release's end mark. */
const isHeading = (text: string) => text.split(/\s+/).length <= 8 && !/[.!?:"”’)]$/.test(text);

/** The paragraphs of such sections, by index: only in a page's second half, where a release keeps them. */
export function aboutSections(paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  for (let i = Math.ceil(paragraphs.length / 2); i < paragraphs.length; i++) {
    if (!ABOUT_HEADING.test(paragraphs[i].text)) continue;
    for (let k = i + 1; k < paragraphs.length && !isHeading(paragraphs[k].text); k++) out.add(k);
  }
  return out;
}
