/**
 * Seventy-third blind set. Who speaks: the pilot of the partnership at the Département de
 * Tarn-et-Garonne, preparing a steering committee (full sentences, sometimes two questions
 * in one), and référents insertion of the CD82 typing in Teams (very short messages,
 * abbreviations such as prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, ASE, info coll, JPO,
 * no accents, typos, rambling messages with the question buried inside, follow-ups that
 * only make sense after the previous turn).
 *
 * Written blind, from the agreement between the Département and AFPA (with its 2022-2023
 * action plan and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking at
 * the bot. Where the agreement is silent, the expected answer says so.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2 jours et 8 jours',
  '2-8 jours',
];
const VOLET1_DURATION = ['5 à 6 jours', '5 et 6 jours', '5 ou 6 jours', '5-6 jours', 'cinq à six jours', '5 à 6 j'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', '4 à 8 j'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const RSA = ['rsa', 'revenu de solidarité'];
const PEC = ['pec', 'parcours emploi compétences', 'parcours emploi-compétences'];
const DISTANCE = ['distance', 'distanciel'];
const MONTAUBAN = ['montauban'];
const STATE_FUNDED = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'aucun frais',
  'sans frais',
  'financé par l',
  'financement',
  'état',
  'pic',
  'investissement dans les compétences',
];
const FULL = ['complet', ' 0 place', 'places : 0', 'aucune place', 'plus de place', 'pas de place', 'plus aucune'];
const MIXED = ['mixte', 'hybride', 'présentiel et distanciel', 'distanciel et présentiel', 'présentiel et à distance'];
const FORM = ['formulaire', 'fiche de prescription', 'carte', 'étape', 'panda', 'inscri'];

/** « The agreement does not say », in the many ways a French answer may put it. */
const SILENT = [
  'ne prévoit pas',
  'prévoit pas',
  'pas prévu',
  'ne dit rien',
  'dit rien',
  'ne précise pas',
  'précise pas',
  'ne couvre pas',
  'couvre pas',
  'pas couvert',
  'ne traite pas',
  'traite pas',
  'ne mentionne pas',
  'mentionne pas',
  'pas mentionné',
  'aucune mention',
  'ne parle pas',
  'parle pas',
  'aborde pas',
  'évoque pas',
  'indique pas',
  'ne figure pas',
  'figure pas',
  'ne concerne pas',
  'concerne pas',
  'ne contient pas',
  'aucune information',
  'aucune donnée',
  'pas de donnée',
  'pas cette information',
  'rien sur',
  'rien à ce sujet',
  'hors du',
  'hors de',
  'hors champ',
  'hors périmètre',
  'hors sujet',
  'hors cadre',
  'ne peux pas',
  'pas en mesure',
  'je ne sais pas',
  'ne relève pas',
];

/** Yearly figures that nobody has published yet. */
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun',
  'pas de donnée',
  'pas de chiffre',
  'aucune donnée',
  'zéro',
  ' 0 ',
  'pas de résultat',
  'rien',
];

const YES = [
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut suivre',
  'peut y accéder',
  'peut participer',
  'correspond',
  'relève',
  'accessible',
  'possible',
  'pourra',
  'oui',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'ne correspond pas',
  'correspond pas',
  'pas possible',
  'impossible',
  'ne relève pas',
  'relève pas',
  'pas concerné',
  'pas accès',
  'exclu',
  'pas pour le moment',
  'pas pour l',
  'pas encore',
  'non,',
  'non.',
];
/** A positive verdict that must not be given to an ineligible person. */
const NOT_YES = ['oui, il est', 'oui, elle est', 'oui il peut', 'oui elle peut', 'oui, il peut', 'oui, elle peut'];
const NOT_NO = ['pas éligible', 'non éligible', 'inéligible'];

// ── The set ─────────────────────────────────────────────────────────────────

