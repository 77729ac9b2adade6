/**
 * Hundred-seventeenth blind set: young, hurried référents insertion of the Département (CD82)
 * typing on Teams mobile (one to five words, SMS style, no accents, typos, « stp », « dac »,
 * follow-ups that only make sense after the previous turn, now and then a long rambling
 * message with the question buried inside, or two questions in one).
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case whose tags get the intents of its turns, plus « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

const TWO = 'two-questions';

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DUR = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours max',
];
const PEC_DUR = ['5 jours', 'cinq jours', '5 j ', '5 journées'];
const PROMO_DUR = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PREPA = ['prépa', 'prepa'];
const PEC = ['compétences pec', 'competences p.e.c', 'compétences p.e.c', 'pec', 'p.e.c', 'parcours emploi'];
const PROMO = ['promo', '16/18', '1618', '16-18', '16.18'];

const COST = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'ne coûte rien',
  'rien au département',
  'financé par l',
  'financement de l',
  'état',
  'pic',
  'investissement dans les compétences',
];

const YES = [
  'éligible',
  'oui',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut y',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'accessible',
  'possible',
  'correspond',
];
const NOT_NO = ['pas éligible', 'non éligible', 'inéligible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'pas accessible',
  'ne remplit pas',
  'ne correspond pas',
  'pas concerné',
  'réservé',
  'ne relève pas',
  'trop jeune',
  'non,',
  'non.',
  'non :',
  'n’est pas',
  "n'est pas",
  'pas pour',
];
const NOT_YES = ['est bien éligible', 'oui, ', 'remplit les conditions', 'remplit bien'];

/** « The agreement does not cover / say it », in the ways an answer may put it. */
const OOS = [
  'ne prévoit pas',
  'prévoit pas',
  'ne dit rien',
  'dit rien',
  'dit pas',
  'ne précise pas',
  'précise pas',
  'ne couvre pas',
  'couvre pas',
  'ne mentionne pas',
  'mentionne pas',
  'ne traite pas',
  'traite pas',
  'aborde pas',
  'parle pas',
  'indique pas',
  'figure pas',
  'hors ',
  'pas prévu',
  'pas couvert',
  'pas mentionné',
  'pas traité',
  'aucune information',
  'aucune mention',
  'aucun élément',
  'pas d’information',
  "pas d'information",
  'rien sur',
  'rien à ce sujet',
  'ne sais pas',
  'pas en mesure',
  'ne peux pas',
];

/** Figures not yet available. */
const NA = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'pas de donnée',
  'pas encore de',
  'ne dispose pas',
  'pas encore été',
  'pas connu',
  'aucun chiffre',
  'pas de chiffre',
  'pas encore publi',
  'pas encore communiqu',
  'pas accès',
  'ne sont pas',
  'pas encore',
];

/** The answer offers the prescription form or explains the steps. */
const PRESC = ['formulaire', 'panda', 'adhésion', 'inscri', 'fiche de prescription', 'prescription'];

const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];
const MIXTE = ['mixte', 'distance et présentiel', 'présentiel et distance', 'présentiel et distanciel', 'hybride'];
const DISTANCE = ['distance', 'distanciel'];

