/**
 * Add this article's caps, in the worker (the content script checks the HTML before sending too):
 * a page over 5,000,000 characters of HTML or 30,000 elements, or an article over 200,000 characters of text, is
 * refused with the cap named; just under is read.
 */
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../../lib/core/extract/read-html';
import { parseWithLinkedom } from './helpers';
import { parseWith } from '../../../../lib/core/messages/protocol';
import { WORKER_MESSAGES } from '../../../../lib/core/messages/worker-protocol';

/** A paragraph of `size` characters: words of letters, a full stop at the end. */
const paragraph = (size: number) => `${'news '.repeat(size).slice(0, size - 2)}s.`;

/** An article page of 200 paragraphs (one per line in the text): 199,999 characters, plus `extra` in the last. */
function pageOf(extra: number): string {
  const paragraphs = Array.from({ length: 200 }, (_, i) => paragraph(i === 199 ? 999 + extra : 999));
  return `<!doctype html><html><head><title>Long</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

describe('the caps on Add this article', () => {
  it('refuses a page over 5,000,000 characters of HTML, naming the cap, before reading it', () => {
    const html = `<p>${'a'.repeat(5_000_000)}</p>`;
    expect(articleFromHtml(html, 'https://news.example/a', parseWithLinkedom)).toEqual({
      ok: false,
      error: 'This page is too large to add: 5,000,007 characters of HTML, over the cap of 5,000,000 (about 5 MB).',
    });
    const parsed = parseWith(WORKER_MESSAGES, { type: 'addArticle', data: { html } });
    expect(parsed).toEqual({
      ok: false,
      error: 'addArticle.html is over the cap of 5,000,000 characters of HTML (about 5 MB): this page is too large to add',
    });
  });

  it('refuses a page of over 30,000 elements, naming the cap, before parsing it', () => {
    const html = `<article>${'<p>Belgorod.</p>'.repeat(30_000)}</article>`;
    expect(articleFromHtml(html, 'https://news.example/a', parseWithLinkedom)).toEqual({
      ok: false,
      error: 'This page is too complex to add: 30,001 elements, over the cap of 30,000.',
    });
  });

  it('refuses an article over 200,000 characters of text, naming the cap; reads one of exactly 200,000', () => {
    const under = articleFromHtml(pageOf(1), 'https://news.example/a', parseWithLinkedom);
    if (!under.ok) throw new Error(under.error);
    expect(under.value.text.length).toBe(200_000);
    expect(articleFromHtml(pageOf(2), 'https://news.example/a', parseWithLinkedom)).toEqual({
      ok: false,
      error: 'This article is too long to add: 200,001 characters of text, over the cap of 200,000.',
    });
  });
});
