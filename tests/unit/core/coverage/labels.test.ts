import { describe, expect, it } from 'vitest';
import { coverageFor } from '../../../../lib/core/coverage/coverage';
import { isOverridden, withOverrides } from '../../../../lib/core/coverage/labels';
import { packCoverageSource } from '../../../../lib/core/coverage/pack-source';
import { PRESETS, presetMatching, toggleLabel } from '../../../../lib/core/coverage/presets';
import { pack } from '../extract/seed-pack';

const rferl = pack.outlets.find((o) => o.id === 'rferl')!;

describe('outlet labels with the reader’s overrides', () => {
  it('adds the country as an axis and keeps the pack’s basis', () => {
    const o = withOverrides(rferl, undefined);
    expect(o.labels).toMatchObject({ ownership: 'state-funded', country: rferl.country });
    expect(o.labelBasis.ownership).toEqual(rferl.labelBasis.ownership);
    expect(isOverridden(o, 'ownership')).toBe(false);
  });

  it('puts an override on top, marked as the reader’s with what the corpus said', () => {
    const o = withOverrides(rferl, { rferl: { alignment: 'pro-Ukrainian' } });
    expect(o.labels.alignment).toBe('pro-Ukrainian');
    expect(isOverridden(o, 'alignment')).toBe(true);
    expect(o.labelBasis.alignment.why).toContain('“neutral”');
    expect(rferl.labels.alignment).toBe('neutral');
  });

  it('lets filters follow an override', async () => {
    const q = { entityId: 'il76-crash', hide: { alignment: ['pro-Ukrainian'] } };
    const before = (await coverageFor(packCoverageSource(pack), q))!;
    expect(before.outletIds).toContain('rferl');
    const after = (await coverageFor(packCoverageSource(pack), { ...q, overrides: { rferl: { alignment: 'pro-Ukrainian' } } }))!;
    expect(after.outletIds).not.toContain('rferl');
    expect(after.hidden.map((h) => h.outletId).sort()).toEqual(['euromaidan-press', 'rferl']);
  });
});

describe('filter presets', () => {
  const outlets = pack.outlets;
  it('"Independent and wire only" hides every other ownership present', () => {
    const hide = PRESETS.find((p) => p.id === 'independent-wire')!.hide(outlets);
    expect(hide).toEqual({ ownership: ['party-affiliated', 'privately-owned', 'state-funded'] });
  });

  it('recognises the preset the filters amount to, whatever the order', () => {
    expect(presetMatching({}, outlets)?.id).toBe('all');
    expect(presetMatching({ ownership: ['state-funded', 'state-controlled'] }, outlets)?.id).toBe('no-state');
    expect(presetMatching({ alignment: ['pro-Kremlin'] }, outlets)).toBeUndefined();
  });

  it('toggles one label and drops an axis left empty', () => {
    const once = toggleLabel({}, 'alignment', 'pro-Kremlin', true);
    expect(once).toEqual({ alignment: ['pro-Kremlin'] });
    expect(toggleLabel(once, 'alignment', 'pro-Kremlin', false)).toEqual({});
  });
});

describe('an object shown in the story it is mostly reported in', () => {
  it('gives the aircraft the crash’s reporting, disagreements included, and says so', async () => {
    const c = (await coverageFor(packCoverageSource(pack), { entityId: 'il-76', pageUrl: 'https://www.afp.com/en/news/1' }))!;
    expect(c.context).toEqual({ id: 'il76-crash', name: pack.entities.find((e) => e.id === 'il76-crash')!.name });
    expect(c.facets.flatMap((f) => f.disagreements).some((d) => d.text.includes('5 bodies'))).toBe(true);
    expect(c.outletIds).not.toContain('afp');
  });

  it('needs the event named in two claims or more: one claim naming it in passing is no story the object is reported in', async () => {
    // The peace formula: one claim, naming a resolution. The S-300: two, one naming the crash.
    expect((await coverageFor(packCoverageSource(pack), { entityId: 'ukraine-peace-formula' }))!.context).toBeUndefined();
    expect((await coverageFor(packCoverageSource(pack), { entityId: 's-300' }))!.context).toBeUndefined();
  });

  it('leaves people to their own claims', async () => {
    expect((await coverageFor(packCoverageSource(pack), { entityId: 'dmitry-peskov' }))!.context).toBeUndefined();
  });
});
