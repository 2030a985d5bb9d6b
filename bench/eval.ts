/**
 * `npm run eval`: runs the extractor on the dev set (seeds/ with
 * fixtures/gold/, fixtures/dev/*.txt with fixtures/dev/*.json) and the
 * held-out set fixtures/blind/ when present, and prints
 * precision, recall and F1 per kind, title and indicator accuracy, and the
 * reference-year accuracy. `--misses` lists every missed and spurious record.
 * `--dir DIR` scores only the articles of DIR (NAME.txt with its gold NAME.json),
 * e.g. a new held-out set kept outside the repository for its one unseen scoring.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { SET_NAMES, loadGoldArticles } from './gold-sets.js';
import { SCORED_KINDS, f1, scoreDocument, type DocScore, type GoldFile, type Tally } from './score.js';

const showMisses = process.argv.includes('--misses');

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

function report(label: string, scores: DocScore[]): void {
  console.log(`\n${label} (${scores.length} articles)`);
  console.log('kind               gold  pred  match  precision  recall     F1');
  for (const kind of SCORED_KINDS) {
    const t: Tally = { gold: 0, predicted: 0, matched: 0 };
    for (const s of scores) {
      t.gold += s.tallies[kind].gold;
      t.predicted += s.tallies[kind].predicted;
      t.matched += s.tallies[kind].matched;
    }
    const { p, r, f } = f1(t);
    console.log(
      `${kind.padEnd(17)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} ${String(t.matched).padStart(6)}     ${pct(p)}  ${pct(r)} ${pct(f)}`,
    );
  }
  const sum = (f: (s: DocScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const ratio = (a: number, b: number) => (b ? `${pct(a / b)}% (${a}/${b})` : 'n/a');
  console.log(`officials with every gold title   ${ratio(sum((s) => s.officialsAllTitles), sum((s) => s.officialsMatched))}`);
  console.log(`gold titles found                 ${ratio(sum((s) => s.titleHits), sum((s) => s.titleTotal))}`);
  console.log(`plan indicator exact              ${ratio(sum((s) => s.indicatorExact), sum((s) => s.indicatorTotal))}`);
  console.log(`plan indicator word-contained     ${ratio(sum((s) => s.indicatorLoose), sum((s) => s.indicatorTotal))}`);
  console.log(`reference_year right              ${ratio(sum((s) => (s.referenceYearRight ? 1 : 0)), scores.length)}`);
}

const dirArg = process.argv.indexOf('--dir');
const dir = dirArg >= 0 ? process.argv[dirArg + 1] : undefined;
if (dirArg >= 0 && (dir === undefined || !existsSync(dir))) {
  console.error(`eval: --dir needs an existing folder of NAME.txt + NAME.json pairs`);
  process.exit(2);
}

/** The gold articles of `dir` (each NAME.json with its NAME.txt), in name order. */
function articlesIn(folder: string) {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json') && existsSync(join(folder, f.replace(/\.json$/, '.txt'))))
    .sort()
    .map((f) => ({
      set: folder,
      text: readFileSync(join(folder, f.replace(/\.json$/, '.txt')), 'utf8'),
      gold: JSON.parse(readFileSync(join(folder, f), 'utf8')) as GoldFile,
    }));
}

const articles = dir !== undefined ? articlesIn(dir) : loadGoldArticles();
const all = articles.map((p) => {
  const doc = extract(p.text, { source: p.gold.source });
  return { ...p, doc, score: scoreDocument(p.gold, doc) };
});
if (dir !== undefined) report(dir, all.map((a) => a.score));
else {
  for (const set of SET_NAMES) {
    const scores = all.filter((a) => a.set === set).map((a) => a.score);
    if (scores.length) report(set, scores);
  }
  report('all', all.map((a) => a.score));
}

if (showMisses) {
  console.log('\nMisses');
  for (const a of all) {
    for (const m of a.score.misses) console.log(`${a.gold.source}\t${m.kind}\t${m.side}\t${m.key}\t${m.text}`);
    for (const m of a.score.indicatorMisses) console.log(`${a.gold.source}\tindicator\twant ${JSON.stringify(m.gold)} got ${JSON.stringify(m.got)}`);
    if (!a.score.referenceYearRight) console.log(`${a.gold.source}\treference_year\twant ${a.gold.reference_year} got ${a.doc.reference_year}`);
  }
}
