/**
 * Twenty-first blind set: the people who run the partnership rather than prescribe.
 *
 * AFPA Montauban staff (the centre's director and departmental coordinator, the Responsable
 * Accompagnement et Parcours, trainers, the person who publishes the agenda), the Département's
 * pilots (service insertion, référent de l'expérimentation, ASE side) and a newcomer to the
 * comité de pilotage. Written only from the agreement (accord, plan d'action 2022-2023,
 * protocole d'expérimentation) and from `agenda-fixture.ts`, with today frozen at
 * Monday 11 January 2027 (Europe/Paris).
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Alternatives ────────────────────────────────────────────────────────────

const PREPA = ['prépa comp', 'prépa-comp', 'prepa comp'];
const PEC = [' pec', '(pec', '-pec', 'p.e.c', 'parcours emploi comp'];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo 16/18'];
const ASE = [' ase', '(ase', 'a.s.e', 'aide sociale', '’ase', "'ase"];
const DGEFP = ['dgefp', 'd.g.e.f.p', 'délégation générale à l'];
const AFPA = ['afpa', 'a.f.p.a'];
const DEPARTEMENT = ['département', 'cd82', 'cd 82', 'conseil départemental', 'le cd '];

/** A target of the action plan: « 30 allocataires », « objectif : 30 », « 0 / 30 »… */
function target(n: number, ...extra: string[]): string[] {
  return [
    `${n} allocataire`,
    `${n} bénéficiaire`,
    `${n} personne`,
    `${n} brsa`,
    `${n} rsa`,
    `${n} entrée`,
    `${n} jeune`,
    `${n} orientation`,
    `${n} prescription`,
    `${n} participant`,
    `${n}\u00a0allocataire`,
    `${n}\u00a0jeune`,
    `${n}\u00a0personne`,
    `objectif de ${n}`,
    `objectif ${n}`,
    `: ${n}`,
    `(${n})`,
    `${n}**`,
    `/ ${n}`,
    `/${n}`,
    `sur ${n}`,
    `cible de ${n}`,
    ...extra,
  ];
}

/** « 15 places », « (15 places) », « places : 15 ». */
function placesLeft(n: number): string[] {
  return [...seats(n), `(${n} place`, `\n${n} place`];
}

const NOT_YET = [
  'pas encore disponible',
  'pas encore de chiffre',
  'pas encore les chiffres',
  'pas de chiffre',
  'aucun chiffre',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de donnée',
  'aucune donnée',
  'pas de donnée',
  'ne dispose pas',
  'pas encore consolid',
  'pas encore connu',
  'pas encore remont',
  'pas encore publi',
  'pas encore de résultat',
  'pas de résultat',
  'pas encore de bilan',
];

const OUT_OF_SCOPE = [
  'ne couvre pas',
  'ne dit rien',
  'ne prévoit pas',
  'hors de l',
  'ne précise pas',
  'pas prévu',
  'ne traite pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne porte pas',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors du périmètre',
  'ne concerne pas',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'ne sais pas',
  'ne peux pas',
  'pas en mesure',
  'ne figure pas',
  'ne contient pas',
  'aborde pas',
  'pas couvert',
  'ne fixe pas',
  'rien sur',
  'pas mentionné',
  'ne dispose pas',
];

const YES = [
  'oui',
  'est éligible',
  'sont éligibles',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut y ',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut accéder',
  'est possible',
  'recevable',
  'remplit les conditions',
  'correspond',
  'est concerné',
  'relève',
  'il peut',
  'elle peut',
];
const YES_BLOCKERS = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'pas recevable',
  'irrecevable',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'non,',
  'non.',
  'non :',
  'non !',
  'pas possible',
  'impossible',
  'ne relève pas',
  'ne remplit pas',
  'ne correspond pas',
  'pas recevable',
  'irrecevable',
  'exclu',
  'réservé',
  'pas accessible',
  'pas concerné',
  'hors cible',
  'pas dans la cible',
  'ne rentre pas',
];

