/**
 * An ad slot's label left inside an article ("Advertisement", "Sponsored", "Story continues below
 * advertisement"): a line of its own, never news. Its own module: the card's code reads it
 * (lib/content/hidden-words.ts), and must not carry the page reader (Readability) with it.
 */
export const AD_LABEL =
  /^(advertisement|advert|ad|sponsored|sponsored content|skip advert(isement)?|(story|article) continues (below|after) (this )?(advertisement|advert|ad))$/i;

/**
 * An ad's line that opens with its label: "Advertisement · Visit Belgorod tours", "Sponsored: …". A
 * bare "Ad" only before a dot or a bar: "AD:" opens an interview's answer by someone's initials.
 */
export const AD_LINE = /^(advertisement|advert|sponsored( content)?|promoted|paid (content|partnership))(\s*[·|:]\s*|\s+[–—-]\s+)\S|^ad\s*[·|]\s*\S/i;
