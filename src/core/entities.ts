// Who is who in one article, the way a careful reader keeps track: full names as introduced
// ("Kremlin spokesman Dmitry Peskov"), their surnames ("Peskov"), their titles ("the Kremlin
// spokesman"), pronouns to the last fitting person, and sources that are organisations or
// anonymous. One registry per article, fed in text order.
import {
  WORD_ANONYMOUS_HEAD, WORD_DETERMINER, flagsOf, WORD_FEMALE, WORD_HONORIFIC, WORD_INDEFINITE, WORD_MALE,
  WORD_ORG_HEAD, WORD_PARTICLE, WORD_STOPWORD, WORD_TITLE_LOOSE, endsAsAbstractNoun, endsAsPossessive, isNumberWord, isPossessiveToken, phraseAt, possessiveMarkAfter, withoutContraction, withoutPossessive, type CompiledLexicon
} from './lexicon/compiled';
import type { Token } from './tokens';
import type { ArticleWords } from './article-words';
import { sameName } from './inflection';
import { initialDot } from './clause';
import { sourceNoun } from './plausible-source';
import { genderOfGivenName } from './lexicon/given-names';
import { unspacedNames } from './unspaced';
import type { SpeakerKind } from './types';

interface Person {
  /** Numbered in the order the article introduces people: one id per person. */
  id: number;
  name: string;
  /** Lower-case name words, for surname and first-name look-ups. */
  parts: string[];
  /** Title phrases this person was introduced with, lowercase ("kremlin spokesman"). */
  titles: Set<string>;
  gender: 'm' | 'f' | null;
  /** Offset of the last mention seen so far. */
  lastSeen: number;
  /**
   * Offset of the last time this person was salient: the source of a quote or claim, or the
   * subject of a sentence (-1: never). Pronouns go to the salient rather than the merely named.
   */
  lastSpoke: number;
  /** How often the article has named this person so far. */
  mentions: number;
  /** A bracketed tag written after the name, e.g. a party and state. */
  tag: string | null;
  /** The first apposition that described the person ("a professor at X"). */
  description: string | null;
}

/**
 * "Zika Virus Chris Christie": where a headline runs into the sentence, capitalised words run
 * into a name. A given name after words that are none (no initials) opens the name; 0 when the
 * name has none there, or its first word is one.
 */
function givenNameStart(name: readonly Token[], c: CompiledLexicon): number {
  // "Democrat Jane Roe": a party or side before the name is no part of it.
  let from = 0;
  while (from < name.length - 2 && c.nameModifiers.has(name[from]!.lower)) from++;
  for (let k = from; k < name.length - 1; k++) {
    const w = name[k]!.lower;
    if (genderOfGivenName(w) !== null) return k;
    if (w.length < 3 || w.endsWith('.') || !/^\p{L}+$/u.test(w)) return from;
  }
  return from;
}

/** How the article describes a person: its first apposition, else the bracketed tag after the name. */
function descriptionOf(p: Person): string | null {
  return p.description ?? p.tag;
}

const MAX_DESCRIPTION_WORDS = 30;
/** How far back (characters) a recent speaker outranks a person named since. */
const SPEAKER_SALIENCE = 3000;
/** How recently (characters) a person must have spoken or acted for their surname alone to mean them over another. */
const JUST_NAMED = 400;
/** How far back (characters) a named body may be for "the committee" to mean it. */
const BODY_REACH = 2000;
/** How recently (characters) a person must have spoken for a bare description to mean them. */
const DESCRIBED_REACH = 600;
/** Persons kept per surname, and surnames per stem. */
const MAX_KEPT = 16;
/** Persons kept for pronouns and titles. */
const MAX_RECENT = 256;

/** A speaker as resolved: the name to show, its kind, and how the text referred to it. */
export interface Speaker {
  name: string | null;
  kind: SpeakerKind;
  mention: string;
  /** The person entity, when the speaker is one (for continuity of later pronouns). */
  person?: Person;
  /** How the article describes the person ("the Kremlin spokesman"), never part of `name`. */
  description?: string | null;
}

/** A person's name found in a phrase, with the title words and honorific before it. */
interface Name {
  name: Token[];
  titles: Token[];
  honorific: Token | null;
  /** Written as a possessor ("Blige’s show"): the phrase is about something of theirs. */
  possessive?: boolean;
}


/**
 * "Jones’ campaign": a word ending in s, an apostrophe right after it (a token of its own) and a
 * word after a space. The possessor of a plural-like name, not a closing quotation mark.
 */
function apostropheAfter(tokens: readonly Token[], i: number, c: CompiledLexicon): boolean {
  const t = tokens[i]!, a = tokens[i + 1], next = tokens[i + 2];
  if (!a || a.word || a.start !== t.end || a.end !== a.start + 1 || !next?.word || next.start <= a.end) return false;
  return possessiveMarkAfter(t.text, a.text, c);
}
/** A number in figures or as a word of the lexicon in lower case ("eight", "40"), after a word that hedges it. */
function opensQuantity(t: Token | undefined, c: CompiledLexicon): boolean {
  return t !== undefined && t.word && !t.cap && isNumberWord(t.lower, c);
}

/** The number before an age's ending ("46" of "46-year-old"). */
const AGE_NUMBER = /^\p{N}+$/u;

/** An acronym ("UN", "NASA"); dotted initials ("G.K.") are part of a name instead. */
const ACRONYM = /^(?!(?:\p{Lu}\.)+$)[\p{Lu}\d.&]{2,6}$/u;

