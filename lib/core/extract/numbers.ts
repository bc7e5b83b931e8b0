/**
 * The numbers a sentence states and what they count ("65 Ukrainian prisoners of war", "six crew
 * members", "74 people had been onboard", "only five bodies"), with a key that lets outlets'
 * figures be compared. Dates, times, years, model names and episode numbers are not counts.
 */
import type { StatedNumber } from '../pack/types';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, dozens: 24, hundreds: 200, thousands: 2000,
};
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s*$/;

/** What a counted noun phrase is about, for comparing figures across outlets. */
const COUNTS: [string, RegExp][] = [
  ['bodies', /\bbod(y|ies)|remains\b/i],
  ['crew', /\bcrew\b/i],
  ['escorts', /\bescorts?\b/i],
  ['prisoners of war', /\bprisoners?\b|\bPOWs?\b|\bcaptured\b|\bservicemen\b|\bsoldiers\b|\btroops\b/i],
  ['children', /\bchildren\b/i],
  ['missiles', /\bmissiles?\b/i],
  ['conscripts', /\bconscripts?\b/i],
  ['countries', /\bcountries\b/i],
  ['people', /\bpeople\b|\bresidents\b|\bcivilians\b|\badults\b|\bothers\b|\bmembers\b/i],
];
const ABOARD = /^[^.;]{0,40}\b(aboard|onboard|on board)\b/i;
const NOUN_PHRASE = /^((?:[A-Z][\w-]*|captured|illegally|deported|more|other|of|war|army|crew|members|people|bodies|prisoners|soldiers|servicemen|escorts|residents|children|adults|civilians|missiles|conscripts|countries|troops|[a-z]+(?:s|en))\b\s*){1,6}/;

function counted(after: string): string {
  const m = NOUN_PHRASE.exec(after);
  if (!m) return '';
  let words = m[0].trim().split(/\s+/);
  // The phrase ends at its last counted noun: "65 Ukrainian POWs crashes" counts POWs, not crashes.
  const lastNoun = words.findLastIndex((w) => COUNTS.some(([, r]) => r.test(w)));
  if (lastNoun >= 0) words = words.slice(0, /^prisoners?$/i.test(words[lastNoun]) && /^of$/i.test(words[lastNoun + 1] ?? '') && /^war$/i.test(words[lastNoun + 2] ?? '') ? lastNoun + 3 : lastNoun + 1);
  while (words.length && /^(of|more|other|war)$/.test(words[words.length - 1]) && !/prisoners of war$/i.test(words.join(' '))) words.pop();
  return words.join(' ');
}

export function numbersIn(sentence: string): StatedNumber[] {
  const out: StatedNumber[] = [];
  const re = /(?<![\w#\-.,])(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)(?![\w\-:]|,\d|\.\d)/gi;
  for (const m of sentence.matchAll(re)) {
    const text = m[1];
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index! + text.length).replace(/^\s+/, '');
    const value = /^\d/.test(text) ? Number(text.replace(/,/g, '')) : WORDS[text.toLowerCase()];
    if (/^\d{4}$/.test(text) && value >= 1900 && value <= 2100) continue;
    if (MONTH.test(before) || /^(January|February|March|April|May|June|July|August|September|October|November|December|am|pm|GMT|a\.m\.|p\.m\.)\b/.test(after)) continue;
    if (/^(of|to|or)\b/i.test(after) && !/^of (them|those)/.test(after) && !/^(to|or) \d/.test(after)) continue;
    const what = counted(after);
    if (!what) continue;
    const key = COUNTS.find(([, r]) => r.test(what))?.[0];
    // Durations, goals, events: numbers, but nothing two outlets' figures could be compared on.
    if (!key) continue;
    const counts = key === 'people' && ABOARD.test(after) ? 'aboard' : key;
    out.push({ value, text, what, counts });
  }
  return out;
}
