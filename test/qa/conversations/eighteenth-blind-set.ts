/**
 * Eighteenth blind set: « the terse expert ».
 *
 * Written blind, only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its
 * action plan and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, Europe/Paris).
 *
 * Users already know the partnership: AFPA staff checking their own published agenda,
 * référents looking for a date or free places for a person, a coordinator double-checking a
 * rule. They type one to five words, lower case, no accents, abbreviations (jpo, ic, pec,
 * brsa, ft, ase, ml, cd, qd, cb, pr, ds, sem pro), typos, and lean on the previous answer.
 */

import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

// ── Helpers ─────────────────────────────────────────────────────────────────

/** Both apostrophes: the bot may write ’ or '. */
function apostrophes(alternatives: string[]): string[] {
  const out = alternatives.flatMap((a) => {
    if (a.includes("'")) return [a, a.replace(/'/g, '’')];
    if (a.includes('’')) return [a, a.replace(/’/g, "'")];
    return [a];
  });
  return [...new Set(out)];
}

/** A conversation; its tags get the intents of its turns (and 'multi-turn'). */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  const widened = turns.map((x) => ({
    say: x.say,
    expect: {
      ...x.expect,
      mustContain: x.expect.mustContain.map(apostrophes),
      mustNotContain: apostrophes(x.expect.mustNotContain ?? []),
    },
  }));
  return { id, tags: [...new Set([...intents, ...extra, 'terse-expert', ...tags])], turns: widened };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa compétences', 'prepa competences', 'prépa-compétences', 'prépa comp'];
const COMP_PEC = ['compétences pec', 'compétences p.e.c', 'compétences-pec', 'competences pec'];
const PROMO = ['promo 16/18', 'promo 16-18', 'promo1618', 'promo 1618', 'promo 16.18', 'promo 16 18', 'promo 16 / 18'];

const PRESCRIBING = ['prescri', 'formulaire', 'orient', 'inscri'];

/** An eligibility « yes ». */
const YES = [
  'éligible',
  'oui',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut suivre',
  'peut être orienté',
  'peut y être orienté',
  'peut être prescrit',
  'peut accéder',
  'peut y accéder',
  'accessible',
  'est possible',
  'mobilisable',
  'fait partie du public',
  'correspond au public',
  'dans la cible',
];
/** What a « yes » answer never says. */
const NOT_YES = ['pas éligible', 'non éligible', 'inéligible'];

/** An eligibility « no » (including « only if… », « reserved to… »). */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'non,',
  'non.',
  'non :',
  'non !',
  'non –',
  'non -',
  'ne peut pas',
  'ne peut être',
  'ne pourra pas',
  'pas accessible',
  'ne correspond pas',
  'ne remplit pas',
  'pas possible',
  'impossible',
  'ne relève pas',
  "n'entre pas",
  'hors cible',
  'hors du public',
  'pas dans la cible',
  'pas concerné',
  'ne concerne pas',
  "ne s'adresse pas",
  'ne vise pas',
  'exclu',
  'réservé',
  'uniquement',
  'seulement',
  'à condition',
  "qu'aux",
  'ne concerne que',
  "ne s'adresse qu",
];
/** What a « no » answer never says. */
const NOT_NO = ['oui,', 'oui !', 'oui.', 'oui :'];

const AGE_TOO_OLD = [
  'mineur',
  '16 à 18',
  '16-18',
  '16 et 18',
  '16 à 17',
  '16-17',
  '16 ou 17',
  'moins de 18',
  '18 ans',
  'majeur',
  'trop âgé',
  "limite d'âge",
  "tranche d'âge",
];
const AGE_TOO_YOUNG = [
  '16 ans',
  '16 à 18',
  '16-18',
  '16 et 18',
  '16 à 17',
  '16-17',
  'trop jeune',
  'moins de 16',
  'à partir de 16',
  'dès 16',
  'minimum',
  "limite d'âge",
  "tranche d'âge",
];
const STILL_AT_SCHOOL = [
  'scolaris',
  'lycée',
  'lyceen',
  'collège',
  'décroch',
  'quitté',
  'sorti',
  'toujours en',
  'encore en',
  'cursus',
  'en formation',
  'établissement',
];
const IN_TRAINING_OR_WORK = ['apprenti', 'en formation', 'ni en formation', 'emploi', 'travaill', 'contrat', 'alternance'];
const NOT_IN_PEC = [
  'parcours emploi compétences',
  'parcours emploi competences',
  'contrat pec',
  'contrat p.e.c',
  'en pec',
  'un pec',
  'signataire',
  'salarié',
  'bénéficiaires de pec',
  "bénéficiaire d'un",
];
const NOT_JOBSEEKER = [
  'demandeur',
  'rsa',
  'allocataire',
  'sans emploi',
  'éloigné',
  'en emploi',
  'salarié',
  'en poste',
];

const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'pas de contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'sans frais',
  'aucun frais',
  'pas payant',
  'non payant',
  'rien à payer',
  'ne coûte rien',
  "financé par l'état",
  "financés par l'état",
  "financée par l'état",
  "pris en charge par l'état",
  "l'état finance",
  'plan d’investissement dans les compétences',
  'p.i.c',
  ' pic ',
  '(pic)',
];