const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journée',
  'hésitez pas',
  'à votre service',
  'à bientôt',
  'plaisir',
  'bonne continuation',
  'volontiers',
  'je reste disponible',
  'à votre disposition',
];

const QUARTERLY = ['trimestri', 'par trimestre', 'chaque trimestre', 'tous les trois mois', 'tous les 3 mois'];
const YEARLY = ['annuel', 'par an', 'chaque année', 'une fois par an', '1 fois par an', 'tous les ans'];

// ── The set ─────────────────────────────────────────────────────────────────

export const TWENTY_FIRST_BLIND_SET: ConversationCase[] = [
  // ── Figures and targets ──────────────────────────────────────────────────
  c('b21-copil-objectifs-2023', ['cd-pilot', 'copil', 'careful'], [
    t(
      'Bonjour. Pour la prochaine réunion du COPIL, je dois présenter les objectifs chiffrés 2023 du partenariat. Que fixe le plan d’action pour 2023 ?',
      'figures',
      [['2022', 'ne fixe pas', 'fixe pas', 'ne précise pas', 'ne prévoit pas', 'aucun objectif', 'pas fixé', 'pas de cible', 'poursuite', 'reconduction', 'ne définit pas', 'pas défini']],
    ),
  ]),
  c('b21-rap-cibles-par-dispositif', ['afpa-staff', 'rap', 'follow-up', 'abbrev'], [
    t('RAP ici. combien de BRSA on devait faire entrer en prepa competences sur l annee ?', 'figures', [target(30, 'trente')]),
    t('et sur compétences PEC ?', 'figures', [target(50, 'cinquante')]),
    t('et pour la promo ?', 'figures', [target(10, 'dix jeunes'), ASE]),
  ]),
  c('b21-realise-prepa', ['cd-pilot', 'realised'], [
    t(
      'On en est où des entrées réalisées en Prépa Compétences par rapport à l’objectif ?',
      'figures',
      [
        [...NOT_YET, 'réalisé', 'réalisées', 'réalisés', 'aucune entrée', '0 entrée', '0 /', '0/', ': 0'],
        target(30, 'trente'),
      ],
    ),
  ]),
  c('b21-tdb-dgefp-copil-national', ['afpa-staff', 'reporting', 'follow-up', 'abbrev'], [
    t('le tdb par dispositif on l envoie a qui et a quel rythme ?', 'figures', [
      DGEFP,
      ['mensuel', 'par mois', 'chaque mois', 'tous les mois'],
    ]),
    t('et le copil national, il se réunit quand et c’est qui qui pilote ?', 'contact', [QUARTERLY, DGEFP]),
  ]),
  c('b21-remontees-ddetspp', ['cd-pilot', 'reporting', 'follow-up', 'abbrev'], [
    t('Qu’est-ce qui remonte à la DDETSPP 82 exactement, et sous quelle forme ?', 'figures', [
      ['bilan annuel', 'bilans annuels', ...YEARLY],
      ['chaque dispositif', 'chacun des dispositifs', 'par dispositif', 'pour chacun', 'production départementale', 'échelle départementale', 'données départementales'],
    ]),
    t('Et vers la DGEFP, en plus du tableau de bord mensuel ?', 'figures', [
      QUARTERLY,
      YEARLY,
      ['quantitati'],
      ['qualitati'],
    ]),
  ]),
  c('b21-indicateurs-pilotage-chomage', ['copil', 'newcomer', 'follow-up'], [
    t('Les indicateurs de pilotage des dispositifs PIC, ils portent sur quoi ?', 'figures', [
      ['caractéris', 'profil des bénéficiaires', 'profil des publics'],
      ['réalisation'],
      ['résultat'],
    ]),
    t('ok. et le taux de chomage du 82 tu l as sous la main ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b21-cibles-nationales', ['cd-pilot', 'national', 'follow-up'], [
    t(
      'Au niveau national, la Promo 16/18 visait combien de jeunes, et avec quel taux de sorties positives ?',
      'figures',
      [
        ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000', 'trente-cinq mille'],
        ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour cent', 'soixante-dix'],
      ],
    ),
    t('et le PIC globalement, ses ambitions chiffrées ?', 'figures', [
      ['million', '1 000 000', '1\u00a0000\u00a0000'],
      ['demandeurs d', 'peu ou pas qualifi'],
    ]),
  ]),
  c('b21-indicateurs-212', ['cd-pilot', 'action-plan', 'careful'], [
    t(
      'Pour le bilan de la fiche 2.1.2 (accès à l’offre de formation de droit commun), quels indicateurs doit-on suivre ?',
      'figures',
      [
        ['réunions métiers', 'réunion métier', 'réunions métier', 'réunion métiers'],
        ['entrés en formation', 'entrées en formation', 'entrée en formation', 'entré en formation'],
        ['réussite'],
        ['sortie emploi', 'sortie en emploi', 'sorties emploi', 'sorties en emploi', 'sortie vers l', 'sorties vers l'],
      ],
    ),
  ]),

  // ── Contact and governance ───────────────────────────────────────────────
  c('b21-qui-suit-accord', ['newcomer', 'follow-up'], [
    t('Qui sont les deux référents chargés du suivi de l’accord, côté AFPA et côté Département ?', 'contact', [
      ['vella'],
      ['weill', 'président du conseil départemental', 'président du département'],
    ]),
    t('et le coordonnateur départemental des dispositifs à l afpa, c est lui aussi ?', 'contact', [
      ['vella'],
      ['coordonn', 'directeur', 'oui'],
    ]),
  ]),
  c('b21-copil-frequence-role', ['newcomer', 'copil', 'follow-up', 'short'], [
    t('le COPIL de l’accord c’est tous les combien ?', 'contact', [
      [...YEARLY, 'an au moins', 'au moins une fois', 'au moins 1 fois'],
    ]),
    t('il sert a quoi concretement ?', 'contact', [['bilan'], ['amélior']]),
    t('Et l’AFPA vient aussi présenter ses actions à nos réunions d’équipe du service insertion ?', 'contact', [
      ['semestre', 'semestriel', 'six mois', '6 mois', 'deux fois par an', '2 fois par an'],
    ]),
  ]),
  c('b21-referent-experimentation', ['cd-pilot', 'follow-up'], [
    t('c’est qui qui désigne le référent de l’expérimentation ?', 'contact', [DEPARTEMENT, ['désign', 'nomm']]),
    t('et côté AFPA il est l’interlocuteur privilégié de qui ?', 'contact', [['vella'], ['battedou']]),
  ]),
  c('b21-duree-avenant', ['cd-pilot', 'legal', 'follow-up', 'thanks'], [
    t('L accord court sur combien de temps et a partir de quand ?', 'contact', [
      ['2 ans', 'deux ans', '24 mois'],
      ['janvier 2022', '01/01/2022', '1/1/2022', '2022-01-01'],
    ]),
    t('ok et si on veut changer un truc dedans ?', 'contact', [['avenant']]),
    t('parfait merci !', 'other', [THANKS]),
  ]),
  c('b21-resiliation', ['afpa-staff', 'director', 'legal'], [
    t(
      'Si l’une des parties souhaite mettre fin au partenariat, quel préavis l’accord prévoit-il ?',
      'contact',
      [['2 mois', 'deux mois'], ['résili', 'mettre fin', 'préavis', 'dénonc']],
    ),
  ]),
  c('b21-validation-plan', ['newcomer', 'copil', 'typo'], [
    t('qui valide le plan d action operationel et les indicateurs de resultat ?', 'contact', [
      ['comité de pilotage', 'copil'],
      ['premi', '1re', '1ère'],
    ]),
  ]),

  // ── How the programmes are organised ─────────────────────────────────────
  c('b21-formatrice-volets', ['afpa-staff', 'trainer', 'follow-up', 'short'], [
    t('Formatrice Prépa ici, rappel rapide : le volet 1 c’est combien de jours ?', 'dispositif', [
      ['5 à 6', '5 ou 6', '5-6', '5 et 6', 'cinq à six', 'cinq ou six'],
      ['2 semaines', 'deux semaines', '15 jours', 'quinzaine'],
    ]),
    t('et le volet 2 ?', 'dispositif', [['4 à 8', '4 et 8', '4-8', 'quatre à huit', '4 jours à 8']]),
    t('au fait t’aurais la grille de salaire des formateurs afpa ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b21-bilan-individuel', ['afpa-staff', 'rap', 'two-questions'], [
    t(
      'Le bilan individuel de fin de parcours : qui l’envoie, à qui, et pour quels dispositifs ?',
      'dispositif',
      [
        AFPA,
        ['référent', 'conseiller'],
        PREPA,
        [...PEC, 'vae', 'v.a.e', 'validation des acquis'],
      ],
    ),
  ]),
  c('b21-panda', ['afpa-staff', 'rap', 'follow-up', 'no-accents'], [
    t('PANDA c est quoi au juste ?', 'dispositif', [
      ['tracab', 'trace', 'suivi des parcours', 'suivi de parcours'],
      ['plateforme', 'plate-forme', 'outil', 'logiciel', 'application'],
    ]),
    t('qui peut saisir dedans cote CD et qui donne les habilitations ?', 'dispositif', [
      ['travailleurs sociaux', 'travailleur social', 'référents insertion', 'référent insertion', 'référents du département'],
      AFPA,
    ]),
  ]),
  c('b21-kit-comm', ['afpa-staff', 'communication', 'abbrev'], [
    t('kit de com pour les referents insertion du CD, y a quoi dedans ?', 'dispositif', [
      ['flyer', 'dépliant', 'plaquette'],
      ['argumentaire'],
      ['titres professionnels', 'titres pro', 'certificats de compétences'],
      ['intervenants'],
    ]),
  ]),
  c('b21-calendrier-entrees', ['afpa-staff', 'publisher', 'follow-up'], [
    t(
      'Je prépare le calendrier d’entrées à envoyer au Département : il doit couvrir quelles prestations ?',
      'dispositif',
      [PREPA, PEC, PROMO],
    ),
    t('et côté Département ils en font quoi ?', 'dispositif', [
      ['diffus', 'transmet', 'relai', 'relaie', 'communique', 'partage'],
      ['équipes', 'conseillers', 'référents'],
    ]),
  ]),
  c('b21-info-places-circuit', ['afpa-staff', 'publisher'], [
    t('Info Places : comment ça circule entre l’AFPA et le CD, et le CD le renvoie à qui ?', 'dispositif', [
      ['temps réel', 'en direct', 'au fil de l'],
      ['places'],
      ['conseillers', 'prestataires', 'équipes'],
    ]),
  ]),
  c('b21-reunions-metiers-tension', ['afpa-staff', 'director', 'follow-up'], [
    t('les réunions sur les métiers en tension du plan d’action, ça porte sur quels secteurs ?', 'dispositif', [
      ['logistique'],
      ['bâtiment'],
    ]),
    t('et on évalue les gens qui viennent ?', 'dispositif', [['évalu'], ['oui', 'intéress', 'prévu', 'prévoit']]),
  ]),
  c('b21-promo-phases', ['ase', 'trainer', 'follow-up'], [
    t('Promo 16/18 : tu peux me redonner les phases et la durée totale ?', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['préparation de la suite', 'suite'],
      ['13 semaines', 'treize semaines', '3 mois', 'trois mois'],
    ]),
    t('c’est du lundi au vendredi ?', 'dispositif', [['lundi au jeudi', 'lundi-jeudi', 'jeudi']]),
    t('et après la sortie, il se passe quoi pour le jeune ?', 'dispositif', [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ]),
  ]),
  c('b21-pec-jours', ['afpa-staff', 'trainer', 'two-questions', 'abbrev'], [
    t('competences PEC : ca mobilise combien de jours pour le salarié, étalés sur quoi ?', 'dispositif', [
      ['5 jours', 'cinq jours'],
      ['durée du pec', 'durée du p.e.c', 'durée du contrat', 'pendant le pec', 'au cours du pec', 'tout au long', 'répartis', 'sur la durée'],
    ]),
  ]),
  c('b21-pec-certification', ['afpa-staff', 'trainer'], [
    t('Dans Compétences PEC, l’atelier de certification c’est uniquement de la VAE ?', 'dispositif', [
      ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
      ['cléa'],
    ]),
  ]),
  c('b21-diagnostics-territoriaux', ['cd-pilot', 'careful'], [
    t('Les diagnostics territoriaux réalisés par l’AFPA, ils se font à la demande de qui ?', 'dispositif', [
      ['ddetspp', 'd.d.e.t.s.p.p', 'ddets'],
    ]),
  ]),

  // ── Checking what is published (today: Monday 11 January 2027) ──────────
  c('b21-publie-cette-semaine', ['afpa-staff', 'publisher', 'short'], [
    t('Qu’est-ce qu’on a de publié cette semaine ?', 'agenda', [
      on('2027-01-14'),
      ['prépa comp', 'information collective', 'info coll'],
    ], [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')]),
  ]),
  c('b21-publi-logistique', ['afpa-staff', 'publisher', 'follow-up'], [
    t('j ai bien mis en ligne la reunion metiers logistique ? elle tombe quand deja', 'agenda', [
      ['logistique'],
      on('2027-01-26'),
    ], notOn('2027-02-23')),
    t('combien de places ouvertes dessus ?', 'agenda', [placesLeft(15)], [' 12 place']),
  ]),
  c('b21-sessions-prepa-fevrier', ['afpa-staff', 'publisher', 'follow-up'], [
    t('Quelles sessions d’entrée Prépa Compétences sont publiées pour février ?', 'agenda', [
      on('2027-02-08'),
      on('2027-02-15'),
    ], [...notOn('2027-03-08'), ...notOn('2027-01-18')]),
    t('celle de castelsarrasin c quel volet et combien de places ?', 'agenda', [['volet 2'], placesLeft(5)]),
    t('Et publier des sessions hors Montauban, l’accord le permet bien ?', 'dispositif', [
      ['délocalis', 'ensemble du département', 'tout le département', 'partout dans le département', 'sur le département'],
      ['oui', 'prévu', 'possib', 'prévoit', 'permet'],
    ]),
  ]),
  c('b21-volet2-complet', ['afpa-staff', 'rap', 'abbrev'], [
    t('la session volet 2 du 25/01 a Montauban elle est pleine ?', 'agenda', [
      ['complet', 'aucune place', 'plus de place', 'pas de place', 'plus aucune', ...placesLeft(0)],
    ], ['pas complet', 'pas encore complet']),
  ]),
  c('b21-entrees-pec-publiees', ['afpa-staff', 'publisher'], [
    t('Quelles entrées Compétences PEC sont en ligne actuellement ?', 'agenda', [
      on('2027-01-20'),
      on('2027-02-10'),
      on('2027-03-03'),
    ], [...notOn('2027-01-18'), ...notOn('2027-02-08')]),
  ]),
  c('b21-jpo-suivantes', ['cd-pilot', 'follow-up', 'abbrev', 'short'], [
    t('prochaine JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    t('et celle de Moissac ?', 'agenda', [on('2027-02-17'), ['moissac']]),
  ]),
  c('b21-places-cariste-soudeur', ['afpa-staff', 'rap', 'two-questions'], [
    t('Info Places : il reste combien en cariste et en soudeur ?', 'agenda', [
      ['cariste'],
      placesLeft(6),
      ['soudeur'],
      placesLeft(4),
    ], ['plaquiste', 'agent de propreté', 'maçon']),
  ]),
  c('b21-visites-plateau', ['afpa-staff', 'publisher', 'careful'], [
    t('Quelles visites de plateaux techniques sont programmées pour les prochaines semaines ?', 'agenda', [
      on('2027-01-19'),
      ['soudure'],
      on('2027-03-10'),
      ['électricité'],
    ], [...notOn('2027-01-26'), ...notOn('2027-02-03')]),
  ]),
  c('b21-promo-agenda-remuneration', ['ase', 'cd-pilot', 'follow-up'], [
    t('la prochaine IC Promo 16/18 c’est quand ?', 'agenda', [on('2027-03-17')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-11'),
    ]),
    t('et la prochaine entrée en phase d’engagement ?', 'agenda', [on('2027-02-01')]),
    t('ok. les jeunes sont rémunérés pendant le programme ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b21-semaine-prochaine', ['afpa-staff', 'director', 'typo'], [
    t('tu peux me sortir l agenda de la semaine pro stp', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
  ]),

  // ── Eligibility, from the side of those who receive the prescriptions ───
  c('b21-ase-15-puis-17', ['afpa-staff', 'rap', 'ase', 'follow-up'], [
    t('On a reçu une orientation Promo 16/18 pour un jeune ASE de 15 ans, c’est recevable ?', 'eligibility', [
      NO,
      ['16 ans', 'moins de 16', 'trop jeune', '16 à 18', '16-18', '16 et 18', 'minimum', 'limite d', 'son âge'],
    ]),
    t('et sa sœur, 17 ans, aussi à l’ASE, sortie du lycée en cours d’année, ni emploi ni formation ?', 'eligibility', [
      YES,
    ], YES_BLOCKERS),
  ]),
  c('b21-brsa-non-inscrite', ['cd-pilot', 'abbrev'], [
    t('Une BRSA pas inscrite a France Travail, elle peut entrer en Prépa Compétences ?', 'eligibility', [YES], YES_BLOCKERS),
  ]),
  c('b21-jeune-majeur', ['ase', 'careful'], [
    t(
      'Un jeune de 19 ans en contrat jeune majeur à l’ASE : la Promo 16/18 est-elle envisageable ?',
      'eligibility',
      [NO, ['18 ans', 'mineur', 'majeur', '16 à 18', '16-18', '16 et 18', 'limite d', 'trop âgé', 'son âge']],
    ),
  ]),
  c('b21-pec-brsa', ['afpa-staff', 'rap', 'follow-up'], [
    t('Salarié en PEC et allocataire du RSA : il peut faire Compétences PEC ?', 'eligibility', [YES], YES_BLOCKERS),
    t('meme si son contrat a ete signe la semaine derniere ?', 'eligibility', [
      [...YES, 'dès'],
      ['dès la signature', 'dès signature', 'premiers mois', 'immédiatement', 'dès le début', 'signature du contrat'],
    ], YES_BLOCKERS),
  ]),
  c('b21-apprenti-17', ['ase', 'short'], [
    t('jeune de 17 ans en apprentissage, on peut l’inscrire sur la promo ?', 'eligibility', [
      NO,
      ['apprenti', 'formation', 'emploi', 'travaill', 'contrat', 'décroch', 'scolaris'],
    ]),
  ]),
  c('b21-siae-rsfp', ['afpa-staff', 'careful'], [
    t(
      'Un salarié de SIAE qui n’a pas les prérequis pour une VAE : peut-on l’orienter vers la RSFP ?',
      'eligibility',
      [YES, ['rsfp', 'r.s.f.p', 'reconnaissance des savoir']],
      YES_BLOCKERS,
    ),
  ]),

  // ── Prescribing ──────────────────────────────────────────────────────────
  c('b21-orientation-ase-promo', ['ase', 'follow-up'], [
    t(
      'Je suis à l’ASE, je voudrais orienter un jeune de 16 ans déscolarisé vers la Promo 16/18, je fais comment ?',
      'prescribe',
      [PROMO, ['prescri', 'orient', 'inscri', 'formulaire', 'demande']],
    ),
    t('et l’inscription sur PANDA c’est moi ou l’AFPA ?', 'prescribe', [
      ['panda'],
      ['référent', 'conseiller', 'travailleur social', 'travailleurs sociaux'],
    ]),
  ]),
  c('b21-cout-prescription', ['cd-pilot', 'money'], [
    t('Prescrire du Prépa Compétences, ça coûte quoi au Département ?', 'prescribe', [
      [
        'sans contrepartie',
        'aucune contrepartie',
        'gratuit',
        'aucun coût',
        'sans coût',
        'pas de coût',
        'sans frais',
        'aucun frais',
        'coûte rien',
        'financé par l',
        'pris en charge par l',
        'financement de l',
        'financé par le pic',
      ],
    ]),
  ]),
  c('b21-avant-prescription-pec', ['afpa-staff', 'rap', 'follow-up'], [
    t(
      'Avant qu’on reçoive une prescription Compétences PEC, le référent doit avoir fait quoi ?',
      'prescribe',
      [['employeur'], ['accord', 'adhésion', 'inform']],
    ),
    t('et pour les conditions matérielles ?', 'prescribe', [['mobilité'], ['garde d', 'enfant']]),
  ]),
  c('b21-prescrire-prepa-session', ['cd-pilot', 'abbrev'], [
    t(
      'je voudrais prescrire prepa comp volet 1 pour un BRSA suivi a la MDS, session du 18 janvier a Montauban',
      'prescribe',
      [PREPA, ['prescri', 'orient', 'inscri', 'formulaire', 'demande', 'fiche']],
    ),
  ]),

  // ── Out of scope ─────────────────────────────────────────────────────────
  c('b21-oos-salle-copil', ['cd-pilot', 'copil'], [
    t('Tu peux me réserver une salle au centre AFPA pour le COPIL de mars ?', 'out_of_scope', [
      [...OUT_OF_SCOPE, 'ne gère pas', 'pas possible', 'ne permet pas', 'ne réserve pas'],
    ]),
  ]),
  c('b21-oos-self', ['afpa-staff', 'no-accents'], [
    t('c est quoi les horaires du self de l afpa montauban ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b21-oos-greta', ['cd-pilot', 'abbrev'], [
    t('Le CD82 a signé le même genre d’accord avec le GRETA ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),

  // ── Other ────────────────────────────────────────────────────────────────
  c('b21-aide-nouveau-copil', ['newcomer', 'copil'], [
    t(
      'Bonjour, je viens d’arriver au service insertion et je rejoins le COPIL. Tu peux m’aider sur quoi ?',
      'other',
      [['dispositif', 'agenda', 'prescri', 'éligib', 'prépa', 'promo', 'chiffre', 'indicateur', 'objectif']],
    ),
  ]),
  c('b21-salut', ['short'], [t('Salut 👋', 'other', [['bonjour', 'salut', 'hello', 'bienvenue', 'coucou']])]),
  c('b21-mauvaise-conv', ['short', 'typo'], [
    t('oups mauvaise conv, ignore stp', 'other', [
      [
        "d'accord",
        'd’accord',
        'pas de souci',
        'pas de problème',
        'aucun souci',
        'entendu',
        'ok',
        'très bien',
        'compris',
        'hésitez pas',
        'bonne journée',
        'à bientôt',
        'noté',
      ],
    ]),
  ]),
];
