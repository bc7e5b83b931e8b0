/**
 * Another body's words published whole: a news release distributed by a newswire ("KESSLER FALLS,
 * Ore., Sept. 14, 2040 /PRWire/ -- …", closed by "SOURCE Greenfold Foods Inc."), or a statement a
 * paper reproduces after saying so ("The following statement was issued by the police on Monday.", "We
 * reproduce the notice below." over the issuer's name in capitals).
 * What such a page says in no one's name is the issuer's word, not the outlet's: its sentences are
 * attributed to the issuer. A listed company's announcement on an exchange's news service is one
 * too: its name heads it, over the term it is then called by ("(“HPT” or “the Company”)").
 * (A body's release on its own site is the outlet's own voice: the outlet is the body.)
 */
import { nameCase } from './labels';
import { DEFINED_ISSUER } from './page-notes';
import type { Paragraph } from './sentences';

/** The paragraphs [from, to) that are `issuer`'s words, and where its name stands in the article text. */
export interface PublishedStatement {
  from: number;
  to: number;
  /** The paragraph that is only the issuer's name heading the statement, if one does: no claim. */
  head?: number;
  issuer: { name: string; start: number; end: number };
  /** A person's speech published whole ("Address by …"), not a body's statement: its issuer may be a person. */
  speech?: true;
}

/**
 * A newswire's dateline, opening a paragraph: the place in capitals, the date with its year, the
 * wire's name between slashes, then the double dash wires use ("KESSLER FALLS, Ore., Sept. 14, 2040
 * /PRMeridian/ -- "). Near the start of the text, and the SOURCE line near its end: a reader's comment
 * quoted in the page cannot make the outlet's own sentences a release.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{1,40},[^/\n]{0,60}\b\d{4}\s*\/[^/\n]{2,30}\/\s*--\s/u;
/** How near the start the dateline, and how near the end the SOURCE line, must stand (paragraphs). */
const DATELINE_WITHIN = 6;
const SOURCE_WITHIN = 3;
/** A newswire's last line naming who issued the release. */
const WIRE_SOURCE = /^SOURCE\s+(\S.{1,80}?)\.?$/;
/**
 * A paper's note, opening its paragraph, that what follows is another's statement, whole: "The
 * following statement was issued by X …". The statement must end where the paper says so (below).
 */
const REPRODUCED =
  /^(?:The|A) (?:following|below) (?:statement|media statement|press release|news release)s? (?:was|were|has been|have been) (?:issued|released|sent|published) by ((?:the )?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&.-]*){0,7})/u;
