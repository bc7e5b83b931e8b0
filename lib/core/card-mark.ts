/**
 * The reader's card mark: a word and a colour chosen at random for this browser, shown in every card
 * Parallax draws and in the popup. A page can draw an imitation of the card (its markup and style are
 * public) with claims of its own under real outlets' names; it cannot know the mark, which is kept in
 * extension storage and drawn in the card's closed root. A card without the reader's mark is not
 * Parallax's. 48 words and 8 colours: a page guessing has one chance in 384.
 */
import * as v from 'valibot';
import { object } from './schema-issues';

export const MARK_WORDS = [
  'lark',
  'fern',
  'quartz',
  'harbor',
  'ember',
  'willow',
  'comet',
  'basalt',
  'heron',
  'maple',
  'orbit',
  'pebble',
  'thistle',
  'lantern',
  'otter',
  'cedar',
  'glacier',
  'meadow',
  'falcon',
  'saffron',
  'anchor',
  'birch',
  'coral',
  'dune',
  'fjord',
  'garnet',
  'hazel',
  'iris',
  'juniper',
  'kestrel',
  'lagoon',
  'marble',
  'nutmeg',
  'onyx',
  'plover',
  'quill',
  'raven',
  'sorrel',
  'tundra',
  'umber',
  'vesper',
  'walnut',
  'yarrow',
  'zephyr',
  'acorn',
  'bramble',
  'cobalt',
  'delta',
] as const;

/** Each colour as drawn, light and dark enough to show on the card's light and dark grounds. */
export const MARK_COLOURS = {
  amber: '#c27c0e',
  teal: '#0f8f86',
  violet: '#7c4ddb',
  rose: '#d0367a',
  blue: '#2f6fe0',
  green: '#2e9a4e',
  slate: '#6b7a90',
  orange: '#dd5b1f',
} as const;

export const CardMarkSchema = object({
  word: v.picklist(MARK_WORDS, 'must be one of the mark words'),
  colour: v.picklist(Object.keys(MARK_COLOURS) as (keyof typeof MARK_COLOURS)[], 'must be one of the mark colours'),
});
export type CardMark = v.InferOutput<typeof CardMarkSchema>;

/** A whole number in [0, n), from the browser's cryptographic generator: a page cannot predict it. */
const randomBelow = (n: number) => crypto.getRandomValues(new Uint32Array(1))[0] % n;

/** A new mark, at random. */
export function newCardMark(random: (n: number) => number = randomBelow): CardMark {
  const colours = Object.keys(MARK_COLOURS) as (keyof typeof MARK_COLOURS)[];
  return { word: MARK_WORDS[random(MARK_WORDS.length)], colour: colours[random(colours.length)] };
}

/** The mark as the reader reads it: "amber lark". */
export const markWords = (mark: CardMark) => `${mark.colour} ${mark.word}`;
