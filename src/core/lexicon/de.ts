// German: cue words, titles and pronouns for attributing quotes and claims. Verbs come in their
// third-person present and past forms, the participle with "hat"/"haben", and as separable
// verbs both joined and split ("fügte hinzu", "hinzugefügt"). German quotes open low („…“).
import type { Lexicon } from './types';

const list = (s: string): string[] => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, ' '));

/** present 3sg, present 3pl, past 3sg, past 3pl, participle → every form with its auxiliaries. */
function verb(sg: string, pl: string, past: string, pastPl: string, participle: string): string[] {
  return [sg, pl, past, pastPl, participle, `hat ${participle}`, `haben ${participle}`, `hatte ${participle}`, `hatten ${participle}`];
}

/** A weak verb from its stem ("sag" → sagt, sagen, sagte, sagten, gesagt). */
const weak = (stem: string, participle = `ge${stem}t`): string[] => {
  const e = /[dt]$|[^aeioulr]n$/.test(stem) ? 'e' : '';
  return verb(`${stem}${e}t`, `${stem}${/e[rl]$/.test(stem) ? 'n' : 'en'}`, `${stem}${e}te`, `${stem}${e}ten`, participle);
};

/**
 * A separable verb: its split forms ("teilt mit") and, for the clause with its verb last ("wie
 * die Polizei mitteilte"), the same forms joined ("mitteilt", "mitteilte").
 */
function separable(sg: string, pl: string, past: string, pastPl: string, participle: string): string[] {
  const joined = (form: string): string => {
    const words = form.split(' ');
    return [...words.slice(1, -1), `${words[words.length - 1]}${words[0]}`].join(' ');
  };
  return [...verb(sg, pl, past, pastPl, participle), ...[sg, pl, past, pastPl].map(joined)];
}

/** da(r)-, hier-, wo(r)- with each preposition that forms a pronominal adverb. */
const PRONOMINAL_ADVERBS = ((): string => {
  const consonant = ['bei', 'durch', 'für', 'gegen', 'hinter', 'mit', 'nach', 'neben', 'vor', 'zu', 'zwischen'];
  const vowel = ['an', 'auf', 'aus', 'in', 'über', 'um', 'unter'];
  return [...consonant.flatMap((p) => [`da${p}`, `hier${p}`, `wo${p}`]), ...vowel.flatMap((p) => [`dar${p}`, `hier${p}`, `wor${p}`])].join(', ');
})();

