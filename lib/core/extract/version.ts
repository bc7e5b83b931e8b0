/**
 * The version of the extraction rules. Raise it whenever a change to lib/core/extract changes the
 * claims an article gets: the worker then extracts the reader's articles added from pages again at
 * its next start (lib/worker/corpus/startup.ts), so they follow the rules the bundled corpus uses.
 * 1: the rules up to November 2026; 2: the rework measured in docs/extraction-quality.md; 3: the
 * rules read off the set kept aside (the same document); 4: the rules read off the second set kept
 * aside, and a silence attributed to whoever keeps it (docs/extraction-set.md); 5: the rules read
 * off the third set kept aside (figures of money, shares and lengths; interviews; relative clauses);
 * 6: the rules read off the ninth and tenth (a speaker's verdict as a denial, the outlet as subject,
 * people named by a possessive or a given name; no breadcrumb in the text, the lede past a time stamp);
 * 7: the rules read off the fifteenth to the eighteenth (quotations in single marks, transcripts' labels,
 * one person speaking for a body, "the minister" as the person introduced so, "he" never a body);
 * 8: the rules read off the nineteenth to the twenty-first (verdicts on allegations, who answers an
 * interview, signed quotations, "called for", counts and sums whose noun is left out);
 * 9: the rules read off the twenty-second (knowledge denied, refusals of things, corrections naming
 * the earlier version, descriptions in lower case between a speaker and the verb, a transcript's
 * correspondent introduced as the outlet's own);
 * 10: sentences that report nothing are no claims (questions, time stamps, credits, introductions
 * ending in a colon, the page's notes on itself: not-reporting.ts), the outlet "has been told" by an
 * unnamed source, and a short name before its full name in the same article counts (../spot/mentions.ts);
 * 11: the rules read off the twenty-fourth (a tabloid's verbs of saying, estimates "put at", figures
 * closing a sentence, page stamps and credits, "p.m. ET" and "MR." ending no sentence), and off the
 * twenty-fifth ("informed that", "the court heard that", "did not deny" no denial, a numbered paragraph);
 * 12: the rules read off the twenty-sixth (advice to the reader, headings in capitals and why sources
 * went unnamed report nothing; "called for help" is an act; the outlet's own reporter speaks in its
 * voice; "the two survivors" is a count, "dozens of" none) and the twenty-seventh (short headings and a
 * programme's furniture report nothing; an event named in two paragraphs below the lede frames the
 * page; a transcript's speaker relaying another's words gives them to the one relayed), footnote marks
 * and table cells left out of an added page, "U.S." ending no sentence before a title;
 * 13: the rules read off the twenty-eighth (a statement's issuer line, findings introduced with a colon,
 * tags and an exchange-rate note report nothing; "Hon." ends no sentence; "citing" a reason names no one;
 * a document "seen by" the outlet speaks; blame refused is a denial, a dispute not raised none; speakers
 * described by a relative clause; sums in shillings; drivers and members counted as themselves;
 * "4s ago" and a consent banner's "We use cookies" report nothing);
 * 14: the rules read off the twenty-ninth (a broadcast transcript's labels with a role after the name,
 * "said Dr. X", "U.S. Centers", "p.m. Pacific Time", a source "who was not involved", "called the post
 * false", tabloid "fumed:", review credits, tip lines, disclaimers and a release's contact lines; rand);
 * 15: the rules read off the thirty-first (a transcript's turn over paragraphs with no label, a
 * correspondent labelled by surname, French reporting verbs translated word for word, "appealed …,
 * saying", no contract and "not … at any point" denials, an outlet's own figure judged wrong, a
 * programme summary's stamped headings, a gallery's numbered captions and a newsletter's sign-off)
 * and off the thirty-second (cubic metres and measures per litre, asides in brackets after a sum,
 * minutes' and court summaries' verbs, a numbered paragraph's subject, "sources in" a body, charts'
 * titles, a court summary's notes, a signature block and a glossary's entries report nothing) and off
 * the thirty-third (verdicts on allegations, "I never said that", "not affiliated with"; credits, stamps
 * with dates in figures, a column's and a fact check's notes on themselves report nothing); claims
 * of pages the reader added are marked so at this version ("First to report" leaves them out);
 * 16: the rules read off the thirty-fourth (a listed company's announcement on an exchange's news
 * service is the company's word; a parliament's official record, turns headed by a name; a podcast host
 * who welcomes listeners to the outlet's show; a speaker labelled "NAME, role in ordinary words:"; "…,
 * an inquest heard"; "claimed a drone took out …"; rumours one is "aware of"; "said that was wrong",
 * "disputes them", "does not accept this", "withdraws its explanation", "branded the claims false"; a
 * release's closing "About …" section, a company announcement's furniture, a chair's turns, programme
 * chapters and credits, calls to action report nothing), and off the thirty-fifth (", said X of the Y,",
 * ", said the head of …", the outlet's own data, "we're hearing from", a wire's flash closed by its source,
 * "report that", "declared Monday a holiday" as an act, "contradicted that account", calling a story "a lie");
 * 17: the rules read off the thirty-sixth (minutes' and findings' "advised that", "gave evidence that",
 * "disclosed that", "provided an overview of"; a speech a page publishes whole is its speaker's; "I want to
 * say", "let me tell you" are whoever has the floor; a given name for a name written in full at a sentence's
 * end; ", said organizer X,"; a finder named just before goes on finding; "are asking anyone … not to";
 * "described as mischievous and untrue"; temperatures as figures; a council's minutes, credits joined by
 * dividers, a correction's notice, a room's noises in brackets and "Check against delivery" report
 * nothing) and off the thirty-seventh (a board's and a wiki's furniture, a change log, a column's notes, a
 * "myths and facts" page, an analyst's price target, "…, the survey found.", contesting a decision, a
 * verb of saying after ", after", a programme titled with its presenter, percentage points); Add leaves
 * out embedded social posts; a sentence in Japanese or Chinese is no short heading.
 */
export const EXTRACTION_VERSION = 17;
