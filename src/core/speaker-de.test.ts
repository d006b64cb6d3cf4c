// German capitalises every noun, so the noun a quote's frame ends on ("mit den Worten", "zur
// Begründung") looks like a name: the speaker must be the sentence's subject, never that noun.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extract } from './extract';

function quoteSpeakers(paragraph: string): Array<string | null> {
  const body = `<h1>Ein Bericht</h1><p>${paragraph}</p><p>Die Sitzung endete am Abend, ohne dass sich die Beteiligten weiter dazu äußerten.</p>`;
  const dom = new JSDOM(`<html lang="de"><head><title>Ein Bericht</title></head><body><article>${body}</article></body></html>`, { url: 'https://example.org/a' });
  return extract(dom.window.document, 'https://example.org/a').extraction.findings.filter((f) => f.kind === 'quote').map((f) => f.speaker);
}

function claimSpeakers(paragraph: string): Array<[string, string | null]> {
  const body = `<h1>Ein Bericht</h1><p>${paragraph}</p>`;
  const dom = new JSDOM(`<html lang="de"><head><title>Ein Bericht</title></head><body><article>${body}</article></body></html>`, { url: 'https://example.org/a' });
  return extract(dom.window.document, 'https://example.org/a').extraction.findings.filter((f) => f.kind === 'claim').map((f) => [f.text, f.speaker]);
}

describe('German: a preposition’s object is no speaker', () => {
  it('a colon after a prepositional phrase: the subject speaks', () => {
    expect(quoteSpeakers('Jane Roe begründete ihren Rücktritt mit den Worten: „Wir werden den Plan im kommenden Jahr noch einmal versuchen.“')).toEqual(['Jane Roe']);
  });
  it('a prepositional phrase before the verb: the subject follows the verb', () => {
    expect(quoteSpeakers('Zur Begründung sagte Jane Roe: „Wir werden den Plan im kommenden Jahr noch einmal versuchen.“')).toEqual(['Jane Roe']);
  });
});

describe('German: a role with its genitive, a comma, then the name', () => {
  it('the role after an article is no name of its own', () => {
    expect(quoteSpeakers('„Die Auswirkungen werden immer stärker sichtbar“, sagte der Oberrabbiner Israels, Jane Roe.')).toEqual(['Jane Roe']);
    expect(quoteSpeakers('„Die Auswirkungen werden immer stärker sichtbar“, sagte der aschkenasische Oberrabbiner Israels, Jane Roe.')).toEqual(['Jane Roe']);
  });
  it('a genitive article goes on with the description', () => {
    expect(quoteSpeakers('„Die Auswirkungen werden immer stärker sichtbar“, erklärte die Geschäftsführerin der Organisation, Jane Roe.')).toEqual(['Jane Roe']);
    expect(quoteSpeakers('„Die Auswirkungen werden immer stärker sichtbar“, meinte der Trainer der Gastgeber, Jane Roe, in einem Interview.')).toEqual(['Jane Roe']);
  });
});

describe('German: a say-verb after a comma is inverted', () => {
  it('its subject follows it, not the words before the comma', () => {
    expect(quoteSpeakers('Sie sei „vollkommen überrascht von allem“ über das Ergebnis, sagte die Vorsitzende Jane Roe.')).toEqual(['Jane Roe']);
  });
});

describe('German: the field before the verb may be no subject (verb-second-frame)', () => {
  const said = '„Wir werden den Plan im kommenden Jahr noch einmal versuchen.“';
  it('an adverb or a prepositional phrase opens the clause: the subject follows the verb', () => {
    expect(quoteSpeakers(`Relativierend fügt Jane Roe hinzu: ${said}`)).toEqual(['Jane Roe']);
    expect(quoteSpeakers(`Passend zu den Gefahren des Eises warnte die Sprecherin Jane Roe: ${said}`)).toEqual(['Jane Roe']);
    expect(quoteSpeakers('Bereits zu Beginn seiner Amtszeit warnte Jane Roe vor den „Lohnverzichtstheorien“.')).toEqual(['Jane Roe']);
  });
  it('an object before the verb that names no one: the subject after the verb speaks', () => {
    expect(quoteSpeakers(`Seine Zuversicht äußerte der Beauftragte Jane Roe mit Blick auf frühere Erfahrungen: ${said}`)).toEqual(['Jane Roe']);
    expect(quoteSpeakers(`Diese Verantwortung für die Affäre im Bezirk der Partei weist Jane Roe von sich: ${said}`)).toEqual(['Jane Roe']);
  });
  it('a subject before an auxiliary is not the noun next to the participle', () => {
    expect(quoteSpeakers(`Jane Roe hatte in einer Rede verkündet: ${said}`)).toEqual(['Jane Roe']);
  });
  it('a subject that names someone stays the speaker', () => {
    expect(quoteSpeakers(`Auch Jane Roe sagte: ${said}`)).toEqual(['Jane Roe']);
    expect(quoteSpeakers('Der Politiker Jane Roe bezeichnete die Firma wegen ihrer Arbeit als „Schatten-Behörde“.')).toEqual(['Jane Roe']);
  });
});

