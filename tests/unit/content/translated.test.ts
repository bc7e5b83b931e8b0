/** Whether the browser shows a page translated (lib/content/translated.ts), from the marks a translation leaves. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { shownTranslated } from '../../../lib/content/translated';

const page = (html: string) => parseHTML(`<!doctype html>${html}`).document as unknown as Document;

describe('shownTranslated', () => {
  it('reads Chrome’s marks: the root’s class, or a run of words wrapped as it wraps them', () => {
    expect(shownTranslated(page('<html lang="uk" class="translated-ltr"><body><p>Text</p></body></html>'), 'uk')).toBe(true);
    expect(shownTranslated(page('<html class="translated-rtl"><body><p>Text</p></body></html>'), '')).toBe(true);
    expect(shownTranslated(page('<html><body><p><font style="vertical-align: inherit;">Text</font></p></body></html>'), '')).toBe(true);
  });

  it('reads a root whose language changed since the page was loaded', () => {
    expect(shownTranslated(page('<html lang="en"><body><p>Text</p></body></html>'), 'uk')).toBe(true);
    expect(shownTranslated(page('<html lang="en-GB"><body><p>Text</p></body></html>'), 'en')).toBe(false);
  });

  it('takes a page as it was loaded, with or without a language, as shown untranslated', () => {
    expect(shownTranslated(page('<html lang="uk"><body><p>Text</p><font color="red">old markup</font></body></html>'), 'uk')).toBe(false);
    expect(shownTranslated(page('<html><body><p>Text</p></body></html>'), '')).toBe(false);
  });
});
