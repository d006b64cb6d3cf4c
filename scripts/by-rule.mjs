// `npm run eval -- --by-rule`: for each corpus, how each rule did. Matches findings to gold the
// way ../shared/eval/score.mjs does (quotes by word Dice ≥ 0.6, claims by 60/40 % overlap, best
// pairs first; a speaker is right when it holds one of the gold item's match words) and counts,
// per rule: findings, matched, speaker right, wrong name, unattributed, extra; and, for each
// reason the plausibility test turned a speaker down, how often that speaker would have been right.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';

const QUOTES = /[\u0022\u0027\u00ab\u00bb\u2018-\u201f\u2039\u203a\u300c-\u300f\u301d-\u301f\uff02]/g;
const norm = (s) => String(s ?? '').normalize('NFKC').replace(QUOTES, ' ').toLowerCase();
const tokens = (s) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];

function overlap(a, b) {
  const counts = new Map();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) { common++; counts.set(t, c - 1); }
  }
  return common;
}

function similarity(kind, gold, pred) {
  const g = tokens(gold), p = tokens(pred);
  if (g.length === 0 || p.length === 0) return 0;
  const common = overlap(g, p);
  if (kind === 'quote') {
    const dice = (2 * common) / (g.length + p.length);
    return dice >= 0.6 ? dice : 0;
  }
  const recall = common / g.length, precision = common / p.length;
  return recall >= 0.6 && precision >= 0.4 ? (recall + precision) / 2 : 0;
}

const speakerOk = (gold, speaker) => {
  if (gold.speaker == null) return true;
  const said = norm(speaker);
  if (gold.speakerUnchecked) return said.trim() !== '' && said.trim() !== 'null';
  return (gold.match ?? tokens(gold.speaker)).some((m) => said.includes(m.toLowerCase()));
};

function caseDirs(dir) {
  if (existsSync(join(dir, 'gold.json'))) return [dir];
  return readdirSync(dir).map((d) => join(dir, d)).filter((d) => statSync(d).isDirectory()).sort().flatMap(caseDirs);
}

/**
 * Every prediction of a corpus matched to its gold item as the scorer matches them: yields
 * { finding, gold } (gold null for an extra finding).
 */
export function* matched(caseRoot, predDir) {
  for (const dir of caseDirs(caseRoot)) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
    const file = join(predDir, basename(dir) + '.json');
    if (!existsSync(file)) continue;
    const findings = JSON.parse(readFileSync(file, 'utf8')).findings ?? [];
    for (const kind of gold.claimsUnlabeled ? ['quote'] : ['quote', 'claim']) {
      const golds = kind === 'quote' ? gold.quotes ?? [] : gold.claims ?? [];
      const preds = findings.filter((f) => f.kind === kind);
      const pairs = [];
      golds.forEach((g, gi) => preds.forEach((p, pi) => { const s = similarity(kind, g.text, p.text); if (s > 0) pairs.push([s, gi, pi]); }));
      pairs.sort((a, b) => b[0] - a[0]);
      const usedG = new Set(), usedP = new Map();
      for (const [, gi, pi] of pairs) {
        if (usedG.has(gi) || usedP.has(pi)) continue;
        usedG.add(gi);
        usedP.set(pi, gi);
      }
      for (let pi = 0; pi < preds.length; pi++) yield { finding: preds[pi], gold: usedP.has(pi) ? golds[usedP.get(pi)] : null };
    }
  }
}

export { speakerOk };

/** Per-rule counts over one corpus: cases under caseRoot, predictions (with explain) under predDir. */
export function byRule(caseRoot, predDir) {
  const rows = new Map();
  const row = (k) => rows.get(k) ?? rows.set(k, { n: 0, matched: 0, right: 0, wrongNamed: 0, none: 0, extra: 0, wouldBeRight: 0 }).get(k);
  for (const { finding: p, gold: g } of matched(caseRoot, predDir)) {
    const r = row(`${p.kind} ${p.rule}`);
    r.n++;
    if (!g) { r.extra++; continue; }
    r.matched++;
    if (speakerOk(g, p.speaker)) r.right++;
    else if (p.speaker == null) r.none++;
    else r.wrongNamed++;
    const rejected = p.explain?.rejected;
    if (rejected && g.speaker != null && !g.speakerUnchecked && speakerOk(g, rejected.speaker)) r.wouldBeRight++;
  }
  return rows;
}

export function printByRule(name, rows) {
  console.log(`\n## ${name}: by rule (precision = speaker right / matched)`);
  console.log('| rule | findings | matched | speaker right | wrong name | unattributed | extra | precision | turned down but right |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [k, r] of [...rows].sort((a, b) => b[1].n - a[1].n)) {
    const p = r.matched ? (r.right / r.matched).toFixed(3) : '-';
    console.log(`| ${k} | ${r.n} | ${r.matched} | ${r.right} | ${r.wrongNamed} | ${r.none} | ${r.extra} | ${p} | ${r.wouldBeRight} |`);
  }
}
