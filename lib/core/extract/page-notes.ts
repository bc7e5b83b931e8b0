/**
 * What a page says of itself, in one pattern ("page note", ./not-reporting.ts): copyright, whose views it
 * holds, a transcript's caveat, reading time, where the print edition carries it, what to read next, a
 * correction's or a release's furniture, a meeting's and a wiki's, credits and stamps of many shapes.
 * Each alternative was counted over every labelled set, as the rules of not-reporting.ts are.
 */

/**
 * The line under a company's name defining what its announcement calls it: "(“HPT” or “the Company”)",
 * "("Orrin", "the Group" or "the Company")" (published-statement.ts reads the name above it as the issuer).
 */
export const DEFINED_ISSUER =
  /^\((?:[“"‘'][^“”"‘’']{1,40}[”"’'](?:,\s*|\s+)){1,4}or\s+[“"‘']the\s(?:Company|Group|Issuer|Bank|Trust|Fund|Society|Partnership)[”"’']\)$/iu;

export const PAGE_NOTE = new RegExp(
  [
    /^(©|\(c\) |Copyright\b)|\bAll rights reserved\b|^The views expressed\b/.source,
    /\b(rush transcript|transcript of (a|an|the) (live )?(broadcast|programme|program|interview)|[Cc]heck(ed)? against (the )?(broadcast|delivery|audio))\b|^(Remarks |Text )?As (prepared for delivery|delivered)\.?$|\b(transcripts?|produced quickly)\b.*\bmay contain errors\b/
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
    /^(This|The) (announcement|release|notice|statement) (contains|constitutes|includes) (inside|regulated|price[- ]sensitive) information\b/.source,
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
    /^From \p{Lu}[\p{L}-]*, the [^.]{1,40}\b(wiki|encyclop(a)?edia)$|^(Not to be confused with|For other uses, see|This article is about)\b/u.source,
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
    /^(It|This|The (transcript|text|episode|recording|programme|program|interview))\b[^.]{0,80}\bmay contain (errors|mistakes|inaccuracies)\b/.source,
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
);
