/**
 * `npm run eval:extract -- DIR [--json]`: scores the extraction `npm run extract` uses on a set
 * folder (pages, pack.json, labels.json; see docs/extraction-set.md) and prints a Markdown table,
 * or with --json the scores as JSON. This file reads arguments and prints; lib/tools/eval does the rest.
 */
import { resolve } from 'node:path';
import { extractArticle, packBase } from './eval/extract-set';
import { loadSet, SetError, sentencesNotInText } from './eval/load';
import { scoreSet } from './eval/score';
import { scoresJson, scoresTable } from './eval/table';

const HELP = `Usage: npm run eval:extract -- DIR [--json]

Scores claim extraction on a set folder DIR: its HTML pages, pack.json (outlets, entities, facets)
and labels.json (labelled sentences). Prints claim recall and precision, mode, speaker and figures
accuracy, overall and per construction class (docs/extraction-set.md says how each is counted).

  --json      print the scores as JSON instead of a table
  -h, --help  show this help

Exit codes: 0 scored, 1 the set folder cannot be used, 2 bad usage.
`;

function main(argv: string[]): number {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json' && a !== '--');
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown || rest.length !== 1) {
    process.stderr.write(
      `eval:extract: ${unknown ? `unknown option ${unknown}` : rest.length === 0 ? 'missing DIR' : 'give one DIR'} (see --help)\n`,
    );
    return 2;
  }
  // `npm run` moves to the package root; a relative DIR is meant from where the user typed it.
  const base = process.env.npm_lifecycle_event === 'eval:extract' ? process.env.INIT_CWD : undefined;
  const dir = resolve(base ?? process.cwd(), rest[0]);
  try {
    const set = loadSet(dir);
    const packForExtraction = packBase(set.pack);
    const runs = set.files.map((f) => extractArticle(dir, f, packForExtraction));
    const scores = scoreSet(set.labels.labels, new Map(runs.map((r) => [r.file, r.claims])));
    const failed = runs.filter((r) => r.error).map((r) => ({ file: r.file, error: r.error! }));
    const missing = sentencesNotInText(set, new Map(runs.map((r) => [r.file, r.text])));
    for (const f of failed) process.stderr.write(`eval:extract: ${f.file}: extraction failed: ${f.error}\n`);
    for (const m of missing) process.stderr.write(`eval:extract: labelled sentence not in the page text: ${m}\n`);
    const summary = { articles: set.files.length, labels: set.labels.labels.length, failedArticles: failed, sentencesNotInText: missing.length };
    if (json) process.stdout.write(`${JSON.stringify(scoresJson(scores, summary), null, 1)}\n`);
    else
      process.stdout.write(
        `${set.files.length} articles, ${set.labels.labels.length} labelled sentences${failed.length ? `, ${failed.length} failed to extract` : ''}\n\n${scoresTable(scores)}\n`,
      );
    return 0;
  } catch (e) {
    if (e instanceof SetError) {
      process.stderr.write(`eval:extract: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`eval:extract: unexpected error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
