import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../lib/core/extract/claims';
import { notASpeaker, UNNAMED_SOURCE } from '../../../../lib/core/extract/speaker-check';
import { speakerOf } from '../../../../lib/core/extract/speaker';
import { compileGazetteer, toGazetteerEntry } from '../../../../lib/core/spot/gazetteer';
import type { Article, Entity, Speaker } from '../../../../lib/core/pack/types';

const source = (name: string): Speaker => ({ kind: 'source', name });

describe('notASpeaker: a speaker is a name, a role or an organisation', () => {
  it.each([
    ['has', 'a function word'],
    ['As Colonel Mirek Sova', 'starts with a conjunction or preposition'],
    ['In its statement it', 'starts with a conjunction or preposition'],
    ['Mary K', 'ends at an initial'],
    ['Mary K.', 'ends at an initial'],
    ['Kyiv neither', 'ends with a function word'],
    ['Meridian been able to', 'ends with a function word'],
    ['incident – with its', 'ends with a function word'],
    ['12 people', 'a number'],
    ['Ukraine issued a statement', 'a clause, not a name'],
    ['Government officials veer between claiming', 'a clause, not a name'],
  ])('refuses "%s" (%s)', (name, why) => {
    expect(notASpeaker(name)).toBe(why);
  });

  it.each([
    'Mary K. Holloway',
    'the Under-Secretary-General for Political Affairs',
    "Russia's Defence Ministry",
    'Ukraine’s armed forces',
    'An aviation expert we consulted',
    'sources in the coast guard',
  ])('accepts "%s"', (name) => {
    expect(notASpeaker(name)).toBeUndefined();
  });
});

describe('speakerOf falls back honestly', () => {
  it('a subject that is no name becomes an unnamed source, never a fragment', () => {
    expect(speakerOf('People watching the fire from the shore told reporters the roof fell first.', [], {})).toEqual(source(UNNAMED_SOURCE));
  });

  it('the outlet named as the subject of a caveat is the outlet’s own voice', () => {
    expect(speakerOf('The Herald has not been able to confirm the figure.', [], { outletName: 'The Herald' })).toBeUndefined();
    expect(speakerOf('Herald correspondents at the port report that the quay is closed.', [], { outletName: 'The Herald' })).toBeUndefined();
    expect(speakerOf('It was not possible to verify the footage independently.', [], {})).toBeUndefined();
  });

  it('keeps the whole name, an initial inside it, and drops a leading conjunction', () => {
    expect(speakerOf('As Colonel Rada Venn told reporters, the bridge was closed.', [], {})).toEqual(source('Colonel Rada Venn'));
    expect(speakerOf('Engineer Paul T. Okafor warned that the gates were stuck.', [], {})).toEqual(source('Engineer Paul T. Okafor'));
  });

  it('reads a subject past its asides and a role named after an organisation', () => {
    expect(speakerOf('The port authority, which runs the harbour, insisted that the ship was inspected.', [], {})).toEqual(source('port authority'));
    expect(speakerOf('Officials at the coast guard, speaking on condition of anonymity, told us that nine were missing.', [], {})).toEqual(
      source('Officials at the coast guard'),
    );
  });

  it('"has called for talks" and "declared three days of mourning" are acts the outlet reports; "has not said" is a silence, the navy’s (docs/extraction-set.md)', () => {
    // A demand just made ("The mayor called for calm.") is the mayor's word: nineteenth-set-constructions.test.ts.
    expect(speakerOf('The mayor has called for calm.', [], {})).toBeUndefined();
    expect(speakerOf('The president declared three days of mourning.', [], {})).toBeUndefined();
    expect(speakerOf('The navy has not said whether divers found the hull.', [], {})).toEqual({ kind: 'source', name: 'navy' });
  });
});

describe('extractClaims across sentences', () => {
  const article = (text: string): Article => ({ id: 'a', outletId: 'o', title: 'T', published: '2025-01-01', text });
  const fire: Entity = { id: 'x', name: 'Harbour fire', type: 'event', aliases: ['harbour fire'], description: 'An invented fire.' };
  const ctx = {
    gazetteer: compileGazetteer([toGazetteerEntry(fire)]),
    entities: new Map([['x', fire]]),
    facets: [],
    sections: [{ start: 0, events: ['x'] }],
  };
  const speakers = (text: string) =>
    extractClaims(article(text), ctx).map((c) => [c.quote, c.speaker.kind === 'outlet' ? 'outlet' : c.speaker.name, c.mode]);

  it('a quotation over paragraphs takes the speaker named where it closes; "she" and "the ministry" refer back', () => {
    expect(speakerOf('The fire ministry said the blaze was out.', [], {})).toEqual(source('fire ministry'));
    const text = [
      'The harbour fire burned for six hours, the Interior Ministry said.',
      'The ministry said two sheds were lost.',
      '“We saw the smoke from the hill.',
      '“Nobody came for an hour,” said Dr Ana Ruiz, who lives nearby.',
      'She added that the road was blocked.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['The harbour fire burned for six hours, the Interior Ministry said.', 'Interior Ministry', 'attributed'],
      ['The ministry said two sheds were lost.', 'Interior Ministry', 'attributed'],
      ['“We saw the smoke from the hill.', 'Dr Ana Ruiz', 'attributed'],
      ['“Nobody came for an hour,” said Dr Ana Ruiz, who lives nearby.', 'Dr Ana Ruiz', 'attributed'],
      ['She added that the road was blocked.', 'Dr Ana Ruiz', 'attributed'],
    ]);
  });

  it('"X said this at …" is no claim but names the speaker of the sentence before', () => {
    expect(
      speakers(
        'The harbour fire was set deliberately, a senior fire officer believes.\nThe blaze was started on purpose.\nChief Officer Lars Dyne said this at a briefing on Monday.',
      ),
    ).toEqual([
      ['The harbour fire was set deliberately, a senior fire officer believes.', 'a senior fire officer', 'attributed'],
      ['The blaze was started on purpose.', 'Chief Officer Lars Dyne', 'attributed'],
    ]);
  });
});
