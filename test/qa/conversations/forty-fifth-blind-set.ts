/**
 * Forty-fifth blind set: the agenda and the prescriptions, seen from both sides.
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82) looking for the next date, place, town, trade or volet to propose
 * to a person, checking eligibility and prescribing; and AFPA Montauban staff (coordinator,
 * Responsable Accompagnement et Parcours) asking what they receive and what they send back.
 * They type as people do in Teams: abbreviations (BRSA, PEC, ASE, FT, ML, TH, JPO, info coll,
 * SIAE, CDDI), no accents, typos, SMS style, dictation, long messages, one word, two questions
 * at once, and follow-ups that only make sense after the previous turn.
 *
 * Written blind: only from the agreement (convention, action plan 2022-2023, protocol of the
 * three programmes), the product guide and the published agenda fixture (today frozen at
 * Monday 11 January 2027, 9:00 Paris), without looking at how the bot works or at any
 * other set. Where the agreement is silent, the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Alternatives shared by several cases ───────────────────────────────────

/** A session or a training with no seat left. */
const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'plus aucune place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];

/** The agreement does not settle the matter. */
const SILENT = [
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'pas précisé',
  'ne traite pas',
  'ne mentionne pas',
  'ne couvre pas',
  'ne fixe pas',
  'ne règle pas',
  'pas prévu',
  'rien sur',
  'rien à ce sujet',
  'hors du champ',
  'hors champ',
  'hors de',
  'pas d’information',
  "pas d'information",
  'aucune information',
  'ne sais pas',
  'pas en mesure',
  'ne figure pas',
  'n’aborde pas',
  "n'aborde pas",
];

/** Silent, or sends to the right person to ask. */
const SILENT_OR_ASK = [
  ...SILENT,
  'voir avec',
  'vérifier avec',
  'se rapprocher',
  'rapprochez',
  'contacter',
  'contactez',
  'demander à',
  'demandez',
  'à valider avec',
];

/** A negative verdict. */
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne relève pas',
  'pas concerné',
  'ne correspond pas',
  'ne remplit pas',
  'pas accessible',
  'pas ouvert',
  'réservé',
  'non,',
  'non.',
  'non :',
  'non !',
];

/** A positive verdict. */
const YES = ['oui', 'éligible', 'peut', 'pouvez', 'possible', 'ouvert', 'accessible'];

/** What a positive verdict never says. */
const NOT_NO = ['pas éligible', 'non éligible', 'inéligible'];

const PREPA_DURATION = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', '2-8 jours'];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi'];
const IN_PEC = [
  'contrat pec',
  'contrat p.e.c',
  'parcours emploi comp',
  'en pec',
  'un pec',
  'du pec',
  'signataire',
  'salariés en pec',
  'bénéficiaires de pec',
  'bénéficiaires du pec',
];
const REFERENT = ['référent', 'referent', 'vous', 'travailleur social', 'conseiller'];
const PRESENTIEL = ['présentiel', 'presentiel', 'sur place'];
const DISTANCE = ['distance', 'distanciel'];
const STATUS = ['statut', 'mise à jour', 'mettre à jour', 'mettez à jour', 'mettre a jour'];

