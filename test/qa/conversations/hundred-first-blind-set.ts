/**
 * Hundred-first blind set: référents insertion of the Département (CD82) typing on a phone in
 * Teams, fast and badly (typos, no accents, no punctuation, glued or cut words, two or three
 * questions in one message, follow-ups that only make sense after the previous turn).
 *
 * Written blind, without seeing the bot: every expected fact comes from the agreement between
 * the Département de Tarn-et-Garonne and AFPA (with its action plan and the protocol of the three
 * programmes), from the product guide, and from the agenda fixture (today frozen at Monday
 * 11 January 2027, 9:00 Europe/Paris). Where the agreement is silent, the answer must say so.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several turns. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** « 14h », « 14 h », « 14:00 »; « 9h30 », « 09:30 ». */
function at(h: number, m = 0): string[] {
  const mm = String(m).padStart(2, '0');
  return m === 0
    ? [`${h}h`, `${h} h`, `${h}:00`]
    : [`${h}h${mm}`, `${h} h ${mm}`, `${h}:${mm}`];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', '2-8 jours'];
const PEC_DURATION = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = ['5 à 6 jours', '5 a 6 j', '5 et 6 jours', 'cinq à six jours', '5-6 jours', '5 ou 6 jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 a 8 j', '4 et 8 jours', 'quatre à huit jours', '4-8 jours'];
const MON_TO_THU = ['lundi au jeudi', 'lundi a jeudi', 'du lundi', 'lundi-jeudi', 'lundi → jeudi'];
const RESPONSABLE = ['battedou', 'responsable accompagnement et parcours', 'responsable accompagnement', 'responsable de l’accompagnement'];
const COORDINATOR = ['vella', 'directeur du centre', 'coordonnateur', 'coordinateur'];
const FT = ['france travail', 'pole emploi', 'pôle emploi'];
const AFPA = ['afpa', 'a.f.p.a'];
const PARENTS = ['autorisation parentale', 'autorisations parentales', 'autorisation des parents', 'accord des parents', 'parents'];

// Verdicts.
const YES = [
  'eligible',
  'peut beneficier',
  'peut en beneficier',
  'peut entrer',
  'peut integrer',
  'peut suivre',
  'peut y acceder',
  'peut etre prescrit',
  'peut lui etre prescrit',
  'oui',
  'accessible',
  'correspond',
];
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'pas accessible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne correspond pas',
  'reserve',
  'ne remplit pas',
  'pas ouvert',
  'pas concerne',
  'ne rentre pas',
  'ne releve pas',
  'pas le bon dispositif',
  'ne peut etre',
  'ne sera pas',
  'ne sont pas remplies',
  'pas remplie',
];
/** What a positive verdict must not say. */
const NOT_ELIGIBLE = ['pas eligible', 'non eligible', 'ineligible', 'pas accessible'];
/** Promo 16/18 is for minors (16-17 year-olds). */
const AGE_RULE = ['mineur', '16 et 17', '16-17', '16 ou 17', 'moins de 18', '16 à 17', 'avant 18', '16 à 18', '16 a 18'];

// Agenda answers.
const FULL = ['complet', ' 0 place', 'aucune place', 'plus de place', 'pas de place', 'places : 0', 'places disponibles : 0', 'plus aucune'];
const NONE = ['aucune', 'aucun', 'pas de ', 'rien', 'pas prevu', 'ne figure pas', 'pas trouve', 'n’y a pas', 'ny a pas', 'il n y a pas'];
const PAST = ['passe', 'deja eu lieu', 'a eu lieu', 'terminee', 'est finie', 'etait le'];
const MONTAUBAN = ['montauban'];
const CASTEL = ['castelsarrasin'];
const MOISSAC = ['moissac'];
const CAUSSADE = ['caussade'];
const DISTANCE = ['distance', 'distanciel', 'classe virtuelle'];
const MIXED = ['mixte', 'hybride', 'distance et presentiel', 'presentiel et distanciel', 'presentiel et a distance'];

