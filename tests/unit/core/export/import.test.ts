import { describe, expect, it } from 'vitest';
import { toBackupJson, toWebAnnotation } from '../../../../lib/core/export/formats';
import { MAX_IMPORT_CHARS, parseImport } from '../../../../lib/core/export/import';
import { mergeImported } from '../../../../lib/core/highlights/merge';
import { asImported, sampleHighlights } from '../../../fixtures/highlights';

const backup = () => JSON.parse(toBackupJson(sampleHighlights(), new Date('2024-02-01T10:00:00Z')));
const collection = () => JSON.parse(toWebAnnotation(sampleHighlights()));
const broken = (file: () => any, mutate: (f: any) => void) => {
  const f = file();
  mutate(f);
  return parseImport(JSON.stringify(f));
};
const errorOf = (r: ReturnType<typeof parseImport>) => (r.ok ? 'accepted' : r.error);

/** Written by hand the way Hypothesis exports JSON-LD: IRI ids, a Markdown note without a purpose, extra selectors. */
const hypothesisLike = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  id: 'https://hypothes.is/a/Xq2nS9b1Ee6kVw',
  created: '2024-01-26T14:03:11.482913+00:00',
  modified: '2024-01-26T14:05:40.120004+00:00',
  creator: 'acct:reader@hypothes.is',
  motivation: 'commenting',
  body: [
    { type: 'TextualBody', value: 'Compare with **Reuters**', format: 'text/markdown' },
    { type: 'TextualBody', value: 'aviation', purpose: 'tagging' },
  ],
  target: [
    {
      source: 'https://www.example.com/news/plane-crash#comments',
      selector: [
        { type: 'RangeSelector', startContainer: '/main[1]/p[3]', startOffset: 0, endContainer: '/main[1]/p[3]', endOffset: 41 },
        { type: 'TextPositionSelector', start: 2210, end: 2251 },
        { type: 'TextQuoteSelector', exact: 'The plane carried 65 prisoners of war.', prefix: 'said on Wednesday. ', suffix: ' Kyiv said it' },
      ],
    },
  ],
};

describe('parseImport: malformed files name the problem', () => {
  it.each([
    ['not JSON', () => parseImport('{"format": "parallax-highlights/1",'), 'The file is not valid JSON: '],
    ['empty file', () => parseImport('  \n'), 'The file is empty.'],
    ['neither format', () => parseImport('{"hello": "world"}'), 'Not a Parallax backup or Web Annotation file: type: must be AnnotationCollection'],
    ['wrong backup format', () => broken(backup, (f) => (f.format = 'parallax-highlights/9')), 'format: must be "parallax-highlights/1"'],
    ['missing exact', () => broken(backup, (f) => delete f.highlights[1].quote.exact), 'highlights[1].quote.exact: must be a non-empty string'],
    ['blank exact', () => broken(backup, (f) => (f.highlights[0].quote.exact = ' \n')), 'highlights[0].quote.exact: must not be blank'],
    ['tags not strings', () => broken(backup, (f) => (f.highlights[0].tags = ['ok', 7])), 'highlights[0].tags[1]: must be a string'],
    [
      'time not a number',
      () => broken(backup, (f) => (f.highlights[2].created = '2024-01-24')),
      'highlights[2].created: must be a time in milliseconds',
    ],
    // Past the last time a Date can hold, it made the collection page and every export throw.
    [
      'a time past any date',
      () => broken(backup, (f) => (f.highlights[1].created = 8.7e15)),
      'highlights[1].created: must be a time in milliseconds',
    ],
    ['not a web page', () => broken(backup, (f) => (f.highlights[0].url = 'javascript:alert(1)')), 'highlights[0].url: must be an http(s) URL'],
    [
      'bad claim mode',
      () => broken(backup, (f) => (f.highlights[0].snapshot.claims[1].mode = 'rumoured')),
      'highlights[0].snapshot.claims[1].mode: must be one of asserted, attributed, denied',
    ],
    [
      'half a position',
      () => broken(backup, (f) => (f.highlights[0].position = { start: 5, end: 2 })),
      'highlights[0].position: must have 0 ≤ start ≤ end',
    ],
    ['duplicate id', () => broken(backup, (f) => (f.highlights[1].id = f.highlights[0].id)), 'highlights[1].id: duplicate id'],
    [
      'bad date',
      () => broken(collection, (f) => (f.first.items[1].created = '2024-02-30T10:00:00Z')),
      'items[1].created: must be an ISO date and time',
    ],
    [
      'date without zone',
      () => broken(collection, (f) => (f.first.items[0].modified = '24/01/2024')),
      'items[0].modified: must be an ISO date and time',
    ],
    ['annotation without target', () => broken(collection, (f) => delete f.first.items[2].target), 'items[2].target: is missing'],
    [
      'no quote selector',
      () => broken(collection, (f) => f.first.items[2].target.selector.pop()),
      'Not a Parallax backup or Web Annotation file: items[2].target.selector: no TextQuoteSelector',
    ],
    [
      'target a bare IRI',
      () => broken(collection, (f) => (f.first.items[0].target = 'https://x.example/')),
      'items[0].target.selector: no TextQuoteSelector',
    ],
    [
      'negative position',
      () => broken(collection, (f) => (f.first.items[0].target.selector[1].start = -4)),
      'items[0].target.selector[1]: must have 0 ≤ start ≤ end',
    ],
    ['tag not text', () => broken(collection, (f) => (f.first.items[0].body[1].value = { tag: 1 })), 'items[0].body[1].value: must be a string'],
    ['not an annotation', () => broken(collection, (f) => (f.first.items[1].type = 'Note')), 'items[1].type: must be "Annotation"'],
    [
      'bad snapshot',
      () => broken(collection, (f) => delete f.first.items[0]['parallax:snapshot'].takenAt),
      'items[0].parallax:snapshot.takenAt: must be a time',
    ],
    ['paged collection', () => broken(collection, (f) => (f.first = 'https://x.example/page/1')), 'first: is a link to another page'],
    ['too large', () => parseImport(' '.repeat(MAX_IMPORT_CHARS + 1)), 'The file is too large to import (over 20 MB)'],
  ])('%s', (_name, run, message) => {
    expect(errorOf(run())).toContain(message);
  });
});

