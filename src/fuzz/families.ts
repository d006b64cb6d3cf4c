// Hostile pages for the fuzzer, one generator per family of trouble seen in the wild or in the
// fuzz run of issue 12: tag soup, deep nesting, floods of quotation marks of every convention,
// unbalanced and nested marks, runs of cue words and names, control and bidi characters, lone
// surrogates, prose in the eight languages of the lexicons, thousands of <q> and highlighting
// spans, odd doctypes, and mutations of real saved pages. Every generator is deterministic in
// its Random and grows its text to the size asked for, so the same seed at twice the size is
// the same page, continued (what the growth measurement needs).
import { lexiconFor, supportedLanguages } from '../core/lexicon/index';
import type { Random } from './random';

export interface Page {
  family: string;
  html: string;
  url: string;
}

/** A generator: a page of about `size` characters of text. */
export type Generator = (r: Random, size: number) => string;

const MARKS = ['"', "'", '“', '”', '„', '‟', '‘', '’', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', '〟', '＂', "''"];
const PAIRS: Array<[string, string]> = [['“', '”'], ['„', '“'], ['"', '"'], ['«', '»'], ['»', '«'], ['‘', '’'], ["'", "'"], ['「', '」'], ['『', '』'], ['‹', '›'], ['〝', '〞'], ["''", "''"], ['„', '”'], ['‚', '‘']];
const CONTROL = ['\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const LONE = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '/', '&', '%', '。', '，', '！', '？'];
const INLINE = ['b', 'i', 'em', 'strong', 'span', 'a', 'small', 'mark', 'code', 'sup', 'sub', 'u', 'abbr', 'cite'];
const BLOCKS = ['p', 'div', 'section', 'blockquote', 'li', 'td', 'h2', 'h3', 'pre', 'figure', 'aside', 'header', 'footer'];

/** Words of every lexicon, by language: cue verbs, titles, pronouns, function words. */
const WORDS = new Map<string, string[]>();
for (const lang of supportedLanguages()) {
  const lex = lexiconFor(lang);
  const all = [
    ...lex.speechVerbs, ...lex.accordingTo, ...lex.claimNouns, ...lex.complementizers, ...lex.titles,
    ...lex.honorifics, ...lex.stopwords, ...lex.pronouns.male, ...lex.pronouns.female, ...lex.pronouns.plural,
    ...lex.anonymous.markers, ...lex.anonymous.heads, ...lex.organizationHeads, ...lex.determiners,
  ].filter((w) => w.length > 0);
  WORDS.set(lang, all);
}
const CUES = new Map<string, string[]>(supportedLanguages().map((l) => [l, [...lexiconFor(l).speechVerbs, ...lexiconFor(l).accordingTo]]));
const LANGS = supportedLanguages();

/** Letters to make up words from, by script. */
const SCRIPTS: Record<string, string> = {
  latin: 'abcdefghijklmnopqrstuvwxyz',
  accents: 'áéíóúàèçñãõâêôüöäßčřšžýůěłœæ',
  cyrillic: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  cjk: '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切存讲',
  greek: 'αβγδεζηθικλμνξοπρστυφχψω',
  arabic: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
};

function word(r: Random, script = r.pick(Object.keys(SCRIPTS))): string {
  const letters = SCRIPTS[script]!;
  const n = script === 'cjk' ? r.int(1, 3) : r.int(1, 10);
  let w = '';
  for (let i = 0; i < n; i++) w += letters[r.int(0, letters.length - 1)];
  return w;
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function name(r: Random): string {
  const n = r.int(1, 3);
  return Array.from({ length: n }, () => cap(word(r, r.chance(0.8) ? 'latin' : r.pick(['accents', 'cyrillic', 'greek'])))).join(r.chance(0.1) ? '-' : ' ');
}

/** A lexicon word of some language, a made-up word or a name. */
function anyWord(r: Random, lang = r.pick(LANGS)): string {
  const x = r.next();
  if (x < 0.45) return r.pick(WORDS.get(lang)!);
  if (x < 0.6) return name(r);
  return word(r, lang === 'zh' ? 'cjk' : lang === 'ru' ? 'cyrillic' : r.chance(0.8) ? 'latin' : 'accents');
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text of about size characters built from pieces, HTML-escaped. */
function fill(size: number, piece: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const p = piece();
    parts.push(p);
    n += p.length || 1;
  }
  return parts.join('');
}

/** Wraps paragraphs in a page Readability takes for an article (most of the time). */
function page(r: Random, body: string, opts: { lang?: string; doctype?: string; title?: string } = {}): string {
  const doctype = opts.doctype ?? '<!DOCTYPE html>';
  const lang = opts.lang ?? r.pick(LANGS);
  const title = opts.title ?? escape(Array.from({ length: r.int(1, 8) }, () => anyWord(r, lang)).join(' '));
  const nav = r.chance(0.5) ? `<nav><a href="/">${escape(anyWord(r))}</a> <a href="/x">${escape(anyWord(r))}</a></nav>` : '';
  const foot = r.chance(0.4) ? `<footer><p>${escape(fill(r.int(10, 300), () => anyWord(r) + ' '))}</p></footer>` : '';
  return `${doctype}<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${nav}<article>${body}</article>${foot}</body></html>`;
}

/** Prose sentences in one language: words, cue verbs, names, punctuation and marks. */
function sentence(r: Random, lang: string, opts: { marks?: number; cues?: number } = {}): string {
  const n = r.int(1, 30);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r.next();
    if (x < (opts.cues ?? 0.08)) out.push(r.pick(CUES.get(lang)!));
    else if (x < (opts.cues ?? 0.08) + (opts.marks ?? 0.04)) {
      const [o, c] = r.pick(PAIRS);
      const inner = Array.from({ length: r.int(0, 12) }, () => anyWord(r, lang)).join(' ');
      out.push(r.chance(0.85) ? `${o}${inner}${c}` : r.chance(0.5) ? `${o}${inner}` : `${inner}${c}`);
    } else out.push(anyWord(r, lang));
    if (r.chance(0.08)) out.push(r.pick(PUNCT));
  }
  let s = out.join(lang === 'zh' ? '' : ' ');
  s = cap(s);
  return s + r.pick(lang === 'zh' ? ['。', '！', '？', '”。'] : ['.', '.', '.', '?', '!', '."', '.”', '?»', '', '...']);
}

function prose(r: Random, size: number, lang: string, opts: { marks?: number; cues?: number } = {}): string {
  return fill(size, () => {
    const para = Array.from({ length: r.int(1, 8) }, () => sentence(r, lang, opts)).join(' ');
    return `<p>${escape(para)}</p>\n`;
  });
}

// ------------------------------------------------------------------------------------------
// The families.

export const FAMILIES: Record<string, Generator> = {
  /** Unclosed and misnested tags, stray end tags, comments, CDATA, attributes of every shape. */
  tagsoup(r, size) {
    const body = fill(size, () => {
      const x = r.next();
      if (x < 0.15) return `<${r.pick([...BLOCKS, ...INLINE])}${r.chance(0.3) ? ` class="${word(r, 'latin')}" data-x='${escape(anyWord(r))}'` : ''}>`;
      if (x < 0.25) return `</${r.pick([...BLOCKS, ...INLINE, 'html', 'body', 'article', 'table'])}>`;
      if (x < 0.28) return r.pick(['<!-- ', '-->', '<![CDATA[', ']]>', '<?xml ?>', '<', '>', '&', '&#0;', '&#xD800;', '&nbsp', '</', '<br/>', '<hr>', '<table><tr><td>', '<q>', '</q>', '<script>', '</script>', '<style>', '<template>', '<svg><p>', '<math><mi>', '<select><option>', '<textarea>', '</textarea>', '<plaintext>'.slice(0, r.chance(0.02) ? 11 : 0)]);
      if (x < 0.33) return `<${word(r)} ${word(r)}=${r.pick(['"', "'", ''])}${anyWord(r)}>`;
      return escape(sentence(r, r.pick(LANGS))) + ' ';
    });
    return r.chance(0.5) ? page(r, body) : body;
  },

  /** 50 to 100,000 levels of nesting, with text at the bottom, on the way, or both. */
  nesting(r, size) {
    const depth = Math.min(100_000, Math.max(50, Math.round(size / r.int(2, 40))));
    const tags = r.chance(0.5) ? ['div'] : [...BLOCKS, ...INLINE, 'q', 'ul', 'table', 'font'];
    const open: string[] = [];
    const parts: string[] = [];
    const text = r.pick(['top', 'bottom', 'each']);
    for (let i = 0; i < depth; i++) {
      const t = r.pick(tags);
      open.push(t);
      parts.push(`<${t}>`);
      if (text === 'each' && r.chance(0.3)) parts.push(escape(sentence(r, 'en')));
    }
    parts.push(prose(r, Math.min(size, 4000), r.pick(LANGS)));
    if (r.chance(0.7)) for (let i = open.length - 1; i >= 0; i--) parts.push(`</${open[i]}>`);
    const body = parts.join('');
    return text === 'top' ? page(r, prose(r, 2000, 'en') + body) : page(r, body);
  },

  /** Floods of quotation marks of every convention, mixed, with and without words between. */
  marks(r, size) {
    const body = fill(size, () => {
      const para = fill(Math.min(size, r.logInt(10, 20_000)), () => (r.chance(0.5) ? r.pick(MARKS) : r.chance(0.5) ? anyWord(r, 'en') + ' ' : r.pick(PUNCT) + ' '));
      return `<p>${escape(para)}</p>`;
    });
    return page(r, body, { lang: r.pick(LANGS) });
  },

  /** Unbalanced and nested marks, stray apostrophes and typewriter '' in ordinary sentences. */
  unbalanced(r, size) {
    const body = fill(size, () => {
      const lang = r.pick(LANGS);
      const bits: string[] = [];
      for (let i = r.int(1, 6); i > 0; i--) {
        const x = r.next();
        if (x < 0.3) bits.push(sentence(r, lang, { marks: 0.3, cues: 0.15 }));
        else if (x < 0.5) bits.push(`${sentence(r, lang)} ${r.pick(MARKS)}`);
        else if (x < 0.7) {
          let s = sentence(r, lang);
          for (let d = r.int(1, 12); d > 0; d--) {
            const [o, c] = r.pick(PAIRS);
            s = r.chance(0.7) ? `${o}${s}${c}` : r.chance(0.5) ? `${o}${s}` : `${s}${c}`;
          }
          bits.push(s);
        } else bits.push(r.pick(MARKS) + sentence(r, lang, { marks: 0.5 }));
      }
      return `<p>${escape(bits.join(' '))}</p>`;
    });
    return page(r, body);
  },

  /** Runs of cue words and names: "said told according to Jane Roe Jane Roe said that…". */
  cues(r, size) {
    const lang = r.pick(LANGS);
    const body = fill(size, () => {
      const para = fill(Math.min(size, r.logInt(20, 5000)), () => {
        const x = r.next();
        const w = x < 0.45 ? r.pick(CUES.get(lang)!) : x < 0.8 ? name(r) : x < 0.9 ? r.pick(lexiconFor(lang).complementizers) : r.pick([',', '.', ':', '“', '”', '"']);
        return w + ' ';
      });
      return `<p>${escape(para)}</p>`;
    });
    return page(r, body, { lang });
  },

  /** Control, bidi and zero-width characters and lone surrogates sprinkled through prose. */
  control(r, size) {
    const lang = r.pick(LANGS);
    const body = fill(size, () => {
      let s = sentence(r, lang, { marks: 0.1 });
      const k = r.int(1, 6);
      for (let i = 0; i < k; i++) {
        const at = r.int(0, s.length);
        const ch = r.pick(r.chance(0.4) ? CONTROL : r.chance(0.5) ? BIDI : LONE);
        s = s.slice(0, at) + ch + s.slice(at);
      }
      return `<p>${escape(s)}</p>`;
    });
    return page(r, body, { lang });
  },

  /** Ordinary-looking prose in one of the eight languages, with its own cue words and marks. */
  languages(r, size) {
    const lang = r.pick(LANGS);
    return page(r, prose(r, size, lang, { marks: 0.06, cues: 0.1 }), { lang });
  },

  /** One long run-on sentence: no full stop until the end. */
  longSentence(r, size) {
    const lang = r.pick(['en', 'de', 'fr', 'es']);
    const s = fill(size, () => anyWord(r, lang) + r.pick([' ', ' ', ' ', ', ', ' and ', ' “', '” ', ' that ']));
    return page(r, `<p>${escape(cap(s))}.</p>`, { lang });
  },

  /** Long paragraphs of plain prose without a single quotation mark. */
  longParagraph(r, size) {
    const lang = r.pick(['en', 'de', 'fr', 'cs']);
    const body = fill(size, () => `<p>${escape(fill(Math.ceil(size / r.int(1, 4)), () => sentence(r, lang, { marks: 0 }).replace(/["'“”„‟‘’‚«»‹›「」『』〝〞〟＂]/g, '') + ' '))}</p>`);
    return page(r, body, { lang });
  },

  /** Thousands of <q> elements, some nested, in long paragraphs. */
  qSpans(r, size) {
    const body = fill(size, () => `<p>${fill(Math.min(size, r.logInt(100, 20_000)), () => (r.chance(0.4) ? `<q>${escape(Array.from({ length: r.int(0, 6) }, () => anyWord(r, 'en')).join(' '))}${r.chance(0.2) ? '<q>' + escape(anyWord(r)) + '</q>' : ''}</q> ` : escape(anyWord(r, 'en')) + ' '))}</p>`);
    return page(r, body, { lang: 'en' });
  },

  /** A code block of thousands of syntax-highlighting spans between two paragraphs. */
  highlightSpans(r, size) {
    const code = fill(size, () => `<span class="tok-${word(r, 'latin')}">${escape(r.pick(['const', 'if', '(', ')', '{', '}', '"str"', "'c'", ' ', '\n', 'x', '=', ';', word(r, 'latin')]))}</span>`);
    return page(r, `${prose(r, 800, 'en')}<pre><code>${code}</code></pre>${prose(r, 800, 'en')}`, { lang: 'en' });
  },

  /** Unusual doctypes, processing instructions and byte-order marks before an ordinary article. */
  doctype(r, size) {
    const doctype = r.pick([
      '<!DOCTYPE html!>', '<!DOCTYPE>', '<!DOCTYPE <q>“x”</q>>', '<!DOCTYPE "html">', '<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x">',
      '<!DOCTYPE html SYSTEM>', '<!DOCTYPE h:tml>', '<!DOCTYPE 1html>', '<?xml version="1.0"?><!DOCTYPE html>', '\ufeff<!DOCTYPE html>',
      '<!DOCTYPE html><!DOCTYPE html>', '<!DOCTYPE\u0000html>', '<!DOCTYPE ht ml>', '', '<!-->', '<!DOCTYPE html [ <!ENTITY x "y"> ]>',
    ]);
    return page(r, prose(r, size, 'en', { marks: 0.05, cues: 0.1 }), { doctype, lang: 'en' });
  },
};

/** Mutations of a real saved page: cuts, copies, marks and tags dropped in, bytes flipped. */
export function mutate(r: Random, html: string): string {
  let s = html;
  const n = r.int(1, 12);
  for (let i = 0; i < n; i++) {
    const at = r.int(0, s.length);
    const len = r.logInt(1, Math.max(2, Math.floor(s.length / 10)));
    const x = r.next();
    if (x < 0.25) s = s.slice(0, at) + s.slice(at + len); // cut
    else if (x < 0.45) s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at); // copy
    else if (x < 0.6) s = s.slice(0, at) + r.pick(MARKS) + s.slice(at);
    else if (x < 0.75) s = s.slice(0, at) + r.pick(['<div>', '</p>', '<q>', '</article>', '<blockquote>', '<!--', '<script>', '<p>', '</div></div>', '<br>']) + s.slice(at);
    else if (x < 0.85) s = s.slice(0, at) + r.pick([...CONTROL, ...BIDI, ...LONE]) + s.slice(at);
    else if (x < 0.95) {
      // a run of one character: marks, apostrophes, letters
      s = s.slice(0, at) + r.pick(MARKS.concat(['a', ' ', '.'])).repeat(r.logInt(2, 5000)) + s.slice(at);
    } else s = s.slice(0, at) + s.slice(at, at + len).split('').reverse().join('') + s.slice(at + len);
  }
  return s;
}
