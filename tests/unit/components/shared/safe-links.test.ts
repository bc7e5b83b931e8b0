/** Links built from data render only as http(s) hrefs (lib/safe-url.ts), whatever an imported pack carries. */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimRow } from '../../../../components/shared/ClaimRow';
import type { ClaimView } from '../../../../lib/core/coverage/types';
import { safeHref } from '../../../../lib/core/safe-url';
import { text, useLinkedom } from '../dom';

describe('safeHref', () => {
  it('keeps http and https URLs as they are', () => {
    expect(safeHref('https://www.rferl.org/a/x.html')).toBe('https://www.rferl.org/a/x.html');
    expect(safeHref('http://example.com/a?b=1#c')).toBe('http://example.com/a?b=1#c');
    expect(safeHref('HTTPS://EXAMPLE.COM/')).toBe('HTTPS://EXAMPLE.COM/');
  });

  it('refuses every other scheme, relative or unparsable URLs, and nothing', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'chrome-extension://abc/corpus.html',
      '//evil.example/x',
      '/a/x.html',
      'not a url',
      '',
      undefined,
      null,
    ]) {
      expect(safeHref(url), String(url)).toBeUndefined();
    }
  });
});

describe('ClaimRow links', () => {
  let container: HTMLElement;
  useLinkedom();
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  const claim = (url: string | undefined): ClaimView => ({
    id: 'c1',
    articleId: 'a1',
    outletId: 'afp',
    quote: 'The plane carried 65 prisoners.',
    start: 0,
    end: 10,
    entityIds: ['il76-crash'],
    facetIds: [],
    speaker: { kind: 'outlet' },
    mode: 'asserted',
    numbers: [],
    article: { id: 'a1', title: 'Plane down in Belgorod', published: '2024-01-24', url },
  });
  const show = (url: string | undefined) => {
    container = document.createElement('ul');
    document.body.appendChild(container);
    render(h(ClaimRow, { claim: claim(url), outletName: 'AFP', aliases: [] }), container);
    return container;
  };

  it('links an https article', () => {
    const a = show('https://www.afp.com/x').querySelector('.px-source a')!;
    expect([a.getAttribute('href'), text(a)]).toEqual(['https://www.afp.com/x', 'Plane down in Belgorod']);
  });

  it('shows a javascript: article URL as plain text, with no link', () => {
    const root = show('javascript:alert(1)');
    expect(root.querySelector('a')).toBeNull();
    expect(root.innerHTML).not.toContain('javascript:');
    expect(text(root.querySelector('.px-source cite'))).toBe('Plane down in Belgorod');
  });
});