const NOT_YET = [
  'pas encore disponible',
  'pas encore de chiffre',
  'pas de chiffre',
  'aucun chiffre',
  'non disponible',
  'pas disponible',
  'indisponible',
  'pas encore',
  'aucune donnée',
  'pas de donnée',
  'aucun résultat',
  'pas de résultat',
  'aucune entrée',
  '0 entrée',
  '0 /',
  '0 sur',
  'zéro',
  'pas de bilan',
  'aucune prescription',
  'non connu',
  "n'ai pas",
  'ne dispose pas',
  'pas remonté',
  'en attente',
];
const target = (n: number) => [
  `${n} allocataires`,
  `${n} bénéficiaires`,
  `${n} personnes`,
  `${n} jeunes`,
  `${n} entrées`,
  `${n} orientations`,
  `objectif : ${n}`,
  `objectif de ${n}`,
  `objectif ${n}`,
  `cible : ${n}`,
  `: ${n}`,
  `/ ${n}`,
  `/${n}`,
  `sur ${n}`,
  ` ${n} `,
];

const OUT_OF_SCOPE = [
  'ne couvre pas',
  'ne dit rien',
  "n'en dit rien",
  'ne prévoit pas',
  "hors de l'accord",
  'hors accord',
  'ne précise pas',
  'pas prévu',
  'non prévu',
  'ne traite pas',
  'ne mentionne pas',
  'pas mentionné',
  'ne parle pas',
  'pas couvert',
  "n'aborde pas",
  "n'évoque pas",
  'aucune information',
  "pas d'information",
  'ne contient pas',
  'ne figure pas',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors de mon périmètre',
  'ne porte pas',
  "pas dans l'accord",
  'rien à ce sujet',
  'ne relève pas',
  'ne peux pas répondre',
];

const FULL = [
  'complet',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'zéro place',
  '(0 place',
  ': 0 place',
  'épuisé',
  ...seats(0),
];

const NOTHING = [
  'aucun',
  'rien',
  "pas d'év",
  'pas de date',
  'pas de session',
  "n'y a pas",
  'pas de rendez',
  'vide',
  'libre',
];

// ── Agenda (AFPA's published agenda, today = Monday 11 January 2027) ────────

