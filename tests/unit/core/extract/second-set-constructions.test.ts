/**
 * Constructions the second set kept aside showed the rules missing (docs/extraction-quality.md, its
 * last section), each on sentences written for this test: a silence attributed to whoever keeps it,
 * an age or a description between commas before the verb, nouns that look like verbs of saying,
 * "warn", "caution", "attribute" and "expect", a verb inside a clause of time or cause, newsletter
 * and caption labels before a colon, "by the count of", and corrections and "does not accept" as
 * denials.
 */
import { describe, expect, it } from 'vitest';
import { modeOf } from '../../../../lib/core/extract/mode';
import { speakerOf } from '../../../../lib/core/extract/speaker';

const source = (name: string) => ({ kind: 'source', name }) as const;

describe('a silence is attributed to whoever keeps it, as declining to comment is', () => {
  it.each([
    ['The port operator did not respond to requests for comment.', 'port operator'],
    ['The port operator has not said how many containers fell.', 'port operator'],
    ['Marta Lindqvist, the operator’s director, did not return calls on Friday.', 'Marta Lindqvist'],
    ['The coastguard has not released the names of the crew.', 'coastguard'],
  ])('%s', (sentence, name) => {
    expect(speakerOf(sentence, [], {})).toEqual(source(name));
    expect(modeOf(sentence, source(name))).toBe('attributed');
  });

  it('after a clause of the outlet’s own, the outlet speaks', () => {
    expect(speakerOf('We could not check the footage, and the port operator did not respond to questions.', [], {})).toBeUndefined();
  });

  it('a denial in a later clause is still its speaker’s: only a silence there is the outlet’s', () => {
    // (A denial: "did not deny it" is none, as the sets label it.)
    const sentence = 'The port published its count, and the union denied it.';
    expect(speakerOf(sentence, [], {})).toEqual(source('union'));
    expect(modeOf(sentence, source('union'))).toBe('denied');
  });

  it('"did not confirm" stays a denial', () => {
    expect(modeOf('The port operator did not confirm the figure.', source('port operator'))).toBe('denied');
  });
});

describe('who speaks when commas hold something about them', () => {
  it.each([
    ['Oskar Brandt, 61, said the crane had swayed for an hour.', 'Oskar Brandt'],
    ['Halden Towage, the company that moved the barge, says its crew followed the plan.', 'Halden Towage'],
    ['Dr Ines Falk, a geologist at a university in the north who has studied the cliff, cautioned against blaming the rain.', 'Dr Ines Falk'],
  ])('%s', (sentence, name) => {
    expect(speakerOf(sentence, [], {})).toEqual(source(name));
  });

  it('a closing attribution after a description is still the description’s', () => {
    expect(speakerOf('The crane had been inspected in May, the port authority said.', [], {})).toEqual(source('port authority'));
  });
});

describe('verbs and nouns', () => {
  it.each([
    ['Harbour pilots warn that the channel is silting up.', 'Harbour pilots'],
    ['Insurers expect the quay to stay shut until spring.', 'Insurers'],
    ['Kessel Analytics attributes the collapse to a cracked weld.', 'Kessel Analytics'],
    ['Her family said the crane driver had complained for months.', 'Her family'],
    ['Some reports have suggested the crane was overloaded.', 'Some reports'],
    ['Port Police have issued a warning about loose containers.', 'Port Police'],
    ['The inspector cautioned that the report was incomplete.', 'inspector'],
  ])('a verb of saying: %s', (sentence, name) => {
    expect(speakerOf(sentence, [], {})).toEqual(source(name));
  });

  it.each([
    'The newspaper could not verify the claim.',
    'Divers are still investigating reports of a second wreck.',
    'The ferry was held in port amid claims of sabotage.',
  ])('a noun, with the outlet speaking: %s', (sentence) => {
    expect(speakerOf(sentence, [], {})).toBeUndefined();
  });

  it('a name in -ing is no verb: "Beijing says"', () => {
    expect(speakerOf('Beijing says the port deal stands.', [], {})).toEqual(source('Beijing'));
  });

  it('a noun in -ing before a verb in the past leaves the verb a verb', () => {
    expect(speakerOf('An official at the briefing said two cranes were damaged.', [], {})).toEqual(source('An official at the briefing'));
  });

  it('a verb in a clause of time or cause does not speak for the sentence', () => {
    expect(speakerOf('The quay reopened on Monday after the engineer said it was safe.', [], {})).toBeUndefined();
    expect(speakerOf('Ferries were held because the harbour master said the wind was too strong.', [], {})).toBeUndefined();
  });
});

describe('labels before a colon', () => {
  it.each([
    'Why it matters: the quay handles a third of the country’s grain.',
    'Photograph: a crane lies across the quay.',
    'The big picture: ports are ageing.',
  ])('a newsletter’s or a caption’s label is no speaker: %s', (sentence) => {
    expect(speakerOf(sentence, [], {})).toBeUndefined();
  });

  it('a label followed by a sentence with its own speaker gives that speaker', () => {
    expect(speakerOf('Go deeper: The Ledger’s port reporter argues the crane was overloaded.', [], {})).toEqual(source('Ledger’s port reporter'));
  });

  it('a transcript’s speaker with a note in brackets, and a newspaper’s "The long read"', () => {
    // On a page that is a transcript (labels.ts; elsewhere a label in capitals is a dateline, eighteenth set).
    expect(speakerOf('ANNA VOSS (recording): We will rebuild the quay by spring.', [], { transcript: true })).toEqual(source('Anna Voss'));
    expect(speakerOf('The long read: how a harbour lost its cranes', [], {})).toBeUndefined();
  });

  it('"by the count of" names a source as "according to" does', () => {
    expect(speakerOf('By the count of the port authority, 14 containers fell into the water.', [], {})).toEqual(source('port authority'));
  });
});

describe('text made to be slow', () => {
  // Each rule reads the last word or scans once: a pattern run from every position of these would
  // hold the test past its timeout.
  it('a word of 50,000 letters in -ing before a verb', () => {
    expect(speakerOf(`${'x'.repeat(50_000)}ing reports that the port is shut.`, [], {})).toBeUndefined();
  });

  it('a blanked quotation of 50,000 spaces before a silence', () => {
    expect(speakerOf(`The harbour master${' '.repeat(50_000)}did not respond.`, [], {})).toEqual(source('harbour master'));
  });

  it('a label before a blanked quotation of 100,000 spaces (session 16: the headline label read them quadratically)', () => {
    expect(speakerOf(`Harbour master:${' '.repeat(100_000)}x y`, [], {})).toBeUndefined();
  });

  it('20,000 commas before a verb', () => {
    expect(speakerOf(`${'a, '.repeat(20_000)}the union said.`, [], {})).toEqual(source('union'));
  });
});

describe('denials and corrections', () => {
  const company = source('Halden Towage');
  it.each([
    'We do not accept that characterisation of the tow.',
    'The company does not accept the figures published by the union.',
    'Correction: An earlier version of this article gave the number of containers lost as 41.',
    'An earlier version of this story misstated the date of the collapse.',
  ])('%s', (sentence) => {
    expect(modeOf(sentence, company)).toBe('denied');
  });

  it('"did not accept the offer" is a refusal, not a denial', () => {
    expect(modeOf('The union did not accept the offer of a second inspection.', company)).toBe('attributed');
  });
});
