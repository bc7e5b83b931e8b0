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
import { PAGE_NOTE } from './page-notes';

export interface NotReportingRule {
  name: string;
  why: string;
  /** A pattern, or a test of its own where a pattern alone would say too much. */
  test: { test(text: string): boolean };
}

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
    test: PAGE_NOTE,
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
