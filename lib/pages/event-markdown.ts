/**
 * The event page's grid as a Markdown table (GitHub-flavoured), one row per claim: every cell's
 * text escaped (pipes included), line breaks written as <br>, and an article linked only when
 * safeHref accepts its URL — otherwise its title stands as text.
 */
import type { EventCoverage } from '../core/coverage/event-types';
import { escapeInline } from '../core/export/markdown';
import { safeHref } from '../core/safe-url';
import { gridRows } from './event-rows';

/** One table cell: escaped, each line break a <br> (a raw one would end the row). */
const cell = (s: string) =>
  s
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => escapeInline(line.replace(/\s+/g, ' ').trim()))
    .join('<br>');

/** Angle brackets, spaces and parentheses would end the link's address early: percent-encode them. */
const address = (url: string) => url.replace(/[\s<>()]/g, (c) => encodeURIComponent(c));

export function eventMarkdown(coverage: EventCoverage): string {
  const head = ['Question', 'Outlet', 'Voice', 'Speaker', 'Date', 'Sentence', 'Article'];
  const lines = [`# ${cell(coverage.entity.name)}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const r of gridRows(coverage)) {
    const href = safeHref(r.url);
    const article = href ? `[${cell(r.title)}](${address(href)})` : cell(r.title);
    const question = r.event && r.event !== coverage.entity.name ? `${r.event}: ${r.question}` : r.question;
    lines.push(`| ${[cell(question), cell(r.outlet), r.voice, cell(r.speaker), cell(r.date), cell(r.sentence), article].join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
