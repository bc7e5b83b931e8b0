import { describe, expect, it } from 'vitest';
import { boilerplateRuleFor, reportingPart } from '../../../../lib/core/extract/boilerplate';
import type { Paragraph } from '../../../../lib/core/extract/sentences';
import { claimsOf } from './seed-pack';

const para = (text: string): Paragraph => ({ text, start: 0, end: text.length, index: 0 });
const quotes = (article: Parameters<typeof claimsOf>[0]) =>
  claimsOf(article)
    .map((c) => c.quote)
    .join('\n');

describe('boilerplate, decided case by case on the seed pages', () => {
  it.each([
    ['navigation word', 'Breadcrumb'],
    [
      'embedded social post',
      'BREAKING: Video of plane crash in Russia shows missile trace in the sky, suggesting it was shot down pic.twitter.com/k75m9l9pmw',
    ],
    ['embedded social post', '— BNO News (@BNONews) January 24, 2024'],
    ['embedded social post', '— Maria Avdeeva (@maria_avdv) January 24, 2024'],
    ['contact footer', 'To contact the WSWWS and the Socialist Equality Party visit:'],
    ['contact footer', '[wsws.org/contact](https://www.wsws.org/contact)'],
    ['media placeholder and its title', 'Your browser doesn’t support HTML5'],
    ['photo credit', 'Photo: Russian Defence Ministry'],
    ['byline and dateline', '26 January 2024'],
    ['video programme title', 'Bashkortostan Protests and the Future of the Russian Federation. Ukraine in Flames #564'],
    ['guest list', '•\u00A0Ruslan Gabbasov, Head of the Bashkir National Political Center, One of the Leaders of the “Bashkort” Movement'],
    ['reporting credit', "With reporting by RFE/RL's Ukrainian Service, Reuters, and AP"],
  ])('drops a %s: %s', (rule, text) => {
    expect(boilerplateRuleFor(para(text))).toBe(rule);
  });

  it('drops the video title that follows a player placeholder, and only that', () => {
    const title = para('Russian Transport Plane Goes Down, Leaving Questions Over Death Toll And Cause');
    expect(boilerplateRuleFor(title, para('Your browser doesn’t support HTML5'))).toBe('media placeholder and its title');
    expect(boilerplateRuleFor(title)).toBeUndefined();
  });

  it('drops a byline only when it is the article’s byline', () => {
    expect(boilerplateRuleFor(para('Andrea Peters'), undefined, 'Andrea Peters')).toBe('byline and dateline');
    expect(boilerplateRuleFor(para('Andrea Peters'))).toBeUndefined();
  });

  it('trims a scraped date stamp but keeps the headline after it', () => {
    const p = { ...para('date 2024-01-25 Ukraine insists on international investigation into Il-76 crash. Kremlin agrees'), start: 1 };
    const kept = reportingPart(p, undefined);
    expect(kept?.text).toBe('Ukraine insists on international investigation into Il-76 crash. Kremlin agrees');
    expect(kept?.start).toBe(17);
  });

  it('keeps reporting, headlines and image captions', () => {
    for (const text of [
      'Ukraine shoots down Russian plane carrying prisoners of war',
      'The Belgorod regional governor said all those aboard the plane were killed.',
      'A screen grab from a video shared on social media that appears to show an aircraft spiraling to the ground.',
    ])
      expect(boilerplateRuleFor(para(text))).toBeUndefined();
  });

  it('leaves none of it in the claims of the seed articles', () => {
    expect(quotes('afp')).not.toMatch(/Breadcrumb|pic\.twitter|@BNONews|@maria_avdv/);
    expect(quotes('wsws')).not.toMatch(/To contact|wsws\.org\/contact|^Andrea Peters$|^26 January 2024$/m);
    expect(quotes('rferl')).not.toMatch(/HTML5|Leaving Questions Over Death Toll|With reporting by/);
    expect(quotes('pravda')).not.toMatch(/^date |Photo:/m);
    expect(quotes('euromaidan')).not.toMatch(/Ukraine in Flames|Gabbasov|Syrotiuk|Buket|^Watch /m);
  });

  it('keeps the programme description’s claims about the Bashkortostan protests', () => {
    expect(quotes('euromaidan')).toContain('Bashkortostan is currently witnessing unprecedented repression');
  });

  it('turns a paragraph printed twice into one claim', () => {
    expect(claimsOf('rferl').filter((c) => c.quote.startsWith('Kremlin spokesman Dmitry Peskov refused')).length).toBe(1);
  });
});
