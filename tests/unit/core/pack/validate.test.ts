import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../../lib/core/pack/validate';
import { miniPack } from '../../../fixtures/mini-pack';

const broken = (mutate: (p: any) => void) => {
  const p = miniPack() as any;
  mutate(p);
  return validatePack(p);
};

describe('validatePack', () => {
  it('accepts a well-formed pack', () => {
    expect(validatePack(miniPack()).ok).toBe(true);
  });

  it.each([
    ['not an object', () => validatePack('hello'), 'pack: must be an object'],
    ['wrong format', () => broken((p) => (p.format = 'parallax-claims/9')), 'format: must be "parallax-claims/1"'],
    ['missing list', () => broken((p) => delete p.facets), 'pack.facets: must be an array'],
    ['label without basis', () => broken((p) => delete p.outlets[1].labelBasis.alignment), 'outlets[1].labelBasis.alignment: must be an object'],
    ['bad date', () => broken((p) => (p.articles[0].published = '24 Jan 2024')), 'articles[0].published: must be a date YYYY-MM-DD'],
    ['unknown entity type', () => broken((p) => (p.entities[1].type = 'city')), 'entities[1].type: must be one of'],
    ['duplicate id', () => broken((p) => (p.entities[1].id = 'crash')), 'entities[1].id: duplicate id "crash"'],
    ['quote not verbatim', () => broken((p) => (p.claims[1].quote = 'Kyiv said nothing.')), "claims[1].quote: is not the article's text at 37–"],
    ['offsets out of range', () => broken((p) => (p.claims[0].end = 9999)), "claims[0].quote: is not the article's text"],
    ['claim of an unknown article', () => broken((p) => (p.claims[2].articleId = 'zz')), 'claims[2].articleId: unknown id "zz"'],
    ['outlet mismatch', () => broken((p) => (p.claims[2].outletId = 'wire')), 'claims[2].outletId: is not the outlet of article "a2"'],
    ['unknown facet', () => broken((p) => p.claims[0].facetIds.push('crash/nope')), 'claims[0].facetIds[1]: unknown id "crash/nope"'],
    ['bad mode', () => broken((p) => (p.claims[0].mode = 'rumoured')), 'claims[0].mode: must be one of asserted, attributed, denied'],
    ['speaker entity unknown', () => broken((p) => (p.claims[0].speaker = { kind: 'entity', entityId: 'x', name: 'X' })), 'claims[0].speaker.entityId: unknown id "x"'],
    ['number not a number', () => broken((p) => (p.claims[2].numbers[0].value = '65')), 'claims[2].numbers[0].value: must be a number'],
    ['script URL', () => broken((p) => (p.articles[1].url = 'javascript:alert(1)')), 'articles[1].url: must be an http(s) URL'],
    ['data URL', () => broken((p) => (p.articles[0].url = 'data:text/html,hi')), 'articles[0].url: must be an http(s) URL'],
    ['facet of unknown event', () => broken((p) => (p.facets[0].eventId = 'nope')), 'facets[0].eventId: unknown id "nope"'],
  ])('names the first bad field: %s', (_name, run, message) => {
    const r = run();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