export class EntityRegistry {
  private bySurname = new Map<string, Person[]>();
  /** The other words of longer names ("fiona" of Fiona Parry, "biden" of Joseph R. Biden Jr., "lou" of Lou Jiwei). */
  private byPart = new Map<string, Person[]>();
  /** Surnames by their first three letters, for look-ups across grammatical cases. */
  private byStem = new Map<string, string[]>();
  /** The persons seen most recently, oldest first, for pronouns and titles (bounded: a page of
   *  thousands of names costs no more per look-up than a page of dozens). A Set keeps insertion
   *  order, so moving a person to the newest end costs O(1), not a scan of the list. */
  private recent = new Set<Person>();
  private newest: Person | null = null;
  /** The last non-person source seen (for "they" and for continuation). */
  private lastGroup: Speaker | null = null;
  /** Named bodies seen, newest last, with where: "the committee" may mean the last of them whose name holds "committee". */
  private bodies: Array<{ speaker: Speaker; at: number }> = [];
  /** Set while peeking: resolve then registers nobody. */
  private dryRun = false;
  private nextId = 1;

  /** What the article shows of its words so far (places after "in", names in runs), when the reading stage shares it. */
  constructor(private readonly c: CompiledLexicon, private readonly words: ArticleWords | null = null) {}

  /**
   * "She is appearing in Florida. She declared …": a one-word name the article writes after a
   * locative and never inside a run of a name, and no given name, is a place;
   * a pronoun of a person never points to it.
   */
  private placeOnly(p: Person): boolean {
    if (!this.words) return false;
    const lower = p.name.toLowerCase();
    return !/\s/.test(lower) && this.words.placeLike(lower) && !this.words.seenInNameRun(lower) && genderOfGivenName(lower) === null;
  }

