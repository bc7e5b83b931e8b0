/**
 * What a count with no noun of its own counts, from the words around it: people after "killed" or
 * before "were", a toll, "the number of deaths at nine", "up from 312" and "two more" (what the
 * sentence counted before).
 */
import { KEYS, plainCount } from './count-keys';
import type { StatedNumber } from '../pack/types';

/** Before a count with no noun of its own, a toll: "the death toll in the valley rose to three". */
const TOLL = /\b(death toll|toll)\b[^.]{0,80}\b(to|at|of|reached)\s+$/i;
/** Before a count with no noun of its own, what it is the number of: "put the number of deaths at nine", "gave the number of operations as 212". */
const NUMBER_OF =
  /\b(?:number|figure|count|total) of ([\p{Ll}-]+)(?: ([\p{Ll}-]+))?\b[^.;\d]{0,80}?\b(?:at|as|to|is|was|stands at|reached)\s+(?:about |around |some |nearly |almost |more than |at least )?$/u;
function numberOf(before: string): string | undefined {
  const m = NUMBER_OF.exec(before);
  // "the number of rescheduled operations", "the number of people treated": the plural of the two words.
  for (const noun of m ? [m[2], m[1]] : []) {
    if (!noun) continue;
    if (/^(deaths|dead|fatalities|casualties)$/i.test(noun)) return 'people';
    const key = KEYS.find(([, r]) => r.test(noun))?.[0] ?? plainCount(noun, 2);
    if (key) return key;
  }
  return undefined;
}
/**
 * Before a count with no noun of its own, a change of what was counted before, or more of it: "418
 * reports, up from 312", "bringing the number to 17", "against an average of 2 million", "two
 * meetings with the company and two with the campaigners", "four bolts instead of the six".
 */
const COMPARED =
  /(\b(up|down) from|\b(rose|rises|risen|rising|fell|falls|fallen|falling|increased|climbed|dropped|grew|jumped) (from|to)|\bthe number\b[^.;]{0,60}\bto|\bthan|\bcompared with|\binstead of|\b(an? |the )?(daily |weekly |monthly |annual |yearly )?average of|(?<!\d\s)\band)\s+(the )?(about |around |some |nearly |almost |more than |at least )?$/i;
/** After the count, what it stands for when no noun follows ("five were from Lower Ferrin", "9 remain missing"). */
export const BARE_PEOPLE =
  /^(were|are|is|was|remain|remains|remained|died|have died|had died|had been|have been|lived|came|fled|left|stayed|returned|escaped|survived|worked|live|come|work)\b/i;
/** Before a bare count, a verb whose object is people: "killed six people and injured 23". */
const HARMED = /\b(killed|injured|wounded|hurt|evacuated|rescued|treated|hospitali[sz]ed)\s+(at least |about |some |another |a further )?$/i;

/** The key of a count with no noun after it, or undefined when nothing says what it counts. */
export function bareCount(before: string, after: string, earlier: StatedNumber | undefined, more: boolean): string | undefined {
  return (
    // "two more", "a further three": more of what was counted.
    (more && earlier?.counts) ||
    (/^\p{Ll}+ed\b/u.test(after) && (earlier?.counts ?? 'people')) ||
    (BARE_PEOPLE.test(after) && earlier?.counts) ||
    (BARE_PEOPLE.test(after) || HARMED.test(before) || TOLL.test(before) ? 'people' : undefined) ||
    numberOf(before) ||
    (COMPARED.test(before) ? earlier?.counts : undefined)
  );
}
