// A large, deterministic library for the export and library benchmarks: N articles on M sites,
// annotations with realistic lengths, tags, some notes and a pool of made-up speakers. Made-up
// words only (no corpus text). The same seed always gives the same rows.
import type { ExportBundle } from '../../src/format/bundle';
import { TAGS, type AnnotationKind, type AnnotationRecord, type ArticleRecord, type Tag } from '../../src/shared/model';
import type { SpeakerKind } from '../../src/core/types';

/** mulberry32: a small, fast seeded generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vo', 'del', 'pra', 'ne', 'gor', 'li', 'an', 'bes', 'qui', 'zo', 'har', 'mel', 'tis', 'un'];
/** Common words: most of any text, as in real prose. */
const COMMON = [
  'the', 'council', 'budget', 'will', 'not', 'change', 'plan', 'river', 'bridge', 'school', 'report', 'said', 'market', 'prices',
  'rise', 'next', 'year', 'we', 'have', 'agreed', 'talks', 'failed', 'data', 'shows', 'growth', 'slowed', 'officials', 'expect',
  'vote', 'delay', 'workers', 'strike', 'energy', 'costs', 'fell', 'sharply', 'court', 'ruled', 'against', 'appeal', 'new', 'rules',
];

/** Rarer made-up words (drawn with a long-tailed distribution, as names and topics are). */
const RARE_COUNT = 4000;

export interface LibraryShape {
  /** Number of articles. */
  articles: number;
  /** Number of annotations, spread evenly over the articles. */
  annotations: number;
  /** Distinct sites the articles come from. */
  sites: number;
  /** Distinct made-up speakers. */
  speakers: number;
  /** Seed of the generator: the same seed gives the same rows. */
  seed: number;
}

export const BENCH_LIBRARY: LibraryShape = { articles: 5000, annotations: 100_000, sites: 60, speakers: 800, seed: 20261129 };

export function generateLibrary(shape: LibraryShape = BENCH_LIBRARY): ExportBundle {
  const rnd = seededRandom(shape.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const rare = Array.from({ length: RARE_COUNT }, (_, i) => `${pick(SYLLABLES)}${pick(SYLLABLES)}${SYLLABLES[i % SYLLABLES.length]}`);
  // Half the words are common ones; the rest follow a long tail over the rare list.
  const word = () => (rnd() < 0.5 ? pick(COMMON) : rare[Math.floor(RARE_COUNT * rnd() ** 3)]!);
  const name = () => {
    const part = () => {
      const s = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
      return s[0]!.toUpperCase() + s.slice(1);
    };
    return `${part()} ${part()}`;
  };
  const sentence = (min: number, max: number) => Array.from({ length: min + Math.floor(rnd() * (max - min)) }, word).join(' ');
  const sites = Array.from({ length: shape.sites }, (_, i) => `www.${pick(SYLLABLES)}${pick(SYLLABLES)}${i}.example`);
  const speakers = Array.from({ length: shape.speakers }, name);
  const start = Date.UTC(2024, 0, 1);
  const span = 700 * 86_400_000;

  const articles: ArticleRecord[] = [];
  for (let i = 0; i < shape.articles; i++) {
    const site = pick(sites);
    const firstVisit = start + Math.floor(rnd() * span);
    articles.push({
      url: `https://${site}/news/${i}-${word()}-${word()}`,
      title: sentence(5, 12).replace(/^./, (c) => c.toUpperCase()),
      site,
      firstVisit,
      lastVisit: firstVisit + Math.floor(rnd() * 30 * 86_400_000),
    });
  }
  const kinds: AnnotationKind[] = ['quote', 'quote', 'quote', 'claim', 'claim', 'scare', 'manual'];
  const annotations: AnnotationRecord[] = [];
  const perArticle = Math.ceil(shape.annotations / shape.articles);
  for (let i = 0; i < shape.annotations; i++) {
    const article = articles[Math.floor(i / perArticle) % articles.length]!;
    const kind = pick(kinds);
    const text = kind === 'scare' ? word() : sentence(6, 30);
    const pos = Math.floor(rnd() * 20_000);
    const speaker = kind === 'scare' ? null : rnd() < 0.1 ? null : pick(speakers);
    const tags: Tag[] = rnd() < 0.3 ? TAGS.filter(() => rnd() < 0.4) : [];
    const created = article.firstVisit + Math.floor(rnd() * 86_400_000);
    annotations.push({
      id: `auto-${i.toString(36)}-${Math.floor(rnd() * 1e9).toString(36)}`,
      article: article.url,
      kind,
      text,
      speaker,
      speakerKind: (speaker === null ? 'unknown' : pick(['person', 'person', 'organization', 'anonymous'])) as SpeakerKind,
      cue: kind === 'scare' ? null : pick(['said', 'told', 'according to', 'claimed', 'stressed']),
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: text, prefix: sentence(4, 7).slice(0, 32), suffix: sentence(4, 7).slice(0, 32) },
        position: { type: 'TextPositionSelector', start: pos, end: pos + text.length },
      },
      tags,
      note: rnd() < 0.15 ? sentence(5, 60) : '',
      origin: kind === 'manual' ? 'manual' : 'auto',
      created,
      updated: created + (tags.length > 0 ? Math.floor(rnd() * 86_400_000) : 0),
    });
  }
  return { articles, annotations };
}