  /**
   * Splits the capitalised runs of a token list into person names, stripping titles. In a
   * mention (the words naming one source, no verb among them) a run that modifies the head after
   * it is no name either ("Republican presidential candidate", "a Democratic staffer").
   */
  namesIn(tokens: readonly Token[], mention = false): Name[] {
    if (this.c.lex.unspaced) return unspacedNames(tokens, this.c); // no capitals: names by position and middle dots
    const out: Name[] = [];
    let run: Token[] = [];
    let titles: Token[] = [];
    let honorific: Token | null = null;
    let runAt = 0;
    const close = (next?: Token, after?: Token) => {
      // "the Islamic State group", "the Royal Free Hospital": a body or a place, not a person.
      const before = tokens[runAt - 1];
      // German writes every noun with a capital: after an article it is a noun ("der Opposition"), not a name.
      const article = before !== undefined && (this.c.definiteArticles.has(before.lower) || (this.c.lex.capitalisedNouns === true && (before.flags & WORD_DETERMINER) !== 0));
      // "Kremlin spokesman X", "Harbour authority chief X": a run right before a title is whose title it is.
      // "the UN Dmitry Polyanskiy": an acronym after the article is the body; the words after it may be a name.
      const bodyThenName = run.length >= 3 && ACRONYM.test(run[0]!.text);
      // "Early analysis", "Senate records": a run right before a document's noun is whose document it is.
      const modifier = mention && next !== undefined && !this.c.lex.capitalisedNouns && this.modifiesHead(next, after);
      const body = (next !== undefined && next.word && ((next.flags & WORD_ORG_HEAD) !== 0 || (!next.cap && (this.isTitleWord(next) || this.c.documentHeads.has(next.lower))))) || (article && !this.isTitleWord(run[0]!) && !bodyThenName) || modifier;
      // Strip title words and acronyms from the left of the run ("UN Dmitry Polyanskiy").
      let i = 0;
      // "Пресс-секретарь Кремля Дмитрий Песков": a body's noun after a title, two words or more
      // before the run ends, is whose title it is; the name follows it.
      const titleAt = (t: Token | undefined) => t !== undefined && t.word && this.isTitleWord(t);
      const affiliation = (k: number) => (run[k]!.flags & WORD_ORG_HEAD) !== 0 && run.length - k > 2 && titleAt(k > 0 ? run[k - 1] : before);
      while (i < run.length && (this.isTitleWord(run[i]!) || (run[i]!.flags & WORD_STOPWORD) !== 0 || ACRONYM.test(run[i]!.text) || affiliation(i))) {
        titles.push(run[i]!);
        i++;
      }
      // "Charlotte Mayor Jennifer Roberts": a title inside the run leaves the name after it.
      let lastTitle = -1;
      for (let k = i; k < run.length - 1; k++) if (this.isTitleWord(run[k]!)) lastTitle = k;
      if (lastTitle >= i) {
        titles.push(...run.slice(i, lastTitle + 1));
        i = lastTitle + 1;
      }
      // "Sprecher der Opposition": an article inside the run makes what follows it a noun too.
      const nounAfterArticle = this.c.lex.capitalisedNouns === true && i > 0 && i < run.length && (run[i - 1]!.flags & WORD_DETERMINER) !== 0;
      const name = nounAfterArticle ? [] : run.slice(i);
      if (nounAfterArticle) titles.push(...run.slice(i));
      while (name.length && (name[name.length - 1]!.flags & WORD_PARTICLE) !== 0) name.pop();
      // "Auffassung Österreichs", "Einschätzung Berlins": where every noun has a capital, a word
      // with an ending only a common noun has ("-ung", "-heit") makes the run nouns, no one's name.
      const commonNoun = this.c.lex.capitalisedNouns === true && name.some((t) => endsAsAbstractNoun(t.lower, this.c));
      if (name.length && !body && !commonNoun && !name.some((t) => (t.flags & WORD_ORG_HEAD) !== 0)) {
        out.push({ name, titles, honorific }); // the name keeps this array: a new one is started
        titles = [];
        honorific = null;
      } else titles.push(...name); // a body or place before a title: "Kremlin spokesman"
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word) {
        if (run.length) close();
        titles = [];
        honorific = null;
        continue;
      }
      if (t.cap && (t.flags & WORD_HONORIFIC) !== 0) {
        if (run.length) close();
        honorific = t;
        continue;
      }
      // "Once Fetter arrived", "Auch Kanzlerin Roe sprach": a connective that opens the clause opens no name.
      if (run.length === 0 && t.cap && this.c.connectives.has(t.lower)) {
        titles = [];
        honorific = null;
        continue;
      }
      // "de Gaulle", and two in a row: "von der Leyen", "de la Cruz".
      // Where nouns are capitalised an article ("der") is a particle only after another ("von der").
      const articleOnly = this.c.lex.capitalisedNouns === true && (t.flags & WORD_DETERMINER) !== 0 && !this.c.nameParticles.has(tokens[i - 1]?.lower ?? '');
      const particle = run.length > 0 && !articleOnly && (t.flags & WORD_PARTICLE) !== 0 &&
        (tokens[i + 1]?.cap === true || (this.c.nameParticles.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.cap === true));
      // ("Six in 10 said", "Two aides said": a number written as a word is no name, nor a word
      // that hedges one, "Nearly eight in 10".)
      if ((t.cap && (t.flags & WORD_STOPWORD) === 0 && (t.flags & WORD_INDEFINITE) === 0 && !this.c.numberWords.has(t.lower) && !(run.length === 0 && opensQuantity(tokens[i + 1], this.c))) || particle) {
        if ((endsAsPossessive(t.text, this.c, true) && t.text.length > 2) || apostropheAfter(tokens, i, this.c)) {
          // "Russia’s", "Blige’s": a possessor ends its run; it is no part of a name after it.
          if (run.length === 0) runAt = i;
          run.push(t);
          const before = out.length;
          close(); // "Jane Roe’s doctor": a possessor is a name even before a title
          if (out.length > before) out[out.length - 1]!.possessive = true;
          titles = [];
          if (!endsAsPossessive(t.text, this.c, true)) i++; // the apostrophe of "Jones’", a token of its own
          continue;
        }
        if (run.length === 0) runAt = i;
        run.push(t);
        continue;
      }
      if (run.length) close(t, tokens[i + 1]);
      if ((t.flags & WORD_STOPWORD) === 0) titles.push(t); // "presidential aide", "spokesman"
    }
    if (run.length) close();
    return out;
  }

  /** A lower-case word after a run is the head it modifies, or a modifier of the head after it ("presidential candidate"). */
  private modifiesHead(next: Token, after: Token | undefined): boolean {
    if (!next.word || next.cap || (next.flags & WORD_STOPWORD) !== 0) return false;
    const head = (t: Token) => this.isTitleWord(t) || (t.flags & WORD_ANONYMOUS_HEAD) !== 0;
    return (next.flags & WORD_ANONYMOUS_HEAD) !== 0 || (after !== undefined && after.word && !after.cap && head(after));
  }

  private isTitleWord(t: Token): boolean {
    return (t.flags & WORD_TITLE_LOOSE) !== 0; // "Gov." as "gov" too
  }

  /** Records the persons named in a stretch of text (outside quotes), in text order. */
  observe(tokens: readonly Token[], subject: readonly [number, number] | null = null): void {
    for (const n of this.namesIn(tokens)) {
      const at = n.name[0]!.start;
      let person: Person | null = null;
      // ("the Florida senator and Republican presidential candidate": one word before the head it
      // modifies brings no new person, though it may name one already known: "Clinton campaign aides".)
      const k = n.name.length === 1 && !n.honorific ? tokens.indexOf(n.name[0]!) : -1;
      const modifier = k >= 0 && !this.c.lex.capitalisedNouns && tokens[k + 1] !== undefined && this.modifiesHead(tokens[k + 1]!, tokens[k + 2]);
      if (!modifier && (n.name.length >= 2 || n.honorific || n.titles.some((t) => this.isTitleWord(t)))) person = this.notePerson(n.name, n.titles, n.honorific, at);
      else {
        person = this.lookupSurname(n.name[0]!.lower, at);
        if (person) this.mark(person, at, false);
      }
      if (person && subject && at >= subject[0] && at < subject[1]) this.mark(person, at, true);
    }
  }

  /** The persons with this surname: as written, else (inflected languages) in another case. */
  private holders(surname: string): Person[] {
    const exact = this.bySurname.get(surname);
    const endings = this.c.lex.caseEndings ?? [];
    if ((exact && exact.length > 0) || endings.length === 0) return exact ?? [];
    const out: Person[] = [];
    for (const key of this.byStem.get(surname.slice(0, 3)) ?? []) if (sameName(key, surname, endings)) out.push(...(this.bySurname.get(key) ?? []));
    return out;
  }

  private lookupSurname(word: string, at: number): Person | null {
    const key = withoutPossessive(word, this.c);
    const list = this.holders(key);
    // "Fiona", "Lou", "Biden": no one has that surname, but one person's longer name holds the word.
    if (!list || list.length === 0) return this.onlyHolderOfPart(key);
    // Of two people with that surname a reader takes the one who just spoke or acted, else the one
    // the article is about (named most often), and of equals the one named last.
    const last = list.reduce((a, b) => (b.lastSpoke > a.lastSpoke ? b : a));
    if (last.lastSpoke >= 0 && at - last.lastSpoke < JUST_NAMED) return last;
    return list.reduce((a, b) => (b.mentions > a.mentions || (b.mentions === a.mentions && b.lastSeen > a.lastSeen) ? b : a));
  }

  /** The one person whose longer name holds this word, or null when none or several do. */
  private onlyHolderOfPart(word: string): Person | null {
    if (word.length < 2 || word.endsWith('.')) return null; // an initial says too little
    const list = this.byPart.get(word);
    return list && list.length === 1 ? list[0]! : null;
  }

  /** Indexes the words of a name other than its last ("Lily Eskelsen García": lily, eskelsen). */
  private indexParts(person: Person): void {
    for (const part of person.parts.slice(0, -1)) {
      const list = this.byPart.get(part) ?? [];
      if (!list.includes(person)) this.byPart.set(part, [...list, person].slice(-MAX_KEPT));
    }
  }

  /** The one person whose name holds these words in this order ("Eskelsen García", "Dena Minning"), or null. */
  private holderOfRun(parts: readonly string[]): Person | null {
    const list = this.byPart.get(parts[0]!) ?? [];
    const found = list.filter((p) => p.parts.length > parts.length && p.parts.some((_, k) => parts.every((w, j) => p.parts[k + j] === w)));
    return found.length === 1 ? found[0]! : null;
  }

  private notePerson(whole: Token[], titles: Token[], honorific: Token | null, at: number): Person {
    const name = this.c.lex.unspaced ? whole : whole.slice(givenNameStart(whole, this.c));
    const parts = name.map((t) => (endsAsPossessive(t.text, this.c, true) ? withoutPossessive(t.text, this.c).toLowerCase() : t.lower));
    const display = () => {
      const d = name.map((t) => t.text).join(this.c.lex.unspaced ? '·' : ' ');
      return endsAsPossessive(d, this.c) ? withoutPossessive(d, this.c) : d;
    };
    let person: Person | null = null;
    if (parts.length === 1) person = this.lookupSurname(parts[0]!, at);
    else {
      const last = parts[parts.length - 1]!;
      const endings = this.c.lex.caseEndings ?? [];
      const whole = parts.join(' ');
      person = this.holders(last).find((p) => p.parts.length === 1 || p.parts.join(' ') === whole || sameName(p.parts[0]!, parts[0]!, endings)) ?? null;
      if (person && person.parts.length < parts.length) {
        person.name = display();
        person.parts = parts;
        this.indexParts(person);
      }
      // "Eskelsen García" after "Lily Eskelsen García", "Dena Minning" after "Dena Minning Grayson".
      if (!person) person = this.holderOfRun(parts);
    }
    if (!person) {
      // "Elizabeth Roe": a given name that shows the gender, before any pronoun does.
      const gender = parts.length >= 2 && !this.c.lex.unspaced ? genderOfGivenName(parts[0]!.replace(/\.$/, '')) : null;
      person = { id: this.nextId++, name: display(), parts, titles: new Set(), gender, lastSeen: at, lastSpoke: -1, mentions: 0, tag: null, description: null };
      const last = parts[parts.length - 1]!;
      const holders = this.bySurname.get(last) ?? [];
      if (holders.length === 0) {
        const stem = last.slice(0, 3);
        this.byStem.set(stem, [...(this.byStem.get(stem) ?? []), last].slice(-MAX_KEPT));
      }
      this.bySurname.set(last, [...holders, person].slice(-MAX_KEPT));
      this.indexParts(person);
    }
    this.mark(person, at, false);
    if (honorific) {
      const h = honorific.lower.replace(/\.$/, '');
      if (this.c.maleHonorifics.has(h)) person.gender = 'm';
      else if (this.c.femaleHonorifics.has(h)) person.gender = 'f';
    }
    if (titles.length === 0) return person;
    const titleWords = titles.filter((t) => (t.flags & WORD_STOPWORD) === 0).map((t) => t.lower);
    if (!person.gender) {
      if (titleWords.some((w) => this.c.femaleTitles.has(w))) person.gender = 'f';
      else if (titleWords.some((w) => this.c.maleTitles.has(w))) person.gender = 'm';
    }
    if (titleWords.some((w) => this.c.titleWords.has(w))) {
      person.titles.add(titleWords.join(' '));
      person.titles.add(titleWords[titleWords.length - 1]!);
      // "Sen. Jane Roe" is "the senator" later.
      const spelled = this.c.lex.titleAbbreviations?.[titleWords[titleWords.length - 1]!];
      if (spelled) person.titles.add(spelled);
    }
    return person;
  }

  /** Notes that a person was just referred to with a gendered pronoun. */
  /**
   * The person a cue with no subject refers to (languages that leave the subject out): the one in
   * focus, as for a pronoun of that gender. Null when nobody fits.
   */
  implicitSubject(at: number, gender: 'm' | 'f' | null, mention: string): Speaker | null {
    const p = this.lastPerson(at, gender);
    if (!p) return null;
    if (gender && !p.gender) p.gender = gender;
    return this.label({ name: p.name, kind: 'person', mention, person: p });
  }

  /** Notes a speaker's gender shown by the form of its cue ("řekla"). */
  /**
   * "Jane Roe said her office…": when a sentence's subject is a person of unknown gender and the
   * rest of the sentence (tokens from `from` on) uses pronouns of one gender only, they are most
   * likely hers or his.
   */
  learnGender(subject: Speaker, tokens: readonly Token[], from: number): void {
    if (!subject.person || subject.person.gender) return;
    let male = false;
    let female = false;
    for (let i = from; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word) continue;
      if ((t.flags & WORD_MALE) !== 0) male = true;
      else if ((t.flags & WORD_FEMALE) !== 0) female = true;
    }
    if (male !== female) subject.person.gender = male ? 'm' : 'f';
  }

  noteGender(s: Speaker, gender: 'm' | 'f' | null): void {
    if (gender && s.person && !s.person.gender) s.person.gender = gender;
  }

  private setGender(p: Person, pronoun: string): void {
    if (p.gender) return;
    if (this.c.male.has(pronoun)) p.gender = 'm';
    else if (this.c.female.has(pronoun)) p.gender = 'f';
  }

  /**
   * The person a pronoun points to: a reader takes the one who has been speaking lately over
   * someone merely named in passing, and the last one named when nobody has spoken for a while.
   */
  private lastPerson(before: number, gender: 'm' | 'f' | null): Person | null {
    let seen: Person | null = null;
    let spoke: Person | null = null;
    for (const p of this.recent) {
      if (p.lastSeen > before) continue;
      if (gender && p.gender && p.gender !== gender) continue;
      if (this.placeOnly(p)) continue;
      if (!seen || p.lastSeen > seen.lastSeen) seen = p;
      if (p.lastSpoke >= 0 && p.lastSpoke <= before && (!spoke || p.lastSpoke > spoke.lastSpoke)) spoke = p;
    }
    if (spoke && before - spoke.lastSpoke < SPEAKER_SALIENCE) return spoke;
    return seen;
  }

  /**
   * Someone other than the given speaker was named between the offsets: a quote with no cue
   * after that is no longer plainly the last speaker's. (Not where every noun has a capital:
   * there the registry's persons include nouns, and a run of them proves no one was named.)
   */
  otherNamedBetween(from: number, to: number, speaker: Speaker | null): boolean {
    if (this.c.lex.capitalisedNouns === true) return false;
    for (const p of this.recent) if (p !== speaker?.person && p.lastSeen >= from && p.lastSeen < to) return true;
    return false;
  }

  /** Records a mention of a person (as a speaker or subject when salient) and keeps it among the recent. */
  private mark(p: Person, at: number, salient: boolean): void {
    if (at > p.lastSeen || !salient) p.mentions++;
    p.lastSeen = Math.max(p.lastSeen, at);
    if (salient) p.lastSpoke = Math.max(p.lastSpoke, at);
    if (this.newest === p) return;
    this.recent.delete(p);
    this.recent.add(p);
    this.newest = p;
    if (this.recent.size > MAX_RECENT) this.recent.delete(this.recent.values().next().value!);
  }

  /** Marks a resolved speaker as just mentioned. */
  touch(s: Speaker, at: number): void {
    if (s.person) {
      this.mark(s.person, at, true);
    }
    else if (s.kind === 'organization' || s.kind === 'anonymous') {
      this.lastGroup = s;
      // A named body: every word of its name capitalised but its function words ("Bank of England").
      if (s.kind === 'organization' && s.name && s.name.split(/\s+/).length <= 6 && s.name.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || (flagsOf(this.c, w.toLowerCase()) & WORD_STOPWORD) !== 0)) {
        this.bodies = this.bodies.filter((b) => b.speaker.name !== s.name);
        this.bodies.push({ speaker: s, at });
        if (this.bodies.length > MAX_KEPT) this.bodies.shift();
      }
    }
  }

  /** "the committee": the last named body within reach whose name holds the head ("House Intelligence Committee"). */
  private bodyByHead(words: readonly Token[], at: number): Speaker | null {
    if (words.length !== 2 || !this.c.definiteArticles.has(words[0]!.lower)) return null;
    const head = words[1]!;
    if (head.cap || (head.flags & WORD_ORG_HEAD) === 0) return null;
    for (let k = this.bodies.length - 1; k >= 0; k--) {
      const b = this.bodies[k]!;
      if (at - b.at > BODY_REACH) break;
      if (b.speaker.name!.toLowerCase().split(/\s+/).includes(head.lower)) return b.speaker;
    }
    return null;
  }

  /** Resolves the words that name a source ("he", "the Kremlin spokesman", "Peskov") to a speaker. */
  /** Like resolve, but registers no new person: for asking what a phrase is without committing to it. */
  peek(tokens: readonly Token[], at: number): Speaker {
    this.dryRun = true;
    try {
      return this.resolve(tokens, at);
    } finally {
      this.dryRun = false;
    }
  }

  /** Learns how the article describes a person named with an apposition ("Jane Roe, the police chief"). */
  describe(tokens: readonly Token[], at: number): void {
    this.resolve(tokens, at);
  }

  resolve(tokens: readonly Token[], at: number): Speaker {
    tokens = beforeTime(tokens, this.c);
    // "Name (tag), description": the name decides; the rest describes a person.
    const cut = tokens.findIndex((t, i) => i > 0 && (t.text === ',' || t.text === '('));
    if (cut < 0) return this.label(this.resolveHead(tokens, at));
    const described = this.describedThenNamed(tokens, cut, at);
    if (described) return described;
    const head = this.resolveHead(tokens.slice(0, cut), at);
    const rest = tokens.slice(cut);
    if (!head.person) {
      // "the Kremlin spokesman, Dmitry Peskov": the name may come second.
      const titled = tokens.slice(0, cut).some((t) => this.isTitleWord(t)) || head.kind === 'unknown';
      // "Scott’s niece, state Del. Jane Roe (D-Va.)": the name up to its bracketed tag.
      const open = rest.findIndex((t) => t.text === '(');
      const close = open >= 0 ? rest.findIndex((t, k) => k > open && t.text === ')') : -1;
      const second = this.resolveHead((open >= 0 ? rest.slice(0, open) : rest).filter((t) => t.word || t.text === '.'), at, titled);
      if (second.person && close > open && close - open <= 6) second.person.tag ??= spanText(rest.slice(open, close + 1));
      return this.label(withMention(second.person ? second : head, spanText(tokens)));
    }
    let i = 0;
    if (rest[0]?.text === '(') {
      const close = rest.findIndex((t) => t.text === ')');
      if (close > 0 && close <= 6) {
        head.person.tag ??= spanText(rest.slice(0, close + 1));
        i = close + 1;
      }
    }
    while (rest[i]?.text === ',') i++;
    let j = rest.length;
    while (j > i && !rest[j - 1]!.word && rest[j - 1]!.text !== ')') j--;
    // A description too long to show is cut at its first comma ("a fellow at X who ran Y, an institution whose…").
    if (rest.slice(i, j).filter((t) => t.word).length > MAX_DESCRIPTION_WORDS) {
      const comma = rest.findIndex((t, k) => k > i && t.text === ',');
      if (comma > 0) j = comma;
    }
    const words = rest.slice(i, j).filter((t) => t.word).length;
    if (words > 0 && words <= MAX_DESCRIPTION_WORDS) head.person.description ??= spanText(rest.slice(i, j));
    return this.label(withMention(head, spanText(tokens)));
  }

  /**
   * "His former business partner at Lenox, Lawrence B. Cummings": a description that opens with a
   * determiner, then the name between commas. The name is the person; the description describes.
   */
  private describedThenNamed(tokens: readonly Token[], cut: number, at: number): Speaker | null {
    const head = tokens.slice(0, cut);
    if (head[0]?.text === ',' || !head[0] || (head[0].flags & WORD_DETERMINER) === 0 || !head.some((t) => t.word && !t.cap && (t.flags & WORD_DETERMINER) === 0)) return null;
    let end = cut + 1;
    // "Lawrence B. Cummings": an initial's full stop stays inside the name.
    while (end < tokens.length && ((tokens[end]!.word && (tokens[end]!.cap || (tokens[end]!.flags & WORD_PARTICLE) !== 0)) || initialDot(tokens, end))) end++;
    if (end - (cut + 1) < 2 || (end < tokens.length && tokens[end]!.text !== ',')) return null;
    const named = this.resolveHead(tokens.slice(cut + 1, end), at, true);
    if (!named.person) return null;
    named.person.description ??= spanText(head);
    return this.label(withMention(named, spanText(tokens)));
  }

  private label(s: Speaker): Speaker {
    return s.person ? { name: s.person.name, kind: s.kind, mention: s.mention, person: s.person, description: descriptionOf(s.person) } : s;
  }

  /**
   * "the Chamber of Commerce", "The Council on Foreign Relations", "the D.C. Court of Appeals’
   * Board on Professional Responsibility": an article, capitalised words that are no title, a
   * preposition, and capitalised words to the end (prepositions, articles and possessive marks
   * between them) are one body's name, not a person named by its last part.
   */
  private bodyNameWithPreposition(tokens: readonly Token[]): boolean {
    // (Not where every noun has a capital: there "der Kulturbrauerei in Berlin" is a noun and a place.)
    if (this.c.lex.capitalisedNouns === true) return false;
    let k = 0;
    while (k < tokens.length && tokens[k]!.word && (tokens[k]!.flags & WORD_DETERMINER) !== 0) k++;
    if (k === 0) return false;
    let p = k;
    while (p < tokens.length && tokens[p]!.word && tokens[p]!.cap && !this.isTitleWord(tokens[p]!)) p++;
    const rest = tokens.slice(p + 1);
    const last = rest[rest.length - 1];
    if (p === k || !tokens[p] || !isPreposition(tokens[p]!, this.c) || this.c.coordinators.has(tokens[p]!.lower) || !last?.word || !last.cap) return false;
    // "… Relations National Executive Director Nihad Awad": a title with a name after it makes it a person's mention.
    return rest.every((t, i) => (t.word && !(this.isTitleWord(t) && rest.length - i > 2) && (t.cap || isPreposition(t, this.c) || (t.flags & WORD_DETERMINER) !== 0)) || isPossessiveToken(t.text, this.c));
  }

  /** Resolves a mention without apposition. */
  private resolveHead(tokens: readonly Token[], at: number, personHint = false): Speaker {
    const words = tokens.filter((t) => t.word);
    const mention = spanText(tokens);
    if (words.length === 0) return { name: null, kind: 'unknown', mention };
    const first = words.length === 1 ? withoutContraction(words[0]!.lower, this.c) : words[0]!.lower;
    if (words.length === 1 && (this.c.male.has(first) || this.c.female.has(first))) {
      const p = this.lastPerson(at, this.c.male.has(first) ? 'm' : 'f');
      if (!p) return { name: null, kind: 'person', mention };
      this.setGender(p, first);
      return { name: p.name, kind: 'person', mention, person: p };
    }
    if (words.length === 1 && (this.c.plural.has(first) || this.c.neuter.has(first))) {
      return this.lastGroup ? withMention(this.lastGroup, mention) : { name: null, kind: 'unknown', mention };
    }
    // "Seine Zuversicht: „…“", "his view: “…”": a possessive and a noun that names no source are the possessor's words.
    if (words.length === 2 && (this.c.male.has(first) || this.c.female.has(first)) && !words[1]!.cap === (this.c.lex.capitalisedNouns !== true) && !sourceNoun(words[1]!.lower, this.c)) {
      const p = this.lastPerson(at, this.c.male.has(first) ? 'm' : 'f');
      if (p) return { name: p.name, kind: 'person', mention, person: p };
    }
    if (this.bodyNameWithPreposition(tokens)) return { name: stripDeterminers(tokens, this.c), kind: 'organization', mention };
    const definite = !this.c.indefinites.has(first);
    const byTitle = definite ? this.byTitle(words) : null;
    if (byTitle) return { name: byTitle.name, kind: 'person', mention, person: byTitle };
    const described = this.byDescription(words, at);
    if (described) return { name: described.name, kind: 'person', mention, person: described };
    const body = this.bodyByHead(words, at);
    if (body) return withMention(body, mention);
    const anonymous = this.isAnonymous(tokens);
    const role = this.roleOf(words);
    if (role && !anonymous) return { name: stripDeterminers(tokens, this.c), kind: this.isTitleWord(role) ? 'person' : 'unknown', mention };
    const names = this.namesIn(tokens, true);
    // "the mayor of Ashton", "the spokesman for Acme": a titled someone, every name after a
    // preposition. The phrase is the source; the place or body is only what the title is of.
    if (names.length > 0 && names.every((n) => afterPreposition(tokens, n, this.c))) {
      // The title, body or anonymous head stands right before a preposition, and every name after
      // it ("the mayor of the city of Ashton", "police in Manchester"; "the base chief known as Bob" is Bob).
      const firstName = tokens.indexOf(names[0]!.name[0]!);
      for (let k = 0; k < firstName - 1; k++) {
        const t = tokens[k]!, next = tokens[k + 1]!;
        const body = (t.flags & WORD_ORG_HEAD) !== 0, anonymous = (t.flags & WORD_ANONYMOUS_HEAD) !== 0;
        if (!t.word || t.cap || !(this.isTitleWord(t) || body || anonymous)) continue;
        if (isPreposition(next, this.c)) {
          return { name: stripDeterminers(tokens, this.c), kind: anonymous ? 'anonymous' : body ? 'organization' : 'person', mention };
        }
        break;
      }
    }
    // "Rep. Jane Roe of New York", "Jane Roe, 59, of Ashton": a name after a preposition modifies
    // the one before it; the phrase is about the first.
    // Of the names before it, the last ("undecided Republican voter Jane Roe of Ashton" is Jane Roe).
    const last = names.length > 1 && afterPreposition(tokens, names[names.length - 1]!, this.c) ? names.findLast((n) => !afterPreposition(tokens, n, this.c)) ?? names[names.length - 1] : names[names.length - 1];
    if (last?.possessive) {
      // "Gary Johnson’s doctor", "Scott’s niece" are someone of theirs; "Blige’s show" speaks for Blige.
      const head = words[words.length - 1]!;
      if (head !== last.name[last.name.length - 1]) {
        if (this.isTitleWord(head) || this.c.femaleTitles.has(head.lower) || this.c.maleTitles.has(head.lower)) return { name: stripDeterminers(tokens, this.c), kind: 'unknown', mention };
        if ((head.flags & WORD_ORG_HEAD) !== 0) return { name: stripDeterminers(tokens, this.c), kind: 'organization', mention };
      }
    }
    if (last && !anonymous) {
      const solo = last.name.length === 1 ? last.name[0]! : null;
      if (solo && ACRONYM.test(solo.text)) return { name: solo.text, kind: 'organization', mention };
      if (solo && !last.honorific && !last.titles.some((t) => this.isTitleWord(t))) {
        const known = this.lookupSurname(solo.lower, at);
        if (known) return { name: known.name, kind: 'person', mention, person: known };
        const orgish = words.some((w) => (w.flags & WORD_ORG_HEAD) !== 0);
        if (orgish && !personHint) {
          // "the news outlet Politico" is Politico; "Western media" stays whole.
          const k = words.indexOf(solo);
          const namedBody = k > 0 && !words[k - 1]!.cap && (words[k - 1]!.flags & WORD_ORG_HEAD) !== 0;
          return { name: namedBody ? solo.text : stripDeterminers(tokens, this.c), kind: 'organization', mention };
        }
      }
      if (this.dryRun) {
        const known = this.lookupSurname(last.name[last.name.length - 1]!.lower, at);
        return known ? { name: known.name, kind: 'person', mention, person: known } : { name: spanText(last.name), kind: 'person', mention };
      }
      const person = this.notePerson(last.name, last.titles, last.honorific, last.name[0]!.start);
      return { name: person.name, kind: 'person', mention, person };
    }
    const name = stripDeterminers(tokens, this.c);
    if (anonymous) return { name, kind: 'anonymous', mention };
    if (words.some((w) => (w.flags & WORD_ORG_HEAD) !== 0) || words.some((w) => w.cap)) return { name, kind: 'organization', mention };
    return { name, kind: 'unknown', mention };
  }

  /**
   * "a narrator in the Clinton ad", "a spokesman for Clinton": an unnamed someone whose phrase
   * names somebody else after a preposition. Returns the head noun, or null for any other phrase.
   */
  private roleOf(words: readonly Token[]): Token | null {
    if (this.c.lex.unspaced || (words[0]!.flags & WORD_INDEFINITE) === 0) return null;
    let head: Token | null = null;
    for (let k = 1; k < words.length; k++) {
      const w = words[k]!;
      if (w.cap) return null;
      if ((w.flags & WORD_STOPWORD) !== 0) {
        if (!head || (w.flags & WORD_DETERMINER) !== 0) return null;
        return words.slice(k + 1).some((x) => x.cap) ? head : null;
      }
      head = w;
    }
    return null;
  }

  /** The person introduced with this title ("the Kremlin spokesman"), when the words are a bare title. */
  private byTitle(words: readonly Token[]): Person | null {
    const head = words[words.length - 1];
    if (!head || !this.isTitleWord(head)) return null;
    const content = words.filter((w) => (w.flags & WORD_STOPWORD) === 0 && (w.flags & WORD_DETERMINER) === 0).map((w) => w.lower);
    const phrase = content.join(' ');
    // The whole title as the person was introduced with it ("the Kremlin spokesman"), most recent first.
    const introduced = this.mostRecent((p) => p.titles.has(phrase));
    if (introduced) return introduced;
    // Only the head noun ("the spokesman"), when no other name stands in the words.
    if (words.some((w) => w.cap && (w.flags & WORD_STOPWORD) === 0 && !this.isTitleWord(w) && (w.flags & WORD_ORG_HEAD) === 0 && !ACRONYM.test(w.text))) return null;
    return this.mostRecent((p) => p.titles.has(head.lower));
  }

  /**
   * "“…,” the retired neurosurgeon told…": a definite article, lower-case modifiers and a title
   * word the article never gave anyone is a reader's way back to the person who just spoke, as
   * a pronoun is. Null when nobody spoke within DESCRIBED_REACH characters or the words say more.
   */
  private byDescription(words: readonly Token[], at: number): Person | null {
    const head = words[words.length - 1]!;
    // "the 46-year-old said": someone by their age, as a title is.
    const age = words.length >= 2 && this.c.ageEndings.some((e) => head.lower.endsWith(e) && AGE_NUMBER.test(head.lower.slice(0, -e.length)));
    if (!age && (words.length < 3 || !this.isTitleWord(head))) return null;
    if (!this.c.definiteArticles.has(words[0]!.lower)) return null;
    // "the second official", "the other senator": a word that counts or sets apart brings someone new.
    for (let k = 1; k < words.length - 1; k++) {
      const w = words[k]!;
      if (w.cap || (w.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_INDEFINITE)) !== 0 || this.c.connectives.has(w.lower) || this.c.dateWords.has(w.lower)) return null;
    }
    const gender = this.c.femaleTitles.has(head.lower) ? 'f' : this.c.maleTitles.has(head.lower) ? 'm' : null;
    const p = this.lastPerson(at, gender);
    return p && p.lastSpoke >= 0 && at - p.lastSpoke <= DESCRIBED_REACH ? p : null;
  }

  /** The most recently seen person that passes the test. */
  private mostRecent(test: (p: Person) => boolean): Person | null {
    let best: Person | null = null;
    for (const p of this.recent) if (test(p) && (!best || p.lastSeen > best.lastSeen)) best = p;
    return best;
  }

  /** An unnamed source: an anonymity marker or an anonymous head noun, and no name with it. */
  private isAnonymous(tokens: readonly Token[]): boolean {
    const words = tokens.filter((t) => t.word);
    // "a Democratic source", "U.S. officials": capitalised words right before the anonymous head modify it.
    let modifiers = words.length - 1;
    while (modifiers >= 0 && (words[modifiers]!.flags & WORD_ANONYMOUS_HEAD) !== 0) modifiers--;
    const headAt = modifiers + 1;
    if (headAt < words.length) while (modifiers >= 0 && words[modifiers]!.cap && words.length - headAt <= 2) modifiers--;
    const named = words.some(
      (w, k) =>
        (k <= modifiers || headAt >= words.length) && w.cap && !ACRONYM.test(w.text) && !this.isTitleWord(w) && (w.flags & WORD_ORG_HEAD) === 0 && (w.flags & WORD_STOPWORD) === 0 &&
        (w.flags & WORD_HONORIFIC) === 0 && phraseAt(this.c.anonymousMarkers, [w], 0) === 0 && (w.flags & WORD_ANONYMOUS_HEAD) === 0,
    );
    if (named) return false;
    for (let i = 0; i < words.length; i++) if (phraseAt(this.c.anonymousMarkers, words, i) > 0) return true;
    const head = words[words.length - 1];
    return head !== undefined && (head.flags & WORD_ANONYMOUS_HEAD) !== 0;
  }
}

