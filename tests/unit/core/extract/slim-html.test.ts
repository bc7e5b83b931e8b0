import { describe, expect, it } from 'vitest';
import { slimHtml } from '../../../../lib/core/extract/slim-html';

describe('slimHtml: the part of a page reading its article uses', () => {
  it('drops scripts, styles, inline SVG, templates, noscript, iframes and comments; keeps the text around them', () => {
    const html = [
      '<html><head><title>T</title><style>p { color: red }</style>',
      '<script>window.__STATE__ = {"a": "</p>"};</script><script src="app.js"></script>',
      '<script type="application/json" id="__NEXT_DATA__">{"big": true}</script></head>',
      '<body><!-- a comment with <p>markup</p> --><svg viewBox="0 0 1 1"><path d="M0 0"/><text>icon</text></svg>',
      '<template><p>later</p></template><noscript><p>Enable JavaScript</p></noscript><iframe src="ad.html">no frames</iframe>',
      '<article><p>Kyiv said on Friday.</p></article></body></html>',
    ].join('');
    expect(slimHtml(html)).toBe('<html><head><title>T</title></head><body><article><p>Kyiv said on Friday.</p></article></body></html>');
  });

  it('keeps JSON-LD, however its type is quoted or cased', () => {
    for (const open of ['<script type="application/ld+json">', "<script type='application/ld+json'>", '<SCRIPT TYPE=application/LD+JSON>']) {
      const html = `<head>${open}{"@type":"NewsArticle"}</script></head>`;
      expect(slimHtml(html), open).toBe(html);
    }
  });

  it('leaves elements whose names only begin like the dropped ones', () => {
    const html = '<scripted-widget>a</scripted-widget><styles>b</styles><svgs>c</svgs>';
    expect(slimHtml(html)).toBe(html);
  });

  it('drops an SVG sprite of many elements in one piece; a nested SVG leaves a stray end tag, no text', () => {
    const sprite = `<svg>${'<symbol id="i"><path d="M0 0"/></symbol>'.repeat(10_000)}</svg>`;
    expect(slimHtml(`<p>a</p>${sprite}<p>b</p>`)).toBe('<p>a</p><p>b</p>');
    expect(slimHtml('<svg><svg><path/></svg></svg><p>c</p>')).toBe('</svg><p>c</p>');
  });
});
