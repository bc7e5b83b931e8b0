import { describe, expect, it } from 'vitest';
import { toBackupJson, toCsv, toMarkdown, toWebAnnotation } from '../../../../lib/core/export/formats';
import { parseImport } from '../../../../lib/core/export/import';
import { HIGHLIGHTS_FORMAT } from '../../../../lib/core/highlights/types';
import { asImported, sampleHighlights } from '../../../fixtures/highlights';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes and raw newlines. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < csv.length) {
    if (csv[i] === '"') {
      for (i++; ; i++) {
        if (i >= csv.length) throw new Error('unterminated quote');
        if (csv[i] === '"' && csv[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (csv[i] === '"') break;
        else cell += csv[i];
      }
      i++;
    } else if (csv[i] === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (csv.startsWith('\r\n', i)) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (csv[i] === '\n' || csv[i] === '\r' || csv[i] === '"') throw new Error(`bare line break or quote at ${i}`);
    else cell += csv[i++];
  }
  if (cell !== '' || row.length > 0) throw new Error('last record lacks its CRLF');
  return rows;
}

describe('toBackupJson', () => {
  it('writes the whole collection and reads back exactly (anchor state aside)', () => {
    const hs = sampleHighlights();
    const json = toBackupJson(hs, new Date('2024-02-01T10:00:00Z'));
    expect(JSON.parse(json)).toEqual({ format: HIGHLIGHTS_FORMAT, exported: '2024-02-01T10:00:00.000Z', highlights: hs });
    expect(json).toContain('\n  "highlights": [');
    expect(parseImport(json)).toStrictEqual({ ok: true, value: hs.map(asImported) });
  });
});

describe('toCsv', () => {
  const csv = toCsv(sampleHighlights());
  const [header, ...rows] = parseCsv(csv.slice(1));
  const cell = (row: string[], name: string) => row[header.indexOf(name)];

  it('starts with a BOM, ends rows with CRLF and has one row per highlight under a header', () => {
    expect(csv.startsWith('\uFEFFid,created,updated,url,title,outlet,quote,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header).toEqual([
      'id',
      'created',
      'updated',
      'url',
      'title',
      'outlet',
      'quote',
      'prefix',
      'suffix',
      'start',
      'end',
      'note',
      'tags',
      'entities',
      'anchor status',
      'claims',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('keeps quotes, commas, newlines and non-ASCII text cell for cell', () => {
    const [h1, , h3] = sampleHighlights();
    expect(cell(rows[0], 'quote')).toBe(h1.quote.exact);
    expect(cell(rows[0], 'title')).toBe('Plane down, "65 aboard", officials say');
    expect(cell(rows[0], 'created')).toBe('2024-01-24T09:30:00.000Z');
    expect(cell(rows[0], 'tags')).toBe('plane crash; disputed, cause');
    expect(cell(rows[0], 'entities')).toBe('Il-76 crash; Kyiv');
    expect(cell(rows[0], 'outlet')).toBe('Wire Agency');
    expect([cell(rows[0], 'start'), cell(rows[0], 'end'), cell(rows[0], 'claims')]).toEqual(['1204', '1290', '2']);
    expect(cell(rows[2], 'title')).toBe(h3.title);
    expect(cell(rows[2], 'quote')).toBe(h3.quote.exact);
    expect([cell(rows[2], 'start'), cell(rows[2], 'end'), cell(rows[2], 'anchor status')]).toEqual(['', '', 'unchecked']);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(cell(rows[0], 'note')).toBe(`'${sampleHighlights()[0].note}`);
    expect(cell(rows[1], 'note')).toBe('First line\n- not a list\n> not a quote\n1. not numbered\n+cmd');
    const [h] = sampleHighlights();
    const csv2 = parseCsv(toCsv([{ ...h, title: '@SUM(A1)', note: '-2+3', tags: ['+x'], quote: { ...h.quote, exact: '\tcmd' } }]).slice(1));
    expect([cell(csv2[1], 'title'), cell(csv2[1], 'note'), cell(csv2[1], 'tags'), cell(csv2[1], 'quote')]).toEqual([
      "'@SUM(A1)",
      "'-2+3",
      "'+x",
      "'\tcmd",
    ]);
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(sampleHighlights());

  it('groups by page, with the title, a link and the outlet', () => {
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('## Plane down, "65 aboard", officials say\n\n<https://wire.example/world/plane-down?id=42> · Wire Agency');
    expect(md).toContain('## Zelenskyy — «Київ» visit\n\n<https://news.example.ua/uk/2024/01/zelenskyy>');
    // Reading order within the page: position 310 before 1204.
    expect(md.indexOf('\\# heading')).toBeLessThan(md.indexOf('Russia said the plane'));
  });

  it('quotes each highlight, keeping its lines inside the blockquote', () => {
    expect(md).toContain('> Russia said the plane, an Il-76, was "shot down"\n> by Ukraine, a claim Kyiv did not confirm.');
    expect(md).toContain('> Зеленський прибув до «Київ»: «Ми вистоїмо»');
  });

  it('escapes Markdown in user and page text so it stays text', () => {
    expect(md).toContain('> \\# heading \\*stars\\* \\_under\\_ \\[link\\](x) and \\`code\\`');
    expect(md).toContain('First line\n\\- not a list\n\\> not a quote\n1\\. not numbered\n\\+cmd');
    expect(md).toContain('#plane-crash #disputed,-cause');
    expect(md).toContain('#\\*stars\\* #to-check');
    expect(md).not.toMatch(/^# heading/m);
  });

  it('says which subscription a saved claim came from, as the card did', () => {
    const [h] = sampleHighlights();
    const viaClaim = { ...h.snapshot.claims[0], via: 'Harbour Newsroom' };
    const out = toMarkdown([{ ...h, snapshot: { ...h.snapshot, claims: [viaClaim] } }]);
    expect(out).toContain('  - Wire Agency (via Harbour Newsroom) (ownership: wire, alignment: neutral): “');
  });

  it('lists the saved evidence with outlet, labels and attribution', () => {
    expect(md).toContain(
      '- Saved 2024-01-24; evidence shown then:\n  - Wire Agency (ownership: wire, alignment: neutral): “Russia said the plane was shot down.” — attributed to Russia · [Plane down near Belgorod](<https://wire.example/a1>), 2024-01-24',
    );
    expect(md).toContain(
      '  - State Daily (ownership: state-controlled, alignment: pro-Kremlin): “The plane carried 65 \\*prisoners\\* of war.”, 2024-01-24',
    );
    expect(md).toContain('  - Kyiv Independent: “Zelenskyy — «Київ» will stand, he said” — attributed to Volodymyr Zelenskyy, 2024-01-25');
    expect(md).toContain('- Saved 2024-01-24\n');
  });
});

describe('toWebAnnotation', () => {
  const hs = sampleHighlights();
  const doc = JSON.parse(toWebAnnotation(hs));

  it('is an AnnotationCollection with the W3C fields', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(3);
    expect(doc.first.type).toBe('AnnotationPage');
    const [a, b, c] = doc.first.items;
    expect(a).toMatchObject({
      id: 'urn:uuid:3f0c1c9e-8a43-4c5e-9d0b-6f1e2a7b9c01',
      type: 'Annotation',
      created: '2024-01-24T09:30:00.000Z',
      modified: '2024-01-24T09:31:00.000Z',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: hs[0].note, purpose: 'commenting', format: 'text/plain' },
        { type: 'TextualBody', value: 'plane crash', purpose: 'tagging' },
        { type: 'TextualBody', value: 'disputed, cause', purpose: 'tagging' },
      ],
      target: {
        source: hs[0].url,
        selector: [
          { type: 'TextQuoteSelector', ...hs[0].quote },
          { type: 'TextPositionSelector', start: 1204, end: 1290 },
        ],
      },
      'parallax:title': hs[0].title,
      'parallax:outletId': 'wire',
      'parallax:entityIds': ['crash', 'kyiv'],
      'parallax:snapshot': hs[0].snapshot,
    });
    expect(a['@context']).toBeUndefined();
    expect(b.motivation).toBe('commenting');
    // No note, no tags: a plain highlight without a body; no position known: no TextPositionSelector.
    expect(c.motivation).toBe('highlighting');
    expect(c.body).toBeUndefined();
    expect(c.target.selector).toEqual([{ type: 'TextQuoteSelector', ...hs[2].quote }]);
    expect(c['parallax:outletId']).toBeUndefined();
  });

  it('round-trips through parseImport losslessly', () => {
    expect(parseImport(toWebAnnotation(hs))).toStrictEqual({ ok: true, value: hs.map(asImported) });
  });

  it('gives ids that are not UUIDs an IRI and gets them back', () => {
    const odd = [
      { ...hs[0], id: 'h1' },
      { ...hs[1], id: 'https://hypothes.is/a/AbC123' },
    ];
    const items = JSON.parse(toWebAnnotation(odd)).first.items;
    expect(items.map((i: { id: string }) => i.id)).toEqual(['urn:x-parallax:h1', 'https://hypothes.is/a/AbC123']);
    const back = parseImport(toWebAnnotation(odd));
    expect(back.ok && back.value.map((h) => h.id)).toEqual(['h1', 'https://hypothes.is/a/AbC123']);
  });

  it('writes an empty collection that imports as nothing', () => {
    expect(JSON.parse(toWebAnnotation([]))).toMatchObject({ total: 0, first: { items: [] } });
    expect(parseImport(toWebAnnotation([]))).toEqual({ ok: true, value: [] });
  });
});
