/**
 * What the ninth probe of real pages found added as claims, on pages written for this test: footnote
 * marks joined to the word before them, a table's cells, a wire story's update note and version tag,
 * a republished story's notice, an embedded post's frame, a paged article's links, "U.S." ending a
 * sentence, and a headline's month taken for an event's name.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { claimsOfArticle } from '../../../../lib/core/extract/article-pack';
import { boilerplateRuleFor } from '../../../../lib/core/extract/boilerplate';
import { looselyNamedEvents } from '../../../../lib/core/extract/loose-event';
import { notReporting } from '../../../../lib/core/extract/not-reporting';
import { numbersIn } from '../../../../lib/core/extract/numbers';
import { articleFromDocument } from '../../../../lib/core/extract/page-article';
import { blockLines } from '../../../../lib/core/extract/page-lines';
import { paragraphsOf, sentencesOf } from '../../../../lib/core/extract/sentences';
import type { Article } from '../../../../lib/core/pack/types';
import { seedBase, speakers } from './article-speakers';
import { seeds } from './seed-pack';

const linesOf = (html: string) => blockLines(parseHTML(`<div>${html}</div>`).document.querySelector('div') as unknown as Node);

describe('an ad’s line and a view counter (eleventh probe of real pages)', () => {
  it('an ad’s line opening with its label is left out; an interview’s “AD:” answer and “Ad-hoc” are kept', () => {
    expect(
      linesOf(
        '<p>The Il-76 crashed.</p><p>Advertisement · Visit Belgorod tours</p><p>Sponsored: Best hotels in Kyiv</p>' +
          '<p>AD: The design may well have failed.</p><p>Ad-hoc checks began on Friday.</p>',
      ),
    ).toEqual(['The Il-76 crashed.', 'AD: The design may well have failed.', 'Ad-hoc checks began on Friday.']);
  });

  it('“Viewed 87 times.” reports nothing', () => {
    expect(speakers(['The Il-76 crashed near Belgorod.', 'Viewed 87 times.'])).toEqual(['outlet']);
  });
});

describe('an article’s lines', () => {
  it('leave out footnote marks and back-links, so a count keeps its digits', () => {
    const lines = linesOf(
      '<p>The plane carried 65<sup><a href="#fn2">2</a></sup> prisoners.<sup>[3]</sup> No list was published.⁴ A source said so[5].</p>' +
        '<ol><li>Ministry briefing, 24 January. <a href="#r2">↩</a></li></ol>',
    );
    expect(lines).toEqual(['The plane carried 65 prisoners. No list was published. A source said so.', 'Ministry briefing, 24 January.']);
    expect(numbersIn(lines[0]).map((n) => n.value)).toEqual([65]);
  });

  it('keep a unit’s power and a bracket that is words', () => {
    expect(linesOf('<p>The fire burned 12 km<sup>2</sup> of forest, he [Kirby] said.</p>')).toEqual([
      'The fire burned 12 km2 of forest, he [Kirby] said.',
    ]);
  });

  it('keep a table cell only when it is a sentence, and paragraphs inside cells', () => {
    const lines = linesOf(
      '<table><tr><th>Date</th><th>Source</th><th>Statement</th></tr>' +
        '<tr><td>24 Jan</td><td>Andrei Kartapolov</td><td>Shot down by three missiles</td></tr>' +
        '<tr><td>74</td><td>—</td><td>The ministry said the plane carried 65 prisoners.</td></tr>' +
        '<tr><td><p>Kyiv has not confirmed who was on board.</p></td></tr></table>',
    );
    expect(lines).toEqual(['The ministry said the plane carried 65 prisoners.', 'Kyiv has not confirmed who was on board.']);
  });
});

describe('furniture that reports nothing', () => {
  const rule = (text: string) => boilerplateRuleFor({ index: 1, start: 0, end: text.length, text }, { index: 0, start: 0, end: 1, text: 'x' });

  it.each([
    ['(Adds quote from the minister in paragraph 5, updates death toll)', 'wire update note'],
    ['(Updates with police statement)', 'wire update note'],
    ['This article originally appeared on the Harbour Ledger.', 'syndication notice'],
    ['Read the original article at harbourledger.example.', 'syndication notice'],
    ['PARTNER CONTENT · The Harbour Ledger', 'syndication notice'],
    ['Licensed under Creative Commons BY-ND 4.0.', 'syndication notice'],
    ['View this post on Instagram', 'embedded social post'],
    ['#Ukraine', 'embedded social post'],
    ['98,412 likes', 'embedded social post'],
  ])('%s', (text, name) => {
    expect(rule(text)).toBe(name);
  });

  it.each([
    'Continued on the next page: what the agency said',
    'Back to page 1',
    'This is the last page of this article.',
    '→ Lavrov says Ukraine was told about the flight',
  ])('%s', (text) => {
    expect(notReporting(text)).toBe('page note');
  });

  it('still reports: a paragraph in brackets that says something, and a sentence about a post', () => {
    expect(rule('(The ministry later said 65 prisoners were aboard.)')).toBeUndefined();
    expect(rule('The post drew 98,412 likes before it was deleted, police said.')).toBeUndefined();
  });
});

describe('a wire story’s head', () => {
  it('loses its version tag, and its update note is not taken for the lede', () => {
    const html = `<html><head><title>UPDATE 2-Kyiv and Moscow trade blame over Il-76 crash</title>
      <meta property="og:title" content="UPDATE 2-Kyiv and Moscow trade blame over Il-76 crash"></head><body><article>
      <h1>UPDATE 2-Kyiv and Moscow trade blame over Il-76 crash</h1>
      <p>(Adds quote from Kirby in paragraph 5, Kyiv reaction)</p>
      <p>MOSCOW, Jan 25 - Russia said on Thursday that Ukraine shot down the Il-76 transport plane near Belgorod, killing all 74 people on board.</p>
      <p>Ukraine has not confirmed that its forces downed the plane, and said Moscow had not asked for the airspace to be kept safe.</p>
      <p>Russia's defence ministry said 65 of those killed were Ukrainian prisoners of war being flown to an exchange.</p>
      </article></body></html>`;
    const result = articleFromDocument(parseHTML(html).document as unknown as Document, 'https://wire.example/world/il76');
    if (!result.ok) throw new Error(result.error);
    expect(result.value.title).toBe('Kyiv and Moscow trade blame over Il-76 crash');
    const article: Article = { id: 'w', outletId: 'x', title: result.value.title, published: '2024-01-25', text: result.value.text };
    const claims = claimsOfArticle(article, seedBase);
    expect(claims.map((c) => c.quote)).not.toContain('(Adds quote from Kirby in paragraph 5, Kyiv reaction)');
    expect(claims.every((c) => c.entityIds.includes('il76-crash'))).toBe(true);
  });
});

describe('sentences', () => {
  const split = (text: string) => sentencesOf(text, paragraphsOf(text)[0]).map((s) => s.text);

  it('go on after “U.S.” and “U.N.” before a name', () => {
    expect(
      split('The U.S. National Security Council said John Kirby would brief reporters. Russia asked for a U.N. Security Council meeting.'),
    ).toEqual(['The U.S. National Security Council said John Kirby would brief reporters.', 'Russia asked for a U.N. Security Council meeting.']);
  });

  it('end after “U.S.” before a word that opens a sentence', () => {
    expect(split('Sanctions were imposed by the U.S. The Kremlin called them illegal.')).toEqual([
      'Sanctions were imposed by the U.S.',
      'The Kremlin called them illegal.',
    ]);
  });
});

describe('an event’s name', () => {
  const exchange = seeds.entities.find((e) => e.aliases.some((a) => /January/.test(a)))!;
  const events = new Map([[exchange.id, exchange]]);

  it('is no month or day: a headline dated in January names no event of January', () => {
    expect(looselyNamedEvents('Markets close higher on Friday 26 January', events, true)).toEqual([]);
  });
});

describe('a timeline’s entry', () => {
  it('names who said what after its day and time, as a headline’s label does', () => {
    expect(
      speakers([
        '24 Jan, 13:00 — Russian defence ministry: 65 Ukrainian POWs were aboard the Il-76',
        '13:40 – Kartapolov: the Il-76 was downed by three missiles',
      ]),
    ).toEqual(['Russian defence ministry', 'Kartapolov']);
  });
});

describe('a byline of two writers in blocks of their own', () => {
  it('is their names from their links, not the blocks’ text run together', () => {
    const html = `<html><head><title>Il-76: what Kyiv knew</title></head><body><article>
      <h1>Il-76: what Kyiv knew</h1>
      <div class="bylines">
        <div class="byline"><span>By <a href="/by/amara-diallo">Amara Diallo</a></span><span class="role">Security correspondent</span></div>
        <div class="byline"><span>and <a href="/by/erik-halvorsen">Erik Halvorsen</a></span><span class="role">in Kyiv</span></div>
      </div>
      <p>Russia said on Thursday that Ukraine shot down the Il-76 transport plane near Belgorod, killing all 74 people on board.</p>
      <p>Ukraine has not confirmed that its forces downed the plane, and said Moscow had not asked for the airspace to be kept safe.</p>
      <p>Russia's defence ministry said 65 of those killed were Ukrainian prisoners of war being flown to an exchange.</p>
      </article></body></html>`;
    const result = articleFromDocument(parseHTML(html).document as unknown as Document, 'https://paper.example/world/il76');
    if (!result.ok) throw new Error(result.error);
    expect(result.value.byline).toBe('Amara Diallo and Erik Halvorsen');
  });
});

describe('a hostile paragraph', () => {
  it('of 100,000 digits and commas is read as no post’s counter, in one pass (it took 14 s)', { timeout: 5_000 }, () => {
    const text = `${'1,'.repeat(50_000)}x`;
    expect(boilerplateRuleFor({ index: 1, start: 0, end: text.length, text }, { index: 0, start: 0, end: 1, text: 'x' })).toBeUndefined();
  });
});

describe('what the re-check of the probe found left', () => {
  it('a table’s caption is kept only as a sentence', () => {
    expect(linesOf('<table><caption>Statements on the number of people aboard</caption><tr><td>74</td></tr></table><p>The plane fell.</p>')).toEqual([
      'The plane fell.',
    ]);
  });

  it('an embedded post’s header, a hashtag left alone and a licence line report nothing', () => {
    const rule = (text: string) => boilerplateRuleFor({ index: 1, start: 0, end: text.length, text }, { index: 0, start: 0, end: 1, text: 'x' });
    expect(rule('Vyacheslav Gladkov · Telegram')).toBe('embedded social post');
    expect(rule('Republished under a Creative Commons BY-ND 4.0 licence.')).toBe('syndication notice');
    expect(notReporting('#Ukraine')).toBe('page note');
  });

  it('“X did not comment, but said …” is still X’s', () => {
    expect(speakers(['The Kremlin did not comment on the Il-76 footage, but said it was waiting for the investigation.'])).toEqual(['Kremlin']);
  });
});

describe('a live page newest first', () => {
  it('gives no “He added” to the person named in the entry above, another entry', () => {
    const said = speakers([
      '20:10',
      'Dmitry Peskov said the Il-76 was shot down by Ukraine.',
      '20:03',
      'He added that Russia had not presented evidence about the Il-76.',
      '19:58',
      'Serhiy Kyslytsya told the council the Il-76 claims were unproven.',
    ]);
    expect([said[0], said[2]]).toEqual(['Dmitry Peskov', 'Serhiy Kyslytsya']);
    expect(said[1], 'who added it is not known on this page (still open: the entry below names him)').not.toBe('Dmitry Peskov');
  });
});
