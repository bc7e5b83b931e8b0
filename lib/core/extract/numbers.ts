/**
 * The numbers a sentence states and what they count ("65 Ukrainian prisoners of war", "six crew
 * members", "74 people had been onboard", "Ninety-five Ostrevian heroes", "all 31 affected
 * substations"), with a key that lets outlets' figures be compared: a shared key where one fits
 * (prisoners of war, crew, escorts, aboard, bodies, people, children, missiles, countries),
 * otherwise the counted noun itself ("villages", "households"); shares in per cent, money by its
 * unit ("65 million marks", "$4.5m") and lengths and weights by one spelling ("25 meters" is "25 metres").
 * Dates, times, years, ages, durations, model names and episode numbers are not counts.
 */
import { isPackFigure } from '../pack/bounds';
import type { StatedNumber } from '../pack/types';
import { BARE_PEOPLE, bareCount } from './bare-count';
import { KEYS, MEN, plainCount } from './count-keys';
import { currencyOf, LETTERS_BEFORE_SUM, SPACED_RAND } from './currencies';

const UNITS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
  ' ',
);
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
/** "dozens of", "thousands of": no figure is stated (no set labels one). */
const LOOSE = new Set(['dozens', 'hundreds', 'thousands']);
/** "three hundred", "two dozen", "a dozen", "1.4 million": a number times the word after it. */
const TIMES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, bn: 1e9, m: 1e6 };
const TENS_UNITS = `(?:${TENS.join('|')})(?:-(?:${UNITS.slice(0, 9).join('|')}))?|${UNITS.join('|')}`;
const WORD_NUMBER = `(?:${TENS_UNITS}|a) (?:dozen|hundred|thousand|lakh|million|crore|billion)|${TENS_UNITS}|dozens|hundreds|thousands`;
/** Digits with thousands separated by commas or a decimal part, and a scale after them ("1.1 billion", "£2.5bn", "Rs 5 lakh"). */
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d+|\\d+)(?: (?:million|billion|lakh|crore)\\b|(?:bn|m|km|kg|mm|cm)\\b)?`;
/** A number as a sentence writes it: in digits or in words. */
const NUMBER_TEXT = `${DIGITS}|${WORD_NUMBER}`;
/** After the first end of a range, its second: "four and six", "10 to 12", "30–40". */
const RANGE_END = new RegExp(`^(?:and|to|or|-|–)\\s*(?:${NUMBER_TEXT})\\s+`, 'i');
const NUMBER = new RegExp(`(?:(?<![\\w#\\-.,])|${LETTERS_BEFORE_SUM})(${SPACED_RAND}|${NUMBER_TEXT})(?![\\w\\-:]|,\\d|\\.\\d)`, 'gi');
const NUMBER_WORD = new RegExp(`\\b(${WORD_NUMBER})\\b`, 'i');

/** Whether a text writes a number in words ("Nine people remain missing"). */
export const hasNumberWord = (text: string): boolean => NUMBER_WORD.test(text);

function numberValue(text: string): number {
  // A tabloid's "ƒ1.1 MILLION" is a sum as "ƒ1.1 million" is.
  const scaled = /^([\d.,]+) ?(million|billion|lakh|crore|bn|m)$/i.exec(text);
  if (scaled) return Math.round(numberValue(scaled[1]) * TIMES[scaled[2].toLowerCase()]);
  if (/^\d/.test(text)) return Number(text.replace(/[, ]/g, ''));
  const [word, times] = text.toLowerCase().split(' ');
  if (times) return (word === 'a' ? 1 : numberValue(word)) * TIMES[times];
  const [tens, unit] = word.split('-');
  const t = TENS.indexOf(tens);
  return t >= 0 ? (t + 2) * 10 + (unit ? UNITS.indexOf(unit) + 1 : 0) : UNITS.indexOf(tens) + 1;
}

const MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$/;
const NOT_A_COUNT =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|am|pm|GMT|UTC|a\.m\.|p\.m\.|o['’]clock)/i;
const PER_CENT = /^(per ?cent|percent|pct\b|%)/i;
/**
 * Durations: numbers, but not of anything outlets' figures are compared on. (A multiple is counted,
 * "five times the daily average", "rang the line three times": outlets give them as figures.)
 */
const NOT_COUNTED =
  /^(seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|months?|years?|decades?|centur(y|ies)|points?|goals?|stages?|ways?|sides?|things?)$/i;
/** Lengths and weights, by one spelling each, so that "25 metres" and "25 meters" compare. */
const MEASURES: [string, RegExp][] = [
  ['km', /^(km|kilometres?|kilometers?)$/i],
  ['metres', /^(metres?|meters?)$/i],
  ['millimetres', /^(mm|millimetres?|millimeters?)$/i],
  ['centimetres', /^(cm|centimetres?|centimeters?)$/i],
  ['miles', /^miles?$/i],
  ['nautical miles', /^(nm|nmi)$/i],
  ['km/h', /^(km\/h|kph|kmh)$/i],
  ['mph', /^mph$/i],
  ['feet', /^(feet|foot|ft)$/i],
  ['kilograms', /^(kg|kilos?|kilograms?)$/i],
  ['tonnes', /^(tonnes?|tons?)$/i],
  // A temperature, as outlets compare heat and cold: "35 degrees", "34 to 37 degrees Celsius".
  ['degrees', /^(degrees?|°[CF]?)$/i],
];
/** Words that make degrees a temperature: "35 degrees Celsius", "temperatures above 35 degrees", "highs of 37 degrees". */
const TEMPERATURE =
  /\b(Celsius|Fahrenheit|centigrade|temperatures?|heat\w*|highs?|lows?|warm\w*|hot\w*|cold\w*|freez\w*|thermometers?|weather|forecast\w*|meteorolog\w*|(weather )?station|degrees [CF]\b)/i;
/** What a measure is taken per: "per litre", "per square metre", "per hour". */
const PER_UNIT = /^\s*per\s+((?:square|cubic)\s+)?(litre|liter|millilitre|milliliter|metre|meter|kilogram|tonne|hour|second)\b/i;
/** Nouns of measures that no length or weight key names: "milligrams", "kilonewtons", "becquerels". */
const MEASURE_NOUN = /^(milli|micro|nano|kilo)?(grams?|newtons?|becquerels?|joules?|watts?)$/i;
/** "liter" as "litre", "meter" as "metre": one spelling of a unit under a measure. */
const spelledMetric = (word: string) => word.replace(/er$/, 're');
/** The measure a word is a unit of ("meters" is "metres"), or undefined. */
const unitOf = (word: string) => MEASURES.find(([, r]) => r.test(word))?.[0];
/** A quake's size: "magnitude 6.8", "a magnitude of 6.8", "6.8 on the Richter scale". */
const MAGNITUDE_BEFORE = /\bmagnitude(?:\s+of)?\s+$/i;
const MAGNITUDE_AFTER = /^on the Richter scale\b/i;
/**
 * A small number right after a name is the name's ("DoseLine 2 pens", "Terminal 3"), not a count, unless
 * the name is a place the count comes from or goes to ("from Russia 65 prisoners"), a weekday, or the sentence's first word.
 */
const NAME_BEFORE = /(?<!\b(from|in|to|at|into|across))\s\p{Lu}[\p{L}-]*\p{Ll}[\p{L}-]*\s+$/u;
const WEEKDAY = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Year|Total)\s+$/;
/** How much of the sentence before a number its patterns read. */
const BEFORE_CHARS = 200;
/** Words that end a counted noun phrase: function words, verbs and conjunctions. */
const REMAINS_VERB =
  /^remains\s+(missing|unaccounted|in|at|on|under|trapped|alive|critical|stable|hospitali[sz]ed|detained|held|closed|open|unidentified|unknown|unclear|underground|inside|behind|below)\b/i;
/** "the bodies of the last three workers": what is counted is bodies. */
const BODIES_OF = /\b(bodies|remains) of (the )?((last|remaining|other|another) )?$/i;
/** A large sum: "61 million", "£2bn". */
const LARGE = / (million|billion|trillion|lakh|crore)$|\d(bn|m)$/i;
/** A noun that numbers what it names rather than counting: "above kilometre 37", "ward 12", "platform 4". */
const NUMBERED =
  /\b(kilometre|kilometer|km|mile|milepost|platform|gate|junction|exit|ward|room|bed|page|clause|chapter|paragraph|section|article|berth|quay|pier|bay|stand|row|seat|bus|block|floor|level|phase|stage|item|lot|plot|zone|sector|district|route|line|runway|terminal|unit|number)\s+$/i;
/** A participle after a count with no noun: "41 lived", "the six shown". */
const PARTICIPLE = /^(\p{Ll}+ed|shown|given|drawn|seen|known|taken|written|chosen|held|built|kept|paid|sold|made|sent)$/u;
/** A time right after a count: "eleven last night", "11 two years ago", "31 a year earlier". */
const TIME_AFTER = new RegExp(
  `^(last|this|next|yesterday|today|tonight|ago)\\b|^(earlier|previously|before)\\s*([,.;]|$)|^(a|one|${NUMBER_TEXT})\\s+(years?|months?|weeks?|days?|decades?)\\s+(ago|earlier|before|previously)\\b`,
  'i',
);
const STOP =
  /^(of|to|in|on|at|by|for|from|with|into|onto|across|through|near|and|or|but|as|that|who|which|were|was|are|is|be|been|being|had|have|has|remain|remained|died|could|would|will|can|may|might|said|says|the|a|an|their|its|his|her|them|those|including|among|when|while|since|after|before|than)$/i;
/** Servicemen are counted as prisoners of war where the sentence is about captivity or an exchange (not "returned fire"). */
const SERVICEMEN = /^(servicemen|soldiers|troops|defenders|heroes)$/i;
const EXCHANGE =
  /\b(exchange[sd]?|swap(ped)?|captivity|captured|captive|prisoners?|POWs?|detained|held|release[sd]?|freed|repatriated|home|aboard|on board)\b/i;
const ABOARD = /^[^.;]{0,40}\b(aboard|onboard|on board)\b/i;
const CAPTIVITY = /^[^.;]{0,40}\b(prisons?|captivity|detention|held captive)\b/i;

/** Adjectives that lead a counted phrase as participles do ("six new water-bombing aircraft"). */
const ADJECTIVE = /^(new|old|older|young|younger|more|other|small|large|big|former|local|further|additional|separate|main|major|full)$/i;

/** The counted noun phrase right after a number: up to five words, ending at its head noun. */
function phraseAfter(after: string): string[] {
  const words: string[] = [];
  // An aside in brackets is read past: "2.3 billion kroner (205 million euros)" counts kroner, "a 6.8 billion
  // shilling ($52.5 million) shortfall" shillings.
  for (const raw of after
    .replace(/\s*\([^()]{0,60}\)/g, '')
    .split(/\s+/)
    .slice(0, 6)) {
    const w = raw.replace(/[,;:.!?”"’)]+$/, '');
    const modifier = /(ed|ing|ly)$/.test(w) && !KEYS.some(([, r]) => r.test(w));
    // "illegally deported children": modifiers lead a phrase; after its first noun ("people held since") they end it.
    if (!w || STOP.test(w) || /^[–—-]$/.test(w) || (modifier && words.some((x) => !/(ed|ing|ly)$/.test(x) && !ADJECTIVE.test(x)))) break;
    words.push(w);
    // A unit ends it: "11 km above Olbeck", "35 km away".
    if (unitOf(w)) break;
    // A plural noun ends the phrase ("two fields east of", "households lost power", "three men hired"), except "crew members".
    // Not a singular in -is or -us ("14 listeriosis cases", "a virus sample").
    if (w !== raw || MEN.test(w) || (/[^s]s$/.test(w) && !/(is|us)$/i.test(w) && !/^(crew|prisoners?)$/i.test(w))) break;
  }
  return words;
}

/** Right before a count inside a phrase of place or part: "in six regions", "across three states". */
const IN_PHRASE = /\b(in|across|from|at|on|among|into|within)\s+$/i;
/** A measure written as an adjective: "a 60-metre section", "a 12-mile stretch". */
const HYPHENED_MEASURE =
  /(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)-(kilometres?|kilometers?|km|metres?|meters?|miles?|feet|foot|tonnes?|kilograms?|kilos?|centimetres?|millimetres?)\b/gi;

/** A factbox's field: "Persons on board: 23", "Fatalities: 2". */
const FIELD = /^(\p{Lu}[\p{L} ]{1,30}):\s*(\d{1,3}(?:,\d{3})+|\d+)\s*$/u;

/** The figure a factbox's field states, counting what its label names. */
function fieldFigure(label: string, text: string): StatedNumber {
  const last = label.split(' ').pop()!;
  const counts = ABOARD.test(label) ? 'aboard' : (KEYS.find(([, r]) => r.test(last))?.[0] ?? label.toLowerCase());
  return { value: numberValue(text), text, what: label.toLowerCase(), counts };
}

export function numbersIn(sentence: string): StatedNumber[] {
  const field = FIELD.exec(sentence.trim());
  if (field) return [fieldFigure(field[1], field[2])].filter((n) => isPackFigure(n.value));
  const out: StatedNumber[] = [];
  /** Where in the sentence each figure's number stands. */
  const where = new Map<StatedNumber, number>();
  for (const m of sentence.matchAll(HYPHENED_MEASURE)) {
    const unit = unitOf(m[2]);
    if (unit) out.push({ value: numberValue(m[1]), text: m[0], what: m[2], counts: unit });
  }
  for (const m of sentence.matchAll(NUMBER)) {
    const add = (n: StatedNumber) => {
      out.push(n);
      where.set(n, m.index!);
    };
    const text = m[1];
    // What stands right before it: the patterns read its last words only, and a whole sentence read
    // again for each of its numbers would cost its length squared.
    const before = sentence.slice(Math.max(0, m.index! - BEFORE_CHARS), m.index);
    let after = sentence
      .slice(m.index! + text.length)
      .replace(/^\s+/, '')
      .replace(/^or so\s+/i, '');
    // "two more boats", "two more drifted": more of the noun after, or of what was counted before.
    const more = /^more\s+/i.exec(after);
    if (more) after = after.slice(more[0].length);
    const value = numberValue(text);
    // Letters right before the figure are a currency's, as written ("Sh6.8"), or it is no figure ("SH1", a road's name).
    const currency = currencyOf(before, text);
    if (currency === null) continue;
    if (/^\d{4}$/.test(text) && value >= 1900 && value <= 2100 && !currency) continue;
    if (MONTH.test(before) || NOT_A_COUNT.test(after) || /\b(Day|No|Episode|Flight|Resolution)\s*$/i.test(before) || NUMBERED.test(before)) continue;
    // "5m" is five million only after a currency sign; otherwise metres or minutes. "1.5km", "40kg": a unit written on.
    if (/\d(bn|m)$/i.test(text) && !currency) continue;
    const unitOn = /\d(km|kg|mm|cm)$/i.exec(text)?.[1];
    if (unitOn) {
      const unit = unitOf(unitOn);
      if (unit) add({ value: numberValue(text.slice(0, -unitOn.length)), text, what: unitOn, counts: unit });
      continue;
    }
    if (/^\d{1,2}$/.test(text) && NAME_BEFORE.test(before) && !WEEKDAY.test(before) && !/['’]s\s+$/.test(before)) continue;
    if (MAGNITUDE_BEFORE.test(before) || MAGNITUDE_AFTER.test(after)) {
      add({ value, text, what: 'magnitude', counts: 'magnitude' });
      continue;
    }
    // "rose by 1.4 percentage points": a difference of rates, not a rate.
    if (/^(percentage|pct\.?) points?\b/i.test(after)) {
      add({ value, text, what: 'percentage points', counts: 'percentage points' });
      continue;
    }
    // "between two and four per cent", "10 to 12%": the first end of a range of percentages is one too.
    if (currency || PER_CENT.test(after) || PER_CENT.test(after.replace(RANGE_END, ''))) {
      const key = currency ?? 'per cent';
      add({ value, text, what: key, counts: key });
      continue;
    }
    // "dozens of farm shops", "thousands of people": no figure is stated.
    if (LOOSE.has(text.toLowerCase())) continue;
    // "every one of them" is no count.
    if (/^one$/i.test(text) && /\b(every|each|any|no)\s+$/i.test(before)) continue;
    // "two of the spillway gates", "65 of their own troops": the count is of what follows "of".
    const partitive = /^of (the|its|their|our|those|these|his|her|my|your) ([\p{L}-]+['’]s )?(own )?/iu.exec(after);
    // "three of the valley's 14 sirens": the count is of sirens; the 14 is read on its own.
    if (partitive) after = after.slice(partitive[0].length).replace(new RegExp(`^(?:${NUMBER_TEXT})\\s+`, 'i'), '');
    // "23 people …, five of them": a part of what the sentence counted last.
    const earlier = out[out.length - 1];
    const ofThem = /^of (them|whom|these|those)\b,?\s*/i.exec(after);
    if (ofThem) {
      // With nothing counted before in the sentence, "Nine of them remain in hospital" still counts people.
      const people = BARE_PEOPLE.test(after.slice(ofThem[0].length)) ? 'people' : undefined;
      // "Eleven people, nine of them children": the part's own noun, where it has a shared key.
      const own = KEYS.find(([, r]) => r.test(after.slice(ofThem[0].length).split(/[\s,.;]/)[0]))?.[0];
      // "23 people in six regions …, 17 of them": the count the clause is about, not one inside a phrase of place.
      const whole = [...out].reverse().find((n) => {
        const at = where.get(n);
        return at !== undefined && !IN_PHRASE.test(sentence.slice(Math.max(0, at - 12), at));
      });
      const counted = whole ?? earlier;
      const counts = own ?? counted?.counts ?? people;
      if (counts) add({ value, text, what: counted?.what ?? counts, counts });
      continue;
    }
    // "between four and six people": the first end of a range counts what the second does.
    const range = RANGE_END.exec(after);
    if (range) after = after.slice(range[0].length);
    let words = phraseAfter(after);
    if (
      /^prisoners?$/i.test(words[words.length - 1] ?? '') &&
      /^prisoners? of war\b/i.test(after.slice(after.toLowerCase().indexOf(words[words.length - 1].toLowerCase())))
    )
      words = [...words, 'of', 'war'];
    // "41 lived in Tamsby", "74 treated by crews", "the six shown on the drawings": a verb right after the count, no noun;
    // "down from eleven last night", "up from 11 two years ago", "the 24 it gave": a time or a subject after it, no noun either.
    if (words.length === 1 && PARTICIPLE.test(words[0]) && !KEYS.some(([, r]) => r.test(words[0]))) words = [];
    if (TIME_AFTER.test(after) || /^(it|they|he|she|we|I|you)\b/.test(after)) words = [];
    // "one remains missing", "one remains in intensive care": "remains" is the verb, not a body.
    if (REMAINS_VERB.test(after)) words = [];
    const nouns = words.filter((w) => !/^(of|war)$/.test(w) && !/ly$/.test(w));
    // A shared key names the head, except "dead" before a noun ("4,100 dead fish" are fish).
    const head = nouns.find((w, i) => KEYS.some(([, r]) => r.test(w)) && !(/^dead$/i.test(w) && i < nouns.length - 1)) ?? nouns.pop();
    const rest = after.slice(words.join(' ').length);
    let counts: string | undefined;
    const unit = head && unitOf(head);
    // "Vellamy was fined 118 million crowns, Astley-Ferrin 61 million": a sum with no noun is in the one before's.
    if (!head)
      counts = bareCount(before, after, earlier, !!more) ?? (LARGE.test(text) && earlier && LARGE.test(earlier.text) ? earlier.counts : undefined);
    // "a 600 million florin loan", "a 118 million crown penalty means …": a sum in a currency named as an
    // adjective, before a noun in the singular ("2.4 million card payments" are payments).
    else if (
      LARGE.test(text) &&
      words.length > 1 &&
      /^\p{Ll}+[^s]$/u.test(words[0]) &&
      !KEYS.some(([, r]) => r.test(words[0])) &&
      !MEN.test(words[0]) &&
      ((words.indexOf(head) > 0 && !/s$/.test(head)) || /^\p{Ll}+[^s]$/u.test(words[1]))
    )
      counts = `${words[0]}s`;
    // "2,000 square miles", "380,000 cubic metres": an area or a volume, not a length.
    // "two degrees" at a university, "a 180-degree turn": degrees are a figure only as heat or cold.
    else if (unit === 'degrees' && !TEMPERATURE.test(sentence) && !/^°/.test(head!)) continue;
    else if (unit) {
      const qualifier = (words[words.indexOf(head) - 1] ?? '').toLowerCase();
      counts = /^(square|cubic)$/.test(qualifier) ? `${qualifier} ${unit}` : qualifier === 'nautical' && unit === 'miles' ? 'nautical miles' : unit;
    }
    // "two older ones": more of what was counted.
    else if (/^ones$/i.test(head) && earlier) counts = earlier.counts;
    else if (NOT_COUNTED.test(head)) continue;
    else if (/^\s*guarding\b/i.test(rest)) counts = 'escorts';
    else if (SERVICEMEN.test(head)) counts = EXCHANGE.test(sentence) ? 'prisoners of war' : head.toLowerCase();
    else
      counts =
        KEYS.find(([, r]) => r.test(head))?.[0] ?? (/^\p{Lu}/u.test(head) && CAPTIVITY.test(rest) ? 'prisoners of war' : plainCount(head, value));
    // "the bodies of four workers" are bodies, as "four bodies" are.
    if (counts && BODIES_OF.test(before)) counts = 'bodies';
    // "9,800 milligrams per litre", "5 kilonewtons per square metre": a measure per unit is a measure of its own.
    const per = counts && (unit || MEASURE_NOUN.test(head ?? '')) ? PER_UNIT.exec(rest) : null;
    if (per)
      counts =
        counts === 'km' && /^hour/i.test(per[2]) ? 'km/h' : `${counts} per ${(per[1] ?? '').toLowerCase()}${spelledMetric(per[2].toLowerCase())}`;
    if (!counts) continue;
    // "six men on board" are everyone aboard, as "74 people" are.
    if ((counts === 'people' && (ABOARD.test(after) || /\bcarry(ing)?\s+$/i.test(before))) || (/^(wo)?men$/i.test(head ?? '') && ABOARD.test(after)))
      counts = 'aboard';
    add({ value, text, what: words.join(' ') || (earlier && counts === earlier.counts ? earlier.what : 'people'), counts });
  }
  // A figure past what a pack holds (../pack/bounds.ts) is no count a chart can show: left out.
  return out.filter((n) => isPackFigure(n.value));
}