// Silence of the agreement, figures not yet known, prescription, small talk.
const SILENT = [
  'ne prevoit pas',
  'ne prevoient pas',
  'ne dit rien',
  'ne precise pas',
  'ne precisent pas',
  'hors',
  'pas prevu',
  'ne couvre pas',
  'aucune information',
  'pas d information',
  'pas d’information',
  'aborde pas',
  'mentionne pas',
  'ne parle pas',
  'pas couvert',
  'ne contient pas',
  'ne traite pas',
  'pas traite',
  'ne peux pas',
  'pas en mesure',
  'ne sais pas',
  'ne concerne pas',
  'ne porte pas',
  'rien sur',
  'pas mentionne',
  'pas precise',
  'ne figure pas',
  'ne fixe pas',
  'indique pas',
  'ne donne pas',
  'aucun element',
  'aucune mention',
  'pas dans',
  'rien n est prevu',
  'rien n’est prevu',
];
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas encore de',
  'aucune donnee',
  'pas de donnee',
  'ne dispose pas',
  'pas encore connu',
  'aucun chiffre',
  'pas de chiffre',
  'pas encore',
  'aucune entree',
  'aucune prescription',
  'zero',
  'pas en mesure',
  'aucun resultat',
  'pas de resultat',
  'ne sont pas encore',
];
const FORM = ['formulaire', 'fiche de prescription', 'remplir', 'renseign', 'panda', 'inscri', 'etapes'];
const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue', 'coucou', 'bonsoir'];
const HELP = ['dispositif', 'prepa', 'agenda', 'prescri', 'eligib', 'jpo', 'information collective', 'je peux'];
const CANCEL = ['annul', 'abandon', 'arrete', 'accord', 'entendu', 'c est note', 'c’est note', 'pas de souci', 'pas de probleme', 'ok'];
const THANKS = ['de rien', 'avec plaisir', 'je vous en prie', 'bonne journee', 'a votre service', 'hesitez', 'a bientot'];

