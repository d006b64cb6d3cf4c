// The shape of a language's lexicon: every word the engine keys on lives in one of these, one
// file per language, so that code paths hold no English and a new language is one new file.

export interface Lexicon {
  /** ISO 639-1 code. */
  lang: string;
  /**
   * Verbs and verb phrases of speech and assertion, every inflected form, lowercase
   * ("said", "says", "pointed out"). A quote or claim next to one of these is attributed.
   */
  speechVerbs: string[];
  /**
   * Cues that report speech but do not take a "that"-clause of their own when they stand
   * after a quote-less clause; kept apart so claims are not invented from them ("tweeting about").
   */
  weakCues: string[];
  /** Say-verbs that report a clause without a complementizer ("said the plan failed"). */
  bareComplementVerbs: string[];
  /** Prepositions that put the source after them and the content around them ("according to"). */
  accordingTo: string[];
  /** Nouns that introduce an attributed assertion when followed by a complementizer ("allegations"). */
  claimNouns: string[];
  /** Words that open a reported clause ("that"). */
  complementizers: string[];
  /** Pronouns by what they can refer to, lowercase. */
  pronouns: { male: string[]; female: string[]; plural: string[]; neuter: string[]; relative: string[] };
  /** Roles and titles that stand before or after a name ("spokesman", "president", "minister"). */
  titles: string[];
  /** Honorifics written before a surname ("mr.", "mrs.", "dr."), lowercase with their dots. */
  honorifics: string[];
  /** Abbreviations after which a full stop does not end a sentence, lowercase with the dot. */
  abbreviations: string[];
  /** Words that make a source anonymous ("unnamed", "sources", "officials" without a name). */
  anonymous: { markers: string[]; heads: string[] };
  /** Head nouns of organisations and bodies ("ministry", "media", "agency", "government"). */
  organizationHeads: string[];
  /** Function words: never part of a name even when capitalised at a sentence start. */
  stopwords: string[];
  /** Words that link a name to more text in a noun phrase and end it ("who", "which"). */
  clauseBreaks: string[];
  /** Verbs that relay a quote without naming it as speech ("focused on", "tweeting about"). */
  relayVerbs: string[];
  /** Auxiliaries and adverbs that may stand between a subject and its verb ("has", "also"). */
  verbModifiers: string[];
  /** Forms of the verb that makes a passive ("troops are posted abroad"): a cue right after one reports nobody. Optional. */
  passiveAuxiliaries?: string[];
  /** Verbs that put out a document ("released a statement saying…"): its words are their subject's. Optional. */
  releaseVerbs?: string[];
  /** Asides set off by commas between a subject and its verb ("for his part", "in turn"). */
  parentheticals: string[];
  /** Lower-case words inside names ("de", "van", "bin"). */
  nameParticles: string[];
  /** Words that tie a cited source to a participle ("cited X as saying"): "as". */
  asWords: string[];
  /** Verbs that give something a name ("called it “Miss X”"): a title-cased quote after one is a quote, not a show's name. */
  namingVerbs?: string[];
  /** Endings of adverbs ("-ly"): skipped between a subject and its verb like the verb modifiers. */
  adverbEndings?: string[];
  /** Endings of participles ("saying"): one after a comma or a preposition has no subject of its own. */
  participleEndings?: string[];
  /** Endings of finite verb forms ("-ed", "-es"): such a word after a subject's head is its verb. Optional. */
  finiteVerbEndings?: string[];
  /** Titles and kinship words that tell a person's gender, for pronouns ("spokeswoman", "his wife"). */
  genderedTitles?: { female: string[]; male: string[] };
  /** Determiners and possessives: a cue word after one is a noun ("the claims", "his remarks"). */
  determiners: string[];
  /** Indefinite articles: "a spokesman" is someone unnamed, not the spokesman we met. */
  indefinites: string[];
  /** Preferred quotation marks, outer and inner, as [open, close] pairs (for display and tests). */
  quotes: Array<[string, string]>;
  /**
   * Endings a name takes in the other grammatical cases ("a", "ovi", "em" in Czech; "а", "у",
   * "ом" in Russian): a surname look-up also matches the word without one ("podle Nováka" is
   * Novák). Optional: without it names match only as written.
   */
  caseEndings?: string[];
  /**
   * Postpositions that put the source before them ("dem Bericht zufolge": German "zufolge").
   * Optional.
   */
  accordingToAfter?: string[];
  /**
   * Words that attribute a quote only right after it and its comma, the source after them
   * ("„…“, so Müller": German "so"); anywhere else they are ordinary words. Optional.
   */
  quoteTagCues?: string[];
  /**
   * The subject may be left out ("«…», señaló.", "„…,“ dodal."): a cue with no subject of its
   * own refers to the person in focus, as a pronoun would. Optional.
   */
  proDrop?: boolean;
  /**
   * Endings of verb forms that show the speaker's gender (Czech "řekla", Russian "сказала"):
   * female endings are tried first. Optional.
   */
  cueGender?: { male: string[]; female: string[] };
  /**
   * Every noun is written with a capital (German): a capitalised word after an article is a
   * noun, not the start of a name. Optional.
   */
  capitalisedNouns?: boolean;
  /** A comma always stands before the complementizer ("заявил, что", "uvedl, že", "sagte, dass"). Optional. */
  commaBeforeComplementizer?: boolean;
  /** Writing without spaces between words (Chinese): names are found by position, not by case. */
  unspaced?: boolean;
  /** Particles written between a speaker and a speech verb in unspaced writing ("也", "还"). */
  speakerParticles?: string[];
  /**
   * Say-verbs that name the person spoken to before the reported clause ("told reporters the
   * plan failed"): the claim rules skip that addressee. Optional: without it no addressee is skipped.
   */
  addresseeVerbs?: string[];
  /**
   * Prepositions that lead the person spoken to right after an inverted say-verb ("dijo a la
   * prensa", "disse aos jornalistas"): the phrase they lead is the addressee, never the speaker,
   * and the subject, if the sentence names one, comes after it. Optional.
   */
  addresseePrepositions?: string[];
  /**
   * Impersonal cues whose source is the document a prepositional phrase beside them names ("heißt
   * es in der Erklärung des Verbands", "In dem Antrag heißt es"): the phrase after the cue, or the
   * one that opens the clause, is the source. Each must be a speech verb too. Optional.
   */
  documentCues?: string[];
  /**
   * Endings of a participle used as an adjective before its noun ("geborene", "überlebende"):
   * where every noun has a capital, one after an article and a phrase of its own ends an
   * extended attribute ("die in Ashton geborene Jane Roe"), and the noun or name after it heads
   * the phrase. Optional.
   */
  attributeEndings?: string[];
  /**
   * Words after a say-verb that show no bare reported clause follows: prepositions, conjunctions,
   * object pronouns ("said of", "said to", "told him"). Optional: without it bare clauses are not read.
   */
  notClauseStart?: string[];
  /** Words before a quotation that make it the title of a work ("an ad titled “…”"). Optional. */
  titleCues?: string[];
  /** Cue words that report a demand or a song, not an assertion: quotes only, never claims ("demanded that…"). Optional. */
  quoteOnlyCues?: string[];
  /** Prepositions that open an affiliation after a name ("Jane Roe, of the Baptist Church"). Optional. */
  affiliation?: string[];
  /** Capitalised words of party or side that may stand before a name and are no part of it ("Democrat Jane Roe"). Optional. */
  nameModifiers?: string[];
  /** Words right before a cue word that show it reports nobody's words ("worth noting", "goes without saying"). Optional. */
  cueBlockers?: string[];
  /**
   * Words that open a free relative around a cue ("what experts say it costs", "everything he
   * says"): the cue's clause is no claim of its own. Optional.
   */
  freeRelatives?: string[];
  /** Cue words that are more often nouns ("states", "shows"): a verb only right after its subject. Optional. */
  nounLikeCues?: string[];
  /**
   * Cue words that are as often adjectives ("bekannt": known, and the participle of "bekennen"),
   * and the forms of the copula after which they are the adjective ("bekannt sei"). Optional.
   */
  adjectiveLikeCues?: { words: string[]; copula: string[] };
  /** Words after a comma that end a reported clause and return to the reporter ("…, although", "…, which"). Optional. */
  contentEnders?: string[];
  /**
   * Cues whose object is the evidence the subject brings forward ("cited the figures", ", citing
   * a poll"): the object is the claim, the subject its source. Optional.
   */
  evidenceCues?: string[];
  /**
   * Verbs whose report is their object and what it is charged with ("accused X of P", "charged
   * X with P"), and the words that link the two ("of", "with"). Optional, both or neither.
   */
  accusationVerbs?: string[];
  accusationLinks?: string[];
  /** Coordinating conjunctions that may open a reported clause without being part of it ("But …, she said"). Optional. */
  conjunctions?: string[];
  /**
   * Time and setting phrases that may stand between a say-verb and its reported clause
   * ("said Friday", "said in a statement", "told CNN on Monday"). Optional.
   */
  cueAdjuncts?: string[];
  /**
   * Words of dates and times: months, weekdays, "today", "morning". A speaker made of them, or a
   * non-person speaker holding one, is a time, not a source (plausible-source.ts). Optional.
   */
  dateWords?: string[];
  /** Strings of web-page chrome that a broken page may leave in a sentence ("play video", "read more"). Optional. */
  pageStrings?: string[];
  /** Prepositions that put a place after them ("in", "from"): a name the article writes there is a place. Optional. */
  locatives?: string[];
  /** The word that joins two sources into one ("Democrats and civil rights groups said"). Optional. */
  coordinators?: string[];
  /** Nouns of documents that can be a source ("report", "statement", "study"). Optional. */
  documentHeads?: string[];
  /** Sentence adverbs and connectives that open a clause ("meanwhile", "although"): never a speaker. Optional. */
  connectives?: string[];
  /**
   * Endings only a common noun has ("-ung", "-heit"), where every noun has a capital: one such
   * word standing as the speaker is a noun of the sentence, not a surname. Optional.
   */
  abstractNounEndings?: string[];
  /**
   * How a possessor is written on its word: endings ("’s" of "Roe’s"), and marks that stand alone
   * after a word ending in one of `after` ("Jones’"). Optional: the language writes none.
   */
  possessive?: { endings: string[]; marks: string[]; after: string[] };
  /** Endings of a pronoun's contraction ("he’s", "they're"): the pronoun is the word without one. Optional. */
  contractionEndings?: string[];
  /**
   * Compounds are written as one word, the head last ("Kartellamt", "Landtagsfraktion"): a word
   * that ends in a noun of a source is one. Optional.
   */
  closedCompounds?: boolean;
  /**
   * Endings a noun takes in its cases and plural ("Beobachtern", "Oppositionsparteien"): a word
   * with one of them off that is a noun of a source is one. Optional.
   */
  nounInflections?: string[];
  /** Endings of nouns for people by what they do ("investor", "chairmen", "economist"): such a head is a source. Optional. */
  personEndings?: string[];
  /** First-person singular pronouns ("I", "me"): in the article's own voice they are its author (the byline). Optional. */
  firstPerson?: string[];
  /** Words a byline opens with before the author's name ("By"). Optional. */
  bylinePrefixes?: string[];
  /** Prepositions that name a passive's agent ("wurde von Jane Roe geäußert"): their object may be a source. Optional. */
  agentPrepositions?: string[];
  /** The finite verb stands second in a main clause (German): an opening adverbial puts the subject after it. Optional. */
  verbSecond?: boolean;
  /**
   * Where the verb stands second, the words that show the field before it is no subject: articles
   * of the oblique cases only ("den", "dem", "einen"), endings of an adverb that opens a clause
   * ("-end": "Relativierend fügt … hinzu"), and the reflexive that may stand between the verb and
   * its subject ("äußerte sich der Minister"), and the word that links a noun of statement to
   * whose it is ("nach Angaben von …"). Read by verb-second.ts. Optional.
   */
  verbSecondFrame?: {
    obliqueDeterminers: string[];
    adverbEndings: string[];
    reflexives: string[];
    ofWords?: string[];
    /** Prepositions of a view: a field they open that names a person gives that person's words ("Für die Ministerin ist die Lage „ernst“"). */
    opinionLinks?: string[];
    /** Nouns of a verdict or a reply: a field of one with "von" or a genitive and a name gives that person's words ("Das Fazit von Jane Roe fällt knapp aus: „…“"). */
    verdictNouns?: string[];
    /**
     * A name in the genitive ends so ("Roes"), and an adjective before a noun ends so
     * ("wissenschaftlicher"), but not with an ending of a past-tense verb ("sagte"): "Roes
     * wissenschaftlicher Mitarbeiter X hat …" has its verb later. Optional.
     */
    genitiveEndings?: string[];
    attributiveEndings?: string[];
    notAttributiveEndings?: string[];
  };
  /**
   * Finite verb forms of the reporting mood (German Konjunktiv I, and the Konjunktiv II that
   * stands in for it: "sei", "habe", "könne", "wären"): a clause whose verb is one of these
   * reports someone's words ("Er sagte, die Lage sei ernst"). Optional.
   */
  reportedVerbForms?: string[];
  /**
   * Verb forms that report speech as reportedVerbForms do, but are also the writer's own
   * conditional (German Konjunktiv II: "wäre", "würden"): they mark a report after a cue or
   * right after a report, not alone. Optional.
   */
  reportedVerbFormsAfterReport?: string[];
  /**
   * Endings of the reporting mood's third person singular for verbs not listed ("benötige",
   * "verstehe": Konjunktiv I "-e"); read only in a clause after a speech cue and its comma. Optional.
   */
  reportedVerbEndings?: string[];
  /** Pronouns with which those forms are the indicative ("ich habe", "ich werde"): no report then. Optional. */
  reportedVerbIndicativeWith?: string[];
  /**
   * Modals that report hearsay when their clause ends in a perfect infinitive (hearsayModals
   * "soll", perfectAuxiliaries "haben"/"sein": "Der Täter soll das Haus betreten haben"). Optional.
   */
  hearsayModals?: string[];
  perfectAuxiliaries?: string[];
  /** Words that open a subordinate clause ("falls", "weil"): a clause they open is no reported main clause. Optional. */
  subordinators?: string[];
  /**
   * Articles that link a genitive to the noun before it ("Angaben der Polizei", "der Sprecher
   * des Vereins"); any other article after a noun starts a new phrase ("dem Richter"). Optional.
   */
  genitiveDeterminers?: string[];
  /** Adverbs that attribute their clause to the report just named ("Demnach …"): at the clause's head. Optional. */
  accordingAnaphors?: string[];
  /** Relative adverbs that open the content of the report before them ("ein Bericht, wonach P"). Optional. */
  reportRelatives?: string[];
  /** The word before an infinitive ("zu"): "kündigte an, weiter zu kämpfen" reports an intention. Optional. */
  infinitiveMarkers?: string[];
  /**
   * The according phrase stands inside the clause it attributes ("Der Plan ist laut X
   * gescheitert", "Dem Bericht zufolge sank…"): the claim is that whole clause. Optional.
   */
  accordingInsideClause?: boolean;
  /**
   * Words that open a parenthetical report around its clause ("Wie die Polizei mitteilte, P",
   * "P, wie X berichtete"). Optional.
   */
  reportParentheticals?: string[];
  /**
   * Nouns of statement and information that turn a preposition or postposition (accordingNounLinks)
   * into an according phrase: "nach Angaben der Polizei", "nach ersten Schätzungen", "seiner
   * Meinung nach". Matched also as the end of a compound ("Polizeiangaben"). Optional.
   */
  accordingNouns?: string[];
  /** The words that link those nouns to the claim ("nach"). Optional. */
  accordingNounLinks?: string[];
  /** Object pronouns that end a reported clause's subject at once ("told me", "asked us"). Optional. */
  objectPronouns?: string[];
  /** The definite article(s) ("the"): a capitalised run after one is a body or a place. Optional. */
  definiteArticles?: string[];
  /** The preposition that links a noun to its complement inside a noun phrase ("of"). Optional. */
  ofWords?: string[];
  /** Numbers written as words ("six", "one"): "six in 10" is one quantity with its preposition inside. Optional. */
  numberWords?: string[];
  /** How a word for someone by their age ends after its number ("46-year-old"): "the 46-year-old said" means the person just named. Optional. */
  ageEndings?: string[];
  /** Endings of reflexive pronouns ("himself", "themselves"). Optional. */
  reflexiveEndings?: string[];
  /** Possessive pronouns that are no subject ("their"). Optional. */
  possessivePronouns?: string[];
  /** The neuter subject pronoun a body is referred to by ("it"). Optional. */
  neuterSubjects?: string[];
  /** Function words a noun phrase's head may be joined by inside a name run ("the", "a", "of"). Optional. */
  nounPhraseLinks?: string[];
  /** Honorifics that show a gender ("mr", "mrs"), without their full stop. Optional. */
  /** An abbreviated title and the word it stands for ("sen." for "senator"): "Sen. Jane Roe" is "the senator" later. */
  titleAbbreviations?: Record<string, string>;
  honorificGender?: { male: string[]; female: string[] };
}