/** "We reproduce the notice below", "Wind Weekly reproduces the operative part of the order below": its issuer heads it. */
const REPRODUCED_BELOW = /^(?:We|\p{Lu}[^.;:]{0,50}?)\s(?:reproduces?|publish(?:es)?|prints?)\s+(?:it|them|the\s[^.;]{1,60}?)\s+(?:below|in full)\b/u;
/** A body's name heading what follows, in capitals: "COMMISSION FOR ENERGY REGULATION AND SAFETY". */
const ISSUER_HEAD = /^\p{Lu}[\p{Lu}'’&,. -]{4,90}$/u;
/** Where a reproduced statement ends: its "ENDS" mark, or a short line with no sentence end (the paper's next heading). */
const STATEMENT_END = /^(?:-?\s*ENDS?\s*-?|#{3}|-30-)$/i;
/**
 * A speech published whole, headed near the page's start by who gave it: "Address by Donna Ruiz,
 * President, …", "Remarks as prepared for delivery by Dr. Ama Osei at …", "Speech of Lord Carew".
 */
const SPEECH_HEAD =
  /^(?:(?:Keynote|Opening|Closing|Inaugural|Budget|Commencement)\s+)?(?:[Aa]ddress|[Ss]peech|[Rr]emarks|[Kk]eynote)(?:\s+as\s+(?:prepared\s+for\s+delivery|delivered))?\s+(?:by|of)\s+((?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?=,|\s+(?:to|at|on|before|in)\s|\s*$)/u;
const SPEECH_WITHIN = 10;
/** The publisher's note on the text it gives: "Check against delivery.", "The text below is the President's speech as prepared." */
const SPEECH_NOTE = /\b(?:against delivery|as prepared|as delivered|text below|(?:this|the|her|his) (?:speech|address|remarks)\b)/i;
/** A speech's last words: "Thank you.", "Thank you. [Applause]". */
const SPEECH_CLOSE = /^Thank you(?: (?:all|very much|everyone))?[.!](?:\s*\[[^\]]{1,30}\])?$/i;
/** A company's name as it heads its announcement: a short line, no sentence. */
const isNameLine = (text: string) => text.split(/\s+/).length <= 8 && !/[.!?:;]$/.test(text) && /^\p{Lu}/u.test(text);
/** Not the statement's own lines in capitals or its "Issued: 21 November" and "Subject: …". */
const isPapersHeading = (text: string) =>
  !/[.!?:"”’)]$/.test(text) && !text.includes(':') && text.split(/\s+/).length <= 10 && !/^\p{Lu}[\p{Lu}\s\d,'’/-]+$/u.test(text);

/** A company's name as its own site may write it: without "plc", "Ltd", "Inc.", "S.A.", "AG" and the like. */
export const withoutLegalForm = (name: string) =>
  name.replace(/,?\s+(?:plc|PLC|Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|LLC|S\.?A\.?|AG|N\.?V\.?|SE|SpA|GmbH|ASA|AB|Oyj|Bhd|Tbk)$/, '');

/** The statements published whole on a page, in paragraph order. */
export function publishedStatements(paragraphs: readonly Paragraph[]): PublishedStatement[] {
  const out: PublishedStatement[] = [];
  const wire = paragraphs.findIndex((p, i) => i < DATELINE_WITHIN && WIRE_DATELINE.test(p.text));
  if (wire >= 0) {
    const source = paragraphs.findIndex((p, i) => i > wire && i >= paragraphs.length - SOURCE_WITHIN && WIRE_SOURCE.test(p.text));
    if (source > wire) {
      const p = paragraphs[source];
      const name = WIRE_SOURCE.exec(p.text)![1];
      const start = p.start + p.text.indexOf(name);
      out.push({ from: wire, to: source, issuer: { name, start, end: start + name.length } });
    }
  }
  // Each announcement runs to its "END" mark, or the next announcement's name, or the page's end (its
  // contacts and notes are no claims). Found in one pass each way: a page of thousands of them is read in
  // time linear in its length.
  const announced = paragraphs.flatMap((p, i) => (i > 0 && DEFINED_ISSUER.test(p.text) && isNameLine(paragraphs[i - 1].text) ? [i] : []));
  let end = paragraphs.length;
  const endAfter: number[] = new Array(paragraphs.length + 1).fill(paragraphs.length);
  for (let k = paragraphs.length - 1; k >= 0; k--) {
    if (STATEMENT_END.test(paragraphs[k].text)) end = k;
    endAfter[k] = end;
  }
  for (const [n, i] of announced.entries()) {
    const head = paragraphs[i - 1];
    const to = Math.min(endAfter[i + 1] ?? paragraphs.length, (announced[n + 1] ?? paragraphs.length + 1) - 1);
    out.push({ from: i + 1, to, head: i - 1, issuer: { name: head.text, start: head.start, end: head.end } });
  }
  const speech = speechOn(paragraphs);
  if (speech) out.push(speech);
  for (const [i, p] of paragraphs.entries()) {
    const issuer = reproducedIssuer(p, paragraphs[i + 1]);
    if (!issuer) continue;
    // The statement's own headline may be in capitals; a heading after its first lines ends it.
    let to = i + 1;
    while (to < paragraphs.length && !STATEMENT_END.test(paragraphs[to].text) && !(to > i + 2 && isPapersHeading(paragraphs[to].text))) to++;
    // No end mark or heading after it: nothing says where the statement stops, so none is read.
    if (to >= paragraphs.length) continue;
    out.push({ from: i + 1, to, issuer, ...(issuer.start === paragraphs[i + 1]?.start ? { head: i + 1 } : {}) });
  }
  return out;
}

/** A speech the page gives whole: from after its head and the publisher's notes on it, to its "Thank you." or an end mark. */
function speechOn(paragraphs: readonly Paragraph[]): PublishedStatement | undefined {
  const h = paragraphs.findIndex((p, i) => i < SPEECH_WITHIN && SPEECH_HEAD.test(p.text));
  // Only where the publisher says it gives the text (a caption "Address by Volodymyr Zelensky to the Rada
  // (video)" over a news story heads no speech).
  if (h < 0 || !paragraphs.slice(h + 1, h + 4).some((p) => SPEECH_NOTE.test(p.text))) return undefined;
  let from = h + 1;
  while (from < h + 4 && from < paragraphs.length && SPEECH_NOTE.test(paragraphs[from].text)) from++;
  let to = from;
  while (to < paragraphs.length && !STATEMENT_END.test(paragraphs[to].text) && !SPEECH_CLOSE.test(paragraphs[to].text)) to++;
  const p = paragraphs[h];
  const name = SPEECH_HEAD.exec(p.text)![1];
  const start = p.start + p.text.indexOf(name, p.text.indexOf(' '));
  return { from, to: Math.min(to + 1, paragraphs.length), head: h, issuer: { name, start, end: start + name.length }, speech: true };
}

/** Who issued the statement a paragraph says follows: named there ("issued by X"), or heading it in capitals. */
function reproducedIssuer(p: Paragraph, next: Paragraph | undefined): PublishedStatement['issuer'] | undefined {
  const m = REPRODUCED.exec(p.text);
  if (m) {
    const name = m[1].replace(/^the\s+/i, '');
    const start = p.start + m.index + m[0].length - name.length;
    return { name, start, end: start + name.length };
  }
  if (!next || !REPRODUCED_BELOW.test(p.text) || !ISSUER_HEAD.test(next.text)) return undefined;
  // As a body's name is written: "Commission for Energy Regulation and Safety".
  const name = nameCase(next.text).replace(/(?<=\s)(And|Of|For|The|On|In)(?=\s)/g, (w) => w.toLowerCase());
  return { name, start: next.start, end: next.end };
}
