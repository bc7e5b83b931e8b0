/**
 * The benchmark's workloads, generated deterministically (a seeded PRNG, no clock, no randomness
 * from outside): long articles seeded with known names, synthetic entities, and gazetteers of a
 * given alias count (seed entities plus synthetic ones). Claim packs: ./pack-workloads.ts.
 */
import type { ClaimPack, Entity, EntityType } from '../../core/pack/types';
import type { GazetteerEntry } from '../../core/spot/gazetteer';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];

/** Filler words that name nothing in the seed corpus (checked by the generator's caller in tests of the run). */
export const WORDS = (
  'the a of and to in that for on with as at by from about after over under before while during ' +
  'committee harbour reviewed plans new benches along quiet streets gardeners watered tulips near old ' +
  'bridges children flew kites green fields grey clouds until evening council budget schools library ' +
  'weather morning market traders bread prices rose slowly river trains late station crowds waited ' +
  'officials said would could might report figures showed higher lower season farmers harvest rain ' +
  'museum opened exhibition visitors painters local history teachers students exams results village ' +
  'road repairs traffic drivers cyclists routes mayor residents meeting hall evening concert music ' +
  'their other many several some most every each week month year later early again also only still'
).split(' ');
const OPENERS = ['The', 'Meanwhile', 'Later', 'Residents', 'Officials', 'Several', 'Local', 'Others', 'Earlier', 'Critics'];

/**
 * Seed entities whose names the articles carry. Their aliases (93) plus synthetic ones make the
 * 100-alias gazetteer; every larger gazetteer holds all seed entities and more synthetic ones.
 */
export const KNOWN_IDS = [
  'il76-crash',
  'il-76',
  'belgorod',
  'kyiv',
  'kharkiv',
  'volodymyr-zelensky',
  'vladimir-putin',
  'dmitry-peskov',
  'sergei-lavrov',
  'vyacheslav-gladkov',
  'vyacheslav-volodin',
  'andrei-kartapolov',
  'dmytro-lubinets',
  'russian-defence-ministry',
  'ukrainian-general-staff',
  'council-of-europe',
  'reuters',
  'ukrayinska-pravda',
  'drone-coalition',
  'bashkortostan-protests',
  'davos',
] as const;

/** The phrases put into articles: every alias of a known entity that needs no earlier full name. */
export function knownNames(seed: ClaimPack): string[] {
  const names: string[] = [];
  for (const id of KNOWN_IDS) {
    const e = seed.entities.find((x) => x.id === id);
    if (!e) throw new Error(`Seed entity ${id} is missing`);
    const later = new Set(e.rules?.afterFullName ?? []);
    names.push(...e.aliases.filter((a) => !later.has(a)));
  }
  return names;
}

export interface ArticleWorkload {
  words: number;
  /** How many known names were put in. */
  seeded: number;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A news article of about `words` words in paragraphs of 60–140 words, with a known name about
 * every `every` words. Plain static HTML: nothing on the page changes after load.
 */
export function articleHtml(seed: ClaimPack, words: number, every = 100, seedNo = 1): ArticleWorkload {
  const rand = prng(seedNo);
  const names = knownNames(seed);
  const paragraphs: string[] = [];
  let written = 0;
  let seeded = 0;
  let untilName = every;
  while (written < words) {
    const target = Math.min(60 + Math.floor(rand() * 80), words - written);
    const sentences: string[] = [];
    let inParagraph = 0;
    while (inParagraph < target) {
      const length = Math.min(8 + Math.floor(rand() * 16), target - inParagraph);
      const parts: string[] = [pick(rand, OPENERS)];
      for (let i = 1; i < length; i++) {
        if (--untilName <= 0) {
          parts.push(pick(rand, names));
          untilName = every;
          seeded++;
        } else parts.push(pick(rand, WORDS));
      }
      sentences.push(`${parts.join(' ')}.`);
      inParagraph += length;
    }
    paragraphs.push(`<p>${escapeHtml(sentences.join(' '))}</p>`);
    written += inParagraph;
  }
  const title = `A ${words.toLocaleString('en')}-word article`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><article><h1>${title}</h1>
${paragraphs.join('\n')}
</article></body></html>
`;
  return { words: written, seeded, html };
}

const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'ten',
  'vas',
  'lor',
  'quin',
  'dar',
  'shu',
  'bel',
  'zor',
  'ny',
  'pha',
  'gri',
  'tov',
  'wex',
  'jul',
  'cas',
  'dro',
  'fen',
  'hil',
  'mor',
  'sta',
  'vik',
  'yel',
  'zan',
  'ost',
  'ur',
  'eph',
  'ix',
];
const TYPES: EntityType[] = ['person', 'organization', 'place', 'event', 'group'];

function syntheticWord(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(rand, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * `count` synthetic entities with two aliases each ("Varen Kostil", "Kostil Varen"), all distinct
 * and none a seed alias or a filler word. Always the same for the same count (a prefix of the next).
 */
export function syntheticEntities(count: number, taken: Iterable<string> = []): Entity[] {
  const rand = prng(42);
  const used = new Set([...taken].map((a) => a.toLowerCase()));
  for (const w of [...WORDS, ...OPENERS]) used.add(w.toLowerCase());
  const out: Entity[] = [];
  while (out.length < count) {
    const first = syntheticWord(rand);
    const last = syntheticWord(rand);
    const a = `${first} ${last}`;
    const b = `${last} ${first}`;
    if (used.has(a.toLowerCase()) || used.has(b.toLowerCase()) || used.has(first.toLowerCase()) || used.has(last.toLowerCase())) continue;
    used.add(a.toLowerCase());
    used.add(b.toLowerCase());
    const type = TYPES[out.length % TYPES.length];
    out.push({ id: `syn-${out.length}`, name: a, type, aliases: [a, b], description: `Synthetic ${type} ${out.length} for the benchmark.` });
  }
  return out;
}

const aliasCount = (entries: readonly { aliases: string[] }[]) => entries.reduce((n, e) => n + e.aliases.length, 0);

/**
 * A gazetteer of exactly `aliases` aliases: the known seed entities (all seed entities from 1,000
 * up), topped up with synthetic entities (the last one trimmed to one alias if needed).
 */
export function gazetteerOf(seed: ClaimPack, aliases: number): GazetteerEntry[] {
  const base = aliases >= 1000 ? seed.entities : seed.entities.filter((e) => (KNOWN_IDS as readonly string[]).includes(e.id));
  const entries: GazetteerEntry[] = base.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    ...(e.rules ? { rules: e.rules } : {}),
  }));
  const missing = aliases - aliasCount(entries);
  if (missing < 0) throw new Error(`A gazetteer of ${aliases} aliases cannot hold the known entities (${aliasCount(entries)} aliases)`);
  const extra = syntheticEntities(
    Math.ceil(missing / 2),
    seed.entities.flatMap((e) => e.aliases),
  );
  if (missing % 2 === 1) extra[extra.length - 1] = { ...extra[extra.length - 1], aliases: [extra[extra.length - 1].aliases[0]] };
  entries.push(...extra.map(({ id, name, type, aliases: a }) => ({ id, name, type, aliases: a })));
  return entries;
}