const YEAR = /^\d{4}$/;

/**
 * "a CBS poll released Monday", "The Republican National Committee this week", "Clinton on
 * Tuesday": a time after the source modifies the sentence, not the source. The phrase ends
 * before it, and before the lower-case words that only led up to it ("released", "this"), back
 * to the last word that can head a source. A time word inside a name ("Theresa May") follows a
 * capital, so it stays; a phrase that opens with its time ("Tuesday night") is left whole.
 */
function beforeTime(tokens: readonly Token[], c: CompiledLexicon): readonly Token[] {
  let k = -1;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.word && (c.dateWords.has(t.lower) || YEAR.test(t.text)) && (prev.text === ',' || (prev.word && !prev.cap))) {
      k = i;
      break;
    }
  }
  if (k < 0) return tokens;
  let end = k;
  while (end > 0 && (!tokens[end - 1]!.word || (!tokens[end - 1]!.cap && !sourceNoun(tokens[end - 1]!.lower, c)))) end--;
  return end > 0 && tokens.slice(0, end).some((t) => t.word && (t.flags & WORD_STOPWORD) === 0) ? tokens.slice(0, end) : tokens;
}

/** The word before the name is a preposition (a lower-case function word that is no article). */
function afterPreposition(tokens: readonly Token[], n: Name, c: CompiledLexicon): boolean {
  let k = tokens.indexOf(n.name[0]!) - 1;
  while (k >= 0 && !tokens[k]!.word && tokens[k]!.text === ',') k--;
  const t = tokens[k];
  return t !== undefined && isPreposition(t, c);
}

