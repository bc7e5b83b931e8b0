/**
 * Sentences that report nothing, whatever page they stand on: a question, a time stamp, a picture
 * credit, a line crediting the writers, a line that only introduces the quotation after it ("In a
 * statement, the company said:"), and the page's notes on itself
 * (copyright, a transcript's caveat, reading time, print edition). Read after the sentence has told
 * who speaks (an introduction names the speaker of what follows), so they only never become claims.
 * Each rule was counted over every labelled set: it catches lines labelled as no claim and none
 * labelled as one. (Short headings are read by their words: "Sixth death confirmed", "Water company
 * rejects claim" report; "Key points", "About Veltaris" do not.)
 */
import { hasNumberWord } from './numbers';
import { hasReportingVerb } from './reporting-verbs';

export interface NotReportingRule {
  name: string;
  why: string;
  /** A pattern, or a test of its own where a pattern alone would say too much. */
  test: { test(text: string): boolean };
}

/**
 * The line under a company's name defining what its announcement calls it: "(“HPT” or “the Company”)",
 * "("Orrin", "the Group" or "the Company")" (published-statement.ts reads the name above it as the issuer).
 */
export const DEFINED_ISSUER =
  /^\((?:[“"‘'][^“”"‘’']{1,40}[”"’'](?:,\s*|\s+)){1,4}or\s+[“"‘']the\s(?:Company|Group|Issuer|Bank|Trust|Fund|Society|Partnership)[”"’']\)$/iu;
/** A line in capitals with no sentence end ("WHAT WAS RECALLED", "MORE ON: HEIST | CRIME"). */
const CAPITALS_HEADING = /^(?=.*\p{Lu}{2})[\p{Lu}\d ,:;'’&()/|·•-]+$/u;
/** A verb of saying in capitals: "RUSSIA BLAMES UKRAINE" reports. */
const SAYING_IN_CAPITALS =
  /\b(SAYS?|SAID|CLAIMS?|DENIES|DENIED|WARNS?|TELLS?|TOLD|CONFIRMS?|BLAMES?|ACCUSES?|INSISTS?|ADMITS?|REJECTS?|URGES?|VOWS?|CALLS FOR)\b/;
/** One to three words, the first capitalised, with no sentence punctuation (of any script) and no digit. */
const SHORT_HEADING = /^\p{Lu}[^\s.!?:;,"“”\d。、！？：；，「」『』]*( [^\s.!?:;,"“”\d。、！？：；，「」『』]+){0,2}$/u;
/**
 * Words of scripts written without spaces (Chinese, Japanese, Korean, Thai): "Sergei Lavrov外相は…要請した"
 * is two words by its spaces but a sentence; more than a few such letters make no short heading.
 */
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]{5}/u;
/** A past participle or a present in -s after the first word: "Investigation opened", "Kremlin agrees" (and, alike, "Key points"). */
const HEADLINE_VERB = /\s\p{Ll}+(ed|[^s\s]s)\b/u;
/** Words a short headline reports with ("Suspect held", "Talks collapse", "Airport shut", "Six dead"). */
const HEADLINE_WORD =
  /\b(dead|killed|injured|hurt|held|shut|closed|freed|fled|quits?|resigns?|dies|die|collapses?|hit|struck|cut|found|lost|won|wins?|falls?|fell|rises?|rose|sinks?|sank|strikes?|arrested|charged|missing|evacuated|ends?|begins?|halts?|suspended)\b/i;
/** Verbs a page advises its reader with, each opening a sentence: "Check your fridge", "Stay with us". */
const ADVICE =
  "(Don['’]t|Do not|Never|Put|Wash|Check|Call|Get|Stay|Keep|Avoid|Throw|Take|Make sure|Make|Bring|Donate|Contact|Visit|Sign up|Subscribe|Follow|Clean|Bin|Return|Ring|Seek|Phone|Go|Look|Find|Read|Listen|Watch|Download|Share|Click|Tap|Join|Register|Remember|Try|Use|Ask|Wear|Drink|Eat|Leave|Tell|Send|See|Speak|Talk|Email|Write)";
/** What follows a verb of advice: its object or particle ("Tap water" and "Clean Coast" are no advice). */
const ADVISED = 'it|the|your|any|a|an|up|out|on|in|to|with|for|all|them|this|these|those|our|us|me|yourself|away|back|here|tuned';
/** A person's name: two or three capitalised words. */
const PERSON = "\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){1,2}";
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?';
/** A person's or place's name of up to four capitalised words, and more joined by commas or "and". */
const NAMES = "\\p{Lu}[\\p{L}'’.-]*( (and |& )?\\p{Lu}[\\p{L}'’.-]*){0,5}";
/**
 * A word of a page's date line: a number or clock time ("6pm"), a month, a day, "at", a time zone, a
 * divider, the next stamp's label. Each word is taken whole and a space or the end follows it, so a
 * run of digits is read one way only (a pattern that could split "1111…" many ways took seconds).
 */
const STAMP_WORD = `(\\d{1,4}([:.]\\d{2})?([aApP]\\.?[mM]\\.?)?|${MONTH}|${WEEKDAY}|at|on|[aApP]\\.?[mM]\\.?|[A-Z]{2,5}([+-]\\d{1,2})?|\\||Updated:?|Last updated:?|Modified:?)(?![\\p{L}\\d])[,.]?( |$)`;
/** A clock time with what may follow it: "07.00 CET", "6:05 PM GMT+1", "12.01am". */
const TIME = '\\d{1,2}[:.]\\d{2}( ?[aApP]\\.?[mM]\\.?)?( ?[A-Z]{2,5}([+-]\\d{1,2})?)?';

/** A line that is a time, maybe with its day and date: a live page's entry opens with one. */
const TIME_STAMP = new RegExp(`^(${WEEKDAY},? )?(\\d{1,2} ${MONTH},? (\\d{4},? )?|${MONTH} \\d{1,2},? (\\d{4},? )?)?(at )?${TIME}$`);
/** Whether a line stamps a live page's entry ("16:20", "Thu 9 Mar 2028 07.00 CET"). */
export const isTimeStamp = (line: string): boolean => TIME_STAMP.test(line.trim());

export const NOT_REPORTING_RULES: NotReportingRule[] = [
  {
    name: 'question',
    why: 'A question asks; it reports nothing ("What happens next?", "Can you help?", a transcript\'s "Q: Is that true?"). Not one that follows a statement (after a colon, a dash or a semicolon), one that opens by saying something ("may I point out that …?"), nor one someone is reported asking ("Peskov said that “nobody wants war, do they?”").',
    test: /^(?:(?:Q|Question|QUESTION|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}):\s+)?(?![^?]*(:\s|;\s|\s[–—-]\s|\b(point|pointed|points) out that\b|\b(remind|tell) (you|us|everyone) that\b|\b(said|says|told|asked|asks|warned|added|wrote|wondered)\b))[^?]*\?["”’')\]]*$/u,
  },
  {
    name: 'time stamp',
    why: 'A line that is a time, or a day, date and time ("16:20", "Thu 9 Mar 2028 07.00 CET", "Mon 11:05"), stamps a live page\'s entry.',
    test: TIME_STAMP,
  },
  {
    name: 'stamped heading',
    why: 'A live page\'s or a programme summary\'s entry heading behind its time in brackets ("[07:52] The hospital needs blood") titles what follows; it ends with no sentence mark.',
    test: /^\[\d{1,2}[:.]\d{2}( ?[aApP]\.?[mM]\.?)?\]\s[^.!?]{1,80}$/,
  },
  {
    name: 'relative stamp',
    why: '"Updated 2 hours ago", "4s ago" dates the page, not the event; so does a live post\'s "19:56 596 min ago", maybe with its badge run on ("agoPinned").',
    test: /^(\d{1,2}[:.]\d{2}\s+)?((Published|Updated|Last updated|Posted|First published) )?((about |an? |\d+ )(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)|\d+ ?(s|m|h|d|w|secs?|mins?|hrs?))\s?ago(\.|\s?(Pinned|Live|New|Updated|Breaking))?$/i,
  },
  {
    name: 'picture credit',
    why: 'A credit ("Picture: Evening Post", "Image source, Crossline") names who took a picture, within a caption as on a line of its own. Not "Photos, verified by …, show".',
    test: /^All (photos|pictures|images|photographs): |^(Picture|Image|Photo|Photograph|Illustration|Video|Graphic|Chart|Map|Credit)s?(( (source|credit|caption)s?)?: | (source|credit|caption)s?, )|^\(\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3} ?\/ ?\p{Lu}[\p{L}'’.&-]*( [\p{L}'’.&-]+){0,4}\)$/u,
  },
  {
    name: 'credit line',
    why: 'A line saying who wrote, edited or presents ("Analysis by Mara Quist, business editor", "Edited by …") credits people: names, then a role at most. Not "Research by Oxford University shows …".',
    test: new RegExp(
      [
        `^(Analysis|Interview|Presented|Produced|Edited|Compiled|Written|Photography|Graphics|Words|Words and pictures) (by|By):? ${NAMES}(,[^.!?]{0,100})?\\.?$`,
        // Pictures credited to their takers, and nothing after ("Photos by Reuters, taken near Belgorod, show …" reports).
        `^(Photographs|Photos|Pictures) (by|By):? ${NAMES}\\.?$`,
        // A programme's credits ("The Countdown is produced by … and edited by …"), an agency credit in brackets ("(With inputs from agencies)", "(Harbour 6)").
        `^${NAMES} (is|was) ((produced|edited) by ${NAMES}( and (produced|edited|presented) by ${NAMES})?|presented by ${NAMES} and (produced|edited) by ${NAMES})\\.?$`,
        // A statement's issuer ("Issued by the National Executive Council, Lindero, 5 March 2039").
        `^(Issued|Released|Distributed) by (the )?${NAMES}(, (the )?${NAMES}|, \\d{1,2} ${MONTH}( \\d{4})?|, ${MONTH} \\d{1,2}(, \\d{4})?)*\\.?$`,
        `^\\((With inputs from|Inputs from|With agency inputs)[^()]{0,40}\\)$|^\\(\\p{Lu}[\\p{L}\\d'’.&-]*( [\\p{L}\\d'’.&-]+){0,3}\\)$`,
        // A byline with its place ("Tom Ferreira in Arlenbach"), a broadcast's introduction of its reporter ("Valley 7's Lena Marx reports from …").
        `^${PERSON} in \\p{Lu}[\\p{L}'’-]*( \\p{Lu}[\\p{L}'’-]*){0,2}$`,
        `^(\\p{Lu}[\\p{L}\\d&.-]*( [\\p{Lu}\\d][\\p{L}\\d&.-]*){0,4}['’]s |Our )?${PERSON} (reports|is reporting|sent this report)( from [^.!?]{1,60})?\\.?$`,
        `^\\(?(Additional )?(Reporting|reporting|Writing|Editing|Compiled|Compiling) by ${NAMES}( in ${NAMES})?([;,] (and )?(Additional reporting|additional reporting|Writing|writing|Editing|editing) by ${NAMES}( in ${NAMES})?)*\\)?\\.?$`,
        // A Canadian paper's credit to the wire or colleagues it drew on: "— With files from Priya Marchetti".
        `^[—–-]?\\s?[Ww]ith files from (the )?${NAMES}( and (the )?${NAMES})?\\.?$`,
        `^${NAMES}( in ${NAMES})? contributed (reporting|to this (report|story|article))\\b`,
        '\\bcontributed (reporting|to this (report|story|article))( from [^.!?]{1,40})?\\.$',
      ].join('|'),
      'u',
    ),
  },
  {
    name: 'newsroom role',
    why: 'A line that is only a newsroom role ("Staff Writer", "Senior Political Correspondent") heads a byline.',
    test: /^(\p{Lu}\p{L}+ ){0,3}(Reporter|Correspondent|Editor|Writer|Columnist|Producer)s?$/u,
  },
  {
    name: 'dateline',
    why: 'A place and a day on a line of their own ("New Delhi, October 10", "Ostberg, 12 March 2039") open a report; they say nothing.',
    test: new RegExp(`^${NAMES}, (${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})(,? \\d{4})?$`, 'u'),
  },
  {
    name: 'page stamp',
    why: 'A line that only says when the page was published or updated ("Published: 06:15, 19 Nov 2036 | Updated: 09:40") dates the page, not the event.',
    test: new RegExp(`^([|·•] )?(Published|Updated|Last updated|Posted|First published|Modified)( on)?:? (${STAMP_WORD})+$`, 'u'),
  },
  {
    name: 'staff label',
    why: 'A name and a newsroom role on a line ("Helena Quint, Legal Affairs Correspondent") is a byline.',
    test: /^\p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){1,3},? (\p{Lu}[\p{L}]+ ){0,3}(reporter|correspondent|editor|writer|columnist|Reporter|Correspondent|Editor|Writer|Columnist)(,[^.!?]{0,40})?$/u,
  },
  {
    name: 'introduction',
    why: 'An attribution ending in a colon ("In a statement, Tarrow Hydro said:") only says whose the quotation after it is.',
    test: /\b(said|says|wrote|writes|posted|tweeted|added|stated|explained|announced|told)( [^.:"“”‘’]{1,40})?\s*:$|\b(found|finds|concluded|concludes|recommended|recommends|resolved|resolves|agreed|agrees|noted|notes|demanded|demands)( (that|as follows))?\s*:$/,
  },
  {
    name: 'greeting',
    why: 'A live page\'s or a letter\'s greeting and sign-off ("Good morning.", "Thanks for joining us.", "Yours sincerely,").',
    test: /^(\p{Lu}[\p{Lu} .'’-]+: )?((Thanks|Thank you)(,? \p{Lu}[\p{L}'’-]*( \p{Lu}[\p{L}'’-]*)?)?[.!]?$|\p{Lu}[\p{L}'’-]*( \p{Lu}[\p{L}'’-]*)?, (thank you|thanks)( (very much|for (joining|coming|talking to) us))?[.!]?$|(\p{Lu}[\p{L}'’-]*( \p{Lu}[\p{L}'’-]*)?, )?welcome (back )?to (the programme|the program|the show|the podcast|\p{Lu})[^.!?]{0,60}[.!]$|Let['’]s (start|begin|talk|turn|move on|look|get started)\b(?![^.!?]*\bthat\b)[^.!?]{0,80}\.$|Good (morning|afternoon|evening|night)[.,!]?$|Welcome[.!]?$|Welcome back\b|Thanks? (you )?(for|to) (joining|reading|following|watching|listening)|Dear \p{Lu}|Yours (sincerely|faithfully|truly),?$|(Best wishes|Kind regards)[,.!]?$|^[–—-] ?\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+)?$|(We|I)(’|')?(re| are| am|m) (pausing|ending|closing|wrapping up|signing off) (our|this|the) (live )?(coverage|blog|live blog|updates|page)\b|That(’|')?s (all|it|where we('ll| will) leave)\b[^.]{0,40}\b(for|from) (us|me|now|today|our|this (week|issue|edition|month)))|^See you (tomorrow|next (week|time|month)|on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|then|soon)\b[^.!?]{0,30}[.!]?$/u,
  },
  {
    name: 'page note',
    why: 'What the page says of itself: copyright, whose views it holds, a transcript\'s caveat, reading time, where the print edition carries it, what to read next, "Here is what we know".',
    test: new RegExp(
      [
        /^(©|\(c\) |Copyright\b)|\bAll rights reserved\b|^The views expressed\b/.source,
        /\b(rush transcript|transcript of (a|an|the) (live )?(broadcast|programme|program|interview)|check against (the )?(broadcast|delivery|audio))\b|\b(transcripts?|produced quickly)\b.*\bmay contain errors\b/
          .source,
        /^(This|The|It) ((interview|transcript|conversation|exchange|Q&A|article) )?(has|have) been (condensed|edited|lightly edited)\b[^.]{0,30}\.$/
          .source,
        /^\d+ ?(MIN|min|minute)S? (READ|read)$/.source,
        DEFINED_ISSUER.source,
        // A correction's closing, a translation's standing, who produces and funds a programme, whom a summary draws on, an official report on itself.
        /^(?:We|(?:The )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}) regrets? the (?:error|errors|mistake)\.$/u.source,
        /\btranslation is (?:provided|published|offered) for (?:information|convenience|reference)\b|\bthe \p{L}+ (?:text|version|original) is (?:authoritative|the authoritative one)\b/u
          .source,
        /^(?:The )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3} is (?:produced|presented|edited) by \p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+(?: and (?:funded|supported) by [^.]{1,40})?\.$/u
          .source,
        /^(?:The )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3} is published independently of\b/u.source,
        /^This (?:summary|story|article|report|round-?up|piece|briefing) (?:draws|is based|relies) on (?:the )?(?:reporting|reports|coverage) (?:by|from|of)\b/
          .source,
        /\b(?:produced|generated|created|made) (?:with|by|using) automated (?:tools|transcription|software)\b/.source,
        /^(?:Hansard|This (?:report|record)) is the (?:edited |substantially )?(?:verbatim|official) (?:report|record)\b|^Text in this version may differ\b/
          .source,
        // A programme's chapters: "00:00 Intro · 02:15 How a kidney gets …".
        /^\d{1,2}:\d{2}(?::\d{2})? \S[^·•|]{0,80} [·•|] \d{1,2}:\d{2}\b/.source,
        // A parliament's question as tabled: "To ask the Minister for Energy if he will make a statement …".
        /^(?:\([^()]{1,30}\):\s*)?To ask (?:the|Her Majesty's|His Majesty's) [^.]{1,80}\b(?:if|whether|what|how|when)\b/.source,
        // A listed company's announcement on its own terms: what it contains, who released it, its currency, its caveat.
        /^(This|The) (announcement|release|notice|statement) (contains|constitutes|includes) (inside|regulated|price[- ]sensitive) information\b/
          .source,
        /^The person responsible for (arranging )?(the |its |this )?(release|publication)\b/.source,
        /^(All )?(Amounts|Figures|Sums) in this (announcement|release|statement|report) are (in|stated in|expressed in)\b/.source,
        /^Actual (results|outcomes|events|performance) (may|could|might) differ materially\b/.source,
        /^A version of this (article|story) appear(s|ed) in print\b|^Continued (on|from) pages? \d|^(Comment|Analysis|Opinion|Leader|Editorial|Letters|Sport): pages? \d/
          .source,
        /^Read (next|part (one|two|three|\d)|the (first|second|previous|next) part)\b/.source,
        // A correction's notice on the page itself: "Editor's note: This article has been corrected."
        /^(Editor['’]s note:\s*)?This (article|story|report|piece|post) (has|was) (also )?been (corrected|updated|amended|clarified)\b(?![^.]*\b(said|says|told)\b)|^Editor['’]s note:?$/
          .source,
        // A council's minutes: their own adoption, a motion's movers, the chair opening, members leaving and coming back.
        /^These minutes (were|are|have been) (adopted|approved|confirmed)\b|^Moved by [^,;]{1,60}, seconded by\b/.source,
        /^(?:Mayor |Coun\. |Cllr\.? |Councillor |The Chair |The Mayor )?[\p{Lu}][\p{L}.'’ -]{1,40} (called the meeting to order|(left|returned to|re-?entered) the (Council )?Chambers?|(left|returned to) the meeting at [\d:.]{3,5})\b(?: at [\d:. apm]{3,12})?\.?$|^The meeting (was )?adjourned( at [\d:. apm]{3,12})?\.?$/u
          .source,
        // A public summary of a body's business on itself: "This summary is published by the trust to help …", "It is not the formal minutes …".
        /^This (summary|page|note|document|record) (is|has been) (published|provided|produced|prepared)( by [^.]{1,50})? to help\b|^(It|This) is not the (formal|official) (minutes|record)\b/
          .source,
        // A board's or a council's meeting: where it was held, who chaired, an agenda's item heading ("Item 4: Finance report").
        /^Held (at|in) (the )?\p{Lu}(?![^.]*\b(was|were|is|are|has|have|had)\b)(?![^.]*,\s+(the|a|an|he|she|they|it|we)\s)[^.]{1,120}\b\d{1,2}([.:]\d{2})?\s?(am|pm)\.?$|^(Chair|Chairman|Chairwoman|Chairperson|Chaired by|Secretary|Clerk)\s?:\s?\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){1,3}\.?$|^Item \d{1,2}(\.\d{1,2})?\s?:\s?[^.!?]{1,120}$/u
          .source,
        // A wiki's furniture: its strapline, a note on names alike, a reference to a story by its title, outlet and date.
        /^From \p{Lu}[\p{L}-]*, the [^.]{1,40}\b(wiki|encyclop(a)?edia)$|^(Not to be confused with|For other uses, see|This article is about)\b/u
          .source,
        /^[“"][^“”"]{3,200}[”"],? (The )?\p{Lu}[\p{L}'’&. -]{1,60}, \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\.?$/u
          .source,
        // A page's log of its own changes: "29 November 2049: updated the number of operations rebooked."
        /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}: (updated|added|corrected|amended|changed|first published|published)\b/
          .source,
        // A syndicated column's notes on itself and its writer.
        /^(This|Her|His|Their|The) column (is|was) (distributed|syndicated|published)\b|^\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){1,2} (is|was) [^.]{1,80}\b(and )?writes (a )?(weekly|monthly|fortnightly|regular|daily) column\b/u
          .source,
        // An agenda's numbered item: "4.1 Delegation – Dr. Ana Ruiz, Regional Director" (no sentence end).
        /^\d{1,2}\.\d{1,2}\.? \p{Lu}(?=.{0,160}$)(?=.*( [–—-] |: )).*[^.!?”"’]$/u.source,
        // The outlet's pledge on a line of its own ("Orbis is committed to accuracy, …"), not one reported ("X said it was committed to …").
        /^Our ([Ss]tandards|[Ee]ditorial ([Cc]ode|[Ss]tandards|[Gg]uidelines))\b|^(The )?\p{Lu}[\p{L}'’&.-]*( \p{Lu}[\p{L}'’&.-]*){0,3} (is|are|remains) committed to (accuracy|impartiality|independence|fairness)\b/u
          .source,
        /^(FOR IMMEDIATE RELEASE|For immediate release|EMBARGOED|Embargoed (until|to)|Notes? (to|for) editors)\b|^(Media|Press) (contacts?|office|enquiries|inquiries)\s?:|^[-–—]?\s?ENDS\s?[-–—]?$|^#{3}$/
          .source,
        /^(?![^.]*\b(said|says|told|according)\b)[^.]*\bavailable (in [^.]{1,30} )?(on|upon) request( from [^.]{1,60})?\.?$|^We (sincerely )?apologi[sz]e\b[^.]{0,60}\.$|^(Our|The \p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3}['’]s) corrections policy\b/u
          .source,
        /^(Watch|Listen to|Read) the (full|whole|complete|entire) (interview|conversation|report|story|programme|program|episode|speech|statement|exchange)\b/
          .source,
        /^(Made|Claimed|Shared|Said|Posted) by:/.source,
        // A hashtag standing alone (an embedded post's "#Ukraine" after its caption).
        /^#[\p{L}\d_]+$/u.source,
        /^(It|This|The (transcript|text|episode|recording|programme|program|interview))\b[^.]{0,80}\bmay contain (errors|mistakes|inaccuracies)\b/
          .source,
        // A gallery's or a share bar's controls: "1 of 4 · Swipe for next image · Share this gallery".
        /^\d+ (of|\/) \d+( [·|•] |$)|^(Swipe|Tap|Click) (for|to see|to view) (the )?(next|previous|more)\b|^Share this (gallery|article|story|page|video|post)\b/
          .source,
        /^Here(’|')?s? (is )?(what|everything) (we know|you need to know|is known|has been (established|confirmed))\b/.source,
        // Where else the piece appears, what it is not, and what an update added to it.
        /^This (article|story|piece|feature|interview) (appears|appeared|first appeared|originally appeared|was (first |originally )?published) in (the )?[^.,;]{1,60}\.?$|\b([Tt]his|[Tt]he|[Oo]ur) (article|column|guide|page|story|information|content|newsletter|podcast|site|briefing|explainer|post)\b[^.]{0,30}\b(is|isn['’]t|is not) (for general information|(legal|financial|medical|investment) advice)\b|^Update[ds]?\b[^:.]{0,30}: (We|This (article|story|page))\b/
          .source,
        // A paged article's links between its pages, and a link marked by an arrow ("→ Lavrov says …").
        /^(Continued on (the )?(next|following) page|Back to (page \d+|the first page)|This is the (last|final) page|(Next|Previous) page)\b|^Page \d+ of \d+$|^[→»➔➜]\s*\S/
          .source,
        /^(Reference|Ref\.?|Our ref)\s?:\s?[\p{L}\d]+([/.-][\p{L}\d]+)+$/u.source,
        // A row of tags, an exchange rate the wire adds ("($1 = 129.60 shillings)"), an issue's number, what subscribers may open.
        /^(Tags|Topics|Filed under|Categories|Related topics)\s?:/.source,
        // A consent banner's opening line ("We use cookies.", "This site uses cookies to …").
        /^(We|This (site|website)|Our (site|website)) uses? cookies\b/.source,
        /^\(\s?[$€£¥₹]?\s?\d[\d.,]*\s?[\p{L}.]*\s?=\s?[^()=]{1,40}\)$/u.source,
        /^(Vol\.?|Volume) \d+,? (No\.?|Issue|Number) \d+$/.source,
        /^(Subscribers|Members|Readers) can (read|access|download|listen to|watch|find)\b(?![^.]*\b(said|says|told|according)\b)/.source,
        // Who made the page and what it is: "This summary was prepared by the newsroom.", "Callers' comments are their own.",
        // "You are reading a free article.", a transcript's list of who speaks ("Speakers: …").
        /^This (summary|transcript|report|article|story|page|newsletter|translation|record) (was|has been|is) (prepared|produced|compiled|written|translated)\b/
          .source,
        /^\p{L}+['’]?s? (comments|views|opinions) (are|were) (their|his|her) own\.?$|^You are reading (a|an|one of|your)\b|^(Speakers|Participants|Present|Panel|Panellists|Panelists|Guests)\s?:/u
          .source,
        // A chart's or a table's title ("Chart 1: Oral liquids declared …"); a live page closed; a court summary's and an
        // interview's notes on themselves; a signature block ("(Anupama Rao Bhatt) Joint Secretary").
        /^(Chart|Figure|Fig\.|Table|Graphic|Map) \d{1,2}[a-z]?\s?:|^This live (coverage|blog|page|report) (has )?(ended|closed)\b/.source,
        /^(NOTE: )?This summary is provided to assist\b|\bdoes not form part of the (reasons|judgment|decision|findings|minutes|record)\b|^The full (written )?(judgment|decision|ruling|findings) (is|are) (the only authoritative|available)\b/
          .source,
        /^The (audio|video|full) (recording|version|transcript) of this (interview|conversation|episode|programme|program) is available\b|^\(\p{Lu}[\p{L}.'’ -]{3,40}\) \p{Lu}[\p{L} ,()-]{2,60}$/u
          .source,
        // A stamp with a date in figures ("Last update: 02/02/2043 21:05"), a statement's number, a programme's or a
        // story's credits ("Presenter: … · Reporting: …"), who translated, a columnist's line, a page in another
        // language, the code an outlet follows (set 33).
        /^(Last update[ds]?|Updated|Published|Posted)\s?:?\s?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(,?\s+\d{1,2}[:.]\d{2})?$/.source,
        /^(Press (statement|release)|Statement|Communiqu[eé]|Release) ((No\.?|Number|#) ?)?(?=[\d/.-]{3,40}$)\d[\d/.-]*$/.source,
        // A bulletin's masthead ("UTBF BULLETIN · No. 14/2045 · English version"), a wire's time stamp alone
        // ("22:04 GMT", "Apr 10, 11:06 GMT"), one credit alone ("Producer: Sam Ocampo-Hirst."), a translator's
        // note, a graphic's sources ("Data: State Police, Post research."), a board's signature line.
        /^\p{Lu}[\p{Lu}\d&.' -]{1,40} (BULLETIN|NEWSLETTER|CIRCULAR) [·|•] /u.source,
        /^((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? )?\d{1,2}:\d{2}(:\d{2})? ?(GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|WAT|EAT|IST)$/
          .source,
        /^(Producers?|Executive producers?|Editors?|Sound( design)?|Mixing|Music|Artwork|Research|Fact-checking|Translation|Translators?)\s?:\s?\p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){1,3}\.?$/u
          .source,
        /^Translator['’]s note:/.source,
        // A newsletter's or a site's disclaimer, a transcript's own heading, a match's line-up and score line (set 35).
        /^(?![^.]*\b(said|says|found|ruled|told|argued|claimed)\b)[^,;.]{1,60}\b(does|do) not (give|provide|offer|constitute) (investment|financial|legal|medical|tax) advice\.?$/
          .source,
        /^(Full |Partial )?Transcript( \([^()]{1,40}\))?$/.source,
        /^\p{Lu}[\p{L} .'’-]{1,30}: (\p{Lu}[\p{L}'’-]+[;,] ){5,}\p{Lu}[\p{L}'’-]+\.?$/u.source,
        /^(Full[ -]time|Half[ -]time|FT|HT|Final score)\s?:\s?\p{Lu}[^.:]{0,40}\d\s?[–-]\s?\d/u.source,
        /^(Data|Sources?|Graphic|Graphics|Map|Chart|Reporting and data)\s?:\s?\p{Lu}[^.:;]{2,120}\.?$/u.source,
        /^For the (Executive |Management |Governing )?(Board|Committee|Council|Executive|Society|Union|Federation|Association|Bureau)\b[^:]{0,40}:\s\S/
          .source,
        /^(Presenters?|Hosts?|Reporting|Reporters?|Producers?|Editors?|Translators?|Translation)\s?:\s?\p{Lu}[^:]{1,60}([·|]\s?(Presenters?|Hosts?|Reporting|Reporters?|Producers?|Editors?|Translators?|Translation)\s?:\s?[^:]{1,60}){1,4}$/u
          .source,
        /^Translations? (of [^.]{1,60} )?(are|is|was|were) (by|done by|provided by)\b/.source,
        /^\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){1,2} (writes|is a columnist|is a contributing (editor|writer))\b[^.]{0,60}\b(every|each|weekly|fortnightly|monthly|for (this|the) (paper|newspaper|site|magazine))\b/u
          .source,
        /^Our [\p{L}-]+ (page|edition|version|coverage|site) is (here|available)\b/u.source,
        /^(The )?\p{Lu}[\p{L}'’&.-]*( \p{Lu}[\p{L}'’&.-]*){0,3} (follows|abides by|is a (signatory|member) (of|to)) the [^.]{0,60}\b(Code|Principles|Alliance|Network|Standards)\b/u
          .source,
        // A gallery's numbered caption ("1/4 People queue outside …"), unless it says who said what.
        /^\d{1,2}\/\d{1,2} \p{Lu}(?![^.]*\b(says?|said|told|according)\b)/u.source,
      ].join('|'),
      'u',
    ),
  },
  {
    name: 'heading in capitals',
    why: 'A line in capitals of five words at most (or a row of tags: "MORE ON: HEIST | CRIME") that says no one said anything ("WHAT WAS RECALLED", "INSURANCE QUESTIONS") heads a section; "RUSSIA BLAMES UKRAINE" reports.',
    test: {
      test: (line: string) => {
        // "4. DELEGATIONS", "7.2 RESOLUTIONS": a numbered section's heading.
        const text = line.replace(/^\d{1,2}(\.\d{1,2})*\.? (?=\p{Lu})/u, '');
        return CAPITALS_HEADING.test(text) && (text.split(' ').length <= 5 || / [|·•] /.test(text)) && !SAYING_IN_CAPITALS.test(text);
      },
    },
  },
  {
    name: 'short heading',
    why: 'A line of one to three words with no punctuation, figure, verb of saying, past participle or word that may be a verb in -s ("Investigation", "About Veltaris", "Press release") heads a section or labels the page; "Sixth death confirmed", "Kremlin agrees", "Russia denies involvement" report.',
    test: {
      test: (text: string) =>
        SHORT_HEADING.test(text) &&
        !UNSPACED_RUN.test(text) &&
        !HEADLINE_VERB.test(text) &&
        !HEADLINE_WORD.test(text) &&
        !hasNumberWord(text.split(' ')[0].toLowerCase()) &&
        !hasReportingVerb(text),
    },
  },
  {
    name: 'glossary entry',
    why: 'A term defined after a colon, in lower case ("Brine: groundwater rich in dissolved salts, pumped from beneath a salt flat.") explains a word; it reports nothing. Not one with a verb of saying ("Update: police said …").',
    test: {
      test: (text: string) => {
        const m = /^(\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}): (\p{Ll}+)\b[^:]*\.$/u.exec(text);
        return (
          !!m &&
          !/\b(is|are|was|were|has|have|had|may|can|will|would|not|after|before|in|on|at|of|for|to)\b|ed\b/.test(m[1]) &&
          !/^(the|that|this|these|those|it|we|they|he|she|there|i|you|and|but|so)$/.test(m[2]) &&
          !hasReportingVerb(text)
        );
      },
    },
  },
  {
    name: 'reader advice',
    why: 'The page telling its reader what to do ("Check your fridge.", "If you feel unwell, call your GP.", "Get our weekly email.") advises; it reports nothing. Not a quotation, nor a line that says who advised.',
    test: new RegExp(
      `^((If|When|Before|After|Until|Unless) you\\b[^,]{1,100}, (please )?${ADVICE.toLowerCase()}|(Please ${ADVICE.toLowerCase()}|${ADVICE}) (${ADVISED})\\b(?![^,;:]*\\b(was|were|is|are|has been|had been)\\b))\\b(?![^.]*\\b(said|says|told|according)\\b)`,
      'u',
    ),
  },
  {
    name: 'how to',
    why: 'The page telling its reader how to buy, order or reach something ("To buy a print of these photographs, visit our photo store.") sells or points; it reports nothing.',
    test: /^To (buy|order|subscribe|download|purchase|book|receive|join|donate|support us|advertise|listen|watch)\b[^.]{0,80}, (visit|go to|call|click|tap|see|email|e-mail|write to|sign up|download|contact) (us|our|the|your|www|https?:|\d|\p{Lu}|[\p{L}\d-]+\.[\p{L}]{2,})(?![^.]*\b(said|says|told|according)\b)/u,
  },
  {
    name: 'anonymity',
    why: 'Why sources were not named ("They spoke on condition of anonymity because …", "Neither person was authorized to speak publicly.") says how the outlet heard, not what.',
    test: /^(They|The (sources|officials|people|two|three|four)( \p{L}+)?|Both|All (of them|three|two|four)) (both |all )?((spoke|were speaking) on (the )?condition of anonymity|asked not to be (named|identified)|requested anonymity|declined to be named)\b(?![^.]*\b(said|says|told)\b)|^(Neither|None) (person|source|official|man|woman|of them|of the \p{L}+) (was|were|is|are) (authori[sz]ed|allowed|permitted) to (speak|talk|comment)( publicly| on the record| to (the )?(media|press|reporters))?\.?$|^(They|He|She|The (source|official|person|sources|officials|people)) (was|were|is|are) not (authori[sz]ed|allowed|permitted) to (speak|talk|comment)( publicly| on the record| to (the )?(media|press|reporters))?\.?$/u,
  },
  {
    name: 'link label',
    why: 'A line pointing to another story ("Earlier: Kirby on the crash", "Up next: the markets") is a link, not a report; a recap that is a sentence ("Earlier: police said three men were held.") or says who said or did what ("Watch: Zelensky says …") reports; "Watch: What the minister said" points to a video.',
    test: /^(Earlier|Next|Previous|Previously|Up next|Coming up|Read next|Read more|Read also|Also read|Also watch|Also|More|Recommended|Related|See also|Most read|Top stories|Watch|Listen)\s*:\s*(?!.*[.!?]["”’')\]]*$)(?:(?:What|How|Why|Who|When|Where)\b|(?!.*\b(says?|said|tells?|told|warns?|warned|claims?|claimed|denies|denied|confirms?|confirmed|killed|died|dead)\b)).{1,120}$/i,
  },
  {
    name: 'appeal',
    why: 'An appeal to readers or witnesses ("Anyone with information is asked to call …", "Tell us about your experience") asks; it reports nothing.',
    test: /\b([Pp]lease (send|contact|call|email|e-mail|get in touch|write to|tell)|(is|are) asked to (call|contact|ring|email|e-mail|get in touch)|get in touch with (us|our)|[Ee]mail us\b|contact (our|the) newsroom|about your experience\.?$)|^([Pp]lease )?[Tt]ell us (about|your|what)|^To (write to|contact|reach|email|e-mail) (the|our|us)\b|^(Email|E-mail|WhatsApp|Text|Message) [^\s@]+@|\bWhatsApp us\b/,
  },
  {
    name: 'call to action',
    why: 'A police or charity page telling readers how to get in touch ("Call 101 quoting incident reference …", "You can also contact Crimestoppers anonymously on 0800 …") or thanking them for sharing asks; it reports nothing.',
    test: /^(?:Please )?(?:Call|Ring|Phone|Text|Dial) \d[\d ]{1,14}\b|^You can (?:also )?(?:contact|call|ring|reach|report)\b[^.]{0,80}\bon \+?\d[\d ]{2,}|^Thank you to (?:everyone|all those|all who|those) who (?:shared|has shared|have shared|called|came forward)\b/,
  },
  {
    name: 'stage direction',
    why: 'A transcript’s or a speech’s note in brackets standing alone ("[Applause]", "(Laughter)", "[inaudible]") says what the room did, not what anyone reported.',
    test: /^\[[\p{L}’' -]{2,30}\.?\]\.?$|^\((?:applause|laughter|laughs|cheers|cheering|boos|booing|inaudible|crosstalk|pause|silence|music)\)\.?$/iu,
  },
  {
    name: 'delivery caveat',
    why: 'A speech’s note on its own text ("Check against delivery.", "As prepared for delivery.") says what the text is, not what happened.',
    test: /^(?:Please )?(?:check|checked) against delivery\.?$|^(?:Remarks |Text )?As (?:prepared for delivery|delivered)\.?$/i,
  },
];

const ruleOf = (text: string) => NOT_REPORTING_RULES.find((r) => r.test.test(text))?.name;

/** A divider between the parts of a page's row ("Interview by Ada Briggs · 24 November 2045"). */
const DIVIDER = / [·•|] /;
/** A date on its own: "Sunday, October 8, 2045", "24 November 2045". */
const DATE_ALONE = new RegExp(`^(${WEEKDAY},? )?(\\d{1,2} ${MONTH}|${MONTH} \\d{1,2}),? \\d{4}$`);
const NAME_ALONE = new RegExp(`^${PERSON}$`, 'u');

/**
 * A row of a page's parts joined by dividers, each reporting nothing: a credit, a role, a date, or a
 * name beside one of them ("Owen Reyes · Western Reporter"). No sentence ends inside it.
 */
function furnitureRow(text: string): boolean {
  if (!DIVIDER.test(text) || /[.!?]["”’)]?\s/.test(text)) return false;
  const parts = text.split(DIVIDER).map((p) => p.trim());
  if (parts.length > 6) return false;
  let ruled = 0;
  for (const part of parts) {
    if (DATE_ALONE.test(part) || ruleOf(part)) ruled++;
    else if (!NAME_ALONE.test(part)) return false;
  }
  return ruled > 0;
}

/** The rule a sentence falls under, if it reports nothing. */
export function notReporting(sentence: string): string | undefined {
  const text = sentence.trim();
  return ruleOf(text) ?? (furnitureRow(text) ? 'row of credits' : undefined);
}
