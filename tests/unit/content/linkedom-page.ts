/** A page for the spotting tests, parsed by linkedom: a whole document, or a body's HTML. */
import { parseHTML } from 'linkedom';

/** linkedom has no Range.setStart/setEnd: a stand-in that records the boundary points is enough here. */
export function pageDoc(html: string): Document {
  const whole = /^\s*<!doctype/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const d = parseHTML(whole).document as unknown as Document;
  d.createRange = () => {
    const r = {
      setStart: (n: Node, o: number) => Object.assign(r, { startContainer: n, startOffset: o }),
      setEnd: (n: Node, o: number) => Object.assign(r, { endContainer: n, endOffset: o }),
    };
    return r as unknown as Range;
  };
  return d;
}