const agenda: ConversationCase[] = [
  c('b18-jpo-puis-moissac', ['jpo', 'follow-up', 'afpa-staff'], [
    t('jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    t('moissac ?', 'agenda', [on('2027-02-17'), ['moissac']], notOn('2027-01-07')),
  ]),
  c('b18-ic-fev-que-prepa', ['info-collective', 'month', 'follow-up', 'abbrev'], [
    t('info coll fev', 'agenda', [on('2027-02-09'), on('2027-02-11')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-21'),
      ...notOn('2027-03-04'),
    ]),
    t('que les prepa ?', 'agenda', [on('2027-02-11')], notOn('2027-02-09')),
  ]),
  c('b18-places-cariste-prep-cde-cpf', ['places', 'trade', 'follow-up', 'referent'], [
    t('places cariste', 'agenda', [['cariste'], seats(6)], [
      'soudeur',
      'maçon',
      'plaquiste',
      'agent de restauration',
      'propreté',
      'électricien',
    ]),
    t('et prepa de cde ?', 'agenda', [['préparateur'], seats(5), ['castelsarrasin']], ['prépa compétences']),
    t('financement cpf ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b18-visites-mois-puis-mars', ['visite-plateau', 'month', 'follow-up'], [
    t('visites ce mois', 'agenda', [on('2027-01-19'), ['soud']], notOn('2027-03-10')),
    t('et mars', 'agenda', [on('2027-03-10'), ['électri']], notOn('2027-01-19')),
  ]),
  c('b18-reunion-btp-places', ['reunion-metier', 'abbrev', 'follow-up'], [
    t('reunion metier btp qd', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    t('places ?', 'agenda', [seats(12)]),
  ]),
  c('b18-entree-prepa-et-apres-avec-places', ['sessions', 'follow-up', 'referent'], [
    t('prochaine entree prepa', 'agenda', [on('2027-01-18')], notOn('2027-01-20')),
    t('et apres ?', 'agenda', [[...on('2027-01-25'), ...on('2027-02-08')]]),
    t('avec places', 'agenda', [on('2027-02-08')], notOn('2027-01-25')),
  ]),
  c('b18-sessions-pec-distanciel', ['sessions', 'modalite', 'follow-up', 'abbrev'], [
    t('sessions comp pec ?', 'agenda', [on('2027-01-20')], notOn('2027-01-18')),
    t('que du distanciel', 'agenda', [on('2027-03-03'), seats(3)], [
      ...notOn('2027-01-20'),
      ...notOn('2027-02-10'),
    ]),
  ]),
  c('b18-sem-pro-puis-mars', ['week', 'month', 'follow-up', 'abbrev'], [
    t('sem pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
    t('tout mars stp', 'agenda', [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')], [
      ...notOn('2027-01-19'),
      ...notOn('2027-02-23'),
    ]),
  ]),
  c('b18-le-3-horaires', ['date', 'jpo', 'follow-up'], [
    t('le 3 ?', 'agenda', [on('2027-02-03'), ['portes ouvertes', 'jpo']]),
    t('horaires ?', 'agenda', [['9h', '9 h', '09:00', '9:00'], ['17h', '17 h', '17:00']]),
  ]),
  c('b18-soudur-plaquiste', ['places', 'typo', 'full', 'follow-up'], [
    t('soudur dispo ?', 'agenda', [['soudeur'], seats(4), on('2027-02-01')]),
    t('plaquiste ?', 'agenda', [['plaquiste'], FULL]),
  ]),
  c('b18-electricen-debut', ['places', 'typo', 'follow-up'], [
    t('electricen places??', 'agenda', [['électricien'], seats(2)], ['plaquiste', 'cariste', 'soudeur']),
    t('debut ?', 'agenda', [on('2027-03-08')]),
  ]),
  c('b18-ic-castel-valence', ['info-collective', 'town', 'abbrev', 'follow-up'], [
    t('ic castel qd', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
    t('valence ?', 'agenda', [on('2027-03-04')]),
  ]),
  c('b18-demain-jeudi', ['date', 'empty-day', 'follow-up', 'afpa-staff'], [
    t('demain qqch ?', 'agenda', [NOTHING]),
    t('jeudi ?', 'agenda', [on('2027-01-14')], notOn('2027-01-21')),
  ]),
  c('b18-v2-castel-et-25', ['sessions', 'full', 'follow-up', 'abbrev'], [
    t('v2 castel dispo', 'agenda', [on('2027-02-15'), seats(5)]),
    t('et celle du 25 ?', 'agenda', [FULL]),
  ]),
  c('b18-formation-moissac', ['places', 'town'], [
    t('formation moissac places', 'agenda', [['propreté'], seats(7)], ['cariste', 'soudeur', 'plaquiste']),
  ]),
];

// ── Dispositifs ─────────────────────────────────────────────────────────────

const dispositifs: ConversationCase[] = [
  c('b18-duree-promo-jours-remu', ['promo-16-18', 'follow-up', 'coordinator'], [
    t('duree promo ?', 'dispositif', [['13 semaines', 'treize semaines', '3 mois', 'trois mois']]),
    t('lun-ven ?', 'dispositif', [['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'lundi > jeudi']]),
    t('remunere ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
  c('b18-pec-c-ki-duree-fin', ['competences-pec', 'abbrev', 'follow-up'], [
    t('pec c ki ?', 'dispositif', [['parcours emploi compétences', 'parcours emploi competences']]),
    t('duree ?', 'dispositif', [['5 jours', 'cinq jours']], ['13 semaines', '2 à 8 jours']),
    t('ca finit par ?', 'dispositif', [
      ['vae', 'v.a.e', 'validation des acquis'],
      ['rsfp', 'r.s.f.p', 'savoir-faire'],
      ['cléa', 'clea'],
    ]),
  ]),
  c('b18-volet-2-volet-1-distanciel', ['prepa-competences', 'volets', 'follow-up'], [
    t('volet 2 ?', 'dispositif', [['sécuris'], ['4 à 8', '4 et 8', 'quatre à huit', '4-8', '4 a 8']]),
    t('et le 1', 'dispositif', [['5 à 6', '5 et 6', 'cinq à six', '5-6', '5 a 6'], ['projet']]),
    t('distanciel possible ?', 'dispositif', [
      ['distance', 'distanciel'],
      ['présentiel', 'tout ou partie', 'en partie', 'partiellement', 'mixte', 'centre'],
    ]),
  ]),
  c('b18-clea-num-open-badges', ['clea', 'open-badges', 'abbrev', 'follow-up'], [
    t('clea num ?', 'dispositif', [
      ['numérique'],
      ['usage', 'environnement de travail', 'compétences numériques', 'connaissances'],
    ]),
    t('et open badges', 'dispositif', [
      ['badge'],
      ['soft skills', 'savoir-être', 'savoir être', 'transvers', 'douces', 'reconnaissance', 'valoris'],
    ]),
  ]),
  c('b18-rsfp-vs-vae', ['rsfp', 'vae', 'follow-up', 'coordinator'], [
    t('rsfp vs vae', 'dispositif', [
      ['prérequis', 'pré-requis', 'pré requis'],
      ['savoir-faire', 'savoir faire'],
    ]),
    t('atelier vae/rsfp cb de j ?', 'dispositif', [
      ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j', '3,5 jour'],
    ]),
  ]),
  c('b18-fle', ['francais-pro', 'abbrev'], [
    t('fle pr primo arrivant ?', 'dispositif', [
      ['français', 'francais'],
      ['langue étrangère', 'visée professionnelle', 'professionnel'],
    ]),
  ]),
  c('b18-promo-phases-apres', ['promo-16-18', 'follow-up'], [
    t('promo phases', 'dispositif', [['engagement'], ['construction'], ['la suite']]),
    t('apres la sortie ?', 'dispositif', [['6 mois', 'six mois'], ['mission locale', 'missions locales']]),
  ]),
  c('b18-autorisation-parentale', ['promo-16-18', 'coordinator'], [
    t('autoris parentale promo??', 'dispositif', [['autorisation'], ['parent']]),
  ]),
  c('b18-clauses-sociales', ['clauses-sociales'], [
    t('clauses sociales ?', 'dispositif', [
      ['clause'],
      ['premiers gestes', 'gestes techniques', 'chantier', 'missions', "éloignés de l'emploi"],
    ]),
  ]),
];

// ── Eligibility (telegraphic profiles) ──────────────────────────────────────

const eligibility: ConversationCase[] = [
  c('b18-17a-ase-deco-puis-19a', ['promo-16-18', 'ase', 'boundary', 'follow-up'], [
    t('17a ase deco promo ok?', 'eligibility', [YES], NOT_YES),
    t('et 19a ?', 'eligibility', [NO, AGE_TOO_OLD], NOT_NO),
  ]),
  c('b18-brsa-45-nonft-puis-pec', ['prepa-competences', 'rsa', 'follow-up'], [
    t('brsa 45 non FT prepa?', 'eligibility', [YES], NOT_YES),
    t('et si elle signe un pec ?', 'eligibility', [YES, COMP_PEC], NOT_YES),
  ]),
  c('b18-30a-pec-mairie-accord', ['competences-pec', 'employer', 'follow-up'], [
    t('30a pec mairie comp pec?', 'eligibility', [YES], NOT_YES),
    t('accord mairie necessaire ?', 'prescribe', [
      ['employeur', 'mairie'],
      [
        'son accord',
        "l'accord de l'employeur",
        "accord de l'employeur",
        "l'accord de la mairie",
        'recueill',
        'donner son accord',
        "d'accord",
        'accord préalable',
      ],
    ]),
  ]),
  c('b18-16a-lyceen', ['promo-16-18', 'school'], [
    t('16a lyceen promo?', 'eligibility', [NO, STILL_AT_SCHOOL], NOT_NO),
  ]),
  c('b18-15a-decroche', ['promo-16-18', 'boundary'], [
    t('15 ans decroche promo', 'eligibility', [NO, AGE_TOO_YOUNG], NOT_NO),
  ]),
  c('b18-cdi-prepa', ['prepa-competences'], [
    t('salarie cdi temps plein prepa ?', 'eligibility', [NO, NOT_JOBSEEKER], NOT_NO),
  ]),
  c('b18-17a-apprenti', ['promo-16-18'], [
    t('17a en apprentissage promo ?', 'eligibility', [NO, IN_TRAINING_OR_WORK], NOT_NO),
  ]),
  c('b18-brsa-cdd-comp-pec', ['competences-pec', 'rsa'], [
    t('brsa 38a cdd classique comp pec ?', 'eligibility', [NO, NOT_IN_PEC], NOT_NO),
  ]),
  c('b18-ase-16a-cap', ['promo-16-18', 'ase', 'school'], [
    t('ase 16a en cap promo ?', 'eligibility', [NO, [...STILL_AT_SCHOOL, ...IN_TRAINING_OR_WORK, 'cap']], NOT_NO),
  ]),
  c('b18-pec-signe-hier', ['competences-pec', 'timing'], [
    t('pec signe hier comp pec deja ?', 'eligibility', [
      [...YES, 'dès la signature', 'dès signature', 'immédiatement', 'dès le début', 'premiers mois'],
    ], NOT_YES),
  ]),
  c('b18-17a-ml-sorti-college', ['promo-16-18', 'mission-locale'], [
    t('17 ans ml sorti college rien depuis promo', 'eligibility', [YES], NOT_YES),
  ]),
  c('b18-brsa-entree-mars-v2', ['prepa-competences', 'volets'], [
    t('brsa entree afpa en mars prepa v2 ?', 'eligibility', [YES, ['sécuris', 'entrée en formation']], NOT_YES),
  ]),
];

// ── Contacts ────────────────────────────────────────────────────────────────

const contacts: ConversationCase[] = [
  c('b18-coord-afpa-deploiement', ['afpa', 'follow-up'], [
    t('coord afpa ?', 'contact', [['vella']]),
    t('et deploiement des 3 ?', 'contact', [['battedou']]),
  ]),
  c('b18-vella-c-ki', ['afpa'], [t('vella c ki', 'contact', [['directeur'], ['montauban']])]),
  c('b18-signataires-suivi-cd', ['accord', 'follow-up', 'coordinator'], [
    t('signataires ?', 'contact', [['weill'], ['vella']]),
    t('suivi cote cd ?', 'contact', [['weill', 'président du conseil', 'représentant', 'référent']]),
  ]),
  c('b18-mail-battedou', ['afpa'], [
    t('mail battedou ?', 'contact', [['battedou', 'responsable accompagnement']]),
  ]),
];

// ── Prescriptions ───────────────────────────────────────────────────────────

const prescriptions: ConversationCase[] = [
  c('b18-prescrire-prepa-panda-payant', ['prepa-competences', 'panda', 'follow-up'], [
    t('prescrire prepa', 'prescribe', [PREPA, PRESCRIBING]),
    t('panda c moi ?', 'prescribe', [['panda'], ['inscri', 'habilit', 'saisi', 'référent']]),
    t('payant pr le cd ?', 'prescribe', [FREE]),
  ]),
  c('b18-orienter-ase-promo-entree', ['promo-16-18', 'ase', 'follow-up'], [
    t('orienter jeune ase vers promo', 'prescribe', [PROMO, PRESCRIBING]),
    t('prochaine entree ?', 'agenda', [on('2027-02-01')], notOn('2027-01-18')),
  ]),
  c('b18-mes-prescriptions', ['status'], [t('mes prescriptions ?', 'prescribe', [['prescription']])]),
];

// ── Figures ─────────────────────────────────────────────────────────────────

const figures: ConversationCase[] = [
  c('b18-chiffres-prepa-puis-pec', ['indicators', 'follow-up'], [
    t('chiffres prepa ?', 'figures', [NOT_YET, target(30)]),
    t('et pec ?', 'figures', [target(50)]),
  ]),
  c('b18-nb-ase-promo', ['indicators', 'ase'], [t('nb jeunes ase en promo ?', 'figures', [NOT_YET, target(10)])]),
  c('b18-objectifs-2022-realise', ['indicators', 'follow-up', 'coordinator'], [
    t('objectifs 2022 ?', 'figures', [target(30), target(50), target(10)]),
    t('realise ?', 'figures', [NOT_YET]),
  ]),
];

// ── Out of scope ────────────────────────────────────────────────────────────

const outOfScope: ConversationCase[] = [
  c('b18-frais-transport', ['mobility'], [t('frais transport rembourses ?', 'out_of_scope', [OUT_OF_SCOPE])]),
  c('b18-cej', ['abbrev'], [t('cej ?', 'out_of_scope', [OUT_OF_SCOPE])]),
  c('b18-cantine', ['afpa'], [t('tarif cantine afpa', 'out_of_scope', [OUT_OF_SCOPE])]),
];

export const EIGHTEENTH_BLIND_SET: ConversationCase[] = [
  ...agenda,
  ...dispositifs,
  ...eligibility,
  ...contacts,
  ...prescriptions,
  ...figures,
  ...outOfScope,
];
