/**
 * Sixty-fourth blind set.
 *
 * Who speaks: mostly référents insertion of the Département de Tarn-et-Garonne (CD82) in the
 * middle of a busy day, typing in Teams as they do (abbreviations such as prépa comp, PEC,
 * 1618, BRSA, FT, ML, RQTH, ASE, info coll, JPO; no accents, typos, dictation errors, SMS
 * style, long messages with the question buried inside, one-word follow-ups), and a few AFPA
 * coordinators of the centre de Montauban.
 *
 * Written blind: only from the partnership agreement between the Département and AFPA (with
 * its 2022-2023 action plan and the protocol of the three programmes), from the product guide
 * and from the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris),
 * without looking at the bot's code or at any other set.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, plus 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with a straight and a curly apostrophe, whichever the answer uses. */
function ap(...alternatives: string[]): string[] {
  return [
    ...new Set(alternatives.flatMap((a) => [a, a.replace(/'/g, '’'), a.replace(/’/g, "'")])),
  ];
}

// ── Facts of the agreement, as alternatives ───────────────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const VOLET1_DURATION = ['5 à 6 jours', '5 ou 6 jours', '5-6 jours', 'cinq à six jours', 'cinq ou six jours', '5 à 6 j'];
const VOLET2_DURATION = ['4 à 8 jours', '4-8 jours', 'quatre à huit jours', '4 et 8 jours', '4 à 8 j'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j '];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = ap('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi – jeudi', 'du lundi au jeudi');
const COST = ap(
  'sans contrepartie financière',
  'pas de contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'rien à payer',
  'aucun frais',
  'sans frais',
  'ne coûte rien',
  'rien au département',
  "financé par l'État",
  "l'État finance",
  "par l'État",
  'plan d’investissement dans les compétences',
  'PIC',
);
const STATE = ap('État', 'Etat', 'PIC', "plan d'investissement dans les compétences", 'P.I.C');
const DELOC = ap(
  'délocalis',
  'ensemble du département',
  'tout le département',
  'partout dans le département',
  'ailleurs dans le département',
  'sur le département',
  'dans le département',
  'autres communes',
  'autres villes',
);
const MISSION_LOCALE = ap('mission locale', 'missions locales');
const ML_OR_CIO = [...MISSION_LOCALE, 'CIO', 'C.I.O', 'centre d’information et d’orientation', "centre d'information et d'orientation"];
const VAE_RSFP_CLEA = ['VAE', 'V.A.E', 'RSFP', 'R.S.F.P', 'CléA', 'clea', 'validation des acquis', 'savoir-faire'];
const BATTEDOU = ap('Battedou', 'Responsable Accompagnement et Parcours', 'responsable accompagnement');
const VELLA = ap('Vella', 'directeur du centre');
const VALENCE = ap("Valence-d'Agen", "Valence d'Agen", 'Valence');
const TWO_PM = ['14h', '14 h', '14:00', '14 heures'];

/** « The agreement does not say / does not cover », in the many ways a French answer says it. */
const NOT_SAID = ap(
  'ne prévoit pas',
  'ne le prévoit pas',
  'ne dit rien',
  "n'en dit rien",
  'ne précise pas',
  'ne le précise pas',
  'pas précisé',
  'non précisé',
  'hors',
  'pas prévu',
  "n'est pas prévu",
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  "pas d'information",
  'ne mentionne pas',
  'pas mentionné',
  'ne traite pas',
  "n'aborde pas",
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'ne fixe pas',
  'ne sais pas',
  'ne concerne pas',
  'ne porte pas',
  'ne donne pas',
  'pas indiqué',
  "n'indique pas",
  'ne détaille pas',
  "pas d'indication",
  'aucune indication',
  "pas d'élément",
  'aucun élément',
  "je n'ai pas",
  'pas en mesure',
  'ne permet pas de répondre',
  'rien sur',
  'pas de réponse',
);

/** Figures of the action plan not yet available. */
const NOT_YET = ap(
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore',
  'aucun chiffre',
  'pas de chiffre',
  'ne dispose pas',
  'pas de donnée',
  'aucune donnée',
  'pas de résultat',
  'aucun résultat',
  'pas connu',
  "je n'ai pas",
  "n'ai pas",
  'ne sont pas',
  ...NOT_SAID,
);

/** A positive verdict. */
const YES = ap(
  'éligible',
  'peut ',
  'pourra',
  'oui',
  'possible',
  'accessible',
  'relève',
  'entre dans',
  'rentre dans',
  'correspond',
  'peut en bénéficier',
  'concerné',
);
/** A negative verdict. */
const NO = ap(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne relève pas',
  'ne remplit pas',
  'ne correspond pas',
  'pas accessible',
  "n'entre pas",
  'ne rentre pas',
  'réservé',
  'non,',
  'non.',
  'pas concerné',
  "n'est pas concerné",
  'trop jeune',
  "n'est plus",
  'plus mineur',
  'uniquement',
  'seulement',
  "n'a pas l'âge",
  'ne sont pas',
);
/** What a negative verdict must never say. */
const NO_BAN = ap(
  'il est éligible',
  'elle est éligible',
  'est bien éligible',
  'le jeune est éligible',
  'oui, il',
  'oui, elle',
  'oui il ',
  'oui elle ',
);
/** What a positive verdict must never say. */
const YES_BAN = ap('pas éligible', 'non éligible', 'inéligible', "n'est pas possible");

/** Yearly targets of the action plan (2022). */
const target = (n: number, word: string) =>
  ap(`${n} allocataires`, `${n} bénéficiaires`, `${n} personnes`, `${n} BRSA`, `${n} RSA`, `${n} jeunes`, `${n} entrées`, `: ${n}`, ` ${n} (`, word);
const T30 = target(30, 'trente');
const T50 = target(50, 'cinquante');
const T10 = target(10, 'dix ');

/** An answer that offers the prescription form or explains the steps. */
const PRESCRIBE = ap(
  'formulaire',
  'fiche de prescription',
  'prescri',
  'PANDA',
  'inscri',
  'remplir',
  'saisir',
);
const ADHESION = ap('adhésion', 'accord', 'consentement', "d'accord", 'volontaire', 'informe');

const FULL = ap('complet', 'aucune place', 'plus de place', 'plus aucune place', 'pas de place', ...seats(0), '0 place');
const PAST = ap('passé', 'déjà eu lieu', 'a eu lieu', 'terminé', 'est passée', 'plus d’actualité');

// Trainings of the fixture's Info Places, for answers that must list only the one asked.
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

// ── The cases ───────────────────────────────────────────────────────────────

export const SIXTY_FOURTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ───────────────────────────────────────────────────────────
  c('b64-disp-prepa-what', ['typos'], [
    turn(
      "slt, c koi exactement prepa comp ? g une dame BRSA qui sait pas trop ce quelle veut faire, elle a arrete l ecole en 3eme et la elle dit qu elle veut bosser mais sans savoir dans quoi",
      'dispositif',
      [ap('projet professionnel', 'projet pro', 'consolider', 'consolidation', 'sécuriser', 'entrée en formation'), [...PREPA_DURATION, ...VOLET1_DURATION]],
      ['13 semaines'],
    ),
  ]),
  c('b64-disp-promo-duration', ['two-questions'], [
    turn(
      'promo 1618 ca dure combien de temps deja et c en presentiel ou a distance ?',
      'dispositif',
      [PROMO_DURATION, ap('présentiel', 'sur place')],
      ['2 à 8 jours', 'deux à huit jours'],
    ),
  ]),
  c('b64-disp-pec-duration-chain', ['followup'], [
    turn('competences pec c cb de jours en tout ?', 'dispositif', [PEC_DURATION], ['13 semaines', '2 à 8 jours']),
    turn(
      'reparti comment ?',
      'dispositif',
      [ap('durée du PEC', 'durée du contrat', 'pendant le PEC', 'au cours du PEC', 'répartis', 'réparti', 'atelier', 'demi-journée')],
    ),
    turn('et ca debouche sur quoi a la fin', 'dispositif', [VAE_RSFP_CLEA]),
  ]),
  c('b64-disp-prepa-volets', ['two-questions'], [
    turn(
      "c quoi la diff entre volet 1 et volet 2 de prepa comp ?? et ca dure cb chacun parce que mon monsieur a un rdv medical le 2e semaine",
      'dispositif',
      [VOLET1_DURATION, VOLET2_DURATION, ap('projet', 'consolid'), ap('sécuris', 'entrée en formation')],
    ),
  ]),
  c('b64-disp-prepa-remote', [], [
    turn(
      "prepa comp on peut la faire a distance ? ma personne a pas de voiture elle habite a lauzerte et le bus pour montauban c la galere",
      'dispositif',
      [ap('distance', 'distanciel', 'classe virtuelle')],
    ),
  ]),
  c('b64-disp-promo-days', ['followup'], [
    turn('la promo 16 18 ca dure combien', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
    turn('c tous les jours ?', 'dispositif', [MON_THU]),
  ]),
  c('b64-disp-promo-who-orients', [], [
    turn(
      "qui oriente vers la promo 16 18 normalement ? c nous ou la ML ou le CIO ? je sais jamais",
      'dispositif',
      [ML_OR_CIO],
    ),
  ]),
  c('b64-disp-prepa-cost', [], [
    turn(
      "ma cheffe me demande si ca coute qqch au departement quand on prescrit prepa comp, on a plus de budget sur la ligne insertion jusqu'en juin",
      'dispositif',
      [COST],
      ['€', 'euros'],
    ),
  ]),
  c('b64-disp-prepa-pay', [], [
    turn(
      'et les gens sont remuneres pendant prepa comp ? ya une indemnite ?',
      'dispositif',
      [NOT_SAID],
      ['€', 'euros'],
    ),
  ]),
  c('b64-disp-prepa-report', [], [
    turn(
      "a la fin de prepa comp on a un retour nous les referents ? genre un bilan ou qqch, parce que la derniere fois j'ai rien eu",
      'dispositif',
      [ap('bilan individuel', 'bilan'), ap('référent', 'vous est', 'vous sera', 'à vous', 'accompagnateur', 'accompagnement')],
    ),
  ]),
  c('b64-disp-panda', [], [
    turn('c quoi panda ???', 'dispositif', [ap('traçabilité', 'tracer', 'trace', 'suivi des parcours', 'plateforme')]),
  ]),
  c('b64-disp-where', [], [
    turn(
      "les dispositifs ca se passe ou ? que montauban ? j ai bcp de gens sur le secteur de beaumont de lomagne",
      'dispositif',
      [['Montauban'], DELOC],
    ),
  ]),
  c('b64-disp-pec-phases', [], [
    turn(
      'les 5 phases de competences pec c quoi en gros',
      'dispositif',
      [
        ap('inscription', 'plateforme', 'première rencontre', 'consultant'),
        ap('reconnaissance des acquis', 'ateliers individualisés', '6 ateliers', 'six ateliers', 'positionnement'),
        VAE_RSFP_CLEA,
      ],
    ),
  ]),
  c('b64-disp-vae-rsfp', [], [
    turn(
      "dsl question bete mais c quoi la diff entre vae et rsfp ? j ai un monsieur en PEC espaces verts qui a pas de diplome",
      'dispositif',
      [ap('prérequis', 'pré-requis', 'pas les conditions', 'directement'), ap('savoir-faire', 'savoir faire', 'reconnaissance')],
    ),
  ]),
  c('b64-disp-promo-followup', [], [
    turn(
      "apres la promo 1618 le jeune est lache dans la nature ou y a un suivi ? ASE me demande",
      'dispositif',
      [['6 mois', 'six mois'], MISSION_LOCALE],
    ),
  ]),
  c('b64-disp-promo-steps', [], [
    turn(
      'les etapes de la promo 16/18 ?',
      'dispositif',
      [ap('engagement'), ap('construction'), ap('préparation de la suite', 'la suite')],
    ),
  ]),
  c('b64-disp-clea', [], [
    turn('clea c quoi svp', 'dispositif', [ap('compétences de base', 'socle', 'certification', 'interprofessionnel')]),
  ]),
  c('b64-disp-fle', [], [
    turn(
      "y a un truc pour un monsieur primo arrivant qui parle pas bien francais ? l afpa fait du FLE ? il est BRSA depuis 6 mois",
      'dispositif',
      [ap('français langue étrangère', 'langue étrangère', 'FLE', 'visée professionnelle')],
    ),
  ]),
  c('b64-disp-open-badges', [], [
    turn(
      'open badges c quoi ce truc',
      'dispositif',
      [ap('soft skills', 'compétences douces', 'savoir-être', 'transvers', 'reconnaissance')],
    ),
  ]),
  c('b64-disp-portfolio', [], [
    turn(
      'pour competences pec y a un portefeuille de comp a la fin ou pas',
      'dispositif',
      [ap('portefeuille'), ap('systématique', 'chaque', 'oui', 'tous', 'toujours')],
    ),
  ]),
  c('b64-disp-campaign', ['two-questions'], [
    turn(
      "jusqu a quand on pouvait faire entrer les brsa dans l'experimentation ? et les parcours doivent etre finis quand ?",
      'dispositif',
      [ap('31 décembre 2022', '31/12/2022', '31 déc'), ap('30 avril 2023', '30/04/2023', '30 avr')],
    ),
  ]),
  c('b64-disp-agreement-length', ['two-questions'], [
    turn(
      "l'accord afpa CD il dure cb de temps et on peut le prolonger ?",
      'dispositif',
      [ap('2 ans', 'deux ans'), ap('avenant')],
    ),
  ]),
  c('b64-disp-code', [], [
    turn(
      'en promo 1618 ils preparent le code de la route ? mon jeune me saoule avec ca',
      'dispositif',
      [ap('code de la route', 'code')],
    ),
  ]),
  c('b64-disp-vae-clea-duration', ['two-questions'], [
    turn(
      "l atelier VAE dans competences PEC ca represente combien de temps ? et clea socle ?",
      'dispositif',
      [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
        ['1 jour', 'une journée', 'un jour', '1 journée'],
      ],
    ),
  ]),
  c('b64-disp-funder', [], [
    turn('c finance par qui tout ca', 'dispositif', [STATE]),
  ]),
  c('b64-disp-afpa-reporting', ['afpa', 'followup'], [
    turn(
      "Bonjour, coordinatrice AFPA Montauban. On transmet quoi a la DGEFP et a quel rythme deja ?",
      'dispositif',
      [ap('mensuel', 'chaque mois', 'tous les mois', 'par mois'), ap('tableau de bord', 'tableaux de bord')],
    ),
    turn(
      'et a la DDETSPP ?',
      'dispositif',
      [ap('annuel', 'chaque année', 'par an', 'une fois par an')],
    ),
  ]),
  c('b64-disp-copil', [], [
    turn(
      'le comite de pilotage de l accord il se reunit quand',
      'dispositif',
      [ap('1 fois par an', 'une fois par an', 'au moins une fois', 'annuel', 'chaque année', 'trimestriel')],
    ),
  ]),
  c('b64-disp-panda-habilitation', [], [
    turn(
      "qui nous habilite sur panda ? j ai pas d acces",
      'dispositif',
      [ap('habilit'), ['AFPA']],
    ),
  ]),

  // ── agenda ───────────────────────────────────────────────────────────────
  c('b64-agenda-next-info-coll', [], [
    turn(
      'prochaine info coll prepa comp ?',
      'agenda',
      [on('2027-01-14'), ['Montauban']],
      [...notOn('2027-01-07')],
    ),
  ]),
  c('b64-agenda-castel-info-coll', ['two-questions', 'followup'], [
    turn(
      "l info coll prepa a castel c quand et y a cb de places ? j ai 3 personnes sur castelsarrasin",
      'agenda',
      [on('2027-01-21'), seats(12)],
      [...notOn('2027-01-14')],
    ),
    turn('c a quelle heure', 'agenda', [TWO_PM]),
  ]),
  c('b64-agenda-jpo', ['followup'], [
    turn(
      'les JPO a venir ?',
      'agenda',
      [on('2027-02-03')],
      [...notOn('2027-01-07')],
    ),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-01-07')]),
  ]),
  c('b64-agenda-prepa-v2-full', ['followup'], [
    turn(
      'il reste de la place sur la session prepa volet 2 du 25 janvier ??',
      'agenda',
      [FULL],
    ),
    turn('et la suivante ?', 'agenda', [on('2027-02-15'), ['Castelsarrasin'], seats(5)], [...notOn('2027-01-25')]),
  ]),
  c('b64-agenda-places-welder', ['followup'], [
    turn(
      'places soudeur ?',
      'agenda',
      [seats(4), on('2027-02-01')],
      otherTrainings('soudeur'),
    ),
    turn('et macon ?', 'agenda', [seats(3), on('2027-02-15')], otherTrainings('maçon', 'macon')),
  ]),
  c('b64-agenda-plaquiste', [], [
    turn(
      "bjr j ai un monsieur BRSA ancien du batiment qui voudrait faire plaquiste, y a de la place a l afpa ?",
      'agenda',
      [FULL],
      otherTrainings('plaquiste'),
    ),
  ]),
  c('b64-agenda-logistics', ['followup'], [
    turn(
      'reunion metier logistique c quand ?',
      'agenda',
      [on('2027-01-26'), ['Montauban']],
      [...notOn('2027-02-23')],
    ),
    turn('et batiment ?', 'agenda', [on('2027-02-23'), ['Caussade']], [...notOn('2027-01-26')]),
  ]),
  c('b64-agenda-welding-visit', ['followup'], [
    turn(
      'la visite du plateau soudure c quand exactement',
      'agenda',
      [on('2027-01-19'), TWO_PM],
      [...notOn('2027-03-10')],
    ),
    turn('il reste de la place ?', 'agenda', [seats(8)]),
  ]),
  c('b64-agenda-pec-atelier2', [], [
    turn(
      "les prochaines entrees competences PEC atelier 2 svp j ai une salariee PEC a la mairie de negrepelisse",
      'agenda',
      [on('2027-01-20'), on('2027-03-03')],
      [...notOn('2027-02-10')],
    ),
  ]),
  c('b64-agenda-promo', ['followup'], [
    turn(
      "y a une info coll pour la promo 1618 bientot ? pour un jeune ASE et sa famille d'accueil",
      'agenda',
      [on('2027-03-17')],
      [...notOn('2027-01-14'), ...notOn('2027-02-11')],
    ),
    turn("et l'entree dans le programme c quand", 'agenda', [on('2027-02-01'), seats(10)]),
  ]),
  c('b64-agenda-prepa-remote', [], [
    turn(
      'une session prepa comp a distance c possible bientot ?',
      'agenda',
      [on('2027-02-08'), seats(8)],
      [...notOn('2027-01-18')],
    ),
  ]),
  c('b64-agenda-this-week', ['followup'], [
    turn(
      "y a quoi cette semaine a l afpa",
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
    turn(
      'et la semaine pro ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26')],
    ),
  ]),
  c('b64-agenda-valence', [], [
    turn(
      "qqch de prevu sur valence d agen ? j ai une permanence la bas le jeudi",
      'agenda',
      [on('2027-03-04'), VALENCE],
      [...notOn('2027-01-21')],
    ),
  ]),
  c('b64-agenda-cariste', ['two-questions'], [
    turn(
      'formation cariste place dispo ? et ca commence quand',
      'agenda',
      [seats(6), on('2027-01-27')],
      otherTrainings('cariste'),
    ),
  ]),
  c('b64-agenda-electrician', ['followup'], [
    turn(
      'electricien batiment y a des places ?',
      'agenda',
      [seats(2), on('2027-03-08')],
      otherTrainings('électricien'),
    ),
    turn('la visite elec c quand', 'agenda', [on('2027-03-10')], [...notOn('2027-01-19')]),
  ]),
  c('b64-agenda-restauration', ['two-questions'], [
    turn(
      "agent de restauration c ou la formation ? et cb de places",
      'agenda',
      [['Caussade'], seats(4)],
      otherTrainings('restauration'),
    ),
  ]),
  c('b64-agenda-moissac', [], [
    turn(
      "moissac y a quoi comme evenement a venir ? je fais une info a mon equipe du secteur",
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-01-21'), ...notOn('2027-02-23')],
    ),
  ]),
  c('b64-agenda-pec-atelier3', [], [
    turn(
      'atelier 3 competences pec la prochaine date',
      'agenda',
      [on('2027-02-10')],
      [...notOn('2027-01-20')],
    ),
  ]),
  c('b64-agenda-past-jpo', [], [
    turn(
      "la JPO du 7 janvier je peux encore y envoyer qqn ?",
      'agenda',
      [[...PAST, ...on('2027-02-03')]],
    ),
  ]),
  c('b64-agenda-prepa-v1-moissac', ['followup'], [
    turn(
      'prochaine session prepa volet 1 ?',
      'agenda',
      [on('2027-01-18'), seats(6)],
      [...notOn('2027-01-25')],
    ),
    turn('et a moissac ?', 'agenda', [on('2027-03-08')], [...notOn('2027-01-25'), ...notOn('2027-02-15')]),
  ]),
  c('b64-agenda-jpo-and-visit', ['two-questions'], [
    turn(
      "c quand la prochaine JPO et la prochaine visite de plateau ? je voudrais emmener un petit groupe de BRSA",
      'agenda',
      [on('2027-02-03'), on('2027-01-19')],
      [...notOn('2027-01-07')],
    ),
  ]),
  c('b64-agenda-info-coll-seats', ['followup'], [
    turn("l info coll de jeudi c a quelle heure", 'agenda', [['9h30', '9 h 30', '09:30', '9:30', '09h30']]),
    turn('il reste de la place ?', 'agenda', [seats(15)]),
  ]),
  c('b64-agenda-pec-moissac', ['two-questions'], [
    turn(
      "info coll competences pec c ou et c quand ? c pour une salariee et son employeur",
      'agenda',
      [on('2027-02-09'), ['Moissac']],
      [...notOn('2027-01-14')],
    ),
  ]),
  c('b64-agenda-prepa-castel-modality', [], [
    turn(
      "la session prepa volet 2 de castel elle est en presentiel ou a distance",
      'agenda',
      [ap('présentiel', 'sur place'), on('2027-02-15')],
      [...notOn('2027-01-25')],
    ),
  ]),
  c('b64-agenda-proprete', [], [
    turn(
      "ya des places en agent de proprete ? c pour une dame de moissac justement",
      'agenda',
      [seats(7), ['Moissac']],
      otherTrainings('propreté'),
    ),
  ]),

  // ── eligibility ──────────────────────────────────────────────────────────
  c('b64-elig-brsa-not-registered', [], [
    turn(
      "mme L., 45 ans, BRSA depuis 3 ans, pas inscrite a FT, elle voudrait retravailler son projet pro, elle peut faire prepa comp ?",
      'eligibility',
      [YES],
      YES_BAN,
    ),
  ]),
  c('b64-elig-ase-17', ['followup'], [
    turn(
      "jeune ASE de 17 ans, decroche du lycee pro depuis septembre, fait rien de ses journees, il peut aller en promo 1618 ?",
      'eligibility',
      [YES],
      YES_BAN,
    ),
    turn('et son frere il a 15 ans ?', 'eligibility', [NO, ['16']], NO_BAN),
  ]),
  c('b64-elig-15', [], [
    turn(
      'une jeune de 15 ans placee ASE peut elle faire la promo 16/18',
      'eligibility',
      [NO, ['16']],
      NO_BAN,
    ),
  ]),
  c('b64-elig-apprentice', [], [
    turn(
      "garcon 17 ans suivi ML, il est en apprentissage en boulangerie depuis oct mais ca se passe mal, la promo 1618 c possible pour lui ?",
      'eligibility',
      [NO, ap('formation', 'travaill', 'emploi', 'apprenti', 'contrat')],
      NO_BAN,
    ),
  ]),
  c('b64-elig-pec-employee', ['followup', 'two-questions'], [
    turn(
      "monsieur B BRSA 52 ans en contrat PEC a la commune depuis 3 mois, il peut faire competences pec ? et ca dure cb",
      'eligibility',
      [YES, PEC_DURATION],
      [...YES_BAN, '13 semaines'],
    ),
    turn(
      "faut l accord de son employeur ?",
      'eligibility',
      [ap('employeur'), ap('accord', 'oui', 'informe')],
    ),
  ]),
  c('b64-elig-cdi-not-pec', [], [
    turn(
      "une BRSA en CDI temps partiel (pas un PEC, un vrai CDI) voudrait valider son experience, elle peut rentrer sur competences PEC ?",
      'eligibility',
      [NO, ap('PEC', 'parcours emploi compétences')],
      NO_BAN,
    ),
  ]),
  c('b64-elig-ml-17-dropout', [], [
    turn(
      "jeune de 17 ans suivi par la ML de castel, a quitte le lycee en 1ere, pas de formation pas de boulot, la promo 1618 ca le fait ?",
      'eligibility',
      [YES],
      YES_BAN,
    ),
  ]),
  c('b64-elig-19-ase', ['followup'], [
    turn(
      "jeune majeure 19 ans contrat jeune majeur ASE, elle peut encore faire la promo 1618 ?",
      'eligibility',
      [NO, ap('mineur', '16', '18')],
      NO_BAN,
    ),
    turn(
      "ok et prepa comp alors ? elle touche le rsa car elle a un bebe",
      'eligibility',
      [YES],
      YES_BAN,
    ),
  ]),
  c('b64-elig-prepa-other-of', [], [
    turn(
      "BRSA qui a deja une entree en formation aide soignante dans un autre organisme (pas afpa) en mars, prepa comp peut l aider a securiser ou c que pour l afpa ?",
      'eligibility',
      [YES, ap('volet 2', 'sécuris', 'hors AFPA', 'autre organisme')],
      YES_BAN,
    ),
  ]),
  c('b64-elig-brsa-registered-ft', [], [
    turn(
      "si le monsieur est inscrit a france travail en plus du rsa ca bloque pour prepa comp ??",
      'eligibility',
      [YES, ap('inscrit', 'inscrits', 'non-inscrit', 'non inscrit', 'ou non')],
      YES_BAN,
    ),
  ]),
  c('b64-elig-pec-just-signed', [], [
    turn(
      "mme R vient de signer son PEC il y a 15 jours en EHPAD, trop tot pour competences pec ou pas ?",
      'eligibility',
      [ap('dès la signature', 'dès signature', 'premiers mois', 'immédiatement', 'dès le début', 'pas trop tôt', 'tout de suite')],
      YES_BAN,
    ),
  ]),
  c('b64-elig-still-in-school', ['followup'], [
    turn(
      "jeune 16 ans encore au lycee mais absentéiste, la mere demande pour la promo 16 18",
      'eligibility',
      [NO, ap('quitté', 'décroch', 'scolaris', 'plus en formation', 'lycée', 'collège')],
      NO_BAN,
    ),
    turn(
      "et s il arrete completement le lycee en fevrier ?",
      'eligibility',
      [YES],
      YES_BAN,
    ),
  ]),
  c('b64-elig-ase-16-parents', ['two-questions'], [
    turn(
      "jeune ASE 16 ans, deco scolaire, il peut faire promo 1618 ? et faut l'accord des parents vu qu'il est place ?",
      'eligibility',
      [YES, ap('autorisation parentale', 'autorisations parentales', 'parents', 'parental')],
      YES_BAN,
    ),
  ]),
  c('b64-elig-not-rsa', [], [
    turn(
      "monsieur 30 ans, demandeur d emploi inscrit FT, pas au rsa, pas suivi par nous, je peux le prescrire sur prepa comp via le CD ?",
      'eligibility',
      [NO, ap('RSA', 'R.S.A')],
      NO_BAN,
    ),
  ]),
  c('b64-elig-pec-not-rsa', [], [
    turn(
      "question : competences PEC c est que pour les BRSA en PEC ou tous les PEC ? j en ai une qui est pas au rsa",
      'eligibility',
      [ap('PEC', 'parcours emploi compétences'), ap('RSA', 'R.S.A', 'Pôle emploi', 'France Travail', 'mission locale', 'Cap emploi')],
    ),
  ]),

  // ── out_of_scope ─────────────────────────────────────────────────────────
  c('b64-oos-rsa-amount', ['followup'], [
    turn(
      "c combien le montant du rsa pour une personne seule avec 2 enfants en ce moment ?",
      'out_of_scope',
      [NOT_SAID],
      ['€'],
    ),
    turn('ok et prepa comp ca dure cb ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
  ]),
  c('b64-oos-transport', [], [
    turn(
      "les frais de transport pour aller a montauban pour prepa comp c rembourse par qui ? la personne a pas de sous pour l essence",
      'out_of_scope',
      [NOT_SAID],
      ['€', 'euros'],
    ),
  ]),
  c('b64-oos-housing', [], [
    turn(
      "le jeune ASE il a besoin d un logement pour la promo, l'afpa peut l heberger ?",
      'out_of_scope',
      [NOT_SAID],
      ['€'],
    ),
  ]),
  c('b64-oos-cej', [], [
    turn(
      "c quoi la diff avec le CEJ ? le contrat d engagement jeune ? il touche l allocation ?",
      'out_of_scope',
      [NOT_SAID],
      ['€'],
    ),
  ]),
  c('b64-oos-rqth', [], [
    turn(
      "mon monsieur a une RQTH (TH moteur), l afpa a des amenagements specifiques pour prepa comp ? faut passer par cap emploi ?",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b64-oos-pec-salary', [], [
    turn(
      "l aide de l etat a l employeur pour un PEC c combien en % ?",
      'out_of_scope',
      [NOT_SAID],
      ['%'],
    ),
  ]),
  c('b64-oos-opening-hours', [], [
    turn(
      "l accueil de l afpa montauban ouvre a quelle heure le matin ?",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b64-oos-childcare', [], [
    turn(
      "y a une aide pour la garde d enfants pendant prepa comp ? la maman a 3 petits et pas de place en creche",
      'out_of_scope',
      [NOT_SAID],
      ['€', 'euros'],
    ),
  ]),
  c('b64-oos-promo-allowance', [], [
    turn(
      "les jeunes en promo 1618 ils touchent combien par mois ?",
      'out_of_scope',
      [NOT_SAID],
      ['€', 'euros'],
    ),
  ]),
  c('b64-oos-toulouse', [], [
    turn(
      "est ce que l afpa de toulouse balma a des places en formation de soudeur ? c plus pres pour elle",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b64-oos-rsa-sanction', [], [
    turn(
      "si la personne abandonne prepa comp en cours, on doit faire une reduction du rsa ? c quoi la procedure equipe pluri",
      'out_of_scope',
      [NOT_SAID],
    ),
  ]),
  c('b64-oos-weather', [], [
    turn('il va neiger demain a montauban ? j ai 2 rdv sur la route', 'out_of_scope', [NOT_SAID]),
  ]),
  c('b64-oos-permis', [], [
    turn(
      "le financement du permis B pour un BRSA ca passe par l accord afpa ?",
      'out_of_scope',
      [NOT_SAID],
      ['€', 'euros'],
    ),
  ]),

  // ── contact ──────────────────────────────────────────────────────────────
  c('b64-contact-deployment', ['followup', 'two-questions'], [
    turn(
      "qui s occupe de prepa comp cote afpa ? la personne en charge du deploiement, et c quoi son role exact",
      'contact',
      [BATTEDOU],
    ),
    turn("t'as son num ?", 'contact', [NOT_SAID]),
  ]),
  c('b64-contact-coordinator', ['followup'], [
    turn('c qui le coordo departemental des dispositifs ?', 'contact', [VELLA]),
    turn(
      'et cote departement ?',
      'contact',
      [ap("référent de l'expérimentation", "référente de l'expérimentation", "référent(e) de l'expérimentation", 'désign', 'référent', 'Weill', 'président')],
    ),
  ]),
  c('b64-contact-agreement-followup', ['two-questions'], [
    turn(
      "qui suit l accord de partenariat, cote afpa et cote CD ?",
      'contact',
      [ap('Vella'), ap('Weill', 'président', 'Président du Conseil départemental')],
    ),
  ]),
  c('b64-contact-email', [], [
    turn(
      "g besoin de l adresse mail de madame battedou a l afpa stp",
      'contact',
      [NOT_SAID, BATTEDOU],
      ['@'],
    ),
  ]),
  c('b64-contact-promo', [], [
    turn(
      "a qui je m adresse a l afpa pour la promo 1618, c la meme personne que pour prepa ?",
      'contact',
      [BATTEDOU],
    ),
  ]),
  c('b64-contact-director', [], [
    turn("c qui le directeur de l afpa montauban deja", 'contact', [ap('Vella')]),
  ]),
  c('b64-contact-experimentation-referent', [], [
    turn(
      "qui est le referent de l'experimentation cote departement ? c l interlocuteur de l afpa normalement",
      'contact',
      [ap('désign', 'nomm', ...NOT_SAID)],
    ),
  ]),
  c('b64-contact-afpa-who-to-call', ['afpa'], [
    turn(
      "Bonjour, je suis nouvelle a l accueil de l AFPA, une referente du CD appelle pour une prescription prepa comp, je la renvoie vers qui ?",
      'contact',
      [BATTEDOU],
    ),
  ]),

  // ── figures ──────────────────────────────────────────────────────────────
  c('b64-fig-prepa-target', ['followup'], [
    turn("l objectif prepa comp pour 2022 c combien de brsa ?", 'figures', [T30]),
    turn('et pour la promo ?', 'figures', [T10]),
  ]),
  c('b64-fig-progress', ['followup'], [
    turn(
      "on en est ou par rapport aux objectifs ? ma cheffe prepare le copil",
      'figures',
      [NOT_YET],
    ),
    turn('ok et c quoi les objectifs du coup', 'figures', [T30, T50, T10]),
  ]),
  c('b64-fig-pec-prepa', ['two-questions'], [
    turn(
      "cb de brsa visés sur competences pec et cb sur prepa comp ?",
      'figures',
      [T50, T30],
    ),
  ]),
  c('b64-fig-entries-this-year', [], [
    turn(
      "cb de personnes du CD sont rentrees en prepa comp depuis janvier ?",
      'figures',
      [NOT_YET],
    ),
  ]),
  c('b64-fig-promo-positive-exits', [], [
    turn(
      "c quoi l objectif de sorties positives de la promo 1618 ?",
      'figures',
      [['70 %', '70%', '70 pour cent', 'soixante-dix']],
    ),
  ]),
  c('b64-fig-ase-target', [], [
    turn(
      "combien de jeunes ASE on devait orienter vers la promo 16-18 ?",
      'figures',
      [T10],
    ),
  ]),
  c('b64-fig-jpo-attendance', ['afpa'], [
    turn(
      "Coordination AFPA : combien d allocataires du CD ont participe aux JPO et aux infos coll cette annee ?",
      'figures',
      [NOT_YET],
    ),
  ]),

  // ── prescribe ────────────────────────────────────────────────────────────
  c('b64-presc-prepa', [], [
    turn(
      "je veux prescrire prepa comp pour mme D, BRSA, elle est d accord, je fais comment",
      'prescribe',
      [PRESCRIBE],
    ),
  ]),
  c('b64-presc-panda-steps', ['two-questions'], [
    turn(
      "comment on inscrit qqn sur panda pour prepa comp ? c moi qui le fait ou l afpa ?",
      'prescribe',
      [PRESCRIBE, ap('référent', 'vous', 'habilit')],
    ),
  ]),
  c('b64-presc-pec', ['two-questions'], [
    turn(
      "prescription competences pec il faut quoi comme accord ? et je la fais ou ?",
      'prescribe',
      [ap('employeur'), PRESCRIBE],
    ),
  ]),
  c('b64-presc-direct', [], [
    turn(
      "on peut prescrire direct prepa comp nous le CD ou faut forcement passer par FT ?",
      'prescribe',
      [ap('directement', 'direct', 'oui'), PRESCRIBE],
    ),
  ]),
  c('b64-presc-promo', [], [
    turn(
      "comment j inscris un jeune ASE sur la promo 1618",
      'prescribe',
      [PRESCRIBE],
    ),
  ]),
  c('b64-presc-session', ['followup'], [
    turn(
      'la session prepa volet 1 du 18 janvier y a encore de la place ?',
      'agenda',
      [seats(6)],
      [...notOn('2027-01-25')],
    ),
    turn('ok je prescris dessus', 'prescribe', [PRESCRIBE]),
  ]),
  c('b64-presc-one-word', [], [turn('prescrire', 'prescribe', [PRESCRIBE])]),
  c('b64-presc-rambling', [], [
    turn(
      "bon alors j ai vu mr K ce matin, il est motive, BRSA, il veut faire cariste mais il a pas le niveau en maths, on s est dit prepa comp volet 2 pour securiser, je lance la prescription ou ?",
      'prescribe',
      [PRESCRIBE],
    ),
  ]),
  c('b64-presc-adhesion', ['two-questions'], [
    turn(
      "avant de prescrire prepa comp je dois faire quoi avec la personne ? et apres je remplis quoi ?",
      'prescribe',
      [ADHESION, PRESCRIBE],
    ),
  ]),

  // ── other ────────────────────────────────────────────────────────────────
  c('b64-other-hello', ['followup'], [
    turn('bonjour', 'other', [ap('bonjour', 'salut', 'hello', 'bienvenue')]),
    turn('c quoi prepa comp', 'dispositif', [PREPA_DURATION], ['13 semaines']),
  ]),
  c('b64-other-cancel', ['followup'], [
    turn('prescrire', 'prescribe', [PRESCRIBE]),
    turn(
      'annule',
      'other',
      [ap('annul', "d'accord", 'ok', 'noté', 'pas de souci', 'entendu', 'abandonn', 'arrêt')],
    ),
  ]),
  c('b64-other-help', [], [
    turn(
      'tu sais faire quoi ?',
      'other',
      [ap('dispositif', 'Prépa Compétences', 'agenda', 'prescri', 'éligibilité', 'événement')],
    ),
  ]),
  c('b64-other-thanks', [], [
    turn(
      'merci bcp !!',
      'other',
      [ap('de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'à votre service', "n'hésitez pas", 'à bientôt', 'avec grand plaisir')],
    ),
  ]),
  c('b64-other-aide', [], [
    turn('aide', 'other', [ap('dispositif', 'Prépa Compétences', 'agenda', 'prescri', 'éligibilité', 'événement')]),
  ]),
  c('b64-other-who', [], [
    turn(
      "t es qui toi ? un robot du CD ou de l afpa ?",
      'other',
      [ap('assistant', 'bot', 'robot', 'AFPA', 'Département')],
    ),
  ]),
];
