import { describe, expect, it } from 'vitest';
import { validatePack, validatePackInSteps } from '../../../../lib/core/pack/validate';
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
    [
      'context rule not a list',
      () => broken((p) => (p.entities[1].rules = { linkWhenPageNames: 'crash' })),
      'entities[1].rules.linkWhenPageNames: must be',
    ],
    [
      'context rule naming no entity',
      () => broken((p) => (p.entities[1].rules = { linkWhenPageNames: ['crash', 'nowhere'] })),
      'entities[1].rules.linkWhenPageNames[1]: unknown id "nowhere"',
    ],
    ['duplicate id', () => broken((p) => (p.entities[1].id = 'crash')), 'entities[1].id: duplicate id "crash"'],
    ['quote not verbatim', () => broken((p) => (p.claims[1].quote = 'Kyiv said nothing.')), "claims[1].quote: is not the article's text at 37–"],
    ['offsets out of range', () => broken((p) => (p.claims[0].end = 9999)), "claims[0].quote: is not the article's text"],
    ['claim of an unknown article', () => broken((p) => (p.claims[2].articleId = 'zz')), 'claims[2].articleId: unknown id "zz"'],
    ['outlet mismatch', () => broken((p) => (p.claims[2].outletId = 'wire')), 'claims[2].outletId: is not the outlet of article "a2"'],
    ['unknown facet', () => broken((p) => p.claims[0].facetIds.push('crash/nope')), 'claims[0].facetIds[1]: unknown id "crash/nope"'],
    ['bad mode', () => broken((p) => (p.claims[0].mode = 'rumoured')), 'claims[0].mode: must be one of asserted, attributed, denied'],
    [
      'speaker entity unknown',
      () => broken((p) => (p.claims[0].speaker = { kind: 'entity', entityId: 'x', name: 'X' })),
      'claims[0].speaker.entityId: unknown id "x"',
    ],
    ['number not a number', () => broken((p) => (p.claims[2].numbers[0].value = '65')), 'claims[2].numbers[0].value: must be a number'],
    ['script URL', () => broken((p) => (p.articles[1].url = 'javascript:alert(1)')), 'articles[1].url: must be an http(s) URL'],
    ['data URL', () => broken((p) => (p.articles[0].url = 'data:text/html,hi')), 'articles[0].url: must be an http(s) URL'],
    ['facet of unknown event', () => broken((p) => (p.facets[0].eventId = 'nope')), 'facets[0].eventId: unknown id "nope"'],
    [
      'a public suffix as a domain',
      () => broken((p) => p.outlets[1].domains.push('co.uk')),
      'outlets[1].domains[1]: "co.uk" is not one site\'s domain',
    ],
    [
      'too many questions about one event',
      () => broken((p) => p.facets.push(...Array.from({ length: 200 }, (_, k) => ({ ...p.facets[0], id: `crash/extra-${k}` })))),
      'more than 200 questions about "crash"',
    ],
    ['an issue time that is no time', () => broken((p) => (p.issued = '2026-13-01T00:00Z')), 'pack.issued: must be a real date and time before 2100'],
    // Held, a far issue time would refuse every later version of a subscription.
    ['an issue time far ahead', () => broken((p) => (p.issued = '9999-12-31T00:00Z')), 'pack.issued: must be a real date and time before 2100'],
    // A day that does not exist emptied the event page's timeline; one 10,000 years off hung it.
    [
      'a date that does not exist',
      () => broken((p) => (p.articles[0].published = '2024-13-45')),
      'articles[0].published: must be a real date YYYY-MM-DD',
    ],
    [
      'a date no chart can hold',
      () => broken((p) => (p.articles[0].published = '0001-01-01')),
      'articles[0].published: must be between 1900 and 2100',
    ],
    [
      'a figure no chart can hold',
      () => broken((p) => (p.claims[2].numbers[0].value = 1e300)),
      'claims[2].numbers[0].value: must be between -10¹⁵ and 10¹⁵',
    ],
    [
      'a bidi override in an outlet name',
      () => broken((p) => (p.outlets[0].name = 'Wire \u202EAgency')),
      'outlets[0].name: must not hold characters that reorder text',
    ],
    [
      'a zero-width space in a speaker',
      () => broken((p) => (p.claims[1].speaker = { kind: 'source', name: 'Kyiv\u200B' })),
      'claims[1].speaker.name: must not hold characters',
    ],
    [
      'a number as a top-level domain',
      () => broken((p) => (p.outlets[0].domains = ['0.1'])),
      'outlets[0].domains[0]: "0.1" is not one site\'s domain',
    ],
  ])('names the first bad field: %s', (_name, run, message) => {
    const r = run();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it.each([
    [
      'a label axis named constructor',
      (p: any) => (p.outlets[0].labels = JSON.parse('{"constructor": "wire"}')),
      'outlets[0].labels.constructor: is a reserved name',
    ],
    [
      'a basis keyed __proto__',
      (p: any) =>
        (p.outlets[1].labelBasis = JSON.parse(
          '{"__proto__": {"by": "x", "why": "y"}, "ownership": {"by": "x", "why": "y"}, "alignment": {"by": "x", "why": "y"}}',
        )),
      'outlets[1].labelBasis.__proto__: is a reserved name',
    ],
    ['an outlet id __proto__', (p: any) => (p.outlets[0].id = '__proto__'), 'outlets[0].id: "__proto__" is a reserved name'],
    ['an article id prototype', (p: any) => (p.articles[1].id = 'prototype'), 'articles[1].id: "prototype" is a reserved name'],
    ['an entity id constructor', (p: any) => (p.entities[0].id = 'constructor'), 'entities[0].id: "constructor" is a reserved name'],
    ['a facet id __proto__', (p: any) => (p.facets[1].id = '__proto__'), 'facets[1].id: "__proto__" is a reserved name'],
    ['a claim id constructor', (p: any) => (p.claims[2].id = 'constructor'), 'claims[2].id: "constructor" is a reserved name'],
    [
      'an unknown key __proto__ in a row',
      (p: any) => (p.claims[1] = { ...JSON.parse('{"__proto__": {"fromPage": true}}'), ...p.claims[1] }),
      'claims[1].__proto__: is a reserved name',
    ],
  ])('refuses reserved keys where data becomes a key: %s', (_name, mutate, message) => {
    const r = broken(mutate);
    expect(r).toEqual({ ok: false, error: expect.stringContaining(message) });
  });

  it('refuses a pack with a constructor axis and a __proto__ outlet id, as parsed from a file', () => {
    const file = JSON.stringify(miniPack()).replace('"ownership":"wire"', '"constructor":"wire"').replace('"id":"state"', '"id":"__proto__"');
    expect(validatePack(JSON.parse(file))).toEqual({
      ok: false,
      error: 'Not a valid claim pack: outlets[0].labels.constructor: is a reserved name (__proto__, constructor and prototype cannot be used)',
    });
    expect(({} as Record<string, unknown>).wire).toBeUndefined();
  });

  it.each([
    ['a common word', (p: any) => p.entities[1].aliases.push('the'), 'entities[1].aliases[2]: "the" is a common word'],
    ['a common word in capitals', (p: any) => (p.entities[0].aliases = ['The', 'the crash']), 'entities[0].aliases[0]: "The" is a common word'],
    [
      'two letters',
      (p: any) => p.entities[1].aliases.push('Ky'),
      'entities[1].aliases[2]: "Ky" is shorter than three letters; list it in rules.exactCase',
    ],
    [
      'an acronym not listed as exact-case',
      (p: any) => p.entities[1].aliases.push('UN'),
      'entities[1].aliases[2]: "UN" is shorter than three letters',
    ],
    // Judged as spotting folds it: an accent, a soft hyphen or a joiner does not hide "the".
    ['a common word with an accent', (p: any) => p.entities[1].aliases.push('thé'), 'entities[1].aliases[2]: "thé" is a common word'],
    ['a common word with a soft hyphen', (p: any) => p.entities[1].aliases.push('t\u00adhe'), 'is a common word'],
    ['a common word with a joiner', (p: any) => p.entities[1].aliases.push('th\u200de'), 'is a common word'],
    [
      'a lone letter listed as exact-case',
      (p: any) => {
        p.entities[1].aliases = ['Kyiv', 'I'];
        p.entities[1].rules = { exactCase: ['I'] };
      },
      'entities[1].aliases[1]: "I" is a common word',
    ],
    [
      'a number, even listed as exact-case',
      (p: any) => {
        p.entities[1].aliases = ['Kyiv', '2024'];
        p.entities[1].rules = { exactCase: ['2024'] };
      },
      'entities[1].aliases[1]: "2024" is only a number',
    ],
    [
      'a lower-case word listed as exact-case',
      (p: any) => {
        p.entities[1].aliases = ['Kyiv', 'ky'];
        p.entities[1].rules = { exactCase: ['ky'] };
      },
      'entities[1].aliases[1]: "ky" is shorter',
    ],
    // The fourteenth attack suite: a mark after the word, and other languages' common words written as such.
    ['a common word with a full stop', (p: any) => p.entities[1].aliases.push('said.'), 'entities[1].aliases[2]: "said." is a common word'],
    ['a German common word', (p: any) => p.entities[1].aliases.push('und'), 'entities[1].aliases[2]: "und" is a common word'],
    ['a Russian common word', (p: any) => p.entities[1].aliases.push('для'), 'entities[1].aliases[2]: "для" is a common word'],
    ['a Spanish common word', (p: any) => p.entities[1].aliases.push('por'), 'entities[1].aliases[2]: "por" is a common word'],
    ['marks only', (p: any) => p.entities[1].aliases.push('…!'), 'entities[1].aliases[2]: "…!" holds no letter'],
  ])('refuses an alias that would be spotted everywhere: %s', (_name, mutate, message) => {
    expect(broken(mutate)).toEqual({ ok: false, error: expect.stringContaining(message) });
  });

  it('refuses names, titles and notes longer than a card can show (the thirteenth attack suite’s 102,000-character outlet)', () => {
    expect(broken((p) => (p.outlets[0].name = 'A'.repeat(201)))).toEqual({
      ok: false,
      error: expect.stringContaining('outlets[0].name: must be at most 200 characters'),
    });
    expect(broken((p) => (p.articles[0].title = 'T'.repeat(501)))).toEqual({
      ok: false,
      error: expect.stringContaining('articles[0].title: must be at most 500 characters'),
    });
    expect(broken((p) => (p.outlets[0].name = 'A'.repeat(200))).ok).toBe(true);
  });

  it('accepts a name that is another language’s common word written as a word is not, with a capital (a surname such as Vos)', () => {
    expect(broken((p) => p.entities[1].aliases.push('Vos')).ok).toBe(true);
    expect(broken((p) => p.entities[1].aliases.push('vos')).ok).toBe(false);
  });

  it('accepts a short acronym the entity lists as exact-case', () => {
    const pack = broken((p) => {
      p.entities[1].aliases = ['Kyiv', 'KY'];
      p.entities[1].rules = { exactCase: ['KY'] };
    });
    expect(pack.ok).toBe(true);
  });

  it('rebuilds every row from known fields: unknown and database-only keys are dropped', () => {
    const r = broken((p) => {
      p.articles[0].fromPage = true;
      p.articles[0].origin = 'seed';
      p.outlets[0].extra = { nested: 1 };
      p.claims[0].speaker.note = 'x';
      p.surplus = [];
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value.articles[0]).sort()).toEqual(['id', 'outletId', 'published', 'text', 'title', 'url']);
    expect(Object.keys(r.value.outlets[0]).sort()).toEqual(['country', 'domains', 'id', 'labelBasis', 'labels', 'name']);
    expect(r.value.claims[0].speaker).toEqual({ kind: 'source', name: 'Russia' });
    expect(Object.keys(r.value).sort()).toEqual(['articles', 'claims', 'entities', 'facets', 'format', 'outlets']);
  });
});

