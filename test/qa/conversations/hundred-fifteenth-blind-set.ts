/**
 * Hundred-fifteenth blind set. The speakers are référents insertion and travailleurs sociaux
 * of the Département de Tarn-et-Garonne (CD82) writing to the bot in Teams: abbreviations
 * (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, ASE, info coll, JPO), no accents, typos,
 * fragments of e-mails or case notes pasted with the question at the end, two people in one
 * message, dates relative to today, corrections and follow-ups that only make sense after
 * the previous answer.
 *
 * Written blind, without seeing the bot, from the agreement between the Département and AFPA
 * (with its action plan and the protocol of the three programmes), the product guide and the
 * agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris).
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '2 a 8 jrs',
  '8 jours maxi',
  '8 jours maximum',
];
const VOLET1_DURATION = ['5 à 6 jours', '5 à 6 j', 'cinq à six jours', '5-6 jours', '5 ou 6 jours', '5 et 6 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours', '4 et 8 jours'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j ', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_LONGEST = ['4 mois', 'quatre mois'];
const HALF_FOUR_DAYS = ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j', '3.5 j'];
const ONE_DAY = ['1 jour', 'une journée', 'un jour', '1 journée', 'une seule journée'];
const NO_COST = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'ne coûte rien',
  'rien au département',
  "financé par l'état",
  'financé par l’état',
  "pris en charge par l'état",
  'pris en charge par l’état',
  'investissement dans les compétences',
];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const OUTSIDE_AFPA = [
  'hors afpa',
  'hors a.f.p.a',
  'autre organisme',
  'autres organismes',
  'en dehors de l',
  'extérieur',
  'ailleurs',
  'pas forcément',
  'pas uniquement',
  'quel que soit',
];
const TIME_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const FULL = ['complet', ...seats(0), 'plus de place', 'aucune place', 'pas de place', 'plus aucune', '0 place'];

/** « The agreement does not say / does not cover it », in the ways a French answer writes it. */
const SILENT = [
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  'ne traite pas',
  'ne parle pas',
  'pas couvert',
  'aborde pas',
  'ne figure pas',
  'ne contient pas',
  'ne porte pas',
  'ne concerne pas',
  'pas en mesure',
  'ne sais pas',
  'ne fournit pas',
  'aucun élément',
  'ne donne pas',
  'indique pas',
  'pas précisé',
  'non précisé',
  'rien sur',
  'rien à ce sujet',
  'pas d’information',
  "pas d'information",
  'pas de réponse',
  'ne relève pas',
  'ne peux pas vous',
  'ne prend pas en charge',
  'pas de ma compétence',
  'pas dans mon périmètre',
];
/** Invented money or a phone number would be a fact from nowhere. */
const NO_MONEY = ['€', 'euros'];

/** Figures that the bot cannot know yet. */
const NOT_AVAILABLE = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'aucune donnée',
  'aucun indicateur',
  'aucun résultat',
  'pas de chiffre',
  'pas de donnée',
  'pas de résultat',
  'ne dispose pas',
  'pas connu',
  'pas de bilan',
  'pas en mesure',
  'aucune entrée',
  'aucune information',
  'pas d’indicateur',
  "pas d'indicateur",
];

// Verdicts of eligibility.
const YES = [
  'éligible',
  'oui',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut être orienté',
  'peut être orientée',
  'peut accéder',
  'peut y',
  'possible',
  'correspond',
  'relève',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
  'pas concerné',
  'réservé',
  'pas accessible',
  'non,',
  'non.',
  'malheureusement',
  'ne sont pas éligibles',
  'ne permet pas',
];
/** A positive verdict where the person is not eligible. */
const WRONG_YES = [
  'est bien éligible',
  'oui, il est éligible',
  'oui, elle est éligible',
  'oui il est éligible',
  'oui elle est éligible',
  'oui, il peut',
  'oui, elle peut',
  'oui il peut',
  'oui elle peut',
];
/** A negative verdict where the person is eligible. */
const WRONG_NO = ['pas éligible', 'non éligible', 'inéligible'];

// Other answers.
const PRESCRIPTION = [
  'formulaire',
  'fiche de prescription',
  'panda',
  'remplir',
  'remplissez',
  'complétez',
  'renseign',
  'saisi',
];
const HELLO = ['bonjour', 'salut', 'hello', 'bienvenue'];
const HELP = ['dispositif', 'agenda', 'éligib', 'prescri', 'prépa', 'calendrier'];
const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'bonne journée',
  'hésitez',
  'à votre service',
  'pas de quoi',
  'à bientôt',
  'à votre disposition',
];
const CANCEL = ['annul', 'abandon', 'arrêt', 'ok', 'accord', 'noté', 'pas de souci', 'entendu'];

