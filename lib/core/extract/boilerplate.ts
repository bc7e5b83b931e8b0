/**
 * Boilerplate: text on a news page that is not the article's reporting. Each rule is named and
 * decided case by case against the seed pages; a rule either drops a whole paragraph or trims a
 * prefix off it. What is dropped never becomes a claim.
 */
import type { Paragraph } from './sentences';

export interface BoilerplateRule {
  name: string;
  why: string;
  /** Given a paragraph (and the one before), how many leading characters to drop: all, some or none. */
  drop(p: Paragraph, previous: Paragraph | undefined, byline?: string): number;
}

const whole = (test: boolean, p: Paragraph) => (test ? p.text.length : 0);
const NAV_WORDS = new Set(['breadcrumb', 'home', 'menu', 'share', 'advertisement', 'related', 'read more', 'skip to content']);
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MEDIA_PLACEHOLDER = /^Your browser doesn.t support HTML5/;

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    name: 'navigation word',
    why: 'A lone navigation label ("Breadcrumb") copied with the page is not part of the report.',
    drop: (p) => whole(NAV_WORDS.has(p.text.toLowerCase()), p),
  },
  {
    name: 'embedded social post',
    why: "An embedded post is someone else's text with its own attribution line; the article does not say it.",
    drop: (p) => whole(/pic\.twitter\.com\/|^— .+\(@\w+\) /.test(p.text), p),
  },
  {
    name: 'contact footer',
    why: 'Publisher contact lines and bare links at the end of a page carry no claim.',
    drop: (p) => whole(/^To contact the\b/.test(p.text) || /^\[[^\]]*\]\([^)]*\)$/.test(p.text), p),
  },
  {
    name: 'media placeholder and its title',
    why: 'A video player fallback, and the video title that follows it, belong to the player, not the text.',
    drop: (p, prev) => whole(MEDIA_PLACEHOLDER.test(p.text) || (!!prev && MEDIA_PLACEHOLDER.test(prev.text) && !/[.!?"”]$/.test(p.text)), p),
  },
  {
    name: 'reporting credit',
    why: 'A closing "With reporting by …" line credits agencies; it reports nothing itself.',
    drop: (p) => whole(/^(With (additional )?reporting by|Additional reporting by|Reporting by)\b/.test(p.text), p),
  },
  {
    name: 'photo credit',
    why: 'Credits name the source of an image, not a claim.',
    drop: (p) => whole(/^(Photo|Image|Illustration)( credit)?:/i.test(p.text), p),
  },
  {
    name: 'byline and dateline',
    why: "The author's name and a bare date are metadata, kept on the article instead.",
    drop: (p, _prev, byline) => whole(p.text === byline || new RegExp(`^\\d{1,2} (${MONTHS}) \\d{4}$`).test(p.text), p),
  },
  {
    name: 'date stamp prefix',
    why: 'A scraped "date YYYY-MM-DD" marker before the headline; the headline after it is kept.',
    drop: (p) => /^date \d{4}-\d{2}-\d{2} /.exec(p.text)?.[0].length ?? 0,
  },
  {
    name: 'video programme title',
    why: 'An episode title ("… #564") announces a programme; its description, kept, says what it claims.',
    drop: (p) => whole(/#\d+$/.test(p.text) && !/[.!?]$/.test(p.text), p),
  },
  {
    name: 'guest list',
    why: "A programme's bulleted guest list names people and roles; it states nothing about events.",
    drop: (p) => whole(/^[•·▪‣-]\s/.test(p.text), p),
  },
];

/** Sentence-level promotional text inside otherwise kept paragraphs. */
export const PROMO_SENTENCE = /^(Watch|Subscribe to|Follow us|Sign up)\b/;

/** The part of a paragraph that is reporting, or undefined when the whole of it is boilerplate. */
export function reportingPart(p: Paragraph, previous: Paragraph | undefined, byline?: string): Paragraph | undefined {
  let cut = 0;
  for (const rule of BOILERPLATE_RULES) cut = Math.max(cut, rule.drop(p, previous, byline));
  if (cut >= p.text.length) return undefined;
  if (cut === 0) return p;
  const rest = p.text.slice(cut);
  const lead = rest.length - rest.trimStart().length;
  return { ...p, start: p.start + cut + lead, text: rest.trimStart() };
}

/** Which rule, if any, drops a paragraph outright (for tests and for explaining the corpus). */
export function boilerplateRuleFor(p: Paragraph, previous?: Paragraph, byline?: string): string | undefined {
  return BOILERPLATE_RULES.find((r) => r.drop(p, previous, byline) >= p.text.length)?.name;
}
