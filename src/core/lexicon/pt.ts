// Portuguese (European and Brazilian): cue words, titles and pronouns for attributing quotes and
// claims. Verbs come in the third person of the present, preterite and imperfect, the compound
// past with "tem"/"tinha", the participle and the gerund; quotes are “…” (Brazil) or «…» (Portugal).
import type { Lexicon } from './types';

const list = (s: string): string[] => s.trim().split(/\s*,\s*/).filter(Boolean).map((w) => w.replace(/\s+/g, ' '));

/** present 3sg/3pl, preterite 3sg/3pl, imperfect 3sg, participle, gerund → forms with auxiliaries. */
function verb(sg: string, pl: string, past: string, pastPl: string, imperfect: string, participle: string, gerund: string): string[] {
  return [sg, pl, past, pastPl, imperfect, `${imperfect}m`, participle, gerund,
    `tem ${participle}`, `têm ${participle}`, `tinha ${participle}`, `tinham ${participle}`, `havia ${participle}`, `teria ${participle}`];
}

/** A regular -ar verb from its stem ("afirm" → afirma, afirmam, afirmou, afirmaram, afirmava, afirmado, afirmando). */
const ar = (stem: string): string[] =>
  verb(`${stem}a`, `${stem}am`, `${stem}ou`, `${stem}aram`, `${stem}ava`, `${stem}ado`, `${stem}ando`);
/** A regular -er verb ("respond" → responde, respondem, respondeu, …). */
const er = (stem: string): string[] =>
  verb(`${stem}e`, `${stem}em`, `${stem}eu`, `${stem}eram`, `${stem}ia`, `${stem}ido`, `${stem}endo`);
/** A regular -ir verb ("admit" → admite, admitem, admitiu, …). */
const ir = (stem: string): string[] =>
  verb(`${stem}e`, `${stem}em`, `${stem}iu`, `${stem}iram`, `${stem}ia`, `${stem}ido`, `${stem}indo`);

const SPEECH = [
  ...ar('afirm'), ...ar('declar'), ...ar('explic'), ...ar('assegur'), ...ar('indic'), ...ar('destac'), ...ar('sublinh'),
  ...ar('ressalt'), ...ar('salient'), ...ar('acrescent'), ...ar('comunic'), ...ar('anunci'), ...ar('confirm'), ...ar('denunci'),
  ...ar('critic'), ...ar('alert'), ...ar('apont'), ...ar('pergunt'), ...ar('question'), ...ar('lament'), ...ar('manifest'),
  ...ar('relat'), ...ar('cont'), ...ar('consider'), ...ar('estim'), ...ar('avali'), ...ar('reiter'), ...ar('twitt'),
  ...ar('public'), ...ar('aclar'), ...ar('argument'), ...ar('exclam'), ...ar('acus'), ...ar('neg'),
  ...ar('jur'), ...ar('grit'), ...ar('opin'), ...ar('enfatiz'), ...ar('reclam'), ...ar('detalh'), ...ar('lembr'),
  ...ar('recomend'), ...ar('observ'), ...ar('not'), ...ar('constat'), ...ar('revel'), ...ar('desabaf'),
  ...ar('ponder'), ...ar('cit'), ...ir('garant'), ...ar('inform'),
  ...er('respond'), ...er('escrev'), ...er('defend'), ...er('promet'), ...er('reconhec'), ...er('esclarec'), ...er('entend'),
  ...ir('admit'), ...ir('insist'), ...ir('assum'), ...ir('desment'), ...ir('prossegu'), ...ir('discut'),
  ...ar('sustent'), ...ar('fris'), ...ar('acredit'),
  ...verb('diz', 'dizem', 'disse', 'disseram', 'dizia', 'dito', 'dizendo'),
  ...verb('conclui', 'concluem', 'concluiu', 'concluíram', 'concluía', 'concluído', 'concluindo'),
  ...verb('adverte', 'advertem', 'advertiu', 'advertiram', 'advertia', 'advertido', 'advertindo'),
  ...verb('sugere', 'sugerem', 'sugeriu', 'sugeriram', 'sugeria', 'sugerido', 'sugerindo'),
  ...verb('mantém', 'mantêm', 'manteve', 'mantiveram', 'mantinha', 'mantido', 'mantendo'),
  ...verb('sustém', 'sustêm', 'susteve', 'sustiveram', 'sustinha', 'sustido', 'sustendo'),
  ...verb('crê', 'creem', 'creu', 'creram', 'cria', 'crido', 'crendo'),
  ...verb('acha', 'acham', 'achou', 'acharam', 'achava', 'achado', 'achando'),
  ...verb('expõe', 'expõem', 'expôs', 'expuseram', 'expunha', 'exposto', 'expondo'),
  ...verb('prevê', 'preveem', 'previu', 'previram', 'previa', 'previsto', 'prevendo'),
  ...verb('pede', 'pedem', 'pediu', 'pediram', 'pedia', 'pedido', 'pedindo'),
  ...verb('refere', 'referem', 'referiu', 'referiram', 'referia', 'referido', 'referindo'),
  'contou', 'disse ainda', 'afirmou ainda', 'deu a entender', 'fez questão de dizer', 'fez questão de frisar',
  'chamou a atenção', 'se queixou', 'queixou-se', 'queixa-se', 'lamentou-se', 'perguntou-se', 'pergunta-se',
];

