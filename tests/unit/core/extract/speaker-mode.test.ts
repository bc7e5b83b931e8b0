import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import { claim } from './seed-pack';

const entity = (entityId: string, name: string) => ({ kind: 'entity', entityId, name });

describe('speaker and mode, on real sentences from the seeds', () => {
  it('"X said" after a quotation, and every sentence inside that quotation', () => {
    for (const start of ['“Several Russian ‘VIP officials’', 'Their names are known', 'But at the last moment, FSB']) {
      expect(claim('euromaidan', start)).toMatchObject({ speaker: entity('andriy-yusov', 'Andriy Yusov'), mode: 'attributed' });
    }
  });

  it('"X told" with the speaker in apposition after another organisation', () => {
    expect(claim('euromaidan', 'At the last moment, Russia’s security service').speaker).toEqual(entity('andriy-yusov', 'Andriy Yusov'));
  });

  it('"he added" and "he also claimed" refer back to the last speaker', () => {
    expect(claim('euromaidan', 'He added that video footage').speaker).toEqual(entity('andriy-yusov', 'Andriy Yusov'));
    expect(claim('euromaidan', 'He also claimed that “only five bodies').speaker).toEqual(entity('andriy-yusov', 'Andriy Yusov'));
  });

  it('"he declared" after a sentence with no speaker refers to the person named there', () => {
    expect(claim('wsws', 'He declared that it was impossible').speaker).toEqual(entity('volodymyr-zelensky', 'Volodymyr Zelensky'));
  });

  it('"X wrote on Telegram" / "said on Telegram"', () => {
    expect(claim('afp', 'The crash occurred in the Korochansky district').speaker).toEqual(entity('vyacheslav-gladkov', 'Vyacheslav Gladkov'));
  });

  it('"according to X"', () => {
    expect(claim('pravda', 'According to Rogov').speaker).toEqual(entity('vladimir-rogov', 'Vladimir Rogov'));
  });

  it('inverted order after a quotation: ",” read a statement issued by X"', () => {
    expect(claim('wsws', '“The armed forces of Ukraine will continue').speaker).toEqual({ kind: 'source', name: 'military general staff' });
  });

  it('a named source that is not a known entity stays a source', () => {
    expect(claim('afp', 'The Belgorod regional governor said').speaker).toEqual({ kind: 'source', name: 'Belgorod regional governor' });
    expect(claim('afp', 'Russia said Wednesday that an IL-76').speaker).toEqual({ kind: 'source', name: 'Russia' });
  });

  it('the main clause speaks, not a relative clause ("which the Kremlin claims")', () => {
    expect(claim('afp', 'Six more people were wounded').speaker).toEqual(entity('oleksandr-prokudin', 'Oleksandr Prokudin'));
  });

  it('a quotation continued in the next sentence keeps its speaker', () => {
    expect(claim('afp', '"Our pilots, who were carrying out').speaker).toEqual(entity('vyacheslav-volodin', 'Vyacheslav Volodin'));
    expect(claim('rferl', '"Instead of this, the Ukrainian side').speaker).toEqual(entity('sergei-lavrov', 'Sergei Lavrov'));
  });

  it('the outlet asserts what it says in its own voice', () => {
    expect(claim('wsws', 'All evidence indicates that the Ukrainian military')).toMatchObject({ speaker: { kind: 'outlet' }, mode: 'asserted' });
    expect(claim('wsws', 'Ukraine shoots down Russian plane')).toMatchObject({ speaker: { kind: 'outlet' }, mode: 'asserted' });
    expect(claim('euromaidan', 'IL-76 plane crash: Russia’s FSB pulled Russian VIP officials off the plane')).toMatchObject({ mode: 'asserted' });
  });

  it('the same fact attributed by a wire and by a broadcaster', () => {
    expect(claim('afp', 'Russia says plane carrying 65')).toMatchObject({ speaker: { kind: 'source', name: 'Russia' }, mode: 'attributed' });
    expect(claim('rferl', 'Moscow Accuses Kyiv')).toMatchObject({ speaker: { kind: 'source', name: 'Moscow' }, mode: 'attributed' });
  });

  it('reports a denial, a non-confirmation and a retraction as such', () => {
    expect(claim('rferl', '“We’ve seen the reports')).toMatchObject({ speaker: entity('john-kirby', 'John Kirby'), mode: 'denied' });
    expect(claim('afp', 'But that claim was later retracted.').mode).toBe('denied');
  });

  it('"neither confirm nor deny" and "refused to comment" are the speaker’s word, not a denial (docs/extraction-set.md)', () => {
    expect(claim('rferl', 'Ukrainian officials did not confirm or deny')).toMatchObject({
      speaker: { kind: 'source', name: 'Ukrainian officials' },
      mode: 'attributed',
    });
    expect(claim('rferl', 'Kremlin spokesman Dmitry Peskov refused to comment')).toMatchObject({
      speaker: entity('dmitry-peskov', 'Dmitry Peskov'),
      mode: 'attributed',
    });
    expect(claim('wsws', 'After initially boasting')).toMatchObject({ speaker: { kind: 'source', name: 'Ukraine' }, mode: 'attributed' });
  });

  it('without an override: a headline "Speaker: claim", and "X backed up its accusation … by saying"', () => {
    expect(claim('pravda', 'Russia: Ukraine shot down')).toMatchObject({ speaker: { kind: 'source', name: 'Russia' }, mode: 'attributed' });
    expect(claim('rferl', 'Moscow backed up its accusation')).toMatchObject({ speaker: { kind: 'source', name: 'Moscow' }, mode: 'attributed' });
  });

  it('a closing attribution speaks the whole sentence, past an apposition', () => {
    expect(claim('euromaidan', 'In the resolution, the Assembly calls on').speaker).toEqual(entity('oleksiy-honcharenko', 'Oleksiy Honcharenko'));
  });

  it('hand overrides from seeds/overrides.json apply', () => {
    expect(claim('pravda', 'to disrupt all negotiations')).toMatchObject({
      speaker: entity('vladimir-rogov', 'Vladimir Rogov'),
      facetIds: ['il76-crash/exchange', 'il76-crash/cause'],
    });
  });
});

describe('speakerOf on sentences from articles readers add', () => {
  it('"nobody has confirmed" is the outlet speaking, and "repeated" reports speech', () => {
    expect(speakerOf('Two days after the crash, nobody outside Russia has confirmed how many people were on board.', [], {})).toBeUndefined();
    const peskov = { entityId: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', start: 18, end: 31 };
    expect(speakerOf('Kremlin spokesman Dmitry Peskov repeated on Friday that Ukraine had been informed.', [peskov], {})).toEqual(
      entity('dmitry-peskov', 'Dmitry Peskov'),
    );
  });
});
