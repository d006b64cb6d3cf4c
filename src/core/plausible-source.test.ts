// The lone-noun test of plausible-source.ts: where every noun has a capital, one word with an
// ending only a common noun has ("Zuversicht", "Meinung") is no speaker of a quotation, unless
// the article writes it inside a name, the mention says more, or a pronoun was resolved to it.
import { describe, expect, it } from 'vitest';
import { ArticleWords } from './article-words';
import { compile } from './lexicon/compiled';
import { lexiconFor } from './lexicon/index';
import { implausibleSpeaker, nounPhraseOnly, sourceNoun, withoutTrailingFunctionWords, type SpeakerShape } from './plausible-source';
import { tokenize } from './tokens';

function articleWords(lang: string, sentences: string[]): { c: ReturnType<typeof compile>; words: ArticleWords } {
  const lex = lexiconFor(lang);
  const c = compile(lex);
  const words = new ArticleWords(c);
  for (const s of sentences) words.observe(tokenize(s, 0, s.length, lex));
  return { c, words };
}

const quote = (name: string, more: Partial<SpeakerShape> = {}): SpeakerShape => ({ name, kind: 'person', quotation: true, ...more });

describe('lone-noun: a common noun standing alone as a German quote’s speaker', () => {
  const { c, words } = articleWords('de', [
    'Der Minister äußerte Zuversicht, dass die Einigung gelingt.',
    'Nach Meinung der Kommission ist die Lage ernst.',
    'Auch Kanzlerin Roe sprach am Abend.',
  ]);
  it('"äußerte Zuversicht: „…“" gives no speaker Zuversicht', () => {
    expect(implausibleSpeaker(quote('Zuversicht'), c, words)).toBe('lone-noun');
    expect(implausibleSpeaker(quote('Meinung'), c, words)).toBe('lone-noun');
    expect(implausibleSpeaker(quote('Erfolgskriterium'), c, words)).toBe('lone-noun');
  });
  it('a surname, a word written inside a name, an acronym and a given name stay', () => {
    expect(implausibleSpeaker(quote('Barth'), c, words)).toBeNull();
    expect(implausibleSpeaker(quote('Roe'), c, words)).toBeNull();
    expect(implausibleSpeaker(quote('SPD'), c, words)).toBeNull();
    expect(implausibleSpeaker(quote('Angela'), c, words)).toBeNull();
  });
  it('a claim, a mention that says more, or a resolved pronoun is left to other tests', () => {
    expect(implausibleSpeaker({ name: 'Expertenmeinung', kind: 'person' }, c, words)).toBeNull();
    expect(implausibleSpeaker(quote('Erklärungen', { described: true }), c, words)).toBeNull();
    expect(implausibleSpeaker(quote('Meinung', { pronoun: true }), c, words)).toBeNull();
  });
  it('English, whose nouns have no capital, is not read this way', () => {
    const en = articleWords('en', ['The minister voiced confidence.']);
    expect(implausibleSpeaker(quote('Confidence'), en.c, en.words)).not.toBe('lone-noun');
  });
});

describe('fragment: a clause standing where a speaker should', () => {
  const { c, words } = articleWords('en', ['Jane Roe spoke on Monday.']);
  it('turns down a phrase opened by a verb form with its object', () => {
    expect(implausibleSpeaker(quote('advocating NATO enlargement'), c, words)).toBe('fragment');
    expect(implausibleSpeaker(quote('features a New York Times'), c, words)).toBe('fragment');
  });
  it('turns down a phrase with a subject pronoun inside it', () => {
    expect(implausibleSpeaker(quote('she issued a statement'), c, words)).toBe('fragment');
  });
  it('with no cue, turns down one word never capitalised inside a sentence; keeps a given name, an acronym, a name seen inside', () => {
    const en = articleWords('en', ['Wary of the plan, voters stayed home.', 'Guns are a crisis.', 'Moore said so, and Jane left.', 'NATO met.']);
    const cueless = (name: string) => quote(name, { cueless: true });
    expect(implausibleSpeaker(cueless('Wary'), en.c, en.words)).toBe('opening-capital');
    expect(implausibleSpeaker(cueless('Guns'), en.c, en.words)).toBe('opening-capital');
    expect(implausibleSpeaker(quote('Guns'), en.c, en.words)).toBeNull();
    expect(implausibleSpeaker(cueless('Jane'), en.c, en.words)).toBeNull();
    expect(implausibleSpeaker(cueless('NATO'), en.c, en.words)).toBeNull();
  });
  it('turns down a number written as a word, keeps a share of those asked', () => {
    expect(implausibleSpeaker(quote('Six'), c, words)).toBe('number');
    expect(implausibleSpeaker(quote('2,000'), c, words)).toBe('number');
    expect(implausibleSpeaker(quote('About 4 in 10'), c, words)).toBeNull();
  });
  it('keeps names, bodies, documents and described people', () => {
    expect(implausibleSpeaker(quote('Jane Roe'), c, words)).toBeNull();
    expect(implausibleSpeaker(quote('conservative-leaning newspaper', { kind: 'organization' }), c, words)).toBeNull();
    expect(implausibleSpeaker(quote('the suit', { kind: 'unknown' }), c, words)).toBeNull();
    expect(implausibleSpeaker(quote('retired neurosurgeon'), c, words)).toBeNull();
  });
});

