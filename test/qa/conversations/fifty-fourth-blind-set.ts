/**
 * Fifty-fourth blind set: mostly AFPA Montauban's side of the partnership with the
 * Département de Tarn-et-Garonne. The coordinator, the chargée d'accueil, trainers and the
 * Responsable Accompagnement et Parcours publish and correct the agenda (JPO, informations
 * collectives, visites de plateau technique, réunions métiers, entry sessions, Info Places),
 * check what the référents see, handle the prescriptions they receive step by step, the
 * individual reports (bilans), the steering committee, the reporting and the targets.
 * Référents insertion of the Département also ask about the programmes, the eligibility of
 * the people they accompany (about a quarter of the set) and the agenda.
 *
 * Written blind: only from the agreement (convention, action plan 2022-2023, protocol of the
 * three programmes), the product guide and the published agenda fixture (today frozen at
 * Monday 11 January 2027, 9:00 Paris), without looking at how the bot works. Messages are
 * typed as people type in Teams: abbreviations, no accents, typos, SMS style, dictation
 * slips, rambling, two questions at once, follow-ups that only make sense after the turn
 * before.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

/** The agreement is silent: the answer says so rather than inventing. */
const SILENT = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne dit rien',
  'ne précise pas',
  'ne precise pas',
  'ne fixe pas',
  'ne règle pas',
  'ne regle pas',
  'ne mentionne pas',
  'ne traite pas',
  'ne couvre pas',
  'ne parle pas',
  'ne détaille pas',
  'ne detaille pas',
  'ne donne pas',
  'ne tranche pas',
  'n’indique pas',
  "n'indique pas",
  'pas prévu',
  'pas prevu',
  'hors',
  'aucune information',
  'pas d’information',
  "pas d'information",
  'pas de réponse',
  'pas de reponse',
  'ne figure pas',
  'ne sais pas',
];

