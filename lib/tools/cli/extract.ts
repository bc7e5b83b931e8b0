/**
 * `npm run extract -- FILE.html [FILE2.html …] [--outlet NAME] [--out pack.json]`: a claim pack
 * from saved news pages, built with the code the extension uses (page-article, outlet-for-article,
 * article-pack) and the seed corpus's entities and facets. This file parses, reads and writes only.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { packFromArticles, type ArticleInput } from '../../core/extract/article-pack';
import { outletFor, UNRATED } from '../../core/extract/outlet-for-article';
import { articleFromDocument } from '../../core/extract/page-article';
import { validatePack } from '../../core/pack/validate';
import { readSeeds, serialisePack } from './seed-files';

const HELP = `Usage: npm run extract -- FILE.html [FILE2.html …] [--outlet NAME] [--out pack.json]

Builds a claim pack (parallax-claims/1) from saved news pages with the extraction the extension
and \`npm run seeds:build\` use: claims link the known entities (seeds/entities.json) a sentence
names, and the facets (questions) of the events it names.

  FILE           a saved page: .html, .htm or .xhtml, UTF-8 unless its <meta charset> says
                 otherwise. The article is found with Readability; title, date, byline, site and
                 URL come from the page's JSON-LD, Open Graph, <meta>, canonical link and <title>.
                 A page that gives no date is dated today.
  --outlet NAME  the outlet of every FILE: a known one by name or id, else a new one. Without it:
                 the known outlet of the URL the page declares (you chose the file, so its own
                 URL is taken as its address), else a new "${UNRATED}" one for that URL's site
                 (set its labels in the popup). A site name alone never picks a known outlet.
  --out FILE     write the pack there (default, or -: standard output). Nothing is written
                 unless every FILE can be used. A one-line summary goes to standard error.
  -h, --help     show this help

Exit codes: 0 done, 1 a file cannot be used or written, 2 bad usage.
`;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** A problem the user can fix: reported as one line, never with a stack trace. */
class Failure extends Error {
  constructor(
    readonly code: 1 | 2,
    message: string,
  ) {
    super(message);
  }
}
const usage = (message: string) => new Failure(2, `${message} (see --help)`);

type Options = { files: string[]; outlet?: string; out?: string };

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { files: [] };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) options.files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--help' || arg === '-h') return 'help';
    else {
      const [flag, inline] = arg.split(/=(.*)/s, 2);
      if (flag !== '--outlet' && flag !== '--out') throw usage(`unknown option ${flag}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value.trim() === '' || (inline === undefined && value.startsWith('--'))) throw usage(`${flag} needs a value`);
      const key = flag === '--out' ? 'out' : 'outlet';
      if (options[key] !== undefined) throw usage(`${flag} given twice`);
      options[key] = value;
    }
  }
  if (options.files.length === 0) throw usage('missing FILE');
  return options;
}

/** `npm run` moves to the package root; a relative path is meant from where the user typed it. */
function locate(file: string): string {
  const base = process.env.npm_lifecycle_event === 'extract' ? process.env.INIT_CWD : undefined;
  return resolve(base ?? process.cwd(), file);
}

function fileProblem(e: unknown, verb = 'read'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return verb === 'read' ? 'no such file' : 'cannot be written (no such directory)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be ${verb} (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`;
}

/** The page's HTML as text, decoded by its <meta charset> (UTF-8 by default), or a Failure. */
function readHtml(file: string): string {
  const fail = (problem: string) => new Failure(1, `${file}: ${problem}`);
  try {
    if (statSync(locate(file)).isDirectory()) throw fail('is a directory, not a file');
  } catch (e) {
    throw e instanceof Failure ? e : fail(fileProblem(e));
  }
  // Checked after existence: for a mistyped path, "no such file" is the more useful message.
  const kind = extname(file).toLowerCase();
  if (!HTML_EXTENSIONS.has(kind)) throw usage(`${file}: unsupported file type "${kind || '(none)'}", expected .html, .htm or .xhtml`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(locate(file));
  } catch (e) {
    throw fail(fileProblem(e));
  }
  if (bytes.length === 0) throw fail('is empty');
  if (bytes.includes(0)) throw fail('looks like a binary file, not HTML');
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1] ?? 'utf-8';
  let raw: string;
  try {
    raw = new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    throw fail(`is not valid ${charset} text`);
  }
  if (raw.trim().length === 0) throw fail('is empty (only white space)');
  if (!/<[a-z!][^>]*>/i.test(raw)) throw fail('is not HTML (no tags found)');
  // linkedom needs an <html> element for document.body; a bare fragment gets one.
  return /<html[\s>]/i.test(raw) ? raw : `<!doctype html><html><head></head><body>${raw}</body></html>`;
}

function summary(pack: ReturnType<typeof packFromArticles>, known: Set<string>, undated: number, colour: boolean): string {
  const bold = (s: string) => (colour ? `\x1b[1m${s}\x1b[0m` : s);
  const count = (n: number, one: string, many: string) => `${bold(String(n))} ${n === 1 ? one : many}`;
  const entities = new Set(pack.claims.flatMap((c) => c.entityIds)).size;
  const parts = [
    `${count(pack.articles.length, 'article', 'articles')}, ${count(pack.claims.length, 'claim', 'claims')} about ${count(entities, 'known entity', 'known entities')}`,
  ];
  const added = pack.outlets.filter((o) => !known.has(o.id)).map((o) => `${o.name} (${UNRATED})`);
  if (added.length > 0) parts.push(`new outlet${added.length === 1 ? '' : 's'}: ${added.join(', ')}`);
  if (undated > 0) parts.push(`${undated === 1 ? '1 page gives' : `${undated} pages give`} no date, dated today`);
  return `${parts.join('; ')}\n`;
}

function main(argv: string[]): number {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    const out = options.out === '-' ? undefined : options.out;
    if (out && options.files.some((f) => locate(f) === locate(out))) throw usage(`--out ${out} would overwrite an input FILE`);
    const seeds = readSeeds();
    const inputs: ArticleInput[] = options.files.map((file) => {
      const { document } = parseHTML(readHtml(file));
      const article = articleFromDocument(document as unknown as Document, undefined);
      if (!article.ok) throw new Failure(1, `${file}: ${article.error.charAt(0).toLowerCase()}${article.error.slice(1).replace(/\.$/, '')}`);
      return { article: article.value, outlet: outletFor(seeds.outlets, article.value.url, article.value.siteName, options.outlet) };
    });
    const pack = packFromArticles(inputs, seeds);
    const valid = validatePack(pack); // a bug if not: the modules promise a valid pack
    if (!valid.ok) throw new Error(valid.error);
    if (!out) process.stdout.write(serialisePack(pack));
    else {
      try {
        writeFileSync(locate(out), serialisePack(pack));
      } catch (e) {
        throw new Failure(1, `${out}: ${fileProblem(e, 'written')}`);
      }
    }
    const undated = inputs.filter((i) => !i.article.published).length;
    process.stderr.write(summary(pack, new Set(seeds.outlets.map((o) => o.id)), undated, process.stderr.isTTY === true && !process.env.NO_COLOR));
    return 0;
  } catch (e) {
    if (e instanceof Failure) {
      process.stderr.write(`extract: ${e.message}\n`);
      return e.code;
    }
    // A bug, not a user error: still one line, so the tool never dumps a stack on a user.
    process.stderr.write(`extract: unexpected error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    return 1;
  }
}

// exitCode, not process.exit(): a large pack piped to another program must be flushed first.
process.exitCode = main(process.argv.slice(2));