describe('parseImport: what it accepts', () => {
  it('imports a foreign annotation with a minimal snapshot', () => {
    const r = parseImport(JSON.stringify(hypothesisLike));
    const created = Date.parse('2024-01-26T14:03:11.482Z');
    expect(r).toStrictEqual({
      ok: true,
      value: [
        {
          id: 'https://hypothes.is/a/Xq2nS9b1Ee6kVw',
          url: 'https://www.example.com/news/plane-crash',
          title: 'https://www.example.com/news/plane-crash',
          quote: { exact: 'The plane carried 65 prisoners of war.', prefix: 'said on Wednesday. ', suffix: ' Kyiv said it' },
          position: { start: 2210, end: 2251 },
          note: 'Compare with **Reuters**',
          tags: ['aviation'],
          entityIds: [],
          created,
          updated: Date.parse('2024-01-26T14:05:40.120Z'),
          snapshot: { entities: [], claims: [], takenAt: created },
          anchor: { status: 'unchecked', checked: 0 },
        },
      ],
    });
  });

  it('takes a bare array, a page, and urn:uuid ids; a missing position is unknown (-1)', () => {
    const { target, ...rest } = hypothesisLike;
    const bare = {
      ...rest,
      id: 'urn:uuid:0b5d7e0a-1111-4222-8333-944455556666',
      body: undefined,
      modified: undefined,
      target: { ...target[0], selector: target[0].selector[2] },
    };
    for (const file of [[bare], { type: 'AnnotationPage', items: [bare] }]) {
      const r = parseImport(`\uFEFF${JSON.stringify(file)}`);
      expect(r.ok && r.value[0]).toMatchObject({ id: '0b5d7e0a-1111-4222-8333-944455556666', position: { start: -1, end: -1 }, note: '', tags: [] });
      expect(r.ok && r.value[0].updated).toBe(r.ok && r.value[0].created);
    }
  });

  it('accepts an empty collection and an empty backup', () => {
    expect(parseImport('{"type":"AnnotationCollection","total":0}')).toEqual({ ok: true, value: [] });
    expect(parseImport(toBackupJson([], new Date(0)))).toEqual({ ok: true, value: [] });
  });
});

describe('mergeImported', () => {
  it('imports the same file twice without duplicates', () => {
    const file = parseImport(toWebAnnotation(sampleHighlights()));
    if (!file.ok) throw new Error(file.error);
    const first = mergeImported([], file.value);
    expect(first).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    const second = mergeImported(first.toWrite, file.value);
    expect(second).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: 3 });
  });

  it('replaces only with a newer copy, and keeps the newest of an id repeated in the file', () => {
    const [a, b, c] = sampleHighlights();
    const newer = { ...a, note: 'edited elsewhere', updated: a.updated + 1 };
    const older = { ...b, note: 'stale', updated: b.updated - 1 };
    const r = mergeImported([a, b], [older, newer, c, { ...c, updated: c.updated + 5, note: 'later' }]);
    expect(r.toWrite).toEqual([newer, { ...c, updated: c.updated + 5, note: 'later' }]);
    expect([r.added, r.updated, r.unchanged]).toEqual([1, 2, 1]);
  });

  it('counts a restored backup as unchanged, keeping the stored anchor state', () => {
    const hs = sampleHighlights();
    const r = mergeImported(hs, hs.map(asImported));
    expect(r).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: 3 });
  });
});
