// Spanish: cue words, titles and pronouns for attributing quotes and claims. Verbs come in the
// third person of the present, preterite and imperfect, the perfect with "ha"/"han", and the
// gerund; Spanish quotes are «…» or “…”, and reported speech often follows the quote inverted
// ("—…—, dijo el ministro").
import type { Lexicon } from './types';

const list = (s: string): string[] => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, ' '));

/** present 3sg/3pl, preterite 3sg/3pl, imperfect 3sg, participle, gerund → forms with auxiliaries. */
function verb(sg: string, pl: string, past: string, pastPl: string, imperfect: string, participle: string, gerund: string): string[] {
  return [sg, pl, past, pastPl, imperfect, `${imperfect}n`, participle, gerund,
    `ha ${participle}`, `han ${participle}`, `había ${participle}`, `habían ${participle}`, `habría ${participle}`];
}

/** A regular -ar verb from its stem ("afirm" → afirma, afirman, afirmó, afirmaron, afirmaba, afirmado, afirmando). */
const ar = (stem: string, pastStem = stem): string[] =>
  verb(`${stem}a`, `${stem}an`, `${pastStem}ó`, `${stem}aron`, `${stem}aba`, `${stem}ado`, `${stem}ando`);
/** A regular -er/-ir verb from its stem ("respond" → responde, responden, respondió, …). */
const er = (stem: string): string[] =>
  verb(`${stem}e`, `${stem}en`, `${stem}ió`, `${stem}ieron`, `${stem}ía`, `${stem}ido`, `${stem}iendo`);

const SPEECH = [
  ...ar('afirm'), ...ar('explic'), ...ar('señal'), ...ar('declar'), ...ar('asegur'), ...ar('indic'),
  ...ar('agreg'), ...ar('destac'), ...ar('subray'), ...ar('recalc'),
  ...ar('comunic'), ...ar('anunci'), ...ar('confirm'), ...ar('denunci'), ...ar('critic'),
  ...ar('alert'), ...ar('apunt'), ...ar('pregunt'), ...ar('cuestion'), ...ar('lament'),
  ...ar('manifest'), ...ar('precis'), ...ar('relat'), ...ar('asever'), ...ar('consider'), ...ar('estim'),
  ...ar('calific'), ...ar('recalc'), ...ar('remarc'), ...ar('reiter'), ...ar('tuite'), ...ar('public'), ...ar('aclar'),
  ...ar('expres'), ...ar('argument'), ...ar('exclam'), ...ar('acus'), ...ar('jur'), ...ar('grit'),
  ...ar('valor'), ...ar('opin'), ...ar('apost'), ...ar('resalt'), ...ar('enfatiz', 'enfatiz'),
  ...ar('reclam'), ...ar('detall'), ...ar('reproch'), ...ar('pronostic'),
  ...er('respond'), ...er('añad'), ...er('admit'), ...er('insist'),
  ...ar('coment'),
  ...verb('escribe', 'escriben', 'escribió', 'escribieron', 'escribía', 'escrito', 'escribiendo'),
  ...verb('defiende', 'defienden', 'defendió', 'defendieron', 'defendía', 'defendido', 'defendiendo'),
  ...verb('dice', 'dicen', 'dijo', 'dijeron', 'decía', 'dicho', 'diciendo'),
  ...verb('reconoce', 'reconocen', 'reconoció', 'reconocieron', 'reconocía', 'reconocido', 'reconociendo'),
  ...verb('sostiene', 'sostienen', 'sostuvo', 'sostuvieron', 'sostenía', 'sostenido', 'sosteniendo'),
  ...verb('mantiene', 'mantienen', 'mantuvo', 'mantuvieron', 'mantenía', 'mantenido', 'manteniendo'),
  ...verb('advierte', 'advierten', 'advirtió', 'advirtieron', 'advertía', 'advertido', 'advirtiendo'),
  ...verb('sugiere', 'sugieren', 'sugirió', 'sugirieron', 'sugería', 'sugerido', 'sugiriendo'),
  ...verb('cuenta', 'cuentan', 'contó', 'contaron', 'contaba', 'contado', 'contando'),
  ...verb('recuerda', 'recuerdan', 'recordó', 'recordaron', 'recordaba', 'recordado', 'recordando'),
  ...verb('piensa', 'piensan', 'pensó', 'pensaron', 'pensaba', 'pensado', 'pensando'),
  ...verb('cree', 'creen', 'creyó', 'creyeron', 'creía', 'creído', 'creyendo'),
  ...verb('concluye', 'concluyen', 'concluyó', 'concluyeron', 'concluía', 'concluido', 'concluyendo'),
  ...verb('promete', 'prometen', 'prometió', 'prometieron', 'prometía', 'prometido', 'prometiendo'),
  ...verb('niega', 'niegan', 'negó', 'negaron', 'negaba', 'negado', 'negando'),
  ...verb('prosigue', 'prosiguen', 'prosiguió', 'prosiguieron', 'proseguía', 'proseguido', 'prosiguiendo'),
  ...verb('sentencia', 'sentencian', 'sentenció', 'sentenciaron', 'sentenciaba', 'sentenciado', 'sentenciando'),
  ...verb('refiere', 'refieren', 'refirió', 'refirieron', 'refería', 'referido', 'refiriendo'),
  ...verb('expone', 'exponen', 'expuso', 'expusieron', 'exponía', 'expuesto', 'exponiendo'),
  ...verb('predice', 'predicen', 'predijo', 'predijeron', 'predecía', 'predicho', 'prediciendo'),
  ...verb('contradice', 'contradicen', 'contradijo', 'contradijeron', 'contradecía', 'contradicho', 'contradiciendo'),
  'se preguntó', 'se pregunta', 'se quejó', 'se queja', 'se lamentó', 'se lamenta', 'dio a conocer', 'dieron a conocer',
  'puso de relieve', 'hizo hincapié', 'hizo saber', 'ha hecho saber', 'llamó la atención',
];

