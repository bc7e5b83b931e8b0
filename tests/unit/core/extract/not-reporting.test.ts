/**
 * Sentences that report nothing (lib/core/extract/not-reporting.ts), by rule, with near misses that
 * do report and stay claims; and in an article, where the introduction still names the speaker of
 * the quotation after it.
 */
import { describe, expect, it } from 'vitest';
import { notReporting } from '../../../../lib/core/extract/not-reporting';
import { extractClaims } from '../../../../lib/core/extract/claims';
import { compileGazetteer } from '../../../../lib/core/spot/gazetteer';
import type { Article, Entity } from '../../../../lib/core/pack/types';

describe('notReporting', () => {
  it.each([
    ['question', 'Who knew about the cracks, and when?'],
    ['question', '“Why did nobody ring the sirens sooner?”'],
    ['time stamp', '18:45'],
    ['time stamp', '07.30 CEST'],
    ['time stamp', 'Tue 14 Oct 2031 09.15 BST'],
    ['time stamp', 'March 3, 2030, 6:05 PM GMT+1'],
    ['relative stamp', 'Updated 3 hours ago'],
    ['picture credit', 'Picture: Harwick Gazette'],
    ['picture credit', 'Image source, Northline Agency'],
    ['credit line', 'Analysis by Mara Quist, business editor'],
    ['credit line', 'Edited by Pell Ansary'],
    ['staff label', 'Jonah Ferrante, Science Correspondent'],
    ['introduction', 'In a short statement, the rail operator said:'],
    ['introduction', 'The mayor, Odile Brandt, told a radio station:'],
    ['greeting', 'Good evening.'],
    ['greeting', 'Thanks for following our coverage tonight.'],
    ['greeting', 'Yours faithfully,'],
    ['page note', 'Copyright Harwick Gazette 2031. All rights reserved.'],
    ['page note', 'The views expressed in this piece are the author’s own.'],
    ['page note', 'This transcript may contain errors.'],
    ['page note', '5 MIN READ'],
    ['page note', 'Here is what we know so far.'],
    ['page note', 'This interview has been edited for length.'],
    ['appeal', 'Anyone who saw the lorry is asked to contact Harwick police.'],
    ['link label', 'Earlier: Odell on the spillway and what comes next'],
    ['link label', 'Up next: the markets'],
    ['link label', 'Watch: What Odell said about the spillway'],
    ['appeal', 'Were you there? Tell us about your experience.'],
    ['question', 'Is that true?'],
    ['question', 'Q: Does the operator accept the gauges failed?'],
    ['page stamp', 'Published: 06:15, 19 Nov 2031 | Updated: 09:40, 19 Nov 2031'],
    ['page stamp', 'Published November 19, 2031 at 6:00 a.m. ET | Updated November 19, 2031 at 11:25 a.m. ET'],
    ['page stamp', 'Published Saturday 7 August 2031, 6pm.'],
    ['newsroom role', 'Staff Writer'],
    ['newsroom role', 'Senior Political Correspondent'],
    ['picture credit', 'Credit: Harwick Pictures'],
    ['picture credit', '(Dana Liu/The Harwick Gazette)'],
    ['credit line', 'Reporting by Andrea Peters in Berlin; Editing by Mark Hale.'],
    ['credit line', 'Additional reporting by Sam Ode and Lila Quist in Kyiv.'],
    ['credit line', 'The Gazette’s Rafael Ortiz contributed to this report.'],
    ['introduction', 'Mission head Greta Olander wrote on social media:'],
    ['page note', 'Our Standards: The Harwick Gazette Editorial Code.'],
    ['page note', 'Harwick Wire is committed to accuracy, independence and freedom from bias.'],
    ['page note', 'FOR IMMEDIATE RELEASE'],
    ['page note', 'Media contact: press office, 0555 014 200.'],
    ['page note', 'High-resolution photographs of the spillway are available on request.'],
    ['page note', 'We apologise for the error.'],
    ['page note', 'Watch the full interview on Harwick Tonight at 9 p.m. ET.'],
    ['page note', 'Made by: Odile Brandt, in a speech on 3 November'],
    ['page note', '1 of 4 · Swipe for next image · Share this gallery'],
    ['page note', 'Share this article'],
  ])('%s: %s', (rule, sentence) => {
    expect(notReporting(sentence)).toBe(rule);
  });

  it.each([
    'The dam held until 04:10, the operator said.',
    'It should start with one question for every inspector: what do you do when the readings look wrong?',
    'Before we blame the crew, may I point out that nobody yet knows what failed?',
    'Inspectors asked the company in March whether the gauges worked.',
    'The minister said the inquiry would report by June.',
    'Police said 14 people were rescued from rooftops overnight.',
    'Harbour Line rejects claim',
    'Earlier: police said three men were held overnight.',
    'Watch: Odell says the spillway will not reopen',
    'Also: the ministry said 40 workers were evacuated',
    'Edited footage shows the barrier failing, investigators said.',
    'Readers asked us to call the council, and we did: it declined to comment.',
    'I am ending my campaign for governor, Odell told supporters.',
    'We are closing our Harwick plant, the company said.',
    'Best wishes poured in from across the valley.',
    'Photos, checked by the agency, show water over the spillway.',
    'The operator says the video has been edited to remove the sirens.',
    'The gauges may contain errors, the regulator said.',
    'Officials refused to tell us what happened at the spillway.',
    'Research by Harwick University shows a rise in seepage',
    'The operator says the gates were opened in time – so why did the water reach the town first?',
    'Reporting by the Gazette found the gauges had failed.',
    'Updated figures show 40 homes were flooded.',
    'Published reports say the gates stuck at 04:10.',
    'The writer of the letter, a former engineer, warned of cracks.',
    'Records of the inspection are available on request, the operator said.',
    'Is that true? No, the inspectors said the gauges worked.',
    '1 of 4 gauges failed, the operator said.',
    'Odell said the town was committed to fairness in the inquiry.',
    'The ministry said the passenger list would be made available on request.',
    'Press office staff said the minister was unavailable.',
    'Peskov said that “nobody in the valley wants a new dam, do they?”',
  ])('reports: %s', (sentence) => {
    expect(notReporting(sentence)).toBeUndefined();
  });

  it('reads long hostile lines in linear time', () => {
    const started = Date.now();
    for (const s of [
      '?'.repeat(40_000),
      `${'Mon '.repeat(10_000)}x`,
      `${'a: '.repeat(10_000)}said:x`,
      `${'A '.repeat(20_000)}by`,
      // A date line's words: a run of digits or capitals read one way only.
      `Published ${'1'.repeat(3_000)}x`,
      `Published ${'A'.repeat(3_000)}x`,
      `Published ${'1 '.repeat(3_000)}x`,
    ])
      notReporting(s);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('in an article', () => {
  const entities: Entity[] = [
    { id: 'harwick-dam', name: 'Harwick dam failure', type: 'event', aliases: ['Harwick dam'], description: 'A dam failure.' },
  ];
  const gazetteer = compileGazetteer(entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases })));
  const article = (text: string): Article => ({
    id: 'a',
    outletId: 'o',
    url: 'https://example.org/a',
    title: 'Harwick dam',
    published: '2031-10-14',
    text,
  });

  it('an introduction is no claim, and the quotation after it is its speaker’s', () => {
    const text = [
      'The Harwick dam failed on Tuesday.',
      'In a statement, Harwick Water said:',
      '“The Harwick dam was inspected in May and passed.”',
      'What happens next?',
      '21:05 BST',
    ].join('\n\n');
    // The whole article is about the failure (as its headline says), so every sentence of it could be a claim.
    const sections = [{ start: 0, events: ['harwick-dam'] }];
    const claims = extractClaims(article(text), { gazetteer, entities: new Map(entities.map((e) => [e.id, e])), facets: [], sections });
    expect(claims.map((c) => [c.quote, c.speaker.kind === 'source' ? c.speaker.name : c.speaker.kind])).toEqual([
      ['The Harwick dam failed on Tuesday.', 'outlet'],
      ['“The Harwick dam was inspected in May and passed.”', 'Harwick Water'],
    ]);
  });
});