/** A lower-case function word that is no article, or a preposition joined to its article ("da", "du", "del"). */
function isPreposition(t: Token, c: CompiledLexicon): boolean {
  if (!t.word || t.cap) return false;
  return ((t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_DETERMINER) === 0) || c.locatives.has(t.lower) || c.ofWords.has(t.lower);
}

/** The speaker with another mention; built field by field, as spreading an object is slow. */
function withMention(s: Speaker, mention: string): Speaker {
  return s.person ? { name: s.name, kind: s.kind, mention, person: s.person } : { name: s.name, kind: s.kind, mention };
}

/** The text a token list covers, as written. */
export function spanText(tokens: readonly Token[]): string {
  let s = '';
  let prevEnd = -1;
  for (const t of tokens) {
    if (prevEnd >= 0 && t.start > prevEnd) s += ' ';
    s += t.text;
    prevEnd = t.end;
  }
  return s;
}

function stripDeterminers(tokens: readonly Token[], c: CompiledLexicon): string {
  let i = 0;
  // Lower-case function words, and articles even when capitalised ("The", "Dem", "Le").
  while (i < tokens.length && (!tokens[i]!.word || ((tokens[i]!.flags & WORD_STOPWORD) !== 0 && (!tokens[i]!.cap || (tokens[i]!.flags & WORD_DETERMINER) !== 0)))) i++;
  let j = tokens.length;
  while (j > i && !tokens[j - 1]!.word) j--;
  return spanText(tokens.slice(i, j)) || spanText(tokens);
}
