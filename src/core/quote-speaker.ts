// Decides what a quotation is (someone's quote or a scare quote) and whose it is, from its
// sentence's tokens, the entity registry and the quotes before it.
import { attributeQuote, cueAt, type QuoteAttribution } from './attribution';
import { participleOpening, pronounSubject, sentenceSubject, sourceWords, withNameBefore, type ClauseToken } from './clause';
import type { EntityRegistry, Speaker } from './entities';
import { CUE_CLAIM_NOUN, endsAsParticiple, endsAsPossessive, WORD_DETERMINER, WORD_RELATIVE, WORD_STOPWORD, type CompiledLexicon } from './lexicon/compiled';
import type { QuoteSpan } from './quotes';
import { choiceFeatures, choiceModelFor, subjectProbability, type SpeakerChoice } from './speaker-choice';
import type { ShortQuoteChoice } from './short-quote';
import type { Token } from './tokens';
import type { ArticleWords } from './article-words';
import { plausibleSource } from './plausible-source';
import { shownSpeaker } from './speaker-entities';
import type { FindingKind } from './types';
import { opinionHolder, verbSecondSubject } from './verb-second';


/** A finding before it has its selector: offsets, kind and source. */
export interface Draft {
  kind: FindingKind;
  start: number;
  end: number;
  paragraph: number;
  speaker: Speaker | null;
  cue: string | null;
  partial: boolean;
  /** The sieve (or claim rule) that decided the finding and its speaker. */
  rule: string;
  /** With explain: every sieve tried before the one that decided, and its answer. */
  candidates?: Array<{ rule: string; speaker: string | null }>;
  /** With explain: the learned choice between the cue's phrase and the sentence's subject, when both named someone. */
  choice?: SpeakerChoice;
  /** With explain: what the learned choice between someone's words and a scare quote weighed (short-quote.ts). */
  shortQuote?: ShortQuoteChoice;
}

/** A domain written as a name ("tagesschau.de"): a name in lower case. */
const DOMAIN = /^[\p{L}\p{N}-]+\.\p{L}{2,}$/u;

/** Quotes of at most this many words with no source are scare quotes. */
const SCARE_MAX_WORDS = 4;

function wordsIn(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length || [...s].filter((ch) => /\p{L}/u.test(ch)).length / 2;
}

/** The speaker's gender shown by the cue's verb form ("řekla", "сказал"), or null. */
function cueGender(cue: string, c: CompiledLexicon): 'm' | 'f' | null {
  const g = c.lex.cueGender;
  if (!g) return null;
  const words = cue.toLowerCase().split(/\s+/);
  if (words.some((w) => g.female.some((e) => w.endsWith(e)))) return 'f';
  if (words.some((w) => g.male.some((e) => w.endsWith(e)))) return 'm';
  return null;
}

/** What every quote sieve reads: the quotation, its sentence, and what came before it. */
export interface QuoteContext {
  text: string;
  span: QuoteSpan;
  tokens: ClauseToken[];
  /** Index of the quotation's placeholder in tokens. */
  ti: number;
  registry: EntityRegistry;
  c: CompiledLexicon;
  /** The last quote with a speaker. */
  lastQuote: Draft | null;
  heading: boolean;
  /** The named subject handed on by the sentence before; reported when it is the source of that sentence's cue. */
  prevSubject: { tokens: ClauseToken[]; reported?: boolean } | null;
  /** The last finding of this sentence so far. */
  earlier: Draft | null;
  attribution: QuoteAttribution | null;
  partial: boolean;
  quoted: string;
  opensSentence: boolean;
  /** The quote the one at hand may go on with (same or a near paragraph). */
  recent: Draft | null;
  /** The name of a byline paragraph ("- Jane Roe.") right after the paragraph this quote closes. */
  byline: Token[] | null;
  /** What the article's words are so far (capitals, places), for the plausibility test; absent in a sieve's own tests. */
  words?: ArticleWords;
}

/** What a sieve decides: the kind, the speaker, the cue. */
type Decision = { kind: FindingKind; speaker: Speaker | null; cue: string | null; partial?: boolean };

/**
 * One rule of quote attribution, a sieve in the sense of CoreNLP's: its name, its one job (from a
 * quote to the words that name its speaker, resolved by the registry), example sentences with
 * the speaker they give (run by quote-sieves.test.ts), and the test itself.
 */
export interface QuoteSieve {
  name: string;
  examples: ReadonlyArray<{ text: string; speaker: string | null; kind?: FindingKind }>;
  apply(q: QuoteContext): Decision | null;
}

/**
 * "ist die Lage „alarmierend“", "als den „führenden Förderer“": where every noun has a capital, a
 * short quotation that opens in lower case is no noun held at a distance (a term, a name) but
 * someone's choice of words, an adjective or a phrase.
 */
function wordChoice(q: QuoteContext): boolean {
  return q.c.lex.capitalisedNouns === true && /^\p{Ll}/u.test(q.quoted) && (reportsSomeone(q.tokens, q.c) || opinionHolder(q.tokens, q.ti, q.c) !== null);
}

/** The sentence reports or judges: a cue, a verb of naming ("bezeichnete als") or of the reporting mood, outside quotation marks. */
function reportsSomeone(tokens: readonly ClauseToken[], c: CompiledLexicon): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap || t.quote !== undefined) continue;
    if (c.namingVerbs.has(t.lower) || c.reportedVerbs.has(t.lower) || cueAt(tokens, k, c) !== null) return true;
  }
  return false;
}