describe('German: a short quotation with no cue is no one’s quote', () => {
  it('is held at a distance (a scare quote), not given to the sentence’s subject', () => {
    expect(quoteSpeakers('Jane Roe wohnt seit Jahren in einer „ruhigen Gegend“ am Rande der Stadt.')).toEqual([]);
  });
  it('a short capitalised quotation after a noun is its name', () => {
    expect(quoteSpeakers('Die Meldung erschien zuerst in der Zeitung „Abendpost“ und wurde später verbreitet.')).toEqual([]);
  });
});

describe('German: a named frame before a colon and a pronoun cue after the quote', () => {
  it('the named frame decides', () => {
    expect(quoteSpeakers('Der Sprecher Hans Roe sagte am Montag. Jane Roe, Mitglied der Liga, sagte dazu gegenüber der Zeitung: „Wir haben uns gegen den Plan gestellt, und nun wollen wir mehr.“ betont sie.')).toEqual(['Jane Roe']);
  });
  it('a quotation that closed the sentence before ends its frame', () => {
    expect(quoteSpeakers('Die Partei unterstütze den Plan „voll und ganz“. Relativierend fügt Jane Roe hinzu: „Wir werden den Plan im kommenden Jahr noch einmal prüfen.“')).toEqual(['Jane Roe']);
  });
});

describe('German: a colon frame and a say-verb after the quote', () => {
  it('the say-verb right after the quote names the speaker', () => {
    expect(quoteSpeakers('Dieses Tor war für die Mannschaft sehr enttäuschend: „So zu verlieren ist richtig ärgerlich, das ist schlimm“, sagte Jane Roe, Spieler des Vereins.')).toEqual(['Jane Roe']);
  });
  it('an opening “als” phrase is an adverbial, not the subject', () => {
    expect(quoteSpeakers('Als Begründung sagte die Forscherin Jane Roe: „Das ist ein sehr breites Feld an Erkrankungen und es wird schwer.“')).toEqual(['Jane Roe']);
  });
});

describe('German: a separable verb split round its subject after the quote', () => {
  it('the subject between the verb and its particle speaks', () => {
    expect(quoteSpeakers('Hans Roe sprach über die Pläne. „Es ist ausschließlich dieser private Grund“, räumte Jane Roe ein.')).toEqual(['Jane Roe']);
    expect(quoteSpeakers('Hans Roe sprach über die Pläne. „Es ist ausschließlich dieser private Grund“, fügte die Sprecherin Jane Roe hinzu.')).toEqual(['Jane Roe']);
  });
  it('a pronoun between them is resolved', () => {
    expect(quoteSpeakers('Jane Roe sprach über die Pläne. „Es ist ausschließlich dieser private Grund“, teilte sie mit.')).toEqual(['Jane Roe']);
  });
});

describe('German: a subordinate clause as the field before the verb', () => {
  it('the subject follows the verb after the clause’s comma', () => {
    expect(quoteSpeakers('Als der Moderator Hans Roe weiter nachfragte, entgegnete Jane Roe empört: „Wollen Sie das nun einfach so stehen lassen? Das geht nicht.“')).toEqual(['Jane Roe']);
  });
  it('more say-verbs: erwidern, entgegnen, begründen', () => {
    expect(quoteSpeakers('„Eine Beihilfe zu einem Delikt ist selbst ein völkerrechtswidriges Delikt“, begründete die Richterin Jane Roe ihre Entscheidung.')).toEqual(['Jane Roe']);
  });
});

