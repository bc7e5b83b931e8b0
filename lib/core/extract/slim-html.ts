/**
 * A page's HTML without what reading its article never uses: scripts (all but JSON-LD, where a page
 * says what it is), styles, inline SVG, templates, <noscript> and <iframe> contents, and comments.
 * News pages carry much of their weight there (a framework's state as JSON, icon sprites), so the
 * page sent to be read is smaller, and the elements counted against the cap are those that can hold
 * its text.
 *
 * Input is serialised HTML (outerHTML): attribute values have `<` and `>` escaped, and only the text
 * of raw-text elements is not, so those are stepped over whole (`<xmp>` kept, since it is shown).
 * One pass, each search starting where the last one ended: a page of unclosed openers costs a
 * linear scan, never one per opener. Something left unclosed is kept from there on.
 */

const OPENER = /<!--|<(script|style|svg|template|noscript|iframe|xmp|noembed|noframes|plaintext)(?=[\s/>])/gi;
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i;
/** Elements that may hold themselves: their end is the one that balances the opener. */
const NESTING = new Set(['svg', 'template']);
const KEPT = new Set(['xmp', 'noembed', 'noframes']);

export function slimHtml(html: string): string {
  const lower = html.toLowerCase();
  // The next place of each string searched for, from where it was last searched; -1: none after.
  const next = new Map<string, number>();
  const find = (what: string, from: number) => {
    const at = next.get(what);
    if (at === -1 || (at !== undefined && at >= from)) return at;
    const found = lower.indexOf(what, from);
    next.set(what, found);
    return found;
  };
  /** Where the element whose start tag ends at `gt` ends (after its end tag), or -1 if it never does. */
  const endOf = (tag: string, gt: number) => {
    let depth = 1;
    let at = gt + 1;
    while (depth > 0) {
      const close = find(`</${tag}`, at);
      if (close === -1) return -1;
      const open = NESTING.has(tag) ? find(`<${tag}`, at) : -1;
      if (open !== -1 && open < close) {
        depth++;
        at = open + 1;
      } else {
        depth--;
        at = close + 1;
      }
    }
    const closed = find('>', at);
    return closed === -1 ? -1 : closed + 1;
  };

  const out: string[] = [];
  let kept = 0;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(html); m !== null; m = OPENER.exec(html)) {
    const start = m.index;
    const tag = m[1]?.toLowerCase();
    // Whatever follows <plaintext> is its text.
    if (tag === 'plaintext') break;
    const gt = tag ? find('>', start) : start;
    if (gt === -1) break;
    const end = tag ? endOf(tag, gt) : find('-->', start + 4) + 3;
    if (end < start + 3) break;
    const keep = tag !== undefined && (KEPT.has(tag) || (tag === 'script' && JSON_LD.test(html.slice(start, gt))));
    if (!keep) {
      out.push(html.slice(kept, start));
      kept = end;
    }
    OPENER.lastIndex = end;
  }
  out.push(html.slice(kept));
  return out.join('');
}
