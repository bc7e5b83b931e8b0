/**
 * Whether a verb of saying found in a sentence reports speech where it stands: not in a clause of
 * condition, time or cause, not passive, not an act ("called for talks"), not a noun ("verify the
 * claim", "418 reports"), not what the outlet asks of someone ("should announce"), not a participle
 * between commas ("The recall, announced after …, covers"), and, for the verbs that need one, with
 * what makes them speech ("posted … that", "accepted that", "asked people not to").
 */
import { hasNumberWord } from './numbers';

/** A clause of condition, time or concession with no comma after it: "should not return until the service says it is safe", "whatever some posts claim". */
const SUBORDINATOR = /\b(until|unless|whether|when|if|whatever)\s/i;
/** A clause of time or cause after the main one: "The quay reopened after the engineer said it was safe". */
const LATER_SUBORDINATE = /(?:\S\s+|^\s*)(after|before|because|although|though|while)\s/i;
/** Whether the verb after `before` is in such a clause, read since the last comma or dash (at most 200 characters). */
function inSubordinate(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const lastBreak = Math.max(...[',', '—', '–', ';'].map((c) => before.lastIndexOf(c)));
  const clause = before.slice(Math.max(0, lastBreak + 1, before.length - 200));
  return SUBORDINATOR.test(clause) || LATER_SUBORDINATE.test(clause);
}
const PASSIVE = /\b(been|be|being|was|were|is|are)\s+(not\s+|never\s+|\w+ly\s+)?$/i;
/** A verb for an act rather than for speech: "called for talks", "claimed responsibility", "declared three days", "expected 400 customers". */
const ACT = /^\s+(for|off|up)\b|^\s+responsibility\b|^\s+(a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s/i;
/** The same for "claim", whose "a" or "an" may open a clause it reports ("claimed a drone took out the substation"). */
const CLAIM_ACT =
  /^\s+(for|off|up)\b|^\s+responsibility\b|^\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s|^\s+(?:a|an)\s+(?=\S)(?!(?:[\p{L}'’-]+\s+){0,3}(?:took|was|were|had|has|is|are|would|will|could|hit|struck|came|went|brought|shot|fell|blew|made)\b|(?:[\p{L}'’-]+\s+){1,3}\p{L}{2,}ed\b)/iu;
/** The verbs that name acts as well, each with what follows it when it does ("added another 1.4%" adds a sum, not words). */
const ACTS: [RegExp, RegExp][] = [
  [/^(call|declar|expect)/i, ACT],
  // "declared Monday a bank holiday", "declared war", "declared bankruptcy": an act.
  [/^declar/i, /^\s+(?:war|bankruptcy|insolvency|independence|victory|martial law|force majeure|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/],
  // "claimed a seat", "claimed 40 lives"; but "claimed a drone took out the substation" reports a clause.
  [/^claim/i, CLAIM_ACT],
  // "called the emergency number", "called 112", "claim it back from the shop": a call made, money claimed.
  // Not "called the police response shameful": the call's object ends there.
  [
    /^call/i,
    /^\s+((the|an?)\s+)?(emergency(\s+(number|services|line))?|police|ambulance|fire\s+(brigade|service)|coast\s?guard|rescue(\s+services)?|helpline|hotline|\d{3})(?=\s*([,.;]|$)|\s+(to|at|for|from|on|and|after|before|when|but|as|around|about|shortly|just|immediately|again|\d)\b)/i,
  ],
  // "claim it back from the shop"; not "has claimed from the outset that …".
  [/^claim/i, /^\s+(from|back)\b(?![^.;]{0,60}\bthat\b)/i],
  // "deleted the post" takes back words; "deleted a lot of the logs" is an act.
  [
    /^delet/i,
    /^\s+(?!(?:(?:the|its|their|his|her|a|an|that|this)\s+)?(?:[\p{L}-]+\s+)?(?:posts?|messages?|tweets?|claims?|statements?|reports?|articles?|videos?|stor(?:y|ies))\b)/iu,
  ],
  // "An expert called by the agency", "the figure cited by": a participle before its agent, not speech.
  [
    /^(call|cite|describ|quote|report|claim|state|announc|confirm|dismiss|reject|accus|blam)/i,
    /^\s+by\s+(?!(?:phone|telephone|email|text|video|letter)\b)/i,
  ],
  // "Residents dispute that account" reports a denial; "remain in dispute" is a noun.
  [/^dispute$/i, /^(?!\s+(the|this|that|these|those|his|her|their|its|any)\s)/i],
  // "transfers described as loans": a participle; "described the transfers as loans" reports a view.
  [/^describ/i, /^\s+as\b/i],
  [/^add(s|ed)?$/i, /^\s+(another|a further|some|more|\d)/i],
  // A tabloid's verbs of saying are as often acts ("a drone slammed into flats", "the blast blasted a
  // crater", "the hotel boasts a pool"): speech only with a verdict's "as"/"for" or a quotation, or what is boasted.
  // A colon after it opens what was said ("blasted: …"); "branded the claims false" judges words.
  [
    /^(slammed|slams|blasted|branded)$/i,
    /^(?!\s*:|\s+[^.;]{0,60}?\b(as|for|over)\b|\s+[^.;]{0,40}?(\s{3,}|[“"‘])|\s+(the|these|those|such)\s+(claims?|reports?|allegations?|rumou?rs?|posts?)\s+(false|untrue|baseless|fake|nonsense|lies)\b)/i,
  ],
  [/^boast(s|ed)?$/i, /^(?!\s+(that|they|it|he|she|we|of|about)\b|\s*(\s{3,}|[“"‘]))/i],
  // "stood by that account" repeats words; "rescuers stood by" waited.
  [
    /^(stood|stands) by$/i,
    /^(?!\s+(its|their|his|her|that|this|the|those|these|our|my)\s+([\p{L}-]+\s+)?(account|statement|claims?|decision|remarks|comments|version|figures|story|reporting|assessment|words|position|findings|estimate|denial)\b)/iu,
  ],
  // "informed the Council that …" reports; "informed himself about the camps" does not.
  [/^(informed|briefed)$/i, /^(?!\s+(?:[^\s.,;:]+\s+){0,5}?that\b)/i],
];
/** Before a form that is a noun there: a determiner or a preposition ("verify the claim", "amid reports"). */
const BEFORE_NOUN = new Set(
  'the a an this that these those its their his her our any no such of about on into over amid despite following'.split(' '),
);
/** Before a present form only ("Some reports have suggested"; "They all said" is a verb). */
const BEFORE_PRESENT_NOUN = new Set('some many several few both all most other recent unconfirmed'.split(' '));
/** "the first confirmed case", "its latest reported figure": a participle used as an adjective, after a determiner and an ordinal or adverb. */
const ATTRIBUTIVE =
  /\b(the|a|an|its|their|his|her|this|that|these|those|our)\s+(first|second|third|last|only|latest|newly|officially|provisionally|initially|previously|originally|widely|publicly|recently)$/iu;
/** A verb's past, which is no noun: "investigating reports of" is a noun, "a briefing said" a verb. */
const PAST = /(ed|said|told|wrote|withdrew|laid|read|found)$/i;
/** A verb in its bare form, after an auxiliary: "did not address" (not after "to": "the report to parliament says"). */
const AFTER_BARE_VERB = /\b(did|does|do|will|would|could|can|should|must|may|might|cannot)\s+(not\s+)?(?!not$)\p{Ll}+$/u;
/** Whether the form after `before` is a noun there; read off the last word (no pattern run over the whole text). */
function asNoun(before: string, verb: string, after: string): boolean {
  const text = before.trimEnd();
  if (text.length === before.length) return false;
  const word = text.slice(text.lastIndexOf(' ') + 1);
  // A verb in -ing, not a name ("Beijing says").
  const gerund = word.length > 4 && word.endsWith('ing') && !/^\p{Lu}/u.test(word);
  const lower = word.toLowerCase();
  // "418 reports", "three claims": a count before a present form makes it a noun ("Two said" is a verb);
  // before a past in -ed and a plural, an adjective ("186 rejected tickets"; "Two rejected the offer" is a verb).
  // "say" is never a noun so ("Three say they were not paid", "lawyers who filed on May 31 say").
  const count = !/^says?$/i.test(verb) && (/^(\d|\d[\d,.]*\d)$/.test(word) || (hasNumberWord(lower) && /^\p{L}+$/u.test(word)));
  const adjective = count && /ed$/i.test(verb) && /^\s+\p{Ll}+[^s\s]s\b/u.test(after);
  // "the crew member's claims": a present form after a possessive is a noun.
  const possessive = /['’]s$/.test(word);
  // "did not address claims": a present form right after a verb in its bare form is its object.
  const object = /[^s]s$/i.test(verb) && !PAST.test(verb) && AFTER_BARE_VERB.test(text);
  return (
    object ||
    BEFORE_NOUN.has(lower) ||
    adjective ||
    ATTRIBUTIVE.test(text) ||
    (!PAST.test(verb) && (gerund || count || possessive || BEFORE_PRESENT_NOUN.has(lower)))
  );
}
/** "posted" and "thanked" report speech only with a statement: "posted on its channel that …". */
const NEEDS_STATEMENT = /^(posted|thanked)$/i;
/**
 * "accepted", "recalled", "estimate", "revealed" and "submitted" report speech only before "that" or "how" ("recalled
 * 40,000 pens", "revealed a plaque", "submitted a report" are acts; a court's "It submitted that …" is a party's argument).
 */
const NEEDS_THAT = /^(accept(s|ed)|recall(s|ed)|estimates?|reveal(s|ed)?|submit(s|ted))$/i;
/** "reminded residents that …" reports; "reminded many of the 2019 crash" does not. */
const REMINDS = /^remind(s|ed)?$/i;
const WHOM_THAT = /^\s+(?:[\p{L}'’-]+\s+){1,4}?that\b/u;
/** "asked" and "directed" report a request only with whom and what: "has asked people not to fish", "directed the Ministry to submit" (not "asked about", "directed the film"). */
const NEEDS_REQUEST = /^(ask(s|ed|ing)|directed)$/i;
const REQUEST = /^\s+(?:[\p{L}'’-]+\s+){1,10}?(not\s+)?to\s+\p{Ll}/u;
/**
 * What an estimate puts at a figure: "the cost of repairs", "the number of people in the cabin", "the
 * chances of a rerun", "support for the reform", "it" (a quake measured at 7.1). Not "put the metro back
 * into service at 05:30" nor "put 400 homes at risk".
 */
const ESTIMATED =
  "(?:(?:it|them)\\s+|(?:(?:the|its|their|his|her|an?)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(?:cost|costs|number|toll|bill|total|figure|damage|loss|losses|value|prices?|count|chances?|odds|likelihood|risk|probability|share|support|turnout|rate|magnitude|size|amount|sum|tally|pay|wages?|salar(?:y|ies)|debts?|shortfall|budget|spending|revenue|profits?|turnover|output|earnings|payout|compensation|fees?|rents?)\\b[^.;:]{0,100}?\\s)";
/** After "at": an amount, a count in words, a quotation (blanked), but not a clock time. */
const AMOUNT =
  "(?:\\s{3,}|\\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|less than|fewer than|least|close to|up to|just|over|under|between|magnitude)\\s+)?(?:(?!\\d{1,2}(?:[:.]\\d{2}(?!\\d)|\\s?(?:[ap]\\.?m\\b|o['’]clock)))[\\d£$€¥“\"‘']|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|billions|dozens|zero|nil|nothing)\\b|an?\\s+(?:hundred|thousand|million|billion|third|quarter|half|dozen)\\b))";
const ESTIMATE_AT = new RegExp(`^\\s+${ESTIMATED}at${AMOUNT}`, 'iu');
/** "measured it at 7.1", "which the centre measured at magnitude 6.8": a reading, its object maybe before the verb. */
const MEASURED_AT = new RegExp(`^\\s+${ESTIMATED}?at${AMOUNT}`, 'iu');
const OWNED_FIGURES = /['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:figures|data|statistics|records|results|count|tally|estimates?)\b/i;
/** "should announce", "must explain": what the outlet asks of someone, not what they said. */
const MODAL = /\b(should|must|ought to|needs? to|has to|have to)\s+$/i;
/** ", announced after markets closed, …": a participle about the noun before the comma, not its verb. */
const PARTICIPLE_ASIDE = /^\s+(after|before|on|in|by|at|last|earlier|yesterday|today|this|late|early)\b/i;
/** A preposition with no object after the verb, maybe a time after it: "warned about for years.", "spoke of.", "will argue over for years,". */
const STRANDED = /^\s+(about|of|for|on|against|with|over)(\s+for\s+(years|months|decades|weeks|days)|\s+\p{Ll}+ly)?\s*([.,;:]|$)/iu;
/** Speech given as a statement or a post: "in a statement", "on its Telegram channel", "issued a warning", "… on X that". */
export const STATEMENT =
  /\b(in (a|its|their|his|her) (statement|post|message)|on (its |their )?(Telegram|channel|X|Facebook|website)|(issued|released|put out) (a|an) (warning|statement|alert|appeal|advisory))\b|^\s+(on|to) [^.]{0,40}?\bthat\b|^:/i;
/** Before the verb, a quotation (blanked in the masked text) or nothing: the speaker follows the verb. */
export const AFTER_QUOTE = /[”"],?\s*$|\S\s{3,}$/;

/** "The recall, announced after markets closed, covers …": a participle between commas after a common noun. */
function participleAside(before: string, verb: string, after: string): boolean {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(',') || !/ed$/i.test(verb) || !PARTICIPLE_ASIDE.test(after) || !after.includes(',')) return false;
  const noun = trimmed.slice(trimmed.lastIndexOf(',', trimmed.length - 2) + 1, -1).trim();
  return /^(the|a|an|this|that|its|their)(\s+[\p{Ll}-]+){1,3}$/iu.test(noun);
}

/**
 * "Its general secretary, Declan Moye, called for an inquiry": a demand made, in the simple past, is
 * said; "Russia has called for a meeting" is what a party has done so far, in the outlet's voice.
 */
const demanded = (before: string, verb: string, after: string) =>
  /^called$/i.test(verb) &&
  /^\s+for\s+(?!(help|assistance|backup|rescue|rescuers|an?\s+ambulance)\b(?!\s+from\s+(the\s+)?(\p{Lu}|allies|partners|governments?|countries|nations|donors)))/u.test(
    after,
  ) &&
  !/\b(has|have|had)\s+(\w+ly\s+)?$/i.test(before);

/** Whether the verb at the end of `before` (with `after` after it, in the masked sentence) reports speech there. */
export function reportsSpeech(masked: string, before: string, verb: string, after: string): boolean {
  if (
    inSubordinate(before) ||
    // "are asking anyone not to": a request being made, not a passive.
    (PASSIVE.test(before) && !/^asking$/i.test(verb)) ||
    (ACTS.some(([verbs, act]) => verbs.test(verb) && act.test(after)) && !demanded(before, verb, after))
  )
    return false;
  // "verify the claim", "investigating reports of": a noun, not a verb ("officials at a briefing said" is one).
  if (asNoun(before, verb, after)) return false;
  // "Claims circulating online that …", "Reports of a second blast …": a present form opening the sentence is a noun.
  if (before.trim() === '' && /^\p{Lu}\p{Ll}+s$/u.test(verb) && !/^Says$/.test(verb)) return false;
  // "Jobs claim: Misleading.": a fact check's label.
  if (/^claims?$/i.test(verb) && /^\s*:/.test(after) && before.trim() !== '') return false;
  // "sent us reports, photographs and videos": a plural noun after its verb's object, not a verb.
  if (/s$/i.test(verb) && /\b(us|them|me|him)\s+$/i.test(before)) return false;
  // "pieces said to come from the rocket": hearsay about the subject, whose words these are not.
  if (
    /^said$/i.test(verb) &&
    /^\s+to\s+(be|have|come|contain|belong|originate|date|weigh|involve|include|number|total|show|hold|carry)\b/i.test(after)
  )
    return false;
  if (NEEDS_STATEMENT.test(verb) && !STATEMENT.test(masked) && !STATEMENT.test(after)) return false;
  // "Around 23,400 customers lost money, the regulator estimates, with …": the verb closes an aside.
  const aside = /,\s*(the\s+)?[\p{L}'’-]+(\s+[\p{L}'’-]+){0,3}\s*$/u.test(before) && /^\s*([,.;]|$)/.test(after);
  if (NEEDS_THAT.test(verb) && !/^\s*,?\s*(that|how)\b/i.test(after) && !AFTER_QUOTE.test(before) && !aside) return false;
  if (REMINDS.test(verb) && !WHOM_THAT.test(after) && !AFTER_QUOTE.test(before) && !aside) return false;
  // "put the toll at 40" gives an estimate; one it cites is the cited source's ("ENA, citing an engineer, put the figure at …").
  // "The trust’s own figures put …" is the owner's estimate (stance.ts), not the figures' words.
  if (
    /^(puts?|measured)$/i.test(verb) &&
    (!(/^m/i.test(verb) ? MEASURED_AT : ESTIMATE_AT).test(after) || /\b(citing|according to)\b/i.test(masked) || OWNED_FIGURES.test(before))
  )
    return false;
  if ((NEEDS_REQUEST.test(verb) && !REQUEST.test(after)) || MODAL.test(before)) return false;
  // "erected to add seating": adding a thing, not words (those follow with "that", a colon or a quotation).
  if (/^add$/i.test(verb) && /\bto\s+$/i.test(before) && !/^\s*(that\b|[:,"“‘'])/.test(after)) return false;
  // "it would suggest …": what the outlet infers, not what anyone suggested.
  if (/^suggest$/i.test(verb) && /\b(would|could|might|may)\s+$/i.test(before)) return false;
  // "…, something regulators have warned about for years.": a clause about a noun, its preposition left at its end.
  if (STRANDED.test(after)) return false;
  // "In a statement read outside court by his solicitor, …": a participle after a document, not its verb ("The statement read:").
  if (/\b(statement|letter|note|message|memo|email|notice)\s+$/i.test(before) && /^\s+(out|aloud|outside|by|at|on|in|to|from)\b/i.test(after))
    return false;
  // "In a letter to the committee, read out by the chair, the company …": the same participle in an aside.
  if (/^read$/i.test(verb) && /,\s*$/.test(before) && /^\s+(out\s+|aloud\s+)?by\b/i.test(after)) return false;
  return !participleAside(before, verb, after);
}

/**
 * A finding reported as speech: "the audit found that", "ruled in August that", "…, ruling that", "the
 * court heard that", "…, she found, because …", "…, the survey found.", or closing what a hearing was told ("…, an inquest heard yesterday.").
 */
export const FINDING =
  /\b(found|ruled|ruling|heard)(?=\s+(?:(?:in|on|last|this|earlier)\s+[\p{L}\d]+\s+)?that\b)|\b(found|ruled)(?<=,\s*(?:he|she|they|the\s+\p{L}+)\s+(?:found|ruled))(?=\s*,)|\b(found)(?<=,\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:survey|study|report|inquiry|review|audit|analysis|investigation|inspection|panel|court|tribunal|coroner|researchers|investigators)\s+found)(?=\.?\s*$)|\b(heard)(?=(?:\s+(?:yesterday|today|on\s+\p{L}+))?[.;]?\s*$)/giu;
/** Who makes findings: a document or a body that examines, not a person who came upon something. */
export const FINDER =
  /\b(report|study|inquiry|investigation|review|audit|survey|court|judge|tribunal|panel|regulator|inspectors?|inspectorate|watchdog|analysis|ombuds(man|woman|person)|coroner|inquest|jury|hearing|committee|commission|assessment|researchers|scientists|auditors?|investigators|probe)\b/i;