const SPEECH = [
  ...weak('sag'), ...weak('erklär', 'erklärt'), ...verb('betont', 'betonen', 'betonte', 'betonten', 'betont'),
  ...weak('behaupt', 'behauptet'), ...weak('bestätig', 'bestätigt'), ...weak('bericht', 'berichtet'), ...weak('warn', 'gewarnt'),
  ...weak('erzähl', 'erzählt'), ...weak('meld', 'gemeldet'), ...weak('äußer', 'geäußert'), ...weak('kritisier', 'kritisiert'),
  ...weak('erläuter', 'erläutert'), ...weak('versicher', 'versichert'), ...weak('forder', 'gefordert'), ...weak('fürcht', 'gefürchtet'),
  ...weak('bekräftig', 'bekräftigt'), ...weak('mein', 'gemeint'),
  ...weak('glaub', 'geglaubt'), ...weak('twitter', 'getwittert'), ...weak('antwort', 'geantwortet'), ...weak('klag', 'geklagt'),
  ...weak('beklag', 'beklagt'), ...weak('ergänz', 'ergänzt'), ...weak('prophezei', 'prophezeit'), ...weak('mahn', 'gemahnt'),
  ...weak('bezeichn', 'bezeichnet'), ...weak('schilder', 'geschildert'), ...weak('verkünd', 'verkündet'),
  ...weak('argumentier', 'argumentiert'), ...weak('kommentier', 'kommentiert'), ...weak('resümier', 'resümiert'), ...weak('bilanzier', 'bilanziert'),
  ...weak('zitier', 'zitiert'), ...weak('vermut', 'vermutet'),
  ...weak('frag', 'gefragt'), ...weak('jubel', 'gejubelt'), ...weak('spott', 'gespottet'), ...weak('bedauer', 'bedauert'),
  ...weak('verlang', 'verlangt'), ...weak('erinner', 'erinnert'), ...weak('folger', 'gefolgert'), ...weak('schätz', 'geschätzt'),
  ...verb('unterstreicht', 'unterstreichen', 'unterstrich', 'unterstrichen', 'unterstrichen'),
  ...verb('schreibt', 'schreiben', 'schrieb', 'schrieben', 'geschrieben'),
  ...verb('spricht', 'sprechen', 'sprach', 'sprachen', 'gesprochen'),
  ...verb('verspricht', 'versprechen', 'versprach', 'versprachen', 'versprochen'),
  ...verb('widerspricht', 'widersprechen', 'widersprach', 'widersprachen', 'widersprochen'),
  ...verb('rät', 'raten', 'riet', 'rieten', 'geraten'),
  ...verb('ruft', 'rufen', 'rief', 'riefen', 'gerufen'),
  ...verb('beschreibt', 'beschreiben', 'beschrieb', 'beschrieben', 'beschrieben'),
  ...verb('weist', 'weisen', 'wies', 'wiesen', 'gewiesen'),
  ...verb('findet', 'finden', 'fand', 'fanden', 'gefunden'),
  ...verb('denkt', 'denken', 'dachte', 'dachten', 'gedacht'),
  ...verb('nennt', 'nennen', 'nannte', 'nannten', 'genannt'),
  ...verb('gesteht', 'gestehen', 'gestand', 'gestanden', 'gestanden'),
  ...verb('verrät', 'verraten', 'verriet', 'verrieten', 'verraten'),
  ...verb('beteuert', 'beteuern', 'beteuerte', 'beteuerten', 'beteuert'),
  // (The bare participle "geschlossen" is as often "closed" as "concluded": only with its auxiliary.)
  ...verb('schließt', 'schließen', 'schloss', 'schlossen', 'geschlossen').filter((w) => w !== 'geschlossen'),
  ...verb('bekennt', 'bekennen', 'bekannte', 'bekannten', 'bekannt'),
  ...separable('gibt zu', 'geben zu', 'gab zu', 'gaben zu', 'zugegeben'),
  ...separable('fügt hinzu', 'fügen hinzu', 'fügte hinzu', 'fügten hinzu', 'hinzugefügt'),
  ...separable('fügt an', 'fügen an', 'fügte an', 'fügten an', 'angefügt'),
  ...separable('kündigt an', 'kündigen an', 'kündigte an', 'kündigten an', 'angekündigt'),
  ...separable('teilt mit', 'teilen mit', 'teilte mit', 'teilten mit', 'mitgeteilt'),
  ...separable('stellt klar', 'stellen klar', 'stellte klar', 'stellten klar', 'klargestellt'),
  ...separable('räumt ein', 'räumen ein', 'räumte ein', 'räumten ein', 'eingeräumt'),
  ...separable('gibt an', 'geben an', 'gab an', 'gaben an', 'angegeben'),
  ...separable('führt aus', 'führen aus', 'führte aus', 'führten aus', 'ausgeführt'),
  ...separable('weist darauf hin', 'weisen darauf hin', 'wies darauf hin', 'wiesen darauf hin', 'darauf hingewiesen'),
  ...separable('sagt voraus', 'sagen voraus', 'sagte voraus', 'sagten voraus', 'vorausgesagt'),
  ...separable('stellt fest', 'stellen fest', 'stellte fest', 'stellten fest', 'festgestellt'),
  ...separable('hebt hervor', 'heben hervor', 'hob hervor', 'hoben hervor', 'hervorgehoben'),
  ...separable('gibt bekannt', 'geben bekannt', 'gab bekannt', 'gaben bekannt', 'bekanntgegeben'), 'bekannt gegeben',
  ...separable('geht davon aus', 'gehen davon aus', 'ging davon aus', 'gingen davon aus', 'davon ausgegangen'),
  ...weak('befürcht', 'befürchtet'), ...weak('hoff', 'gehofft'), ...weak('dementier', 'dementiert'),
  ...verb('bestreitet', 'bestreiten', 'bestritt', 'bestritten', 'bestritten'),
  ...verb('gibt zu bedenken', 'geben zu bedenken', 'gab zu bedenken', 'gaben zu bedenken', 'zu bedenken gegeben'),
  ...verb('zeigt sich', 'zeigen sich', 'zeigte sich', 'zeigten sich', 'gezeigt'),
  // Reflexive: the pronoun after the verb is no subject ("äußerte sich der Minister").
  ...verb('äußert sich', 'äußern sich', 'äußerte sich', 'äußerten sich', 'geäußert'),
  ...verb('ist überzeugt', 'sind überzeugt', 'war überzeugt', 'waren überzeugt', 'überzeugt'),
  ...weak('erwider', 'erwidert'), ...weak('entgegn', 'entgegnet'), ...weak('konter', 'gekontert'), ...weak('bemerk', 'bemerkt'),
  ...weak('monier', 'moniert'), ...weak('konstatier', 'konstatiert'), ...weak('präzisier', 'präzisiert'), ...weak('begründ', 'begründet'),
  ...weak('urteil', 'geurteilt'), ...weak('wiederhol', 'wiederholt'), ...weak('beton', 'betont'), ...weak('unterstreich', 'unterstrichen'),
  ...separable('merkt an', 'merken an', 'merkte an', 'merkten an', 'angemerkt'),
  ...separable('lässt verlauten', 'lassen verlauten', 'ließ verlauten', 'ließen verlauten', 'verlauten lassen'),
  ...separable('gibt zu bedenken', 'geben zu bedenken', 'gab zu bedenken', 'gaben zu bedenken', 'zu bedenken gegeben'),
  'heißt es', 'hieß es', 'hieß es in', 'heißt es in', 'heißt es dazu in', 'hieß es dazu in', 'heißt es weiter in', 'hieß es weiter in',
  'heißt es auch in', 'hieß es auch in', 'heißt es darin', 'hieß es darin', 'heißt es auf', 'hieß es auf', 'heißt es im', 'hieß es im',
  'heißt es aus', 'hieß es aus', 'geheißen',
  'spricht aus', 'sprechen aus', 'sprach aus', 'sprachen aus', 'hat ausgesprochen', 'hatte ausgesprochen',
  'nimmt stellung', 'nehmen stellung', 'nahm stellung', 'nahmen stellung', 'wird zitiert', 'wurde zitiert', 'zitiert wird',
];

