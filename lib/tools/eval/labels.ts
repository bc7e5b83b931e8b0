/**
 * The labels of an extraction set (labels.json, "parallax-extraction-labels/1"): which sentences of
 * the set's pages carry a claim, in whose voice, by whom, with which figures. validateLabels checks
 * an untrusted file in full and names the first bad field, like validatePack does for packs.
 * The format is documented in docs/extraction-set.md.
 */
import { CLAIM_MODES, type ClaimMode } from '../../core/pack/types';
import { err, ok, type Result } from '../../core/result';

export const LABELS_FORMAT = 'parallax-extraction-labels/1';
export const SPEAKER_KINDS = ['person', 'role', 'organisation', 'outlet', 'unnamed'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export interface LabelledSpeaker {
  name: string;
  kind: SpeakerKind;
  /** The pack entity this speaker is, when there is one: an extracted entity speaker with this id matches. */
  entityId?: string;
  /** Other acceptable spellings ("Defence Ministry" for "Russia's Defence Ministry"). */
  also?: string[];
}

export interface LabelledFigure {
  value: number;
  counts: string;
}

export interface Label {
  article: string;
  sentence: string;
  isClaim: boolean;
  /** For claims: the entities (usually the event) the sentence is about. */
  entityIds?: string[];
  mode?: ClaimMode;
  speaker?: LabelledSpeaker;
  figures?: LabelledFigure[];
  classes: string[];
}

export interface SetArticle {
  file: string;
  style: string;
  outletId?: string;
  events?: string[];
}

export interface LabelSet {
  format: typeof LABELS_FORMAT;
  articles?: SetArticle[];
  labels: Label[];
}

class Bad extends Error {}
type Obj = Record<string, unknown>;
const fail = (path: string, what: string): never => {
  throw new Bad(`${path}: ${what}`);
};
const obj = (v: unknown, path: string): Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(path, 'must be an object');
const text = (v: unknown, path: string): string => (typeof v === 'string' && v.trim() !== '' ? v : fail(path, 'must be a non-empty string'));
const texts = (v: unknown, path: string): string[] =>
  Array.isArray(v) ? v.map((s, i) => text(s, `${path}[${i}]`)) : fail(path, 'must be an array of strings');
const oneOf = <T extends string>(v: unknown, path: string, allowed: readonly T[]): T =>
  (allowed as readonly unknown[]).includes(v) ? (v as T) : fail(path, `must be one of ${allowed.join(', ')}`);

function checkClaim(l: Obj, p: string): void {
  if (texts(l.entityIds, `${p}.entityIds`).length === 0) fail(`${p}.entityIds`, 'must name at least one entity');
  oneOf(l.mode, `${p}.mode`, CLAIM_MODES);
  const s = obj(l.speaker, `${p}.speaker`);
  text(s.name, `${p}.speaker.name`);
  oneOf(s.kind, `${p}.speaker.kind`, SPEAKER_KINDS);
  if (s.entityId !== undefined) text(s.entityId, `${p}.speaker.entityId`);
  if (s.also !== undefined) texts(s.also, `${p}.speaker.also`);
  if (!Array.isArray(l.figures)) fail(`${p}.figures`, 'must be an array (empty when the sentence states no figure)');
  (l.figures as unknown[]).forEach((f, j) => {
    const q = `${p}.figures[${j}]`;
    const o = obj(f, q);
    if (typeof o.value !== 'number' || !Number.isFinite(o.value)) fail(`${q}.value`, 'must be a number');
    text(o.counts, `${q}.counts`);
  });
}

function check(input: unknown): LabelSet {
  const set = obj(input, 'labels.json');
  if (set.format !== LABELS_FORMAT) fail('format', `must be "${LABELS_FORMAT}"`);
  if (set.articles !== undefined) {
    if (!Array.isArray(set.articles)) fail('articles', 'must be an array');
    (set.articles as unknown[]).forEach((a, i) => {
      const o = obj(a, `articles[${i}]`);
      text(o.file, `articles[${i}].file`);
      text(o.style, `articles[${i}].style`);
    });
  }
  if (!Array.isArray(set.labels) || set.labels.length === 0) fail('labels', 'must be a non-empty array');
  (set.labels as unknown[]).forEach((v, i) => {
    const p = `labels[${i}]`;
    const l = obj(v, p);
    text(l.article, `${p}.article`);
    text(l.sentence, `${p}.sentence`);
    if (typeof l.isClaim !== 'boolean') fail(`${p}.isClaim`, 'must be true or false');
    texts(l.classes, `${p}.classes`);
    if (l.isClaim) checkClaim(l, p);
  });
  return input as LabelSet;
}

export function validateLabels(input: unknown): Result<LabelSet> {
  try {
    return ok(check(input));
  } catch (e) {
    if (e instanceof Bad) return err(`Not a valid labels file: ${e.message}`);
    throw e;
  }
}
