/**
 * `npm run annotate -- FILE [--json]`: the known entities a .txt or .html article names and, per
 * entity, which outlets in the bundled corpus cover it on which questions. The work is done by
 * annotation.ts and article-text.ts; this file only parses arguments, reads files and prints.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ClaimPack } from '../../core/pack/types';
import { validatePack } from '../../core/pack/validate';
import { annotate, type Annotation } from './annotation';
import { articleText } from './article-text';
import { CORPUS_PATH } from './seed-files';

const HELP = `Usage: npm run annotate -- FILE [--json]

Finds the known entities (people, places, organisations, events) named in FILE and shows, for
each, which outlets in the bundled claim corpus cover it, question by question.

  FILE     a .txt file (read as UTF-8 plain text) or an .html/.htm file. For HTML the article
           text is extracted first: the first <article>, else <main>, else [role=main], else
           <body>, read as the extension reads a page (blocks separated by newlines; scripts,
           styles and form fields left out).
  --json   print one JSON object instead of the report:
           {"mentions":[{"entityId","name","type","text","start","end"}],
            "entities":[{"entityId","name","type","outlets","facets":[{"facetId","question","outlets"}]}]}
           name is the entity's canonical name, text the words as written. start/end are
           UTF-16 offsets (JavaScript string indices) into the plain text: the file itself
           for .txt, the extracted article text for HTML. outlets are outlet ids.
  -h, --help  show this help

Exit codes: 0 done (also when nothing is found), 1 the file or corpus cannot be used, 2 bad usage.
`;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt']);

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

interface Options {
  file: string;
  json: boolean;
}

function parseArgs(argv: string[]): Options | 'help' {
  const files: string[] = [];
  let json = false;
  let optionsEnded = false;
  for (const arg of argv) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--json') json = true;
    else throw usage(`unknown option ${arg}`);
  }
  if (files.length === 0) throw usage('missing FILE');
  if (files.length > 1) throw usage(`expected one FILE, got ${files.length}: ${files.join(' ')}`);
  return { file: files[0], json };
}

/** `npm run` moves to the package root; a relative FILE is meant from where the user typed it. */
function locate(file: string): string {
  const base = process.env.npm_lifecycle_event === 'annotate' ? process.env.INIT_CWD : undefined;
  return resolve(base ?? process.cwd(), file);
}

function fileProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`;
}

/** The plain text to annotate, or a Failure naming the file and what is wrong with it. */
function readInput(file: string): string {
  const fail = (problem: string) => new Failure(1, `${file}: ${problem}`);
  let bytes: Buffer;
  try {
    if (statSync(locate(file)).isDirectory()) throw fail('is a directory, not a file');
  } catch (e) {
    throw e instanceof Failure ? e : fail(fileProblem(e));
  }
  // Checked after existence: for a mistyped path, "no such file" is the more useful message.
  const kind = extname(file).toLowerCase();
  const isHtml = HTML_EXTENSIONS.has(kind);
  if (!isHtml && !TEXT_EXTENSIONS.has(kind)) {
    throw usage(`${file}: unsupported file type "${kind || '(none)'}", expected .txt or .html`);
  }
  try {
    bytes = readFileSync(locate(file));
  } catch (e) {
    throw fail(fileProblem(e));
  }
  // NUL never occurs in text; invalid UTF-8 means another encoding or a binary file.
  if (bytes.includes(0)) throw fail('looks like a binary file, not text');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('is not valid UTF-8 text');
  }
  if (raw.trim().length === 0) throw fail(raw.length === 0 ? 'is empty' : 'is empty (only white space)');
  if (!isHtml) return raw;
  const text = articleText(raw);
  if (text.trim().length === 0) throw fail('has no readable text in the HTML');
  return text;
}

function loadCorpus(): ClaimPack {
  const fail = (problem: string) => new Failure(1, `claim corpus ${CORPUS_PATH}: ${problem}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(CORPUS_PATH, 'utf8'));
  } catch (e) {
    throw fail(e instanceof SyntaxError ? `not valid JSON (${e.message})` : fileProblem(e));
  }
  const pack = validatePack(json);
  if (!pack.ok) throw fail(pack.error);
  return pack.value;
}

function report(file: string, a: Annotation, pack: ClaimPack, colour: boolean): string {
  const paint = (code: string) => (s: string) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  const bold = paint('1');
  const dim = paint('2');
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  const lines: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

  lines.push(`${bold(file)}: ${count(a.mentions.length, 'mention', 'mentions')} of ${count(a.entities.length, 'known entity', 'known entities')}`);
  if (a.mentions.length === 0) return `${lines.join('\n')}\n`;

  lines.push('', bold('Mentions'));
  const width = String(a.mentions.at(-1)!.end).length * 2 + 1;
  for (const m of a.mentions) {
    lines.push(`  ${dim(`${m.start}-${m.end}`.padEnd(width))}  ${oneLine(m.text)} → ${m.name} ${dim(`(${m.type})`)}`);
  }

  lines.push('', bold('Coverage in the corpus'));
  const used = new Set<string>();
  for (const e of a.entities) {
    const n = a.mentions.filter((m) => m.entityId === e.entityId).length;
    lines.push(`  ${bold(e.name)} ${dim(`(${e.type}, mentioned ${times(n)})`)}`);
    if (e.outlets.length === 0) {
      lines.push('    no outlet in the corpus has a claim about it');
      continue;
    }
    for (const id of e.outlets) used.add(id);
    lines.push(`    outlets: ${e.outlets.join(', ')}`);
    for (const f of e.facets) lines.push(`    ${f.question} ${dim('—')} ${f.outlets.join(', ')}`);
  }
  if (used.size > 0) {
    lines.push('', bold('Outlets'));
    for (const o of pack.outlets) if (used.has(o.id)) lines.push(`  ${o.id.padEnd(18)} ${o.name}`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    const text = readInput(options.file);
    const pack = loadCorpus();
    const annotation = await annotate(text, pack);
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(options.json ? `${JSON.stringify(annotation)}\n` : report(options.file, annotation, pack, colour));
    return 0;
  } catch (e) {
    if (e instanceof Failure) {
      process.stderr.write(`annotate: ${e.message}\n`);
      return e.code;
    }
    // A bug, not a user error: still one line, so the tool never dumps a stack on a user.
    process.stderr.write(`annotate: unexpected error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    return 1;
  }
}

// exitCode, not process.exit(): a large report piped to another program must be flushed first.
process.exitCode = await main(process.argv.slice(2));
