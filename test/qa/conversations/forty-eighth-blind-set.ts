/**
 * Forty-eighth blind set: one ordinary week of the assistant, in real-use proportions.
 *
 * Who speaks: mostly référents insertion of the Département (CD82) checking whether a
 * person can enter a programme, looking for the next info coll or entry, prescribing;
 * AFPA Montauban staff (coordinator, Responsable Accompagnement et Parcours, reception)
 * receiving and following prescriptions and checking what they published; and the
 * Département's pilots preparing a steering committee (targets, indicators, contacts).
 * About 30 % eligibility, 25 % agenda, 20 % programmes, 10 % prescriptions, the rest
 * contacts, figures, out of scope and small talk; several follow-ups and two-in-one
 * questions, typed as people type in Teams (abbreviations, no accents, typos, SMS style,
 * dictation, rambling).
 *
 * Written blind: only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022,
 * its action plan and the protocol of the three programmes), the product guide and the
 * published agenda fixture (today frozen at Monday 11 January 2027, 9:00 Paris), without
 * looking at how the bot works, at its tests or at the other sets.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight apostrophe also in its typographic form. */
function ap(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((s) => (s.includes("'") ? [s, s.replaceAll("'", '’')] : [s])))];
}

// ── Names of the programmes ─────────────────────────────────────────────────
const PREPA = ['prépa compétences', 'prepa competences', 'prépa-compétences', 'prépa comp'];
const PEC = ['compétences pec', 'competences p.e.c', 'compétences-pec', 'compétences – pec', 'compétences - pec'];
const PROMO = ['promo 16/18', 'promo 16-18', 'promo1618', 'promo 1618', 'promo 16.18', 'promo 16 18'];

