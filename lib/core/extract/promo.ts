/**
 * Sentences that are the page talking to its reader, not reporting: calls to act (subscribe, donate,
 * contact, share), a live page's welcome, notes on the page itself (updates, standards, pay wall), a
 * meeting record's times, the outlet's own requests for comment ("We could not reach …"; the
 * silence of whoever did not answer is theirs, a claim). Dropped one by one from paragraphs
 * that are otherwise kept (./boilerplate.ts drops whole paragraphs and prefixes).
 */
export const PROMO_SENTENCE = new RegExp(
  [
    /^(Watch|Subscribe|Follow us|Sign up|Support|Donate|Share this|Contact (us|our)|Got a tip|For (further|more) information|Media enquiries|To report|Read more|Click|Book now|Register now|Listen (again|back) to)\b|^If you (found|enjoyed|liked|value)\b[^.]{0,60}\b(share|subscribe|support|forward|donate)\b/
      .source,
    // Not a welcome that reports as well: "…live coverage of the crash, in which six people died".
    /^(Good (morning|afternoon|evening)(,| and) )?[Ww]elcome to (our|the) live\b(?![^.]*,\s*(in which|which|where|after|when)\s)/.source,
    /^We('ll| will) (bring you|keep you|be bringing)\b/.source,
    /^(Update[ds]?\b[^:]{0,30}:\s*)?This (article|story|page|report|timeline) (was|has been|will be) (updated|corrected|amended|first published)\b/
      .source,
    /^(This (article|story|report) was (originally|first) published (by|in|on)|It is (republished|reproduced) here|Read the (original|full (story|report|article)) (at|on)|This is the view of)\b/
      .source,
    /^(Get|Receive) (the|our) [^.]{0,60}\b(briefing|newsletter|digest|bulletin)\b|\bin your inbox\b|^Follow [^.]{1,40} on (Instagram|X|Twitter|Facebook|TikTok|Threads|Bluesky|WhatsApp|YouTube)\b/
      .source,
    /^(Want|Would you like) to (write|contribute|advertise)\b|^Letters (may|will) be edited\b|^Download (the|our) (data|report|full|chart|spreadsheet)\b|\buses cookies\b|^All times (are )?(local|GMT|UTC)\b|\bno longer being (posted|updated)\b/
      .source,
    /\b(is|are) updated as (new )?information becomes available\b|\bis free to read\b|\bis an? ([a-z]+ )?signatory (of|to)\b/.source,
    /^(For information media|Not an official record)\b/.source,
    /^The meeting (began|opened|was called to order) at\b/.source,
    // A meeting record's furniture: who attended, who presided, when the next one is, when its minutes come.
    /^(In attendance|Present|Also present|Apologies|Absent)\s*:|\bpresided\.?$|^The next meeting\b[^.]*\b(will|is to|is due to) (take place|be held)\b|^Minutes of (this|the) meeting\b/
      .source,
    // A notice's subject line; a transcript's or an interview's note on its editing.
    /^(Subject|Re|Ref|Our ref|Your ref)\s*:|^This (transcript|recording|episode|interview|conversation) (was|has been) (produced|edited|condensed|transcribed|lightly edited)\b|\b(edited|condensed) for (length|clarity|brevity)\b/
      .source,
    // "X did not respond to requests for comment", "X could not be reached" are X's silence, a claim (docs/extraction-set.md).
    // Not "two drivers could not reach the control room": the outlet not reaching someone for comment.
    /\b(([Ww]e|I) could not (immediately )?reach|could not (immediately )?reach\b[^.]{0,80}\bfor (further )?comment|has asked .{1,60} for (the report|comment))\b|\bwill update this (article|story|page|report)\b/
      .source,
    /^(READ MORE|SEE ALSO|RELATED|MORE)(\s*:|$)|^(See also|Related|Sources?):|^Please (refresh|note|share|subscribe|consider)\b|^(Spotted|Found|Seen) an? (error|mistake|typo|claim)\b/
      .source,
    /^(Send (it|us|them|your)|Do you have a (story|tip)|Sign up for)\b|(?<!\S)[^\s@]+@[^\s@]+\.[a-z]{2,}\.?$/.source,
    /^When (using|quoting|citing|reproducing)\b|^This (investigation|article|report|story|project|series) (was|is) (supported|funded|produced|paid for)\b/
      .source,
    /\bexpress(es)? (its|their|our) (deepest |sincere |heartfelt )?(condolences|sympathy)\b|^The [^.]{1,80} thanks\b/.source,
    // A page's view counter: "Viewed 87 times."
    /^(Viewed|Read|Seen) [\d,.]+[kKmM]? times\.?$/.source,
    // A tip line, a developing story's note, a disclaimer; a press release's contact lines and footer.
    /^(WhatsApp|Text|Message|Call|Ring|Phone|Email|E-mail) (us|the newsroom|our newsroom|the news ?desk)\b|^This is a (developing|breaking) (news )?story\b/
      .source,
    /\bnot a substitute for (professional )?(medical|legal|financial|professional) advice\b|\bforward-looking statements\b|^Actual results (may|could) differ\b/
      .source,
    /^(Issued by|Enquiries|Media contacts?|Press contacts?|Media enquiries)\s*:|^SOURCE [A-Z]/.source,
    // A pay wall's offer: "Unlimited access for 1 € a week.", "Cancel anytime.", "Already a subscriber? Log in."
    /^(Unlimited|Full|Digital|Instant) access (for|from) [^.\d]{0,10}\d[^.]{0,30}\b(a|per|each|every) (week|month|year)\b|^Cancel (at )?any ?time\.?$|^Already (a subscriber|a member|have an account|registered)\s?\?/
      .source,
  ].join('|'),
);