describe('validatePackInSteps', () => {
  const inSteps = async (mutate: (p: any) => void = () => {}, slice = 1) => {
    const p = miniPack() as any;
    mutate(p);
    let pauses = 0;
    const r = await validatePackInSteps(
      p,
      async () => {
        pauses++;
      },
      slice,
    );
    return { r, pauses, once: validatePack(p) };
  };

  it('pauses between slices of rows and gives the same pack as validatePack', async () => {
    const { r, pauses, once } = await inSteps();
    expect(r.ok).toBe(true);
    expect(r).toEqual(once);
    const rows = miniPack().articles.length + miniPack().claims.length * 2; // claims are read, then checked
    expect(pauses).toBeGreaterThanOrEqual(rows - 3);
  });

  it.each([
    ['a wrong format', (p: any) => (p.format = 'x'), 'format: must be'],
    ['a bad outlet', (p: any) => delete p.outlets[1].labelBasis.alignment, 'outlets[1].labelBasis.alignment'],
    ['a bad article row', (p: any) => (p.articles[1].published = 'soon'), 'articles[1].published'],
    ['a bad entity', (p: any) => (p.entities[1].type = 'city'), 'entities[1].type'],
    ['a facet of an unknown event', (p: any) => (p.facets[0].eventId = 'nope'), 'facets[0].eventId'],
    ['a bad claim row', (p: any) => (p.claims[2].mode = 'rumoured'), 'claims[2].mode'],
    ['a duplicate claim id', (p: any) => (p.claims[2].id = p.claims[0].id), 'claims[2].id: duplicate id'],
    ['a quote not verbatim', (p: any) => (p.claims[1].quote = 'Kyiv said nothing.'), 'claims[1].quote'],
    ['a reserved key in a claim', (p: any) => (p.claims[1] = { ...JSON.parse('{"__proto__": {"x": 1}}'), ...p.claims[1] }), 'claims[1].__proto__'],
    ['a list that is not one', (p: any) => (p.claims = { a: 1 }), 'pack.claims: must be an array'],
    [
      'an entity problem and a later claim problem',
      (p: any) => {
        p.entities[1].type = 'city';
        p.claims[0].mode = 'x';
      },
      'entities[1].type',
    ],
  ])('refuses what validatePack refuses, naming the same field: %s', async (_name, mutate, message) => {
    const { r, once } = await inSteps(mutate);
    expect(once).toEqual({ ok: false, error: expect.stringContaining(message) });
    expect(r).toEqual(once);
  });
});
