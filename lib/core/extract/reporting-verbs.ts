/**
 * The reporting verbs a speaker is found by, in the forms sentences use: listed once as lemmas and
 * inflected here, so that "argues" and "argued" are both found when "argue" is (a list of forms
 * kept by hand held only the forms its pages happened to use).
 */

/** Verbs: the lemma, its -s and its past are found. */
const REGULAR = (
  'add claim insist believe accuse urge confirm deny refuse decline explain argue emphasize emphasise cite assert ' +
  'allege specify maintain acknowledge concede delete retract suggest announce declare dismiss reject describe ' +
  'reiterate contend predict warn attribute expect recommend apologise apologize testify reveal remind condemn ' +
  // French reporting verbs as translated word for word: "il a affirmé", "a confié à l'AKP".
  'affirm confide ' +
  // "the drug controller's office clarified"; "apprised the Committee that" (official English).
  'clarify apprise ' +
  // "The brigade's commander contradicted that account."
  'contradict'
).split(' ');

/**
 * Verbs that are as often nouns or acts ("the report", "the state", "a call", "the recount", "removes
 * two sailings"): only their past is found, and the forms OTHER lists.
 */
const NOUNS_TOO = (
  'report state call post counter question dispute comment estimate demand blame note thank repeat recall stress remove caution promise ' +
  // "…, indicated the spokesman", "he precised" (a translation's "a indiqué", "a précisé"); "the data indicates" is no one's saying.
  'indicate precise'
).split(' ');

/**
 * Forms no rule makes; the -s (or bare) forms of verbs above that read as verbs where they follow a
 * subject ("The agency reports", "Kyiv blames"); and -ing forms that are seldom nouns.
 */
const OTHER = [
  ...'said says say saying told tells tell wrote writes write read reads thinks withdrew admitted admits admit asked asks asking estimate estimates accepts accepted'.split(
    ' ',
  ),
  'laid blame',
  // "Campaigners have pointed to the works upstream": blame laid by pointing.
  // A tabloid's verbs of saying: "slammed the firm", "blasted the response as 'shambolic'", "boasts they have".
  // "Union boss X fumed: …", "the tot sobbed to the paper": a feeling said aloud.
  ...'slammed slams blasted boast boasted boasts branded fumed fumes raged sobbed wept'.split(' '),
  // "A senior diplomat put the chances at 'close to zero'", "Officials put the toll at 40": an estimate given.
  'put',
  'puts',
  // "which the centre measured at magnitude 6.8": a reading given, as an estimate is.
  'measured',
  // A meeting's record: "the Chairperson expressed the Committee's anguish", "Members raised concerns", "desired that".
  'expressed',
  'raised concerns',
  'raised serious concerns',
  'desired that',
  'directed',
  // A court's summary: "The Applicants submitted that …" (verb-use.ts reads it only before "that").
  'submitted',
  'submits',
  // "She appealed for donors, saying …": a plea made aloud.
  'appealed',
  // "ruled out a rescue"; "informed the council that", "briefed reporters that" (South Asian and official English).
  'ruled out',
  'rules out',
  'informed',
  'briefed',
  // Minutes and findings: "He advised that the device was recovered", "A meteorologist gave evidence that",
  // "the federation's president disclosed that it had advised the organisers" (only before "that": "advised caution",
  // "to disclose the records" say nothing; "found that" is as often a discovery as a finding, and is left out).
  'advised that',
  'advises that',
  'further advised that',
  'gave evidence that',
  'gives evidence that',
  'disclosed that',
  'discloses that',
  // An analyst's call on a share: "Holmgard cut its price target on Clearline to 380 crowns".
  'cut its price target',
  'raised its price target',
  'lowered its price target',
  'lifted its price target',
  // A delegation's turn in minutes: "Dr. Ruiz provided an overview of the loss" ("provided an update" is as often a
  // body's own release about itself).
  'provided an overview',
  'provides an overview',
  'gave an overview',
  'gives an overview',
  'hit out',
  'hits out',
  // "In its first statement the bank talked about a 'supplier update'".
  'talked about',
  'talks about',
  'pointed to',
  'points to',
  // "The report points out that …": pointing out is saying.
  'pointed out',
  'points out',
  // "The agency stood by that account": a statement repeated.
  'stood by',
  'stands by',
  // "Several delegates report that …": the bare form is as often a noun ("a lab report"), but not before "that".
  'report that',
  ...'reports states calls repeats blames blame cautions disputes dispute stresses adding insisting claiming arguing suggesting alleging accusing denying warning telling'.split(
    ' ',
  ),
];

const past = (lemma: string) => (lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`);
const third = (lemma: string) => (/[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);

/** Every form, longest first, so that the alternation takes "says" rather than "say". */
const FORMS = [...new Set([...REGULAR.flatMap((v) => [v, third(v), past(v)]), ...NOUNS_TOO.map(past), ...OTHER])].sort((a, b) => b.length - a.length);

const ALTERNATION = `\\b(${FORMS.join('|')})\\b`;
/** A reporting verb anywhere in a sentence (global: read with matchAll). */
export const REPORTING_VERB = new RegExp(ALTERNATION, 'gi');
const ANY = new RegExp(ALTERNATION, 'i');
/** Whether a text holds a reporting verb. */
export const hasReportingVerb = (text: string): boolean => ANY.test(text);