const resolveAt = (q: QuoteContext, [a, b]: [number, number]): Speaker => q.registry.resolve(sourceWords(q.text, q.tokens, a, b, q.c, q.ti), q.tokens[a]!.start);


/**
 * The quote sieves, in the order a reader tries them: its own cue; the subject of a
 * participle's sentence; a named subject just before; the speaker it continues; the sentence's
 * person subject. What is left is a scare quote when short (or a title), else an unattributed quote.
 */
export const QUOTE_SIEVES: readonly QuoteSieve[] = [
  {
    name: 'name-part',
    examples: [
      { text: 'Rep. Robert C. “Bobby” Scott said the plan failed.', speaker: null, kind: 'scare' },
      // A word before it that makes it a term or a title (lexicon titleCues).
      { text: 'Jana Roe, die Sprecherin der so genannten „Ärztlichen Notfallhilfe“, sagte, für die Patienten bestehe keine Gefahr.', speaker: null, kind: 'scare' },
    ],
    // A nickname inside a name is read as a word of it (clauseTokens); …and a spot titled “Arrogant”: a name, not anyone's words.
    apply: (q) => (q.tokens[q.ti]!.word || titled(q.tokens, q.ti, q.c) ? { kind: 'scare', speaker: null, cue: null, partial: true } : null),
  },
  {
    name: 'title-shape',
    examples: [{ text: 'Jane Roe appeared on “Meet the Voters” last week.', speaker: null, kind: 'scare' }],
    // "appeared on “Morning Joe”": the name of a show, book or slogan, held at a distance.
    apply: (q) => {
      const { tokens, ti, c, attribution } = q;
      // (Not an indefinite article where every noun has a capital: "sprach von einer „Gefahr für
      // Leib und Leben“" opens a noun phrase; a title or a paper's name takes the definite one.)
      const before = tokens[ti - 1];
      const indefinite = before !== undefined && c.lex.capitalisedNouns === true && c.indefinites.has(before.lower);
      const venue = before !== undefined && before.word && !indefinite && ((before.flags & WORD_STOPWORD) !== 0 || endsAsPossessive(before.text, q.c));
      const named = attribution !== null && c.namingVerbs.has(attribution.cue.text.toLowerCase()) && ti - attribution.cue.at <= 6;
      const goesOn = q.opensSentence && q.lastQuote !== null && q.lastQuote.paragraph === q.span.paragraph && q.lastQuote.kind === 'quote';
      if (!named && !goesOn && (venue || !(attribution && adjacent(attribution, ti))) && looksLikeTitle(q.quoted)) return { kind: 'scare', speaker: null, cue: null, partial: true };
      return null;
    },
  },
  {
    name: 'noun-name',
    examples: [
      { text: 'Die Meldung erschien zuerst in der Zeitung „Abendpost“ und wurde später überall verbreitet.', speaker: null, kind: 'scare' },
      // "„…“, schreibt die „Abendpost“": the writer's name where the inverted verb's subject stands (speaker-de.test.ts).
      { text: '„Die Lage ist ernst und wird sich so bald nicht ändern“, schreibt die „Abendpost“.', speaker: null, kind: 'scare' },
      { text: 'Die Regierung habe längst kapituliert, die Bürger nicht, zitiert „Abendpost“ aus einer Erklärung der Gegner.', speaker: null, kind: 'scare' },
      { text: '„Abendpost“ berichtet unter Berufung auf einen Wärter, dass die Gefangenen die Türen aufgebrochen hätten.', speaker: null, kind: 'scare' },
    ],
    // "die Zeitung „Abendpost“", "die Operation „Sturm“": where every noun has a capital, a short
    // capitalised quotation right after a noun inside the sentence is that noun's name.
    apply: (q) => {
      // "laut „Reuters“", "laut „tagesschau.de“": right after an according cue, a short quotation is the source's name.
      const a = q.attribution;
      if (q.c.lex.capitalisedNouns === true && a !== null && a.cue.type === 'according' && !a.after && a.cue.at + a.cue.len === q.ti &&
        wordsIn(q.quoted) <= SCARE_MAX_WORDS && !/[,;:!?…]|\.\s/u.test(q.quoted)) return { kind: 'scare', speaker: null, cue: null, partial: true };
      // Longer ones too when nothing in the sentence attributes them ("unter dem Motto „…“").
      if (q.c.lex.capitalisedNouns !== true || q.span.continued || (wordsIn(q.quoted) > SCARE_MAX_WORDS && q.attribution !== null) || !(/^[\p{Lu}\p{N}]/u.test(q.quoted) || DOMAIN.test(q.quoted))) return null;
      const noun = q.tokens[q.ti - 1], before = q.tokens[q.ti - 2];
      // Not after a noun of speech ("mit den Worten „…“", "die Erklärung „…“"): that introduces someone's words.
      const speechNoun = noun !== undefined && ((noun.flags & CUE_CLAIM_NOUN) !== 0 || q.c.accordingNouns.includes(noun.lower));
      const named = noun?.word === true && noun.cap && !speechNoun && (noun.flags & WORD_STOPWORD) === 0 && /\p{Ll}$/u.test(noun.text) && before !== undefined && (before.text === ',' || (before.word && !before.cap));
      // "die „Abendpost“-Redaktion": a quotation joined to a noun by a hyphen is a name in a compound.
      const compound = /^[-\u2010\u2011]\p{L}/u.test(q.text.slice(q.span.outerEnd, q.span.outerEnd + 2));
      // "„…“, schreibt die „Computerwoche“", "…, zitiert „BBC News“ aus …": a short quotation where
      // the subject of a say-verb inverted after a comma stands is the writer's name.
      const verb = noun?.word === true && (noun.flags & WORD_DETERMINER) !== 0 ? q.ti - 2 : q.ti - 1;
      const subjectSlot = verb >= 2 && q.tokens[verb - 1]?.text === ',' && cueAt(q.tokens, verb, q.c)?.type === 'speech' && wordsIn(q.quoted) <= SCARE_MAX_WORDS;
      // "„BBC News“ berichtet, dass …": a short name-like quotation that opens the sentence right before its say-verb is its subject.
      const opening = q.opensSentence && wordsIn(q.quoted) <= SCARE_MAX_WORDS && !/[.,;:!?…]/u.test(q.quoted) && q.tokens[q.ti + 1]?.word === true && !q.tokens[q.ti + 1]!.cap &&
        cueAt(q.tokens, q.ti + 1, q.c)?.type === 'speech';
      return named || compound || subjectSlot || opening ? { kind: 'scare', speaker: null, cue: null, partial: true } : null;
    },
  },
  {
    name: 'bracketed-after-name',
    examples: [
      { text: 'Many leaders sent their congratulations, among them the head of the agency, Jane Roe (“Nobody deserves this honour more than he does.”), and others.', speaker: 'Jane Roe' },
    ],
    // "…, der Leiter der Behörde, Jane Roe („…“), und …": a whole sentence in brackets right after
    // a name (two or more capitalised words) is that person's words.
    apply: (q) => {
      const { tokens, ti } = q;
      if (q.heading || tokens[ti - 1]?.text !== '(' || tokens[ti + 1]?.text !== ')' || wordsIn(q.quoted) <= SCARE_MAX_WORDS) return null;
      let k = ti - 1;
      while (k > 0 && tokens[k - 1]!.word && tokens[k - 1]!.cap && (tokens[k - 1]!.flags & (WORD_STOPWORD | WORD_DETERMINER)) === 0 && tokens[k - 1]!.quote === undefined) k--;
      if (ti - 1 - k < 2) return null;
      const speaker = resolveAt(q, [k, ti - 1]);
      return speaker.name && speaker.kind === 'person' ? { kind: 'quote', speaker, cue: null } : null;
    },
  },
  {
    name: 'verb-second-frame',
    examples: [
      { text: 'Relativierend fügt Jane Roe hinzu: „Wir werden den Plan im kommenden Jahr noch einmal versuchen.“', speaker: 'Jane Roe' },
      { text: 'Seine Zuversicht äußerte der Beauftragte Jane Roe: „Entscheidungen fallen bei uns immer erst in letzter Minute.“', speaker: 'Jane Roe' },
      { text: 'Jane Roe hatte in einer Rede verkündet: „Wir werden den Plan im kommenden Jahr noch einmal versuchen.“', speaker: 'Jane Roe' },
      // A relative's genitive opens the subject after the verb as an article does.
      { text: 'Nach Gerüchten über eine Festnahme auf der Landebahn sagte dessen Stellvertreter: „Wir werden den Plan im kommenden Jahr noch einmal versuchen.“', speaker: 'Stellvertreter' },
      { text: 'Nach Gerüchten über eine Festnahme teilte dessen Stellvertreter über die Pläne seines Chefs mit: „Wir werden den Plan noch einmal prüfen.“', speaker: 'Stellvertreter' },
      // An extended attribute with its own object, and an age set off by commas, stay in the field.
      { text: 'Die das Unglück überlebende Jane Roe, 30, beschrieb in einem Krankenhaus den Hergang: „Die See war wirklich rau und windig.“', speaker: 'Jane Roe' },
      // A field of a verdict with "von" and a name: that person's words.
      { text: 'Das Fazit von Jane Roe nach fünf Jahren überrascht daher nicht: „Die hohen Zahlen zeigen, dass die Qualität stimmt.“', speaker: 'Jane Roe' },
      // A conjunction right after an earlier quotation opens the frame's own main clause.
      { text: 'Die Menge rief vor dem Gebäude Parolen wie „Roe raus!“ und der sich als Gegner inszenierende Unternehmer Jane Roe rief vor den Demonstranten aus: „Er ist der schlechteste Präsident aller Zeiten!“', speaker: 'Jane Roe' },
      // A relative clause with its say-verb last before the colon: the subject after the pronoun.
      { text: 'Damit fällt die Zahl unter die Marke, die Jane Roe in ihrer ersten Amtszeit zum Ziel erklärt hatte: „Wir werden die Arbeitslosigkeit auf unter drei Millionen drücken.“', speaker: 'Jane Roe' },
      // A main clause in the reporting mood with no say-verb: the words go on with the last speaker.
      { text: 'Jane Roe hatte in einer Rede verkündet: „Wir werden den Plan noch einmal versuchen.“ Das Land sei dem Nachbarn zu Dank verpflichtet: „Sie haben uns Hilfsmannschaften geschickt, und wir werden ihnen helfen.“', speaker: 'Jane Roe' },
    ],
    // Where the verb stands second, the field before it may be an adverbial or an object
    // ("Den Unmut brachte die Sprecherin zum Ausdruck: „…“"): the subject is read by the fields.
    apply: (q) => {
      // "„…“, heißt es in der Erklärung": a cue right after the quote is the cue-source rule's.
      if (q.opensSentence || q.heading || q.span.continued || q.attribution?.after) return null;
      // "…enttäuschend: „…“, sagte Jane Roe": a say-verb right after the quote and its comma names the speaker.
      if (q.tokens[q.ti + 1]?.text === ',' && cueAt(q.tokens, q.ti + 2, q.c)?.type === 'speech') return null;
      const colon = q.tokens[q.ti - 1]?.text === ':';
      const before = q.attribution && !q.attribution.after && q.attribution.cue.type !== 'according' ? q.attribution.cue.at : null;
      if (!colon && before === null) return null;
      // "Queensland sei … zu Dank verpflichtet: „…“": a frame with no say-verb whose main clause
      // (before any comma) is in the reporting mood reports someone's words; they go on with the
      // last speaker, not the clause's subject.
      if (!(before !== null && q.tokens[before]!.word) && reportingMainClause(q)) {
        return q.recent ? { kind: 'quote', speaker: q.recent.speaker, cue: q.recent.cue } : null;
      }
      const subject = verbSecondSubject(q.tokens, q.ti, colon ? null : before, q.c);
      if (!subject) return null;
      const speaker = resolveAt(q, subject);
      return speaker.name ? { kind: 'quote', speaker, cue: q.attribution?.cue.text ?? ':' } : null;
    },
  },
  {
    name: 'cue-source',
    examples: [
      { text: '“The plan failed,” Jane Roe said.', speaker: 'Jane Roe' },
      { text: 'Jane Roe said: “The plan failed.”', speaker: 'Jane Roe' },
      { text: '“The plan failed,” said the chairman of the association, Jane Roe.', speaker: 'Jane Roe' },
      { text: '“The plan failed,” Jane Roe, Acme’s campaign manager, said.', speaker: 'Jane Roe' },
      // A possessor opens a description as an article does: the name in apposition speaks.
      { text: '“The plan failed,” said Roe’s campaign manager, John Doe, who ran the race before.', speaker: 'John Doe' },
      { text: '“The plan failed,” Jane Roe, 30, of Ashton, Ohio, who was among those polled, said.', speaker: 'Jane Roe' },
      { text: '“We are happy” about the decision, said Jane Roe, head of the union.', speaker: 'Jane Roe' },
      { text: 'The vote signals “the end of the plan” for the union, said Jane Roe, head of the party.', speaker: 'Jane Roe' },
      { text: 'Republican pollster Jane Roe: “The plan failed from the very start.”', speaker: 'Jane Roe' },
      // A cue inside an aside that the dash before the quote closes frames nothing: the tag after the quote speaks.
      { text: 'If the plan fails — as many believe, but the council strongly denies — “what will we do then?” asked Jane Roe, a lawyer.', speaker: 'Jane Roe' },
      // A say-verb after a comma with only a name before the quote: the reporter's words come first.
      { text: 'Because of how the party set the calendar, explained Jane Roe, “the race will be over by March.”', speaker: 'Jane Roe' },
      // A full name right before the colon, after the reporter's words or a dash.
      { text: 'The timing of the surge does not surprise pollster Jane Roe: “The plan failed from the very start.”', speaker: 'Jane Roe' },
      { text: 'THE PLAN FAILED EARLY - Jane Roe and John Doe: “The plan failed from the very start.” [Post.]', speaker: 'Jane Roe' },
      // A place inside a description is what the title is of: the name in apposition, else the phrase.
      { text: '“We will not back down,” said the mayor of Ashton, Jane Roe, at a news conference.', speaker: 'Jane Roe' },
      { text: '“We will not back down,” the mayor of Ashton said.', speaker: 'mayor of Ashton' },
      { text: '“Não vamos recuar”, disse o ministro da Fazenda, João Silva, em entrevista coletiva em Brasília.', speaker: 'João Silva' },
      { text: '«Es una vergüenza», declaró el alcalde de la ciudad, Pedro Gómez, quien pidió la dimisión del consejero.', speaker: 'Pedro Gómez' },
      { text: '“We will not back down,” the mayor of the city of Ashton said.', speaker: 'mayor of the city of Ashton' },
      { text: '“We are looking into it,” police in Manchester said.', speaker: 'police in Manchester' },
      { text: '“Não vamos recuar”, disse o ministro da Fazenda a jornalistas em Brasília.', speaker: 'ministro da Fazenda' },
      // A phrase led by a preposition of address is the person spoken to; the subject comes after it.
      { text: '«Es una vergüenza», dijo a la prensa el alcalde de la ciudad, Pedro Gómez.', speaker: 'Pedro Gómez' },
      // An addressee after the inverted verb, then the subject with its apposition.
      { text: '« La situation est grave », a indiqué à l’AFP le porte-parole de la préfecture, Jean Dupont.', speaker: 'Jean Dupont' },
      { text: 'After winning the vote, Gov. Jane Roe (R-Ohio), said: “We are getting ready for the trip.”', speaker: 'Jane Roe' },
      { text: '“We are getting ready for the trip,” said undecided Republican voter Jane Roe of Ashton.', speaker: 'Jane Roe' },
      { text: 'Jane Roe has hailed the vote as “fantastic,” telling reporters that she was happy.', speaker: 'Jane Roe' },
      { text: 'Jane Roe, during a town hall in Columbus, Ohio, said she was “going to put coal miners out of business.”', speaker: 'Jane Roe' },
      { text: 'Jane Roe posted a Twitter comment of her own, saying, “We are so excited to meet our second grandchild!”', speaker: 'Jane Roe' },
      { text: '“Will he be the next attorney general?” a Democratic staffer in the room asked.', speaker: 'Democratic staffer in the room' },
      { text: '“If they were serious about making progress,” Jane Roe fumed on Tuesday.', speaker: 'Jane Roe' },
      { text: '“But why?” reporter Jane Roe asked him.', speaker: 'Jane Roe' },
      { text: '“The eruption of war is a reminder,” Will wrote.', speaker: 'Will' },
      { text: 'Jane Roe, who lives outside the state capital, Ashton, said she still “prays that the plan ends up the winner.”', speaker: 'Jane Roe' },
      { text: 'Jane Roe said on Thursday in Ashton, Ohio, that states can pass such laws because “men should not be going there at all.”', speaker: 'Jane Roe' },
      { text: 'Nothing the mayor said “will calm the people of the city,” Jane Roe said.', speaker: 'Jane Roe' },
      // Capitalised words run into a name ("Republican Jane Roe"): the name opens at its given name.
      { text: '“We will try again next year,” Republican Jane Roe said.', speaker: 'Jane Roe' },
      // A place after a description's own place ("from Ashton, Ohio,") is part of the description.
      { text: 'Jane Roe, a salesman from Ashton, Ohio, says the plan will “leave here with a lot of momentum.”', speaker: 'Jane Roe' },
      // An inverted verb the lexicon does not list, with a name after it to the sentence's end.
      { text: '“An awful lot of people said no, and she did it anyway,” remembered Jane Roe, a former aide.', speaker: 'Jane Roe' },
      // A question with a short tag after it: a name, a verb with a finite ending, a full stop.
      { text: 'John Doe spoke first. “Would it be negotiable about the rest of the plan?” Jane Roe pressed.', speaker: 'Jane Roe' },
      // An abbreviated title is the title spelled out later ("Sen." is "the senator").
      { text: 'Sen. Jane Roe spoke first at the hearing. “The plan failed,” the senator said.', speaker: 'Jane Roe' },
      // A bare description nobody was introduced with goes back to the one who just spoke…
      { text: '“The plan failed,” Jane Roe said on Monday. “We will try again next year,” the retired engineer told reporters.', speaker: 'Jane Roe' },
      // …but not one that counts someone new in.
      { text: '“The plan failed,” Jane Roe said on Monday. “We will try again next year,” the second official told reporters.', speaker: 'official' },
      { text: 'Sie sei „vollkommen geschockt“ über das Geschehen, sagte die Ministerin Jane Roe, ihre „Gedanken sind bei allen, die von diesem Ereignis betroffen sind“.', speaker: 'Jane Roe' },
      { text: 'Es wurde von Jane Roe die Vermutung geäußert, der Plan sei „längst gescheitert und nicht mehr zu retten“.', speaker: 'Jane Roe' },
      { text: '„Wir werden den Plan im kommenden Jahr noch einmal prüfen“, strich Jane Roe in Ashton heraus.', speaker: 'Jane Roe' },
      { text: 'Laut Polizei habe es eine Überprüfung des Wagens gegeben, der „zu laut und ohne jede Genehmigung“ gefahren sei.', speaker: 'Polizei' },
      // An "according to" phrase between two parts of a quotation names the source of the first part too.
      { text: 'Die Kameras haben den Städten Erfolge gebracht. „Allerdings bleibt das Problem der Verlagerung“ laut Jane Roe „auch in Zukunft bestehen“.', speaker: 'Jane Roe' },
      { text: 'Dabei sollen laut dem Chefankläger des Gerichts, Jane Roe, Plünderungen „von unbeschreiblicher Brutalität“ begangen worden sein.', speaker: 'Jane Roe' },
      // Where the verb stands second, the object may follow the name set off after the description.
      { text: 'Als „eine völlig verpasste Chance für alle“ beurteilte der Geschäftsführer der Fraktion, Jane Roe das Ergebnis der Prüfung.', speaker: 'Jane Roe' },
    ],
    apply: (q) => {
      if (!q.attribution?.source) return null;
      const speaker = resolveAt(q, withNameBefore(q.tokens, q.attribution.source, q.c));
      q.registry.noteGender(speaker, cueGender(q.attribution.cue.text, q.c));
      return { kind: 'quote', speaker, cue: q.attribution.cue.text };
    },
  },
  {
    name: 'cue-goes-on',
    examples: [],
    // "“…,” Blige sings, before asking her, “…”": a cue with no subject goes on with the sentence's speaker.
    apply: (q) => (q.attribution && !q.heading && q.earlier?.kind === 'quote' && q.earlier.speaker ? { kind: 'quote', speaker: q.earlier.speaker, cue: q.attribution.cue.text } : null),
  },
  {
    name: 'participle-subject',
    examples: [
      { text: 'Jane Roe apologised, saying the plan was “a mistake from the start.”', speaker: 'Jane Roe' },
    ],
    // "Yoon apologised, saying they “…”": a participle's subject is the sentence's.
    apply: (q) => {
      if (!q.attribution || q.heading) return null;
      const subject = sentenceSubject(q.tokens, q.attribution.cue.at, q.c);
      if (!subject) return null;
      const speaker = resolveAt(q, subject);
      return speaker.name ? { kind: 'quote', speaker, cue: q.attribution.cue.text } : null;
    },
  },
  {
    name: 'left-out-subject',
    examples: [
      { text: 'Juan Pérez habló ayer. «El plan fracasó», señaló.', speaker: 'Juan Pérez' },
      { text: 'O ministro, João Silva, falou ontem. “O plano falhou”, disse aos jornalistas.', speaker: 'João Silva' },
    ],
    // "«…», señaló.": where the subject may be left out, it is the person in focus.
    apply: (q) => {
      const a = q.attribution;
      if (!a || q.heading || !q.c.lex.proDrop || a.cue.type !== 'speech') return null;
      const speaker = q.registry.implicitSubject(q.tokens[a.cue.at]!.start, cueGender(a.cue.text, q.c), a.cue.text);
      return speaker ? { kind: 'quote', speaker, cue: a.cue.text } : null;
    },
  },
  {
    name: 'byline-after',
    examples: [{ text: 'The debate went on.</p><p>“We will try again next year with all of our friends.”</p><p>- Jane Roe.', speaker: 'Jane Roe' }],
    // "“…”" closing its paragraph, then a paragraph that is only "- Jane Roe.": a byline, as under a quotation set apart.
    apply: (q) => {
      if (!q.byline || q.attribution || q.heading || !q.opensSentence) return null;
      const speaker = q.registry.resolve(q.byline, q.byline[0]!.start);
      return speaker.name ? { kind: 'quote', speaker, cue: null } : null;
    },
  },
  {
    name: 'subject-before',
    examples: [{ text: 'Jane Roe sees it the same way. “The plan failed from the very first day.”', speaker: 'Jane Roe' }],
    // "Web X sees it the same way. “…”": a quote with no cue of its own after a sentence whose subject is named.
    apply: (q) => {
      if (!q.prevSubject || !q.opensSentence || q.attribution?.source || q.span.continued || q.heading) return null;
      const speaker = q.registry.resolve(q.prevSubject.tokens, q.prevSubject.tokens[0]!.start);
      return speaker.name && speaker.kind !== 'unknown' ? { kind: 'quote', speaker, cue: null } : null;
    },
  },
  {
    name: 'goes-on',
    examples: [
      { text: '“The plan failed,” Jane Roe said. “We will try again next year.”', speaker: 'Jane Roe' },
      // After a quote closed by a full stop, a verb with a clause of its own reports that clause.
      { text: '“The plan failed,” Jane Roe said. “We will try again next year.” John Doe said he would not wait.', speaker: 'Jane Roe' },
    ],
    // A quote with no cue of its own that follows someone's quote goes on with that speaker.
    apply: (q) => (q.recent && !q.heading && (q.span.continued || q.opensSentence || q.span.source !== 'marks') ? { kind: 'quote', speaker: q.recent.speaker, cue: q.recent.cue } : null),
  },
  {
    name: 'verb-second-subject',
    examples: [
      { text: 'Die Präsidentin Jane Roe sicherte der Mission zu, dass die Türen des Landes „immer für alle offen sein werden“.', speaker: 'Jane Roe' },
      // An extended attribute in the field: its participle before the noun is no verb.
      { text: 'Den noch 1.600 in dem Lager an der Grenze verbliebenen Flüchtlingen sicherte Präsidentin Jane Roe zu, dass die Türen „immer für alle offen sein werden“.', speaker: 'Jane Roe' },
      { text: 'Der auf der Konferenz in Ashton anwesende Minister Jane Roe reagierte gelassen: Mit den Worten „Jetzt werden alle wichtigen Fragen dort geprüft“, richtete sie den Blick auf die Welt.', speaker: 'Jane Roe' },
    ],
    // Where the verb stands second, a quotation with no cue of its own inside a sentence is the
    // words of the main clause's subject, read by the fields as verb-second-frame reads them.
    apply: (q) => {
      if (q.heading || q.opensSentence || q.span.continued || q.attribution || (wordsIn(q.quoted) <= SCARE_MAX_WORDS && !wordChoice(q))) return null;
      const subject = verbSecondSubject(q.tokens, q.ti, null, q.c, true);
      if (!subject) return null;
      const speaker = resolveAt(q, subject);
      return speaker.name && speaker.kind !== 'unknown' ? { kind: 'quote', speaker, cue: null } : null;
    },
  },
  {
    name: 'reported-after-subject',
    examples: [
      { text: 'Die Ministerin Jane Roe sprach sich gegen die Anwendung von Gewalt aus. Zwar sei Druck notwendig, das habe aber nichts mit „Sanktionen zu tun oder mit militärischen Aktionen“.', speaker: 'Jane Roe' },
      // A separable say-verb whose subject carries a name set off by commas ("nahm …, Jane Roe (SPD), dazu Stellung").
      { text: 'Am Rande der Sitzung nahm auch die Ministerin des Landes, Jane Roe (SPD), zu der Frage Stellung. Jeder Pädagoge könne „das Konto jetzt einlösen oder es später einlösen“.', speaker: 'Jane Roe' },
      // The sentence before read by its fields where the verb stands second: its subject after the verb.
      { text: 'Am Rande der Sitzung sprach sich die Ministerin Jane Roe gegen Gewalt aus. Zwar sei Druck notwendig, das habe aber nichts mit „Sanktionen zu tun oder mit militärischen Aktionen“.', speaker: 'Jane Roe' },
    ],
    // "X sprach sich dagegen aus. Zwar sei Druck nötig, das habe aber nichts mit „…“ zu tun": a
    // quotation with no cue inside a sentence whose main clause is in the reporting mood goes on
    // with whom the sentence before reported (the source of its cue).
    apply: (q) => {
      if (q.heading || q.opensSentence || q.span.continued || q.attribution || !q.prevSubject?.reported || wordsIn(q.quoted) <= SCARE_MAX_WORDS || !reportingMainClause(q)) return null;
      const speaker = q.registry.resolve(q.prevSubject.tokens, q.prevSubject.tokens[0]!.start);
      return speaker.name && speaker.kind !== 'unknown' ? { kind: 'quote', speaker, cue: null } : null;
    },
  },
  {
    name: 'sentence-subject',
    examples: [
      { text: 'Jane Roe wore a shirt with the words “No more war in our time, not ever again.”', speaker: 'Jane Roe' },
      // A capitalised participle or adverb that opens the sentence is no subject.
      { text: 'Reading the name of the group as if it were a meal, Jane Roe drew “laughter and loud applause from the whole room.”', speaker: 'Jane Roe' },
    ],
    // "Trump praised him as a “strong leader”": no speech verb, but a person's words; so too
    // "Bemoaning the “phony system,” Trump accused…", where the subject comes after.
    apply: (q) => {
      // Where every noun has a capital, a short quotation with no cue is a term or a name held at a distance.
      if (q.heading || (q.c.lex.capitalisedNouns === true && wordsIn(q.quoted) <= SCARE_MAX_WORDS)) return null;
      const subject = sentenceSubject(q.tokens, q.ti, q.c) ?? participleOpening(q.tokens, q.ti, q.c) ?? pronounSubject(q.tokens, q.ti, q.c);
      if (!subject) return null;
      const speaker = resolveAt(q, subject);
      return speaker.kind === 'person' && speaker.name ? { kind: 'quote', speaker, cue: null } : null;
    },
  },
  {
    name: 'short-scare',
    examples: [{ text: 'Critics of the so-called “reform” were not convinced.', speaker: null, kind: 'scare' }],
    apply: (q) => (q.heading || wordsIn(q.quoted) <= SCARE_MAX_WORDS ? { kind: 'scare', speaker: null, cue: null, partial: true } : null),
  },
  {
    name: 'nearby-speaker',
    // (Multi-paragraph: src/core/extract.test.ts, "gives a quote with no cue to the last speaker…".)
    examples: [],
    apply: (q) => ({ kind: 'quote', speaker: q.recent && !q.registry.otherNamedBetween(q.recent.end, q.span.start, q.recent.speaker) ? q.recent.speaker : null, cue: q.attribution?.cue.text ?? null }),
  },
];

