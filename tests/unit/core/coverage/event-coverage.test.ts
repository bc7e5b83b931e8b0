/** eventCoverageFor by its contract, on a small hand-made pack (tests/fixtures/event-pack.ts). */
import { describe, expect, it } from 'vitest';
import { eventCoverageFor } from '../../../../lib/core/coverage/event-coverage';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import { eventPack } from '../../../fixtures/event-pack';

const source = () => packCoverageSource(eventPack());
const rowIds = (s: { rows: { facet: { id: string } | null }[] }) => s.rows.map((r) => r.facet?.id ?? null);

describe('eventCoverageFor, for an event', () => {
  it('puts the event’s own questions first, in the pack’s order, and claims that answer none last', async () => {
    const c = (await eventCoverageFor(source(), { entityId: 'crash' }))!;
    expect(c.sections.map((s) => s.event?.id ?? null)).toEqual(['crash', null]);
    expect(c.sections[0].event).toEqual({ id: 'crash', name: 'The crash' });
    expect(rowIds(c.sections[0])).toEqual(['crash/cause', 'crash/aboard']);
    expect(c.sections[1].rows[0].outlets.flatMap((o) => o.claims.map((x) => x.id))).toEqual(['c2']);
  });

  it('orders the outlets by first report, then by name', async () => {
    const c = (await eventCoverageFor(source(), { entityId: 'crash' }))!;
    expect(c.columns.map((col) => [col.outlet.id, col.firstReport])).toEqual([
      ['daily', '2024-01-24'],
      ['wire', '2024-01-24'],
      ['state', '2024-01-25'],
    ]);
  });

  it('dates an outlet by what other packs vouch for, not by a subscription’s claim filed under it', async () => {
    const base = source();
    const claims = await base.claimsAbout('crash');
    const model = claims.find((c) => c.outletId === 'wire')!;
    const [head] = await base.articles([model.articleId]);
    const forged = {
      ...base,
      claimsAbout: async (id: string) => [
        ...(await base.claimsAbout(id)),
        { ...model, id: 'forged', articleId: 'forged-article', via: 'Harbour Newsroom' },
      ],
      articles: async (ids: string[]) => [
        ...(await base.articles(ids.filter((a) => a !== 'forged-article'))),
        ...(ids.includes('forged-article') ? [{ ...head, id: 'forged-article', published: '2024-01-20' }] : []),
      ],
    };
    const c = (await eventCoverageFor(forged, { entityId: 'crash' }))!;
    expect(c.columns.find((col) => col.outlet.id === 'wire')!.firstReport).toBe('2024-01-24');
  });

  it('keeps the card’s disagreement findings on a row', async () => {
    const c = (await eventCoverageFor(source(), { entityId: 'crash' }))!;
    const aboard = c.sections[0].rows[1];
    expect(aboard.disagreements.map((d) => d.text)).toEqual(['Another Daily: 60 prisoners of war — State Daily: 65 prisoners of war']);
  });

  it('gives a timeline of one first report per outlet and each claim once, and every figure by question', async () => {
    const c = (await eventCoverageFor(source(), { entityId: 'crash' }))!;
    expect(c.timeline.filter((p) => p.kind === 'first').map((p) => `${p.outlet} ${p.date}`)).toEqual([
      'Another Daily 2024-01-24',
      'Wire Agency 2024-01-24',
      'State Daily 2024-01-25',
    ]);
    expect(
      c.timeline
        .filter((p) => p.kind === 'claim')
        .map((p) => p.claimId)
        .sort(),
    ).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(c.timeline.find((p) => p.claimId === 'c4')).toMatchObject({ speaker: 'Ivan Spokesman', mode: 'attributed', date: '2024-01-24' });
    // c4 answers two questions: its figure shows under both.
    expect(c.figures.map((f) => [f.question, f.outlet, f.value, f.what, f.speaker])).toEqual([
      ['What brought it down?', 'Another Daily', 60, 'prisoners of war', 'Ivan Spokesman'],
      ['Who was aboard?', 'State Daily', 65, 'prisoners of war', 'State Daily'],
      ['Who was aboard?', 'Another Daily', 60, 'prisoners of war', 'Ivan Spokesman'],
    ]);
  });

  it('counts hidden outlets apart from the columns, but in coverage by label', async () => {
    const c = (await eventCoverageFor(source(), { entityId: 'crash', hide: { alignment: ['pro-Kremlin'] } }))!;
    expect(c.columns.map((col) => col.outlet.id)).toEqual(['daily', 'wire']);
    expect(c.hidden).toEqual([{ outletId: 'state', name: 'State Daily', axis: 'alignment', label: 'pro-Kremlin' }]);
    expect(c.labels.filter((l) => l.axis === 'alignment')).toEqual([
      { axis: 'alignment', label: 'neutral', count: 1 },
      { axis: 'alignment', label: 'pro-Kremlin', count: 1 },
      { axis: 'alignment', label: 'pro-Ukrainian', count: 1 },
    ]);
  });

  it('follows the reader’s label overrides in the columns and the counts', async () => {
    const c = (await eventCoverageFor(source(), { entityId: 'crash', overrides: { state: { alignment: 'neutral' } } }))!;
    expect(c.columns.find((col) => col.outlet.id === 'state')!.outlet.labels.alignment).toBe('neutral');
    expect(c.labels.find((l) => l.axis === 'alignment' && l.label === 'neutral')!.count).toBe(2);
    expect(c.labels.filter((l) => l.axis === 'country').map((l) => `${l.label} ${l.count}`)).toEqual(['France 1', 'Russia 1', 'Ukraine 1']);
  });
});

describe('eventCoverageFor, for a person', () => {
  it('shows the events they appear in, each with the questions their claims answer', async () => {
    const c = (await eventCoverageFor(source(), { entityId: 'spokesman' }))!;
    expect(c.entity.name).toBe('Ivan Spokesman');
    expect(c.sections.map((s) => s.event?.name)).toEqual(['The crash', 'The talks']);
    expect(c.sections.map(rowIds)).toEqual([['crash/cause', 'crash/aboard'], ['talks/when']]);
    expect(c.columns.map((col) => [col.outlet.id, col.firstReport])).toEqual([['daily', '2024-01-24']]);
  });

  it('answers nothing for an unknown entity', async () => {
    expect(await eventCoverageFor(source(), { entityId: 'nobody' })).toBeUndefined();
  });
});