export const pt: Lexicon = {
  lang: 'pt',
  speechVerbs: [...new Set(SPEECH)],
  weakCues: list(`acha, acham, achou, crê, creu, considera, consideram, considerou, avalia, avaliou, pergunta, perguntou,
    questiona, questionou, acusa, acusou, cita, citou, opina, opinou, entende, entendeu, estima, estimou, pede, pediu`),
  bareComplementVerbs: list(`diz, disse, dizem, disseram, afirma, afirmou, afirmaram, garante, garantiu, acha, achou, acredita,
    acreditou, considera, considerou, avalia, avaliou, admite, admitiu, reconhece, reconheceu, defende, defendeu, explica, explicou`),
  accordingTo: list(`segundo, de acordo com, conforme, na opinião de, nas palavras de, citado por, citada por, citando,
    na avaliação de, na visão de`),
  claimNouns: list(`afirmação, afirmações, acusação, acusações, alegação, alegações, declaração, declarações, denúncia,
    denúncias, rumor, rumores, boato, boatos, alerta, alertas, aviso, promessa, promessas, anúncio, suspeita, suspeitas, temor,
    temores, argumento, argumentos, estimativa, estimativas, previsão, previsões, versão, tese, ideia`),
  complementizers: ['que'],
  pronouns: {
    male: ['ele', 'este', 'esse', 'aquele', 'o próprio'],
    female: ['ela', 'esta', 'essa', 'aquela', 'a própria'],
    plural: ['eles', 'elas', 'nós', 'estes', 'estas'],
    neuter: ['isso', 'isto', 'aquilo'],
    relative: ['que', 'quem', 'qual', 'quais', 'cujo', 'cuja', 'onde'],
  },
  titles: list(`presidente, vice-presidente, primeiro-ministro, primeira-ministra, ministro, ministra, chanceler, secretário,
    secretária, secretário-geral, secretária-geral, porta-voz, deputado, deputada, senador, senadora, vereador, vereadora,
    prefeito, prefeita, presidente da câmara, governador, governadora, conselheiro, conselheira, diretor, diretora, director,
    directora, diretor-geral, diretora-geral, chefe, líder, dirigente, responsável, coordenador, coordenadora, fundador,
    fundadora, embaixador, embaixadora, diplomata, enviado, enviada, representante, delegado, delegada, comissário, comissária,
    procurador, procuradora, promotor, promotora, juiz, juíza, desembargador, desembargadora, ministro do supremo, advogado,
    advogada, general, coronel, capitão, comandante, almirante, rei, rainha, príncipe, princesa, papa, bispo, arcebispo,
    cardeal, padre, candidato, candidata, ativista, activista, sindicalista, professor, professora, investigador, investigadora,
    pesquisador, pesquisadora, cientista, economista, analista, especialista, politólogo, cientista político, sociólogo,
    socióloga, historiador, historiadora, médico, médica, doutor, doutora, epidemiologista, infectologista, escritor,
    escritora, autor, autora, jornalista, colunista, correspondente, editor, editora, treinador, treinadora, técnico,
    selecionador, seleccionador, jogador, jogadora, atacante, avançado, goleiro, guarda-redes, capitão, testemunha, vítima,
    sobrevivente, morador, moradora, habitante, estudante, presidente-executivo, ceo, executivo, executiva, sócio, sócia`),
  honorifics: ['sr.', 'sra.', 'srta.', 'dr.', 'dra.', 'prof.', 'profa.', 'dom', 'dona', 'd.', 'senhor', 'senhora'],
  abbreviations: list(`sr., sra., srta., dr., dra., prof., profa., eng., gen., cel., cap., sto., sta., etc., pág., n.º, nº.,
    no., vol., eua., aprox., av., tel., ex., p.ex., jan., fev., mar., abr., mai., jun., jul., ago., set., out., nov., dez., s.a., ltda., cia.`),
  anonymous: {
    markers: list(`fontes, fonte, anônimo, anônima, anónimo, anónima, sob condição de anonimato, sob anonimato, que pediu para
      não ser identificado, que pediu para não ser identificada, que pediu anonimato, próximas, próximos, ligadas, ligados,
      consultadas, consultados, um porta-voz, uma porta-voz, um funcionário, funcionários, um assessor, assessores, interlocutores,
      um diplomata, diplomatas, especialistas, analistas, observadores, críticos, alguns, muitos, outros, vários, testemunhas,
      aliados, pessoas próximas, bastidores`),
    heads: list(`fonte, fontes, funcionário, funcionários, funcionária, assessor, assessores, interlocutor, interlocutores,
      diplomata, diplomatas, especialistas, analistas, observadores, críticos, aliados, testemunhas, pessoa, pessoas, alguém, porta-voz`),
  },
  organizationHeads: list(`banco, instituto, governo, oposição, coligação, coalizão, aliança, ministério, itamaraty, planalto, presidência, agência, partido, comissão, comitê, comité,
    conselho, parlamento, congresso, senado, câmara, assembleia, tribunal, supremo, stf, justiça, ministério público,
    procuradoria, polícia, exército, forças, empresa, companhia, firma, banco, grupo, organização, associação, sindicato,
    federação, confederação, instituto, instituição, universidade, fundação, centro, prefeitura, secretaria, serviço, jornal,
    diário, revista, canal, emissora, televisão, rádio, portal, site, mídia, media, imprensa, estudo, pesquisa, sondagem,
    inquérito, relatório, comunicado, nota, embaixada, equipe, equipa, clube, liga, onu, otan, ue,
    união, laboratório, observatório, defensoria`),
  stopwords: list(`o, a, os, as, um, uma, uns, umas, e, ou, mas, nem, se, que, como, quando, onde, enquanto, porque, embora,
    ao, aos, à, às, ante, após, até, com, contra, de, do, da, dos, das, desde, durante, em, no, na, nos, nas, entre, para, pra,
    por, pelo, pela, pelos, pelas, sem, sob, sobre, este, esta, estes, estas, esse, essa, esses, essas, seu, sua, seus, suas,
    meu, minha, nosso, nossa, ele, ela, eles, elas, eu, você, lhe, lhes, não, sim, já, também, ainda, muito, mais, menos,
    além, porém, contudo, entretanto, depois, hoje, ontem, amanhã, segunda-feira, terça-feira, quarta-feira, quinta-feira,
    sexta-feira, sábado, domingo, janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro,
    dezembro, segundo, todo, todos, toda, todas, cada, algum, alguma, nenhum, nenhuma, qual, quem, onde, como`),
  clauseBreaks: list(`que, quem, qual, quais, cujo, cuja, onde, quando, enquanto, porque, embora, mas, e, se, como, após,
    disse, diz, por sua vez, por seu lado, no entanto, porém, contudo, entretanto`),
  relayVerbs: list(`falou de, falou sobre, fala de, fala sobre, referiu-se a, se referiu a, classificou de, classificou como,
    chamou de, criticou, critica, elogiou, elogia, celebrou, condenou, condena, rejeitou, rejeita, exigiu, exige, apelou a,
    apelou para, defendeu, atacou, ataca, acusou`),
  verbModifiers: list(`tem, têm, tinha, tinham, havia, teria, é, são, foi, foram, era, eram, será, seria, também, ainda, já,
    depois, novamente, de novo, não, nunca, sempre, publicamente, claramente, hoje, ontem, nesta, neste, nessa, nesse, inclusive,
    recentemente, então, posteriormente, lhe, lhes, se`),
  parentheticals: list(`por sua vez, por seu lado, por outro lado, no entanto, porém, contudo, entretanto, além disso, em
    comunicado, em nota, em entrevista, em declarações, em coletiva, em conferência de imprensa, nas redes sociais, no twitter,
    ontem, hoje, também, inclusive, de facto, de fato, aliás`),
  nameParticles: ['de', 'da', 'do', 'das', 'dos', 'e', 'van', 'von', 'di', 'al', 'el', 'bin'],
  asWords: ['como'],
  determiners: list(`o, a, os, as, um, uma, uns, umas, seu, sua, seus, suas, este, esta, estes, estas, esse, essa, esses,
    essas, aquele, aquela, meu, minha, nosso, nossa, nossos, nossas, tais, tal, nova, novas, novo, novos, últimas, últimos,
    última, último, várias, vários, algumas, alguns, certas, certos, falsas, falsos, do, da, dos, das, no, na, nos, nas`),
  indefinites: ['um', 'uma', 'uns', 'umas', 'algum', 'alguma', 'alguns', 'algumas', 'vários', 'várias', 'outro', 'outra', 'dois', 'duas', 'três'],
  quotes: [['“', '”'], ['«', '»'], ['‘', '’']],
  addresseeVerbs: list(`disse a, disse à, disse ao, contou a, contou à, contou ao, explicou a, explicou à, explicou ao, garantiu a,
    afirmou a, afirmou à, afirmou ao, declarou a, declarou à, declarou ao`),
  addresseePrepositions: ['a', 'à', 'ao', 'aos', 'às'],
  notClauseStart: list(`de, a, à, ao, aos, em, no, na, com, por, pelo, pela, para, sem, sobre, até, contra, durante, e, ou,
    mas, nem, lhe, lhes, nada, algo, tudo, sim, não, obrigado, também, além, depois, então, isso, isto`),
  conjunctions: ['mas', 'e', 'porém', 'contudo'],
  contentEnders: list(`embora, enquanto, o que, o qual, a qual, quem`),
  cueAdjuncts: list(`na segunda-feira, na terça-feira, na quarta-feira, na quinta-feira, na sexta-feira, no sábado, no domingo,
    nesta segunda-feira, nesta terça-feira, nesta quarta-feira, nesta quinta-feira, nesta sexta-feira, neste sábado,
    neste domingo, ontem, hoje, em comunicado, em nota, em entrevista, em coletiva, em conferência de imprensa,
    em declarações, nas redes sociais, no twitter, aos jornalistas, à imprensa, à lusa, à agência lusa, esta manhã, esta tarde`),
  proDrop: true,
  dateWords: list(`janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro, segunda-feira, terça-feira, quarta-feira, quinta-feira, sexta-feira, sábado, domingo, hoje, ontem, amanhã, manhã, tarde, noite, semana, mês, ano, anos, dia, dias, hora, horas, minutos, século, primavera, verão, outono, inverno`),
  pageStrings: list(`assistir vídeo, ver vídeo, leia mais, leia também, publicidade, compartilhar, partilhar, clique aqui, assinar, entrar, foto, fechar, menu`),
  locatives: list(`em, no, na, nos, nas, de, do, da, desde`),
  coordinators: ['e'],
  documentHeads: list(`relatório, comunicado, declaração, nota, estudo, pesquisa, sondagem, carta, documento, decisão, sentença, texto, site, análise, jornal, artigo, projeto, lei, constituição, resolução`),
  connectives: list(`no entanto, contudo, porém, todavia, além disso, também, assim, então, depois, antes, finalmente, enquanto, embora, mas, e, ou, quando, se, como, porque, já, ainda, agora, aqui, ali, hoje, ontem, talvez, inclusive`),
  participleEndings: ['ando', 'endo', 'indo'],
  nounPhraseLinks: ['o', 'os', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das'],
};