/** Runs the quote sieves in their order; the first that decides names the finding's rule. */
export function quoteDraft(
  text: string,
  span: QuoteSpan,
  tokens: ClauseToken[],
  ti: number,
  registry: EntityRegistry,
  c: CompiledLexicon,
  lastQuote: Draft | null,
  heading: boolean,
  prevSubject: { tokens: ClauseToken[]; reported?: boolean } | null,
  earlier: Draft | null = null,
  explain = false,
  choose = true,
  byline: Token[] | null = null,
  words?: ArticleWords,
): Draft {
  const quoted = text.slice(span.start, span.end);
  const attribution: QuoteAttribution | null = span.continued ? null : attributeQuote(tokens, ti, c, /[.!?…]\s*$/u.test(quoted), /[,!?]\s*$/u.test(quoted));
  // A word before the quotation: the first one found (a slice of all before it cost each
  // quotation of a long sentence the tokens before it).
  let wordBefore = false;
  for (let k = 0; k < ti && !wordBefore; k++) wordBefore = tokens[k]!.word;
  const partial = wordBefore && tokens[ti - 1]?.text !== ':' && !/^\p{Lu}/u.test(text.slice(span.start, span.start + 1));
  const opensSentence = !wordBefore;
  // A whole paragraph in quotation marks may follow its speaker's last words after a paragraph or two.
  const reach = opensSentence && span.end - span.start > 120 ? 3 : 1;
  const recent = lastQuote && lastQuote.speaker && span.paragraph - lastQuote.paragraph <= reach ? lastQuote : null;
  const q: QuoteContext = {
    text, span, tokens, ti, registry, c, lastQuote, heading, prevSubject, earlier, attribution, partial,
    quoted, opensSentence, recent, byline, words,
  };
  const tried: Array<{ rule: string; speaker: string | null }> | undefined = explain ? [] : undefined;
  // A sieve that named no plausible source ("Damit seien „…“": the subject it read is a
  // connective) passes the quote on: a later sieve that names a plausible source for the same
  // kind of finding decides; when none does, the sieve that passed it on decides after all.
  let passed: { sieve: QuoteSieve; found: Decision } | null = null;
  for (const sieve of QUOTE_SIEVES) {
    const found = sieve.apply(q);
    tried?.push({ rule: sieve.name, speaker: found ? (found.speaker?.name ?? null) : null });
    if (!found) continue;
    // (A short quotation is a term as often as anyone's words: no one else is looked for.)
    // Where the subject may be left out, so may the cue's ("«…», řekla novinářům": the word after
    // the verb is its object): a cue's phrase that is no plausible source passes the quote on too.
    const passes = PASS_ON.has(sieve.name) || (sieve.name === CUE_SOURCE && c.lex.proDrop === true);
    const mayPass = !passed && words !== undefined && passes && found.speaker?.name != null && wordsIn(q.quoted) > SCARE_MAX_WORDS;
    if (passed || mayPass) {
      const plausible = words === undefined || (found.speaker?.name != null && shownSpeaker(found.speaker, found.kind, c, words).implausible === null);
      if (passed && (found.kind !== passed.found.kind || !plausible)) continue;
      if (mayPass && !plausible) {
        passed = { sieve, found };
        continue;
      }
    }
    return draftOf(q, sieve, found, tried, explain, choose);
  }
  if (passed) return draftOf(q, passed.sieve, passed.found, tried, explain, choose);
  throw new Error('the last quote sieve always decides');
}

