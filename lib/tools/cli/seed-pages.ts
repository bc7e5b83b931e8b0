/**
 * The seed articles as local news pages: each article's own text in paragraphs under its headline,
 * with the outlet's name in og:site_name so the extension recognises the page's own outlet.
 */
import type { Article, ClaimPack } from '../../core/pack/types';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function seedPageHtml(article: Article, outletName: string): string {
  // The text keeps every line as given (navigation words and all), like the page it came from.
  const lines = article.text.split('\n').filter((line) => line.trim() !== '' && !line.trim().endsWith(article.title));
  const body = lines.map((line) => `    <p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(article.title)} — ${escapeHtml(outletName)}</title>
  <meta property="og:site_name" content="${escapeHtml(outletName)}">
  ${article.url ? `<link rel="canonical" href="${escapeHtml(article.url)}">` : ''}
  <style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}
  @media (prefers-color-scheme: dark){body{color:#ddd;background:#181818}} .meta{color:#777;font:14px system-ui}</style>
</head>
<body>
  <header><p class="meta">${escapeHtml(outletName)} · ${escapeHtml(article.published)}${article.byline ? ` · ${escapeHtml(article.byline)}` : ''}</p></header>
  <article>
    <h1>${escapeHtml(article.title)}</h1>
${body}
  </article>
</body>
</html>
`;
}

/** A page the index offers beside the seed articles, e.g. one from an outlet the corpus does not know. */
export interface ExtraPage {
  href: string;
  title: string;
  note: string;
}

export function seedPageIndex(pack: ClaimPack, extras: readonly ExtraPage[] = []): string {
  const items = pack.articles.map((a) => `<li><a href="/seed/${encodeURIComponent(a.id)}.html">${escapeHtml(a.title)}</a></li>`).join('\n');
  const more =
    extras.length === 0
      ? ''
      : `<h2>Try adding an article</h2><ul>\n${extras.map((e) => `<li><a href="${escapeHtml(e.href)}">${escapeHtml(e.title)}</a> — ${escapeHtml(e.note)}</li>`).join('\n')}\n</ul>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parallax seed pages</title></head><body><h1>Seed articles</h1><ul>\n${items}\n</ul>${more}</body></html>\n`;
}
