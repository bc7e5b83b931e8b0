/**
 * How the outlet presents a sentence: in its own voice (asserted), as someone else's word
 * (attributed), or as a denial or retraction it reports (denied).
 */
import type { ClaimMode, Speaker } from '../pack/types';

const DENIAL =
  /\b(den(y|ies|ied|ying)|(?<!\b(the|a|an|this|that|its|their|his|her|our|no|any|in|not|never)\s)(?<!n['’]t\s)dispute(?=\s+(the|this|that|these|those|his|her|their|its|any)\s)|(?<!\b(\d|\d[\d,]*\d|the|a|an|of|was|were|been|be|being|is|are|get|got)\s)(?<!\b(been|was|were|is|are)\s+\w+\s+and\s)reject(s|ed)(?!\s+by\b)|(?<=\b(claims?|allegations?|accusations?|reports?|accounts?|charges?|suggestions?|figures?|findings?|assertions?)\b[^.;]{0,40}\b(was|were|been|is|are)\s)rejected\b|refut(es|ed)|(?<!\b(was|were|been|be|being|is|are|get|got)\s)dismiss(es|ed)|(?<!\b(the|a|an|hotly|long|still)\s)(disputed|challenged|contested)(?=\s+(the|this|that|these|those|his|her|their|its|our|any|by|claims?|reports?|accounts?|figures?|allegations?|assertions?|findings?)\b)|retracted|deleted the post|not in any position to confirm|\b(?:I|we)(?:['’]d)?\s+(?:firmly\s+|strongly\s+|completely\s+|totally\s+)?(?:reject|dispute)\b|(did|do|does|will) not confirm|no confirmation|((do|does|did) not(,[^,]{1,20},)?|(don|doesn|didn)['’]t) accept (that\b|(this|these|those|them|it)(?=\s*([.;,]|$))|(the|this|these|those) ([A-Za-z-]+(['’]s|s['’]) )?(characteri[sz]ation|claims?|accounts?|figures?|allegations?|version|findings?|conclusions?|assertions?|description))|taken out of context|contrary to\b[^.;]{0,60}\b(?:claims?|claimed|assertions?|asserted|allegations?|alleged|suggestions?|suggested|reports?|reported))\b/i;

/**
 * Not a denial, though it reads like one: neither confirming nor denying, declining to comment,
 * stopping short of denying, not denying. The speaker's word is reported (attributed), not a denial.
 */
const NOT_DENIAL =
  /\b(neither confirm(s|ed)? nor den(y|ies|ied)|(did|do|does|would|will) not confirm or deny|(declined|refused|declines|refuses) to comment|stopped short of denying|(did|does|do|has|have|had|would) not (deny|dispute|disputed|contest|contested|challenge|challenged|contradict|contradicted)|(didn|doesn|don|hasn|haven|hadn|wouldn)['’]t (deny|dispute|disputed|contest|contested|challenge|challenged|contradict|contradicted))\b/gi;
/** Taking back what was published: a retraction, or a correction note ("Correction: An earlier version of this article gave …"). */
const RETRACTION =
  /\b(delete[sd]?|removed|withdr[ae]ws?|withdrawn|took down|retract(s|ed)?)\b[^.]{0,30}\b(report|post|story|article|claim|statement|explanation|account|allegation|accusation)s?\b|^\s*(Correction|Clarification)s?\b[^:]{0,30}:|\ban earlier version of (this|these) (article|story|report|statement|post|piece|page|column|analysis|fact[- ]check|item|notes|show notes|episode|newsletter|transcript)\b|^\s*an earlier version (said|stated|reported|gave|misstated|wrongly|incorrectly|misidentified|misnamed)\b|\bour\b[^.;]{0,30}\b(bulletin|report|story|headline|article|broadcast|coverage|post|newscast)s?\b[^.;]{0,60}\b(that|which) (was|were) (wrong|incorrect|inaccurate)\b|^\s*(the|that|this|our) (figure|toll|number|count|headline|caption|report|bulletin) (was|were) (wrong|incorrect|inaccurate)\b/i;

/**
 * A speaker's verdict on what others said or suggested: "said the suggestion was “untrue”", "Claims
 * that … are not correct", "the closure had “no bearing” on the outbreak", "The school disputes
 * this", "the charges are fabricated", "there is no connection". Only where someone is reported: in the outlet's own voice the same words are its verdict.
 */
const VERDICT = new RegExp(
  [
    `\\b(?:is|are|was|were|be|been)\\s+[“"‘']?(?:(?:not|also|simply|just|plainly|clearly|flatly|absolutely|completely|categorically|entirely|totally|wholly)\\s+)*[“"‘']?(?:untrue|false(?!\\s+(?:alarm|positive|negative|start|dawn))|not true|not correct|incorrect|inaccurate|baseless|unfounded|groundless|fabricated|not credible|without (?:any )?(?:[a-z]+ )?(?:foundation|basis))\\b`,
    // "wrong" and "misleading" judge many things ("it was wrong to close the clinic"): only what was claimed.
    `\\b(?:claims?|suggestions?|allegations?|reports?|accusations?|assertions?|criticism|accounts?)\\b[^.;]{0,80}?\\b(?:is|are|was|were)\\s+(?:simply\\s+|plainly\\s+)?[“"‘']?(?:wrong|misleading|nonsense)\\b`,
    `\\b(?:had|has|have|bore|bears)\\s+[“"‘']?(?:no (?:bearing|connection|link|contract|dealings|involvement|affiliation)|nothing to do)\\b|\\b(?:is|are|was|were)\\s+not\\s+affiliated\\s+with\\b|\\bthere\\s+(?:is|was)\\s+no\\s+(?:connection|link)\\b`,
    `\\bdisputes (?:this|that|the|these|those|its|his|her|their|any|them|it)\\b`,
    // "HPT said that was wrong.": what was said, judged so by one who says so (not "we now know that was wrong").
    `\\b(?:said|says|say|insist(?:s|ed)?|maintain(?:s|ed)?|argue[sd]?)\\s+(?:that\\s+)?(?:that|this|it)\\s+(?:was|is)\\s+(?:simply\\s+|plainly\\s+|just\\s+)?(?:wrong|not right)(?=\\s*(?:[.;,]|$))`,
    // "says that's simply wrong": what was said judged so.
    `\\bthat['’]s\\s+(?:simply\\s+|just\\s+|plainly\\s+|completely\\s+)?(?:wrong|not true|untrue|false|incorrect|not the case)\\b`,
    // "called the post “false and hurtful”", "branded the claims false": what was said judged false by naming it so.
    // "calls that “a lie”", "called the story about his company “a lie from start to finish”".
    `\\bcall(?:s|ed)?\\s+(?:it|that|this|them|(?:the|this|that|these|those|such)\\s+[^.;“"]{1,60}?)\\s*[“"‘']?(?:a lie|lies|a fabrication|a smear)(?![\\w-]|\\s+(?:campaign|detector|test))`,
    // "The brigade's commander contradicted that account" (said by someone; "the footage contradicts" is evidence, the outlet's).
    `\\bcontradict(?:s|ed)\\s+(?:the|this|that|these|those|his|her|their|its)\\s`,
    `\\b(?:call(?:s|ed)?|brand(?:s|ed)?|label(?:s|l?ed)?)\\s+(?:the|this|that|these|those|such)\\s+(?:posts?|claims?|reports?|allegations?|accusations?|rumou?rs?|videos?|stor(?:y|ies))\\s+[“"‘']?(?:false|untrue|baseless|fabricated|fake|a lie|lies|nonsense)\\b`,
    // "are not the cause of this bloom", "did not cause", "being unfairly blamed": a denial of blame.
    `\\b(?:is|are|was|were)\\s+not\\s+(?:the\\s+)?(?:cause|to blame)\\b|\\b(?:did|do|does)\\s+not\\s+cause\\b|\\b(?:unfairly|wrongly)\\s+blamed\\b|\\bscapegoat\\b`,
    // "found no trace of either letter", "did not recall receiving them", "for reasons unconnected with the notes".
    // "played no part in the decisions", "its software performed as designed", "…, not from the company's software": blame refused.
    `\\b(?:played|plays|play|had|has|have)\\s+no\\s+(?:part|role)\\s+in\\b|(?<!\\b(?:which|that|who)\\s)\\b(?:was|were|is|are)\\s+not\\s+involved\\s+in\\b|\\b(?:worked|performed|functioned|operated|works|performs)\\s+[“"‘']?as\\s+(?:designed|intended)\\b|,\\s+not\\s+(?:from|by|with)\\s+(?:the\\s+company|its|our|us)\\b`,
    // "described the claim as “mischievous and untrue”": what was said judged false by describing it so.
    `\\bdescrib(?:e|es|ed|ing)\\s+(?:it|that|this|them|(?:the|this|that|these|those|such|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|accounts?|stor(?:y|ies)|suggestions?|posts?|rumou?rs?|figures?|assertions?|version))\\s+as\\s+[“"‘']?(?:[\\w-]+,?\\s+(?:and|or)\\s+)?(?:false|untrue|baseless|unfounded|groundless|fabricated|a lie|lies|nonsense|mischievous|malicious)\\b`,
    // "says it will contest the termination", "contests the fine": a decision against the speaker disputed.
    `(?<!\\b(?:who|which|that)\\s)\\bcontest(?:s|ed|ing)?\\s+(?:the\\s+|this\\s+|that\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:termination|decision|ruling|findings?|allegations?|charges?|fine|penalty|dismissal|sanctions?|suspension)\\b`,
    `\\bno trace of\\b|\\b(?:did|do|does) not recall\\b|\\bunconnected (?:to|with)\\b`,
    // "That is simply not what happened"; a defendant's plea: "maintained his innocence", "says he is innocent".
    // "says it did nothing wrong", "I don't agree": wrongdoing denied, a finding disputed in the first person.
    // "management knew nothing of what prosecutors allege", "had no knowledge of the payments": knowledge denied.
    `\\bknew nothing (?:of|about)\\b|\\b(?:had|has|have)\\s+no\\s+knowledge\\s+(?:of|about)\\b`,
    `\\bdid nothing wrong\\b|\\b(?:I|we)\\s+(?:never\\s+said|did\\s+not\\s+say|didn['’]t\\s+say)\\s+(?:that|this|it|so)\\b|\\b(?:I|we)\\s+(?:do not|don['’]t|did not|didn['’]t)\\s+agree\\b|\\b(?:I|we)\\s+disagree\\b`,
    `\\bnot what happened\\b|\\bat no (?:point|time|stage)\\b|\\b(?:was|were|is|are|had|has|have|did|does|do)\\s+not\\s[^.;]{0,30}\\bat any (?:point|time|stage)\\b|\\b(?:maintain(?:s|ed)?|protest(?:s|ed)?)\\s+(?:his|her|their|my|our)\\s+innocence\\b|\\b(?:he|she|they|I|we)\\s+(?:is|was|are|were|am)\\s+innocent\\b|\\bplead(?:s|ed)?\\s+not\\s+guilty\\b`,
  ].join('|'),
  'i',
);

/**
 * A sentence that is a verdict on what came before, in any voice: "This is not true.", "That is
 * untrue: …", "It is not correct that …", after a speaker's label or none. An organisation's statement or a
 * fact check denies so.
 */
const OPENING_VERDICT =
  /^\s*(?:[A-Z][\w'’. -]{0,40}:\s+)?(?:(?:this|that|it|these (?:claims|allegations|reports|rumou?rs|posts)|this (?:claim|allegation|report|rumou?r|post)|the (?:claim|allegation)|such (?:claims|allegations))\s+(?:is|are|was|were)|(?:that|it)['’]s)\s+(?:simply\s+|also\s+|plainly\s+)?(?:not true|untrue|not correct|incorrect|false|wrong|inaccurate|not the case|not supported by (?:the )?(?:evidence|facts|data|record)|not what happened|not what (?:I|we|he|she|they) (?:said|recommended|meant|proposed|wrote|agreed to|asked for)|not credible|nonsense)\s*(?:[.:;,—–]|$|that\b)/i;

/** A "myths and facts" page's myth, set out to be denied: "Myth: Surgeons knowingly used dirty instruments." */
export const MYTH = /^\s*(?:Myth|MYTH)\s*(?:\d{1,2}\s*)?:\s/;

export function modeOf(masked: string, speaker: Speaker | undefined): ClaimMode {
  const text = masked.replace(NOT_DENIAL, '');
  if (DENIAL.test(text) || RETRACTION.test(text) || OPENING_VERDICT.test(text) || MYTH.test(text)) return 'denied';
  if (speaker && VERDICT.test(text)) return 'denied';
  return speaker ? 'attributed' : 'asserted';
}
