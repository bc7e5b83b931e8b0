/**
 * Pages for the benchmark beyond plain articles: a page of about 60,000 DOM nodes (nested lists,
 * tables, many inline elements, names split across them), and the mark.js side of the end-to-end
 * comparison (an article that loads mark.js and marks the seed names at DOMContentLoaded).
 * Deterministic: a seeded PRNG, as in ./workloads.ts.
 */
import type { ClaimPack } from '../../core/pack/types';
import { knownNames, prng } from './workloads';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const FILLER = 'market council river station report season museum traders library harbour schools weather'.split(' ');

/** Counts the nodes an HTML string makes (elements and non-empty text between tags), roughly as a parser does. */
export function nodeCount(html: string): number {
  const elements = (html.match(/<[a-z][^>]*>/gi) ?? []).length;
  const texts = (html.match(/>[^<]+</g) ?? []).length;
  return elements + texts;
}

/**
 * A page of about `nodes` DOM nodes: sections with nested lists, tables of short cells and
 * paragraphs of many inline elements (links, emphasis, spans); a known name in about one block of
 * five, some split across inline elements ("Dmitry <b>Peskov</b>").
 */
export function domHeavyHtml(seed: ClaimPack, nodes = 60_000): { html: string; nodes: number } {
  const rand = prng(11);
  const names = knownNames(seed);
  const word = () => FILLER[Math.floor(rand() * FILLER.length)];
  const name = () => {
    const n = names[Math.floor(rand() * names.length)];
    const space = n.indexOf(' ');
    return space > 0 && rand() < 0.3 ? `${escapeHtml(n.slice(0, space))} <b>${escapeHtml(n.slice(space + 1))}</b>` : escapeHtml(n);
  };
  const maybeName = () => (rand() < 0.2 ? ` ${name()}` : '');
  const inline = () => {
    const tags = ['a href="#"', 'em', 'span', 'strong', 'i'];
    const t = tags[Math.floor(rand() * tags.length)];
    return `<${t}>${word()}</${t.split(' ')[0]}>`;
  };
  const parts: string[] = [];
  let total = 0;
  for (let s = 0; total < nodes; s++) {
    const list = `<ul>${Array.from({ length: 6 }, () => `<li>${word()}${maybeName()}<ul><li>${inline()} ${word()}</li><li>${inline()}</li></ul></li>`).join('')}</ul>`;
    const table = `<table>${Array.from({ length: 5 }, () => `<tr>${Array.from({ length: 4 }, () => `<td>${inline()}${maybeName()}</td>`).join('')}</tr>`).join('')}</table>`;
    const para = `<p>${Array.from({ length: 12 }, () => `${inline()} ${word()}`).join(' ')}${maybeName()}.</p>`;
    const section = `<section><h2>Section ${s}</h2>${list}${table}${para}</section>`;
    total += nodeCount(section);
    parts.push(section);
  }
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A page of ${nodes.toLocaleString('en')} nodes</title><link rel="icon" href="data:,"></head>
<body><main>
${parts.join('\n')}
</main></body></html>
`;
  return { html, nodes: nodeCount(html) };
}

/**
 * `articleHtml` with mark.js loaded and told, at DOMContentLoaded, to mark `aliases` (whole words,
 * case and diacritics folded, as the matcher benchmark asks it); the time from DOMContentLoaded to
 * mark.js's `done` goes into the performance timeline as `markjs:done`.
 */
export function withMarkJs(articleHtml: string, aliases: readonly string[], markJsUrl: string): string {
  const script = `<script src="${markJsUrl}"></script>
<script>
document.addEventListener('DOMContentLoaded', () => {
  new Mark(document.body).mark(${JSON.stringify(aliases)}, {
    separateWordSearch: false, accuracy: 'exactly', diacritics: true, caseSensitive: false,
    done: (n) => performance.mark('markjs:done', { detail: { marked: n } }),
  });
});
</script>`;
  return articleHtml.replace('</head>', `${script}\n</head>`);
}