export const es: Lexicon = {
  lang: 'es',
  speechVerbs: [...new Set(SPEECH)],
  weakCues: list(`piensa, piensan, pensó, cree, creen, creyó, considera, consideran, consideró, califica, calificó, pregunta,
    preguntó, se preguntó, cuestiona, cuestionó, acusa, acusó, valora, valoró, opina, opinó, estima, estimó`),
  bareComplementVerbs: list(`dice, dijo, dicen, dijeron, afirma, afirmó, asegura, aseguró, cree, creyó, piensa, pensó,
    considera, consideró, estima, estimó, señala, señaló, sostiene, sostuvo, reconoce, reconoció, admite, admitió`),
  accordingTo: list(`según, de acuerdo con, a juicio de, en palabras de, a decir de, citando, citado por, citada por,
    según fuentes de, en opinión de, en declaraciones a`),
  claimNouns: list(`afirmación, afirmaciones, acusación, acusaciones, alegación, alegaciones, declaración, declaraciones,
    denuncia, denuncias, rumor, rumores, advertencia, advertencias, promesa, promesas, anuncio, sospecha, sospechas, temor,
    temores, argumento, argumentos, estimación, estimaciones, predicción, versión, tesis, idea`),
  complementizers: ['que'],
  pronouns: {
    male: ['él', 'este', 'éste', 'aquel', 'aquél'],
    female: ['ella', 'esta', 'ésta', 'aquella', 'aquélla'],
    plural: ['ellos', 'ellas', 'nosotros', 'nosotras', 'estos', 'estas'],
    neuter: ['ello', 'esto', 'eso'],
    relative: ['que', 'quien', 'quienes', 'cual', 'cuales', 'cuyo', 'cuya'],
  },
  titles: list(`presidente, presidenta, vicepresidente, vicepresidenta, primer ministro, primera ministra, ministro, ministra,
    canciller, secretario, secretaria, secretario general, secretaria general, subsecretario, subsecretaria, portavoz, vocero,
    vocera, diputado, diputada, senador, senadora, congresista, alcalde, alcaldesa, concejal, concejala, gobernador, gobernadora,
    consejero, consejera, director, directora, director general, directora general, jefe, jefa, líder, dirigente, responsable,
    coordinador, coordinadora, fundador, fundadora, cofundador, embajador, embajadora, diplomático, diplomática, enviado,
    enviada, representante, delegado, delegada, comisario, comisaria, fiscal, juez, jueza, magistrado, magistrada, abogado,
    abogada, general, coronel, capitán, comandante, almirante, rey, reina, príncipe, princesa, papa, obispo, arzobispo, cardenal,
    sacerdote, candidato, candidata, activista, sindicalista, profesor, profesora, catedrático, catedrática, investigador,
    investigadora, científico, científica, economista, analista, experto, experta, especialista, politólogo, politóloga,
    sociólogo, socióloga, historiador, historiadora, médico, médica, doctor, doctora, epidemiólogo, epidemióloga, escritor,
    escritora, autor, autora, periodista, columnista, corresponsal, editor, editora, entrenador, entrenadora, seleccionador,
    técnico, jugador, jugadora, delantero, delantera, portero, guardameta, capitán, testigo, víctima, superviviente, vecino,
    vecina, habitante, estudiante, maestro, maestra, consejero delegado, presidente ejecutivo, defensor del pueblo`),
  honorifics: ['sr.', 'sra.', 'srta.', 'dr.', 'dra.', 'don', 'doña', 'd.', 'dña.', 'lic.', 'ing.', 'prof.', 'señor', 'señora'],
  abbreviations: list(`sr., sra., srta., dr., dra., d., dña., lic., ing., prof., arq., gral., cnel., cap., sto., sta., etc.,
    pág., núm., no., vol., ee.uu., ee. uu., aprox., av., avda., tel., ej., p.ej., ene., feb., mar., abr., jun., jul., ago.,
    sept., oct., nov., dic., s.a., cía., dpto., admón.`),
  anonymous: {
    markers: list(`fuentes, fuente, anónimo, anónima, anónimos, bajo condición de anonimato, que pidió no ser identificado,
      que pidió no ser identificada, que prefirió no ser identificado, que pidió el anonimato, cercanas, cercanos, próximas,
      próximos, conocedoras, conocedores, consultadas, consultados, un portavoz, una portavoz, un funcionario, una funcionaria,
      funcionarios, un alto cargo, altos cargos, un diplomático, diplomáticos, expertos, analistas, observadores, críticos,
      algunos, muchos, otros, varios, testigos, allegados, entorno, el entorno`),
    heads: list(`fuente, fuentes, funcionario, funcionarios, funcionaria, cargo, cargos, diplomático, diplomáticos, expertos,
      analistas, observadores, críticos, allegados, entorno, testigos, persona, personas, alguien, portavoz`),
  },
  organizationHeads: list(`banco, instituto, gobierno, oposición, coalición, alianza, ejecutivo, ministerio, cancillería, presidencia, agencia, partido, comisión, comité, consejo,
    parlamento, congreso, senado, asamblea, tribunal, corte, juzgado, fiscalía, policía, guardia, ejército, fuerzas, empresa,
    compañía, firma, banco, grupo, organización, asociación, sindicato, federación, instituto, institución, universidad,
    fundación, centro, junta, ayuntamiento, alcaldía, gobernación, servicio, diario, periódico, revista, cadena, emisora,
    televisión, radio, portal, medio, medios, prensa, estudio, encuesta, informe, comunicado, nota,
    moncloa, embajada, equipo, club, liga, onu, otan, ue, unión, laboratorio, observatorio, defensoría`),
  stopwords: list(`el, la, los, las, lo, un, una, unos, unas, y, e, o, u, pero, sino, ni, si, que, como, cuando, donde, mientras,
    porque, aunque, a, al, ante, bajo, con, contra, de, del, desde, durante, en, entre, hacia, hasta, para, por, sin, sobre,
    tras, este, esta, estos, estas, ese, esa, esos, esas, su, sus, mi, mis, nuestro, nuestra, él, ella, ellos, ellas, yo, tú,
    usted, se, le, les, no, sí, ya, también, tampoco, aún, todavía, muy, más, menos, además, sin embargo, luego, hoy, ayer,
    mañana, lunes, martes, miércoles, jueves, viernes, sábado, domingo, enero, febrero, marzo, abril, mayo, junio, julio,
    agosto, septiembre, setiembre, octubre, noviembre, diciembre, según, todo, todos, toda, todas, cada, algún, alguno,
    alguna, ningún, ninguna, qué, quién, cuál, dónde, cómo, por qué`),
  clauseBreaks: list(`que, quien, quienes, cual, cuyo, cuya, donde, cuando, mientras, porque, aunque, pero, sino, y, e, si,
    como, tras, dijo, dice, por su parte, a su vez, sin embargo, no obstante`),
  relayVerbs: list(`habló de, habla de, hablaron de, se refirió a, se refiere a, calificó de, califica de, criticó, critica,
    elogió, elogia, celebró, celebra, condenó, condena, rechazó, rechaza, pidió, pide, reclamó, reclama, exigió, exige,
    instó a, insta a, abogó por, aboga por, apeló a, arremetió contra, arremete contra, cargó contra, carga contra`),
  verbModifiers: list(`ha, han, había, habían, habría, es, son, fue, fueron, era, eran, será, sería, también, además, luego,
    después, ya, aún, todavía, nuevamente, otra vez, de nuevo, no, nunca, siempre, públicamente, claramente, hoy, ayer, este,
    lunes, martes, miércoles, jueves, viernes, sábado, domingo, incluso, asimismo, recientemente, entonces, posteriormente, le, les, se`),
  parentheticals: list(`por su parte, a su vez, sin embargo, no obstante, además, asimismo, en cambio, por otro lado, por otra
    parte, en un comunicado, en una entrevista, en declaraciones, en rueda de prensa, en su cuenta de twitter, el lunes, el
    martes, el miércoles, el jueves, el viernes, el sábado, el domingo, ayer, hoy, también, incluso, en efecto, por cierto`),
  nameParticles: ['de', 'del', 'de la', 'la', 'las', 'los', 'y', 'da', 'van', 'von', 'di', 'al', 'el', 'bin'],
  asWords: ['como'],
  determiners: list(`el, la, los, las, un, una, unos, unas, su, sus, este, esta, estos, estas, ese, esa, esos, esas, aquel,
    aquella, mi, mis, nuestro, nuestra, nuestros, nuestras, tu, tus, dichas, dichos, dicha, dicho, nueva, nuevas, nuevo, nuevos,
    últimas, últimos, última, último, varias, varios, algunas, algunos, ciertas, ciertos, falsas, falsos`),
  indefinites: ['un', 'una', 'unos', 'unas', 'algún', 'alguna', 'algunos', 'algunas', 'varios', 'varias', 'otro', 'otra', 'dos', 'tres'],
  quotes: [['«', '»'], ['“', '”'], ['‘', '’']],
  addresseeVerbs: list(`dijo a, contó a, explicó a, aseguró a, afirmó a, declaró a, le dijo a, les dijo a, indicó a, señaló a`),
  notClauseStart: list(`de, a, al, en, con, por, para, sin, sobre, hacia, desde, contra, durante, y, e, o, u, pero, ni, le, les,
    lo, la, nada, algo, todo, sí, no, gracias, también, además, luego, entonces, eso, esto`),
  conjunctions: ['pero', 'y', 'e', 'sino', 'aunque'],
  contentEnders: list(`aunque, mientras que, si bien, lo que, el cual, la cual, quien, quienes`),
  cueAdjuncts: list(`el lunes, el martes, el miércoles, el jueves, el viernes, el sábado, el domingo, ayer, hoy, este lunes,
    este martes, este miércoles, este jueves, este viernes, este sábado, este domingo, en un comunicado, en una entrevista,
    en rueda de prensa, en una rueda de prensa, en declaraciones a, en su cuenta de x, en su cuenta de twitter, en redes
    sociales, a los periodistas, a la prensa, a efe, en el congreso, esta mañana, esta tarde, anoche`),
  proDrop: true,
  dateWords: list(`enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, setiembre, octubre, noviembre, diciembre, lunes, martes, miércoles, jueves, viernes, sábado, domingo, hoy, ayer, mañana, tarde, noche, semana, mes, año, años, día, días, hora, horas, minutos, siglo, primavera, verano, otoño, invierno`),
  pageStrings: list(`ver vídeo, ver video, leer más, publicidad, compartir, haga clic aquí, suscribirse, iniciar sesión, foto, cerrar, menú`),
  locatives: list(`en, de, desde, a`),
  coordinators: ['y', 'e'],
  documentHeads: list(`informe, comunicado, declaración, estudio, encuesta, carta, documento, decisión, sentencia, fallo, texto, sitio, análisis, diario, periódico, artículo, proyecto, ley, constitución, resolución`),
  connectives: list(`sin embargo, no obstante, además, también, así, entonces, luego, después, antes, finalmente, mientras, aunque, pero, y, o, cuando, si, como, porque, ya, todavía, aún, ahora, aquí, allí, hoy, ayer, quizás, quizá, tal vez, incluso, asimismo, por su parte`),
  participleEndings: ['ando', 'iendo', 'yendo'],
  nounPhraseLinks: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del'],
};