/** The sentence's main clause, up to its first comma before the quotation, holds a verb form of the reporting mood ("sei"). */
function reportingMainClause(q: QuoteContext): boolean {
  if (q.c.reportedVerbs.size === 0) return false;
  for (let k = 0; k < q.ti; k++) {
    const t = q.tokens[k]!;
    if (t.text === ',') return false;
    if (t.word && !t.cap && q.c.reportedVerbs.has(t.lower)) return true;
  }
  return false;
}

/** The draft of the sieve that decided. */
function draftOf(q: QuoteContext, sieve: QuoteSieve, found: Decision, tried: Array<{ rule: string; speaker: string | null }> | undefined, explain: boolean, choose: boolean): Draft {
  // The cue's phrase against the sentence's subject, weighed by learned weights (speaker-choice.ts).
  const weighed = sieve.name === CUE_SOURCE ? weighSubject(q, found, choose) : null;
  const d = weighed?.decision ?? found;
  const rule = weighed?.decision ? SUBJECT_OVER_CUE : sieve.name;
  const draft: Draft = { kind: d.kind, start: q.span.start, end: q.span.end, paragraph: q.span.paragraph, speaker: d.speaker, cue: d.cue, partial: d.partial ?? q.partial, rule };
  if (tried) draft.candidates = tried;
  if (explain && weighed) draft.choice = weighed.choice;
  return draft;
}