export const FORTY_FIFTH_BLIND_SET: ConversationCase[] = [
  // ── Agenda: the next one, this week, next week ─────────────────────────────
  c('b45-ag-prochaine-ic-prepa', ['easy', 'abbreviations'], [
    turn('c koi la prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
  ]),
  c('b45-ag-cette-semaine', ['easy', 'no-accents'], [
    turn(
      'ya quoi cette semaine a l afpa',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b45-ag-semaine-d-apres', ['medium', 'follow-up'], [
    turn('qu est ce qui se passe cette semaine cote afpa ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn(
      'et la semaine d apres ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b45-ag-jpo-un-mot', ['easy', 'one-word'], [
    turn('jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),
  c('b45-ag-jpo-passee', ['medium', 'past', 'follow-up'], [
    turn(
      'la JPO du 7 janvier on peut encore y envoyer qq1 ??',
      'agenda',
      [['passé', 'passée', 'déjà eu lieu', 'a eu lieu', 'terminé', 'terminée', 'était le', 'c’était', "c'était"]],
    ),
    turn('ok et la prochaine alors', 'agenda', [on('2027-02-03')]),
  ]),
  c('b45-ag-jpo-moissac', ['medium', 'town', 'sms'], [
    turn('jpo a moissac c qd', 'agenda', [on('2027-02-17'), ['moissac']], [...notOn('2027-02-03'), ...notOn('2027-01-07')]),
  ]),

  // ── Agenda: towns ──────────────────────────────────────────────────────────
  c('b45-ag-ic-castel', ['medium', 'town', 'abbreviations'], [
    turn(
      'prochaine info coll à castel ?',
      'agenda',
      [on('2027-01-21'), ['castelsarrasin']],
      [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
    ),
  ]),
  c('b45-ag-valence', ['medium', 'town'], [
    turn(
      'rien sur valence d agen ? j ai du monde la bas',
      'agenda',
      [on('2027-03-04'), ['valence']],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-11')],
    ),
  ]),
  c('b45-ag-moissac', ['medium', 'town'], [
    turn(
      'qu est ce qui se passe sur moissac dans les semaines qui viennent',
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-23'), ...notOn('2027-03-04')],
    ),
  ]),

  // ── Agenda: trades and places ──────────────────────────────────────────────
  c('b45-ag-soudure-visite', ['medium', 'trade', 'places', 'follow-up'], [
    turn(
      'dispo en soudure ?',
      'agenda',
      [['soudeur', 'soudure'], seats(4)],
      ['maçon', 'cariste', 'plaquiste', 'électricien', 'propreté', 'agent de restauration'],
    ),
    turn('on peut visiter l atelier avant de se lancer ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),
  c('b45-ag-plaquiste-complet', ['easy', 'places', 'full'], [
    turn('il reste de la place en plaquiste ?', 'agenda', [['plaquiste'], FULL], ['soudeur', 'cariste']),
  ]),
  c('b45-ag-electricite', ['medium', 'trade', 'places', 'follow-up'], [
    turn(
      'electricien il y a des places ?',
      'agenda',
      [['électricien', 'électricité'], seats(2), on('2027-03-08')],
      ['soudeur', 'cariste', 'propreté', 'agent de restauration', 'plaquiste'],
    ),
    turn('et une visite du plateau elec c possible ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),
  c('b45-ag-logistique-cariste', ['medium', 'trade', 'places', 'follow-up', 'situation'], [
    turn(
      'un BRSA intéréssé par la logistique (cariste ou prepa de commandes), vous avez quoi en ce moment ?',
      'agenda',
      [['cariste'], on('2027-01-26')],
      ['soudeur', 'plaquiste', 'agent de restauration'],
    ),
    turn('le cariste il reste combien de places et ca commence quand', 'agenda', [seats(6), on('2027-01-27')]),
  ]),
  c('b45-ag-restauration', ['medium', 'trade', 'places', 'situation'], [
    turn(
      'une dame de 40 ans au RSA qui a bossé en cantine voudrait une formation en restauration, ya des places qq part ?',
      'agenda',
      [['caussade'], seats(4), on('2027-03-15')],
      ['soudeur', 'cariste', 'plaquiste', 'maçon'],
    ),
  ]),
  c('b45-ag-proprete', ['hard', 'trade', 'places', 'synonym'], [
    turn(
      'formation agent d entretien / menage c dispo ?',
      'agenda',
      [['propreté', 'proprete'], ['moissac'], seats(7)],
      ['soudeur', 'cariste', 'plaquiste'],
    ),
  ]),
  c('b45-ag-macon', ['easy', 'trade', 'places', 'typo'], [
    turn('macon c dispo ?', 'agenda', [['maçon', 'macon'], seats(3), on('2027-02-15')], ['soudeur', 'cariste', 'agent de restauration']),
  ]),
  c('b45-ag-complet-global', ['hard', 'full'], [
    turn(
      'qu est ce qui est complet en ce moment ? que j evite de proposer',
      'agenda',
      [['plaquiste'], ['volet 2', ...on('2027-01-25')]],
    ),
  ]),

  // ── Agenda: entry sessions ─────────────────────────────────────────────────
  c('b45-ag-prepa-v1', ['medium', 'session', 'follow-up'], [
    turn('prochaine entrée prepa volet 1 ?', 'agenda', [on('2027-01-18'), ['montauban']]),
    turn('elle est en présentiel ?', 'agenda', [PRESENTIEL]),
  ]),
  c('b45-ag-prepa-v2-complet', ['medium', 'session', 'full', 'follow-up'], [
    turn('la prepa volet 2 du 25 janvier c complet ?', 'agenda', [FULL]),
    turn('ya une autre date en volet 2 ?', 'agenda', [on('2027-02-15'), ['castelsarrasin'], seats(5)]),
  ]),
  c('b45-ag-prepa-fevrier', ['medium', 'session', 'month'], [
    turn(
      'les entrées prepa comp en fevrier ?',
      'agenda',
      [on('2027-02-08'), on('2027-02-15')],
      [...notOn('2027-01-18'), ...notOn('2027-01-25'), ...notOn('2027-03-08')],
    ),
  ]),
  c('b45-ag-prepa-distance', ['medium', 'session', 'modality'], [
    turn(
      'elle a pas de voiture, prepa comp a distance ya une session ?',
      'agenda',
      [on('2027-02-08'), DISTANCE, seats(8)],
    ),
  ]),
  c('b45-ag-pec-entree', ['easy', 'session'], [
    turn('prochaine entree competences PEC ?', 'agenda', [on('2027-01-20'), ['montauban']], notOn('2027-01-18')),
  ]),
  c('b45-ag-pec-atelier3', ['medium', 'session'], [
    turn('atelier 3 pec date ?', 'agenda', [on('2027-02-10')], [...notOn('2027-01-20'), ...notOn('2027-03-03')]),
  ]),
  c('b45-ag-pec-distance', ['medium', 'session', 'modality'], [
    turn(
      'comp PEC en distanciel, ya une date ? la salariée bosse a beaumont et peut pas se deplacer',
      'agenda',
      [on('2027-03-03'), seats(3)],
    ),
  ]),
  c('b45-ag-1618-entree', ['easy', 'session'], [
    turn('la promo 1618 ça démarre quand ?', 'agenda', [on('2027-02-01')], [...notOn('2027-01-18'), ...notOn('2027-01-20')]),
  ]),
  c('b45-ag-1618-ic-parents', ['medium'], [
    turn(
      'y a une reunion d info promo 16 18 ou je pourrais faire venir le jeune et sa famille d accueil ?',
      'agenda',
      [on('2027-03-17')],
      [...notOn('2027-01-14'), ...notOn('2027-02-11'), ...notOn('2027-01-21')],
    ),
  ]),

  // ── Agenda: refining a list ────────────────────────────────────────────────
  c('b45-ag-ic-refine-fevrier', ['hard', 'follow-up', 'month'], [
    turn('les info coll ?', 'agenda', [on('2027-01-14'), on('2027-01-21')], notOn('2027-01-07')),
    turn(
      'seulement en fevrier',
      'agenda',
      [on('2027-02-09'), on('2027-02-11')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-03-17')],
    ),
    turn('celle de montauban, combien de places ?', 'agenda', [seats(15)]),
  ]),
  c('b45-ag-prepa-refine-castel', ['hard', 'follow-up', 'town'], [
    turn('les prochaines dates prepa comp stp', 'agenda', [on('2027-01-14')]),
    turn(
      'que a castel',
      'agenda',
      [on('2027-01-21'), on('2027-02-15')],
      [...notOn('2027-01-14'), ...notOn('2027-01-18'), ...notOn('2027-02-11'), ...notOn('2027-03-04'), ...notOn('2027-03-08')],
    ),
    turn('il reste de la place ?', 'agenda', [[...seats(12), ...seats(5)]]),
  ]),
  c('b45-ag-mars-ic', ['medium', 'month'], [
    turn(
      'qu est ce que vous avez en mars comme info coll',
      'agenda',
      [on('2027-03-04'), on('2027-03-17')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-03-10')],
    ),
  ]),
  c('b45-ag-deux-questions', ['medium', 'two-questions'], [
    turn('prochaine JPO et prochaine réunion métier ?', 'agenda', [on('2027-02-03'), on('2027-01-26')], notOn('2027-01-07')),
  ]),
  c('b45-ag-dictee-visites', ['hard', 'dictation'], [
    turn(
      'euh est-ce qu il y a une visite de plateau technique prévu bientôt virgule pour la soudure ou l électricité point d interrogation',
      'agenda',
      [on('2027-01-19'), on('2027-03-10')],
      notOn('2027-01-14'),
    ),
  ]),

  // ── Eligibility, then the agenda and the prescription ──────────────────────
  c('b45-mix-brsa-prepa-session', ['medium', 'follow-up', 'situation'], [
    turn(
      'BRSA 34 ans pas inscrit a FT, ok pour prepa comp ?',
      'eligibility',
      [YES, ['inscrit', 'inscription']],
      NOT_NO,
    ),
    turn('prochaine entree volet 1 alors ?', 'agenda', [on('2027-01-18')]),
    turn('je le prescris comment sur cette session ?', 'prescribe', [['formulaire', 'panda', 'fiche', 'bouton', 'prescri']]),
  ]),
  c('b45-mix-ase-promo-dates', ['medium', 'follow-up', 'situation'], [
    turn(
      'jeune ASE 17a, a lache le lycee en octobre, fait rien depuis. promo 1618 ok ?',
      'eligibility',
      [YES, ['16 à 18', '16 et 18', '16 ou 17', 'mineur', '16 à 17', '16 ans']],
      NOT_NO,
    ),
    turn('c quand la prochaine entree ?', 'agenda', [on('2027-02-01')]),
    turn('et une reunion d info pour sa famille d accueil ?', 'agenda', [on('2027-03-17')]),
  ]),

  // ── Eligibility ────────────────────────────────────────────────────────────
  c('b45-el-ase-15', ['easy', 'age', 'situation'], [
    turn(
      'ASE, 15 ans et demi, en decrochage total, on peut le mettre sur la promo 16 18 ?',
      'eligibility',
      [NO.concat(['pas encore', 'trop jeune', 'attendre']), ['16 ans', 'seize ans', 'à partir de 16', '16 à 18', '16 et 18']],
    ),
  ]),
  c('b45-el-ase-18-et-demi', ['medium', 'age', 'situation'], [
    turn(
      'jeune en contrat jeune majeur ASE, 18 ans et demi, promo 16/18 possible ?',
      'eligibility',
      [NO.concat(['trop âgé', 'dépasse']), ['mineur', '16 à 18', '16 et 18', '16 ou 17', 'moins de 18', '16 à 17', '16-17']],
    ),
  ]),
  c('b45-el-16-lycee', ['hard', 'situation'], [
    turn(
      'gamin de 16 ans encore au lycée mais qui décroche un peu, absences etc, promo 1618 envisageable ?',
      'eligibility',
      [
        NO.concat(['pas encore', 'tant qu', 'pas pour l’instant', "pas pour l'instant"]),
        [
          'quitté',
          'quitte',
          'déscolaris',
          'sorti du',
          'sortis du',
          'plus scolaris',
          'plus au lycée',
          'ni en formation',
          'pas en formation',
          'n’est plus',
          "n'est plus",
          'décrocheur',
          'décrochage',
        ],
      ],
    ),
  ]),
  c('b45-el-17-apprenti', ['medium', 'situation'], [
    turn(
      '17 ans, en apprentissage depuis septembre chez un boulanger, ca se passe mal, promo 16 18 ?',
      'eligibility',
      [
        NO.concat(['pas la cible', 'déjà en']),
        [
          'ni en formation',
          'ne travaill',
          'pas en formation',
          'ni en emploi',
          'ni emploi',
          'ni formation',
          'sans emploi',
          'pas d’emploi',
          "pas d'emploi",
          'ne sont pas en formation',
          'déjà en',
          'déjà un contrat',
        ],
      ],
    ),
  ]),
  c('b45-el-pec-oui', ['medium', 'situation'], [
    turn(
      'Mr B, BRSA, en PEC depuis 2 mois dans une asso d aide a domicile, il pourrait faire comp PEC ?',
      'eligibility',
      [YES, ['employeur', 'premiers mois', 'signature']],
      NOT_NO,
    ),
  ]),
  c('b45-el-cdi-pec', ['medium', 'situation'], [
    turn(
      'BRSA qui bosse en CDI 20h/semaine dans un supermarché, competences PEC c jouable ?',
      'eligibility',
      [NO, IN_PEC],
    ),
  ]),
  c('b45-el-cddi-siae', ['hard', 'situation', 'abbreviations'], [
    turn(
      'allocataire RSA en CDDI dans un chantier d insertion (SIAE), la structure voudrait lui faire valider ses competences, comp PEC ?',
      'eligibility',
      [NO.concat(['pas un pec', 'pas un contrat pec', 'n’est pas un pec', "n'est pas un pec"]), IN_PEC],
    ),
  ]),
  c('b45-el-th-52', ['medium', 'situation', 'long'], [
    turn(
      'bonjour, monsieur 52 ans au RSA depuis 4 ans, reconnu TH (dos), aucun diplome, ancien manutentionnaire, veut se reorienter mais sait pas vers quoi. prepa comp c envisageable pour lui ?',
      'eligibility',
      [YES, ['rsa', 'allocataire']],
      NOT_NO,
    ),
  ]),
  c('b45-el-non-rsa-ft', ['hard', 'situation'], [
    turn(
      'Mme L. n est pas au RSA (elle touche l ARE), inscrite a France Travail, je peux la prescrire en prepa comp moi ?',
      'eligibility',
      [['france travail', 'pôle emploi', 'pole emploi'], ['rsa', 'allocataire']],
    ),
  ]),
  c('b45-el-fle', ['medium', 'situation'], [
    turn(
      'monsieur au RSA primo arrivant, parle tres peu francais, prepa comp ou vous avez mieux ?',
      'eligibility',
      [['visée professionnelle', 'langue étrangère']],
    ),
  ]),
  c('b45-el-volet1', ['easy', 'volet'], [
    turn('BRSA 28 ans aucune idee de metier, volet 1 ou 2 ?', 'eligibility', [['volet 1'], ['projet']]),
  ]),
  c('b45-el-volet2', ['medium', 'volet', 'long'], [
    turn(
      'elle a son projet (aide soignante), dossier deposé a l IFAS pour septembre, mais elle a peur de lacher en cours de route, ca serait quel volet ?',
      'eligibility',
      [['volet 2'], ['sécuris', 'securis']],
    ),
  ]),
  c('b45-el-arret-maladie', ['hard', 'silent'], [
    turn(
      'BRSA en arret maladie depuis 3 mois, il peut quand meme entrer en prepa comp ?',
      'eligibility',
      [SILENT_OR_ASK],
    ),
  ]),
  c('b45-el-ml-17', ['medium', 'situation', 'abbreviations'], [
    turn(
      'jeune 17 ans pas ASE, sortie du lycee en juin sans rien, suivie par la ML, la promo 1618 ça lui irait ?',
      'eligibility',
      [YES, ['mission locale', 'missions locales', 'c.i.o', ' cio']],
      NOT_NO,
    ),
  ]),
  c('b45-el-ase-parents', ['medium', 'follow-up'], [
    turn(
      'jeune ASE 16 ans decrocheuse, sortie du college, elle peut faire quoi chez vous ?',
      'eligibility',
      [['promo']],
    ),
    turn('faut l accord des parents ?', 'eligibility', [['autorisation']]),
  ]),

  // ── Prescribing: référents ─────────────────────────────────────────────────
  c('b45-pr-comment', ['easy'], [
    turn(
      'comment je prescris prepa comp pour un brsa ?',
      'prescribe',
      [['formulaire', 'panda', 'fiche', 'bouton', 'carte'], ['adhésion', 'accord', 'consentement', 'afpa', 'informe']],
    ),
  ]),
  c('b45-pr-payant', ['easy'], [
    turn(
      'c payant pour le departement quand on prescrit ?',
      'prescribe',
      [
        [
          'sans contrepartie',
          'aucune contrepartie',
          'gratuit',
          'aucun coût',
          'pas de coût',
          'pas payant',
          'sans frais',
          'aucun frais',
          'financé par l',
        ],
      ],
    ),
  ]),
  c('b45-pr-employeur-pec', ['medium'], [
    turn(
      'avant de prescrire comp PEC faut que je vois avec l employeur ou pas ?',
      'prescribe',
      [['employeur'], ['accord']],
    ),
  ]),
  c('b45-pr-qui-recoit', ['medium', 'follow-up'], [
    turn('ma prescription elle part chez qui ?', 'prescribe', [['afpa']]),
    turn('et ils me renvoient quoi a la fin ?', 'prescribe', [['bilan']]),
  ]),
  c('b45-pr-panda', ['easy'], [
    turn('c quoi panda', 'prescribe', [['plateforme', 'outil'], ['traçabilité', 'trace', 'suivi']]),
  ]),
  c('b45-pr-qui-inscrit', ['medium'], [
    turn('qui inscrit sur panda, moi ou l afpa ?', 'prescribe', [REFERENT, ['habilit']]),
  ]),
  c('b45-pr-adhesion', ['medium'], [
    turn(
      'je peux inscrire qqn sans trop lui demander son avis ? il est pas tres partant mais je pense que ca lui ferait du bien',
      'prescribe',
      [['adhésion', 'adhere', 'adhère', 'consentement', 'accord', 'volontaire', 'volontariat']],
    ),
  ]),
  c('b45-pr-fiche', ['medium'], [
    turn(
      'la fiche de prescription elle demande quoi comme infos sur la personne ?',
      'prescribe',
      [['nom', 'coordonn', 'téléphone', 'identité', 'contact']],
    ),
  ]),
  c('b45-pr-session-complete', ['medium', 'full'], [
    turn('je peux prescrire sur la session volet 2 du 25 ?', 'prescribe', [FULL]),
  ]),
  c('b45-pr-bilan-quand', ['medium', 'two-questions'], [
    turn(
      'le bilan je le recois quand ? pour prepa et pour comp pec c pareil ?',
      'prescribe',
      [['bilan'], ['fin', 'issue', 'termin', 'au bout']],
    ),
  ]),
  c('b45-pr-garde-transport', ['medium', 'situation'], [
    turn(
      'elle a 3 enfants et pas de permis, c moi qui doit gérer garde et transport ou c l afpa ?',
      'prescribe',
      [REFERENT, ['conditions matérielles', 'sécuris', 's’assure', "s'assure", 'vérifi', 'assurer']],
    ),
  ]),
  c('b45-pr-promo-qui', ['hard', 'abbreviations'], [
    turn(
      'pour la promo 1618 c moi qui inscris le jeune ASE ou c la mission locale ?',
      'prescribe',
      [['panda', 'inscri'], REFERENT],
    ),
  ]),

  // ── Prescribing: AFPA side ─────────────────────────────────────────────────
  c('b45-afpa-recue', ['medium', 'afpa-staff'], [
    turn(
      'Bonjour, RAP a l afpa de montauban. une prescription prepa vient d arriver dans le canal, je dois faire quoi de mon coté ?',
      'prescribe',
      [['accus', 'statut', 'prise en compte', 'pris en compte', 'prendre en compte', 'confirm', 'prise en charge', 'pris en charge']],
    ),
  ]),
  c('b45-afpa-ou-arrivent', ['easy', 'afpa-staff'], [
    turn('les prescriptions arrivent ou chez nous ? par mail ?', 'prescribe', [['teams', 'canal', 'conversation']]),
  ]),
  c('b45-afpa-fin-parcours', ['medium', 'afpa-staff'], [
    turn(
      'fin de parcours prepa pour une BRSA ce vendredi, on doit envoyer quoi au CD ?',
      'prescribe',
      [['bilan'], ['référent', 'referent']],
    ),
  ]),
  c('b45-afpa-abandon', ['medium', 'afpa-staff'], [
    turn(
      'un stagiaire a arrêté au bout de 2 jours, il repond plus au tel, je le mets ou',
      'prescribe',
      [['abandon'], STATUS],
    ),
  ]),
  c('b45-afpa-entree', ['medium', 'afpa-staff', 'follow-up'], [
    turn(
      'le monsieur envoyé par le CD est bien entré ce matin en volet 1, je previens le referent comment ?',
      'prescribe',
      [[...STATUS, 'notifi', 'prévenu', 'informé', 'automatiquement']],
    ),
    turn('et a la fin du parcours, le bilan je l envoie à qui ?', 'prescribe', [['référent', 'referent']]),
  ]),

  // ── The programmes ─────────────────────────────────────────────────────────
  c('b45-di-prepa-duree', ['easy'], [
    turn('prepa comp ça dure combien', 'dispositif', [PREPA_DURATION, TWO_WEEKS]),
  ]),
  c('b45-di-volets', ['medium'], [
    turn(
      'c quoi la diff entre volet 1 et volet 2 deja',
      'dispositif',
      [['projet'], ['sécuris', 'securis']],
    ),
  ]),
  c('b45-di-pec', ['medium', 'two-questions'], [
    turn(
      'comp PEC c combien de jours et ça debouche sur quoi ?',
      'dispositif',
      [PEC_DAYS, ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa', 'clea', 'certification']],
    ),
  ]),
  c('b45-di-promo-rythme', ['medium', 'situation'], [
    turn(
      'ASE 16 ans en foyer a castel, la promo c a montauban, c du lundi au vendredi ? ca dure combien ?',
      'dispositif',
      [MON_THU, PROMO_DURATION],
    ),
  ]),
  c('b45-di-clea-num', ['easy'], [
    turn(
      'clea numerique c quoi',
      'dispositif',
      [['usages', 'environnement de travail', 'compétences de base', 'certification', 'certificat']],
    ),
  ]),
  c('b45-di-rsfp', ['medium', 'situation'], [
    turn(
      'il a 15 ans de maçonnerie au black, pas de fiches de paie, pas les prerequis VAE, on peut faire reconnaitre ses competences quand meme ?',
      'dispositif',
      [['rsfp', 'r.s.f.p', 'reconnaissance des savoir']],
    ),
  ]),
  c('b45-ot-convention-2027', ['hard'], [
    turn(
      'on est en 2027, la convention CD / AFPA elle court toujours ?',
      'other',
      [['2 ans', 'deux ans'], ['2022'], ['avenant', 'prolong', 'reconduit', 'reconduction', 'poursuite']],
    ),
  ]),

  // ── Figures, contacts, out of scope ────────────────────────────────────────
  c('b45-fi-prepa', ['easy'], [
    turn('on est a combien de BRSA en prepa par rapport a l objectif ?', 'figures', [['30', 'trente']]),
  ]),
  c('b45-fi-pec', ['easy'], [
    turn('objectif comp PEC c etait combien ?', 'figures', [['50', 'cinquante']]),
  ]),
  c('b45-fi-ase', ['medium'], [
    turn('combien de jeunes ASE visés sur la promo dans la convention', 'figures', [['10', 'dix']]),
  ]),
  c('b45-co-interlocuteur', ['medium'], [
    turn(
      'qui est mon interlocuteur a l afpa pour le deploiement prepa / pec / promo ?',
      'contact',
      [['battedou', 'responsable accompagnement']],
    ),
  ]),
  c('b45-co-directeur', ['easy'], [
    turn('c qui le directeur du centre de montauban', 'contact', [['vella']]),
  ]),
  c('b45-oos-transport', ['medium', 'silent'], [
    turn(
      'l afpa rembourse les frais de deplacement des stagiaires prepa ? elle habite a 40 km',
      'out_of_scope',
      [SILENT_OR_ASK],
    ),
  ]),
  c('b45-oos-montant-rsa', ['easy'], [
    turn(
      'c combien le montant du RSA pour une personne seule en 2027 ?',
      'out_of_scope',
      [[...SILENT, 'caf', 'msa', 'pas dans', 'ne peux pas']],
    ),
  ]),
  c('b45-oos-logement', ['easy'], [
    turn(
      'tu peux me trouver un hebergement pour un jeune ASE qui sort de foyer ?',
      'out_of_scope',
      [[...SILENT, 'pas dans', 'ne peux pas', 'ne gère pas', 'pas de mon ressort']],
    ),
  ]),
];