describe('German: a quotation with no cue inside a sentence (verb-second-subject)', () => {
  it('is the words of the main clause’s subject', () => {
    expect(quoteSpeakers('Die Präsidentin Jane Roe sicherte der Mission zu, dass die Türen des Landes „immer für alle offen sein werden“.')).toEqual(['Jane Roe']);
  });
  it('a quotation joined to a noun by a hyphen is a name', () => {
    expect(quoteSpeakers('Nach einem Bericht der „Abendpost“-Redaktion soll das Werk geschlossen werden.')).toEqual([]);
  });
});

describe('German: a name set off by commas in the field before the verb', () => {
  it('after a description, the name speaks', () => {
    expect(quoteSpeakers('Der innenpolitische Sprecher der Fraktion, Jane Roe, will „in den kommenden Wochen noch einmal sorgfältigst prüfen“, ob ein Verbot kommt.')).toEqual(['Jane Roe']);
    expect(quoteSpeakers('Der Präsident der Union (AU), Jane Roe, nannte dies einen „schweren Bruch der Verfassung des Landes“.')).toEqual(['Jane Roe']);
  });
  it('before a description, the name speaks', () => {
    expect(quoteSpeakers('Jane Roe, Aufsichtsvorsitzender von SWB, nennt den Vorgang ein „Musterbeispiel für internationale Solidarität unter den Kommunen“.')).toEqual(['Jane Roe']);
  });
});

describe('German: a field that reports someone’s words (nach den Worten des …)', () => {
  it('names the speaker in its genitive', () => {
    expect(quoteSpeakers('Nach den Worten der innenpolitischen Sprecherin der Fraktion, Jane Roe, fehle es „an einem durchgreifenden Konzept zur Bekämpfung der Gewalt“.')).toEqual(['Jane Roe']);
  });
});

describe('German: „so“ and a name closing the sentence', () => {
  it('names the speaker of a quotation earlier in the sentence', () => {
    expect(quoteSpeakers('Der Staat müsse „vollständig und nachweislich den Prozess der Anreicherung“ beenden, so Jane Roe.')).toEqual(['Jane Roe']);
  });
});

describe('German: a capitalised quotation after a noun, with nothing to attribute it', () => {
  it('is a name or a title at any length', () => {
    expect(quoteSpeakers('Die Demonstranten zogen unter dem Motto „Die Stadt gehört allen, die in ihr leben und arbeiten“ durch die Straßen.')).toEqual([]);
  });
  it('not after a noun of speech', () => {
    expect(quoteSpeakers('Jane Roe zeigte sich gelassen: Mit den Worten „Jetzt werden alle wichtigen Fragen in der Runde diskutiert“, richtete sie ihren Blick nach vorn.')).toEqual(['Jane Roe']);
  });
});

describe('German: after the verb, a description with its genitive and the name after a comma', () => {
  it('the name speaks', () => {
    expect(quoteSpeakers('Den Unmut der Partei brachte die Sprecherin der Fraktion im Bundestag, Jane Roe, zum Ausdruck: „Es gibt keinen Grund, Positionen aufzugeben.“')).toEqual(['Jane Roe']);
    expect(quoteSpeakers('In einem Brief warnte der Geschäftsführer des Deutschen Verbandes, Jane Roe, die Minister: „Durch die Gewinnung von Erdgas wird das Wasser bedroht.“')).toEqual(['Jane Roe']);
  });
});

describe('German: a report’s parenthetical before the main clause', () => {
  it('names the speaker (Wie X erklärte, …: „…“)', () => {
    expect(quoteSpeakers('Wie die Premierministerin des Landes, Jane Roe, erklärte, ist das Land den Helfern zu Dank verpflichtet: „Sie haben uns Hilfsmannschaften geschickt, einschließlich Ärzten.“')).toEqual(['Jane Roe']);
  });
});

