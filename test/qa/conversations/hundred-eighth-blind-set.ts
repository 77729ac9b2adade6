/**
 * Hundred-eighth blind set. The speakers are référents insertion and travailleurs sociaux of
 * the Département (CD82) typing in Teams: abbreviations (prépa comp, PEC, BRSA, FT, ML, RQTH,
 * ASE, info coll, JPO), no accents, typos, SMS style, long messages with the question buried
 * inside, and cases that unfold over several turns (one person described fact by fact, a fact
 * corrected, a second person of the same household).
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa comp', 'prépa-comp'];
const PEC_PROG = ['compétences pec', 'compétences p.e.c', 'compétences-pec'];
const PROMO = ['promo 16', 'promo16', 'promo 1618', '16/18', '16-18', '16.18'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours max',
];
const VOLET_1 = ['volet 1', 'consolid', 'premier volet', 'volet n°1'];
const VOLET_2 = ['volet 2', 'sécuris', 'second volet', 'deuxième volet', 'volet n°2'];
const VOLET_1_DURATION = ['5 à 6 jours', '5 ou 6 jours', '5-6 jours', '5 et 6 jours', 'cinq à six jours', 'cinq ou six jours'];
const VOLET_2_DURATION = ['4 à 8 jours', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', 'quatre et huit jours'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MONDAY_THURSDAY = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'du lundi', 'lundi jusqu'];
const MISSION_LOCALE = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const CAP_EMPLOI = ['cap emploi', 'cap-emploi'];
const FRANCE_TRAVAIL = ['france travail', 'pôle emploi'];

/** A positive verdict, in the ways a French answer writes it. */
const YES = [
  'oui',
  'est éligible',
  'sont éligibles',
  'peut entrer',
  'peut intégrer',
  'peut bénéficier',
  'peut suivre',
  'peut participer',
  'peut être orienté',
  'peut accéder',
  'peut y accéder',
  'il peut',
  'elle peut',
  'tout à fait',
  'a droit',
];
/** A negative verdict. */
const NO = [
  'non,',
  'non.',
  'non :',
  'pas éligible',
  'non éligible',
  'inéligible',
  'peut pas',
  'trop jeune',
  'trop âgé',
  'pas encore',
  'ne remplit pas',
  'ne correspond pas',
  'réservé',
  'pas accès',
  'ne relève pas',
  'pas possible',
  'impossible',
  "n'est pas",
  'n’est pas',
  'plus mineur',
  'majeur',
  'pas concerné',
];
/** A positive verdict on La Promo 16/18 for someone who cannot enter it. */
const PROMO_YES = [
  'est éligible à la promo',
  'éligible à la promo 16',
  'peut entrer en promo',
  'peut entrer dans la promo',
  'peut intégrer la promo',
];

/** « The agreement does not say / does not cover it ». */
const SILENT = [
  'ne prévoit pas',
  'prévoit rien',
  'ne dit rien',
  'précise pas',
  'pas prévu',
  'couvre pas',
  'pas couvert',
  'aucune information',
  'aucune info',
  'pas d’information',
  "pas d'information",
  'mentionne pas',
  'aborde pas',
  'traite pas',
  'parle pas',
  'figure pas',
  'indique pas',
  'donne pas',
  'contient pas',
  'porte pas',
  'fixe pas',
  'rien sur',
  'rien à ce sujet',
  'hors du champ',
  'hors champ',
  'hors périmètre',
  'hors de mon',
  'hors sujet',
  'ne sais pas',
  'pas en mesure',
  'dispose pas',
  'ne peux pas',
];
/** No phone number or e-mail in the agreement. */
const NO_CONTACT_DETAILS = [
  ...SILENT,
  'pas de coordonnées',
  'aucune coordonnée',
  'pas de numéro',
  'aucun numéro',
  'pas le numéro',
  'fournit pas',
];
/** Figures that the action plan does not give yet. */
const NOT_YET = [
  'pas encore',
  'aucune donnée',
  'pas de donnée',
  'pas disponible',
  'non disponible',
  'indisponible',
  'dispose pas',
  'aucun chiffre',
  'pas de chiffre',
  'aucune entrée',
  'aucun',
  'zéro',
  ' 0 ',
  'tableau de bord',
  'indicateur',
  'pas en mesure',
];