/** The impersonal "heißt es" family: its source is the document beside it. */
const DOCUMENT_CUES = list(`heißt es, hieß es, hieß es in, heißt es in, heißt es dazu in, hieß es dazu in, heißt es weiter in,
  hieß es weiter in, heißt es auch in, hieß es auch in, heißt es auf, hieß es auf, heißt es im, hieß es im, heißt es aus,
  hieß es aus, geheißen`);

const TITLES = list(`präsident, präsidentin, bundespräsident, bundespräsidentin, vizepräsident, vizepräsidentin, kanzler, kanzlerin,
    bundeskanzler, bundeskanzlerin, minister, ministerin, bundesminister, bundesministerin, außenminister, außenministerin,
    innenminister, innenministerin, finanzminister, finanzministerin, verteidigungsminister, verteidigungsministerin,
    gesundheitsminister, gesundheitsministerin, wirtschaftsminister, wirtschaftsministerin, justizminister, justizministerin,
    ministerpräsident, ministerpräsidentin, regierungssprecher, regierungssprecherin, sprecher, sprecherin, pressesprecher,
    pressesprecherin, staatssekretär, staatssekretärin, abgeordneter, abgeordnete, bundestagsabgeordneter, bundestagsabgeordnete,
    senator, senatorin, bürgermeister, bürgermeisterin, oberbürgermeister, oberbürgermeisterin, landrat, landrätin,
    vorsitzender, vorsitzende, parteichef, parteichefin, fraktionschef, fraktionschefin, chef, chefin, leiter, leiterin,
    direktor, direktorin, geschäftsführer, geschäftsführerin, vorstandschef, vorstandschefin, vorstand, gründer, gründerin,
    botschafter, botschafterin, diplomat, diplomatin, gesandter, vertreter, vertreterin, beauftragter, beauftragte,
    staatsanwalt, staatsanwältin, oberstaatsanwalt, richter, richterin, anwalt, anwältin, rechtsanwalt, rechtsanwältin,
    verteidiger, verteidigerin, general, generalin, oberst, kommandeur, admiral, könig, königin, prinz, prinzessin, papst,
    bischof, bischöfin, kardinal, pfarrer, pfarrerin, kandidat, kandidatin, spitzenkandidat, spitzenkandidatin, politiker,
    politikerin, aktivist, aktivistin, gewerkschafter, professor, professorin, forscher, forscherin, wissenschaftler,
    wissenschaftlerin, ökonom, ökonomin, analyst, analystin, experte, expertin, politologe, politologin, soziologe, soziologin,
    historiker, historikerin, arzt, ärztin, virologe, virologin, epidemiologe, epidemiologin, autor, autorin, schriftsteller,
    schriftstellerin, journalist, journalistin, korrespondent, korrespondentin, redakteur, redakteurin, trainer, trainerin,
    nationaltrainer, bundestrainer, spieler, spielerin, stürmer, stürmerin, kapitän, kapitänin, torwart, manager, managerin,
    sportdirektor, zeuge, zeugin, opfer, augenzeuge, augenzeugin, einwohner, einwohnerin, anwohner, anwohnerin, student,
    studentin, lehrer, lehrerin, generalsekretär, generalsekretärin, eu-kommissar, eu-kommissarin, kommissar, kommissarin,
    polizeisprecher, polizeisprecherin, polizeichef, polizeipräsident, polizeipräsidentin, ministeriumssprecher,
    ministeriumssprecherin, konzernchef, konzernchefin, unternehmenssprecher, unternehmenssprecherin, beamter, beamtin,
    beamte, mitarbeiter, mitarbeiterin, insider, informant, informantin, vertrauter, vertraute, funktionär, funktionärin`);