describe('German: „heißt es dazu in“ a document', () => {
  it('the document is the source', () => {
    expect(quoteSpeakers('„Werden solche Straftaten nicht mit der selben Härte verfolgt, leidet das Recht“ heißt es dazu in einer Pressemitteilung des Vereins.')).toEqual(['Pressemitteilung des Vereins']);
  });
  it('with modifiers in lower case before the document, or the document opening the clause', () => {
    expect(quoteSpeakers('„Wir werden den Plan im kommenden Jahr noch einmal prüfen“, heißt es in einer gestern verbreiteten Erklärung.')).toEqual(['Erklärung']);
    expect(quoteSpeakers('In dem Antrag heißt es wörtlich: „Die Aufhebung der Einstufung wäre ein weiterer Beitrag für den Frieden.“')).toEqual(['Antrag']);
    expect(quoteSpeakers('In einer Erklärung der Außenminister hatte es geheißen: „Es gibt keine militärische Lösung in diesem Konflikt.“')[0]).toContain('Erklärung');
  });
  it('after the words the quotation stands in', () => {
    const [speaker] = quoteSpeakers('Die Kosten sollen „durch mehr Effizienz und höhere Produktivität“ gesenkt werden, so heißt es in einer Erklärung des Verbands.');
    expect(speaker).toContain('Erklärung');
  });
});

describe('German: a short quotation that is someone’s words, not a term', () => {
  it('one that opens in lower case, in a sentence that reports, is the subject’s choice of words (verb-second-subject)', () => {
    expect(quoteSpeakers('Die Ministerin Jane Roe hält die Lage für „alarmierend“, sie sei kaum noch zu beherrschen.')).toEqual(['Jane Roe']);
    // Nothing reports in "wohnt": a term held at a distance.
    expect(quoteSpeakers('Jane Roe wohnt seit Jahren in einer „ruhigen Gegend“ am Rande der Stadt.')).toEqual([]);
  });
  it('one after an indefinite article is a noun phrase of the speaker’s, not a title (title-shape)', () => {
    expect(quoteSpeakers('Die Ministerin Jane Roe sprach von einer „Gefahr für Leib und Leben“.')).toEqual(['Jane Roe']);
    // The definite article before a paper's name leaves it a name.
    expect(quoteSpeakers('Die Ministerin Jane Roe sprach mit der „Berliner Zeitung“.')).toEqual([]);
  });
  it('one that opens with a capital and nothing attributes stays a term', () => {
    expect(quoteSpeakers('Im „Kerngeschehen“ wird damit noch einmal die Lage deutlich.')).toEqual([]);
  });
  it('one inside a report in the reporting mood is a fragment of the report (inside-claim)', () => {
    const report = 'Die Summe liegt bei 765 Millionen Euro und sei ein „Richtwert“, da ähnliche Arbeiten in etwa das Doppelte gekostet hätten, so der Verband.';
    expect(quoteSpeakers(report)).toEqual(['Verband']);
  });
  it('one inside a run-on report in the mood goes on with who spoke just before (inside-claim)', () => {
    const report = 'Jane Roe erklärte, der Haushalt sei solide. Von einem Ausgleich sei man aber „weit entfernt“.';
    expect(quoteSpeakers(report)).toEqual(['Jane Roe']);
  });
  it('a sentence that reports someone without quoting them hands them to the run-on report after it (claim-last-speaker)', () => {
    const paragraph = '„Wir bleiben bei unserem Plan“, sagte John Doe. Die Abgeordnete Jane Roe sprach am Montag vor der Presse. Die Annahmen seien „völlig unrealistisch“, die Regierung müsse nachbessern.';
    expect(quoteSpeakers(paragraph)).toEqual(['John Doe', 'Jane Roe']);
    expect(claimSpeakers(paragraph)).toContainEqual(['Die Annahmen seien „völlig unrealistisch“, die Regierung müsse nachbessern', 'Jane Roe']);
  });
});

describe('German: a compound title before a name is a description, not part of the name', () => {
  it('a closed compound or a hyphenated one takes its head’s part: a title', () => {
    expect(quoteSpeakers('„Die Auswirkungen werden immer stärker sichtbar“, sagte Justizsprecher Joachim Banke.')).toEqual(['Joachim Banke']);
    expect(quoteSpeakers('„Wir sind für alles bereit, was noch kommt“, sagte VW-Chef Martin Winterkorn.')).toEqual(['Martin Winterkorn']);
  });
});