export const HUNDRED_FIFTEENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──────────────────────────────────────────────────────────
  c('b115-disp-01-prepa-what-and-how-long', ['prepa-competences', 'two-questions'], [
    turn('c koi prepa comp en 2 mots ? et ca dure cmb de temps', 'dispositif', [
      PREPA_DURATION,
      ['projet', 'formation', 'compétences', 'éloign'],
    ], ['13 semaines']),
  ]),
  c('b115-disp-02-volets-durations', ['prepa-competences', 'follow-up'], [
    turn('le volet 1 de prepa comp c cb de jours deja ?', 'dispositif', [VOLET1_DURATION], ['13 semaines']),
    turn('et le volet 2 ?', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
  ]),
  c('b115-disp-03-pec-days-and-span', ['competences-pec', 'two-questions'], [
    turn('comp PEC ca represente cb de jours pr le salarie et c etale sur quoi ??', 'dispositif', [
      PEC_DURATION,
      ['durée du pec', 'durée du contrat', 'pendant le contrat', 'au long du', 'répartis', 'réparti', 'sur la durée'],
    ], ['13 semaines', '2 à 8 jours']),
  ]),
  c('b115-disp-04-promo-length', ['promo-16-18'], [
    turn('la promo 1618 ca dure combien en tout stp', 'dispositif', [PROMO_DURATION], ['2 à 8 jours', '5 à 6 jours']),
  ]),
  c('b115-disp-05-promo-days-and-longer', ['promo-16-18', 'follow-up'], [
    turn('la promo c tous les jours ? meme le vendredi ?', 'dispositif', [['jeudi']]),
    turn('et si le jeune a besoin de souffler entre les phases ca peut durer plus longtemps ?', 'dispositif', [
      PROMO_LONGEST,
    ]),
  ]),
  c('b115-disp-06-prepa-outside-afpa-email', ['prepa-competences', 'pasted-email'], [
    turn(
      'Bonjour,\nsuite a notre rdv de jeudi Mme R. (BRSA, 41 ans) souhaite entrer en formation aide soignante ' +
        'a l IFSI mais a tres peur de pas tenir, elle a arrete l ecole a 16 ans et n a rien fait depuis...\n' +
        'Cordialement\n\n--> est ce que prepa comp peut l aider a securiser son entree meme si la formation est pas a l afpa ?',
      'dispositif',
      [OUTSIDE_AFPA, ['volet 2', 'sécuris']],
    ),
  ]),
  c('b115-disp-07-prepa-remote', ['prepa-competences'], [
    turn('prepa comp on peut le faire a distance ? ma BRSA a pas de voiture elle habite a lauzerte', 'dispositif', [
      ['distance', 'distanciel'],
    ]),
  ]),
  c('b115-disp-08-prepa-cost', ['prepa-competences'], [
    turn('ca coute combien au CD une presc prepa comp ? ma cheffe me demande pr le budget', 'dispositif', [NO_COST]),
  ]),
  c('b115-disp-09-prepa-remuneration', ['prepa-competences', 'agreement-silent'], [
    turn('la personne est payee pendant prepa comp ? elle touche une remuneration en plus du rsa ?', 'dispositif', [
      SILENT,
    ], NO_MONEY),
  ]),
  c('b115-disp-10-prepa-report', ['prepa-competences', 'two-questions'], [
    turn('a la fin de prepa comp on a un retour ecrit ? c qui qui l envoie ?', 'dispositif', [['bilan'], ['afpa']]),
  ]),
  c('b115-disp-11-pec-certifications', ['competences-pec'], [
    turn('comp PEC ca debouche sur quoi comme certif a la fin ?', 'dispositif', [VAE, RSFP, CLEA]),
  ]),
  c('b115-disp-12-pec-workshop-durations', ['competences-pec', 'follow-up'], [
    turn('ds comp PEC l atelier vae c combien de temps ?', 'dispositif', [HALF_FOUR_DAYS]),
    turn('et clea socle ?', 'dispositif', [ONE_DAY]),
  ]),
  c('b115-disp-13-promo-phases', ['promo-16-18'], [
    turn('c quoi les etapes de la promo 16 18 ? g un jeune qui hesite', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['suite'],
    ]),
  ]),
  c('b115-disp-14-promo-follow-up', ['promo-16-18', 'two-questions'], [
    turn('apres la promo ya un suivi des jeunes ? avec qui ?', 'dispositif', [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ]),
  ]),
  c('b115-disp-15-promo-code-badges', ['promo-16-18', 'two-questions'], [
    turn('la promo ca prepare au code de la route ? et ya des open badges ?', 'dispositif', [['code'], ['badge']]),
  ]),
  c('b115-disp-16-where', ['prepa-competences'], [
    turn('prepa comp c que sur montauban ? on est sur le secteur de beaumont de lomagne c loin pr mes BRSA', 'dispositif', [
      ['montauban'],
      ['délocalis', 'ensemble du département', 'tout le département', 'partout dans le', 'sur le département'],
    ]),
  ]),
  c('b115-disp-17-panda', ['panda', 'two-questions'], [
    turn('panda c quoi exactement et c qui qui saisit dessus ?', 'dispositif', [
      ['traç', 'trace', 'suivi des parcours', 'plateforme'],
      ['référent', 'travailleur', 'conseiller', 'vous'],
    ]),
  ]),
  c('b115-disp-18-pec-when', ['competences-pec'], [
    turn('comp PEC faut attendre la fin du contrat pec pour le mobiliser ou pas ?', 'dispositif', [
      ['signature', 'premiers mois', 'dès le début', 'début du contrat', 'dès le démarrage'],
    ]),
  ]),
  c('b115-disp-19-rsfp', ['rsfp', 'two-questions'], [
    turn('RSFP c quoi, c pour qui ?', 'dispositif', [
      ['reconnaissance des savoir', 'savoir-faire', 'savoir faire'],
      ['prérequis', 'pré-requis', 'pas accéder directement', 'pas directement'],
    ]),
  ]),
  c('b115-disp-20-fle', ['fle'], [
    turn(
      'vous avez qqch pour une dame primo arrivante qui parle pas bien francais ? elle veut bosser en cuisine',
      'dispositif',
      [['français à visée professionnelle', 'français langue étrangère', 'fle']],
    ),
  ]),
  c('b115-disp-21-campaign-dates', ['campaign', 'dates'], [
    turn(
      'jusqu a quand on peut faire entrer des BRSA ? ds la convention c ecrit 31/12/2022, c tjs valable en 2027 ??',
      'dispositif',
      [['2022'], ['avenant', 'prolong', 'poursuite', 'reconduc', 'renouvel']],
    ),
  ]),
  c('b115-disp-22-agreement-length', ['agreement', 'two-questions'], [
    turn('la convention CD afpa elle dure combien et on peut en sortir comment ?', 'dispositif', [
      ['2 ans', 'deux ans'],
      ['préavis', '2 mois', 'deux mois'],
    ]),
  ]),
  c('b115-disp-23-prepa-who-for', ['prepa-competences', 'follow-up'], [
    turn('prepa comp c pour qui ?', 'dispositif', [['rsa', 'allocataire']], ['13 semaines']),
    turn('meme s ils sont pas inscrits a FT ?', 'dispositif', [
      ['oui', 'non inscrit', 'pas inscrit', 'ou non', 'même s', 'même non'],
    ]),
  ]),
  c('b115-disp-24-pec-employer', ['competences-pec'], [
    turn('comp PEC l employeur doit donner son accord ? c une mairie', 'dispositif', [
      ['oui', 'recueill', 'son accord', 'informe'],
    ]),
  ]),
  c('b115-disp-25-promo-who-orients', ['promo-16-18'], [
    turn('la promo 1618 c qui qui oriente les jeunes normalement ? nous ou la ML ?', 'dispositif', [
      ['mission locale', 'missions locales', 'cio', 'c.i.o'],
    ]),
  ]),

  // ── agenda ──────────────────────────────────────────────────────────────
  c('b115-agenda-01-info-coll-towns', ['info-collective', 'follow-up', 'town'], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
    turn('et a castel ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14')),
    turn('et sur valence d agen ?', 'agenda', [on('2027-03-04')], [...notOn('2027-01-21'), ...notOn('2027-01-14')]),
  ]),
  c('b115-agenda-02-jpo-this-month', ['jpo', 'relative-date'], [
    turn('des JPO ce mois ci ?', 'agenda', [
      [...on('2027-02-03'), 'aucune', 'pas de jpo', 'pas de journée', 'plus de jpo', 'pas d’autre', "pas d'autre"],
    ], notOn('2027-01-07')),
  ]),
  c('b115-agenda-03-jpo-moissac', ['jpo', 'follow-up', 'town'], [
    turn('c quand les prochaines JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
  ]),
  c('b115-agenda-04-visits', ['visite-plateau', 'two-questions', 'follow-up'], [
    turn('visite plateau soudure c quand ? il reste cb de places ?', 'agenda', [on('2027-01-19'), seats(8)], notOn('2027-03-10')),
    turn('ok et y en a une sur l elec ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),
  c('b115-agenda-05-full-session', ['sessions', 'places', 'follow-up'], [
    turn('il reste de la place sur le volet 2 prepa comp du 25 ?', 'agenda', [FULL]),
    turn('ok et la suivante ?', 'agenda', [on('2027-02-15'), ['castel']]),
  ]),
  c('b115-agenda-06-next-week-then-remote', ['sessions', 'relative-date', 'correction'], [
    turn('entrees prepa comp la semaine pro ?', 'agenda', [on('2027-01-18')], notOn('2027-02-08')),
    turn('non plutot a distance, elle a pas de moyen de locomotion', 'agenda', [on('2027-02-08'), seats(8)]),
  ]),
  c('b115-agenda-07-places-by-trade', ['info-places', 'follow-up'], [
    turn('places soudeur ?', 'agenda', [seats(4), on('2027-02-01')]),
    turn('et macon ?', 'agenda', [seats(3), on('2027-02-15')], ['soudeur']),
    turn('et plaquiste ?', 'agenda', [FULL]),
  ]),
  c('b115-agenda-08-reunions-metier', ['reunion-metier', 'follow-up'], [
    turn('reunion metier batiment c quand ?', 'agenda', [on('2027-02-23'), ['caussade']]),
    turn('et celle sur la logistique ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
  ]),
  c('b115-agenda-09-promo-entry-and-parents', ['promo-16-18', 'two-questions', 'follow-up'], [
    turn('prochaine entree promo 1618 ? ya encore des places ?', 'agenda', [on('2027-02-01'), seats(10)]),
    turn('ok et l info coll pour les jeunes et les parents c quand ?', 'agenda', [on('2027-03-17')]),
  ]),
  c('b115-agenda-10-moissac', ['info-places', 'follow-up', 'town'], [
    turn('formation agent de proprete c ou et qd ?', 'agenda', [['moissac'], on('2027-02-22')]),
    turn('et a moissac ya quoi d autre pour mes BRSA ?', 'agenda', [
      [...on('2027-02-09'), ...on('2027-02-17'), ...on('2027-03-08')],
    ]),
  ]),
  c('b115-agenda-11-caussade-then-castel', ['town', 'correction'], [
    turn('qqch de prevu a caussade pour mes BRSA ?', 'agenda', [[...on('2027-02-23'), ...on('2027-03-15')]]),
    turn('non pardon plutot a castel', 'agenda', [
      [...on('2027-01-21'), ...on('2027-02-15'), ...on('2027-03-01')],
    ], notOn('2027-02-23')),
  ]),
  c('b115-agenda-12-first-quarter-info-coll', ['info-collective', 'relative-date'], [
    turn('au 1er trimestre ya combien d info coll prepa comp ? les dates svp', 'agenda', [
      on('2027-01-14'),
      on('2027-01-21'),
      on('2027-02-11'),
      on('2027-03-04'),
    ], [...notOn('2027-02-09'), ...notOn('2027-03-17'), ...notOn('2027-01-07')]),
  ]),
  c('b115-agenda-13-this-week-next-week', ['relative-date', 'follow-up'], [
    turn('quoi de prevu cette semaine a l afpa ?', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-26'),
    ]),
    turn('et la semaine pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
    ]),
  ]),
  c('b115-agenda-14-pec-atelier2', ['competences-pec', 'sessions', 'follow-up'], [
    turn('atelier 2 comp PEC prochaine entree ?', 'agenda', [on('2027-01-20'), seats(4)]),
    turn('ya pas un truc a distance plutot ? il bosse a temps plein', 'agenda', [on('2027-03-03'), seats(3)]),
  ]),
  c('b115-agenda-15-pec-atelier3', ['competences-pec', 'sessions'], [
    turn('atelier 3 comp pec c quand ?', 'agenda', [on('2027-02-10')]),
  ]),
  c('b115-agenda-16-logistics-trainings', ['info-places', 'two-questions', 'follow-up'], [
    turn('cariste d entrepot il reste de la place ? ca demarre qd ?', 'agenda', [seats(6), on('2027-01-27')]),
    turn('et preparateur de commandes ?', 'agenda', [['castelsarrasin'], on('2027-03-01')]),
  ]),
  c('b115-agenda-17-electricien', ['info-places'], [
    turn('electricien dispo ?', 'agenda', [seats(2), on('2027-03-08')]),
  ]),
  c('b115-agenda-18-in-two-weeks', ['reunion-metier', 'relative-date', 'two-questions'], [
    turn('dans 15 jours ya la reunion logistique c bien ca ? tjs de la place ?', 'agenda', [on('2027-01-26'), seats(15)]),
  ]),
  c('b115-agenda-19-before-end-of-january', ['sessions', 'relative-date', 'places'], [
    turn('une entree prepa comp avant fin janvier avec de la place ? j ai 2 BRSA motivees', 'agenda', [
      on('2027-01-18'),
      seats(6),
    ]),
  ]),
  c('b115-agenda-20-info-coll-pec', ['info-collective', 'competences-pec', 'two-questions'], [
    turn('info coll comp PEC ? ou et a quelle heure', 'agenda', [on('2027-02-09'), ['moissac'], TIME_0930]),
  ]),
  c('b115-agenda-21-session-moissac', ['sessions', 'town'], [
    turn('ya une session prepa comp vers moissac ?', 'agenda', [on('2027-03-08')]),
  ]),
  c('b115-agenda-22-restauration', ['info-places', 'two-questions'], [
    turn('formation agent de restauration c ou ? ya de la place ?', 'agenda', [['caussade'], seats(4)]),
  ]),
  c('b115-agenda-23-building-email', ['pasted-email', 'relative-date'], [
    turn(
      'Fw: situation M. T.\n> 38 ans, BRSA depuis 2021, ancien manoeuvre, veut decouvrir les metiers du batiment ' +
        'avant de se lancer dans une formation qualifiante, pas de permis\n\nvous avez une visite ou une reunion ' +
        'la dessus ce mois ci ou le mois pro ?',
      'agenda',
      [on('2027-02-23')],
    ),
  ]),
  c('b115-agenda-24-info-coll-this-week-seats', ['info-collective', 'relative-date', 'two-questions'], [
    turn('l info coll de jeudi a montauban c a quelle heure ? ya encore de la place ?', 'agenda', [
      TIME_0930,
      seats(15),
    ]),
  ]),

  // ── eligibility ─────────────────────────────────────────────────────────
  c('b115-elig-01-rsa-not-ft', ['prepa-competences'], [
    turn('BRSA 34a pas inscrite FT, veut retravailler son projet pro. prepa comp ok ?', 'eligibility', [YES], WRONG_NO),
  ]),
  c('b115-elig-02-ase-17', ['promo-16-18'], [
    turn('jeune ASE 17 ans, a lache le lycee en octobre, fait rien depuis. promo 1618 possible ?', 'eligibility', [
      YES,
    ], WRONG_NO),
  ]),
  c('b115-elig-03-ase-15-then-16', ['promo-16-18', 'correction'], [
    turn('jeune confie ASE 15 ans, deco depuis 3 mois, promo ?', 'eligibility', [[...NO, '16 ans', 'trop jeune']], WRONG_YES),
    turn('ah non pardon il a eu 16 ans la semaine derniere', 'eligibility', [YES], WRONG_NO),
  ]),
  c('b115-elig-04-still-at-school', ['promo-16-18'], [
    turn(
      '17a ASE, tjs inscrit au lycee agricole mais tres absenteiste, on peut le mettre sur la promo ?',
      'eligibility',
      [[...NO, 'quitté', 'décroch', 'scolaris']],
      WRONG_YES,
    ),
  ]),
  c('b115-elig-05-rsa-in-pec', ['competences-pec'], [
    turn(
      'BRSA en PEC depuis 2 mois (agent entretien en mairie), veut faire reconnaitre ses competences. comp PEC ?',
      'eligibility',
      [YES],
      WRONG_NO,
    ),
  ]),
  c('b115-elig-06-cddi-not-pec', ['competences-pec', 'siae'], [
    turn('BRSA en CDDI ds un ACI depuis 6 mois, comp PEC c jouable ?', 'eligibility', [
      [...NO, 'pas un pec', 'pas un parcours emploi', ...RSFP],
    ], WRONG_YES),
  ]),
  c('b115-elig-07-father-and-son', ['two-people', 'two-questions'], [
    turn(
      'Mr B 52a BRSA inscrit FT veut securiser son entree en formation cariste + son fils 16a suivi ML, ' +
        'deco depuis juin. je peux orienter les 2 ? sur quoi ?',
      'eligibility',
      [['prépa'], ['promo']],
    ),
  ]),
  c('b115-elig-08-working-minor', ['promo-16-18'], [
    turn('jeune 17 ans suivi ML, en interim depuis 1 mois, promo ?', 'eligibility', [
      [...NO, 'travaill', 'en emploi'],
    ], WRONG_YES),
  ]),
  c('b115-elig-09-age-19', ['promo-16-18', 'correction'], [
    turn('jeune fille 17a ASE, decrocheuse depuis la 2nde, promo ?', 'eligibility', [YES], WRONG_NO),
    turn('et si elle a 19 ans ?', 'eligibility', [[...NO, 'mineur', '18 ans']], WRONG_YES),
  ]),
  c('b115-elig-10-prepa-age', ['prepa-competences', 'correction'], [
    turn('Mme D BRSA 45a, peu qualifiee, prepa comp ?', 'eligibility', [YES], WRONG_NO),
    turn('et si elle a 26 ans ?', 'eligibility', [[...YES, 'âge', 'pas de condition']], WRONG_NO),
  ]),
  c('b115-elig-11-rqth', ['prepa-competences', 'rqth'], [
    turn('BRSA avec RQTH, 40a, veut se former. prepa comp possible ou faut passer par cap emploi ?', 'eligibility', [
      YES,
    ], WRONG_NO),
  ]),
  c('b115-elig-12-ass-not-rsa', ['prepa-competences'], [
    turn('monsieur en ASS (pas au RSA), DE inscrit FT, je peux le prescrire en prepa comp via le CD ?', 'eligibility', [
      ['france travail', 'pôle emploi'],
      ['rsa'],
    ]),
  ]),
  c('b115-elig-13-no-pec-contract', ['competences-pec'], [
    turn('BRSA 30a, pas de contrat PEC, cherche un emploi, elle veut faire comp PEC', 'eligibility', [
      [...NO, 'contrat pec', 'pas en pec', 'signataire'],
    ], WRONG_YES),
  ]),
  c('b115-elig-14-ase-16-papers', ['promo-16-18', 'two-questions'], [
    turn('jeune 16a ASE deco, les parents sont injoignables. promo possible ? faut quoi comme papiers ?', 'eligibility', [
      YES,
      ['autorisation'],
    ]),
  ]),
  c('b115-elig-15-ml-not-ase', ['promo-16-18'], [
    turn(
      'jeune 17a pas ASE, suivi ML, sorti du lycee pro en 1ere en novembre, rien depuis. promo 1618 ?',
      'eligibility',
      [YES],
      WRONG_NO,
    ),
  ]),
  c('b115-elig-16-brother-and-sister', ['promo-16-18', 'two-people'], [
    turn(
      'Lea 17a ASE deco depuis sept et son frere Tom 15a ASE exclu du college: promo pr les 2 ?',
      'eligibility',
      [YES, [...NO, '16 ans', 'trop jeune']],
    ),
  ]),
  c('b115-elig-17-pec-no-vae-prerequisites', ['competences-pec', 'follow-up'], [
    turn('un BRSA salarie en PEC dans une asso d aide a domicile, comp PEC ?', 'eligibility', [YES], WRONG_NO),
    turn('et s il a pas les prerequis pour la vae ?', 'eligibility', [[...RSFP, ...CLEA]]),
  ]),

  // ── out_of_scope ────────────────────────────────────────────────────────
  c('b115-oos-01-rsa-amount', ['agreement-silent'], [
    turn('c combien le RSA pour une pers seule en 2027 ?', 'out_of_scope', [SILENT], NO_MONEY),
  ]),
  c('b115-oos-02-driving-licence', ['agreement-silent'], [
    turn('ma BRSA peut avoir une aide pour financer son permis B ?', 'out_of_scope', [SILENT], NO_MONEY),
  ]),
  c('b115-oos-03-childcare', ['agreement-silent'], [
    turn('pendant prepa comp le CD paie la creche pour ses 2 enfants ?', 'out_of_scope', [
      [...SILENT, 'conditions matérielles'],
    ], NO_MONEY),
  ]),
  c('b115-oos-04-travel-costs', ['agreement-silent'], [
    turn('les frais de deplacement jusqu a montauban sont rembourses ? elle vient de caylus', 'out_of_scope', [
      [...SILENT, 'conditions matérielles'],
    ], [...NO_MONEY, 'indemnités kilométriques']),
  ]),
  c('b115-oos-05-cpf', ['agreement-silent'], [
    turn('il veut utiliser son CPF pour passer le caces, vous pouvez gerer ca ?', 'out_of_scope', [SILENT], NO_MONEY),
  ]),
  c('b115-oos-06-emergency-housing', ['agreement-silent'], [
    turn('tu peux me trouver un hebergement d urgence pour ce soir sur montauban ? le 115 est sature', 'out_of_scope', [
      SILENT,
    ]),
  ]),
  c('b115-oos-07-bafa', ['agreement-silent'], [
    turn('le BAFA c finance ds l accord avec l afpa ?', 'out_of_scope', [SILENT], NO_MONEY),
  ]),
  c('b115-oos-08-cej', ['agreement-silent'], [
    turn('un jeune de 20 ans peut signer un CEJ via l afpa ?', 'out_of_scope', [SILENT]),
  ]),
  c('b115-oos-09-aah', ['agreement-silent'], [
    turn('dossier MDPH pour l AAH, vous pouvez m aider a le remplir ?', 'out_of_scope', [SILENT], NO_MONEY),
  ]),
  c('b115-oos-10-lodging-and-meals', ['agreement-silent', 'follow-up'], [
    turn('l afpa heberge les stagiaires ? ya un internat a montauban ?', 'out_of_scope', [SILENT], NO_MONEY),
    turn('et le repas du midi c combien ?', 'out_of_scope', [SILENT], NO_MONEY),
  ]),

  // ── contact ─────────────────────────────────────────────────────────────
  c('b115-contact-01-afpa-prepa', ['prepa-competences'], [
    turn('qui contacter a l afpa pr deployer prepa comp sur mon secteur ?', 'contact', [
      ['battedou', 'vella', 'responsable accompagnement'],
    ]),
  ]),
  c('b115-contact-02-coordinator', [], [
    turn('c qui le coordo departemental des dispositifs ?', 'contact', [['vella']]),
  ]),
  c('b115-contact-03-rap', ['two-questions'], [
    turn('la responsable accompagnement et parcours c qui ? elle s occupe de quoi ?', 'contact', [
      ['battedou'],
      ['déploiement', 'prépa', 'pec', 'promo'],
    ]),
  ]),
  c('b115-contact-04-signatories', ['follow-up'], [
    turn('qui a signe l accord cote CD ?', 'contact', [['weill']]),
    turn('et cote afpa ?', 'contact', [['vella']]),
  ]),
  c('b115-contact-05-panda-access', ['panda'], [
    turn('a qui je demande mon habilitation panda ? je suis nouvelle', 'contact', [['afpa']]),
  ]),
  c('b115-contact-06-cd-referent', ['agreement-silent'], [
    turn('le referent de l experimentation cote departement c qui ? j ai besoin de son mail', 'contact', [
      [...SILENT, 'désign', 'pas nommé', 'non nommé', 'ne nomme pas', 'aucun nom'],
    ], ['@']),
  ]),
  c('b115-contact-07-national-steering', ['two-questions'], [
    turn('qui pilote les dispositifs au niveau national et ils se reunissent tous les combien ?', 'contact', [
      ['dgefp', 'd.g.e.f.p', 'délégation générale à l'],
      ['trimestr', 'tous les 3 mois', 'tous les trois mois'],
    ]),
  ]),
  c('b115-contact-08-phone', ['agreement-silent'], [
    turn('c quoi le tel de l afpa montauban ?', 'contact', [[...SILENT, 'battedou', 'vella']], [
      '05 63',
      '0563',
      '05.63',
    ]),
  ]),

  // ── figures ─────────────────────────────────────────────────────────────
  c('b115-figures-01-targets', ['targets', 'follow-up', 'two-questions'], [
    turn('l objectif 2022 pr prepa comp c combien de BRSA ?', 'figures', [['30', 'trente']]),
    turn('et pour comp PEC et la promo ?', 'figures', [['50', 'cinquante'], [' 10 ', 'dix', '10 jeunes', '10 personnes']]),
  ]),
  c('b115-figures-02-entries-this-year', ['not-available'], [
    turn('on en est ou des entrees prepa comp cette annee ? mon chef veut un point', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b115-figures-03-reporting', ['two-questions'], [
    turn('les chiffres sont remontes a qui et tous les combien ?', 'figures', [
      ['dgefp', 'd.g.e.f.p'],
      ['mensuel', 'chaque mois', 'tous les mois'],
    ]),
  ]),
  c('b115-figures-04-targets-2027', ['targets', 'relative-date'], [
    turn('les objectifs pr cette annee c quoi ?', 'figures', [['2022']]),
  ]),
  c('b115-figures-05-jpo-attendance', ['not-available'], [
    turn('combien de BRSA sont venus aux JPO l an dernier ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b115-figures-06-promo-national', ['promo-16-18', 'two-questions'], [
    turn('la promo vise combien de sorties positives ? et cb de jeunes au national', 'figures', [
      ['70'],
      ['35 000', '35000', '35\u202f000', '35\u00a0000', '35.000'],
    ]),
  ]),
  c('b115-figures-07-departmental-report', [], [
    turn('le bilan annuel departemental des dispositifs il part ou ?', 'figures', [
      ['ddetspp', 'd.d.e.t.s.p.p', 'ddets'],
    ]),
  ]),
  c('b115-figures-08-exam-success', ['not-available'], [
    turn('taux de reussite aux examens de nos BRSA entres en formation ?', 'figures', [NOT_AVAILABLE]),
  ]),

  // ── prescribe ───────────────────────────────────────────────────────────
  c('b115-presc-01-prepa', ['prepa-competences'], [
    turn('je veux prescrire prepa comp pr une BRSA', 'prescribe', [PRESCRIPTION]),
  ]),
  c('b115-presc-02-pec-steps', ['competences-pec'], [
    turn('comment on prescrit comp PEC, c quoi les etapes ?', 'prescribe', [
      ['employeur'],
      [...PRESCRIPTION, 'adhésion', 'accord'],
    ]),
  ]),
  c('b115-presc-03-promo-then-person', ['promo-16-18', 'follow-up'], [
    turn('je peux inscrire un jeune sur la promo moi ?', 'prescribe', [[...PRESCRIPTION, 'inscri', 'mission locale']]),
    turn('il a 17a et il est ASE, deco depuis l an dernier', 'eligibility', [YES], WRONG_NO),
  ]),
  c('b115-presc-04-email-session', ['prepa-competences', 'pasted-email'], [
    turn(
      'RE: orientation\n> Mme K. est ok pour prepa comp volet 1, elle a donne son accord hier au tel\n' +
        'je fais comment pr l inscrire sur la session du 18 ?',
      'prescribe',
      [[...PRESCRIPTION, ...on('2027-01-18')]],
    ),
  ]),
  c('b115-presc-05-consent', [], [
    turn('faut l accord de la personne avant de prescrire ?', 'prescribe', [['oui', 'adhésion', 'accord']]),
  ]),
  c('b115-presc-06-direct', [], [
    turn('je peux prescrire en direct ou faut passer par FT ?', 'prescribe', [['direct']]),
  ]),
  c('b115-presc-07-then-cancel', ['cancel'], [
    turn('prescrire', 'prescribe', [PRESCRIPTION]),
    turn('non laisse tomber, annule', 'other', [CANCEL]),
  ]),
  c('b115-presc-08-material-conditions', ['prepa-competences'], [
    turn('avant de prescrire prepa comp je dois verifier quoi cote mobilite garde d enfants etc ?', 'prescribe', [
      ['conditions matérielles', 'mobilité', 'garde'],
    ]),
  ]),

  // ── other ───────────────────────────────────────────────────────────────
  c('b115-other-01-hello', ['greeting'], [turn('bjr', 'other', [HELLO])]),
  c('b115-other-02-what-can-you-do', ['help'], [turn('tu sais faire quoi ?', 'other', [HELP])]),
  c('b115-other-03-thanks', ['thanks'], [turn('merci bcp !!', 'other', [THANKS])]),
  c('b115-other-04-new-referent', ['help'], [
    turn('bonjour je suis nouvelle referente insertion au CD, tu peux m expliquer a quoi tu sers ?', 'other', [HELP]),
  ]),
  c('b115-other-05-hello-then-prepa', ['greeting', 'prepa-competences'], [
    turn('salut', 'other', [HELLO]),
    turn('c quoi prepa comp', 'dispositif', [['projet', 'formation', 'compétences']], ['13 semaines']),
  ]),
];
