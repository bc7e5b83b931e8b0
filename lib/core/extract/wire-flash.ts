/**
 * A wire's flash: a line in capitals, sent before the story, that says who speaks either with its own
 * verb ("ALMADORA CENTRAL BANK GOVERNOR SAYS …") or after a dash at its end ("PESO OPENS AT 26.80 PER
 * DOLLAR - DEALERS"). Its words are written as names are ("Almadora Central Bank Governor"); a
 * feature's name after the dash ("- IN PICTURES", "- UPDATE") and the outlet's own name are no one's.
 */
import type { Speaker } from '../pack/types';
import { nameCase } from './labels';
import { type Antecedents, isOutlet } from './referents';
import { sourceOf } from './speaker-source';

/**
 * A line in capitals (no lower-case letter but a date's before it: "Apr 10, 11:06 GMT …") closed by its
 * source after a dash: " - DEALERS", " – CENTRAL BANK" (not " - UPDATE").
 */
const FLASH_SOURCE =
  /^(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? )?(?=[^\p{Ll}]*$).{12,}?\s[-–—]\s?(?!(?:(?:THE\s)?(?:LATEST|UPDATED?|UPDATES|LIVE(?:\sUPDATES|\sBLOG)?|VIDEO|PHOTOS?|PICTURES|WATCH|EXCLUSIVE|BREAKING|ANALYSIS|OPINION|FACTBOX|TIMELINE|EXPLAINER|EXPLAINED|REPORT|URGENT|FLASH|CORRECTED|REFILE|FULL\sTEXT|TRANSCRIPT|Q&A|LISTEN|PODCAST|GALLERY)|IN\s(?:PICTURES|PHOTOS|FULL|DEPTH|BRIEF|NUMBERS|MAPS|CHARTS)|WHAT\sWE\sKNOW(?:\sSO\sFAR)?)\s*$)(\p{Lu}[\p{Lu}'’.&]*(?:\s\p{Lu}[\p{Lu}'’.&]*){0,3})\s*$/u;

/** A flash that says who speaks in its own words ("RUSSIA SAYS …", "KYIV DENIES …") is read by its verb. */
const FLASH_SUBJECT =
  /^(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? )?(?:\d{1,2}:\d{2} ?(?:GMT|UTC)? )?(?=[^\p{Ll}]*$)(?!(?:WHAT|WHO|WHY|HOW|WHEN|WHERE|WHICH|NOBODY|NO ONE|EVERYONE|EVERYBODY|SOMEONE|I|WE|YOU|HE|SHE|THEY|IT|THIS|THAT)\s)((?:[\p{Lu}'’.&-]+ ){1,6}?)(?:SAYS|SAID|TELLS|TOLD|CLAIMS|DENIES|ACCUSES|WARNS|CONFIRMS|ANNOUNCES)\b/u;
const FLASH_SAYS =
  /\b(?:SAYS?|SAID|TELLS?|TOLD|CLAIMS?|CLAIMED|DENIES|DENIED|ACCUSES|ACCUSED|WARNS|WARNED|REPORTS|REPORTED|CONFIRMS|CONFIRMED|ANNOUNCES|ANNOUNCED)\b/;

/** Who speaks a wire's flash, if `masked` is one that says. */
export function flashSpeaker(masked: string, a: Antecedents): Speaker | undefined {
  const subject = FLASH_SUBJECT.exec(masked)?.[1].trim().split(/\s+/);
  if (subject && !isOutlet(subject, a)) {
    const who = sourceOf(nameCase(subject.join(' ')).split(/\s+/));
    if (who) return who;
  }
  // After the dash only where no verb of saying reads it otherwise ("RUSSIA SAYS … - IN PICTURES").
  const flash = FLASH_SAYS.test(masked) ? null : FLASH_SOURCE.exec(masked);
  const source = flash ? nameCase(flash[1]).split(/\s+/) : undefined;
  return source && !isOutlet(source, a) ? sourceOf(source) : undefined;
}