const HELLO = ['bonjour', 'salut', 'hello', 'bienvenue', 'coucou'];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'prépa', 'jpo'];
const THANKS = ['de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'à votre service', 'hésitez', 'à bientôt'];
const CANCEL = ['annul', 'abandon', 'arrêt', 'entendu', 'noté', 'pas de souci', 'pas de problème', 'ok', 'd’accord', "d'accord"];

// ── The set ─────────────────────────────────────────────────────────────────

export const HUNDRED_SEVENTEENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b117-prepa-ckoi', [], [
    turn('prepa comp c koi', 'dispositif', [
      ['projet professionnel', 'projet pro', 'consolider', 'entrée en formation', 'sécuriser', 'formation'],
    ]),
  ]),
  c('b117-prepa-duree', [], [
    turn('duree prepa ?', 'dispositif', [PREPA_DUR], ['13 semaines', 'treize semaines']),
  ]),
  c('b117-prepa-volets', [], [
    turn('volet 1 prepa c cmb de j', 'dispositif', [['5 à 6', '5 et 6', '5-6', 'cinq à six', 'cinq et six']]),
    turn('et volet 2', 'dispositif', [['4 à 8', '4 et 8', '4-8', 'quatre à huit', 'quatre et huit']]),
  ]),
  c('b117-pec-jours', [], [
    turn('pec combien de jours stp', 'dispositif', [PEC_DUR], ['13 semaines', '2 à 8 jours']),
  ]),
  c('b117-promo-duree-rallonge', [], [
    turn('promo 1618 duree', 'dispositif', [PROMO_DUR], ['2 à 8 jours']),
    turn('et si le jeune a besoin de + de temps', 'dispositif', [['4 mois', 'quatre mois']]),
  ]),
  c('b117-promo-jours', [], [
    turn('promo c quels jours ds la semaine', 'dispositif', [['lundi'], ['jeudi']]),
  ]),
  c('b117-prepa-distance', [], [
    turn('prepa a distance possible ?', 'dispositif', [DISTANCE, ['oui', 'présentiel', 'tout ou partie', 'possible']]),
  ]),
  c('b117-pec-certifs', [], [
    turn('compet pec ca debouche sur quoi', 'dispositif', [
      ['vae', 'v.a.e', 'validation des acquis'],
      ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
      ['cléa', 'clea'],
    ]),
  ]),
  c('b117-prepa-bilan', [], [
    turn('a la fin de prepa on a un retour ?', 'dispositif', [['bilan'], ['référent', 'vous', 'accompagnement']]),
  ]),
  c('b117-prepa-cout', [], [turn('ca coute cmb au cd la prepa', 'dispositif', [COST], ['€', 'euros'])]),
  c('b117-promo-prescripteurs', [], [
    turn('qui oriente vers la promo', 'dispositif', [['mission locale', 'missions locales', 'cio', 'c.i.o']]),
  ]),
  c('b117-prepa-lieu', [], [
    turn('prepa ca se passe ou', 'dispositif', [['montauban']]),
    turn('ya ailleurs ?', 'dispositif', [
      ['délocalis', 'ailleurs', 'castelsarrasin', 'moissac', 'valence', 'ensemble du département', 'tout le département'],
    ]),
  ]),
  c('b117-promo-suivi-apres', [], [
    turn('promo suivi apres la sortie ?', 'dispositif', [['6 mois', 'six mois']]),
  ]),
  c('b117-promo-phases', [], [
    turn('promo les phases stp', 'dispositif', [['engagement'], ['construction'], ['suite']]),
  ]),
  c('b117-pec-vae-duree', [], [
    turn('vae ds pec ca dure cmb', 'dispositif', [
      ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3 jours ½', '3 jours 1/2'],
    ]),
  ]),
  c('b117-prepa-duree-distance', [TWO], [
    turn('prepa c cmb de jours et c a distance ?', 'dispositif', [PREPA_DUR, DISTANCE], ['13 semaines']),
  ]),
  c('b117-promo-duree-jours', [TWO], [
    turn('promo ca dure cmb et c quels jours ?', 'dispositif', [PROMO_DUR, ['lundi', 'jeudi']]),
  ]),
  c('b117-prepa-duree-finance', [TWO], [
    turn('prepa duree + qui finance ?', 'dispositif', [PREPA_DUR, COST], ['13 semaines']),
  ]),
  c('b117-pec-jours-entree', [TWO], [
    turn('pec c cmb de jours et prochaine entree ?', 'dispositif', [
      PEC_DUR,
      [...on('2027-01-20'), ...on('2027-02-10'), ...on('2027-03-03')],
    ]),
  ]),
  c('b117-pec-employeur', [], [
    turn('compet pec', 'dispositif', [['vae', 'rsfp', 'cléa', 'certification', 'validation']]),
    turn('qui previent l employeur', 'dispositif', [['référent', 'conseiller', 'vous']]),
  ]),
  c('b117-prepa-3tours', [], [
    turn('prepa', 'dispositif', [['projet', 'formation']]),
    turn('duree', 'dispositif', [PREPA_DUR], ['13 semaines']),
    turn('a distance ?', 'dispositif', [DISTANCE]),
  ]),
  c('b117-campagne', [], [
    turn('on peut prescrire jusqua qd', 'dispositif', [
      ['31 décembre', '31/12', '30 avril', '30/04', 'avenant', 'prolong', 'reconduction', 'poursuite', 'campagne'],
    ]),
  ]),

  // ── agenda ───────────────────────────────────────────────────────────────
  c('b117-jpo-moissac', [], [
    turn('jpo qd', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-02-09'), ...notOn('2027-01-07')]),
  ]),
  c('b117-infocoll-castel-places', [], [
    turn('info coll prepa prochaine', 'agenda', [on('2027-01-14'), ['montauban']], [
      ...notOn('2027-02-09'),
      ...notOn('2027-03-17'),
    ]),
    turn('et castel', 'agenda', [on('2027-01-21')], notOn('2027-03-04')),
    turn('il reste de la place ?', 'agenda', [seats(12)], seats(15)),
  ]),
  c('b117-places-soudure', [], [
    turn('places soudure', 'agenda', [seats(4)], ['plaquiste', 'cariste', 'maçon']),
    turn('ca commence qd', 'agenda', [on('2027-02-01')]),
  ]),
  c('b117-visite-soudure', [], [
    turn('visite plateau soudure qd', 'agenda', [on('2027-01-19'), ['14h', '14 h', '14:00']], notOn('2027-03-10')),
  ]),
  c('b117-cette-semaine', [], [
    turn('cette semaine ya quoi', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
  ]),
  c('b117-semaine-pro', [], [
    turn('semaine pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b117-prepa-v2', [], [
    turn('entrees prepa volet 2', 'agenda', [on('2027-02-15'), ['castelsarrasin']], [
      ...notOn('2027-01-18'),
      ...notOn('2027-02-08'),
      ...notOn('2027-03-08'),
    ]),
    turn('et celle du 25 janv ya de la place ?', 'agenda', [FULL]),
  ]),
  c('b117-prepa-distance-dates', [], [
    turn('prepa a distance c qd', 'agenda', [on('2027-02-08'), seats(8)], notOn('2027-02-15')),
  ]),
  c('b117-pec-atelier2', [], [
    turn('entree pec atelier 2', 'agenda', [on('2027-01-20'), seats(4)], notOn('2027-02-10')),
    turn('ya en distanciel ?', 'agenda', [on('2027-03-03'), seats(3)]),
  ]),
  c('b117-promo-entree', [], [
    turn('promo 1618 prochaine entree', 'agenda', [on('2027-02-01')]),
    turn('info coll pr les parents ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
  ]),
  c('b117-reunion-batiment', [], [
    turn('reunion metier batiment', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    turn('horaire ?', 'agenda', [['14h', '14 h', '14:00']]),
  ]),
  c('b117-cariste-prep', [], [
    turn('places cariste', 'agenda', [seats(6)], ['plaquiste', 'soudeur']),
    turn('et prep commandes', 'agenda', [seats(5), ['castelsarrasin']]),
  ]),
  c('b117-elec', [TWO], [
    turn('visite elec qd + places electricien ?', 'agenda', [on('2027-03-10'), seats(2)], notOn('2027-01-19')),
  ]),
  c('b117-infocoll-pec', [], [
    turn('info coll pec', 'agenda', [on('2027-02-09'), ['moissac']], notOn('2027-01-14')),
  ]),
  c('b117-restau', [], [turn('places agent restau', 'agenda', [seats(4), ['caussade']])]),
  c('b117-prepa-moissac', [], [
    turn('prepa volet 1 a moissac', 'agenda', [on('2027-03-08'), MIXTE], notOn('2027-01-18')),
  ]),
  c('b117-infocoll-heure-places', [], [
    turn('prochaine info coll', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn('a quelle heure', 'agenda', [['9h30', '9 h 30', '09:30', '9:30', '09h30']]),
    turn('cb de places', 'agenda', [seats(15)], seats(12)),
  ]),
  c('b117-jpo-visite', [TWO], [
    turn('prochaine jpo et prochaine visite plateau ?', 'agenda', [on('2027-02-03'), on('2027-01-19')], notOn('2027-01-07')),
  ]),
  c('b117-promo-ou-qd', [TWO], [
    turn('promo c ou et c qd la prochaine', 'agenda', [['montauban'], on('2027-02-01')]),
  ]),
  c('b117-soudure-macon', [TWO], [turn('places soudure et macon ?', 'agenda', [seats(4), seats(3)], ['plaquiste'])]),
  c('b117-fevrier', [TWO], [
    turn('jpo et info coll en fevrier', 'agenda', [on('2027-02-03'), [...on('2027-02-11'), ...on('2027-02-09')]], [
      ...notOn('2027-01-14'),
      ...notOn('2027-03-04'),
    ]),
  ]),
  c('b117-jpo-moissac-horaires', [], [
    turn('jpo moissac', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
    turn('horaires', 'agenda', [['10h', '10 h', '10:00']]),
  ]),
  c('b117-visite-soudure-merci', [], [
    turn('visite soudure', 'agenda', [on('2027-01-19')]),
    turn('cb de places', 'agenda', [seats(8)]),
    turn('ok merci', 'other', [THANKS]),
  ]),

  // ── eligibility ──────────────────────────────────────────────────────────
  c('b117-elig-17-ase', [], [turn('elig 17a ase ?', 'eligibility', [YES, PROMO], NOT_NO)]),
  c('b117-elig-15', [], [
    turn('jeune 15 ans decrocheur promo ?', 'eligibility', [NO, ['16']], NOT_YES),
  ]),
  c('b117-elig-rsa-ft', [], [
    turn('mr rsa pas inscrit ft prepa possible ?', 'eligibility', [YES, PREPA], NOT_NO),
    turn('et sil est inscrit ft', 'eligibility', [YES], NOT_NO),
  ]),
  c('b117-elig-salarie-pec', [], [
    turn('salarie en pec peut faire compet pec ?', 'eligibility', [YES, PEC], NOT_NO),
  ]),
  c('b117-elig-sans-pec', [], [
    turn('brsa sans contrat pec peut faire compet pec pr une vae ?', 'eligibility', [NO, PEC], NOT_YES),
  ]),
  c('b117-elig-lycee', [], [
    turn('jeune 17 ans encore au lycee promo ?', 'eligibility', [NO, ['quitté', 'décroch', 'scolaris', 'formation', 'lycée']], NOT_YES),
  ]),
  c('b117-elig-rambling-v2', [], [
    turn(
      'bjr alors jai une dame au rsa 45 ans, elle a deja son projet aide soignante et elle a trouve un organisme mais elle a peur de lacher en cours de route, elle a eu des soucis avant, est ce quelle peut faire qqch avec vous genre prepa pour securiser ? merci bcp',
      'eligibility',
      [YES, ['volet 2', 'sécuris', 'entrée en formation']],
      NOT_NO,
    ),
  ]),
  c('b117-elig-brsa-projet', [], [
    turn('brsa 52a veut bosser son projet pro elig ?', 'eligibility', [YES, ['volet 1', 'consolid', 'projet']], NOT_NO),
  ]),
  c('b117-elig-ase-foyer', [], [
    turn('jeune 16 ans ase en foyer decrochee elle peut faire la promo ?', 'eligibility', [YES], NOT_NO),
    turn('faut laccord des parents ?', 'dispositif', [['autorisation', 'parent']]),
  ]),
  c('b117-elig-fratrie', [TWO], [
    turn('gars 17a ase decrocheur + sa soeur 15a, promo pr les 2 ?', 'eligibility', [YES, NO]),
  ]),
  c('b117-elig-mineur-hors-ase', [], [
    turn('17a pas ase pas rsa decroche elig promo ?', 'eligibility', [YES, ['mission locale', 'missions locales', 'cio', 'c.i.o']], NOT_NO),
  ]),
  c('b117-elig-de-pas-rsa', [], [
    turn('de inscrit ft mais pas au rsa, prepa via le cd ?', 'eligibility', [
      ['france travail', 'pôle emploi', 'pole emploi'],
      ['rsa'],
    ]),
  ]),
  c('b117-elig-15-puis-16', [], [
    turn('elig 15a ase promo', 'eligibility', [NO], NOT_YES),
    turn('et a 16 ans ?', 'eligibility', [YES], NOT_NO),
  ]),
  c('b117-elig-17-duree', [TWO], [
    turn('elig 17a ase + c combien de temps ?', 'eligibility', [YES, PROMO_DUR], NOT_NO),
  ]),
  c('b117-elig-rsa-cout', [TWO], [
    turn('rsa inscrit ft prepa ok ? et ca coute au cd ?', 'eligibility', [YES, COST], NOT_NO),
  ]),

  // ── out_of_scope ─────────────────────────────────────────────────────────
  c('b117-oos-remu', [], [
    turn('remuneration pdt la prepa ?', 'out_of_scope', [OOS], ['€', 'euros', 'smic']),
  ]),
  c('b117-oos-transport', [], [
    turn('frais de transport rembourses ?', 'out_of_scope', [OOS], ['€', 'euros', 'remboursés à']),
  ]),
  c('b117-oos-hebergement', [], [
    turn('hebergement promo pr un jeune de moissac ?', 'out_of_scope', [OOS], ['€', 'euros']),
  ]),
  c('b117-oos-permis', [], [turn('permis b finance ?', 'out_of_scope', [OOS], ['€', 'euros'])]),
  c('b117-oos-cpf', [], [turn('cpf utilisable pr une formation afpa ?', 'out_of_scope', [OOS], ['€', 'euros'])]),
  c('b117-oos-cej', [], [turn('cej compatible avec la promo ?', 'out_of_scope', [OOS])]),
  c('b117-oos-sanction', [], [
    turn('si il abandonne la prepa il perd son rsa ?', 'out_of_scope', [OOS], ['suspension de', 'radiation']),
  ]),
  c('b117-oos-repas', [], [turn('repas du midi pris en charge a la promo ?', 'out_of_scope', [OOS], ['€', 'euros'])]),
  c('b117-oos-aide-soignant', [], [
    turn('places formation aide soignant afpa ?', 'out_of_scope', [[...OOS, 'aucune', 'pas de', 'ne propose pas', 'pas dans']], [
      ...seats(4),
      ...seats(3),
    ]),
  ]),
  c('b117-oos-meteo', [], [
    turn('quel temps demain a montauban', 'out_of_scope', [[...OOS, 'uniquement', 'seulement', 'peux vous aider']]),
  ]),
  c('b117-oos-aah', [], [turn('aah ca change qqch si prepa ?', 'out_of_scope', [OOS], ['€', 'euros'])]),
  c('b117-oos-bourse', [], [
    turn('promo duree', 'dispositif', [PROMO_DUR]),
    turn('et ya une bourse pr le jeune ?', 'out_of_scope', [OOS], ['€', 'euros']),
  ]),
  c('b117-oos-garde', [], [
    turn('la garde des enfants pdt prepa qui paye ?', 'out_of_scope', [[...OOS, 'référent', 'conditions matérielles']], ['€', 'euros']),
  ]),

  // ── contact ──────────────────────────────────────────────────────────────
  c('b117-contact-afpa', [], [turn('qui contacter afpa pr prepa', 'contact', [['battedou', 'vella']])]),
  c('b117-contact-coordo', [], [turn('c qui le coordo departemental', 'contact', [['vella']])]),
  c('b117-contact-rap-tel', [], [
    turn('resp accompagnement et parcours c qui', 'contact', [['battedou']]),
    turn('son tel ?', 'contact', [
      [...OOS, 'ne donne pas', 'pas de numéro', 'aucun numéro', 'pas indiqué', 'ne fournit pas', 'aucune coordonnée', 'pas de coordonnées'],
    ], ['05 6', '+33', '@afpa']),
  ]),
  c('b117-contact-referent-cd', [], [
    turn('referent cd de l experimentation c qui', 'contact', [
      ['désign', 'ne précise pas', 'ne nomme pas', 'pas nommé', 'ne donne pas', 'pas indiqué', 'ne cite pas'],
    ]),
  ]),
  c('b117-contact-promo', [], [turn('pr la promo je passe par qui', 'contact', [['mission', 'cio', 'c.i.o']])]),
  c('b117-contact-panda', [], [
    turn('qui nous habilite sur panda', 'contact', [['afpa', 'a.f.p.a'], ['habilit']]),
  ]),
  c('b117-contact-pilotage', [TWO], [
    turn('qui pilote au national et qui recoit le tableau de bord ?', 'contact', [
      ['dgefp', 'd.g.e.f.p', 'délégation générale'],
      ['trimestri', 'mensuel', 'chaque mois', 'tous les mois'],
    ]),
  ]),
  c('b117-contact-suivi-accord', [TWO], [
    turn('qui suit laccord cote afpa et cote cd ?', 'contact', [['vella'], ['weill']]),
  ]),
  c('b117-contact-mail', [TWO], [
    turn('qui contacter pr pec et son mail stp', 'contact', [
      ['battedou', 'vella'],
      [...OOS, 'ne donne pas', 'pas de mail', 'aucun mail', 'pas indiqué', 'ne fournit pas', 'aucune coordonnée', 'pas de coordonnées', 'adresse'],
    ], ['@afpa']),
  ]),

  // ── figures ──────────────────────────────────────────────────────────────
  c('b117-fig-objectifs', [], [
    turn('objectifs 2022 ?', 'figures', [['30', 'trente'], ['50', 'cinquante'], ['10 ', 'dix']]),
  ]),
  c('b117-fig-3tours', [], [
    turn('objectif prepa rsa', 'figures', [['30', 'trente']]),
    turn('et pec', 'figures', [['50', 'cinquante']]),
    turn('et ase promo', 'figures', [['10', 'dix']]),
  ]),
  c('b117-fig-entres', [], [turn('cb de brsa entres en prepa en 2022 ?', 'figures', [NA])]),
  c('b117-fig-reussite', [], [turn('taux de reussite aux exams ?', 'figures', [NA])]),
  c('b117-fig-sorties', [], [turn('objectif sorties positives promo', 'figures', [['70']])]),
  c('b117-fig-indicateurs', [], [
    turn('indicateurs suivis pr les jpo', 'figures', [['nombre'], ['portes ouvertes', 'jpo', 'j.p.o', 'participant']]),
  ]),
  c('b117-fig-pec-realise', [TWO], [
    turn('objectif pec + on en est ou ?', 'figures', [['50', 'cinquante'], NA]),
  ]),
  c('b117-fig-ase-realise', [], [
    turn('objectif promo ase', 'figures', [['10', 'dix']]),
    turn('et on en est ou', 'figures', [NA]),
  ]),
  c('b117-fig-prepa-pec', [TWO], [
    turn('objectif prepa et pec ?', 'figures', [['30', 'trente'], ['50', 'cinquante']]),
  ]),

  // ── prescribe ────────────────────────────────────────────────────────────
  c('b117-presc-prepa', [], [turn('je veux prescrire prepa', 'prescribe', [PRESC])]),
  c('b117-presc-pec', [], [
    turn('comment on prescrit pec', 'prescribe', [['employeur'], PRESC]),
  ]),
  c('b117-presc-promo', [], [turn('prescrire promo pr un jeune ase', 'prescribe', [PRESC])]),
  c('b117-presc-apres-elig', [], [
    turn('elig rsa non inscrit ft prepa ?', 'eligibility', [YES], NOT_NO),
    turn('dac je prescris', 'prescribe', [PRESC]),
  ]),
  c('b117-presc-avant', [], [
    turn('faut faire quoi avant de prescrire', 'prescribe', [
      ['adhésion', 'accord', 'informe'],
      ['mobilité', 'garde', 'conditions matérielles'],
    ]),
  ]),
  c('b117-presc-session', [], [
    turn('presc prepa volet 1 session du 18 svp', 'prescribe', [PRESC, PREPA]),
  ]),
  c('b117-presc-rambling', [], [
    turn(
      'bjr jai une dame au rsa qui voudrait se former en logistique mais elle sait pas trop, elle a pas fait decole depuis longtemps, comment je fais pr lorienter vers prepa svp',
      'prescribe',
      [PRESC],
    ),
  ]),
  c('b117-presc-annule', [], [
    turn('prescrire prepa', 'prescribe', [PRESC]),
    turn('annule', 'other', [CANCEL]),
  ]),

  // ── other ────────────────────────────────────────────────────────────────
  c('b117-bjr', [], [turn('bjr', 'other', [HELLO])]),
  c('b117-tu-fais-quoi', [], [turn('tu sers a quoi', 'other', [HELP])]),
  c('b117-aide', [], [turn('aide stp', 'other', [HELP])]),
  c('b117-merci-top', [], [turn('ok merci top', 'other', [THANKS])]),
  c('b117-laisse-tomber', [], [turn('laisse tomber', 'other', [CANCEL])]),
  c('b117-salut', [], [turn('salut ca va', 'other', [HELLO])]),
];
