// French: cue words, titles and pronouns for attributing quotes and claims. Verbs are listed by
// their stems and inflected here (present, imperfect, simple past, perfect with "a"/"ont", the
// inverted incises "déclare-t-il", "a-t-elle ajouté"), because the tokenizer keeps hyphenated
// words together: "a-t-il" is one token, "dit-elle" another.
import type { Lexicon } from './types';

const list = (s: string): string[] => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, ' '));

/** Perfect-tense auxiliaries, plain and inverted ("a", "ont", "a-t-il", "avait"). */
const AUX = ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'a-t-il', 'a-t-elle', 'a-t-on', 'ont-ils', 'ont-elles', 'avait-il', 'avait-elle'];
/** Inverted subject pronouns written after a verb ("explique-t-il", "dit-elle"). */
const ENCLITIC = ['il', 'elle', 'ils', 'elles', 'on'];

/**
 * Every form of a speech verb: present 3rd person (singular, plural), imperfect, simple past,
 * past participle, the perfect with each auxiliary, and the inverted incise forms.
 */
function verb(sg: string, pl: string, imperfect: string, past: string, participle: string): string[] {
  const out = [sg, pl, imperfect, imperfect.replace(/ait$/, 'aient'), past, participle];
  for (const aux of AUX) out.push(`${aux} ${participle}`);
  // "déclare-t-il" (the -t- stands between two vowels), "dit-il", "disent-ils".
  const t = (form: string) => (/[aeé]$/.test(form) ? '-t-' : '-');
  for (const p of ENCLITIC) {
    if (p.endsWith('s')) out.push(`${pl}-${p}`);
    else out.push(`${sg}${t(sg)}${p}`, `${past}${t(past)}${p}`, `${imperfect}-${p}`);
  }
  return out;
}

/** A regular -er verb from its stem ("déclar" → déclare, déclarent, déclarait, déclara, déclaré). */
const er = (stem: string, soft = stem): string[] => verb(`${stem}e`, `${stem}ent`, `${soft}ait`, `${soft}a`, `${stem}é`);