describe('German: one field before the verb', () => {
  it('a focus word before the subject leaves the subject in the field, not the object after the verb', () => {
    expect(quoteSpeakers('Auch die Ministerin Jane Roe äußerte Vorbehalte und sagte, bei der Wahl würden nicht alle zustimmen: „Ich gehe davon aus, dass nicht alle Stimmen auf ihn entfallen werden.“')).toEqual(['Jane Roe']);
  });
  it('an adjective and an abstract noun in the field are an object; the name after the verb speaks', () => {
    expect(quoteSpeakers('Jegliche Mitverantwortung für die Affäre weist Jane Roe von sich: „Diese Verantwortung kann nur der Vorsitzende übernehmen.“')).toEqual(['Jane Roe']);
  });
});

describe('German: a subject pronoun right after the verb', () => {
  it('makes the article and noun before the verb an object, not a speaker', () => {
    const speakers = quoteSpeakers('Jane Roe sprach am Montag vor der Presse. Die Entscheidung wolle sie der Allianz überlassen. „Tatsächlich ist es unser Anliegen, jede mögliche Hilfe anzubieten.“');
    // Not "Entscheidung": the report in the mood is Jane Roe's, who spoke in the sentence before, and the quote goes on with it.
    expect(speakers).toEqual(['Jane Roe']);
  });
});

describe('German: a subject that is no source passes the quote on', () => {
  it('a connective read as the subject leaves the quote to the speaker before', () => {
    expect(quoteSpeakers('Jane Roe begründete ihren Rückzug mit einer „ganz veränderten Lage im Land“. Damit seien „der Kurs und die Berechenbarkeit der Partei nicht mehr so klar“.')).toEqual(['Jane Roe', 'Jane Roe']);
  });
});

describe('German: a titled name after the description, the sentence going on without a comma', () => {
  it('the name is the speaker, not the description', () => {
    expect(quoteSpeakers('„Die Organisation bleibt eine Bedrohung für das ganze Land und seine Menschen“, sagte der Oberkommandierende General der Streitkräfte im Land, General Jane Roe heute anlässlich einer Pressekonferenz.')).toEqual(['Jane Roe']);
  });
});

describe('German: a description then the name with its tag', () => {
  it('two titles joined by a conjunction stay one description', () => {
    expect(quoteSpeakers('„Die Organisation bleibt eine Bedrohung für das ganze Land“, sagte der frühere Bürgermeister und Justizsenator, Jane Roe.')).toEqual(['Jane Roe']);
  });
  it('a bracketed tag after the name set off in the field before the verb', () => {
    expect(quoteSpeakers('Der frühere Bürgermeister der Stadt, Jane Roe (SPD), kritisierte einen „populistischen Wahlkampf der Regierung im ganzen Land“.')).toEqual(['Jane Roe']);
  });
});

describe('German: nouns side by side are no person', () => {
  it('a run with an ending only a common noun has is no one’s name', () => {
    const body = '<h1>Ein Bericht</h1><p>Nach Auffassung Österreichs soll im Mandat der Beitritt nicht direkt erwähnt werden.</p>';
    const dom = new JSDOM(`<html lang="de"><head><title>Ein Bericht</title></head><body><article>${body}</article></body></html>`, { url: 'https://example.org/a' });
    const claims = extract(dom.window.document, 'https://example.org/a').extraction.findings.filter((f) => f.kind === 'claim');
    expect(claims.length).toBe(1);
    expect(claims[0]!.speakerKind).not.toBe('person');
  });
});

describe('German: a short capitalised quotation where the source stands is the body’s name', () => {
  it('after an article or with no article, where an inverted say-verb’s subject stands', () => {
    expect(quoteSpeakers('„Die Lage ist ernst und wird sich so bald nicht ändern“, schreibt die „Abendpost“.')).toEqual(['Abendpost']);
    expect(quoteSpeakers('„Die Lage ist ernst und wird sich so bald nicht ändern“, schrieb „Die Abendpost“ in einem Kommentar.')).toEqual(['Abendpost']);
  });
  it('a domain in quotation marks, after a document’s noun', () => {
    expect(quoteSpeakers('Laut der Website „beispiel-nachrichten.de“ wird die Brücke „schon bald“ wieder geöffnet.')).toEqual(['beispiel-nachrichten.de']);
  });
  it('after the noun of a body that opens the source', () => {
    expect(claimSpeakers('Der Verband „Freie Presse Nord“ weist darauf hin, dass die Zahl der Zeitungen auf dem Land immer kleiner werde.')).toEqual([
      ['die Zahl der Zeitungen auf dem Land immer kleiner werde', 'Freie Presse Nord'],
    ]);
  });
});