/** A title in its other cases: genitive "-s"/"-es" and weak "-en"/"-n" ("des Kanzlers", "dem Präsidenten"). */
const titleCases = (t: string): string[] => {
  if (/in$/.test(t)) return [t, `${t}nen`];
  if (/e$/.test(t)) return [t, `${t}n`];
  if (/(ent|ant|at|ist|ot|og|oge|e)$/.test(t)) return [t, `${t}en`];
  return [t, /[sßxz]$/.test(t) ? `${t}es` : `${t}s`];
};

export const de: Lexicon = {
  lang: 'de',
  speechVerbs: [...new Set(SPEECH)],
  weakCues: list(`findet, finden, fand, fanden, gefunden, denkt, denken, dachte, glaubt, glauben, glaubte, meint, meinen, meinte,
    nennt, nennen, nannte, bezeichnet, bezeichnete, beschreibt, beschrieb, fragt, fragte, fragten, zeigt sich, zeigte sich`),
  bareComplementVerbs: list(`sagt, sagte, sagen, sagten, erklärt, erklärte, betont, betonte, meint, meinte, glaubt, glaubte,
    behauptet, behauptete, findet, fand, schreibt, schrieb, warnt, warnte, räumt ein, räumte ein, gibt zu, gab zu`),
  accordingTo: list(`laut, nach angaben von, nach angaben, nach ansicht von, nach auffassung von, nach worten von, gemäß,
    unter berufung auf, nach einschätzung von, nach informationen von, nach informationen`),
  claimNouns: list(`behauptung, behauptungen, vorwurf, vorwürfe, vorwürfen, aussage, aussagen, äußerung, äußerungen, warnung,
    warnungen, ankündigung, erklärung, einschätzung, prognose, prognosen, befürchtung, befürchtungen, gerüchte, gerüchten, spekulation,
    spekulationen, versprechen, zusage, zusicherung, forderung, argument, bericht, berichte, berichten, angaben, verdacht, vermutung`),
  complementizers: ['dass', 'daß', 'ob'],
  pronouns: {
    male: ['er', 'ihm', 'ihn', 'sein', 'seine', 'seiner', 'seinen', 'seinem', 'seines', 'dieser'],
    female: ['sie', 'ihr', 'ihre', 'ihrer', 'ihren', 'ihrem', 'diese'],
    plural: ['sie', 'ihnen', 'wir', 'uns'],
    neuter: ['es', 'das', 'dies'],
    relative: ['der', 'die', 'das', 'den', 'dem', 'dessen', 'deren', 'welcher', 'welche', 'welches'],
  },
  titles: [...new Set([...TITLES.flatMap(titleCases), 'prof.', 'dr.'])],
  honorifics: ['herr', 'frau', 'dr.', 'prof.', 'dr', 'prof'],
  abbreviations: list(`dr., prof., hr., fr., st., bzw., ca., etc., evtl., ggf., inkl., usw., z.b., u.a., d.h., v.a., s.o.,
    nr., str., mio., mrd., jan., feb., febr., aug., sept., okt., nov., dez., jh., jhd., bspw., vgl., sog., abs., art., tel.`),
  anonymous: {
    markers: list(`quellen, quelle, informanten, informant, insider, kreise, kreisen, umfeld, aus dem umfeld, nicht namentlich
      genannt, nicht genannt werden wollte, der nicht genannt werden wollte, die nicht genannt werden wollte, anonym, anonymen,
      anonymer, ungenannt, ungenannte, ungenannter, vertraut, mit der sache vertraut, mit den plänen vertraut, eingeweihte,
      eingeweihter, ein sprecher, eine sprecherin, ein beamter, eine beamtin, beamte, diplomaten, ein diplomat, regierungskreise,
      regierungskreisen, sicherheitskreise, sicherheitskreisen, experten, beobachter, kritiker, einige, viele, manche, andere`),
    heads: list(`quelle, quellen, informant, informanten, insider, kreise, kreisen, umfeld, beamte, beamter, beamtin, diplomat,
      diplomaten, eingeweihte, eingeweihter, experten, beobachter, kritiker, regierungskreise, regierungskreisen, sicherheitskreise,
      sicherheitskreisen, person, personen, jemand, zeugen, sprecher, sprecherin, mitglied, mitglieder, mitgliedern`),
  },
  organizationHeads: list(`regierung, bundesregierung, ministerium, bundesministerium, außenministerium, innenministerium, amt,
    auswärtiges, behörde, behörden, agentur, partei, fraktion, kommission, ausschuss, rat, parlament, bundestag, bundesrat,
    landtag, senat, gericht, bundesverfassungsgericht, polizei, bundeswehr, armee, militär, staatsanwaltschaft, unternehmen,
    konzern, firma, bank, gruppe, organisation, verband, verein, gewerkschaft, institut, institution, universität, stiftung,
    zentrum, behörde, dienst, zeitung, magazin, sender, rundfunk, agentur, nachrichtenagentur, portal, website, blatt, medien,
    presse, studie, umfrage, bericht, mitteilung, pressemitteilung, erklärung, kreml, weißes, haus, kanzleramt, rathaus,
    botschaft, team, klub, club, verein, liga, bund, union, nato, uno, un, eu, labor, forscher, wissenschaftler`),
  stopwords: list(`der, die, das, den, dem, des, ein, eine, einer, eines, einem, einen, und, oder, aber, doch, sondern, denn,
    wenn, als, weil, da, ob, dass, daß, wie, so, in, im, ins, an, am, ans, auf, aus, bei, beim, mit, nach, von, vom, vor, zu,
    zum, zur, über, unter, durch, für, gegen, ohne, um, seit, bis, während, wegen, trotz, dies, diese, dieser, dieses, diesem,
    diesen, jene, jener, es, er, sie, wir, ihr, ich, du, man, sein, seine, ihre, unser, nicht, kein, keine, auch, noch, schon,
    nur, sehr, dann, hier, dort, jetzt, heute, gestern, morgen, nun, zudem, außerdem, jedoch, allerdings, trotzdem, dennoch,
    montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonntag, januar, februar, märz, april, mai, juni, juli, august,
    september, oktober, november, dezember, laut, zufolge, alle, viele, einige, manche, jeder, jede, jedes, was, wer, wo, warum,
    gegenüber, angesichts, aufgrund, innerhalb, außerhalb, neben, zwischen, hinter, infolge, bezüglich, hinsichtlich, anlässlich,
    entgegen, statt, anstatt, mittels, seitens`),
  clauseBreaks: list(`dessen, deren, welcher, welche, welches, wo, als, wenn, weil, da, während, nachdem,
    bevor, und, aber, doch, sondern, denn, sagte, sagt, schrieb, jedoch, allerdings, seinerseits, ihrerseits`),
  relayVerbs: list(`sprach von, spricht von, sprachen von, bezeichnete, bezeichnet, nannte, nennt, kritisierte, kritisiert,
    lobte, lobt, begrüßte, begrüßt, verurteilte, verurteilt, forderte, fordert, rief auf, ruft auf, rief zu, warnte vor,
    warnt vor, wies zurück, weist zurück, verwies auf, verweist auf, plädierte für, plädiert für, kündigte an,
    sprechen von, attackierte, attackiert, würdigte, würdigt, gewürdigt, bemängelte, bemängelt,
    wertete, wertet, gewertet, beurteilte, beurteilt, zurückgewiesen, charakterisierte, charakterisiert, warf vor, wirft vor,
    rechtfertigte, rechtfertigt, empfahl, empfiehlt, sieht, sah, sehen, prangerte an, prangerten an, prangert an,
    rechnet mit, rechnen mit, rechnete mit, rechneten mit, betrachtete, betrachtet, unterstellte, unterstellt, attestierte,
    attestiert, stufte ein, stuft ein, eingestuft`),
  adjectiveLikeCues: { words: ['bekannt'], copula: list(`ist, sind, war, waren, sei, seien, wäre, wären, gewesen, sein`) },
  verbModifiers: list(`hat, haben, hatte, hatten, ist, sind, war, waren, wird, werden, wurde, wurden, würde, würden, habe, sei,
    seien, könne, könnte, solle, sollte, müsse, auch, noch, schon, bereits, dann, später, zuvor, zuletzt, erneut, wieder,
    nochmals, mehrfach, öffentlich, ausdrücklich, deutlich, nicht, nie, immer, gestern, heute, am, montag, dienstag, mittwoch,
    donnerstag, freitag, samstag, sonntag, zudem, außerdem, ebenfalls, selbst, dabei, damals, jetzt, nun, offen, klar,
    weiter, ferner, daraufhin, deshalb, daher, gleichzeitig, ebenso, anschließend, abschließend, inzwischen, mittlerweile,
    unterdessen, derweil, indes`),
  parentheticals: list(`seinerseits, ihrerseits, hingegen, dagegen, jedoch, allerdings, indes, außerdem, zudem, ebenfalls,
    am montag, am dienstag, am mittwoch, am donnerstag, am freitag, am samstag, am sonntag, gestern, heute, in einer erklärung,
    in einem interview, in einer mitteilung, auf twitter, auf anfrage, auf nachfrage, im gespräch, natürlich, tatsächlich`),
  nameParticles: ['von', 'van', 'der', 'den', 'zu', 'vom', 'zur', 'de', 'di', 'da', 'ter', 'ten', 'al', 'el', 'bin', 'ibn'],
  asWords: ['als', 'mit den worten'],
  determiners: list(`der, die, das, den, dem, des, ein, eine, einer, eines, einem, einen, sein, seine, seiner, seinen, seinem,
    seines, ihr, ihre, ihrer, ihren, ihrem, ihres, unser, unsere, dieser, diese, dieses, diesen, diesem, jene, jener, kein,
    keine, keinen, solche, solchen, neue, neuen, neuer, jüngste, jüngsten, frühere, früheren, mehrere, einige, manche, viele`),
  indefinites: ['ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'einige', 'mehrere', 'manche', 'zwei', 'drei', 'viele'],
  quotes: [['„', '“'], ['‚', '‘'], ['»', '«'], ['›', '‹']],
  addresseeVerbs: list(`sagte, sagt, erklärte, erklärt, versicherte, versichert, erzählte, erzählt, teilte mit, berichtete`),
  notClauseStart: list(`dem, der, den, zu, zum, zur, mit, von, vom, für, über, auf, an, am, im, in, bei, beim, nach, aus, und,
    oder, aber, ihm, ihr, ihnen, nichts, etwas, alles, danke, ja, nein, auch, noch, dann, dazu, darüber, dabei`),
  conjunctions: ['aber', 'und', 'doch', 'denn', 'sondern'],
  contentEnders: list(`obwohl, während, wobei, was, der, die, das, welche, welcher`),
  cueAdjuncts: list(`am montag, am dienstag, am mittwoch, am donnerstag, am freitag, am samstag, am sonntag, gestern, heute,
    am abend, am morgen, am vormittag, am nachmittag, in einer erklärung, in einer mitteilung, in einem interview,
    in einer pressekonferenz, auf einer pressekonferenz, auf twitter, auf x, auf anfrage, auf nachfrage, im gespräch mit,
    der zeitung, dem sender, der nachrichtenagentur, vor journalisten, im bundestag, in berlin, zuvor, später, erneut`),
  accordingToAfter: ['zufolge'],
  quoteTagCues: ['so'],
  capitalisedNouns: true,
  closedCompounds: true,
  nounInflections: ['n', 'en', 'e', 'es', 's', 'nen'],
  commaBeforeComplementizer: true,
  dateWords: list(`januar, jänner, februar, märz, april, mai, juni, juli, august, september, oktober, november, dezember, montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonnabend, sonntag, heute, gestern, morgen, vorgestern, übermorgen, abend, abends, nachmittag, vormittag, nacht, woche, wochenende, monat, jahr, jahren, jahres, tag, tage, tagen, tages, stunde, stunden, minuten, uhr, jahrhundert, jahrzehnt, frühjahr, frühling, sommer, herbst, winter, anfang, ende, mitte, letzten, vergangenen, kommenden, nächsten, zuvor, später, bisher, seither`),
  pageStrings: list(`video abspielen, mehr lesen, weiterlesen, anzeige, werbung, teilen, artikel teilen, hier klicken, abonnieren, anmelden, mehr zum thema, foto, bild, bildunterschrift, schließen, menü`),
  locatives: list(`in, im, aus, nach, bei, von, vom, zu, zum, zur`),
  coordinators: ['und'],
  documentHeads: list(`bericht, berichte, berichten, erklärung, mitteilung, pressemitteilung, studie, studien, umfrage, brief, schreiben, dokument, dokumente, urteil, beschluss, entscheidung, gutachten, analyse, zeitung, meldung, meldungen, agenturmeldung, agenturmeldungen, angaben, informationen, stellungnahme, kommuniqué, resolution, gesetz, gesetzentwurf, verfassung, untersuchung, aussage, aussagen, protokoll, webseite, website, internetseite, papier`),
  // Pronominal adverbs (da-, dar-, hier-, wo-, wor- with a preposition: "Darin steht …") stand for a thing, never for a speaker.
  connectives: list(`${PRONOMINAL_ADVERBS}, ähnlich, genauso, gleichfalls, unterdessen, inzwischen, zwar, jedoch, allerdings, aber, doch, dennoch, trotzdem, außerdem, zudem, ferner, darüber, daher, deshalb, deswegen, somit, damit, also, so, nun, jetzt, dann, danach, davor, zuvor, bisher, bislang, weiter, weiterhin, ebenfalls, ebenso, auch, noch, schon, bereits, erst, erstmals, zunächst, schließlich, endlich, vielleicht, möglicherweise, wahrscheinlich, offenbar, offensichtlich, angeblich, aktuell, derzeit, momentan, gegenwärtig, heute, gestern, später, früher, dort, hier, da, dazu, dafür, dagegen, darauf, daraufhin, hingegen, indes, indessen, insgesamt, immerhin, jedenfalls, eigentlich, tatsächlich, gleichzeitig, zugleich, demnach, demzufolge, folglich, ursprünglich, anschließend, vorher, nachher, kürzlich, jüngst, vorerst, sogar, nur, einst, mittlerweile, wie, was, warum, wo, wann, ob, wenn, als, weil, da, obwohl, nachdem, bevor, während, seit, sich, haben, sein, werden, dies, diese, dieser, dieses`),
  adverbEndings: ['lich', 'ig', 'weise'],
  // ("Jones’ Buch"; and "Merkel's", written so in quotations and names.)
  possessive: { endings: ["'s", '’s'], marks: ["'", '’'], after: ['s'] },
  abstractNounEndings: ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'nis', 'nisse', 'ium', 'ismus', 'sicht'],
  personEndings: ['er', 'erin', 'erinnen', 'ist', 'istin', 'isten', 'ent', 'enten', 'entin', 'ant', 'anten'],
  firstPerson: ['ich', 'mich', 'mir'],
  bylinePrefixes: ['von'],
  verbSecond: true,
  agentPrepositions: ['von', 'vom'],
  verbSecondFrame: {
    obliqueDeterminers: list(`den, dem, des, einen, einem, eines, seinen, seinem, seines, ihren, ihrem, ihres, diesen, diesem,
      keinen, keinem, jenen, jenem, unseren, unserem, allen, vielen, beim, zum, vom, im, am`),
    adverbEndings: ['end', 'weise'],
    reflexives: ['sich'],
    ofWords: ['von'],
    opinionLinks: ['für'],
    verdictNouns: ['fazit', 'bilanz', 'antwort', 'reaktion', 'kommentar', 'urteil', 'einschätzung', 'schlussfolgerung'],
    genitiveEndings: ['s'],
    attributiveEndings: ['er', 'es', 'e'],
    notAttributiveEndings: ['te'],
  },
  // Konjunktiv I of sein, haben, werden, the modals and common verbs (3rd person: the forms that
  // differ from the indicative); then the Konjunktiv II that reported speech uses where the
  // Konjunktiv I would read as indicative ("sie hätten", "sie würden"), which is also the
  // reporter's own conditional, and "soll", which reports hearsay as often as it states a plan.
  reportedVerbForms: list(`sei, seien, habe, werde, könne, müsse, solle, wolle, dürfe, möge, wisse, gebe, gehe, komme,
    stehe, liege, bleibe, gelte, handle, handele, lasse, sehe, halte, brauche, fehle, trage, zeige, mache, plane, arbeite,
    erwarte, bestehe, befinde, verfüge, stamme, drohe, führe, laufe, denke, glaube, wünsche, fordere, rechne, hoffe,
    beabsichtige, lehne, bedeute, diene, erfolge, entspreche, betreffe, spreche, treffe, nehme, helfe, finde, bringe, kenne`),
  reportedVerbFormsAfterReport: list(`soll, sollen, wäre, wären, hätte, hätten, würde, würden, könnte, könnten, müsste, müssten, dürfte,
    dürften, gäbe, käme, kämen`),
  reportedVerbEndings: ['e'],
  reportedVerbIndicativeWith: ['ich'],
  // "Der Täter soll das Haus betreten haben": "soll" with a perfect infinitive reports hearsay.
  hearsayModals: ['soll', 'sollen'],
  perfectAuxiliaries: ['haben', 'sein'],
  subordinators: list(`als, wenn, weil, da, während, nachdem, bevor, falls, sofern, soweit, obwohl, obgleich, damit, indem,
    sobald, solange, seit, seitdem, bis, wo, wie, ob, dass, daß, um, ohne, statt, anstatt, zumal`),
  accordingAnaphors: ['demnach'],
  reportRelatives: ['wonach'],
  infinitiveMarkers: ['zu'],
  genitiveDeterminers: ['des', 'der', 'eines', 'einer', 'dieses', 'dieser', 'seines', 'seiner', 'ihres', 'ihrer'],
  accordingInsideClause: true,
  reportParentheticals: ['wie'],
  accordingNouns: list(`angaben, angabe, meinung, ansicht, ansichten, auffassung, aussage, aussagen, informationen, berichten,
    einschätzung, einschätzungen, schätzung, schätzungen, erkenntnissen, erkenntnisstand, darstellung, worten, vernehmen,
    überzeugung, studie, umfrage, hochrechnung, hochrechnungen, prognose, prognosen, auskunft, bekunden, meldungen,
    stellungnahme, analyse, planungen, erfahrungen, bericht`),
  accordingNounLinks: ['nach'],
  documentCues: DOCUMENT_CUES,
  titleCues: list(`sogenannte, sogenannten, sogenannter, sogenanntes, genannte, genannten, genannter, genanntes, titel, motto, namens`),
  attributeEndings: ['ende', 'enden', 'ender', 'endes', 'ene', 'enen', 'ener', 'enes'],
};
