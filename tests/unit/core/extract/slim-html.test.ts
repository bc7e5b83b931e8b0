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

  it('drops an SVG sprite of many elements in one piece, a nested SVG up to the end tag that balances it', () => {
    const sprite = `<svg>${'<symbol id="i"><path d="M0 0"/></symbol>'.repeat(10_000)}</svg>`;
    expect(slimHtml(`<p>a</p>${sprite}<p>b</p>`)).toBe('<p>a</p><p>b</p>');
    expect(slimHtml('<svg><svg><path/></svg></svg><p>c</p>')).toBe('<p>c</p>');
  });
});

describe('slimHtml on what a page could serve', () => {
  it('steps over the text of raw-text elements it keeps, so markup-like text there removes nothing', () => {
    const html = '<p>Intro</p><xmp><!--</xmp><p>Article text</p><!-- c --><p>End</p>';
    expect(slimHtml(html)).toBe('<p>Intro</p><xmp><!--</xmp><p>Article text</p><p>End</p>');
  });

  it('ends a nested template at the end tag that balances it', () => {
    expect(slimHtml('<template><template>a</template>hidden</template><p>b</p>')).toBe('<p>b</p>');
  });

  it('keeps everything from an opener that is never closed, and everything after <plaintext>', () => {
    expect(slimHtml('<p>a</p><!-- never closed <p>b</p>')).toBe('<p>a</p><!-- never closed <p>b</p>');
    expect(slimHtml('<p>a</p><style>p{}</style><svg><path></path>')).toBe('<p>a</p><svg><path></path>');
    expect(slimHtml('<p>a</p><plaintext><script>x</script>')).toBe('<p>a</p><plaintext><script>x</script>');
  });

  it('reads a megabyte of unclosed openers to the end (one search per opener to the end would not finish)', () => {
    const hostile = `<xmp>${'<!--<svg><template>'.repeat(60_000)}`;
    expect(slimHtml(hostile)).toBe(hostile);
    const comments = `<p>x</p>${'<!--'.repeat(250_000)}`;
    expect(slimHtml(comments)).toBe(comments);
    const svgs = `<p>x</p>${'<svg><template>'.repeat(70_000)}`;
    expect(slimHtml(svgs)).toBe(svgs);
  });
});