export const HUNDRED_FIRST_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b101-prepa-duree', ['prepa', 'two-questions'], [
    turn('prepa comp ca dure cb de tps et c etale sur cb de semaines', 'dispositif', [PREPA_DURATION, TWO_WEEKS], [
      '13 semaines',
      'trois mois',
    ]),
  ]),
  c('b101-volets-diff-duree', ['prepa', 'two-questions'], [
    turn('volet1 volet 2 cest quoi la diff et ca dure combien chacun', 'dispositif', [
      VOLET1_DURATION,
      VOLET2_DURATION,
      ['projet'],
    ], ['13 semaines']),
  ]),
  c('b101-prepa-distance', ['prepa'], [
    turn('prepa c a distance ou faut venir a montauban obligé elle a pas de voiture', 'dispositif', [
      DISTANCE,
      ['presentiel', 'centre', 'sur place'],
    ]),
  ]),
  c('b101-promo-duree-jours', ['promo', 'two-questions'], [
    turn('la promo 1618 cest combien de temps et cest tous les jours ??', 'dispositif', [
      PROMO_DURATION,
      MON_TO_THU,
    ], ['2 à 8 jours']),
  ]),
  c('b101-pec-cest-quoi', ['pec'], [
    turn('competences pec cest quoi concretement pr le salarie', 'dispositif', [
      PEC_DURATION,
      ['vae', 'rsfp', 'clea', 'validation des acquis', 'certification'],
    ], ['13 semaines', '2 à 8 jours']),
  ]),
  c('b101-pec-etales', ['pec'], [
    turn('pec les 5 jours ils sont d affilee ou etales', 'dispositif', [
      ['repartis', 'reparti', 'etal', 'sur la duree', 'tout au long', 'au fil', 'non consecutif', 'pendant le contrat', 'pendant le pec'],
    ]),
  ]),
  c('b101-vae-rsfp-clea', ['pec'], [
    turn('vae rsfp clea socle dans comp pec ca dure cb chaque', 'dispositif', [
      ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
      ['1 jour', 'une journee', 'un jour'],
    ]),
  ]),
  c('b101-ou-ca-se-passe', ['lieu'], [
    turn('c ou les dispositifs ? que montauban ?? mes gens sont sur moissac', 'dispositif', [
      MONTAUBAN,
      ['deloc', 'ensemble du departement', 'tout le departement', 'partout', 'autres communes', 'dans le departement'],
    ]),
  ]),
  c('b101-cout-cd', ['cout'], [
    turn('ca coute combien au cd une prescription prepa', 'dispositif', [
      ['sans contrepartie', 'gratuit', 'aucun cout', 'pas de cout', 'sans cout', 'rien', 'pris en charge', 'finance par l', 'etat'],
    ], ['€']),
  ]),
  c('b101-remuneration-prepa', ['remuneration', 'silent'], [
    turn('les gens en prepa comp ils sont remuneres pdt ou pas', 'dispositif', [SILENT], ['€']),
  ]),
  c('b101-promo-suivi-apres', ['promo', 'suivi'], [
    turn('apres la promo le jeune il est lache dans la nature ou ya un suivi', 'dispositif', [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ]),
  ]),
  c('b101-promo-phases', ['promo'], [
    turn('promo1618 c koi les phases', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['suite'],
    ], ['2 à 8 jours']),
  ]),
  c('b101-pec-quand-commencer', ['pec'], [
    turn('comp pec on peut la demarrer qd ? des le debut du contrat ou faut attendre', 'dispositif', [
      ['signature', 'premiers mois', 'debut du contrat', 'des le debut', 'immediatement'],
    ]),
  ]),
  c('b101-panda', ['panda'], [
    turn('c quoi panda jai vu ca dans un mail', 'dispositif', [
      ['tracabilite', 'trace', 'suivi des parcours', 'suivre les parcours'],
    ]),
  ]),
  c('b101-dates-convention', ['campagne'], [
    turn('selon la convention jusqu a quand on pouvait faire entrer des brsa et finir les parcours', 'dispositif', [
      [...on('2022-12-31'), '31 decembre 2022'],
      ['30 avril 2023', '30/04/2023', '2023-04-30'],
    ]),
  ]),
  c('b101-pour-qui-3', ['publics', 'follow-up'], [
    turn('prepacomp cest pour qui exactement', 'dispositif', [['rsa']]),
    turn('et la promo ?', 'dispositif', [
      ['16'],
      ['decroch', 'quitte', 'sortis', 'sorti', 'ni en formation', 'pas en formation', 'sans formation', 'ne travaillent pas'],
    ]),
    turn('ok et pec', 'dispositif', [['contrat', 'salarie', 'signataire', 'en pec', 'parcours emploi competences']]),
  ]),
  c('b101-durees-enchainees', ['follow-up'], [
    turn('comp pec ca dure cb', 'dispositif', [PEC_DURATION], ['13 semaines']),
    turn('et prepa ?', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    turn('et la promo', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
  ]),
  c('b101-prepa-hors-afpa', ['prepa'], [
    turn('prepa comp on peut la faire pr rentrer en formation ailleurs qu a l afpa genre greta', 'dispositif', [
      ['hors afpa', 'hors a.f.p.a', 'autre organisme', 'autres organismes', 'ailleurs', 'un autre centre', 'pas forcement a l afpa'],
    ]),
  ]),
  c('b101-code-badges', ['promo', 'two-questions'], [
    turn('promo 1618 ya le code de la route dedans ? et les open badges c quoi', 'dispositif', [
      ['code'],
      ['badge'],
    ]),
  ]),
  c('b101-chantier-solidaire', ['promo'], [
    turn('le chantier solidaire cest dans quelle phase de la promo et ca dure cb', 'dispositif', [
      ['phase 2', 'construction'],
      ['6 semaines', 'six semaines'],
    ]),
  ]),
  c('b101-reporting-dgefp', ['suivi'], [
    turn('l afpa elle envoie quoi comme remontees a la dgefp et a quel rythme', 'dispositif', [
      ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
      ['tableau de bord', 'bilan', 'indicateur'],
    ]),
  ]),
  c('b101-bilan-qui', ['suivi', 'follow-up'], [
    turn('bilan individuel cest pour quels dispositifs', 'dispositif', [
      ['prepa'],
      ['vae', 'pec'],
    ]),
    turn('ok et apres ? il arrive a qui', 'dispositif', [['referent']]),
  ]),
  c('b101-promo-horaires-lieu', ['promo', 'two-questions'], [
    turn('promo1618 cest en presentiel ou a distance et le vendredi ils font quoi', 'dispositif', [
      ['presentiel'],
      MON_TO_THU,
    ]),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b101-infocol-castel-places', ['info-coll', 'follow-up'], [
    turn('prochaine info coll prepacomp', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
    turn('et a castel ?', 'agenda', [on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-03-04')]),
    turn('combien de place ?', 'agenda', [seats(12)], seats(15)),
  ]),
  c('b101-jpo-castel-moissac', ['jpo', 'follow-up'], [
    turn('jpo castel', 'agenda', [NONE]),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-01-07')),
    turn('ok et montauban', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),
  c('b101-jpo-passee', ['jpo'], [
    turn('la jpo du 7 janv jpeux encore y envoyer qqun', 'agenda', [PAST]),
  ]),
  c('b101-semaine-pro', ['semaine'], [
    turn('ya quoi la semaine pro', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b101-visite-soudure', ['visite', 'two-questions'], [
    turn('visite plateau soudure c qd et cb de place', 'agenda', [on('2027-01-19'), seats(8), at(14)], notOn('2027-03-10')),
  ]),
  c('b101-reunions-metier', ['reunion-metier', 'follow-up'], [
    turn('reunion metier logistique ya qqch bientot jai 2 brsa caristes', 'agenda', [on('2027-01-26'), MONTAUBAN], notOn('2027-02-23')),
    turn('et batiment ? c ou', 'agenda', [on('2027-02-23'), CAUSSADE], notOn('2027-01-26')),
  ]),
  c('b101-infocol-pec-promo', ['info-coll', 'pec', 'promo', 'follow-up'], [
    turn('info col pec', 'agenda', [on('2027-02-09'), MOISSAC], [...notOn('2027-01-14'), ...notOn('2027-02-11')]),
    turn('pareil pour la promo1618', 'agenda', [on('2027-03-17'), at(14)], notOn('2027-02-09')),
  ]),
  c('b101-entree-v1', ['session', 'prepa'], [
    turn('prochaine entree prepa v1', 'agenda', [on('2027-01-18'), seats(6)], notOn('2027-01-25')),
  ]),
  c('b101-v2-complete-suivante', ['session', 'prepa', 'follow-up'], [
    turn('prepa v2 le 25 il reste de la place ?', 'agenda', [FULL]),
    turn('et la suivante ?', 'agenda', [on('2027-02-15'), CASTEL, seats(5)]),
  ]),
  c('b101-prepa-distance-session', ['session', 'prepa'], [
    turn('ya une session prepa a distance bientot', 'agenda', [on('2027-02-08'), seats(8)], notOn('2027-03-03')),
  ]),
  c('b101-prepa-moissac', ['session', 'prepa'], [
    turn('session prepa moissac c qd et c en presentiel ?', 'agenda', [on('2027-03-08'), MIXED], notOn('2027-02-15')),
  ]),
  c('b101-pec-ateliers', ['session', 'pec', 'follow-up'], [
    turn('entree comp pec atelier 2 qd', 'agenda', [on('2027-01-20')], notOn('2027-02-10')),
    turn('et l atelier3 date et place', 'agenda', [on('2027-02-10'), seats(6)], notOn('2027-01-20')),
  ]),
  c('b101-entree-promo', ['session', 'promo', 'two-questions'], [
    turn('entree promo 1618 prochaine session et combien de place', 'agenda', [on('2027-02-01'), seats(10)]),
  ]),
  c('b101-places-soudeur-cariste', ['places', 'follow-up'], [
    turn('places soudeur dispo ?', 'agenda', [seats(4), on('2027-02-01')]),
    turn('et cariste', 'agenda', [seats(6), on('2027-01-27')], ['soudeur']),
    turn('plaquiste ?', 'agenda', [FULL]),
  ]),
  c('b101-places-macon-elec', ['places', 'two-questions'], [
    turn('place macon et elec stp', 'agenda', [seats(3), seats(2)], ['plaquiste', 'cariste']),
  ]),
  c('b101-places-proprete-restau', ['places', 'follow-up'], [
    turn('formation agent proprete moissac il reste des places', 'agenda', [seats(7), on('2027-02-22')]),
    turn('et agent de restau ?', 'agenda', [seats(4), CAUSSADE], ['proprete']),
  ]),
  c('b101-places-aide-soignant', ['places'], [
    turn('y a t il des places aide soignant a l afpa', 'agenda', [NONE]),
  ]),
  c('b101-valence-places', ['info-coll', 'follow-up'], [
    turn('valence dagen ya qqch', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    turn('cb de place', 'agenda', [seats(10)]),
  ]),
  c('b101-caussade', ['lieu'], [
    turn('kes qui se passe a caussade', 'agenda', [on('2027-02-23')]),
  ]),
  c('b101-jpo-janvier', ['jpo', 'follow-up'], [
    turn('jpo ce mois ci ?', 'agenda', [[...NONE, ...on('2027-02-03')]], notOn('2027-01-07')),
    turn('ok et la prochaine info coll prepa apres celle du 14', 'agenda', [on('2027-01-21')]),
  ]),
  c('b101-batiment-macon', ['reunion-metier', 'places', 'two-questions'], [
    turn(
      'salut jai une brsa interessee par le batiment elle hesite entre plusieurs trucs, ya une reu metier bientot et des places en macon ?',
      'agenda',
      [on('2027-02-23'), seats(3)],
    ),
  ]),
  c('b101-visites-elec-pareil', ['visite', 'follow-up'], [
    turn('visite plateau soudure ?', 'agenda', [on('2027-01-19')]),
    turn('pareil pour lelec', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),
  // ── eligibility ───────────────────────────────────────────────────────────
  c('b101-brsa-non-inscrite-ft', ['prepa'], [
    turn('mme 45 ans brsa pas inscrite ft elle veut bosser son projet pro prepa comp possible ?', 'eligibility', [YES], NOT_ELIGIBLE),
  ]),
  c('b101-ase-17-et-soeur-15', ['promo', 'follow-up'], [
    turn('jeune ase 17 ans sorti du lycee en nov fait rien depuis promo1618 ok ?', 'eligibility', [YES], NOT_ELIGIBLE),
    turn('et sa soeur elle a 15 ans', 'eligibility', [[...NO, '16 ans', 'trop jeune']], ['oui, elle', 'oui elle', 'elle peut integrer', 'elle peut entrer']),
  ]),
  c('b101-pec-mairie', ['pec'], [
    turn('mr 52 ans en pec a la mairie depuis 2 mois brsa, comp pec jpeux ?', 'eligibility', [YES, ['employeur']], NOT_ELIGIBLE),
  ]),
  c('b101-cdi-pas-pec', ['pec'], [
    turn('brsa en cdi temps partiel pas en pec il veut faire une vae comp pec possible', 'eligibility', [NO], ['oui il', 'oui, il']),
  ]),
  c('b101-lyceen-apprenti', ['promo', 'follow-up'], [
    turn('ado 16 ans encore au lycee mais demotive grave promo1618 ?', 'eligibility', [
      NO,
      ['quitte', 'decroch', 'sorti', 'plus scolaris', 'pas en formation', 'encore scolaris', 'deja scolaris', 'toujours scolaris'],
    ], ['oui il', 'oui, il', 'oui elle', 'oui, elle']),
    turn('et un autre suivi ml 17 ans apprenti en boulangerie depuis sept ?', 'eligibility', [
      NO,
      ['travaill', 'emploi', 'apprent', 'contrat', 'en formation'],
    ], ['oui il', 'oui, il']),
  ]),
  c('b101-ase-18', ['promo', 'boundary'], [
    turn('jeune ase 18 ans et 2 mois contrat jeune majeur promo 16 18 possible', 'eligibility', [AGE_RULE]),
  ]),
  c('b101-soudeur-peur', ['prepa'], [
    turn('mr brsa 38a veut rentrer en formation soudeur mais a peur de pas suivre, prepa comp ou pas ?', 'eligibility', [
      YES,
      ['volet 2', 'securis'],
    ], NOT_ELIGIBLE),
  ]),
  c('b101-pas-rsa-ft', ['prepa'], [
    turn('personne pas au rsa juste inscrite FT je peux lui prescrire prepa moi ?', 'eligibility', [FT, ['rsa']]),
  ]),
  c('b101-couple-prepa-pec', ['prepa', 'pec', 'follow-up'], [
    turn('mr brsa 29 ans projet pas clair du tout il sait pas quoi faire ya quoi pr lui', 'eligibility', [['prepa']]),
    turn('et sa femme elle est en pec a l ehpad depuis 1 mois brsa aussi', 'eligibility', [
      ['competences pec', 'comp pec', 'competences p.e.c', 'compétences-pec'],
      ['employeur'],
    ]),
  ]),
  c('b101-ase-17-bebe', ['promo', 'two-questions'], [
    turn('jeune 17 ans deco suivie ase elle a un bb, promo possible et cest tous les jours?', 'eligibility', [YES, MON_TO_THU], NOT_ELIGIBLE),
  ]),
  c('b101-inscrit-ft-3ans', ['prepa'], [
    turn('brsa inscrit ft depuis 3 ans prepa ok meme si il est inscrit ft ?', 'eligibility', [YES], NOT_ELIGIBLE),
  ]),
  c('b101-ml-19', ['promo', 'boundary'], [
    turn('jeune 19 ans sans rsa suivi ML deco promo1618 ?', 'eligibility', [NO, AGE_RULE], ['oui il', 'oui, il']),
  ]),
  c('b101-ase-16-mere', ['promo'], [
    turn('jeune ase 16 ans et demi a quitte le college en juin rien depuis la mere est d accord promo ok', 'eligibility', [YES, PARENTS], NOT_ELIGIBLE),
  ]),
  c('b101-deux-jeunes-ase', ['promo', 'two-questions'], [
    turn('2 jeunes ase lun 17 ans deco lautre 15 ans promo possible pour les 2 ?', 'eligibility', [
      ['oui', 'peut', 'eligible'],
      ['16 ans', 'pas eligible', 'non eligible', 'ne peut pas', 'trop jeune', 'avant 16', 'age minimum', 'pas encore'],
    ]),
  ]),
  c('b101-ml-16-suite', ['promo', 'follow-up'], [
    turn('jeune ML 16 ans deco depuis juin promo ?', 'eligibility', [YES], NOT_ELIGIBLE),
    turn('qui doit l inscrire ?', 'prescribe', [['mission locale', 'cio', 'referent', 'panda']]),
    turn('prochaine entree ?', 'agenda', [on('2027-02-01')]),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b101-rsa-maintenu', ['rsa', 'two-questions'], [
    turn('pendant prepa comp le rsa il est maintenu ? il touche cb', 'out_of_scope', [SILENT], ['607', '635', '€']),
  ]),
  c('b101-essence', ['transport'], [
    turn('elle peut avoir un remboursement essence pr aller a montauban', 'out_of_scope', [SILENT], ['€', 'km']),
  ]),
  c('b101-internat-promo', ['promo'], [
    turn('promo 1618 ya un internat ou un hebergement pr les jeunes loin', 'out_of_scope', [SILENT]),
  ]),
  c('b101-cpf', ['cpf'], [
    turn('cpf pour un brsa comment on fait', 'out_of_scope', [SILENT]),
  ]),
  c('b101-permis-b', ['promo'], [
    turn('financement permis b pr un jeune de la promo c possible', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b101-cv', ['hors-sujet'], [
    turn('tu peux me faire un cv pour mr x stp', 'out_of_scope', [SILENT]),
  ]),
  c('b101-toulouse', ['lieu'], [
    turn('afpa de toulouse ya des places en cariste ?', 'out_of_scope', [
      [...SILENT, 'montauban', 'tarn-et-garonne', 'tarn et garonne', 'uniquement', 'seulement'],
    ]),
  ]),
  c('b101-arret-maladie', ['hors-sujet'], [
    turn('arret maladie pdt la formation ca se passe comment', 'out_of_scope', [SILENT]),
  ]),
  c('b101-cej', ['promo'], [
    turn('le cej cest mieux que la promo ou pas', 'out_of_scope', [SILENT]),
  ]),
  c('b101-moissac-transport', ['follow-up', 'transport'], [
    turn('session prepa a moissac ?', 'agenda', [on('2027-03-08')], notOn('2027-02-15')),
    turn('et les bons de transport pr y aller c pris en charge ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b101-promo-paye-cantine', ['promo', 'two-questions'], [
    turn('pendant la promo le jeune est paye ? et ya une cantine le midi', 'out_of_scope', [SILENT], ['€']),
  ]),
  // ── contact ───────────────────────────────────────────────────────────────
  c('b101-contact-deploiement', ['afpa'], [
    turn('qui contacter a lafpa pour le deploiement prepa comp', 'contact', [RESPONSABLE]),
  ]),
  c('b101-coordo', ['afpa'], [
    turn('cest qui le coordo departemental des dispositifs', 'contact', [['vella', 'directeur']]),
  ]),
  c('b101-referent-experimentation', ['cd'], [
    turn('cote departement cest qui le referent de l experimentation', 'contact', [
      ['designe', 'nomme', 'ne precise pas', 'ne donne pas', 'pas de nom', 'ne cite pas', 'mentionne pas'],
    ]),
  ]),
  c('b101-tel-battedou', ['afpa', 'silent'], [
    turn('tel de fabienne battedou svp', 'contact', [
      [...SILENT, 'pas de numero', 'aucun numero', 'ne communique pas'],
    ], ['05 63', '0563', '06 ', '+33']),
  ]),
  c('b101-suivi-accord', ['accord'], [
    turn('qui suit l accord de partenariat cote afpa et cote cd', 'contact', [['vella'], ['weill', 'president']]),
  ]),
  c('b101-resp-mail', ['afpa', 'follow-up'], [
    turn('qui soccupe des 3 dispositifs a lafpa montauban', 'contact', [RESPONSABLE, COORDINATOR]),
    turn('ok et son mail ?', 'contact', [[...SILENT, 'pas d adresse', 'aucune adresse', 'pas de mail', 'aucun mail', 'ne communique pas']], ['@']),
  ]),
  c('b101-habilitation-panda', ['panda'], [
    turn('qui habilite les referents sur panda', 'contact', [AFPA]),
  ]),
  c('b101-pilotage-national', ['suivi'], [
    turn('qui pilote le suivi national des dispositifs et ca se reunit tous les cb', 'contact', [
      ['dgefp', 'd.g.e.f.p', 'delegation generale'],
      ['trimestr', 'tous les 3 mois', 'chaque trimestre', 'tous les trois mois'],
    ]),
  ]),
  c('b101-resp-et-directeur', ['afpa', 'two-questions'], [
    turn('qui est la resp accompagnement a lafpa et c qui le directeur du centre', 'contact', [RESPONSABLE, ['vella']]),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b101-objectif-prepa', ['objectifs'], [
    turn('objectif 2022 prepa comp cb de brsa', 'figures', [[' 30 ', '30 alloc', '30 benef', '30 personnes', 'trente', '30 brsa']]),
  ]),
  c('b101-objectifs-3', ['objectifs'], [
    turn('les objectifs chiffres des 3 dispositifs stp', 'figures', [
      ['30 alloc', '30 benef', '30 personnes', ' 30 ', 'trente'],
      ['50 alloc', '50 benef', '50 personnes', ' 50 ', 'cinquante'],
      ['10 jeunes', '10 personnes', ' 10 ', 'dix'],
    ]),
  ]),
  c('b101-objectif-ase', ['objectifs'], [
    turn('cb de jeunes ase doivent aller en promo cette annee', 'figures', [
      ['10 jeunes', '10 personnes', ' 10 ', 'dix'],
      ['2022'],
    ]),
  ]),
  c('b101-realise-prepa', ['realise'], [
    turn('on en est ou sur les entrees prepa cb de brsa deja entres', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b101-indicateurs-jpo', ['indicateurs'], [
    turn('quels indicateurs pour les jpo info coll etc', 'figures', [['nombre'], ['visite']]),
  ]),
  c('b101-objectif-pec-realise', ['objectifs', 'follow-up'], [
    turn('objectif pec', 'figures', [['50 alloc', '50 benef', '50 personnes', ' 50 ', 'cinquante']]),
    turn('et on en est a cb', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b101-promo-national-sorties', ['promo', 'follow-up'], [
    turn('la promo 1618 cest combien de jeunes au national', 'figures', [['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000']]),
    turn('et le taux de sortie positive vise', 'figures', [['70']]),
  ]),
  c('b101-objectif-pec-date', ['objectifs', 'two-questions'], [
    turn('objectif pec cest cb et ca date de quand cet objectif', 'figures', [
      ['50 alloc', '50 benef', '50 personnes', ' 50 ', 'cinquante'],
      ['2022'],
    ]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b101-prescrire-prepa', ['prepa'], [
    turn('je veux prescrire prepacomp pour mr dupont', 'prescribe', [FORM]),
  ]),
  c('b101-etapes-pec', ['pec'], [
    turn('comment on prescrit comp pec concretement les etapes', 'prescribe', [['employeur'], FORM]),
  ]),
  c('b101-prescrire-promo', ['promo'], [
    turn('prescription promo jeune ase comment je fais', 'prescribe', [FORM]),
  ]),
  c('b101-inscrire-session-18', ['prepa'], [
    turn('inscrire mme x a la session prepa du 18', 'prescribe', [FORM]),
  ]),
  c('b101-avant-prescrire', ['etapes'], [
    turn('avant de prescrire je dois verifier quoi avec la personne', 'prescribe', [
      ['adhesion', 'accord', 'consentement', 'inform', 'volontaire'],
      ['mobilite', 'garde', 'conditions materielles'],
    ]),
  ]),
  c('b101-statut-prescription', ['suivi'], [
    turn('ou en est ma prescription de la semaine derniere', 'prescribe', [
      ['aucune', 'pas de prescription', 'statut', 'suivi', 'pas trouve', 'en attente'],
    ]),
  ]),
  c('b101-prescrire-annule', ['cancel', 'follow-up'], [
    turn('je veux prescrire prepa', 'prescribe', [FORM]),
    turn('laisse tomber annule', 'other', [CANCEL]),
  ]),
  c('b101-v2-puis-prescrire', ['prepa', 'follow-up', 'two-questions'], [
    turn('la v2 du 25 elle est complete ? si oui ya quoi apres', 'agenda', [FULL, on('2027-02-15')]),
    turn('ok vas y je prescris sur celle la', 'prescribe', [FORM]),
  ]),
  c('b101-pas-acces-panda', ['panda'], [
    turn('jai pas acces a panda comment je fais pour inscrire', 'prescribe', [['habilit', 'acces'], AFPA]),
  ]),
  c('b101-prescrire-fevrier', ['prepa', 'two-questions'], [
    turn('je veux inscrire une brsa en prepa et aussi savoir si ya de la place en fevrier', 'prescribe', [
      FORM,
      [...on('2027-02-08'), ...on('2027-02-15')],
    ]),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b101-slt', ['greeting'], [turn('slt', 'other', [GREETING])]),
  c('b101-sers-a-quoi', ['help'], [turn('bjr tu sers a quoi en fait', 'other', [HELP])]),
  c('b101-aide', ['help'], [turn('aide', 'other', [HELP])]),
  c('b101-merci', ['thanks'], [turn('merci bcp', 'other', [THANKS])]),
  c('b101-annule', ['cancel'], [turn('annule', 'other', [CANCEL])]),
  c('b101-bonjour-jpo', ['greeting', 'follow-up'], [
    turn('bonjour', 'other', [GREETING]),
    turn('jpo montauban ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),
  c('b101-comprends-rien', ['help', 'follow-up'], [
    turn('je comprends rien a ton truc', 'other', [HELP]),
    turn('ok et la ? ya quoi comme info coll', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
  ]),
];
