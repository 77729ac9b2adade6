/**
 * Fifty-sixth blind set: the first quarter of a référente insertion of the Département's
 * Castelsarrasin–Moissac antenna, as she really uses the assistant in Teams. She asks about
 * the three programmes (durations, content, volets, phases), the AFPA agenda near her towns
 * (Castelsarrasin, Moissac, Valence-d'Agen, and Montauban when nothing is closer), the free
 * places, the eligibility of the people she follows (RSA recipients of every age, a few
 * young people of the ASE, PEC employees, SIAE employees, newcomers learning French), how
 * to prescribe and follow her prescriptions, whom to call, the targets, and the odd
 * question that has nothing to do with the agreement. She types fast: SMS style,
 * abbreviations (BRSA, ASE, PEC, 1618, FT, ML, TH, CDDI, JPO, info coll), no accents,
 * typos, dictation slips, two questions at once, follow-ups that lean on the turn before.
 *
 * Written blind: only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022,
 * its action plan and the protocol of the three programmes), the product guide and the
 * published agenda fixture (today frozen at Monday 11 January 2027, 9:00 Paris), without
 * looking at how the bot works or at any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with a straight apostrophe also with a typographic one. */
function apos(...alternatives: string[]): string[] {
  return alternatives.flatMap((a) => (a.includes("'") ? [a, a.replace(/'/g, '’')] : [a]));
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DAYS = ['2 à 8 jours', '2 et 8 jours', '2 a 8 j', 'deux à huit jours', 'deux et huit jours', '2 jours à 8', '8 jours maxi', '8 jours max'];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const VOLET1_DAYS = ['5 à 6 jours', '5 a 6 j', '5-6 jours', '5 ou 6 jours', 'cinq à six jours', 'cinq ou six jours'];
const VOLET2_DAYS = ['4 à 8 jours', '4 a 8 j', '4-8 jours', 'quatre à huit jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j '];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_AGE = ['16 à 18', '16 a 18', '16-18 ans', '16 et 18', 'entre 16', 'de 16 ans', 'mineur'];
const MON_THU = ['lundi au jeudi', 'lundi a jeudi', 'lundi-jeudi', 'lundi → jeudi', 'lundi > jeudi'];
const RSA = ['rsa', 'r.s.a'];
const FT = ['france travail', 'pole emploi', 'pôle emploi'];
const ML = ['mission locale', 'missions locales'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const FLE = ['visée professionnelle', 'visee professionnelle', 'langue étrangère', 'langue etrangere', 'fle ', '(fle', 'fle)'];
const DISTANCE = ['distance', 'distanciel', 'classe virtuelle'];
const EMPLOYER_OK = ['accord', "l'employeur doit", 'consentement', 'son feu vert'];
const PEC_ONLY = [
  'réservé', 'reserve', 'salariés en pec', 'salaries en p', 'salarié en pec', 'salarie en p',
  'contrat pec', 'contrat p.e.c', 'signataire', 'en pec', 'en p.e.c', 'titulaire',
  'parcours emploi compétences', 'parcours emploi competences',
];
const BATTEDOU = ['battedou', 'responsable accompagnement'];
const VELLA = ['vella'];

/** A verdict « yes » (a « no » may also contain some of these: the reason group decides). */
const YES = ['éligible', 'eligible', 'oui', 'peut', 'possible'];
/** A verdict « no ». */
const NO = apos(
  'pas éligible', 'non éligible', 'inéligible', 'ne peut pas', "n'est pas", 'pas possible',
  'impossible', 'non,', 'non.', 'non :', 'réservé', 'reserve', 'ne correspond pas', 'pas accessible',
  'ne relève pas', 'ne releve pas', 'ne remplit pas', 'pas encore', 'trop jeune', 'ne rentre pas',
  "n'entre pas", 'pas concerné', 'pas concerne', 'ne pourra pas', 'pas le cas',
);
/** The agreement does not settle it. */
const SILENT = apos(
  'ne prévoit', 'ne precise', 'ne précise', 'ne dit rien', 'ne dit pas', 'ne mentionne', 'ne traite',
  'ne fixe', 'ne parle pas', 'pas prévu', 'rien sur', 'ne tranche', 'ne règle', 'ne regle',
  "pas d'information", 'aucune information', 'aucune indication', 'ne donne pas', 'ne contient pas',
  'ne figure pas', 'non précisé', "n'est pas précisé", "n'indique", 'pas indiqué', 'ne couvre pas',
  'ne répond pas', 'ne le dit', "ne l'indique", 'ne sais pas', 'rien de prévu', 'ne prevoit',
  'pas précisé', 'ne donne aucun', 'pas de règle', 'pas de regle', 'ne comporte pas',
);
/** Out of scope. */
const OUT = [
  ...SILENT,
  ...apos(
    'hors', 'pas de mon ressort', 'ne peux pas', 'pas en mesure', 'ne porte pas', 'ne concerne pas',
    "je n'ai pas", 'ne suis pas', 'pas dans mon', 'ne relève pas', 'ne releve pas', "pas l'objet",
    'ne sais pas', 'pas prévu pour', 'pas de réponse',
  ),
];

/** The trainings of the fixture's Info Places, to forbid when another one is asked about. */
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((t) => !asked.includes(t));

const FULL = ['complet', 'aucune place', 'plus de place', 'pas de place', 'plus aucune', ...seats(0)];

export const FIFTY_SIXTH_BLIND_SET: ConversationCase[] = [
  // ── Eligibility of the people she follows ────────────────────────────────
  c('b56-elig-58ans-rsa-pas-inscrite-ft', ['rsa', 'senior', 'france-travail'], [
    turn(
      'mme 58a au rsa depuis 2019 pas inscrite a FT, elle peut faire prepa comp ?',
      'eligibility',
      [YES, RSA, apos('inscrits ou non', 'inscrit ou non', 'inscrite ou non', 'non inscrit', 'non-inscrit', 'pas inscrit', 'sans être inscrit', 'sans etre inscrit', 'même sans', 'meme sans', "pas besoin d'être inscrit", 'pas obligatoire', 'pas nécessaire', "n'est pas nécessaire", "n'est pas obligatoire", 'pas une condition', 'sans inscription')],
    ),
  ]),
  c('b56-elig-ase-17-decroche', ['ase', 'promo-16-18'], [
    turn(
      'jeune ASE 17 ans sorti du lycee pro en novembre, il fait rien depuis. promo 1618 ok ?',
      'eligibility',
      [YES, [...PROMO_AGE, '17 ans']],
    ),
  ]),
  c('b56-elig-ase-15-ans', ['ase', 'promo-16-18', 'boundary'], [
    turn(
      'un gamin de 15 ans place a l ase, decrocheur total, promo1618 possible ?',
      'eligibility',
      [NO, ['16 ans', 'seize ans', '16 à 18', '16 a 18', '16-18 ans', '16 et 18', 'dès 16', 'des 16', 'à partir de 16', 'a partir de 16']],
    ),
  ]),
  c('b56-elig-ase-18-et-demi', ['ase', 'promo-16-18', 'boundary'], [
    turn(
      'jeune 18 ans et demi, contrat jeune majeur ASE, pas de formation pas de boulot, il peut rentrer dans la promo 16/18 ??',
      'eligibility',
      [NO, ['mineur', '16 à 18', '16 a 18', '16-18 ans', '16 et 18', 'moins de 18', 'majeur', '18 ans']],
    ),
  ]),
  c('b56-elig-ase-encore-scolarise', ['ase', 'promo-16-18'], [
    turn(
      'jeune fille ASE 16 ans, toujours inscrite au lycee mais elle y va presque plus. la promo c pour elle ?',
      'eligibility',
      [
        apos('quitté', 'quitte', 'décroch', 'decroch', 'sorti', "n'est plus", 'plus scolaris', 'déscolaris', 'descolaris', 'prématurément', 'prematurement', 'pas en formation', 'ni en formation', 'encore inscrite', 'toujours inscrite', 'encore scolaris', 'toujours scolaris'),
      ],
    ),
  ]),
  c('b56-elig-ase-17-cdd-resto', ['ase', 'promo-16-18'], [
    turn(
      'jeune ASE 17a, il a trouve un cdd en resto a moissac jusqu en juin. promo 1618 quand meme ?',
      'eligibility',
      [NO, apos('ne travaill', 'ni en emploi', 'sans emploi', 'pas en emploi', 'en emploi', 'travaille déjà', 'travaille deja', 'qui ne travaillent pas', 'ne pas travailler', 'a un emploi', 'a déjà un emploi', 'un travail', 'un contrat')],
    ),
  ]),
  c('b56-elig-pec-mairie-accord-employeur', ['pec', 'rsa', 'employeur'], [
    turn(
      'mr en PEC a la mairie de moissac depuis 2 mois, il touche encore un peu de rsa, competences pec c possible pour lui ?',
      'eligibility',
      [YES, PEC_ONLY],
    ),
    turn("et faut l'accord de son employeur ?", 'eligibility', [['oui', 'employeur'], EMPLOYER_OK]),
  ]),
  c('b56-elig-cddi-chantier-pas-pec', ['siae', 'cddi', 'pec'], [
    turn(
      "dame en CDDI sur un chantier d'insertion a castel, c pas un PEC. competences PEC ?",
      'eligibility',
      [NO, PEC_ONLY],
    ),
    turn('et du coup pour valoriser son experience on a quoi', 'eligibility', [[...RSFP, ...VAE]]),
  ]),
  c('b56-elig-fle-a1', ['langue', 'rsa', 'fle'], [
    turn(
      'BRSA 35 ans arrive en france il y a 1 an, niveau A1 en francais, prepa comp ou yaurait mieux ?',
      'eligibility',
      [FLE],
    ),
  ]),
  c('b56-elig-ass-pas-rsa', ['france-travail', 'hors-rsa'], [
    turn(
      'monsieur a l ASS pas au RSA, inscrit FT, je peux le mettre sur prepa comp moi ?',
      'eligibility',
      [RSA, FT],
    ),
  ]),
  c('b56-elig-rqth-amenagements', ['handicap', 'rsa', 'rambling', 'two-questions'], [
    turn(
      "alors j'ai une personne au rsa depuis longtemps, 47 ans, elle a une RQTH (TH pour le dos), elle veut se reorienter car elle peut plus faire menage, est ce qu elle peut faire prepa comp et est ce que l'afpa fait des amenagements pour les TH ?",
      'eligibility',
      [RSA, SILENT],
    ),
  ]),
  c('b56-elig-deja-en-formation-volet2', ['prepa', 'volet-2'], [
    turn(
      'elle est deja en formation qualifiante a l afpa depuis decembre, un volet 2 prepa ca sert encore a qqchose ?',
      'eligibility',
      [apos("entrée en formation", 'entree en formation', "l'entrée", 'avant', 'sécuriser', 'securiser', 'sécurise', 'securise')],
    ),
  ]),
  c('b56-elig-20ans-rsa-promo-ou-prepa', ['rsa', 'jeune', 'promo-16-18'], [
    turn('jeune maman 20 ans rsa majoré, prepa ou promo1618 ?', 'eligibility', [['prépa', 'prepa'], [...PROMO_AGE, 'moins de 18', '18 ans', 'trop']]),
  ]),
  c('b56-elig-17-non-ase-ml', ['promo-16-18', 'mission-locale'], [
    turn('un jeune 17 ans pas ASE, suivi par la ML, promo 1618 je peux l orienter moi ?', 'eligibility', [ML]),
  ]),
  c('b56-elig-vae-macon-62', ['vae', 'rsa', 'senior'], [
    turn(
      'mr 62 ans rsa, 15 ans de maconnerie au black et declare, il voudrait un diplome. vae possible avec l afpa ?',
      'eligibility',
      [VAE, ['titre professionnel', 'titres professionnels', 'titre pro', 'titres pro', 'certification']],
    ),
  ]),
  c('b56-elig-pec-fini', ['pec', 'hard'], [
    turn(
      'son PEC est fini depuis 2 mois, competences pec on peut encore ?',
      'eligibility',
      [apos('durée du pec', 'duree du pec', 'durée du p.e.c', 'durée du contrat', 'duree du contrat', 'pendant le', 'en cours de', 'au cours du', "à l'issue", "a l'issue", 'dès la signature', 'des la signature', 'premiers mois', 'sur la durée', 'sur la duree')],
    ),
  ]),
  c('b56-elig-pec-pas-commence', ['pec'], [
    turn(
      'le PEC commence lundi prochain, c pas trop tot pour competences pec ??',
      'eligibility',
      [['signature']],
    ),
  ]),
  c('b56-elig-mna-16-promo-ou-fle', ['ase', 'langue', 'promo-16-18', 'two-questions'], [
    turn(
      'MNA 16 ans confie a l ASE, pas scolarise, parle un peu francais. promo 16 18 ou plutot le francais pro ?',
      'eligibility',
      [['promo', '16/18', '1618'], FLE],
    ),
  ]),
  c('b56-elig-aide-soignante-volet', ['prepa', 'volet-1'], [
    turn(
      'dame 45a rsa, elle parle d aide soignante mais c tres flou, prepa volet 1 ou 2 ?',
      'eligibility',
      [['volet 1', 'volet 1 ', 'premier volet'], VOLET1_DAYS],
    ),
  ]),
  c('b56-elig-cariste-volet2', ['prepa', 'volet-2'], [
    turn(
      'mr 30 ans rsa, projet cariste bien valide, il a juste besoin de securiser son entree en formation. quel volet et combien de jours',
      'eligibility',
      [['volet 2', 'second volet', 'deuxième volet'], VOLET2_DAYS],
    ),
  ]),
  c('b56-elig-siae-droit-commun', ['siae', 'formation'], [
    turn(
      "salarie d'une SIAE en CDDI avec un projet de qualif, il peut aller sur les formations afpa de droit commun ?",
      'eligibility',
      [['région', 'region', 'financeurs publics', 'financeur']],
    ),
  ]),
  c('b56-elig-refaire-prepa', ['prepa', 'silence'], [
    turn('il a deja fait prepa comp en 2025, il peut la refaire ?', 'eligibility', [SILENT]),
  ]),
  c('b56-elig-autorisation-parentale', ['ase', 'promo-16-18'], [
    turn(
      'jeune ASE 16a, la mere a encore l autorite parentale et elle veut rien signer, promo possible ?',
      'eligibility',
      [['autorisation', 'parental']],
    ),
  ]),
  c('b56-elig-ase-17-puis-duree-puis-jours', ['ase', 'promo-16-18'], [
    turn('jeune 17a suivi ASE, deco du lycee depuis septembre il fait rien de ses journees', 'eligibility', [['promo', '16/18', '1618', '16-18']]),
    turn('ca dure cb de temps', 'dispositif', [PROMO_WEEKS], ['2 à 8 jours', '5 jours répartis']),
    turn('et c tous les jours ?', 'dispositif', [MON_THU]),
  ]),
  c('b56-elig-ase-17-apprentissage', ['ase', 'promo-16-18', 'apprentissage'], [
    turn(
      'jeune ASE 17a en CAP par apprentissage mais ca se passe mal avec le patron, promo 1618 ?',
      'eligibility',
      [NO, apos('pas en formation', 'ni en formation', 'déjà en', 'deja en', 'en apprentissage', 'en formation', 'ne travaillent pas', 'ni en emploi', 'sans emploi', 'quitté', 'décroch', 'decroch')],
    ),
  ]),
  c('b56-elig-rsa-interim', ['rsa', 'prepa'], [
    turn('il fait un peu d interim, qq heures par mois, il est tjrs au rsa. prepa ok ?', 'eligibility', [YES, RSA]),
  ]),
  c('b56-elig-rsa-et-inscrit-ft', ['rsa', 'france-travail', 'prepa'], [
    turn(
      'il est au rsa ET inscrit FT avec un conseiller, je peux quand meme lui proposer prepa ou c a FT de le faire',
      'eligibility',
      [RSA, ['inscrit', 'inscrite']],
    ),
  ]),
  c('b56-elig-tres-loin-emploi', ['rsa', 'prepa', 'volet-1'], [
    turn(
      'mr 40 ans rsa depuis 8 ans, aucune idee de metier, tres loin de l emploi. pre pas competences c adapte ?',
      'eligibility',
      [YES, ['volet 1', 'consolid', 'projet professionnel', 'éloignées', 'eloignees', 'éloignés', 'eloignes']],
    ),
  ]),
  c('b56-elig-ase-16-entree-fevrier', ['ase', 'promo-16-18', 'agenda'], [
    turn(
      'j ai une jeune de 16 ans et 2 mois confiee a l ASE, exclue du college l an dernier, pas de formation. elle peut rentrer dans la promo du 1er fevrier ?',
      'eligibility',
      [YES, on('2027-02-01')],
    ),
    turn('c ou ?', 'agenda', [['montauban']]),
  ]),
  c('b56-elig-pec-cap-emploi-th', ['pec', 'handicap'], [
    turn(
      'salarie en PEC dans une asso a valence, PEC prescrit par cap emploi (TH), on peut lui faire competences pec nous ?',
      'eligibility',
      [YES, PEC_ONLY],
    ),
  ]),

  // ── Programmes ────────────────────────────────────────────────────────────
  c('b56-disp-prepa-duree', ['prepa'], [
    turn('prepa comp ca dure cmb', 'dispositif', [PREPA_DAYS, TWO_WEEKS], ['13 semaines']),
  ]),
  c('b56-disp-pec-contenu-portefeuille', ['pec'], [
    turn('competences pec en gros c quoi', 'dispositif', [PEC_DAYS, [...VAE, ...RSFP, 'cléa', 'clea']], ['13 semaines']),
    turn('le portefeuille de competences c pour tout le monde ?', 'dispositif', [['oui', 'systémat', 'systemat', 'chaque', 'tous les']]),
  ]),
  c('b56-disp-promo-duree-dictee', ['promo-16-18', 'dictation'], [
    turn('la promo seize dix huit c combien de temps', 'dispositif', [PROMO_WEEKS], ['2 à 8 jours']),
  ]),
  c('b56-disp-promo-vendredi', ['promo-16-18'], [
    turn('promo 1618 les jeunes y sont le vendredi aussi ?', 'dispositif', [MON_THU]),
  ]),
  c('b56-disp-promo-phases', ['promo-16-18'], [
    turn('les phases de la promo c quoi', 'dispositif', [['engagement'], ['construction'], ['suite']]),
  ]),
  c('b56-disp-promo-apres', ['promo-16-18'], [
    turn('apres la promo 16 18 y a un suivi du jeune ou c fini ?', 'dispositif', [['6 mois', 'six mois'], ML]),
  ]),
  c('b56-disp-pec-vae-jours', ['pec', 'vae'], [
    turn('dans competences pec la vae ca fait cb de jours', 'dispositif', [['3,5', '3.5', 'trois jours et demi', '3 jours et demi', '3 jours ½', '3 j 1/2']]),
  ]),
  c('b56-disp-clea', ['clea'], [
    turn('clea c quoi exactement', 'dispositif', [['compétences de base', 'competences de base', 'socle', 'savoirs de base']]),
  ]),
  c('b56-disp-rsfp', ['rsfp'], [
    turn('rsfp ??', 'dispositif', [['prérequis', 'prerequis', 'pré-requis', 'pre-requis'], VAE]),
  ]),
  c('b56-disp-volet1-volet2', ['prepa'], [
    turn('volet 1 volet 2 la diff ?', 'dispositif', [['consolid', 'projet'], ['sécuris', 'securis']]),
  ]),
  c('b56-disp-promo-mobilite', ['promo-16-18'], [
    turn('c quoi la periode de mobilite dans la promo, il part loin ?', 'dispositif', [TWO_WEEKS, ['village']]),
  ]),
  c('b56-disp-pec-distance', ['pec'], [
    turn('compétence p e c ca peut se faire a distance ? elle bosse a valence', 'dispositif', [DISTANCE]),
  ]),
  c('b56-disp-garde-enfants-transport', ['prepa', 'mobilite'], [
    turn(
      'elle a 3 enfants pas de mode de garde et pas de voiture, prepa a montauban c chaud depuis moissac, y a des solutions ?',
      'dispositif',
      [DISTANCE],
    ),
  ]),

  // ── Agenda near her towns ─────────────────────────────────────────────────
  c('b56-agenda-cette-semaine', ['this-week'], [
    turn(
      'cette semaine y a quoi cote afpa',
      'agenda',
      [on('2027-01-14'), ['montauban']],
      [...notOn('2027-01-07'), ...notOn('2027-01-19'), ...notOn('2027-01-21')],
    ),
  ]),
  c('b56-agenda-semaine-pro', ['next-week'], [
    turn(
      'semaine prochaine ya quoi',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-07'), ...notOn('2027-01-14'), ...notOn('2027-01-26')],
    ),
  ]),
  c('b56-agenda-jpo', ['jpo', 'one-word'], [
    turn('JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
  ]),
  c('b56-agenda-moissac-fevrier', ['moissac'], [
    turn(
      'quoi de prevu a moissac en fevrier',
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-02-03'), ...notOn('2027-02-11'), ...notOn('2027-02-23')],
    ),
  ]),
  c('b56-agenda-info-coll-castel-places-valence', ['castelsarrasin', 'info-coll'], [
    turn('info coll prepa a castel c quand', 'agenda', [on('2027-01-21'), ['14h', '14 h', '14:00']], notOn('2027-03-04')),
    turn('ya cb de places', 'agenda', [seats(12)]),
    turn("et a valence d'agen ?", 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-01-21')),
  ]),
  c('b56-agenda-volet2-complet-puis-suivante', ['prepa', 'places', 'complet'], [
    turn('la session prepa volet 2 du 25/01 il reste de la place ?', 'agenda', [FULL]),
    turn('ok et la prochaine volet 2 ?', 'agenda', [on('2027-02-15'), ['castelsarrasin'], seats(5)], notOn('2027-02-08')),
  ]),
  c('b56-agenda-pec-entrees', ['pec', 'sessions'], [
    turn('prochaines entrees competences pec ?', 'agenda', [on('2027-01-20')], [...notOn('2027-01-18'), ...notOn('2027-02-01')]),
  ]),
  c('b56-agenda-info-coll-promo', ['promo-16-18', 'info-coll'], [
    turn('info coll promo 16 18 c quand', 'agenda', [on('2027-03-17'), ['montauban']], notOn('2027-01-07')),
  ]),
  c('b56-agenda-reunion-logistique-puis-batiment', ['reunion-metier'], [
    turn('reunion metier logistique c quand', 'agenda', [on('2027-01-26'), ['montauban']]),
    turn('et batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b56-agenda-visite-soudure', ['visite-plateau'], [
    turn('visite plateau soudure c quand ? j ai un mr interesse', 'agenda', [on('2027-01-19'), ['14h', '14 h', '14:00']], notOn('2027-03-10')),
  ]),
  c('b56-agenda-places-soudeur', ['places'], [
    turn('places dispo soudeur ?', 'agenda', [seats(4), on('2027-02-01')], otherTrainings('soudeur')),
  ]),
  c('b56-agenda-plaquiste', ['places', 'complet'], [
    turn('plaquiste il reste de la place ?', 'agenda', [FULL], otherTrainings('plaquiste')),
  ]),
  c('b56-agenda-cariste-puis-preparateur', ['places', 'castelsarrasin'], [
    turn('cariste ya de la place ?', 'agenda', [seats(6), on('2027-01-27')], ['soudeur', 'plaquiste', 'agent de restauration']),
    turn('et preparateur de commandes a castel', 'agenda', [seats(5), on('2027-03-01'), ['castelsarrasin']], ['soudeur', 'plaquiste', 'agent de restauration']),
  ]),
  c('b56-agenda-proprete-moissac', ['places', 'moissac'], [
    turn('agent de proprete a moissac il reste des places', 'agenda', [seats(7), on('2027-02-22')], otherTrainings('agent de propreté')),
  ]),
  c('b56-agenda-prepa-moissac', ['prepa', 'sessions', 'moissac'], [
    turn('prepa a moissac ya une session ?', 'agenda', [on('2027-03-08'), ['moissac']], [...notOn('2027-01-18'), ...notOn('2027-02-15')]),
  ]),

  // ── Prescribing and following prescriptions ──────────────────────────────
  c('b56-presc-prepa-dame-moissac', ['prepa'], [
    turn('je voudrais prescrire prepa pour une dame de moissac', 'prescribe', [['prépa compétences', 'prepa competences'], ['prescri', 'formulaire', 'fiche']]),
  ]),
  c('b56-presc-panda-qui-inscrit', ['panda'], [
    turn('sur panda c moi qui inscrit la personne ou l afpa ?', 'prescribe', [['référent', 'referent', 'vous'], ['habilit']]),
  ]),
  c('b56-presc-suivi', ['suivi'], [
    turn('ou en est ma prescription pour M. Belkacem ?', 'prescribe', [['prescription']]),
  ]),
  c('b56-presc-bilan', ['bilan'], [
    turn('a la fin de prepa je recois un retour ?', 'prescribe', [['bilan']]),
  ]),
  c('b56-presc-pec-employeur', ['pec', 'employeur'], [
    turn('pour competences pec je dois faire quoi avec l employeur', 'prescribe', [['employeur'], EMPLOYER_OK]),
  ]),
  c('b56-presc-cout', ['financement'], [
    turn('ca coute qqchose au departement quand on prescrit ?', 'prescribe', [apos('sans contrepartie', 'gratuit', 'pas payant', 'aucun coût', 'aucun cout', 'ne coûte', 'ne coute', 'financé par l', 'finance par l', "plan d'investissement", 'pic', 'p.i.c')]),
  ]),
  c('b56-presc-direct-puis-non-inscrit', ['france-travail', 'prepa'], [
    turn('je peux prescrire prepa en direct ou faut passer par FT ?', 'prescribe', [['direct']]),
    turn('meme s il est pas inscrit ?', 'eligibility', [apos('inscrits ou non', 'inscrit ou non', 'inscrite ou non', 'non inscrit', 'non-inscrit', 'pas inscrit', 'même sans', 'meme sans', 'oui')]),
  ]),

  // ── Whom to call ──────────────────────────────────────────────────────────
  c('b56-contact-afpa-prepa', ['afpa'], [
    turn('qui contacter a l afpa pour prepa', 'contact', [BATTEDOU]),
  ]),
  c('b56-contact-directeur', ['afpa'], [
    turn('le directeur de l afpa montauban c qui deja', 'contact', [VELLA]),
  ]),
  c('b56-contact-jeune-non-ase', ['promo-16-18', 'mission-locale'], [
    turn('pour un jeune decrocheur 16a pas ASE je l envoie vers qui', 'contact', [ML]),
  ]),
  c('b56-contact-referent-cd', ['departement'], [
    turn('c qui le referent de l experimentation cote departement', 'contact', [[...SILENT, 'désigne', 'designe', 'désigné', 'designe']]),
  ]),
  c('b56-contact-tel-afpa', ['afpa', 'silence'], [
    turn('t as le num de tel de l afpa montauban ?', 'contact', [[...OUT, 'pas de numéro', 'pas de numero', 'pas le numéro', 'pas le numero']], ['05 63', '0563']),
  ]),

  // ── Targets ──────────────────────────────────────────────────────────────
  c('b56-fig-objectif-prepa', ['targets'], [
    turn('on est a combien de prepa comp sur l objectif ?', 'figures', [['30', 'trente']]),
  ]),
  c('b56-fig-pec-annee', ['targets', 'pec'], [
    turn('combien d entrees en competences pec cette annee', 'figures', [['50', 'cinquante']]),
  ]),
  c('b56-fig-ase-promo', ['targets', 'ase'], [
    turn('objectif jeunes ASE sur la promo ?', 'figures', [['10', 'dix']]),
  ]),
  c('b56-fig-objectifs-tous', ['targets'], [
    turn('objectifs des 3 dispositifs stp', 'figures', [['30', 'trente'], ['50', 'cinquante'], ['10', 'dix']]),
  ]),
  c('b56-fig-sorties-positives', ['promo-16-18'], [
    turn('taux de sorties positives vise pour la promo 1618 ?', 'figures', [['70']]),
  ]),
  c('b56-fig-remontees', ['dgefp'], [
    turn('les chiffres des dispositifs ils remontent a qui', 'figures', [['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p']]),
  ]),

  // ── Out of scope ─────────────────────────────────────────────────────────
  c('b56-out-montant-rsa', ['rsa'], [
    turn('c combien le rsa pour une personne seule en 2027', 'out_of_scope', [OUT], ['€']),
  ]),
  c('b56-out-meteo', ['small-talk'], [
    turn('il va faire beau demain a moissac ?', 'out_of_scope', [OUT]),
  ]),
  c('b56-out-cv', ['cv'], [
    turn('tu peux me rediger un cv pour mme Ramos, aide a domicile 10 ans', 'out_of_scope', [OUT]),
  ]),
  c('b56-out-caf', ['caf'], [
    turn('horaires de la caf de castelsarrasin ?', 'out_of_scope', [OUT]),
  ]),
  c('b56-out-logement-jeune-majeur', ['ase', 'logement'], [
    turn('aide au logement pour un jeune sortant ASE de 18 ans ca existe ?', 'out_of_scope', [OUT]),
  ]),

  // ── Other ────────────────────────────────────────────────────────────────
  c('b56-other-merci', ['politeness'], [
    turn('merci !!', 'other', [apos('avec plaisir', 'de rien', 'je vous en prie', 'bonne journée', 'bonne journee', "n'hésitez", "n'hesitez", 'à votre service', 'a votre service', 'volontiers')]),
  ]),
  c('b56-other-rgpd', ['rgpd'], [
    turn('je peux mettre son num de secu et sa situation familiale dans la prescription ? rgpd tout ca', 'other', [['rgpd', 'r.g.p.d', 'données personnelles', 'donnees personnelles', 'article 5', 'protection des données', 'protection des donnees']]),
  ]),
  c('b56-other-duree-convention', ['convention'], [
    turn('la convention avec l afpa elle court jusqu a quand', 'other', [['2 ans', 'deux ans', '2023', 'avenant']]),
  ]),
  c('b56-other-logos', ['communication'], [
    turn('on fait un flyer pour prepa a la MDS, faut mettre quels logos ?', 'other', [['état', 'etat ', "l'etat", 'l’etat'], ["plan d'investissement", 'plan d’investissement', 'pic', 'p.i.c']]),
  ]),
  c('b56-other-reunion-equipe', ['communication'], [
    turn("l afpa vient presenter ses actions a nos reunions d'equipe ?", 'other', [['semestre', 'deux fois par an', '2 fois par an', 'semestriel']]),
  ]),
];