/** The sieves that read a sentence's subject: one that is no plausible source passes the quote on. */
const PASS_ON = new Set(['sentence-subject', 'participle-subject', 'subject-before', 'verb-second-subject', 'verb-second-frame']);

const CUE_SOURCE = 'cue-source';
/** The rule of a finding whose speaker the learned choice took from the sentence's subject over the cue's phrase. */
export const SUBJECT_OVER_CUE = 'subject-over-cue';

/**
 * When the cue's phrase named someone and the subject of the sentence the cue stands in names
 * someone else, the learned choice: the subject's speaker when the model prefers it (decision),
 * and what it weighed. Null when there is nothing to choose between.
 */
function weighSubject(q: QuoteContext, found: Decision, choose: boolean): { decision: Decision | null; choice: SpeakerChoice } | null {
  const a = q.attribution;
  if (!a?.source || q.heading || !found.speaker?.name) return null;
  const source = withNameBefore(q.tokens, a.source, q.c);
  // "the Green party, which tried… by saying": a relative pronoun ties the phrase to the cue, as
  // "as" does in "citing unnamed officials as claiming"; nothing to weigh.
  for (let k = source[1]; k < a.cue.at; k++) if ((q.tokens[k]!.flags & WORD_RELATIVE) !== 0 && q.tokens[k]!.word) return null;
  if (q.c.asWords.has(q.tokens[a.cue.at - 1]?.lower ?? '')) return null;
  const subject = sentenceSubject(q.tokens, a.cue.at, q.c);
  if (!subject || (subject[0] < source[1] && source[0] < subject[1])) return null;
  // "Addressing the council, …": an opening participle is no subject.
  if (subject[1] - subject[0] === 1 && endsAsParticiple(q.tokens[subject[0]]!.lower, q.c)) return null;
  const other = q.registry.peek(q.tokens.slice(subject[0], subject[1]), q.tokens[subject[0]]!.start);
  if (!other.name || other.name === found.speaker.name) return null;
  // A subject that is no plausible source ("Twenty-two …") is no candidate.
  if (q.words && !plausibleSource(other, q.c, q.words)) return null;
  const features = choiceFeatures(q.tokens, a, source, subject, found.speaker, other, q.recent?.speaker?.name ?? null, { partial: q.partial, opensSentence: q.opensSentence }, q.c, q.words);
  const model = choiceModelFor(q.c.lex.lang);
  const p = model ? subjectProbability(features, model) : 0;
  const choice: SpeakerChoice = { cue: found.speaker.name, subject: other.name, features, p };
  return { decision: choose && p > 0.5 ? { ...found, speaker: resolveAt(q, subject) } : null, choice };
}

/**
 * A title of a show, book or slogan rather than speech: two to ten words, first and last and every
 * longer word capitalised ("Face the Nation"), and no question or exclamation at the end.
 */
function looksLikeTitle(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 2 || words.length > 10 || /[!?…][,.]?\s*$/.test(s)) return false;
  if (/[.][,]?\s*$/.test(s) && words.length > 6) return false;
  const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  const long = words.filter((w) => w.length > 3);
  const named = words.filter((w) => w.length >= 3 && capital(w)).length; // "Neither do I." is speech
  return named >= 2 && capital(words[0]!) && capital(words[words.length - 1]!) && long.every(capital);
}

/** The quotation follows a word that makes it a title ("titled", "entitled"), perhaps with a comma. */
function titled(tokens: readonly ClauseToken[], ti: number, c: CompiledLexicon): boolean {
  const before = tokens[ti - 1]?.text === ',' ? tokens[ti - 2] : tokens[ti - 1];
  return before !== undefined && before.word && c.titleCues.has(before.lower);
}

/** The cue stands right next to the quote (at most three tokens away). */
function adjacent(a: QuoteAttribution, ti: number): boolean {
  return a.after ? a.cue.at - ti <= 4 : ti - (a.cue.at + a.cue.len) <= 3;
}
