// Every language's lexicon against the tokenizer and the quote finder: each cue, title and
// marker must come out of tokenize() as the phrase compile() made of it (or it can never match),
// each quotation-mark pair must pair, and the inflected forms each grammar needs must be there.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../quotes';
import { tokenize } from '../tokens';
import { compile, flagsOf, phraseAt, WORD_ORG_HEAD, WORD_TITLE, type PhraseTable } from './compiled';
import { lexiconFor, supportedLanguages } from './index';
import type { Lexicon } from './types';

const LANGS = ['fr', 'de', 'es', 'pt', 'cs', 'ru', 'zh'];

/** The entries of a phrase list that tokenize differently from the way compile() splits them. */
function unmatched(lex: Lexicon, table: PhraseTable, entries: string[]): string[] {
  return entries.filter((e) => {
    const tokens = tokenize(e, 0, e.length, lex).filter((t) => t.word);
    return tokens.length === 0 || phraseAt(table, tokens, 0) !== tokens.length;
  });
}

describe.each(LANGS)('lexicon %s', (lang) => {
  const lex = lexiconFor(lang);
  const c = compile(lex);

  it('is registered under its own code', () => {
    expect(lex.lang).toBe(lang);
    expect(supportedLanguages()).toContain(lang);
  });

  it('has no empty or padded entries', () => {
    const lists = [lex.speechVerbs, lex.weakCues, lex.bareComplementVerbs, lex.accordingTo, lex.claimNouns, lex.titles, lex.honorifics,
      lex.abbreviations, lex.anonymous.markers, lex.anonymous.heads, lex.organizationHeads, lex.stopwords, lex.clauseBreaks,
      lex.relayVerbs, lex.verbModifiers, lex.parentheticals, lex.determiners, lex.indefinites];
    for (const list of lists) for (const w of list) expect(w, `"${w}"`).toMatch(/^\S(.*\S)?$/u);
    for (const list of [lex.speechVerbs, lex.accordingTo, lex.titles, lex.anonymous.markers, lex.organizationHeads]) expect(list.length).toBeGreaterThan(0);
  });

  it('every speech verb, weak cue and relay verb is found where the tokenizer puts it', () => {
    expect(unmatched(lex, c.speech, [...lex.speechVerbs, ...lex.weakCues])).toEqual([]);
    expect(unmatched(lex, c.relay, lex.relayVerbs)).toEqual([]);
  });

  it('every "according to" phrase, title and anonymity marker is found too', () => {
    expect(unmatched(lex, c.according, lex.accordingTo)).toEqual([]);
    expect(unmatched(lex, c.titles, lex.titles)).toEqual([]);
    expect(unmatched(lex, c.anonymousMarkers, lex.anonymous.markers)).toEqual([]);
  });

  it('weak cues and bare-complement verbs are speech verbs too', () => {
    const speech = new Set(lex.speechVerbs.map((v) => v.toLowerCase()));
    const missing = [...lex.bareComplementVerbs].filter((v) => !speech.has(v.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it('pairs each of its quotation marks', () => {
    for (const [open, close] of lex.quotes) {
      const text = `${lang === 'zh' ? '他说' : 'A'} ${open}b c${close} d.`;
      const spans = findQuoteSpans({ text, paragraphs: [{ start: 0, end: text.length, blockquote: false, heading: false }], inlineQuotes: [] });
      expect(spans.map((s) => text.slice(s.start, s.end)), `${open}…${close}`).toEqual(['b c']);
    }
  });
});

describe('inflected forms each grammar needs', () => {
  const has = (lang: string, ...forms: string[]) => {
    const lex = lexiconFor(lang);
    const all = new Set([...lex.speechVerbs, ...lex.accordingTo].map((f) => f.toLowerCase()));
    for (const f of forms) expect(all.has(f), `${lang}: ${f}`).toBe(true);
  };
  it('French: tenses, perfect with a/ont, inverted incises, selon', () => {
    has('fr', 'dit', 'a dit', 'déclare', 'a déclaré', 'ont déclaré', 'a ajouté', 'affirme', 'estime', 'explique', 'souligne', 'a-t-il déclaré',
      'a-t-elle ajouté', 'dit-il', 'dit-elle', 'déclare-t-il', 'explique-t-elle', 's’est exclamé', 'selon', 'd’après');
  });
  it('German: past and present, perfect, separable verbs, laut', () => {
    has('de', 'sagte', 'sagt', 'hat gesagt', 'erklärte', 'betonte', 'fügte hinzu', 'hinzugefügt', 'räumte ein', 'teilte mit', 'laut');
  });
  it('Spanish: preterite, present, perfect, según', () => {
    has('es', 'dijo', 'dice', 'ha dicho', 'afirmó', 'explicó', 'señaló', 'aseguró', 'añadió', 'según', 'de acuerdo con');
  });
  it('Portuguese: preterite, present, segundo, de acordo com', () => {
    has('pt', 'disse', 'diz', 'afirmou', 'explicou', 'acrescentou', 'garantiu', 'segundo', 'de acordo com');
  });
  it('Czech: every gender of the past, both aspects, reflexives', () => {
    has('cs', 'řekl', 'řekla', 'řeklo', 'řekli', 'řekly', 'říká', 'říkal', 'uvedl', 'uvedla', 'uvádí', 'dodal', 'dodává', 'přidává se',
      'přidal se', 'se přidal', 'zdůraznil', 'zdůrazňuje', 'napsal', 'píše', 'podle');
  });
  it('Russian: every gender of the past, both aspects, -ся forms, по словам', () => {
    has('ru', 'сказал', 'сказала', 'сказало', 'сказали', 'говорит', 'говорил', 'заявил', 'заявила', 'добавил', 'поделился', 'поделилась',
      'признался', 'по словам', 'согласно');
  });
  it('Chinese: the common cue words and 据', () => {
    has('zh', '说', '表示', '指出', '称', '认为', '补充说', '强调', '透露', '告诉', '据');
  });
  it('Russian titles decline: по словам министра is a title', () => {
    const c = compile(lexiconFor('ru'));
    for (const w of ['министр', 'министра', 'министру', 'пресс-секретаря', 'представителя']) expect(c.titleWords.has(w), w).toBe(true);
  });
});

describe('flagsOf: a compound no table lists takes its head’s noun bits', () => {
  it('a title or a body at the end of a German compound, after a hyphen, in its cases', () => {
    const de = compile(lexiconFor('de'));
    expect(flagsOf(de, 'justizsprecher') & WORD_TITLE).not.toBe(0);
    expect(flagsOf(de, 'vw-chef') & WORD_TITLE).not.toBe(0);
    expect(flagsOf(de, 'landtagsfraktion') & WORD_ORG_HEAD).not.toBe(0);
    expect(flagsOf(de, 'oppositionsparteien') & WORD_ORG_HEAD).not.toBe(0);
    expect(flagsOf(de, 'vorrat')).toBe(0);
    // English writes compounds apart: only a hyphen's head counts there.
    const en = compile(lexiconFor('en'));
    expect(flagsOf(en, 'spokesmanship')).toBe(0);
  });
});
