/**
 * toMarkdown: the collection as readable notes (for Obsidian, a notes app, an email), grouped by
 * page in reading order: the quote as a blockquote, the note, the tags as #tags, and the evidence
 * saved with it. All user and page text is escaped, so a quote that starts with "# " or contains
 * "*stars*" stays text instead of becoming a heading or emphasis.
 */
import type { Highlight, SnapshotClaim } from '../highlights/types';

/** The page's outlet by name when the snapshot knows it, else its id, else nothing. */
export function outletName(h: Highlight): string {
  if (h.outletId === undefined) return '';
  return h.snapshot.claims.find((c) => c.outletId === h.outletId)?.outletName ?? h.outletId;
}

// Characters that start emphasis, code, links, HTML, headings, tables or strikethrough anywhere;
// "&" only when it would read as an entity (&amp;), to keep ordinary text ("AT&T") clean.
export const escapeInline = (s: string) => s.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');

/** One line of a block: also the markers that matter only at the start (lists, setext underlines). */
function escapeLine(line: string): string {
  // Leading indentation would turn the line into a code block.
  return escapeInline(line.trimStart())
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const oneLine = (s: string) => escapeInline(s.replace(/\s+/g, ' ').trim());
const lines = (s: string) => s.trim().split(/\r\n|\r|\n/);
/** Spaces and angle brackets end an autolink early: percent-encode them. */
const link = (url: string) => `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function evidence(c: SnapshotClaim): string {
  const labels = Object.entries(c.outletLabels)
    .map(([axis, value]) => `${axis}: ${value}`)
    .join(', ');
  const outlet = c.via ? `${c.outletName} (via ${c.via})` : c.outletName;
  let item = `${oneLine(outlet)}${labels ? ` (${oneLine(labels)})` : ''}: “${oneLine(c.quote)}”`;
  if (c.speaker.kind !== 'outlet') item += ` — ${c.mode === 'denied' ? 'denied by' : 'attributed to'} ${oneLine(c.speaker.name)}`;
  else if (c.mode === 'denied') item += ' — denied';
  const title = c.articleTitle ? oneLine(c.articleTitle) : 'article';
  if (c.url) item += ` · [${title}](${link(c.url)})`;
  return `${item}${c.published ? `, ${oneLine(c.published)}` : ''}`;
}

function highlight(h: Highlight): string {
  const parts = [
    lines(h.quote.exact)
      .map((l) => (l.trim() ? `> ${escapeLine(l)}` : '>'))
      .join('\n'),
  ];
  if (h.note.trim()) parts.push(lines(h.note).map(escapeLine).join('\n'));
  const tags = h.tags.map((t) => t.trim().replace(/\s+/g, '-')).filter((t) => t !== '');
  if (tags.length > 0) parts.push(tags.map((t) => `#${escapeInline(t)}`).join(' '));
  const claims = h.snapshot.claims.map((c) => `  - ${evidence(c)}`);
  parts.push(`- Saved ${day(h.created)}${claims.length ? '; evidence shown then:' : ''}${claims.length ? `\n${claims.join('\n')}` : ''}`);
  return parts.join('\n\n');
}

/** Reading order within a page; highlights with an unknown position (-1) go last, oldest first. */
const byPlace = (a: Highlight, b: Highlight) =>
  (a.position.start < 0 ? Infinity : a.position.start) - (b.position.start < 0 ? Infinity : b.position.start) || a.created - b.created;

export function toMarkdown(highlights: Highlight[]): string {
  // Pages keep the order in which the caller lists them (the collection lists newest first).
  const pages = new Map<string, Highlight[]>();
  for (const h of highlights) pages.set(h.url, [...(pages.get(h.url) ?? []), h]);
  const out = ['# Parallax highlights'];
  for (const [url, list] of pages) {
    const first = list[0];
    const outlet = outletName(first);
    out.push(`## ${oneLine(first.title) || oneLine(url)}`, `${link(url)}${outlet ? ` · ${oneLine(outlet)}` : ''}`);
    for (const h of [...list].sort(byPlace)) out.push(highlight(h));
  }
  return `${out.join('\n\n')}\n`;
}
