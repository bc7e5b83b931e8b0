/**
 * An ad slot's label left inside an article ("Advertisement", "Sponsored", "Story continues below
 * advertisement"): a line of its own, never news. Its own module: the card's code reads it
 * (lib/content/hidden-words.ts), and must not carry the page reader (Readability) with it.
 */
export const AD_LABEL =
  /^(advertisement|advert|ad|sponsored|sponsored content|skip advert(isement)?|(story|article) continues (below|after) (this )?(advertisement|advert|ad))$/i;