describe('date and adverb: a time or a manner standing where a speaker should', () => {
  const { c, words } = articleWords('en', ['Hastily arranged, the meeting began.', 'Kelly spoke first.', 'Later, said Kelly, the plan failed.']);
  it('reads an abbreviated month with its full stop as a date', () => {
    expect(implausibleSpeaker(quote('Dec.'), c, words)).toBe('date');
  });
  it('turns down a capitalised adverb that only opens clauses, not a given name', () => {
    expect(implausibleSpeaker(quote('Hastily'), c, words)).toBe('adverb');
    expect(implausibleSpeaker(quote('Kelly'), c, words)).toBeNull();
  });
});

describe('connective: a German pronominal adverb opening the field is no speaker', () => {
  const { c, words } = articleWords('de', ['Die Stellungnahme liegt vor.', 'Darin steht unter anderem, dass der Plan gescheitert sei.']);
  it('"Darin steht: „…“" and "Ähnlich äußerte sich …" give no speaker Darin or Ähnlich', () => {
    expect(implausibleSpeaker(quote('Darin'), c, words)).toBe('connective');
    expect(implausibleSpeaker(quote('Darüber'), c, words)).toBe('connective');
    expect(implausibleSpeaker(quote('Ähnlich'), c, words)).toBe('connective');
  });
});

describe('adverb and date: German words that name no one', () => {
  const { c, words } = articleWords('de', ['In dem Antrag heißt es wörtlich, der Plan sei gescheitert.', 'Im September hatte die Ministerin den Plan angekündigt.']);
  it('"heißt es wörtlich: „…“" gives no speaker wörtlich', () => {
    expect(implausibleSpeaker(quote('wörtlich'), c, words)).toBe('adverb');
  });
  it('"Im September" is a time though September ends like a noun for a person; "die Wissenschaftler bisher" is a source', () => {
    expect(implausibleSpeaker(quote('Im September', { kind: 'organization' }), c, words)).toBe('date');
    expect(implausibleSpeaker(quote('Wissenschaftler bisher', { kind: 'organization' }), c, words)).toBeNull();
  });
});

describe('sourceNoun: a compound headed by a noun of a source is one', () => {
  const { c } = articleWords('de', []);
  it('reads the head of a closed or a hyphenated compound, in its cases', () => {
    expect(sourceNoun('kartellamt', c)).toBe(true);
    expect(sourceNoun('landtagsfraktion', c)).toBe(true);
    expect(sourceNoun('spd-landtagsfraktion', c)).toBe(true);
    expect(sourceNoun('oppositionsparteien', c)).toBe(true);
  });
  it('needs a part before a short head, and a head that is a source', () => {
    expect(sourceNoun('vorrat', c)).toBe(false);
    expect(sourceNoun('heirat', c)).toBe(false);
    expect(sourceNoun('zuversicht', c)).toBe(false);
  });
});

describe('nounPhraseOnly: where every noun has a capital, a label ends where the sentence goes on', () => {
  const { c } = articleWords('de', []);
  it('cuts at a verb, an adverb or an article that opens a phrase of its own', () => {
    expect(nounPhraseOnly('Polizei konnte weder', c)).toBe('Polizei');
    expect(nounPhraseOnly('Gewerkschaft Nahrung-Genuss-Gaststätten den Abbau', c)).toBe('Gewerkschaft Nahrung-Genuss-Gaststätten');
    expect(nounPhraseOnly('Jury-Mitglied eine', c)).toBe('Jury-Mitglied');
    expect(nounPhraseOnly('bildblog.de veröffentlichte das Bundesministerium', c)).toBe('bildblog.de');
    expect(nounPhraseOnly('Anwältin der Frau dem Richter', c)).toBe('Anwältin der Frau');
  });
  it('drops a preposition, an article and adjectives before the first noun', () => {
    expect(nounPhraseOnly('In einem Positionspapier des Bundesministeriums', c)).toBe('Positionspapier des Bundesministeriums');
  });
  it('keeps genitives, joining words before a noun, particles, numbers and names in lower case', () => {
    for (const name of ['Sprecher des deutschen Finanzministeriums', 'Verband kommunaler Unternehmen', 'Hilfsorganisation Ärzte ohne Grenzen', 'Jaap de Hoop Scheffer', 'Dekret Nr. 72-186', 'el-Baradei', 'taz']) {
      expect(nounPhraseOnly(name, c)).toBe(name);
    }
  });
  it('leaves languages that capitalise names only as they are', () => {
    const en = articleWords('en', []).c;
    expect(nounPhraseOnly('police in Manchester', en)).toBe('police in Manchester');
  });
});

describe('withoutTrailingFunctionWords: the name shown ends on a word of the name', () => {
  it('drops lower-case function words the sentence ran into a name', () => {
    const cs = compile(lexiconFor('cs'));
    expect(withoutTrailingFunctionWords('Web Football.London to', cs)).toBe('Web Football.London');
    const en = compile(lexiconFor('en'));
    expect(withoutTrailingFunctionWords('Acme and', en)).toBe('Acme');
  });
  it('leaves a name, and a phrase with no capital, as they are', () => {
    const en = compile(lexiconFor('en'));
    expect(withoutTrailingFunctionWords('Council on Foreign Relations', en)).toBe('Council on Foreign Relations');
    expect(withoutTrailingFunctionWords('the city embodied the', en)).toBe('the city embodied the');
  });
});
