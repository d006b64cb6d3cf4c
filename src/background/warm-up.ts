// Warms the engine when the background starts (the browser's start, or Chromium waking its service
// worker for the first message): a small article in every language runs through the engine,
// so the compile, the JIT and the lexicons' lazy set-up are done before the first page asks, not
// on its time (the first annotation after a start cost about twice the warm one without this).
// The articles are made of each lexicon's own quotation marks and cue words around placeholders,
// so no word of any language is written here.
import { extractFromArticle } from '../core/extract';
import { lexiconFor, supportedLanguages } from '../core/lexicon/index';
import type { Article } from '../core/types';

/** Placeholder words (capitalised where they stand for names): letters only, no word of any language. */
const NAMES = ['Eeee Ffff', 'Gggg Hhhh', 'Kkkk Llll', 'Mmmm Nnnn'];

/**
 * An article in one language that takes the engine down the paths a news article does: quotes
 * with a cue before and after them, a colon, a pronoun, a title or an honorific; reported speech
 * with the lexicon's complementizer; "according to"; a claim noun; anonymous and organisation
 * sources; a scare quote; a blockquote and a heading. `variant` picks other entries of the
 * lexicon's lists, so that rounds of the warm-up go through more of them.
 */
export function warmUpArticle(lang: string, variant = 0): Article {
  const lex = lexiconFor(lang);
  const pick = (list: readonly string[] | undefined, i: number): string => (list && list.length ? list[(variant + i) % list.length]! : '');
  const [open, close] = lex.quotes[variant % Math.max(1, lex.quotes.length)] ?? ['"', '"'];
  const verb = (i: number) => pick(lex.speechVerbs, i);
  const w = (i: number) => pick(lex.stopwords, i);
  const det = pick(lex.determiners, 0);
  const that = pick(lex.complementizers, 0);
  const [a, b, c, d] = NAMES as [string, string, string, string];
  const blocks: Array<{ text: string; blockquote?: boolean; heading?: boolean }> = [
    { text: `Aaaa ${w(0)} Bbbb ${w(1)} Cccc`, heading: true },
    { text: `${open}Aaaa bbbb cccc dddd.${close} ${verb(0)} ${a}, ${det} ${pick(lex.titles, 0)}.` },
    { text: `${b}, ${pick(lex.titles, 1)} ${w(2)} Oooo, ${verb(1)}: ${open}Pppp qqqq ${w(3)} rrrr ssss.${close}` },
    { text: `${a} ${verb(2)} ${that} ${w(4)} tttt uuuu ${w(5)} vvvv wwww.` },
    { text: `${pick(lex.accordingTo, 0)} ${c}, ${w(6)} xxxx yyyy zzzz ${open}aaab${close}.` },
    { text: `${open}Bbbc cccd, ${w(7)} dddf,${close} ${pick(lex.pronouns.male, 0)} ${verb(3)}. ${open}Eeeg ffff ${w(8)} gggh.${close}` },
    { text: `${det} ${pick(lex.claimNouns, 0)} ${that} ${w(9)} hhhi iiij ${w(10)} jjjk, ${pick(lex.pronouns.female, 0)} ${verb(4)}.` },
    { text: `${pick(lex.anonymous.markers, 0)} ${pick(lex.anonymous.heads, 0)} ${verb(5)} ${that} kkkl llll ${w(11)} mmmn.` },
    { text: `${det} ${pick(lex.organizationHeads, 0)} ${verb(6)} ${open}Nnno oooo ${w(12)} pppq.${close}` },
    { text: `${open}Qqqr rrrr ssst tttu uuuv vvvw wwwx xxxy yyyz zzza.${close}`, blockquote: true },
    { text: `${pick(lex.honorifics, 0)} ${d.split(' ')[1]} ${pick(lex.relayVerbs, 0)} ${w(13)} aaac ${open}bbbd${close} ${w(14)} cccf.` },
    { text: `${d}, ${pick(lex.titles, 2)}, ${verb(7)} ${w(15)} dddg: ${open}Eeeh ffff ${w(16)} gggi.${close} ${pick(lex.pronouns.plural, 0)} ${verb(8)} ${that} hhhj.` },
  ];
  const texts = blocks.map((p) => p.text.replace(/\s+/g, ' ').trim());
  const text = texts.join('\n\n');
  let at = 0;
  return {
    url: 'https://warm-up.invalid/',
    title: '',
    byline: null,
    siteName: null,
    lang,
    text,
    paragraphs: texts.map((p, i) => {
      const start = at;
      at += p.length + 2;
      return { start, end: start + p.length, blockquote: blocks[i]!.blockquote === true, heading: blocks[i]!.heading === true };
    }),
    inlineQuotes: [],
  };
}

/** Runs the engine on one language's warm-up article; false when it failed (warming is optional). */
export function warmUpLanguage(lang: string, variant = 0): boolean {
  try {
    extractFromArticle(warmUpArticle(lang, variant));
    return true;
  } catch {
    return false; // never let warming stop the background
  }
}

/** Runs the engine once per language; answers how many ran (a failure is skipped: warming is optional). */
export function warmUpEngine(variant = 0): number {
  return supportedLanguages().filter((lang) => warmUpLanguage(lang, variant)).length;
}
