/**
 * Boilerplate: text on a news page that is not the article's reporting. Each rule is named and
 * decided case by case against the seed pages; a rule either drops a whole paragraph or trims a
 * prefix off it. What is dropped never becomes a claim.
 */
import { hasNumberWord } from './numbers';
import { hasReportingVerb } from './reporting-verbs';
import { initialsOf } from './referents';
import type { Paragraph } from './sentences';

export interface BoilerplateRule {
  name: string;
  why: string;
  /** Given a paragraph (and the one before), how many leading characters to drop: all, some or none. */
  drop(p: Paragraph, previous: Paragraph | undefined, byline?: string, outletName?: string): number;
}

const whole = (test: boolean, p: Paragraph) => (test ? p.text.length : 0);
const NAV_WORDS = new Set(['breadcrumb', 'home', 'menu', 'share', 'advertisement', 'related', 'read more', 'skip to content']);
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
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
    drop: (p) => whole(/pic\.twitter\.com\/|^— .+\(@\w+\) /.test(p.text) || EMBED_FURNITURE.test(p.text), p),
  },
  {
    name: 'wire update note',
    why: 'A wire story\'s note on what its update changed ("(Adds quote from the minister in paragraph 5)") speaks to editors; taken as the lede, its names would make the story\'s topic.',
    drop: (p) => whole(WIRE_NOTE.test(p.text), p),
  },
  {
    name: 'syndication notice',
    why: 'Where a republished story first appeared, and its licence ("This article originally appeared on …", "Licensed under Creative Commons"): the paper named is no topic of the story.',
    drop: (p) => whole(SYNDICATION.test(p.text), p),
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
    why: 'A closing "With reporting by …" or "Translated from … by" line (bracketed or not) credits agencies; a picture\'s "(Name | Outlet)", a broadcast\'s sign-off ("In Port Ellery, Jo Vance, KPEL 7 News.") and a fact check\'s list of sources ("County Health Department, emails, Sept. 14, 2040") credit too.',
    drop: (p) =>
      whole(
        /^\(?(With (additional )?reporting by|Additional reporting by|Reporting by|Editing by|Translated (from [\p{L} ]{2,30} )?by)\b/iu.test(
          p.text,
        ) ||
          // "(Jonah Reyes | The Harwick Lantern)": a picture's credit, who took it and for whom.
          /^\([^()|]{2,60}\|[^()|]{2,60}\)$/.test(p.text) ||
          SIGN_OFF.test(p.text) ||
          SOURCE_ENTRY.test(p.text),
        p,
      ),
  },
  {
    name: 'review credit',
    why: 'A line with no sentence end crediting who reviewed, checked or edited the page ("12 May 2031 · Medically reviewed by Dr. Ana Ruiz") describes the page, not the story.',
    drop: (p) =>
      whole(
        !/[.!?]["”’]?$/.test(p.text) &&
          /\b(Medically reviewed|Reviewed|Fact[- ]checked|Edited|Produced|Illustrated|Hosted|Presented) by \p{Lu}/u.test(p.text),
        p,
      ),
  },
  {
    name: 'publication stamp',
    why: 'A "Published 24 Jan 2024" or "Updated …" line, a live page\'s "14:05 GMT" or a document symbol ("SC/15999") dates or files the page.',
    drop: (p) =>
      whole(
        /^(Published|Updated|Last updated|First published|Posted)\b[^.]{0,40}\d{4}(,? \d{1,2}[:.]\d{2}( ?[A-Z]{2,4})?)?$/i.test(p.text) ||
          TIME_STAMP.test(p.text) ||
          // (A by-line with its stamps is the by-line rule's.)
          (!/[.!?]["”’]?$/.test(p.text) && !/^By\s/.test(p.text) && p.text.length <= 160 && STAMP_IN_LINE.test(p.text)) ||
          /^[A-Z]{1,6}(\/[A-Z\d.]+)+$/.test(p.text),
        p,
      ),
  },
  {
    name: 'crosshead question',
    why: 'A paragraph that is one short question ("What does Russia say?") is a subheading; the answer below it is the reporting.',
    drop: (p) => whole(/^[^.!?"“]{3,60}\?$/.test(p.text) && p.text.split(/\s+/).length <= 9, p),
  },
  {
    name: 'news-agency dateline',
    why: 'An agency dateline before the first sentence ("BELGOROD, January 24. /VSNA/.") places and dates the report; the sentence after it is kept.',
    drop: (p) => /^[\p{Lu}][\p{Lu} .'-]+, [A-Z][a-z]+\.? \d{1,2}\.\s*\/[^/]{1,20}\/\.?(\s|$)/u.exec(p.text)?.[0].length ?? 0,
  },
  {
    name: 'photo credit',
    why: 'Credits name the source of an image, not a claim.',
    drop: (p) => whole(CREDIT_LINE.test(p.text), p),
  },
  {
    name: 'byline and dateline',
    why: "The author's name and a bare date are metadata, kept on the article instead.",
    drop: (p, _prev, byline) => whole(p.text === byline || new RegExp(`^\\d{1,2} (${MONTHS}) \\d{4}$`).test(p.text), p),
  },
  {
    name: 'by-line',
    why: 'A line "By <name>[ and <name>][, <role>]" credits the writers, whether or not it is the byline the page declares.',
    // "By X and the Y news team Published 13 June 2027, 09:15": a by-line with its dates on one line.
    drop: (p) =>
      whole(/^By \p{Lu}/u.test(p.text) && !/[.!?]$/.test(p.text) && (p.text.split(/\s+/).length <= 12 || wordsBesideDate(p.text) <= 16), p),
  },
  {
    name: 'date line',
    why: 'A line with no sentence end that is a full date with a few words at most ("Press release · 4 March 2026 · 11:30", "Desk · 18.05.2026 13:40") stamps the page; "3 June 2026 – pier collapses, nine injured" reports.',
    drop: (p) => whole(!/[.!?]$/.test(p.text) && (FULL_DATE.test(p.text) || DAY_DATE.test(p.text)) && wordsBesideDate(p.text) <= 4, p),
  },
  {
    name: 'heading',
    why: 'A short line after the first with no name after its first word, no figure, no punctuation and no verb of saying or in the past ("Summary", "Notes to editors"), or opening with a question word and ending with no punctuation ("What the operator says", "How we reported this story"), is a section heading; a line that is one short quotation is a crosshead. A live page\'s headings that report ("Sixth death confirmed", "Russia denies involvement", "Blast near Belgorod") are kept.',
    drop: (p, prev) =>
      whole(!!prev && (isHeading(p.text) || WH_HEADING.test(p.text) || (isQuotedCrosshead(p.text) && !introducesQuote(prev.text))), p),
  },
  {
    name: 'date stamp prefix',
    why: 'A scraped "date YYYY-MM-DD" marker before the headline; the headline after it is kept.',
    drop: (p) => /^date \d{4}-\d{2}-\d{2} /.exec(p.text)?.[0].length ?? 0,
  },
  {
    name: 'video programme title',
    why: 'An episode title ("… #564", "Episode 214") announces a programme; its description, kept, says what it claims. A bracketed editor\'s mark ("[…]", "[Transcript continues in the full episode]") says where text was left out.',
    drop: (p) =>
      whole((/#\d+$|^(Episode|Ep\.|Season|Series|Part) \d+$/i.test(p.text) && !/[.!?]$/.test(p.text)) || /^\[[^[\]]{1,80}\]$/.test(p.text), p),
  },
  {
    name: 'guest list',
    why: 'A programme\'s bulleted guest list names people and roles; it states nothing about events. A bullet that ends as a sentence does (a factbox\'s "- Systems failed at 4 a.m., the bank said.").',
    drop: (p) => whole(/^[•·▪‣-]\s/.test(p.text) && !/[.!?]["”’)]?$/.test(p.text), p),
  },
  {
    name: 'author biography',
    why: 'One sentence saying who the writer is ("X is the paper\'s transport correspondent", "X reports on rivers for Y") describes the page, not the story.',
    drop: (p) => whole(AUTHOR_BIO.test(p.text) && !/[.!?]\s+\S/.test(p.text) && p.text.split(/\s+/).length <= 35, p),
  },
  {
    name: 'label line',
    why: 'A short line with no sentence end naming a desk or team ("Northwire staff", "Press Office"), or the outlet itself (its name or initials): a byline, section or masthead label.',
    drop: (p, _prev, _byline, outletName) => whole(isLabelLine(p.text, outletName), p),
  },
];

/** An embedded post's frame: "View this post on Instagram", "A post shared by …", "98,412 likes", a bare hashtag. */
const EMBED_FURNITURE =
  /^[^·|•]{1,60} [·|•] (Telegram|Instagram|Facebook|TikTok|Threads|X|Twitter|VK|WhatsApp)$|^(View this post on (Instagram|Facebook|TikTok|Threads)|A post shared by\b)|^#[\p{L}\d_]+$|^(👁\s*)?[\d.,]{1,15}\s?[KkMm]?( (likes|views|comments|shares|reposts))?( [·|•] .{0,40})?$|(?<![\d.,])[\d.,]{1,15}\s?[KkMm]? (likes|views)$/u;
/** A broadcast reporter's sign-off: "In Port Ellery, Jordan Vance, KPEL 7 News." */
const SIGN_OFF =
  /^((In|From|Reporting from) [^,]{2,40}, )?\p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){1,2}, [^,.]{1,40}\b(News|TV|Radio|Television)\.?$/u;
/** One entry of a fact check's sources: who, what kind of document, and its date, with no verb. */
const SOURCE_ENTRY =
  /^[^,.;]{3,80}, (e-?mails?|statement|interview|phone interview|press release|news release|recall notice|test results|report|data|website|post|video|documents?|letter|court filing|transcript)[^,.;]{0,20}, (\p{L}+\.? )?\d{1,2}( and \d{1,2})?, \d{4}$/iu;
/** A wire update's note: "(Adds quote from Kirby in paragraph 5)", "(Updates with death toll)". */
const WIRE_NOTE =
  /^\((Adds|Updates|Recasts|Rewrites|Changes|Corrects|Fixes|Removes|Inserts|Clarifies|Replaces|Refiles|Combines|Writes through|Re-?tops|Adds byline)\b[^()]{0,200}\)$/;
/** A republished story's notice of where it first appeared, and its licence. */
const SYNDICATION =
  /^(This (article|story|piece|report) (originally|first) appeared (on|in|at)\b|Originally (published|appeared) (on|in|at|by)\b|(PARTNER|SPONSORED) CONTENT\b|(Partner|Sponsored) content\b|Republished (with permission )?from\b|Republished under\b|Read the original (article|story|report|piece) (at|on)\b|This (work|article|story) is licensed under\b|Licensed under (a |the )?Creative Commons\b)/;
/** What labels a picture's caption or credit ("Photograph:", "Image credit:"): never a speaker either (speaker.ts). */
export const CAPTION_LABEL = '(Photo(graph)?s?|Pictures?|Image|Illustration|Video|Credit|Caption|Chart|Graphic|Map)( credits?)?';
const CREDIT_LINE = new RegExp(`^${CAPTION_LABEL}:`, 'i');

/** A day, month and year, in words or in digits. */
const FULL_DATE_TEXT = `\\b(\\d{1,2} (${MONTHS}) \\d{4}|(${MONTHS}) \\d{1,2}, \\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b`;
const FULL_DATE = new RegExp(FULL_DATE_TEXT);
const FULL_DATES = new RegExp(FULL_DATE_TEXT, 'g');
/** A weekday with its date and no year, a timeline's or a live page's day heading ("Saturday 8 May"). */
const DAY_DATE = new RegExp(`^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\\d{1,2} (${MONTHS})|(${MONTHS}) \\d{1,2})$`);
/** "Name Name is the Post's … correspondent", "Name Name reports on rivers for Riverwatch": the writer's biography. */
const AUTHOR_BIO =
  /^(\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’-]+ (is|was|writes|reports|covers)\b[^.]{0,200}\b(correspondent|reporter|editor|writer|sketchwriter|columnist|journalist|contributor|photographer|producer|student|for \p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+)*)\b/u;
/**
 * A page's stamps run together on one line with its byline or date ("Our Correspondent, Kalindi
 * Published: 09 Oct 2040, 11:06 PM Updated: …", "October 10, 2040 3:52 PM GMT+4 Updated 1 hour ago"):
 * a stamp word, then a date, a clock time or an age.
 */
const MONTH_WRITTEN = `${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`;
const STAMP_IN_LINE = new RegExp(
  `\\b(Published|Updated|Posted|Last updated|First published|Modified)\\s*:?\\s*(on\\s+)?(\\d{1,2}\\s+(${MONTH_WRITTEN})\\b|(${MONTH_WRITTEN})\\.?\\s+\\d|\\d{1,2}[:.]\\d{2}\\b|\\d{4}-\\d{2}-\\d{2}|\\d+\\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago\\b)`,
);
const TIME_STAMP = /^\d{1,2}[:.]\d{2}( ?(GMT|UTC|BST|CET|EET|MSK|am|pm|a\.m\.|p\.m\.))?$/i;
const DESK = /\b(staff|desk|team|newsroom|board|office|department|bureau|service|press releases)$/i;

/** A subheading opening with a question word, with no sentence end: "What the operator says", "How we reported this story". */
const WH_HEADING = /^(What|How|Why|Who|Where|When) [^.!?:;"“”]{2,60}$/;

function isHeading(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6 || !/^\p{Lu}[\p{L}' -]*$/u.test(text) || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  // "Nine people remain missing" reports a figure: not a heading.
  return !/\p{L}ed\b/u.test(text) && !hasReportingVerb(text) && !hasNumberWord(text);
}

/** A short line that is one quotation. */
const isQuotedCrosshead = (text: string) => /^[‘“"'][^‘’“”"]{3,80}[’”"']$/.test(text) && text.split(/\s+/).length <= 10;
/** A paragraph after which a quotation is the speaker's: it ends with a colon, or leaves a quotation open. */
const introducesQuote = (text: string) => /:\s*$/.test(text) || (text.match(/[“"]/g) ?? []).length > (text.match(/[”"]/g) ?? []).length;

/** The words of a line besides its dates, times and separators. */
function wordsBesideDate(text: string): number {
  return text
    .replace(FULL_DATES, ' ')
    .replace(/\b\d{1,2}[:.]\d{2}\b|\b(am|pm|GMT|UTC|BST|CET|EET|MSK)\b|[·|,–—-]/gi, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
}

/** A desk or masthead label: ≤ 6 words, no sentence end, ending in a desk word or naming the outlet. */
function isLabelLine(text: string, outletName?: string): boolean {
  if (/[.!?:;"”)]$/.test(text) || text.split(/\s+/).length > 6) return false;
  if (DESK.test(text)) return true;
  if (!outletName) return false;
  const t = text.toLowerCase();
  return (
    t === outletName.toLowerCase() || (text.length > 1 && text === initialsOf(outletName)) || t === outletName.toLowerCase().replace(/^the /, '')
  );
}

/** The part of a paragraph that is reporting, or undefined when the whole of it is boilerplate. */
export function reportingPart(p: Paragraph, previous: Paragraph | undefined, byline?: string, outletName?: string): Paragraph | undefined {
  let cut = 0;
  for (const rule of BOILERPLATE_RULES) cut = Math.max(cut, rule.drop(p, previous, byline, outletName));
  if (cut >= p.text.length) return undefined;
  if (cut === 0) return p;
  const rest = p.text.slice(cut);
  const lead = rest.length - rest.trimStart().length;
  return { ...p, start: p.start + cut + lead, text: rest.trimStart() };
}

/** Which rule, if any, drops a paragraph outright (for tests and for explaining the corpus). */
export function boilerplateRuleFor(p: Paragraph, previous?: Paragraph, byline?: string, outletName?: string): string | undefined {
  return BOILERPLATE_RULES.find((r) => r.drop(p, previous, byline, outletName) >= p.text.length)?.name;
}
