/**
 * Another body's words published whole: a news release distributed by a newswire ("KESSLER FALLS,
 * Ore., Sept. 14, 2040 /PRWire/ -- …", closed by "SOURCE Greenfold Foods Inc."), or a statement a
 * paper reproduces after saying so ("The following statement was issued by the police on Monday.").
 * What such a page says in no one's name is the issuer's word, not the outlet's: its sentences are
 * attributed to the issuer. (A body's release on its own site is the outlet's own voice: the outlet
 * is the body.)
 */
import type { Paragraph } from './sentences';

/** The paragraphs [from, to) that are `issuer`'s words, and where its name stands in the article text. */
export interface PublishedStatement {
  from: number;
  to: number;
  issuer: { name: string; start: number; end: number };
}

/** A newswire's dateline: the wire's name between slashes, then the double dash wires use. */
const WIRE_DATELINE = /^[^/\n]{3,80}\/[^/\n]{2,30}\/\s*--\s/;
/** A newswire's last line naming who issued the release. */
const WIRE_SOURCE = /^SOURCE\s+(\S.{1,80}?)\.?$/;
/** A paper's note that what follows is another's statement, whole: "The following statement was issued by X …". */
const REPRODUCED =
  /\b(?:following|below) (?:statement|media statement|press release|news release)s? (?:was|were|has been|have been) (?:issued|released|sent|published) by ((?:the )?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&.-]*){0,7})/u;
/** Where a reproduced statement ends: its "ENDS" mark, or a short line with no sentence end (the paper's next heading). */
const STATEMENT_END = /^(?:-?\s*ENDS?\s*-?|#{3}|-30-)$/i;
const isHeading = (text: string) => !/[.!?:"”’)]$/.test(text) && text.split(/\s+/).length <= 10 && !/^\p{Lu}[\p{Lu}\s\d:,'’-]+$/u.test(text);

/** The statements published whole on a page, in paragraph order. */
export function publishedStatements(paragraphs: readonly Paragraph[]): PublishedStatement[] {
  const out: PublishedStatement[] = [];
  const wire = paragraphs.findIndex((p) => WIRE_DATELINE.test(p.text));
  if (wire >= 0) {
    const source = paragraphs.findIndex((p, i) => i > wire && WIRE_SOURCE.test(p.text));
    if (source > wire) {
      const p = paragraphs[source];
      const name = WIRE_SOURCE.exec(p.text)![1];
      const start = p.start + p.text.indexOf(name);
      out.push({ from: wire, to: source, issuer: { name, start, end: start + name.length } });
    }
  }
  for (const [i, p] of paragraphs.entries()) {
    const m = REPRODUCED.exec(p.text);
    if (!m) continue;
    // The statement's own headline may be in capitals; a heading after its first lines ends it.
    let to = i + 1;
    while (to < paragraphs.length && !STATEMENT_END.test(paragraphs[to].text) && !(to > i + 2 && isHeading(paragraphs[to].text))) to++;
    const name = m[1].replace(/^the\s+/i, '');
    const start = p.start + m.index + m[0].length - name.length;
    out.push({ from: i + 1, to, issuer: { name, start, end: start + name.length } });
  }
  return out;
}