const YES = ['oui', 'éligible', 'eligible', 'peut', 'possible'];
const NO = [
  'non',
  'pas éligible',
  'pas eligible',
  'inéligible',
  'n’est pas',
  "n'est pas",
  'ne peut pas',
  'pas possible',
  'ne relève pas',
  'ne releve pas',
  'ne correspond pas',
  'pas tant',
  'ne pourra pas',
  'pas accessible',
  'ne remplit pas',
];
/** A positive eligibility answer does not say the opposite. */
const NOT_ELIGIBLE = ['pas éligible', 'pas eligible', 'inéligible', 'ineligible', 'non éligible', 'non eligible'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 a 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux a huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const V1_DURATION = ['5 à 6 jours', '5 a 6 jours', '5 ou 6 jours', '5-6 jours', 'cinq à six', 'cinq a six', '5 et 6 jours'];
const V2_DURATION = ['4 à 8 jours', '4 a 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit', 'quatre a huit'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const AGE_16_18 = [
  '16 à 18 ans',
  '16 a 18 ans',
  '16 et 18 ans',
  '16-18 ans',
  '16 ans',
  '16 ou 17 ans',
  '16-17 ans',
  'seize',
  'mineur',
];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi a jeudi', 'lundi-jeudi', 'lundi jusqu'];
const CERTIFS = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const FULL = ['complet', '0 place', 'aucune place', 'plus de place', 'plus aucune place', 'places : 0', 'place(s) : 0'];
const BILAN = ['bilan individuel', 'bilan'];
const REFERENT = ['référent', 'referent', 'référente', 'referente'];
const NOT_REGISTERED = [
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans être inscrit',
  'sans etre inscrit',
  'même non',
  'meme non',
  'pas obligatoire',
  'pas nécessaire',
  'pas necessaire',
  'pas besoin',
  'pas une condition',
  'qu’ils soient inscrits',
  "qu'ils soient inscrits",
  'qu’elle soit inscrite',
  "qu'elle soit inscrite",
];
const FT = ['france travail', 'pôle emploi', 'pole emploi'];
const EMPLOYER = ['employeur'];
const NO_COUNT = [
  'pas encore',
  'pas disponible',
  'pas de données',
  'pas de donnees',
  'aucune donnée',
  'aucune donnee',
  'pas de chiffre',
  'aucun chiffre',
  'ne dispose pas',
  'pas de décompte',
  'pas de decompte',
  'pas en mesure',
  'n’ai pas',
  "n'ai pas",
  'aucune prescription',
  'aucune entrée',
  'aucune entree',
  '0 prescription',
  '0 entrée',
  '0 entree',
];
const PUBLISH = [
  'formulaire',
  'csv',
  'import',
  'publier',
  'publication',
  'publiez',
  'tableur',
  'excel',
];
const UPDATE = [
  'modifi',
  'mettre à jour',
  'mettre a jour',
  'mise à jour',
  'mise a jour',
  'corrig',
  'republi',
  'réimport',
  'reimport',
  'formulaire',
  'csv',
];
const MONTAUBAN = ['montauban'];
const MOISSAC = ['moissac'];
const CASTELSARRASIN = ['castelsarrasin'];

// ── The set ─────────────────────────────────────────────────────────────────

export const FIFTY_FOURTH_BLIND_SET: ConversationCase[] = [
  // ── AFPA: agenda as published, what référents see ────────────────────────
  c('b54-accueil-next-info-coll-prepa', ['afpa-side', 'sms'], [
    turn(
      'bjr c l accueil afpa, un ref CD au tel me demande la prochaine info coll prepa comp, c quand ?',
      'agenda',
      [on('2027-01-14'), MONTAUBAN],
      [...notOn('2027-01-07')],
    ),
  ]),
  c('b54-accueil-info-coll-time-and-seats', ['afpa-side', 'follow-up'], [
    turn('info coll prepa de jeudi', 'agenda', [on('2027-01-14'), ['9h30', '9 h 30', '09:30', '9:30', '09h30']]),
    turn('et ya combien de places dessus ?', 'agenda', [seats(15)]),
  ]),
  c('b54-coord-upcoming-jpo', ['afpa-side', 'abbrev'], [
    turn(
      'JPO a venir ? je veux verifier que les 2 de fevrier sont bien en ligne',
      'agenda',
      [on('2027-02-03'), on('2027-02-17')],
      [...notOn('2027-01-07'), ...notOn('2027-01-14')],
    ),
  ]),
  c('b54-coord-past-jpo-still-visible', ['afpa-side', 'follow-up'], [
    turn(
      'la jpo du 7 janvier elle apparait encore pour les referents ? elle est passee',
      'agenda',
      [
        [
          'passé',
          'passee',
          'passée',
          'eu lieu',
          'terminé',
          'terminee',
          'plus affich',
          'n’apparaît plus',
          "n'apparaît plus",
          'n’apparait plus',
          "n'apparait plus",
          'prochaine',
        ],
      ],
    ),
    turn('ok et la prochaine alors', 'agenda', [on('2027-02-03'), MONTAUBAN], [...notOn('2027-01-07')]),
  ]),
  c('b54-coord-next-week', ['afpa-side', 'relative-date', 'follow-up'], [
    turn(
      'on a publie quoi pour la semaine pro ? (events)',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
    turn('et cote entrees en presta la meme semaine ?', 'agenda', [on('2027-01-18'), on('2027-01-20')]),
  ]),
  c('b54-coord-february-events', ['afpa-side', 'month'], [
    turn(
      'liste moi tous les evenements de fevrier stp (jpo, info coll, reunions metiers)',
      'agenda',
      [on('2027-02-03'), on('2027-02-09'), on('2027-02-11'), on('2027-02-17'), on('2027-02-23')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-03-04'), ...notOn('2027-03-10')],
    ),
  ]),
  c('b54-coord-info-coll-prepa-until-march', ['afpa-side'], [
    turn(
      'combien d info coll prepa competences on a programmees d ici fin mars, et ou ?',
      'agenda',
      [on('2027-01-14'), on('2027-01-21'), on('2027-02-11'), on('2027-03-04'), CASTELSARRASIN, ['valence']],
      [...notOn('2027-02-09'), ...notOn('2027-03-17')],
    ),
  ]),
  c('b54-formateur-visite-soudure', ['afpa-side', 'trainer'], [
    turn(
      'formateur soudure ici. la visite de mon plateau elle est a quelle date et combien de personnes max ?',
      'agenda',
      [on('2027-01-19'), seats(8)],
      [...notOn('2027-03-10')],
    ),
  ]),
  c('b54-rap-reunion-batiment', ['afpa-side', 'two-questions'], [
    turn(
      'reunion metiers batiment : c ou et a quelle heure ?',
      'agenda',
      [on('2027-02-23'), ['caussade'], ['14h', '14 h', '14:00']],
      [...notOn('2027-01-26')],
    ),
  ]),
  c('b54-rap-logistique-meeting-and-cariste', ['afpa-side', 'two-questions', 'places'], [
    turn(
      'la reunion metier logistique c quand, et il reste des places en cariste ?',
      'agenda',
      [on('2027-01-26'), seats(6)],
      ['plaquiste', 'soudeur'],
    ),
  ]),
  c('b54-accueil-volet2-full', ['afpa-side', 'full', 'follow-up'], [
    turn(
      'un referent veut positionner qqn sur le volet 2 qui commence le 25 janvier, il reste de la place ?',
      'agenda',
      [FULL],
    ),
    turn(
      'et le volet 2 d apres avec des places ?',
      'agenda',
      [on('2027-02-15'), CASTELSARRASIN, seats(5)],
    ),
  ]),
  c('b54-coord-zero-seats-what-referents-see', ['afpa-side', 'what-referents-see'], [
    turn(
      'quand je mets 0 place sur une session (ex le volet 2 du 25/01) les referents voient quoi exactement ?',
      'agenda',
      [FULL],
    ),
  ]),
  c('b54-formateur-places-soudeur', ['afpa-side', 'trainer', 'places'], [
    turn(
      'places dispo soudeur ?',
      'agenda',
      [seats(4), on('2027-02-01')],
      ['plaquiste', 'cariste', 'maçon', 'macon', 'électricien', 'electricien'],
    ),
  ]),
  c('b54-referent-info-coll-pec-employeurs', ['referent'], [
    turn(
      'y a une info coll competences PEC pour les salaries et leurs employeurs ? c ou',
      'agenda',
      [on('2027-02-09'), MOISSAC],
      [...notOn('2027-01-14'), ...notOn('2027-02-11')],
    ),
  ]),
  c('b54-referent-promo-info-coll-and-entry', ['referent', 'two-questions'], [
    turn(
      'promo 1618 : prochaine info coll pour les jeunes et les parents + prochaine entree ?',
      'agenda',
      [on('2027-03-17'), on('2027-02-01')],
    ),
  ]),
  c('b54-referent-prepa-distance-next', ['referent'], [
    turn(
      'prochaine entree prepa comp a distance ? ma dame a pas de permis',
      'agenda',
      [on('2027-02-08'), seats(8)],
    ),
  ]),
  c('b54-formatrice-atelier3-pec', ['afpa-side', 'trainer'], [
    turn(
      'je suis formatrice sur competences pec, mon atelier 3 il est publie pour quand ?',
      'agenda',
      [on('2027-02-10'), seats(6)],
    ),
  ]),
  c('b54-dictation-jpo-moissac', ['dictation', 'referent'], [
    turn(
      'les portes ouvertes emploi formation à moi sac cest quel jour',
      'agenda',
      [on('2027-02-17')],
      [...notOn('2027-02-03')],
    ),
  ]),
  // ── AFPA: publishing and correcting the agenda ──────────────────────────
  c('b54-coord-how-publish-info-coll', ['afpa-side', 'publish'], [
    turn(
      'comment je publie une nouvelle info coll pour que les referents du CD la voient ?',
      'agenda',
      [PUBLISH],
    ),
  ]),
  c('b54-coord-import-entries-excel', ['afpa-side', 'publish'], [
    turn(
      'on tient le calendrier d entrees sur excel, je peux l importer direct ?',
      'agenda',
      [['csv', 'import']],
    ),
  ]),
  c('b54-coord-add-seats', ['afpa-side', 'correct', 'rambling'], [
    turn(
      'jai fait une erreur, la visite soudure c le 19 mais on va ajouter 2 places, comment je modifie ce qui est publie sans tout recasser',
      'agenda',
      [UPDATE],
    ),
  ]),
  // ── AFPA: prescriptions received, step by step ──────────────────────────
  c('b54-rap-received-prescription-next-steps', ['afpa-side', 'lifecycle', 'follow-up'], [
    turn(
      'on vient de recevoir une prescription prepa comp pour une dame BRSA dans le canal, je fais quoi maintenant ?',
      'prescribe',
      [['accus', 'prise en charge', 'prendre en charge', 'statut', 'entrée', 'entree', 'réception', 'reception']],
    ),
    turn(
      'et une fois la presta finie, on doit envoyer quoi au referent ?',
      'prescribe',
      [BILAN, REFERENT],
    ),
  ]),
  c('b54-rap-bilan-who-when', ['afpa-side', 'bilan'], [
    turn(
      'le bilan individuel on le transmet a qui et a quel moment',
      'prescribe',
      [REFERENT, ['fin du parcours', 'fin de parcours', 'à la fin', 'a la fin', 'fin de la prestation', 'issue']],
    ),
  ]),
  c('b54-rap-bilan-promo', ['afpa-side', 'bilan'], [
    turn(
      'bilan indiv aussi pour les jeunes de la promo 16/18 ou que prepa ?',
      'prescribe',
      [['prépa', 'prepa'], ['pec', 'vae', 'v.a.e']],
    ),
  ]),
  c('b54-rap-no-show', ['afpa-side', 'lifecycle'], [
    turn(
      'la personne prescrite est jamais venue malgre 2 relances, je la passe en quoi ?',
      'prescribe',
      [['abandon', ...SILENT]],
    ),
  ]),
  c('b54-rap-pec-employer-not-told', ['afpa-side', 'pec'], [
    turn(
      'prescription competences PEC recue mais quand on appelle l employeur il est pas au courant. c a qui de le prevenir ?',
      'prescribe',
      [REFERENT, EMPLOYER, ['accord']],
    ),
  ]),
  c('b54-rap-panda-who-registers', ['afpa-side', 'panda', 'follow-up'], [
    turn(
      'sur panda c nous qui inscrivons les gens ou le referent du departement ?',
      'prescribe',
      [REFERENT, ['habilit', 'inscri']],
    ),
    turn('et qui les habilite', 'prescribe', [['afpa', 'a.f.p.a']]),
  ]),
  c('b54-referent-prescribe-session', ['referent', 'form'], [
    turn(
      'je veux prescrire mme D (BRSA) sur la prepa volet 1 du 18 janvier',
      'prescribe',
      [['formulaire', 'prescription', 'prescrire']],
    ),
  ]),
  c('b54-referent-prescribe-cost', ['referent'], [
    turn(
      'si je prescris une prepa comp ca coute qqch au CD ?',
      'prescribe',
      [
        [
          'sans contrepartie',
          'pas de contrepartie',
          'aucune contrepartie',
          'gratuit',
          'aucun coût',
          'aucun cout',
          'rien',
          'financé par l',
          'finance par l',
          'état',
          'etat',
        ],
      ],
    ),
  ]),
  c('b54-referent-material-conditions', ['referent', 'rambling'], [
    turn(
      'elle a 3 enfants dont un de 2 ans et pas de voiture, la garde et le transport pour aller en prepa c moi qui dois regler ca ou l afpa ?',
      'prescribe',
      [REFERENT, ['condition', 'mobilité', 'mobilite', 'garde']],
    ),
  ]),
  // ── AFPA: committee, reporting, targets ─────────────────────────────────
  c('b54-coord-targets-2022', ['afpa-side', 'targets'], [
    turn('objectifs 2022 des 3 dispositifs ?', 'figures', [['30'], ['50'], ['10']]),
  ]),
  c('b54-coord-prepa-count', ['afpa-side', 'targets', 'follow-up'], [
    turn('objectif BRSA en prepa comp ?', 'figures', [['30', 'trente']]),
    turn('et on en est a combien', 'figures', [NO_COUNT]),
  ]),
  c('b54-rap-ase-target', ['afpa-side', 'targets'], [
    turn('combien de jeunes ASE on doit orienter vers la promo', 'figures', [['10', 'dix']]),
  ]),
  c('b54-rap-pec-target-and-indicator', ['afpa-side', 'targets', 'two-questions'], [
    turn(
      'pour competences PEC c quoi l objectif et l indicateur qu on suit',
      'figures',
      [['50', 'cinquante'], ['orient', 'atelier']],
    ),
  ]),
  c('b54-coord-indicators-events', ['afpa-side', 'indicators'], [
    turn(
      'pour la partie jpo / info coll / visites, on doit compter quoi pour le bilan ?',
      'figures',
      [['nombre', 'combien'], ['allocataire', 'bénéficiaire', 'beneficiaire', 'participant']],
    ),
  ]),
  c('b54-coord-indicators-reunions-metiers', ['afpa-side', 'indicators'], [
    turn(
      'indicateurs de la 2.1.2 (reunions metiers, formation de droit commun) ?',
      'figures',
      [
        ['présent', 'present'],
        ['réussite', 'reussite'],
        ['sortie emploi', 'sortie en emploi', 'sorties emploi', 'sorties en emploi', 'taux de sortie'],
      ],
    ),
  ]),
  c('b54-coord-copil-frequency', ['afpa-side', 'committee', 'follow-up'], [
    turn(
      'le comite de pilotage de l accord il se reunit combien de fois',
      'figures',
      [['une fois', '1 fois', 'annuel', 'par an']],
    ),
    turn(
      'il sert a quoi concretement',
      'figures',
      [['bilan'], ['quantitatif', 'qualitatif', 'amélioration', 'amelioration', 'indicateur', 'plan d']],
    ),
  ]),
  c('b54-coord-dgefp-dashboard', ['afpa-side', 'reporting'], [
    turn(
      'tableau de bord DGEFP on l envoie a quelle frequence',
      'figures',
      [['mensuel', 'chaque mois', 'tous les mois', 'par mois']],
    ),
  ]),
  c('b54-coord-annual-report-ddets', ['afpa-side', 'reporting'], [
    turn(
      'le bilan annuel departemental par dispositif il part chez qui',
      'figures',
      [['ddetspp', 'd.d.e.t.s.p.p', 'ddets']],
    ),
  ]),

  // ── AFPA / référents: contacts ──────────────────────────────────────────
  c('b54-contact-coordinator', ['contact'], [
    turn(
      'c qui le coordo departemental des dispositifs cote afpa',
      'contact',
      [['vella']],
    ),
  ]),
  c('b54-contact-deployment', ['contact', 'referent'], [
    turn(
      'a qui je m adresse pour le deploiement prepa / pec / promo a l afpa montauban ?',
      'contact',
      [['battedou', 'responsable accompagnement']],
    ),
  ]),
  c('b54-contact-cd-referent-experimentation', ['contact', 'afpa-side'], [
    turn(
      'et cote departement c qui le referent de l experimentation ? j ai pas de nom',
      'contact',
      [['désign', 'design', 'nomm', ...SILENT]],
    ),
  ]),
  c('b54-contact-phone', ['contact', 'referent', 'sms'], [
    turn(
      'num de tel de l afpa montauban svp',
      'contact',
      [[...SILENT, 'battedou', 'vella', 'pas de numéro', 'pas de numero']],
    ),
  ]),

  // ── Référents: programmes ───────────────────────────────────────────────
  c('b54-dispositif-prepa-short', ['referent', 'sms'], [
    turn('prepa comp c koi en 2 mots', 'dispositif', [PREPA_DURATION, TWO_WEEKS]),
  ]),
  c('b54-dispositif-prepa-volets', ['referent', 'follow-up'], [
    turn('prepa competences volet 2 c combien de jours', 'dispositif', [V2_DURATION]),
    turn('et le volet 1', 'dispositif', [V1_DURATION]),
  ]),
  c('b54-dispositif-pec-then-vae', ['referent', 'follow-up'], [
    turn('c quoi competences PEC', 'dispositif', [PEC_DAYS, CERTIFS]),
    turn(
      'et la partie vae dedans ca dure combien',
      'dispositif',
      [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3 étapes', '3 etapes']],
    ),
  ]),
  c('b54-dispositif-promo-friday', ['referent'], [
    turn(
      'les jeunes de la promo 16 18 ils y vont le vendredi ?',
      'dispositif',
      [MON_THU],
    ),
  ]),
  c('b54-dispositif-promo-duration-and-after', ['referent', 'two-questions'], [
    turn(
      'la promo 1618 dure combien de temps et apres ya un suivi ou pas ?',
      'dispositif',
      [PROMO_DURATION, ['6 mois', 'six mois']],
    ),
  ]),
  c('b54-dispositif-promo-phases', ['referent', 'trainer'], [
    turn(
      'promo seize dix huit les differentes phases c quoi',
      'dispositif',
      [['engagement'], ['construction'], ['suite']],
    ),
  ]),
  c('b54-dispositif-clea-numerique', ['referent'], [
    turn('clea numerique ?', 'dispositif', [['numérique', 'numerique'], ['usage', 'environnement de travail']]),
  ]),
  c('b54-dispositif-rsfp', ['referent', 'abbrev'], [
    turn('RSFP c pour qui', 'dispositif', [['prérequis', 'prerequis', 'pré-requis', 'pre-requis'], CERTIFS]),
  ]),
  c('b54-dispositif-portefeuille', ['trainer', 'afpa-side'], [
    turn(
      'le portefeuille de competences en PEC c systematique ?',
      'dispositif',
      [['oui', 'systématique', 'systematique', 'chaque bénéficiaire', 'chaque beneficiaire', 'pour chaque']],
    ),
  ]),
  c('b54-dispositif-pec-ateliers-non-consecutifs', ['trainer', 'afpa-side'], [
    turn(
      'les ateliers de reconnaissance des acquis en PEC ils sont combien et c consecutif ?',
      'dispositif',
      [['6 ateliers', 'six ateliers', '6 demi', 'six demi'], ['non consécutif', 'non consecutif', 'non-consécutif', 'non-consecutif', 'pas consécutif', 'pas consecutif']],
    ),
  ]),
  c('b54-dispositif-prepa-distance', ['referent'], [
    turn(
      'prepa on peut la faire a distance ou faut venir au centre ?',
      'dispositif',
      [['distance', 'distanciel'], ['présentiel', 'presentiel', 'centre']],
    ),
  ]),
  // ── Référents: eligibility ──────────────────────────────────────────────
  c('b54-elig-brsa-not-registered-ft', ['referent', 'person'], [
    turn(
      'mme 45a BRSA pas inscrite a FT, elle veut retravailler son projet pro, prepa comp possible ?',
      'eligibility',
      [YES, NOT_REGISTERED],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b54-elig-ase-17-dropout', ['referent', 'person', 'follow-up'], [
    turn(
      'jeune ASE 17 ans, a lache le lycee en octobre, rien depuis (ni boulot ni formation). promo 16 18 ?',
      'eligibility',
      [YES, AGE_16_18],
      NOT_ELIGIBLE,
    ),
    turn('faut l accord des parents ? il est place', 'eligibility', [['autorisation']]),
  ]),
  c('b54-elig-15-then-16', ['referent', 'person', 'age-bound', 'follow-up'], [
    turn('un gamin de 15 ans decroche du college, promo1618 ?', 'eligibility', [NO, AGE_16_18]),
    turn(
      'et dans 6 mois quand il aura 16 ?',
      'eligibility',
      [['oui', 'pourra', 'possible', 'éligible', 'eligible'], ['16']],
    ),
  ]),
  c('b54-elig-19-jeune-majeur', ['referent', 'person', 'age-bound'], [
    turn(
      'jeune majeur ASE 19 ans en contrat jeune majeur, sans diplome, il peut aller sur la promo ?',
      'eligibility',
      [NO, ['mineur', '18 ans', 'dix-huit', '16 à 18', '16 a 18']],
    ),
  ]),
  c('b54-elig-17-apprentice', ['referent', 'person'], [
    turn(
      'ado 17a en apprentissage en boulangerie, ca se passe mal, promo 16/18 possible tout de suite ?',
      'eligibility',
      [
        NO,
        [
          'ni en formation',
          'pas en formation',
          'ne travaillent pas',
          'ne travaille pas',
          'sans emploi',
          'ni en emploi',
          'pas en emploi',
          'déjà',
          'deja',
          'ni emploi',
          'ni formation',
        ],
      ],
    ),
  ]),
  c('b54-elig-16-still-at-school', ['referent', 'person'], [
    turn(
      'fille 16 ans encore inscrite au lycee mais absenteisme ++, on peut l orienter promo 1618 ?',
      'eligibility',
      [
        [
          'quitté',
          'quitte',
          'décroch',
          'decroch',
          'déscolaris',
          'descolaris',
          'plus scolaris',
          'sortis',
          'prématurément',
          'prematurement',
        ],
      ],
    ),
  ]),
  c('b54-elig-pec-mairie', ['referent', 'person', 'pec'], [
    turn(
      'monsieur BRSA a signe un PEC a la mairie de caussade le mois dernier, competences pec ok ?',
      'eligibility',
      [YES, EMPLOYER],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b54-elig-cddi-aci', ['referent', 'person', 'siae'], [
    turn(
      'salarie en CDDI dans un ACI, BRSA, il peut faire competences PEC pour valider ses acquis ?',
      'eligibility',
      [NO, RSFP],
    ),
  ]),
  c('b54-elig-ft-are-not-rsa', ['referent', 'person'], [
    turn(
      'DE inscrit FT, touche l ARE, pas au RSA. moi ref CD je peux le prescrire en prepa ?',
      'eligibility',
      [['rsa'], FT],
    ),
  ]),
  c('b54-elig-rqth', ['referent', 'person', 'handicap'], [
    turn(
      'BRSA avec une RQTH (TH), prepa comp ok ou faut passer par cap emploi ?',
      'eligibility',
      [YES, ['rsa', 'allocataire']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b54-elig-french-a1', ['referent', 'person', 'language'], [
    turn(
      'monsieur primo arrivant BRSA, parle tres peu francais (niveau A1), prepa comp ou il y a autre chose a l afpa ?',
      'eligibility',
      [['langue étrangère', 'langue etrangere', 'visée professionnelle', 'visee professionnelle', 'fle']],
    ),
  ]),
  c('b54-elig-already-in-training', ['referent', 'person', 'in-training'], [
    turn(
      'elle est deja en formation qualifiante a l afpa depuis novembre, on peut lui rajouter prepa volet 2 ?',
      'eligibility',
      [['en amont', 'avant l', 'avant son', 'avant d', 'entrée en formation', 'entree en formation', 'déjà entrée', 'deja entree']],
    ),
  ]),
  c('b54-elig-pec-ml-not-rsa', ['referent', 'person', 'pec'], [
    turn(
      'jeune 23 ans en PEC via la mission locale, pas au RSA, competences PEC par le CD ?',
      'eligibility',
      [['rsa'], [...FT, 'mission locale']],
    ),
  ]),
  c('b54-elig-58-years', ['referent', 'person', 'age'], [
    turn(
      'BRSA 58 ans, trop vieux pour prepa comp ?',
      'eligibility',
      [
        [
          'pas de limite',
          'aucune limite',
          'pas d’âge',
          "pas d'âge",
          'pas d’age',
          "pas d'age",
          'aucune condition',
          'pas de condition',
          'ne fixe pas',
          'ne prévoit pas',
          'ne prevoit pas',
          'pas trop',
          'oui',
          'éligible',
          'eligible',
        ],
        ['rsa', 'allocataire'],
      ],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b54-elig-ml-17-not-ase', ['referent', 'person'], [
    turn(
      'jeune 17 ans suivi ML, pas ASE, decrocheur depuis 1 an, la promo ca marche aussi pour lui ?',
      'eligibility',
      [YES, ['mission locale', 'missions locales', 'cio', 'c.i.o']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b54-elig-pec-ended', ['referent', 'person', 'pec'], [
    turn(
      'son PEC s est termine en septembre, elle peut encore faire competences PEC pour une VAE ?',
      'eligibility',
      [
        [
          'durée du pec',
          'duree du pec',
          'durée du contrat',
          'duree du contrat',
          'pendant le pec',
          'pendant le contrat',
          'en cours de pec',
          'en cours de contrat',
          'dès la signature',
          'des la signature',
          'premiers mois',
        ],
      ],
    ),
  ]),
  c('b54-elig-vae-no-prerequisites', ['referent', 'person', 'rambling'], [
    turn(
      'BRSA 10 ans d experience en espaces verts mais aucun diplome et il a pas les prerequis pour la VAE, on fait quoi',
      'eligibility',
      [RSFP],
    ),
  ]),
  c('b54-elig-siae-qualification', ['referent', 'person', 'siae'], [
    turn(
      'salariee d une EI (SIAE), elle a un projet de qualif, elle peut acceder aux formations afpa ?',
      'eligibility',
      [['région', 'region', 'régional', 'regional', 'financeurs publics', 'droit commun']],
    ),
  ]),
  c('b54-elig-castel-no-car', ['referent', 'person', 'mobility'], [
    turn(
      'BRSA a castelsarrasin sans voiture, montauban c trop loin, prepa quand meme possible ?',
      'eligibility',
      [['distance', 'distanciel', 'délocalis', 'delocalis', '15 févr', '15 fev', '15/02']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b54-elig-ase-16-then-who-registers', ['referent', 'person', 'follow-up'], [
    turn(
      'jeune 16 ans confie a l ASE, sorti de 3e sans rien, ni formation ni taf. promo 16/18 ?',
      'eligibility',
      [YES, AGE_16_18],
      NOT_ELIGIBLE,
    ),
    turn('c qui qui l inscrit, moi ?', 'prescribe', [['panda']]),
  ]),
  c('b54-elig-couple-then-cariste', ['referent', 'person', 'rambling', 'follow-up'], [
    turn(
      'couple au RSA, lui 30a veut faire la formation cariste mais a peur de pas tenir, elle 27a sait pas du tout quoi faire. prepa pour les deux ? quel volet ?',
      'eligibility',
      [['volet 1', 'consolider'], ['volet 2', 'sécuriser', 'securiser']],
    ),
    turn('et la formation cariste il reste de la place ?', 'agenda', [seats(6), on('2027-01-27')], ['plaquiste']),
  ]),
  c('b54-elig-entry-deadline', ['referent', 'campaign'], [
    turn(
      'jusqu a quand les BRSA prescrits par le CD peuvent entrer sur le dispositif et finir leur parcours ?',
      'dispositif',
      [
        ['31 décembre 2022', '31 decembre 2022', '31/12/2022'],
        ['30 avril 2023', '30/04/2023'],
      ],
    ),
  ]),

  // ── Out of scope: the agreement does not settle it ──────────────────────
  c('b54-oos-pay', ['out-of-scope', 'referent'], [
    turn('les stagiaires en prepa sont remuneres ?', 'out_of_scope', [SILENT]),
  ]),
  c('b54-oos-travel-costs', ['out-of-scope', 'referent'], [
    turn(
      'frais de deplacement pour venir a la prepa, qui rembourse ?',
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b54-oos-cpf', ['out-of-scope', 'afpa-side'], [
    turn(
      'un stagiaire veut payer sa formation soudeur avec son CPF, combien ca lui coute ?',
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b54-oos-other-centres', ['out-of-scope', 'afpa-side'], [
    turn(
      'tu peux me sortir le taux de remplissage des autres centres afpa d occitanie ?',
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b54-oos-absence', ['out-of-scope', 'afpa-side', 'trainer'], [
    turn(
      'stagiaire prepa absent 3 jours sans justificatif, on a une regle pour l exclure ?',
      'out_of_scope',
      [[...SILENT, 'assiduité', 'assiduite']],
    ),
  ]),

  // ── Other: agreement and communication ─────────────────────────────────
  c('b54-other-rgpd', ['afpa-side', 'rgpd'], [
    turn(
      'on a le droit de demander le num de secu dans la prescription ?',
      'other',
      [['rgpd', 'r.g.p.d', 'données personnelles', 'donnees personnelles', 'protection des données', 'protection des donnees', 'article 5']],
    ),
  ]),
  c('b54-other-flyer-logos', ['afpa-side', 'communication'], [
    turn(
      'on refait le flyer prepa, y a des logos obligatoires ?',
      'other',
      [['état', 'etat'], ['plan d’investissement', "plan d'investissement", 'pic', 'p.i.c']],
    ),
  ]),
  c('b54-other-agreement-duration', ['afpa-side', 'two-questions'], [
    turn(
      'l accord il court sur combien de temps et on peut le prolonger ?',
      'other',
      [['2 ans', 'deux ans'], ['avenant']],
    ),
  ]),
  c('b54-other-team-meeting', ['afpa-side'], [
    turn(
      'on doit venir presenter nos actions a l equipe insertion du CD tous les combien ?',
      'other',
      [['semestre', 'semestriel', '6 mois', 'six mois']],
    ),
  ]),
  c('b54-other-what-can-you-do', ['afpa-side', 'onboarding'], [
    turn(
      'bonjour, nouvelle coordinatrice a l afpa, tu sais faire quoi pour moi ?',
      'other',
      [['prescription', 'prescri'], ['agenda', 'jpo', 'information collective', 'info coll', 'événement', 'evenement', 'calendrier', 'session']],
    ),
  ]),
];