describe('German: a say-verb that closes the clause is the participle of its finite verb', () => {
  it('the main clause’s subject speaks, not the phrase before the participle', () => {
    expect(quoteSpeakers('Die staatlichen Medien hatten am Wochenende von der Notwendigkeit eines „Volkskrieges“ gegen die Aufrührer gesprochen.')).toEqual(['Medien']);
    expect(quoteSpeakers('Der Minister Jonas Weber hat gestern in Berlin vor einem „Volkskrieg“ gegen die Opposition gewarnt.')).toEqual(['Jonas Weber']);
  });
});

describe('German: a report tag set off by commas before the quotation', () => {
  it('names the source of the quotation in its clause, past a short setting', () => {
    expect(quoteSpeakers('Jonas Weber sprach im Landtag. Sie solle sich, so Weber, „in Anbetracht des Eingriffs in die Grundrechte vieler Personen“ auf schwere Fälle beschränken.')).toEqual(['Jonas Weber']);
    expect(quoteSpeakers('Das sei, so der Autor Jonas Weber in einem Blogeintrag, „ein Haufen mächtiger Leute“ gewesen.')).toEqual(['Jonas Weber']);
  });
});

describe('German: an extended attribute between the article and the name', () => {
  it('is the name’s description, the name the speaker', () => {
    expect(quoteSpeakers('„Jetzt ist es noch außergewöhnlicher, weil ich mit einer anderen Sängerin auftrete“, schrieb die in Ashton geborene Jana Roe am Montag.')).toEqual(['Jana Roe']);
  });
});

describe('German: a quotation alone in the field before a verb that relays a judgement', () => {
  it('is the words of the subject after the verb', () => {
    expect(quoteSpeakers('Als „unerwartetes Geschenk“ bezeichnet die Forscherin Jana Roe den Fund.')).toEqual(['Jana Roe']);
    expect(quoteSpeakers('„Gesindel“ nannte der Minister Jonas Weber die Jugendlichen in den Vororten.')).toEqual(['Jonas Weber']);
  });
  it('but not a name inside the subject, nor a passive', () => {
    expect(quoteSpeakers('Der Teilchenstrom, der von der Sonne ausgeht, wird als „Sonnenwind“ bezeichnet.')).toEqual([]);
  });
});

describe('German: a field of a view that names a person', () => {
  it('gives that person’s words, a short quotation in lower case among them', () => {
    expect(quoteSpeakers('Für den Minister Jonas Weber ist die Situation in der Stadt „alarmierend“.')).toEqual(['Jonas Weber']);
  });
});

describe('German: "laut" before a quoted name, "hieß es aus" a place or a body', () => {
  it('the quoted name is the source, and no quote of its own', () => {
    expect(quoteSpeakers('Die Oberfläche wird laut „Abendpost“ stärker angepasst, um Entwicklern „die Arbeit zu erleichtern“.')).toEqual(['Abendpost']);
  });
  it('the body after "hieß es aus" is the source', () => {
    expect(quoteSpeakers('„Wir prüfen den Fall noch sehr genau“, hieß es aus dem Ministerium.')).toEqual(['Ministerium']);
  });
});

describe('German: a name in the genitive before an adjective and a role', () => {
  it('is the role’s possessor; the name after the role speaks', () => {
    expect(quoteSpeakers('Roes wissenschaftlicher Mitarbeiter Jonas Weber hat weniger Hemmungen, seine Sympathien zu zeigen: „Wir sind der Meinung, dass die Partei einen legitimen Kampf führt.“')).toEqual(['Jonas Weber']);
  });
});

describe('German: a say-verb in a subordinate clause after the quotation', () => {
  it('is another’s report, not the quotation’s cue', () => {
    const [speaker] = quoteSpeakers('Die Richterin Jana Roe fällte das Urteil. Zwar würde sie dem Angeklagten „persönlich“ eine Bewährung zubilligen, zumal der Verteidiger Max Muster immer wieder betont hatte, der Angeklagte sei reuig.');
    expect(speaker).not.toBe('Max Muster');
  });
});