const SPEECH = [
  ...er('déclar'), ...er('ajout'), ...er('affirm'), ...er('estim'), ...er('expliqu'), ...er('soulign'),
  ...er('indiqu'), ...er('précis'), ...er('assur'), ...er('insist'), ...er('confi'), ...er('racont'),
  ...er('not'), ...er('observ'), ...er('comment'), ...er('témoign'), ...er('dénonc', 'dénonç'), ...er('annonc', 'annonç'),
  ...er('confirm'), ...er('regrett'), ...er('avanc', 'avanç'), ...er('lanc', 'lanç'), ...er('résum'), ...er('détaill'),
  ...er('analys'), ...er('plaid'), ...er('alert'), ...er('répliqu'), ...er('rétorqu'), ...er('nuanc', 'nuanç'),
  ...er('demand'), ...er('rapport'), ...er('signal'), ...er('tweet'), ...er('publi'), ...er('jug', 'juge'),
  ...er('avou'), ...er('accus'), ...er('insist'), ...er('ironis'),
  ...er('argument'), ...er('fustig'), ...er('tranch', 'tranch'), ...er('lâch'), ...er('pens'), ...er('explicit'),
  ...er('évoqu'), ...er('mentionn'), ...er('raill'), ...er('protest'), ...er('réclam'), ...er('exig', 'exige'),
  ...er('certifi'), ...er('jur'), ...er('cri'), ...er('souffl'), ...er('murmur'),
  ...er('interrog', 'interroge'), ...er('constat'),
  ...verb('rappelle', 'rappellent', 'rappelait', 'rappela', 'rappelé'),
  ...verb('martèle', 'martèlent', 'martelait', 'martela', 'martelé'),
  ...verb('considère', 'considèrent', 'considérait', 'considéra', 'considéré'),
  ...verb('révèle', 'révèlent', 'révélait', 'révéla', 'révélé'),
  ...verb('répète', 'répètent', 'répétait', 'répéta', 'répété'),
  ...verb('suggère', 'suggèrent', 'suggérait', 'suggéra', 'suggéré'),
  ...verb('assène', 'assènent', 'assénait', 'asséna', 'asséné'),
  ...verb('s’exclame', 's’exclament', 's’exclamait', 's’exclama', 'exclamé'),
  ...verb('dit', 'disent', 'disait', 'dit', 'dit'),
  ...verb('écrit', 'écrivent', 'écrivait', 'écrivit', 'écrit'),
  ...verb('admet', 'admettent', 'admettait', 'admit', 'admis'),
  ...verb('reconnaît', 'reconnaissent', 'reconnaissait', 'reconnut', 'reconnu'),
  ...verb('reconnait', 'reconnaissent', 'reconnaissait', 'reconnut', 'reconnu'),
  ...verb('soutient', 'soutiennent', 'soutenait', 'soutint', 'soutenu'),
  ...verb('prévient', 'préviennent', 'prévenait', 'prévint', 'prévenu'),
  ...verb('répond', 'répondent', 'répondait', 'répondit', 'répondu'),
  ...verb('poursuit', 'poursuivent', 'poursuivait', 'poursuivit', 'poursuivi'),
  ...verb('avertit', 'avertissent', 'avertissait', 'avertit', 'averti'),
  ...verb('dément', 'démentent', 'démentait', 'démentit', 'démenti'),
  ...verb('promet', 'promettent', 'promettait', 'promit', 'promis'),
  ...verb('conclut', 'concluent', 'concluait', 'conclut', 'conclu'),
  ...verb('croit', 'croient', 'croyait', 'crut', 'cru'),
  ...verb('prédit', 'prédisent', 'prédisait', 'prédit', 'prédit'),
  ...verb('maintient', 'maintiennent', 'maintenait', 'maintint', 'maintenu'),
  ...verb('relève', 'relèvent', 'relevait', 'releva', 'relevé'),
  ...verb('résume', 'résument', 'résumait', 'résuma', 'résumé'),
  ...verb('reprend', 'reprennent', 'reprenait', 'reprit', 'repris'),
  ...verb('s’insurge', 's’insurgent', 's’insurgeait', 's’insurgea', 'insurgé'),
  ...verb('s’inquiète', 's’inquiètent', 's’inquiétait', 's’inquiéta', 'inquiété'),
  ...verb('se félicite', 'se félicitent', 'se félicitait', 'se félicita', 'félicité'),
  ...verb('se réjouit', 'se réjouissent', 'se réjouissait', 'se réjouit', 'réjoui'),
  ...verb('se défend', 'se défendent', 'se défendait', 'se défendit', 'défendu'),
  ...verb('s’interroge', 's’interrogent', 's’interrogeait', 's’interrogea', 'interrogé'),
  's’est exclamé', 's’est exclamée', 's’est félicité', 's’est félicitée', 's’est inquiété', 's’est inquiétée',
  's’est défendu', 's’est défendue', 's’est insurgé', 's’est insurgée', 's’est interrogé', 's’est interrogée',
  "s'est exclamé", "s'est félicité", "s'est inquiété", "s'est défendu", "s'est insurgé",
  'fait savoir', 'a fait savoir', 'ont fait savoir', 'fait valoir', 'a fait valoir', 'ont fait valoir',
  'met en garde', 'a mis en garde', 'ont mis en garde', 'fait remarquer', 'a fait remarquer', 'fait observer', 'a fait observer',
  'a assuré', 'a dit', 'ont dit',
];

/** The inverted incise words of the speech verbs that carry a subject pronoun ("a-t-il", "dit-elle"). */
const clitics = (suffix: RegExp): string[] => [...new Set(SPEECH.flatMap((f) => f.split(' ')).filter((w) => suffix.test(w)))];