// ── Facts of the agreement, as alternatives ────────────────────────────────
const PREPA_DAYS = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', '2 a 8 jours'];
const VOLET1_DAYS = ['5 à 6 jours', '5 a 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours', '5 et 6 jours'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi a jeudi', 'lundi-jeudi', 'lundi – jeudi'];
const AGE_16_18 = ['16 à 18', '16 et 18', '16 a 18', 'mineur', 'moins de 18', 'entre 16', 'de 16 ans', '16 ans', '16-17 ans'];
const NOT_IN_TRAINING_NOR_JOB = ap(
  'pas en formation',
  'ni en formation',
  'ni formation',
  'ne sont pas en formation',
  "n'est pas en formation",
  'ne travaill',
  'ni emploi',
  'ni en emploi',
  'sans emploi',
  'décroch',
  'quitté',
  'déscolaris',
  'sorti du système',
  'sortis du système',
);
const NOT_REGISTERED = ap(
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'sans être inscrit',
  'sans inscription',
  'même si elle n',
  'même sans',
  "pas besoin d'être inscrit",
  "n'est pas nécessaire",
  "n'est pas obligatoire",
  'pas obligatoire',
  'pas nécessaire',
);
const PEC_CONTRACT = ap(
  'contrat pec',
  'contrat p.e.c',
  'en pec',
  'parcours emploi compétences',
  'parcours emploi competences',
  'signataire',
  'salarié en pec',
  'salariés en pec',
  'bénéficiaires de pec',
  'bénéficiaires d’un pec',
  "bénéficiaire d'un pec",
  'personnes en pec',
);
const DURING_PEC = ap(
  'dès la signature',
  'signature du contrat',
  'premiers mois',
  'pendant le pec',
  'pendant son pec',
  'durée du pec',
  'durée du contrat',
  'pendant le contrat',
  'pendant son contrat',
  'en cours de contrat',
  'en cours de pec',
  'sur la durée',
);
const DISTANCE = ['distance', 'distanciel', 'classe virtuelle'];
const FLE = ['français à visée professionnelle', 'francais a visee professionnelle', 'français langue étrangère', 'fle'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const PARENTAL = ['autorisation parentale', 'autorisations parentales', 'autorisation des parents', 'accord des parents', 'accord parental', 'parents'];
const FREE = ap(
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun coût',
  'aucun cout',
  'pas de coût',
  'ne coûte rien',
  'rien au département',
  "financé par l'état",
  "financés par l'état",
  "pris en charge par l'état",
  "financement de l'état",
  'plan d’investissement dans les compétences',
  'pic',
);
const PRESCRIBING = ['prescri', 'formulaire', 'panda', 'inscri', 'orienter'];
const REFERENT = ['référent', 'referent', 'référente'];
const COMPLET = ap(
  'complet',
  'complète',
  ' 0 place',
  'places : 0',
  'places disponibles : 0',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune place',
  "n'y a plus",
);

// ── Verdicts and refusals ───────────────────────────────────────────────────
const NO = ap(
  'pas éligible',
  'non éligible',
  'inéligible',
  "n'est pas",
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne relève pas',
  'pas accessible',
  'réservé',
  'non,',
  'non.',
  'malheureusement',
  'pas concerné',
  "ne s'adresse pas",
  'ne correspond pas',
);
const NOT_YET = [...NO, ...ap('trop jeune', 'pas encore', 'attendre', 'à partir de 16', 'dès 16', 'dès ses 16', 'quand elle aura', 'à ses 16')];
const YES = ap('oui', 'éligible', 'peut en bénéficier', 'peut bénéficier', 'peut entrer', 'peut être orienté', 'peut être orientée', 'possible', 'peut tout à fait', "rien n'empêche", 'peut y', 'peut faire', 'peut suivre');
const SILENT = ap(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne précise pas',
  'ne mentionne pas',
  'ne fixe pas',
  'ne donne pas',
  'ne contient pas',
  'ne traite pas',
  'ne couvre pas',
  'pas prévu',
  'hors',
  'ne relève pas',
  'ne concerne pas',
  'pas en mesure',
  'ne peux pas',
  'je ne sais pas',
  "n'ai pas",
  "pas d'information",
  'aucune information',
  'ne fait pas partie',
  'ne porte pas',
  'ne dispose pas',
);
const NO_AGE_LIMIT = [
  ...SILENT,
  ...ap(
    'pas de limite',
    'aucune limite',
    "pas d'âge",
    "pas de condition d'âge",
    "aucune condition d'âge",
    "pas de critère d'âge",
    "aucun critère d'âge",
    'pas un critère',
    'pas de plafond',
    'quel que soit',
    'pas trop vieux',
    "l'âge n'est pas",
    "l'âge ne",
    'sans limite',
  ),
];
const THANKS = ap('de rien', 'avec plaisir', 'je vous en prie', 'à votre service', 'a votre service', 'bonne journée', 'bonne journee', "n'hésitez", 'volontiers', 'à bientôt', 'bonne continuation');
const WHAT_I_DO = ['prépa', 'prepa', 'dispositif', 'agenda', 'prescri', 'éligib', 'eligib', 'promo'];

/** Targets of 2022, as a number of people. */
function target(n: number, word: string): string[] {
  return [` ${n} `, `: ${n}`, `${n} allocataires`, `${n} bénéficiaires`, `${n} personnes`, `${n} jeunes`, `${n} rsa`, `${n} brsa`, word];
}

/** Trainings of Info Places, for « lists no other training ». */
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
const others = (...asked: string[]) => TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

const PAST_JPO = notOn('2027-01-07');

export const FORTY_EIGHTH_BLIND_SET: ConversationCase[] = [
  // ── Eligibility (référents, a few AFPA checks) ─────────────────────────────
  c('b48-elig-ase-17-decrocheur-then-parents', ['referent', 'promo-16-18', 'follow-up'], [
    turn(
      "jeune ASE 17 ans, a arreté le lycee en octobre, fait rien depuis (ni taf ni formation). promo 1618 c'est jouable ?",
      'eligibility',
      [PROMO, AGE_16_18, [...YES, ...NOT_IN_TRAINING_NOR_JOB]],
      PREPA_DAYS,
    ),
    turn('sa mere veut rien signer, ca bloque ou pas ?', 'eligibility', [[...PARENTAL, 'autorisation']]),
  ]),
  c('b48-elig-ase-15-and-half', ['referent', 'promo-16-18', 'boundary', 'sms'], [
    turn(
      "g une jeune placée ase, 15 ans et demi, elle veut plus aller au college. la promo 16/18 ca peut le faire ??",
      'eligibility',
      [AGE_16_18, NOT_YET],
    ),
  ]),
  c('b48-elig-19-jeune-majeur', ['referent', 'promo-16-18', 'boundary'], [
    turn(
      "un gars de 19 ans sorti de l'ASE en contrat jeune majeur, decrocheur, je peux l'envoyer sur la promo 16 18 ?",
      'eligibility',
      [ap('mineur', '16 à 18', '16 et 18', 'moins de 18', '18 ans'), NO],
    ),
  ]),
  c('b48-elig-afpa-18-and-2-months', ['afpa', 'rap', 'promo-16-18', 'boundary'], [
    turn(
      "Bonjour, ici la RAP de l'AFPA. Un référent m'oriente un jeune qui a 18 ans et 2 mois pour la Promo 16/18, je peux le prendre ?",
      'eligibility',
      [ap('mineur', '16 à 18', '16 et 18', 'moins de 18', '18 ans'), NO],
    ),
  ]),
  c('b48-elig-rsa-not-registered-ft', ['referent', 'prepa', 'no-accents'], [
    turn(
      'Mme B, BRSA depuis 2 ans, pas inscrite a FT. elle peut aller sur prepa comp ?',
      'eligibility',
      [PREPA, NOT_REGISTERED],
      ['13 semaines'],
    ),
  ]),
  c('b48-elig-two-in-one-rsa-35', ['referent', 'prepa', 'two-in-one', 'sms'], [
    turn(
      'BRSA 35a non inscrite FT => prepa ok ? et ca dure cb de tps',
      'eligibility',
      [NOT_REGISTERED, [...PREPA_DAYS, ...VOLET1_DAYS]],
      ['13 semaines'],
    ),
  ]),
  c('b48-elig-rsa-58-no-diploma', ['referent', 'prepa', 'age'], [
    turn(
      'monsieur 58 ans au RSA depuis longtemps, aucun diplome. il est trop vieux pour prepa competences ou pas?',
      'eligibility',
      [PREPA, NO_AGE_LIMIT],
    ),
  ]),
  c('b48-elig-reception-de-not-rsa', ['afpa', 'reception', 'prepa'], [
    turn(
      "bonjour c'est l'accueil afpa, j'ai un monsieur inscrit a france travail mais PAS au rsa qui veut faire prepa competences, le departement peut le prescrire ?",
      'eligibility',
      [['france travail', 'pôle emploi', 'pole emploi'], ['rsa', 'allocataire']],
    ),
  ]),
  c('b48-elig-pec-mairie-then-employer', ['referent', 'pec', 'follow-up'], [
    turn(
      "salarié en PEC à la mairie de Moissac depuis 3 mois (il etait au RSA avant). il peut faire competences pec ?",
      'eligibility',
      [PEC, [...YES, ...DURING_PEC]],
      ['13 semaines'],
    ),
    turn("faut l'accord de la mairie ?", 'eligibility', [['employeur', 'mairie'], ['accord', 'informer', 'informe']]),
  ]),
  c('b48-elig-cddi-not-pec', ['referent', 'pec', 'siae'], [
    turn(
      "elle est en CDDI dans un chantier d'insertion, c'est pas un PEC. competences PEC ok ou pas ?",
      'eligibility',
      [PEC_CONTRACT, NO],
    ),
  ]),
  c('b48-elig-pec-not-signed-yet', ['referent', 'pec'], [
    turn(
      "l'employeur doit signer son PEC le mois prochain seulement. on peut le positionner sur competences pec des maintenant ?",
      'eligibility',
      [['signature', 'signé', 'signe le', 'signera']],
    ),
  ]),
  c('b48-elig-rqth-rsa', ['referent', 'prepa', 'handicap'], [
    turn(
      'Mr en RQTH (TH reconnu), au RSA, suivi aussi par cap emploi. prepa comp possible pour lui ?',
      'eligibility',
      [PREPA, YES],
    ),
  ]),
  c('b48-elig-apprentice-16', ['referent', 'promo-16-18'], [
    turn(
      "jeune 16 ans en CAP par apprentissage, il galere grave, promo 16-18 ça l'aiderait ?",
      'eligibility',
      [NOT_IN_TRAINING_NOR_JOB.concat(ap('déjà en formation', 'est en formation', 'déjà un contrat', 'déjà en contrat', 'déjà en apprentissage')), NO],
    ),
  ]),
  c('b48-elig-17-interim', ['referent', 'promo-16-18', 'no-accents'], [
    turn(
      "17 ans, a quitte le lycee l'an dernier mais bosse en interim a temps plein. promo 16/18 ?",
      'eligibility',
      [ap('ne travaill', 'ni emploi', 'ni en emploi', 'sans emploi', 'pas en emploi', 'travaille déjà', 'déjà en emploi', 'qui ne travaillent pas', "n'est pas en emploi", 'en emploi'), NO],
    ),
  ]),
  c('b48-elig-mission-locale-not-ase', ['referent', 'promo-16-18'], [
    turn(
      "jeune 16 ans, pas suivi par l'ASE, decrocheur, suivi par la mission locale. on peut l'orienter sur la promo ?",
      'eligibility',
      [PROMO, ['mission locale', 'missions locales', 'cio', 'c.i.o']],
    ),
  ]),
  c('b48-elig-dictation-17', ['referent', 'promo-16-18', 'dictation'], [
    turn(
      "est-ce qu'un jeune de dix sept ans de l'aide sociale à l'enfance qui travaille pas et qui va plus à l'école peut faire la promo seize dix huit",
      'eligibility',
      [PROMO, AGE_16_18],
    ),
  ]),
  c('b48-elig-sms-ase-16-then-brother', ['referent', 'promo-16-18', 'sms', 'follow-up', 'boundary'], [
    turn('ase 16a decrocheur ok promo?', 'eligibility', [PROMO, AGE_16_18]),
    turn('et son petit frere 15a meme situation ?', 'eligibility', [AGE_16_18, NOT_YET]),
  ]),
  c('b48-elig-primo-arrivante', ['referent', 'fle', 'language'], [
    turn(
      "dame primo arrivante, parle tres peu francais, BRSA. prepa comp ou il y a mieux à l'afpa ?",
      'eligibility',
      [FLE],
    ),
  ]),
  c('b48-elig-siae-no-vae-prerequisites', ['referent', 'siae', 'rsfp'], [
    turn(
      "un salarié de SIAE qui a pas assez d'experience pour une VAE, il peut quand meme faire reconnaitre qqch ?",
      'eligibility',
      [RSFP],
    ),
  ]),
  c('b48-elig-siae-qualification', ['referent', 'siae', 'formation'], [
    turn(
      'public SIAE avec un projet de qualif, ils ont acces aux formations afpa ?',
      'eligibility',
      [['région', 'regional', 'régional', 'financeurs publics', 'droit commun']],
    ),
  ]),
  c('b48-elig-caussade-no-car', ['referent', 'prepa', 'mobility', 'rambling'], [
    turn(
      "alors j'ai une beneficiaire sur Caussade, pas de permis pas de voiture, les bus c'est compliqué avec les enfants, donc prepa a Montauban c'est mort non ? ou y a une autre solution",
      'eligibility',
      [[...DISTANCE, 'délocalis', 'delocalis', 'ensemble du département']],
    ),
  ]),
  c('b48-elig-already-in-training', ['referent', 'prepa', 'volet-2'], [
    turn(
      'elle est deja en formation qualifiante au greta depuis novembre, prepa volet 2 ça sert encore à qqch ?',
      'eligibility',
      [
        ap(
          'en amont',
          'avant son entrée',
          "avant l'entrée",
          "avant d'entrer",
          'déjà en formation',
          'déjà entrée',
          'pas adapté',
          'pas utile',
          'ne se justifie',
          'déjà commencé',
        ),
      ],
    ),
  ]),
  c('b48-elig-pec-never-rsa', ['referent', 'pec'], [
    turn(
      "une personne en PEC mais qui a jamais été au RSA, on peut lui prescrire competences pec nous (CD) ?",
      'eligibility',
      [['france travail', 'pôle emploi', 'pole emploi', 'mission locale', 'cap emploi']],
    ),
  ]),
  c('b48-elig-aide-soignante-then-days', ['referent', 'prepa', 'volet-1', 'follow-up'], [
    turn(
      "Mme K, 42 ans, RSA, pas de diplome, elle voudrait faire aide soignante mais elle est pas sure d'elle. je l'oriente sur quoi ?",
      'eligibility',
      [PREPA, ap('volet 1', 'consolid', 'diagnostic de faisabilité', 'travailler son projet', 'projet professionnel')],
    ),
    turn('ok et ça dure combien de jours ?', 'dispositif', [[...VOLET1_DAYS, ...PREPA_DAYS]], ['13 semaines']),
  ]),

  // ── Agenda (référents, AFPA checking what they published) ──────────────────
  c('b48-ag-next-infocoll-prepa', ['referent', 'prepa', 'abbrev'], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['montauban']], PAST_JPO),
  ]),
  c('b48-ag-infocoll-castel-then-valence', ['referent', 'prepa', 'follow-up', 'town'], [
    turn('info coll prepa secteur castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], PAST_JPO),
    turn("et sur valence d'agen ?", 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-01-21')),
  ]),
  c('b48-ag-jpo-one-word', ['referent', 'one-word', 'jpo'], [
    turn('JPO', 'agenda', [on('2027-02-03'), on('2027-02-17')], PAST_JPO),
  ]),
  c('b48-ag-visite-soudure-then-seats', ['referent', 'visite', 'follow-up'], [
    turn('visite plateau soudure c quand', 'agenda', [on('2027-01-19'), ['14h', '14 h', '14:00']], notOn('2027-03-10')),
    turn('cb de places ?', 'agenda', [seats(8)]),
  ]),
  c('b48-ag-reunion-batiment', ['referent', 'reunion-metier'], [
    turn('reunion metiers batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b48-ag-reunion-logistique', ['referent', 'reunion-metier', 'typos'], [
    turn("la reunoin logistique / cariste c'est quand deja", 'agenda', [on('2027-01-26'), ['montauban']], notOn('2027-02-23')),
  ]),
  c('b48-ag-infocoll-pec', ['referent', 'pec'], [
    turn('une info collective competences pec de prevue ?', 'agenda', [on('2027-02-09'), ['moissac']], PAST_JPO),
  ]),
  c('b48-ag-volet2-full-then-next', ['referent', 'prepa', 'sessions', 'complet', 'follow-up'], [
    turn('volet 2 du 25 janvier il reste de la place ?', 'agenda', [COMPLET]),
    turn('et la suivante ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
  ]),
  c('b48-ag-entries-pec-atelier2', ['referent', 'pec', 'sessions'], [
    turn('dates entrée competences pec atelier 2 svp', 'agenda', [on('2027-01-20')]),
  ]),
  c('b48-ag-promo-next-entry', ['referent', 'promo-16-18', 'sessions'], [
    turn('la promo 16/18 prochaine entree cest quand', 'agenda', [on('2027-02-01'), ['montauban']]),
  ]),
  c('b48-ag-this-week', ['referent', 'relative-date'], [
    turn(
      "qu'est ce qu'il y a cette semaine à l'afpa ?",
      'agenda',
      [on('2027-01-14')],
      [...PAST_JPO, ...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b48-ag-next-week', ['referent', 'relative-date', 'sms'], [
    turn(
      'quoi de prevu la semaine pro ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...PAST_JPO, ...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b48-ag-march', ['referent', 'month'], [
    turn(
      'agenda mars',
      'agenda',
      [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
      [...PAST_JPO, ...notOn('2027-02-23'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b48-ag-places-soudeur', ['referent', 'info-places'], [
    turn('places soudeur', 'agenda', [seats(4), on('2027-02-01')], others('soudeur')),
  ]),
  c('b48-ag-plaquiste-full', ['referent', 'info-places', 'complet'], [
    turn('plaquiste il reste des places ?', 'agenda', [COMPLET], others('plaquiste')),
  ]),
  c('b48-ag-cariste-two-in-one', ['referent', 'info-places', 'two-in-one'], [
    turn(
      'formation cariste : places dispo + ça commence quand',
      'agenda',
      [seats(6), on('2027-01-27')],
      ['soudeur', 'maçon', 'plaquiste', 'électricien', 'agent de propreté', 'agent de restauration'],
    ),
  ]),
  c('b48-ag-prepa-distance', ['referent', 'prepa', 'sessions', 'distance'], [
    turn('prepa a distance, la prochaine session elle est quand ? la dame a pas de voiture', 'agenda', [on('2027-02-08'), DISTANCE]),
  ]),
  c('b48-ag-two-in-one-infocoll-jpo', ['referent', 'two-in-one'], [
    turn('quand la prochaine info coll prepa et la prochaine JPO ?', 'agenda', [on('2027-01-14'), on('2027-02-03')], PAST_JPO),
  ]),
  c('b48-ag-afpa-check-infocoll-seats', ['afpa', 'coordinator', 'follow-up'], [
    turn("c'est l'afpa, je verifie ce qu'on a publié : l'info coll prepa de jeudi à montauban, c'est à quelle heure ?", 'agenda', [
      ['9h30', '9 h 30', '09:30', '9:30', '09h30'],
    ]),
    turn('et on a mis combien de places', 'agenda', [seats(15)]),
  ]),
  c('b48-ag-infocoll-then-prescribe', ['referent', 'prepa', 'follow-up'], [
    turn('info coll prepa montauban c quand ?', 'agenda', [on('2027-01-14')], PAST_JPO),
    turn('ok top, je peux lui prescrire prepa direct d ici ?', 'prescribe', [PREPA, PRESCRIBING]),
  ]),

  // ── Programmes ─────────────────────────────────────────────────────────────
  c('b48-disp-prepa-what', ['referent', 'prepa', 'abbrev'], [
    turn("c'est quoi prepa comp exactement", 'dispositif', [PREPA_DAYS, ['volet', 'consolid', 'sécuris', 'securis']], ['13 semaines']),
  ]),
  c('b48-disp-promo-length-then-days', ['referent', 'promo-16-18', 'follow-up'], [
    turn('promo 1618 ça dure combien', 'dispositif', [PROMO_LENGTH], PREPA_DAYS),
    turn("c'est tous les jours ?", 'dispositif', [MON_THU]),
    turn('et si le jeune a besoin de plus de temps ?', 'dispositif', [['4 mois', 'quatre mois']]),
  ]),
  c('b48-disp-pec-overview', ['referent', 'pec'], [
    turn('competences pec en gros ça consiste en quoi', 'dispositif', [PEC_DAYS, ['vae', 'v.a.e', 'rsfp', 'cléa', 'clea']], ['13 semaines']),
  ]),
  c('b48-disp-volet1-volet2', ['referent', 'prepa'], [
    turn('difference entre volet 1 et volet 2 de prepa ??', 'dispositif', [['consolid', 'projet professionnel'], ['sécuris', 'securis', 'entrée en formation', 'entree en formation']]),
  ]),
  c('b48-disp-clea-numerique', ['referent', 'clea'], [
    turn('clea numerique c quoi', 'dispositif', [ap('usages fondamentaux', 'usages du numérique', 'environnement de travail', 'compétences numériques', 'usages numériques')]),
  ]),
  c('b48-disp-open-badges', ['referent', 'open-badges', 'one-word'], [
    turn('open badges ?', 'dispositif', [ap('soft skills', 'compétences douces', 'savoir-être', 'savoir être', 'transvers', 'reconnaissance')]),
  ]),
  c('b48-disp-prepa-onsite-only', ['referent', 'prepa', 'distance'], [
    turn('prepa c forcement en presentiel au centre ?', 'dispositif', [DISTANCE]),
  ]),
  c('b48-disp-promo-phases', ['referent', 'promo-16-18'], [
    turn('les differentes phases de la promo 16/18 svp', 'dispositif', [['engagement'], ['construction']]),
  ]),
  c('b48-disp-panda', ['referent', 'panda'], [
    turn("c'est quoi panda ?", 'dispositif', [['traçabilité', 'tracabilite', 'tracer', 'tracé', 'trace'], ['afpa']]),
  ]),
  c('b48-disp-rsfp-one-word', ['referent', 'rsfp', 'one-word'], [
    turn('RSFP', 'dispositif', [['reconnaissance des savoir'], ap('prérequis', 'vae', 'v.a.e')]),
  ]),
  c('b48-disp-prepa-bilan', ['referent', 'prepa', 'bilan'], [
    turn('y a un bilan a la fin de prepa ? je le recois ?', 'dispositif', [['bilan individuel', 'bilan'], REFERENT]),
  ]),
  c('b48-disp-pec-days-two-in-one', ['referent', 'pec', 'two-in-one'], [
    turn(
      "competences pec c'est combien de jours et ça se passe quand par rapport au contrat ?",
      'dispositif',
      [PEC_DAYS, [...DURING_PEC, 'employeur']],
      ['13 semaines'],
    ),
  ]),
  c('b48-disp-promo-after', ['referent', 'promo-16-18'], [
    turn('et apres les 13 semaines de la promo il se passe quoi pour le jeune ?', 'dispositif', [['6 mois', 'six mois'], ['mission locale', 'missions locales']]),
  ]),
  c('b48-disp-clauses-sociales', ['referent', 'clauses-sociales', 'rambling'], [
    turn(
      "on a un marché avec clause sociale sur le chantier de la rocade, des BRSA pourraient y aller mais ils ont jamais touché un outil, l'afpa peut faire quelque chose avant ?",
      'dispositif',
      [['premiers gestes', 'gestes techniques', 'gestes professionnels']],
    ),
  ]),
  c('b48-disp-pec-phases', ['afpa', 'pec', 'typos'], [
    turn('les 5 phses de competences pec ?', 'dispositif', [['inscription'], ['positionnement'], ['vae', 'v.a.e', 'rsfp', 'cléa', 'clea']]),
  ]),

  // ── Prescriptions, both sides ─────────────────────────────────────────────
  c('b48-presc-prepa-referent', ['referent', 'prepa'], [
    turn('je veux prescrire prepa competences pour M. T (BRSA, suivi CD)', 'prescribe', [PREPA, PRESCRIBING]),
  ]),
  c('b48-presc-panda-access', ['referent', 'panda'], [
    turn("comment j'inscris qqn sur panda, j'ai pas d'acces", 'prescribe', [['habilit'], ['afpa']]),
  ]),
  c('b48-presc-cost', ['referent', 'prepa'], [
    turn('ca coute combien au CD une prescription prepa ?', 'prescribe', [FREE]),
  ]),
  c('b48-presc-afpa-ack', ['afpa', 'coordinator'], [
    turn(
      "bonjour, coordo AFPA. j'ai reçu une prescription prepa de la MDS de Castelsarrasin, comment je confirme qu'on la prend en charge ?",
      'prescribe',
      [['statut', 'accus', 'pris en charge', 'prise en charge', 'réception', 'reception', 'valider', 'confirmer']],
    ),
  ]),
  c('b48-presc-afpa-finished-bilan', ['afpa', 'rap', 'bilan'], [
    turn(
      'Mme L a fini son parcours prepa hier, je passe la presta en terminée et le bilan je l envoie à qui ?',
      'prescribe',
      [REFERENT, ['bilan']],
    ),
  ]),
  c('b48-presc-afpa-abandon', ['afpa', 'rap'], [
    turn("le monsieur prescrit par la référente de Moissac est venu 2 jours puis plus rien, il a abandonné. je mets quoi ?", 'prescribe', [['abandon']]),
  ]),
  c('b48-presc-status', ['referent', 'status'], [
    turn('ou en est ma prescription pour Mme D ?', 'prescribe', [['prescription']]),
  ]),
  c('b48-presc-pec-employer', ['referent', 'pec'], [
    turn("je vais prescrire competences PEC pour un agent en PEC à l'ehpad, l'employeur doit etre au courant ?", 'prescribe', [['employeur'], ['accord', 'informer', 'informé']]),
  ]),
  c('b48-presc-promo-ase', ['referent', 'promo-16-18'], [
    turn('comment je prescris la promo 16/18 pour un jeune ase de 16 ans', 'prescribe', [PROMO, PRESCRIBING]),
  ]),

  // ── Contacts ───────────────────────────────────────────────────────────────
  c('b48-contact-deploiement', ['referent', 'contact'], [
    turn("qui contacter a l'afpa pour le deploiement de prepa / pec / promo ?", 'contact', [['battedou']]),
  ]),
  c('b48-contact-directeur', ['pilot', 'contact'], [
    turn("le directeur de l'afpa montauban c'est qui ?", 'contact', [['vella']]),
  ]),
  c('b48-contact-phone', ['referent', 'contact'], [
    turn("t'as le numero de tel de l'afpa montauban ?", 'contact', [['vella', 'battedou', ...SILENT]]),
  ]),
  c('b48-contact-cd-side', ['pilot', 'contact'], [
    turn(
      "pour le copil, côté Département c'est qui l'interlocuteur de l'afpa sur l'expérimentation ?",
      'contact',
      [ap('désign', 'designe', 'référent(e)', 'référente', 'référent de l', 'referent de l', 'weill')],
    ),
  ]),

  // ── Figures (pilots preparing the steering committee) ─────────────────────
  c('b48-fig-targets-2022', ['pilot', 'copil'], [
    turn(
      'Bonjour, je prépare le copil : rappel des objectifs 2022 des trois dispositifs svp',
      'figures',
      [target(30, 'trente'), target(50, 'cinquante'), target(10, 'dix')],
    ),
  ]),
  c('b48-fig-prepa-then-pec', ['pilot', 'follow-up'], [
    turn('on en est ou sur prepa par rapport a l objectif ?', 'figures', [target(30, 'trente')]),
    turn('et pec ?', 'figures', [target(50, 'cinquante')]),
  ]),
  c('b48-fig-promo-positive-exits', ['pilot', 'promo-16-18'], [
    turn('taux de sorties positives visé pour la promo 16/18 ?', 'figures', [['70 %', '70%', '70 pour cent', 'soixante-dix']]),
  ]),
  c('b48-fig-dashboard', ['pilot', 'reporting'], [
    turn("le tableau de bord des dispositifs il part à qui et tous les combien ?", 'figures', [
      ['dgefp', 'd.g.e.f.p'],
      ['mensuel', 'chaque mois', 'tous les mois', 'par mois'],
    ]),
  ]),
  c('b48-fig-indicators-211', ['pilot', 'indicators'], [
    turn(
      "quels indicateurs on suit pour l'info sur les formations et les metiers (JPO etc) ?",
      'figures',
      [['portes ouvertes', 'jpo'], ['informations collectives', 'information collective', 'info coll'], ['plateau', 'visite']],
    ),
  ]),

  // ── Out of scope ─────────────────────────────────────────────────────────
  c('b48-oos-rsa-amount', ['referent', 'oos'], [
    turn('montant du RSA pour une personne seule en 2027 ?', 'out_of_scope', [SILENT]),
  ]),
  c('b48-oos-cv', ['referent', 'oos'], [
    turn('tu peux me faire un CV pour Mme B, elle cherche en restauration', 'out_of_scope', [SILENT]),
  ]),
  c('b48-oos-canteen', ['afpa', 'oos'], [
    turn('le resto du centre afpa est ouvert le midi pour les stagiaires ?', 'out_of_scope', [SILENT]),
  ]),
  c('b48-oos-weather', ['referent', 'oos'], [
    turn('visite soudure mardi 19 ok. il va faire beau ce jour la ?', 'out_of_scope', [SILENT]),
  ]),

  // ── Small talk ─────────────────────────────────────────────────────────────
  c('b48-other-hello', ['referent', 'smalltalk'], [turn('bonjour', 'other', [['bonjour', 'hello', 'salut']])]),
  c('b48-other-thanks', ['referent', 'smalltalk'], [turn('merci bcp !!', 'other', [THANKS])]),
  c('b48-other-what-do-you-do', ['afpa', 'smalltalk'], [turn('tu fais quoi exactement toi ?', 'other', [WHAT_I_DO])]),
];
