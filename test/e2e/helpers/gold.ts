// Reads the seed's hand labels and matches them the way ../shared/eval/score.mjs does (token
// Dice ≥ 0.6, case, punctuation and quotation marks ignored), so the e2e tests ask the same
// question as the scorer instead of comparing hard-coded strings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from './paths';

export interface GoldItem {
  text: string;
  speaker: string | null;
  match?: string[];
  optional?: boolean;
}

export interface Gold {
  url: string;
  quotes: GoldItem[];
  claims: GoldItem[];
}

export function readSeedGold(): Gold {
  const gold = JSON.parse(readFileSync(join(SEED_DIR, 'gold.json'), 'utf8')) as Partial<Gold>;
  return { url: gold.url ?? '', quotes: gold.quotes ?? [], claims: gold.claims ?? [] };
}

/** Lowercased words and numbers, as the scorer counts them. */
export function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token Dice overlap of two texts (0..1). */
export function dice(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length + tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

/** One to one, best pairs first: which gold texts have a predicted text with Dice ≥ 0.6. */
export function matchGold(gold: readonly string[], predicted: readonly string[], threshold = 0.6): { matched: number; missed: string[] } {
  const pairs: Array<{ g: number; p: number; score: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const score = dice(g, p);
      if (score >= threshold) pairs.push({ g: gi, p: pi, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  for (const pair of pairs) {
    if (usedGold.has(pair.g) || usedPred.has(pair.p)) continue;
    usedGold.add(pair.g);
    usedPred.add(pair.p);
  }
  return { matched: usedGold.size, missed: gold.filter((_, i) => !usedGold.has(i)) };
}

/** The speaker the gold gives the most items (quotes and claims): the popup's first group. */
export function topGoldSpeaker(gold: Gold): { name: string; match: string[] } {
  const counts = new Map<string, { n: number; match: string[] }>();
  for (const item of [...gold.quotes, ...gold.claims]) {
    if (!item.speaker || item.optional) continue;
    const entry = counts.get(item.speaker) ?? { n: 0, match: item.match ?? tokens(item.speaker) };
    entry.n++;
    counts.set(item.speaker, entry);
  }
  const [name, best] = [...counts].sort((a, b) => b[1].n - a[1].n)[0] ?? ['', { n: 0, match: [] }];
  return { name, match: best.match };
}