export const SEVENTY_THIRD_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b73-prepa-public-financeur', ['pilot', 'two-questions'], [
    turn(
      'Pour le COPIL de jeudi, pouvez-vous me rappeler à qui s’adresse Prépa Compétences et qui le finance ?',
      'dispositif',
      [RSA, STATE_FUNDED],
    ),
  ]),
  c('b73-prepa-duree', ['referent', 'short'], [
    turn('prepa comp c combien de jours', 'dispositif', [PREPA_DURATION], ['13 semaines', 'treize semaines']),
  ]),
  c('b73-prepa-semaines', ['referent', 'short'], [
    turn('prepa comp ca s etale sur cb de semaines', 'dispositif', [TWO_WEEKS], ['13 semaines', 'treize semaines']),
  ]),
  c('b73-prepa-volets-durees', ['referent'], [
    turn('prepa comp volet 1 vs volet 2 ?', 'dispositif', [
      ['projet'],
      ['entrée en formation', 'sécuris'],
    ]),
    turn('et ca dure cb chacun', 'dispositif', [VOLET1_DURATION, VOLET2_DURATION], ['13 semaines']),
  ]),
  c('b73-prepa-phases', ['referent', 'short'], [
    turn('les 4 phases de prepa comp ?', 'dispositif', [
      ['se préparer', 'préparer'],
      ['s’engager', 's\'engager', 'engager'],
      ['réfléchir'],
      ['agir'],
    ]),
  ]),
  c('b73-pec-multi', ['referent', 'short'], [
    turn('c quoi competences pec', 'dispositif', [PEC, ['vae', 'rsfp', 'cléa', 'certification']]),
    turn('duree ?', 'dispositif', [PEC_DURATION], ['13 semaines', '2 à 8 jours']),
    turn('et a distance c possible ?', 'dispositif', [DISTANCE], ['lundi au jeudi']),
  ]),
  c('b73-pec-portefeuille', ['referent', 'sms'], [
    turn('c koi le portefeuille de comp ds pec', 'dispositif', [['portefeuille'], PEC]),
  ]),
  c('b73-pec-quand', ['referent', 'short'], [
    turn('competences pec mobilisable qd', 'dispositif', [
      ['signature', 'dès le début', 'premiers mois', 'début du contrat', 'début du pec'],
    ]),
  ]),
  c('b73-pec-ateliers-acquis', ['referent', 'short'], [
    turn('ateliers reconnaissance des acquis pec combien', 'dispositif', [
      ['6 ateliers', 'six ateliers', '6 demi', 'six demi'],
      ['demi-journée', 'demi journée', 'demi-journées', 'demi journées'],
    ]),
  ]),
  c('b73-pec-vae-clea', ['referent', 'two-questions'], [
    turn('ds competences pec la vae c cb de jours et clea socle ?', 'dispositif', [
      ['3,5 jours', '3.5 jours', '3,5 j', 'trois jours et demi', '3 jours et demi', '3 jours ½'],
      ['1 jour', 'une journée', 'un jour', '1 journée'],
    ]),
  ]),
  c('b73-promo-duree-max', ['referent', 'short'], [
    turn('promo 16 18 ca peut aller jusqua combien de temps max', 'dispositif', [PROMO_MAX], ['2 à 8 jours']),
  ]),
  c('b73-promo-public', ['referent', 'short'], [
    turn('la promo c pour qui exactement', 'dispositif', [
      ['mineur', '16 à 17', '16-17', '16 et 17', '16 à 18', '16 et 18'],
      ['collège', 'lycée', 'scolaire', 'décroch', 'pas en formation', 'ni en formation', 'ne travaillent pas', 'sans emploi'],
    ]),
  ]),
  c('b73-promo-ou-quand', ['referent', 'short'], [
    turn('promo 1618 ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
    turn('c ou', 'dispositif', [['montauban', 'village']]),
    turn('et le vendredi ils font quoi', 'dispositif', [['jeudi']]),
  ]),
  c('b73-promo-prescripteurs', ['referent'], [
    turn('qui propose la promo 1618 aux jeunes normalement', 'dispositif', [
      ['mission locale', 'missions locales'],
      ['cio', 'c.i.o'],
    ]),
    turn('et nous au CD pour un jeune ASE ?', 'dispositif', [
      ['ase', 'aide sociale'],
      ['peut', 'peuvent', 'bénéficier', 'orient'],
    ]),
  ]),
  c('b73-ou-se-passe', ['referent', 'short'], [
    turn('les dispositifs ca se passe ou', 'dispositif', [
      MONTAUBAN,
      ['délocalis', 'ensemble du département', 'tout le département', 'dans le département', 'autres communes'],
    ]),
  ]),
  c('b73-cout-cd', ['referent', 'sms'], [
    turn('ca coute cb au CD une presc prepa', 'dispositif', [STATE_FUNDED], ['€']),
  ]),
  c('b73-remuneration-prepa', ['referent', 'silent'], [
    turn('stagiaires remuneres pdt prepa comp ?', 'dispositif', [SILENT], ['€']),
  ]),
  c('b73-prepa-duree-remu', ['referent', 'two-questions', 'silent'], [
    turn('prepa comp c combien de jours et c remunere ?', 'dispositif', [PREPA_DURATION, SILENT], ['€', '13 semaines']),
  ]),
  c('b73-bilan-individuel', ['referent', 'short'], [
    turn('bilan individuel on le recoit qd', 'dispositif', [
      ['fin du parcours', 'fin de parcours', 'à la fin', 'issue', 'terme'],
    ]),
  ]),
  c('b73-panda', ['referent', 'short'], [
    turn('panda cest quoi', 'dispositif', [
      ['traçabilité', 'tracer', 'trace', 'suivi des parcours', 'plateforme', 'plate-forme'],
    ]),
  ]),
  c('b73-reporting', ['pilot', 'two-questions'], [
    turn(
      'Pour la préparation du comité : quels tableaux de bord et bilans l’AFPA transmet-elle, et à quel rythme ?',
      'dispositif',
      [['dgefp', 'd.g.e.f.p'], ['mensuel', 'chaque mois', 'par mois'], ['annuel', 'trimestriel', 'chaque année']],
    ),
  ]),
  c('b73-copil-frequence', ['referent', 'short'], [
    turn('le copil de l accord se reunit cb de fois', 'dispositif', [
      ['une fois par an', '1 fois par an', 'au moins une fois', 'annuel', 'chaque année', '1 fois/an', 'une fois l’an'],
    ]),
  ]),
  c('b73-duree-accord', ['pilot'], [
    turn('Quelle est la durée de l’accord de partenariat et depuis quand court-il ?', 'dispositif', [
      ['2 ans', 'deux ans'],
      [...on('2022-01-01'), '1er janvier 2022', 'janvier 2022'],
    ]),
    turn('Peut-on le prolonger ou le modifier ?', 'dispositif', [['avenant']]),
  ]),
  c('b73-campagne-2022', ['pilot'], [
    turn('pour la campagne 2022 les entrees etaient possibles jusqu a quand ?', 'dispositif', [
      [...on('2022-12-31'), '31 décembre'],
    ]),
    turn('et les parcours devaient finir pour ?', 'dispositif', [[...on('2023-04-30'), '30 avril']]),
  ]),
  c('b73-rsfp', ['referent', 'short'], [
    turn('c quoi RSFP', 'dispositif', [['reconnaissance des savoir'], ['prérequis', 'pré-requis', 'vae']]),
  ]),
  c('b73-fle', ['referent', 'rambling'], [
    turn(
      'j ai une dame primo arrivante au rsa qui parle pas bien francais, vous avez un truc a l afpa pour elle ?',
      'dispositif',
      [['français'], ['langue étrangère', 'visée professionnelle', 'primo', 'débutant', 'fle']],
    ),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b73-ag-infocoll-castel-places', ['referent', 'short'], [
    turn('prochaine info coll prepa', 'agenda', [on('2027-01-14'), MONTAUBAN], notOn('2027-01-07')),
    turn('et a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-01-14')),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
  ]),
  c('b73-ag-infocoll-valence', ['referent', 'short'], [
    turn('info coll prepa c qd', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn('et a valence ?', 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-01-14')),
  ]),
  c('b73-ag-jpo-moissac', ['referent', 'short'], [
    turn('prochaine jpo', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17'), ['moissac']], notOn('2027-02-03')),
  ]),
  c('b73-ag-visite-soudure', ['referent', 'short'], [
    turn('visite plateau soudure qd', 'agenda', [on('2027-01-19'), ['14h', '14 h', '14:00']], notOn('2027-03-10')),
  ]),
  c('b73-ag-logistique-cariste', ['referent', 'short'], [
    turn('reunion metier logistique ?', 'agenda', [on('2027-01-26'), MONTAUBAN], notOn('2027-02-23')),
    turn('des places en formation cariste ?', 'agenda', [seats(6), on('2027-01-27')], ['plaquiste', 'soudeur']),
  ]),
  c('b73-ag-batiment-caussade', ['referent', 'short'], [
    turn('reunion batiment caussade c quand', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b73-ag-volet1-places', ['referent', 'two-questions'], [
    turn('prochaine entree prepa volet 1 et ya de la place ?', 'agenda', [on('2027-01-18'), seats(6)]),
  ]),
  c('b73-ag-volet2-complet', ['referent'], [
    turn('session volet 2 du 25 janvier il reste des places ?', 'agenda', [FULL]),
    turn('et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin'], seats(5)]),
  ]),
  c('b73-ag-prepa-distance', ['referent', 'short'], [
    turn('prepa a distance prochaine session', 'agenda', [on('2027-02-08'), DISTANCE], notOn('2027-01-18')),
  ]),
  c('b73-ag-prepa-moissac-modalite', ['referent', 'short'], [
    turn('la session prepa de moissac en mars c en presentiel ?', 'agenda', [MIXED, on('2027-03-08')]),
  ]),
  c('b73-ag-pec-atelier2', ['referent', 'short'], [
    turn('entrees competences pec atelier 2', 'agenda', [on('2027-01-20'), seats(4)]),
    turn('et a distance ?', 'agenda', [on('2027-03-03'), seats(3)]),
  ]),
  c('b73-ag-promo-entree', ['referent', 'short', 'two-questions'], [
    turn('prochaine entree promo 1618 et cb de places', 'agenda', [on('2027-02-01'), seats(10)]),
  ]),
  c('b73-ag-pec-infocoll', ['referent', 'short'], [
    turn('info coll pec pour les employeurs ?', 'agenda', [on('2027-02-09'), ['moissac']], notOn('2027-01-14')),
  ]),
  c('b73-ag-plaquiste', ['referent', 'short'], [
    turn('plaquiste dispo ?', 'agenda', [FULL], ['soudeur', 'cariste']),
  ]),
  c('b73-ag-macon', ['referent', 'two-questions'], [
    turn('formation macon ca commence qd et cb de places', 'agenda', [on('2027-02-15'), seats(3)], ['plaquiste']),
  ]),
  c('b73-ag-elec', ['referent', 'short'], [
    turn('visite elec ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    turn('et des places en formation electricien ?', 'agenda', [seats(2), on('2027-03-08')], ['plaquiste']),
  ]),
  c('b73-ag-cette-semaine', ['referent', 'short'], [
    turn('cette semaine ya quoi', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b73-ag-semaine-pro', ['referent', 'short'], [
    turn('agenda semaine pro', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b73-ag-infocoll-fevrier', ['pilot'], [
    turn(
      'Pour le comité, j’aurais besoin de la liste des informations collectives de février, tous dispositifs confondus.',
      'agenda',
      [on('2027-02-09'), on('2027-02-11')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-03-17')],
    ),
  ]),
  c('b73-ag-moissac', ['referent', 'short'], [
    turn(
      'quoi de prevu a moissac',
      'agenda',
      [['moissac'], [...on('2027-02-09'), ...on('2027-02-17'), ...on('2027-03-08'), ...on('2027-02-22')]],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-23')],
    ),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b73-el-brsa-volet2', ['referent', 'rambling'], [
    turn(
      'BRSA 45 ans pas inscrit FT, projet aide soignante, a besoin de securiser son entree en formation, prepa comp ok ?',
      'eligibility',
      [YES, ['volet 2', 'sécuris']],
      NOT_NO,
    ),
  ]),
  c('b73-el-brsa-inscrite-ft', ['referent', 'short'], [
    turn('BRSA inscrite FT elle peut faire prepa comp aussi ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b73-el-rqth-volet1', ['referent', 'rambling'], [
    turn(
      'mme 52 ans RQTH au RSA depuis 4 ans projet flou elle doit retravailler son projet pro, prepa ?',
      'eligibility',
      [YES, ['volet 1', 'projet']],
      NOT_NO,
    ),
  ]),
  c('b73-el-ase-17', ['referent', 'short'], [
    turn('jeune ASE 17 ans decroche depuis la 2nde peut faire la promo ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b73-el-ase-16-tout-juste', ['referent', 'short'], [
    turn('ado ASE 16 ans tout juste, descolarise, ni formation ni taf -> promo ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b73-el-ase-15', ['referent', 'short'], [
    turn('jeune ASE 15 ans promo 1618 ?', 'eligibility', [NO, ['16']], NOT_YES),
    turn('et qd il aura 16 ans ?', 'eligibility', [YES]),
  ]),
  c('b73-el-ml-19', ['referent', 'short'], [
    turn('jeune 19 ans suivi ML promo 1618 possible', 'eligibility', [NO], NOT_YES),
  ]),
  c('b73-el-lyceen', ['referent'], [
    turn(
      '17 ans encore au lycee en 1ere mais il decroche un peu, la promo 1618 pour lui ?',
      'eligibility',
      [NO, ['lycée', 'scolaris', 'quitté', 'formation', 'décroch']],
      NOT_YES,
    ),
  ]),
  c('b73-el-apprenti', ['referent', 'short'], [
    turn('jeune 17 ans apprenti en CFA, promo ?', 'eligibility', [NO], NOT_YES),
  ]),
  c('b73-el-pec-mairie', ['referent', 'sms'], [
    turn('salarie PEC depuis 3 mois en mairie, BRSA, competences pec ok ?', 'eligibility', [YES, ['employeur']], NOT_NO),
  ]),
  c('b73-el-cdi-pas-pec', ['referent', 'short'], [
    turn('BRSA en CDI temps partiel pas en PEC, competences pec ?', 'eligibility', [NO, PEC], NOT_YES),
  ]),
  c('b73-el-cddi-aci', ['referent', 'short'], [
    turn('salarie en CDDI dans un ACI, pas PEC, competences pec possible ?', 'eligibility', [NO, PEC], NOT_YES),
  ]),
  c('b73-el-ase-multi', ['referent', 'short'], [
    turn('un jeune ASE peut faire la promo ?', 'eligibility', [['16'], ['ase', 'aide sociale']]),
    turn('il a 17 ans et a quitte le lycee', 'eligibility', [YES], NOT_NO),
    turn('faut l accord des parents ?', 'eligibility', [['autorisation', 'parents', 'parental']]),
  ]),
  c('b73-el-garde-enfants', ['referent', 'short'], [
    turn('BRSA 30 ans volet 1 ok ?', 'eligibility', [YES], NOT_NO),
    turn('elle a pas de mode de garde', 'eligibility', [['garde'], ['référent', 'distance', 'conditions matérielles']]),
  ]),
  c('b73-el-de-pas-rsa', ['referent', 'rambling'], [
    turn(
      'j ai un monsieur DE suivi que par FT, pas au RSA, je peux le prescrire en prepa via le CD ou pas ?',
      'eligibility',
      [RSA, ['france travail', 'pôle emploi']],
    ),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b73-oos-montant-rsa', ['referent', 'short'], [
    turn('montant rsa personne seule 2027', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b73-oos-permis', ['referent', 'short'], [
    turn('aide au permis B financee par l afpa ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b73-oos-cej', ['referent', 'short'], [
    turn('CEJ contrat engagement jeune c quoi', 'out_of_scope', [SILENT]),
  ]),
  c('b73-oos-mdph', ['referent', 'short'], [
    turn('delai dossier MDPH pour l AAH ?', 'out_of_scope', [SILENT]),
  ]),
  c('b73-oos-meteo', ['referent', 'short'], [
    turn('meteo montauban demain', 'out_of_scope', [SILENT], ['°']),
  ]),
  c('b73-oos-cpf', ['referent', 'short'], [
    turn('il peut utiliser son CPF pour la formation cariste ?', 'out_of_scope', [SILENT]),
  ]),
  c('b73-oos-frais-deplacement', ['referent', 'rambling'], [
    turn(
      'ma beneficiaire habite a 40 km, est ce que ses frais de deplacement pour venir a l info coll sont rembourses ?',
      'out_of_scope',
      [SILENT],
      ['€'],
    ),
  ]),
  c('b73-oos-prime-promo', ['referent', 'short'], [
    turn('les jeunes de la promo ils touchent une prime ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b73-oos-then-agenda', ['referent', 'short', 'two-questions'], [
    turn('la mutuelle est prise en charge pdt prepa ? et c qd la prochaine info coll', 'out_of_scope', [
      SILENT,
      on('2027-01-14'),
    ], notOn('2027-01-07')),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b73-ct-prepa', ['referent', 'short'], [
    turn('qui contacter a l afpa pour prepa comp', 'contact', [
      ['battedou', 'responsable accompagnement', 'vella', 'coordonnat'],
    ]),
  ]),
  c('b73-ct-coordo', ['referent', 'short'], [
    turn('qui est le coordo departemental', 'contact', [['vella', 'directeur du centre']]),
  ]),
  c('b73-ct-interlocuteurs', ['pilot', 'two-questions'], [
    turn(
      'Côté AFPA, qui sont les interlocuteurs du référent de l’expérimentation et quel est le rôle de chacun ?',
      'contact',
      [['vella'], ['battedou'], ['coordonnat', 'déploiement', 'responsable accompagnement']],
    ),
  ]),
  c('b73-ct-pec-role', ['referent', 'short'], [
    turn('contact pour competences pec', 'contact', [['battedou', 'responsable accompagnement', 'vella']]),
    turn('et son role exact ?', 'contact', [['déploiement', 'responsable', 'coordonnat', 'directeur']]),
  ]),
  c('b73-ct-suivi-accord', ['pilot'], [
    turn('Qui sont les deux personnes chargées du suivi de l’accord ?', 'contact', [
      ['vella'],
      ['weill', 'président'],
    ]),
  ]),
  c('b73-ct-referent-experimentation', ['pilot', 'short'], [
    turn('qui designe le referent de l experimentation ?', 'contact', [['département', 'cd82', 'conseil départemental']]),
  ]),
  c('b73-ct-telephone', ['referent', 'short'], [
    turn('tel de fabienne battedou stp', 'contact', [
      [...SILENT, 'pas de numéro', 'aucun numéro', 'ne dispose pas', 'pas son numéro', 'pas le numéro'],
    ], ['05 6', '05.6', '+33']),
  ]),
  c('b73-ct-communication', ['referent', 'two-questions'], [
    turn('qui nous presente les dispositifs et on a un kit ou des flyers ?', 'contact', [
      ['afpa', 'a.f.p.a'],
      ['kit', 'flyer', 'argumentaire'],
    ]),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b73-fg-prepa', ['referent', 'short'], [
    turn('objectif prepa comp cb de brsa', 'figures', [[' 30 ', '30 allocataires', 'trente']]),
  ]),
  c('b73-fg-ase', ['referent', 'short'], [
    turn('cb de jeunes ASE vers la promo c l objectif', 'figures', [[' 10 ', '10 jeunes', '10 personnes', 'dix jeunes']]),
  ]),
  c('b73-fg-recap', ['pilot'], [
    turn(
      'Pour le comité de pilotage, pouvez-vous me récapituler les trois objectifs chiffrés du plan d’action ?',
      'figures',
      [
        [' 30 ', '30 allocataires', 'trente'],
        [' 50 ', '50 allocataires', 'cinquante'],
        [' 10 ', '10 jeunes', '10 personnes', 'dix jeunes'],
      ],
    ),
  ]),
  c('b73-fg-realise', ['pilot'], [
    turn('objectifs 2022 ?', 'figures', [[' 30 ', '30 allocataires', 'trente'], [' 50 ', '50 allocataires', 'cinquante']]),
    turn('et on en est ou ?', 'figures', [NOT_YET]),
  ]),
  c('b73-fg-entrees-prepa', ['referent', 'short'], [
    turn('cb d entrees prepa cette annee', 'figures', [NOT_YET]),
  ]),
  c('b73-fg-sorties-promo', ['pilot', 'two-questions'], [
    turn('Quel taux de sorties positives vise la Promo 16/18, et pour combien de jeunes au national ?', 'figures', [
      ['70'],
      ['35 000', '35000', '35\u00a0000', '35\u202f000'],
    ]),
  ]),
  c('b73-fg-indicateurs-jpo', ['pilot'], [
    turn('Quels indicateurs suit-on pour les JPO et les infos collectives ?', 'figures', [
      ['nombre'],
      ['allocataire', 'bénéficiaire'],
    ]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b73-pr-prepa', ['referent', 'short'], [
    turn('je veux prescrire prepa comp', 'prescribe', [FORM]),
  ]),
  c('b73-pr-comment-inscrire', ['referent', 'short'], [
    turn('comment on inscrit un brsa sur prepa', 'prescribe', [['panda', 'formulaire'], ['adhésion', 'invite', 'inscri', 'formulaire']]),
  ]),
  c('b73-pr-pec-employeur', ['referent', 'short'], [
    turn('presc competences pec faut quoi', 'prescribe', [['employeur'], ['accord', 'inform']]),
  ]),
  c('b73-pr-promo', ['referent', 'short'], [
    turn('prescrire', 'prescribe', [FORM]),
    turn('c pour la promo jeune ASE 16 ans', 'prescribe', [['promo'], [...FORM, 'mission locale']]),
  ]),
  c('b73-pr-annule', ['referent', 'short'], [
    turn('je veux faire une prescription', 'prescribe', [FORM]),
    turn('annule', 'other', [['annul', 'arrêt', 'abandon', 'pas de souci', 'pas de problème', 'est noté']]),
  ]),
  c('b73-pr-retour', ['referent', 'two-questions'], [
    turn('je prescris comment et j ai un retour a la fin ?', 'prescribe', [FORM, ['bilan']]),
  ]),
  c('b73-pr-habilitation', ['referent', 'short'], [
    turn('faut etre habilite pour prescrire ?', 'prescribe', [['habilit'], ['afpa', 'a.f.p.a']]),
  ]),
  c('b73-pr-session', ['referent', 'short'], [
    turn('prescrire sur la session volet 1 du 18 janvier', 'prescribe', [FORM, on('2027-01-18')]),
  ]),
  c('b73-pr-rambling-logistique', ['referent', 'rambling'], [
    turn(
      'bonjour alors j ai une dame BRSA que je suis depuis 2 ans elle a enfin un projet dans la logistique mais elle a peur de rater son entree en formation comment je fais pour l orienter sur prepa',
      'prescribe',
      [FORM, ['volet 2', 'sécuris']],
    ),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b73-ot-bonjour', ['referent', 'short'], [
    turn('bonjour', 'other', [['bonjour', 'hello', 'salut', 'bienvenue']]),
  ]),
  c('b73-ot-merci', ['referent', 'short'], [
    turn('merci bcp', 'other', [['plaisir', 'de rien', 'je vous en prie', 'bonne journée', 'hésitez', 'à votre service', 'volontiers']]),
  ]),
  c('b73-ot-aide', ['referent', 'short'], [
    turn('aide', 'other', [['prépa', 'dispositif', 'agenda', 'prescri']]),
  ]),
  c('b73-ot-annule-seul', ['referent', 'short'], [
    turn('annule', 'other', [['annul', 'rien en cours', 'aucune', 'arrêt', 'pas de souci', 'est noté']]),
  ]),
  c('b73-ot-bonjour-puis-question', ['referent', 'short'], [
    turn('bjr', 'other', [['bonjour', 'hello', 'salut', 'bienvenue']]),
    turn('c quoi prepa comp', 'dispositif', [RSA, [...PREPA_DURATION, 'projet', 'formation']], ['13 semaines']),
  ]),

  // ── mixed follow-ups ──────────────────────────────────────────────────────
  c('b73-mx-prepa-puis-agenda', ['referent', 'short'], [
    turn('prepa comp a distance possible ?', 'dispositif', [DISTANCE]),
    turn('prochaine session a distance', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
    turn('cb de places', 'agenda', [seats(8)]),
  ]),
  c('b73-mx-promo-distance', ['referent', 'short'], [
    turn('prepa comp en distanciel ca marche ?', 'dispositif', [DISTANCE]),
    turn('et la promo ?', 'dispositif', [['présentiel', 'sur place'], ['lundi', 'jeudi']]),
  ]),
  c('b73-mx-eligible-puis-agenda', ['referent', 'short'], [
    turn('jeune ASE 17 ans decroche promo ok ?', 'eligibility', [YES], NOT_NO),
    turn('prochaine entree ?', 'agenda', [on('2027-02-01')], notOn('2027-01-18')),
  ]),
  c('b73-mx-pec-agenda', ['referent', 'short', 'two-questions'], [
    turn('competences pec ca dure cb et prochaine entree atelier 2 ?', 'dispositif', [PEC_DURATION, on('2027-01-20')], [
      '13 semaines',
    ]),
  ]),
  c('b73-mx-promo-duree-info', ['referent', 'two-questions'], [
    turn('promo 1618 ca dure combien et ya une info coll pour les parents ?', 'dispositif', [
      PROMO_DURATION,
      on('2027-03-17'),
    ]),
  ]),
  c('b73-mx-contact-puis-prescrire', ['referent', 'short'], [
    turn('qui gere prepa comp a l afpa', 'contact', [['battedou', 'responsable accompagnement', 'vella']]),
    turn('ok je prescris comment', 'prescribe', [FORM]),
  ]),
  c('b73-mx-volets-twice', ['referent', 'two-questions'], [
    turn('volet 1 cb de jours et volet 2 ?', 'dispositif', [VOLET1_DURATION, VOLET2_DURATION], ['13 semaines']),
  ]),
  c('b73-mx-promo-phases-semaines', ['pilot', 'two-questions'], [
    turn(
      'Combien de temps dure la phase d’engagement de la Promo 16/18, et combien la construction phase 2 ?',
      'dispositif',
      [['1 semaine', 'une semaine'], ['6 semaines', 'six semaines']],
    ),
  ]),
  c('b73-mx-promo-etapes-fin', ['referent', 'sms'], [
    turn('promo 1618 etapes stp', 'dispositif', [['engagement'], ['construction']]),
    turn('et la fin ?', 'dispositif', [['suite', 'accompagnement prolongé', '6 mois', 'six mois']]),
  ]),
  c('b73-mx-el-two', ['referent', 'two-questions'], [
    turn('jeune ASE 15 ans pour la promo et son frere 17 ans decroche ?', 'eligibility', [NO, YES, ['16']]),
  ]),
  c('b73-mx-places-two', ['referent', 'two-questions', 'short'], [
    turn('places soudeur et cariste ?', 'agenda', [seats(4), seats(6)], ['plaquiste']),
  ]),
  c('b73-mx-jpo-visite', ['referent', 'two-questions', 'short'], [
    turn('prochaine jpo et prochaine visite plateau', 'agenda', [on('2027-02-03'), on('2027-01-19')], notOn('2027-01-07')),
  ]),
];