/** How to prescribe: the form, or the steps (adhesion, registration on PANDA). */
const PRESCRIBE = ['formulaire', 'panda', 'inscri', 'fiche de prescription', 'prescrire sur', 'bouton'];
const ADHESION = ['adhésion', 'accord', 'consent', 'volontaire'];

const FULL = [
  'complet',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  '0 place',
  'zéro place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];
const NOTHING = ['aucun', 'pas de', 'pas d’', "pas d'", 'rien', 'ne trouve'];

const F30 = ['30 allocataires', '30 bénéficiaires', '30 personnes', '30 entrées', '30 brsa', '30 rsa', ': 30', '30 pour', '30 en ', '30 dans', '30 (', '= 30', 'de 30', 'objectif 30', 'trente'];
const F50 = ['50 allocataires', '50 bénéficiaires', '50 personnes', '50 entrées', '50 brsa', '50 rsa', ': 50', '50 pour', '50 en ', '50 dans', '50 (', '= 50', 'de 50', 'objectif 50', 'cinquante'];
const F10 = ['10 jeunes', '10 personnes', '10 ase', '10 bénéficiaires', '10 orient', ': 10', '10 pour', '10 en ', '10 dans', '10 (', '= 10', 'de 10', 'objectif 10', 'dix jeunes', 'dix personnes'];

const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue'];
const THANKS = ['de rien', 'avec plaisir', 'je vous en prie', 'votre service', 'bonne journée', 'hésitez pas', 'à bientôt', 'volontiers'];
const CANCEL = ['annul', 'abandon', 'd’accord', "d'accord", 'ok', 'entendu', 'pas de souci', 'pas de problème', 'noté', 'arrêt'];
const HELP = ['prépa', 'dispositif', 'agenda', 'prescri', 'éligib', 'places'];

/** Every training of the fixture's Info Places, by a word of its name. */
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
/** An answer about some trades names no other training. */
const otherTrainings = (...asked: string[]) => TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

const H_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const H_10 = ['10h', '10 h', '10:00'];

// ── Cases ───────────────────────────────────────────────────────────────────

export const HUNDRED_EIGHTH_BLIND_SET: ConversationCase[] = [
  // ── A person's case, unfolding over several turns ─────────────────────────
  c('b108-rsa-monsieur-cariste-58', ['case-unfolds', 'correction', 'two-questions'], [
    turn('bjr, jai un monsieur au RSA que je suis depuis 1 an, il peut faire quoi avec l afpa ?', 'eligibility', [PREPA]),
    turn(
      'il a 48 ans, pas de diplome, il a bosse en entrepot sans qualif et voudrait une vraie formation de cariste. la prepa comp ca colle pour lui ?',
      'eligibility',
      [YES, VOLET_2],
    ),
    turn(
      'ah non pardon il a 58 ans pas 48, ca change qqch pour la prepa ?',
      'eligibility',
      [['limite', 'ne change', 'change rien', 'toujours', 'reste', 'est éligible', 'oui', 'quel que soit']],
      ['trop âgé', 'plus éligible'],
    ),
    turn(
      'ok et la formation cariste il reste des places ? ca commence quand ?',
      'agenda',
      [seats(6), on('2027-01-27')],
      otherTrainings('cariste', 'préparateur'),
    ),
  ]),
  c('b108-brsa-pec-mairie', ['case-unfolds', 'two-questions'], [
    turn(
      'une dame BRSA a signe un PEC le mois dernier a la mairie (agent entretien), y a un truc pour elle a l afpa ?',
      'eligibility',
      [PEC_PROG],
    ),
    turn(
      'ca dure combien et elle doit s absenter de son taf ?',
      'dispositif',
      [PEC_DURATION, ['employeur', 'durée du pec', 'durée du contrat', 'durée du p.e.c', 'répartis']],
      ['13 semaines', '2 à 8 jours'],
    ),
    turn('prochaine entree atelier 2 ?', 'agenda', [on('2027-01-20')], [...notOn('2027-01-18'), ...notOn('2027-02-15')]),
    turn(
      'elle a pas le permis et elle habite moissac, y a pas plus simple pour elle ?',
      'agenda',
      [[...on('2027-03-03'), ...on('2027-02-09'), 'distance', 'distanciel']],
    ),
    turn(
      'et je la prescris comment ? faut l accord de la mairie ?',
      'prescribe',
      [['employeur', 'mairie'], PRESCRIBE],
    ),
  ]),
  c('b108-ase-17-promo', ['case-unfolds'], [
    turn(
      'jeune ASE 17 ans, descolarise depuis septembre, fait rien de ses journees. promo 1618 possible ?',
      'eligibility',
      [YES],
    ),
    turn('faut l accord des parents ? il est place en foyer', 'dispositif', [['autorisation', 'parent']]),
    turn('c quand la prochaine entree ?', 'agenda', [on('2027-02-01')], [...notOn('2027-01-18'), ...notOn('2027-01-20')]),
    turn('il reste combien de places ?', 'agenda', [seats(10)]),
    turn('ok je veux le prescrire', 'prescribe', [PRESCRIBE]),
  ]),
  c('b108-ase-15-then-16', ['case-unfolds', 'correction'], [
    turn('une jeune ASE de 15 ans decrocheuse, elle peut faire la promo 16 18 ?', 'eligibility', [NO], PROMO_YES),
    turn('pardon je me suis trompee elle a eu 16 ans en decembre', 'eligibility', [YES]),
  ]),
  c('b108-couple-soudeur-et-sa-femme', ['case-unfolds', 'second-person', 'two-questions'], [
    turn(
      'mr B, 35 ans, BRSA, inscrit FT depuis 2 ans, veut faire soudeur a l afpa mais a peur de pas suivre (il a arrete l ecole en 3e). quel volet de prepa pour lui ?',
      'eligibility',
      [VOLET_2],
    ),
    turn('reste t il des places en soudeur ? ca demarre quand ?', 'agenda', [seats(4), on('2027-02-01')], otherTrainings('soudeur')),
    turn('et sa femme ? BRSA aussi, 32 ans, elle sait pas du tout quel metier faire', 'eligibility', [VOLET_1]),
    turn('prochaine entree volet 1 pour elle ?', 'agenda', [on('2027-01-18')], [...notOn('2027-01-25'), ...notOn('2027-02-15')]),
    turn(
      'elle a 3 enfants en bas age et pas de voiture, a distance ca existe ?',
      'agenda',
      [on('2027-02-08')],
      [...notOn('2027-02-15'), ...notOn('2027-01-25')],
    ),
  ]),
  c('b108-rqth-macon', ['case-unfolds'], [
    turn(
      'bjr, BRSA 44 ans avec une RQTH (dos), ancien macon, il veut se reconvertir mais sait pas dans quoi, prepa comp possible ?',
      'eligibility',
      [YES],
      ['inéligible', 'non éligible'],
    ),
    turn('y a un truc specifique handicap prevu dans l accord ?', 'out_of_scope', [SILENT]),
    turn('ok, prochaine info coll prepa alors', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-02-09')),
  ]),
  c('b108-ml-17-then-19', ['case-unfolds', 'correction'], [
    turn('jeune suivi ML, 17 ans, a quitte le lycee en novembre, bosse pas. c pour lui la promo ?', 'eligibility', [YES]),
    turn('c nous ou la ML qui l oriente ?', 'contact', [MISSION_LOCALE]),
    turn('ah non attends il a 19 ans en fait, il a redouble 2 fois', 'eligibility', [NO], PROMO_YES),
  ]),
  c('b108-pec-pas-encore-signe', ['case-unfolds'], [
    turn(
      'monsieur BRSA va signer un PEC dans une ressourcerie le mois prochain, competences pec c possible ?',
      'eligibility',
      [['signature', 'signé', 'dès', 'une fois']],
    ),
    turn('et d ici la il peut faire prepa comp ?', 'eligibility', [YES]),
  ]),
  c('b108-cariste-sans-permis', ['case-unfolds'], [
    turn('monsieur BRSA 30 ans veut devenir cariste, y a une reunion metier bientot ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
    turn('il a pas le permis B, l afpa peut lui financer le permis ?', 'out_of_scope', [SILENT]),
  ]),
  c('b108-mere-et-fils', ['second-person', 'two-questions'], [
    turn(
      'mme L 41 ans au RSA veut reprendre une formation, et son fils 16 ans a arrete le lycee et fait rien : qu est ce qui existe pour chacun ?',
      'eligibility',
      [PREPA, PROMO],
    ),
    turn('le fils il est pas ASE, c est qui qui l oriente ?', 'contact', [MISSION_LOCALE]),
  ]),
  c('b108-pec-cap-emploi-pas-rsa', ['case-unfolds'], [
    turn('salarie en PEC pas au RSA, suivi par cap emploi, il peut faire competences pec ?', 'eligibility', [CAP_EMPLOI]),
    turn('et le CD peut le prescrire lui ?', 'eligibility', [['rsa', 'allocataire']]),
  ]),

  // ── Agenda follow-ups ─────────────────────────────────────────────────────
  c('b108-infocoll-castel-valence-caussade', ['follow-up'], [
    turn('info coll prepa a castel c quand ?', 'agenda', [on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-03-04')]),
    turn('et a valence ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    turn('et caussade ?', 'agenda', [NOTHING]),
  ]),
  c('b108-volet1-moissac-places', ['follow-up'], [
    turn('prochaine entree prepa volet 1 ?', 'agenda', [on('2027-01-18')], [...notOn('2027-01-25'), ...notOn('2027-02-15')]),
    turn(
      'et a moissac ?',
      'agenda',
      [on('2027-03-08')],
      [...notOn('2027-02-15'), ...notOn('2027-02-09'), ...notOn('2027-02-17')],
    ),
    turn('il reste de la place ?', 'agenda', [seats(6)]),
  ]),
  c('b108-places-soudeur-macon-plaquiste', ['follow-up'], [
    turn('places dispo soudeur ?', 'agenda', [seats(4)], otherTrainings('soudeur')),
    turn('et macon ?', 'agenda', [seats(3)], ['plaquiste', 'cariste', 'électricien']),
    turn('et plaquiste ?', 'agenda', [FULL]),
  ]),
  c('b108-jpo-puis-moissac', ['follow-up'], [
    turn('les prochaines JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-01-07'), ...notOn('2027-03-08'), ...notOn('2027-02-09')]),
  ]),
  c('b108-visites-plateau-heure', ['follow-up', 'two-questions'], [
    turn('y a des visites de plateau technique bientot ?', 'agenda', [on('2027-01-19'), on('2027-03-10')], notOn('2027-01-14')),
    turn('celle d elec c a quelle heure et ou ?', 'agenda', [H_10, ['montauban']]),
  ]),
  c('b108-reunion-logistique-places', ['follow-up', 'two-questions'], [
    turn('reunion metiers logistique c quand ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
    turn('combien de places et c ou ?', 'agenda', [seats(15), ['montauban']]),
  ]),
  c('b108-prescrire-puis-session', ['follow-up'], [
    turn('je voudrais prescrire une prepa comp pour mme D', 'prescribe', [PRESCRIBE]),
    turn('sur la session du 18 janvier, il y a encore de la place ?', 'agenda', [seats(6)]),
  ]),

  // ── Programme follow-ups ──────────────────────────────────────────────────
  c('b108-prepa-volets-lieu', ['follow-up', 'two-questions'], [
    turn('c quoi prepa comp en 2 mots ?', 'dispositif', [['projet', 'formation']]),
    turn('et les 2 volets ca dure combien chacun ?', 'dispositif', [VOLET_1_DURATION, VOLET_2_DURATION], ['13 semaines']),
    turn('ca se fait ou ? a distance possible ?', 'dispositif', [['distance'], ['montauban', 'centre afpa', 'centre a.f.p.a']]),
  ]),
  c('b108-promo-duree-phases-suite', ['follow-up'], [
    turn('la promo 16 18 ca dure combien ?', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
    turn('et ca se passe comment, les phases ?', 'dispositif', [['engagement'], ['construction', 'préparation de la suite']]),
    turn('et apres la sortie y a un suivi ?', 'dispositif', [['6 mois', 'six mois'], ['mission locale', 'missions locales']]),
  ]),
  c('b108-pec-vae-bilan', ['follow-up'], [
    turn('competences pec c quoi ?', 'dispositif', [['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa']]),
    turn(
      'la VAE dedans ca prend combien de temps ?',
      'dispositif',
      [['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j']],
    ),
    turn('et le referent il a un retour a la fin ?', 'dispositif', [['bilan']]),
  ]),
  c('b108-remuneration-puis-transport', ['follow-up'], [
    turn('pendant la prepa il touche une remuneration ?', 'dispositif', [SILENT]),
    turn('et ses frais de deplacement sont rembourses ?', 'out_of_scope', [SILENT]),
  ]),
  c('b108-objectifs-puis-2023', ['follow-up', 'two-questions'], [
    turn('objectifs 2022 prepa et competences pec ?', 'figures', [F30, F50]),
    turn('et pour 2023 ?', 'figures', [[...SILENT, 'uniquement', 'seulement', 'que pour 2022', 'pour 2022']]),
  ]),
  c('b108-contact-puis-tel', ['follow-up'], [
    turn('qui est en charge du deploiement des prestations a l afpa ?', 'contact', [['battedou']]),
    turn('tu as son tel ou son mail ?', 'contact', [NO_CONTACT_DETAILS], ['@afpa.fr']),
  ]),
  c('b108-salut-aide-annule', ['follow-up'], [
    turn('salut', 'other', [GREETING]),
    turn('tu sais faire quoi ?', 'other', [HELP]),
    turn('bon laisse tomber, annule', 'other', [CANCEL]),
  ]),

  // ── Programmes ────────────────────────────────────────────────────────────
  c('b108-prepa-duree', [], [turn('prepa comp ca dure combien ?', 'dispositif', [PREPA_DURATION], ['13 semaines', 'treize semaines'])]),
  c('b108-prepa-diff-volets', [], [
    turn('c koi la diff entre volet 1 et volet 2 de la prepa', 'dispositif', [['consolid', 'projet'], ['sécuris']]),
  ]),
  c('b108-pec-duree', [], [
    turn('competences pec combien de jours au total', 'dispositif', [PEC_DURATION], ['2 à 8 jours', '13 semaines']),
  ]),
  c('b108-pec-phases', [], [
    turn(
      'les phases de competences PEC ?',
      'dispositif',
      [['positionnement'], ['reconnaissance des acquis', 'ateliers individualisés', 'inscription']],
    ),
  ]),
  c('b108-rsfp', [], [
    turn('rsfp c quoi exactement', 'dispositif', [['savoir-faire', 'savoir faire'], ['prérequis', 'pré-requis', 'vae', 'v.a.e']]),
  ]),
  c('b108-promo-duree-jours', ['two-questions'], [
    turn('promo 1618 : ca dure combien de temps et c quels jours de la semaine ?', 'dispositif', [PROMO_DURATION, MONDAY_THURSDAY]),
  ]),
  c('b108-lieu-dispositifs', [], [
    turn(
      'ou se font les dispositifs, que a montauban ? on est sur le secteur de beaumont',
      'dispositif',
      [['montauban'], ['délocalis', 'ensemble du département', 'tout le département']],
    ),
  ]),
  c('b108-cout-cd', [], [
    turn(
      'ma cheffe me demande combien ca coute au CD de prescrire une prepa comp, tu sais ?',
      'dispositif',
      [['sans contrepartie', 'gratuit', 'aucun coût', 'aucune contrepartie', 'pas de coût', 'aucun frais', 'sans frais', 'sans coût', 'coûte rien']],
    ),
  ]),
  c('b108-financeur', [], [
    turn('qui finance les dispositifs ?', 'dispositif', [['état', 'plan d’investissement', "plan d'investissement", 'p.i.c', 'pic ']]),
  ]),
  c('b108-bilan-quand-qui', ['two-questions'], [
    turn('le bilan individuel c quand et ca va a qui ?', 'dispositif', [['fin', 'issue', 'terme'], ['référent']]),
  ]),
  c('b108-pec-moment', [], [
    turn(
      'competences pec on peut le mobiliser a quel moment du contrat ?',
      'dispositif',
      [['signature', 'premiers mois', 'dès le début']],
    ),
  ]),
  c('b108-vae-etapes', [], [
    turn(
      'la VAE dans competences pec ca se passe comment concretement ?',
      'dispositif',
      [['recevabilité', 'dossier'], ['évaluation', 'session']],
    ),
  ]),
  c('b108-promo-code', [], [
    turn('en promo ils preparent le code de la route ?', 'dispositif', [['code']], ['ne prévoit pas', 'ne précise pas']),
  ]),
  c('b108-duree-accord', [], [
    turn('l accord cd afpa il court jusqu a quand ?', 'dispositif', [['2 ans', 'deux ans', '31 décembre 2023', '31/12/2023', 'fin 2023'], ['2022']]),
  ]),
  c('b108-campagne-2022', [], [
    turn(
      'd apres la convention les BRSA pouvaient entrer jusqu a quand ?',
      'dispositif',
      [['31 décembre 2022', '31/12/2022', '31 déc. 2022', '31 dec 2022', '30 avril 2023', '30/04/2023']],
    ),
  ]),
  c('b108-frequence-presentation', [], [
    turn(
      'l afpa vient presenter ses actions a notre equipe insertion ? a quelle frequence ?',
      'dispositif',
      [['semestre', 'semestriel', 'deux fois par an', '2 fois par an']],
    ),
  ]),
  c('b108-promo-prescripteur', [], [turn('qui peut prescrire la promo 16 18 ?', 'dispositif', [MISSION_LOCALE])]),
  c('b108-role-referent', [], [
    turn(
      'mon role de referent dans tout ca c quoi exactement ?',
      'dispositif',
      [['adhésion', 'informe'], ['panda', 'inscri', 'conditions matérielles', 'mobilité']],
    ),
  ]),
  c('b108-garde-enfants', [], [
    turn(
      'pour la garde d enfants pendant la prepa c l afpa qui gere ?',
      'dispositif',
      [['référent', 'conditions matérielles', 'conseiller']],
    ),
  ]),
  c('b108-chiffres-transmis', ['two-questions'], [
    turn(
      'l afpa envoie quoi comme chiffres et a qui ?',
      'dispositif',
      [['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p'], ['mensuel', 'tableau de bord', 'trimestri', 'annuel', 'bilan']],
    ),
  ]),
  c('b108-prepa-duree-indemnise', ['two-questions'], [
    turn(
      'question rapide : la prepa ca dure combien et il est indemnise pendant ?',
      'dispositif',
      [PREPA_DURATION, SILENT],
      ['13 semaines'],
    ),
  ]),
  c('b108-chantiers-insertion', [], [
    turn(
      'l afpa peut preparer des gens pour des chantiers d insertion ou clauses sociales ?',
      'dispositif',
      [['gestes techniques', 'clauses sociales', 'chantiers d', 'oui', 'prépar']],
    ),
  ]),
  c('b108-info-places', [], [
    turn('c quoi Info Places ?', 'dispositif', [['temps réel', 'places disponibles', 'places de formation']]),
  ]),
  c('b108-fle', [], [
    turn('francais a visee pro c pour qui ?', 'dispositif', [['primo', 'débutant', 'langue étrangère']]),
  ]),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c('b108-next-infocoll-prepa', [], [
    turn(
      'prochaine info coll prepa ?',
      'agenda',
      [on('2027-01-14'), ['montauban']],
      [...notOn('2027-01-07'), ...notOn('2027-02-09'), ...notOn('2027-03-17')],
    ),
  ]),
  c('b108-semaine-pro', [], [
    turn(
      'y a quoi la semaine pro ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b108-visite-soudure', [], [
    turn('visite plateau soudure c quand ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),
  c('b108-reunion-batiment', [], [
    turn('reunion metiers batiment c quand et ou ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b108-places-cariste', ['two-questions'], [
    turn('places cariste et ca commence quand ?', 'agenda', [seats(6), on('2027-01-27')], otherTrainings('cariste', 'préparateur')),
  ]),
  c('b108-volet2-avec-places', [], [
    turn(
      'prepa volet 2 prochaine entree ou y a de la place ?',
      'agenda',
      [on('2027-02-15'), ['castel']],
      [...notOn('2027-01-18'), ...notOn('2027-03-08')],
    ),
  ]),
  c('b108-volet2-25-complet', [], [
    turn('la session volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
  ]),
  c('b108-prepa-distance', [], [
    turn('sessions prepa a distance ?', 'agenda', [on('2027-02-08')], [...notOn('2027-02-15'), ...notOn('2027-01-18')]),
  ]),
  c('b108-infocoll-pec', [], [
    turn('info coll competences pec ?', 'agenda', [on('2027-02-09'), ['moissac']], [...notOn('2027-01-14'), ...notOn('2027-02-11')]),
  ]),
  c('b108-infocoll-promo', [], [
    turn('info coll promo 16 18 pour les jeunes et les parents ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
  ]),
  c('b108-jpo-cette-semaine', [], [
    turn('y a une JPO cette semaine ?', 'agenda', [[...on('2027-02-03'), 'aucune', 'pas de']]),
  ]),
  c('b108-elec-places-visite', ['two-questions'], [
    turn('elec : combien de places en formation et c quand la visite du plateau ?', 'agenda', [seats(2), on('2027-03-10')]),
  ]),
  c('b108-formation-moissac', [], [
    turn('une formation qualifiante a moissac avec des places ?', 'agenda', [['propreté'], seats(7)]),
  ]),
  c('b108-infocoll-fevrier-heure', ['two-questions'], [
    turn(
      'info coll prepa en fevrier ? et c a quelle heure ?',
      'agenda',
      [on('2027-02-11'), H_0930],
      [...notOn('2027-01-14'), ...notOn('2027-03-04'), ...notOn('2027-02-09')],
    ),
  ]),
  c('b108-pec-distance', [], [
    turn('prochaine entree competences pec a distance ?', 'agenda', [on('2027-03-03')], notOn('2027-01-20')),
  ]),
  c('b108-preparateur-places', [], [
    turn(
      'preparateur de commandes il y a des places ?',
      'agenda',
      [seats(5), ['castel']],
      otherTrainings('préparateur', 'cariste'),
    ),
  ]),
  c('b108-events-fevrier', [], [
    turn(
      'les evenements de fevrier svp',
      'agenda',
      [on('2027-02-03'), on('2027-02-23')],
      [...notOn('2027-01-26'), ...notOn('2027-03-04')],
    ),
  ]),
  c('b108-restauration', [], [
    turn('agent de restauration y a des places ou ?', 'agenda', [['caussade'], seats(4)], otherTrainings('restauration')),
  ]),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c('b108-ase-apprenti', [], [
    turn('ado ASE 17 ans en apprentissage CAP cuisine, il s ennuie, promo 1618 ?', 'eligibility', [NO], PROMO_YES),
  ]),
  c('b108-ase-college-absent', [], [
    turn(
      'jeune ASE 16 ans encore inscrit au college mais absent tout le temps, promo ?',
      'eligibility',
      [[...NO, 'quitté', 'décroch']],
    ),
  ]),
  c('b108-brsa-non-inscrit-ft', [], [
    turn(
      'une BRSA pas inscrite a FT peut faire prepa ?',
      'eligibility',
      [YES, ['non inscrit', 'pas inscrit', 'inscrits ou non', 'qu’ils soient', "qu'ils soient", 'sans être inscrit', 'même non']],
    ),
  ]),
  c('b108-ass-pas-rsa', [], [
    turn('un monsieur ASS inscrit FT, pas au RSA, prepa via le CD ?', 'eligibility', [FRANCE_TRAVAIL]),
  ]),
  c('b108-deux-personnes', ['two-questions'], [
    turn('BRSA 25 ans et ado ASE 17 ans sorti du lycee : qui va ou ?', 'eligibility', [PREPA, PROMO]),
  ]),
  c('b108-cddi-siae', [], [
    turn(
      'salarie SIAE au RSA en CDDI, il peut faire competences PEC ?',
      'eligibility',
      [['parcours emploi compétences', 'contrat pec', 'contrat p.e.c', 'en pec', 'signataire', 'bénéficiaires de pec', 'salariés en pec']],
    ),
  ]),
  c('b108-ml-20-ans', [], [
    turn('jeune ML 20 ans decrocheur, la promo c possible ?', 'eligibility', [NO], PROMO_YES),
  ]),
  c('b108-mere-isolee-as', [], [
    turn(
      'mere isolee BRSA, 2 enfants, veut faire aide soignante, projet clair mais elle a tres peur de pas tenir en formation, quel volet ?',
      'eligibility',
      [VOLET_2],
    ),
  ]),

  // ── Outside the agreement ─────────────────────────────────────────────────
  c('b108-oos-promo-paye', [], [turn('le jeune en promo il est remunere ?', 'out_of_scope', [SILENT])]),
  c('b108-oos-logement', [], [turn('l afpa peut loger une famille a la rue ?', 'out_of_scope', [SILENT])]),
  c('b108-oos-prix-soudeur', [], [
    turn('combien coute une formation soudeur pour un particulier ?', 'out_of_scope', [SILENT], ['€', 'euros']),
  ]),
  c('b108-oos-cv', [], [turn('tu peux me rediger un CV pour mr X ?', 'out_of_scope', [SILENT])]),
  c('b108-oos-montant-rsa', [], [
    turn('montant du RSA pour un couple avec 2 enfants ?', 'out_of_scope', [SILENT], ['€', 'euros']),
  ]),
  c('b108-oos-cpf', [], [turn('le CPF on peut le mobiliser sur une prepa ?', 'out_of_scope', [SILENT])]),
  c('b108-oos-casier', [], [turn('il a un casier judiciaire, ca bloque pour l afpa ?', 'out_of_scope', [SILENT])]),
  c('b108-oos-cej', [], [turn('le CEJ c compatible avec la promo 16 18 ?', 'out_of_scope', [SILENT])]),
  c('b108-oos-meteo', [], [turn('il fait quel temps a montauban demain', 'out_of_scope', [SILENT])]),

  // ── Contacts ──────────────────────────────────────────────────────────────
  c('b108-coordonnateur', [], [turn('qui est le coordonnateur departemental des dispositifs ?', 'contact', [['vella']])]),
  c('b108-deploiement', [], [
    turn('a l afpa, qui s occupe du deploiement de prepa et promo ?', 'contact', [['battedou']]),
  ]),
  c('b108-interlocuteur-cd', [], [
    turn('cote departement c qui l interlocuteur de l afpa pour l experimentation ?', 'contact', [['référent', 'referente']]),
  ]),
  c('b108-signataires', [], [turn('qui a signe l accord ?', 'contact', [['weill'], ['vella']])]),
  c('b108-directeur', [], [turn('le directeur du centre afpa de montauban c qui ?', 'contact', [['vella']])]),
  c('b108-suivi-accord', ['two-questions'], [
    turn(
      'le suivi de l accord c qui cote CD et cote afpa ?',
      'contact',
      [['weill', 'président'], ['vella', 'directeur']],
    ),
  ]),

  // ── Figures ───────────────────────────────────────────────────────────────
  c('b108-objectif-prepa', [], [turn('objectif prepa 2022 ?', 'figures', [F30])]),
  c('b108-objectifs-trois', [], [turn('les objectifs pour les 3 dispositifs ?', 'figures', [F30, F50, F10])]),
  c('b108-objectif-ase', [], [turn('combien d ASE vers la promo c etait prevu ?', 'figures', [F10])]),
  c('b108-entrees-a-date', [], [turn('on en est a combien d entrees prepa cette annee ?', 'figures', [NOT_YET])]),
  c('b108-objectif-national-promo', [], [
    turn(
      'objectif national de la promo 16 18 ?',
      'figures',
      [['70 %', '70%', '70 pour cent', '70 % de sorties', '35 000', '35000', '35 000', '35 000', '35.000']],
    ),
  ]),
  c('b108-indicateurs-212', [], [
    turn(
      'quels indicateurs sur l acces a la formation de droit commun ?',
      'figures',
      [['réunions métiers', 'réunion métier', 'entrés en formation', 'taux de réussite', 'sortie emploi', 'sortie en emploi']],
    ),
  ]),

  // ── Prescribing ───────────────────────────────────────────────────────────
  c('b108-prescrire-prepa', [], [turn('je veux prescrire la prepa pour un monsieur', 'prescribe', [PRESCRIBE])]),
  c('b108-panda-acces', ['two-questions'], [
    turn('comment on inscrit qqun sur panda ? on a un acces nous ?', 'prescribe', [['habilit'], ['afpa', 'a.f.p.a']]),
  ]),
  c('b108-etapes-pec', [], [
    turn(
      'etapes pour prescrire competences pec pour un salarie en PEC ?',
      'prescribe',
      [['employeur'], [...PRESCRIBE, ...ADHESION]],
    ),
  ]),
  c('b108-prescrire-direct', [], [
    turn('je peux prescrire direct ou je dois passer par FT ?', 'prescribe', [['directement', 'direct']]),
  ]),
  c('b108-accord-beneficiaire', [], [
    turn('faut l accord du beneficiaire pour prescrire ?', 'prescribe', [ADHESION]),
  ]),
  c('b108-prescrire-session-distance', [], [
    turn('prescrire sur la session prepa a distance du 8 fevrier', 'prescribe', [PRESCRIBE]),
  ]),

  // ── Other ─────────────────────────────────────────────────────────────────
  c('b108-bonjour', [], [turn('bonjour', 'other', [GREETING])]),
  c('b108-merci', [], [turn('merci beaucoup !', 'other', [THANKS])]),
  c('b108-aide', [], [turn('aide', 'other', [HELP])]),
  c('b108-robot', [], [turn('t es un robot ?', 'other', [['assistant', 'bot', 'robot', 'programme', 'virtuel']])]),
  c('b108-stop', [], [turn('stop annule tout', 'other', [CANCEL])]),
];