export const fr: Lexicon = {
  lang: 'fr',
  speechVerbs: [...new Set(SPEECH)],
  weakCues: list(`pense, pensent, pensé, a pensé, croit, croient, cru, a cru, juge, jugent, jugé, a jugé, demande, demandent,
    demandé, a demandé, considère, considèrent, considéré, a considéré, évoque, évoquent, évoqué, a évoqué, interroge, interrogé,
    accuse, accusent, accusé, a accusé, constate, constaté, a constaté`),
  bareComplementVerbs: list(`dit, disent, déclare, affirme, affirment, estime, estiment, assure, assurent, juge, pense, croit,
    explique, souligne, indique, précise, ajoute, reconnaît, admet, soutient, prévient, rappelle, insiste, annonce, confirme`),
  accordingTo: list(`selon, d’après, d'après, aux dires de, à en croire, citant, de source, cité par, citée par, cités par,
    comme l’a dit, comme l’a rappelé, comme l’a souligné`),
  claimNouns: list(`affirmation, affirmations, accusation, accusations, allégation, allégations, déclaration, déclarations,
    annonce, idée, rumeur, rumeurs, hypothèse, crainte, craintes, assurance, assurances, promesse, promesses, avertissement,
    argument, arguments, aveu, aveux, conviction, estimation, estimations, prédiction, prédictions, thèse, soupçons`),
  complementizers: list(`que, qu’il, qu’elle, qu’ils, qu’elles, qu’on, qu’un, qu’une, qu’en, qu’au, qu’aux, qu’à, qu’à,
    qu'il, qu'elle, qu'ils, qu'elles, qu'on, qu'un, qu'une, qu'en, qu'au, qu'à`),
  pronouns: {
    male: ['il', 'lui', 'lui-même', 'celui-ci', ...clitics(/-il$/)],
    female: ['elle', 'elle-même', 'celle-ci', ...clitics(/-elle$/)],
    plural: ['ils', 'elles', 'eux', 'nous', 'leur', 'leurs', 'ceux-ci', 'celles-ci', ...clitics(/-(ils|elles)$/)],
    neuter: ['cela', 'ça', 'ceci', 'on'],
    relative: ['qui', 'que', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  },
  titles: list(`président, présidente, vice-président, vice-présidente, premier ministre, première ministre, ministre, secrétaire,
    secrétaire d’état, secrétaire général, secrétaire générale, porte-parole, député, députée, sénateur, sénatrice, maire,
    adjoint, adjointe, conseiller, conseillère, directeur, directrice, directeur général, directrice générale, chef, cheffe,
    patron, patronne, responsable, dirigeant, dirigeante, président-directeur général, pdg, fondateur, fondatrice, cofondateur,
    ambassadeur, ambassadrice, diplomate, envoyé, envoyée, délégué, déléguée, représentant, représentante, commissaire, préfet,
    préfète, procureur, procureure, juge, avocat, avocate, magistrat, magistrate, général, générale, colonel, capitaine,
    commandant, lieutenant, amiral, chancelier, chancelière, roi, reine, prince, princesse, pape, évêque, archevêque, curé,
    candidat, candidate, élu, élue, militant, militante, syndicaliste, professeur, professeure, enseignant, enseignante,
    chercheur, chercheuse, scientifique, économiste, analyste, expert, experte, spécialiste, politologue, sociologue, historien,
    historienne, philosophe, médecin, docteur, infirmier, infirmière, chirurgien, chirurgienne, épidémiologiste, écrivain,
    écrivaine, auteur, autrice, romancier, romancière, journaliste, éditorialiste, chroniqueur, chroniqueuse, rédacteur,
    rédactrice, correspondant, correspondante, entraîneur, entraîneuse, sélectionneur, joueur, joueuse, attaquant, attaquante,
    milieu, défenseur, gardien, capitaine, manager, coach, athlète, champion, championne, témoin, victime, survivant, survivante,
    habitant, habitante, étudiant, étudiante, avocat général, garde des sceaux, chef d’état-major, ministre de l’intérieur,
    ministre des affaires étrangères, chef de la diplomatie, leader, meneur, président du conseil, bâtonnier, médiateur,
    patron, porte-voix, inspecteur, inspectrice, commissaire européen, eurodéputé, eurodéputée, conseiller municipal, chef de file`),
  honorifics: ['m.', 'mme', 'mme.', 'mmes', 'mlle', 'mlle.', 'me', 'me.', 'dr', 'dr.', 'pr', 'pr.', 'mgr', 'mgr.', 'monsieur', 'madame', 'mademoiselle', 'maître'],
  abbreviations: list(`m., mm., mme., mlle., me., dr., pr., mgr., st., ste., cf., etc., av., apr., j.-c., p., n°., no., vol.,
    éd., env., ex., hab., tél., min., max., c.-à-d., fig., chap., art., coll., dir., janv., févr., avr., juil., sept., oct., nov., déc.`),
  anonymous: {
    markers: list(`source, sources, anonyme, anonymes, sous couvert d’anonymat, sous couvert d'anonymat, ayant requis l’anonymat,
      qui a requis l’anonymat, qui souhaite garder l’anonymat, qui n’a pas souhaité être nommé, proche du dossier, proches du dossier,
      sources proches, une source proche, selon nos informations, un responsable, une responsable, des responsables, un haut responsable,
      un haut fonctionnaire, un diplomate, des diplomates, un proche, des proches, entourage, l’entourage, l'entourage, un conseiller,
      un membre, des observateurs, observateurs, des experts, certains, plusieurs, d’autres, beaucoup, un porte-parole, une porte-parole,
      non identifié, non identifiée, non identifiés, non nommé, informé, informés, bien informée, bien informé, des témoins, témoins`),
    heads: list(`source, sources, responsable, responsables, fonctionnaire, fonctionnaires, diplomate, diplomates, proche, proches,
      entourage, l’entourage, l'entourage, expert, experts, observateur, observateurs, témoin, témoins, analystes, critiques,
      détracteurs, personne, personnes, quelqu’un, membre, membres, porte-parole`),
  },
  organizationHeads: list(`institut, banque, office, ministère, gouvernement, opposition, coalition, majorité, exécutif, présidence, élysée, matignon, agence, parti, commission, comité, conseil,
    parlement, assemblée, sénat, tribunal, cour, parquet, police, gendarmerie, armée, état-major, entreprise, société, groupe,
    banque, syndicat, association, fédération, université, institut, fondation, ong, organisation, office, autorité, autorités,
    service, services, journal, quotidien, hebdomadaire, magazine, chaîne, radio, télévision, site, média, médias, presse,
    préfecture, mairie, région, département, ambassade, club, équipe, ligue, étude, rapport, sondage, communiqué, quai,
    affaires, étrangères, intérieur, justice, défense, santé, union, nations, onu, otan, bruxelles,
    laboratoire, centre, compagnie, firme, collectif, mouvement, coalition, alliance, rédaction, chercheurs, scientifiques`),
  stopwords: list(`le, la, les, l’, un, une, et, ou, mais, donc, or, ni, car, si, à, au, aux, en, dans, par, pour, sur, sous,
    avec, sans, chez, vers, entre, contre, depuis, pendant, avant, après, lors, ce, cet, cette, ces, son, sa, ses, leur, leurs,
    notre, nos, votre, vos, mon, ma, mes, il, elle, ils, elles, on, nous, vous, je, tu, y, ne, pas, plus, moins, très, aussi,
    encore, déjà, toujours, jamais, quand, lorsque, puisque, comme, alors, ainsi, cependant, pourtant, toutefois, néanmoins,
    enfin, même, tout, tous, toute, toutes, chaque, aucun, aucune, quel, quelle, quels, quelles, où, pourquoi, comment, lundi,
    mardi, mercredi, jeudi, vendredi, samedi, dimanche, janvier, février, mars, avril, mai, juin, juillet, août, septembre,
    octobre, novembre, décembre, selon, hier, aujourd’hui, demain, mercredi, ici, là, voici, voilà, d’ailleurs, en outre, par ailleurs`),
  clauseBreaks: list(`qui, que, dont, où, lequel, laquelle, lorsque, quand, alors, mais, et, car, puisque, parce, tandis, pendant,
    après, avant, si, comme, selon, a déclaré, a dit, de son côté, de leur côté, pour sa part, pour leur part, quant à lui,
    quant à elle, cependant, toutefois, pourtant`),
  relayVerbs: list(`a évoqué, a parlé de, parle de, parlent de, a qualifié, qualifie, qualifient, qualifié de, a dénoncé,
    a critiqué, critique, critiquent, a salué, salue, saluent, a fustigé, a appelé à, appelle à, appellent à, a promis, a réclamé,
    a plaidé pour, plaide pour, a mis en avant, met en avant, insiste sur, a insisté sur, s’en est pris à, s’en prend à,
    a rejeté, rejette, rejettent, a condamné, condamne, condamnent, a exhorté, exhorte, a tweeté, a qualifiée, a qualifiés`),
  verbModifiers: list(`a, ont, avait, avaient, aurait, auraient, est, sont, était, étaient, sera, seront, serait, a-t-il, a-t-elle,
    ne, n’a, n'a, pas, aussi, également, encore, déjà, ensuite, alors, toujours, jamais, enfin, notamment, d’ailleurs, d'ailleurs,
    publiquement, ouvertement, fermement, clairement, hier, aujourd’hui, lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche,
    immédiatement, aussitôt, récemment, longtemps, plusieurs fois, à nouveau, de nouveau, lui-même, elle-même, même, bien, y, en`),
  parentheticals: list(`de son côté, de leur côté, pour sa part, pour leur part, quant à lui, quant à elle, quant à eux, lui,
    elle, eux, aussi, également, cependant, toutefois, pourtant, en revanche, par ailleurs, en outre, lundi, mardi, mercredi, jeudi,
    vendredi, samedi, dimanche, hier, dans un communiqué, dans un entretien, dans une interview, sur twitter, à son tour, en réponse,
    de fait, bien sûr, en effet`),
  nameParticles: ['de', 'du', 'des', 'd’', "d'", 'la', 'le', 'van', 'von', 'ben', 'el', 'al'],
  asWords: ['comme'],
  determiners: list(`le, la, les, l’, l', un, une, des, du, de, ce, cet, cette, ces, son, sa, ses, leur, leurs, notre, nos,
    votre, vos, mon, ma, mes, ton, ta, tes, quelques, plusieurs, certains, certaines, chaque, aucun, aucune, nouvelle, nouvelles,
    nouveau, nouveaux, dernière, dernières, dernier, derniers, récentes, récente, fausses, fausse`),
  indefinites: ['un', 'une', 'des', 'quelques', 'plusieurs', 'certains', 'certaines', 'deux', 'trois', 'autre', 'un autre', 'une autre'],
  quotes: [['«', '»'], ['“', '”']],
  addresseeVerbs: list(`a dit à, a déclaré à, a confié à, a expliqué à, a assuré à, a affirmé à, a raconté à, a rappelé à,
    dit à, déclare à, confie à, explique à, assure à, raconte à, a indiqué à, indique à, a précisé à, précise à`),
  notClauseStart: list(`de, à, au, aux, en, dans, par, pour, sur, avec, sans, chez, vers, contre, pendant, depuis, et, ou, mais,
    ni, car, lui, leur, rien, tout, non, oui, merci, bonjour, aussi, également, encore, ensuite, ainsi, alors, cela, ça, ceci`),
  conjunctions: ['mais', 'et', 'or', 'car', 'donc'],
  contentEnders: list(`bien que, alors que, tandis que, même si, qui, lequel, laquelle, ce qui, ce que`),
  cueAdjuncts: list(`lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, hier, aujourd’hui, ce matin, ce soir, hier soir,
    dans un communiqué, dans une déclaration, dans un entretien, dans une interview, lors d’une conférence de presse,
    en conférence de presse, sur twitter, sur x, sur facebook, à la presse, aux journalistes, à l’afp, à la radio,
    à la télévision, au micro de, devant les députés, devant la presse, samedi soir, dimanche soir, lundi soir, mardi soir,
    mercredi soir, jeudi soir, vendredi soir, en début de semaine, la semaine dernière, cette semaine, dans la soirée, dans la matinée`),
  dateWords: list(`janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre, lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, aujourd'hui, hier, demain, matin, soir, après-midi, nuit, semaine, week-end, mois, an, année, ans, années, jour, jours, heure, heures, minutes, siècle, printemps, été, automne, hiver`),
  pageStrings: list(`lire la vidéo, lire aussi, lire la suite, publicité, partager, cliquez ici, s'abonner, se connecter, photo, fermer, menu`),
  locatives: list(`à, en, au, aux, de, du, dans, depuis`),
  coordinators: ['et'],
  documentHeads: list(`rapport, communiqué, déclaration, étude, sondage, enquête, lettre, document, décision, arrêt, jugement, texte, site, analyse, journal, article, projet, loi, constitution, résolution`),
  connectives: list(`cependant, toutefois, pourtant, néanmoins, ainsi, alors, donc, puis, ensuite, enfin, aussi, encore, déjà, désormais, entre-temps, pendant, mais, et, ou, or, car, quand, lorsque, si, comme, parce, bien, certes, d'ailleurs, ailleurs, ici, là, aujourd'hui, hier, peut-être, selon`),
  nounPhraseLinks: ['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'de', 'du', 'd’', "d'"],
};
