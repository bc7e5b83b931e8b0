/**
 * Realistic saved highlights for the collection tests: sentences from the January 2024 coverage
 * (the Il-76 crash, the prisoner exchange), with notes, tags and a snapshot of other outlets' claims.
 */
import type { Highlight, SnapshotClaim } from '../../../../lib/core/highlights/types';

export const OUTLET_NAMES: Record<string, string> = {
  rferl: 'Radio Free Europe/Radio Liberty',
  afp: 'Agence France-Presse',
  'pravda-ru': 'Pravda.ru',
  'euromaidan-press': 'Euromaidan Press',
};

export const IL76 = { id: 'il76-crash', name: 'Il-76 crash in Belgorod region', type: 'event' };
export const EXCHANGE = { id: 'prisoner-exchange-2024-01', name: 'Planned prisoner exchange of 24 January 2024', type: 'event' };
export const PESKOV = { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person' };

/** 24 Jan 2024, 12:00 UTC (noon, so the local date is the same in every time zone from −11 to +11). */
export const DAY = Date.UTC(2024, 0, 24, 12);
const HOUR = 3_600_000;

export function claim(over: Partial<SnapshotClaim> = {}): SnapshotClaim {
  return {
    id: 'c-afp-1',
    outletId: 'afp',
    outletName: 'Agence France-Presse',
    outletLabels: { ownership: 'wire', alignment: 'neutral' },
    facet: 'who-was-aboard',
    quote: 'Moscow said the plane was carrying 65 Ukrainian prisoners of war.',
    speaker: { kind: 'entity', entityId: 'russian-mod', name: 'Russian Ministry of Defence' },
    mode: 'attributed',
    published: '2024-01-24',
    articleTitle: 'Russian military plane crashes near Ukraine border',
    url: 'https://www.afp.com/en/news/il76',
    ...over,
  };
}

export function highlight(over: Partial<Highlight> & { id: string }): Highlight {
  const created = over.created ?? DAY;
  return {
    url: 'https://www.rferl.org/a/russia-il76-crash-belgorod/32790000.html',
    title: 'Russian Military Plane Crashes In Belgorod Region',
    outletId: 'rferl',
    quote: {
      exact: 'The Kremlin said it had no information about who was on board.',
      prefix: 'Asked about the crash, ',
      suffix: ' Ukraine has not confirmed',
    },
    position: { start: 120, end: 184 },
    note: '',
    tags: [],
    entityIds: [IL76.id],
    created,
    updated: created,
    snapshot: { entities: [IL76], claims: [claim()], takenAt: created },
    anchor: { status: 'anchored', checked: created },
    ...over,
  };
}

/** Four highlights on three pages; h2 is about two entities, h4 about none and orphaned. */
export function collection(): Highlight[] {
  return [
    highlight({
      id: 'h1',
      note: 'Kremlin declines to confirm who was aboard — compare with MoD statement',
      tags: ['il-76', 'attribution'],
      created: DAY,
    }),
    highlight({
      id: 'h2',
      url: 'https://www.pravda.ru/news/world/1930000-il76/#comments',
      title: 'Kyiv shot down the plane with prisoners, says Peskov',
      outletId: 'pravda-ru',
      quote: { exact: 'Peskov said the exchange had been thwarted by the Ukrainian side.', prefix: '', suffix: '' },
      note: '  Check the exchange date against the Ukrainian coordination HQ  ',
      tags: ['exchange'],
      entityIds: [IL76.id, EXCHANGE.id, PESKOV.id],
      snapshot: {
        entities: [IL76, EXCHANGE, PESKOV],
        claims: [
          claim({
            id: 'c-pr-1',
            outletId: 'pravda-ru',
            outletName: 'Pravda.ru',
            outletLabels: { alignment: 'pro-Kremlin' },
            speaker: { kind: 'outlet' },
            mode: 'asserted',
            quote: 'Ukraine shot down the plane.',
            url: undefined,
          }),
          claim({
            id: 'c-rf-1',
            outletId: 'rferl',
            outletName: 'Radio Free Europe/Radio Liberty',
            speaker: { kind: 'source', name: 'Ukraine’s military intelligence' },
            mode: 'denied',
            quote: 'Ukraine’s intelligence said it had no confirmation of who was aboard.',
          }),
        ],
        takenAt: DAY + 2 * HOUR,
      },
      created: DAY + 2 * HOUR,
    }),
    highlight({
      id: 'h3',
      url: 'https://www.rferl.org/a/russia-il76-crash-belgorod/32790000.html#section-2',
      quote: { exact: 'Video from the scene showed a large fireball in a snowy field.', prefix: '', suffix: '' },
      note: 'Footage geolocated near Yablonovo',
      tags: ['footage', 'il-76'],
      created: DAY + HOUR,
    }),
    highlight({
      id: 'h4',
      url: 'https://www.afp.com/en/news/davos-peace-formula',
      title: 'Zelensky takes peace formula to Davos',
      outletId: 'afp',
      quote: { exact: 'Zelensky urged business leaders to keep supporting Ukraine through the winter.', prefix: '', suffix: '' },
      note: '',
      tags: [],
      entityIds: [],
      snapshot: { entities: [], claims: [], takenAt: DAY - 24 * HOUR },
      created: DAY - 24 * HOUR,
      anchor: { status: 'orphan', checked: DAY + 3 * HOUR },
    }),
  ];
}
