/**
 * Fifty-ninth blind set: a mixed fortnight of real use of the Teams assistant by the whole
 * team. Who speaks: référents insertion of the Département de Tarn-et-Garonne from Montauban,
 * Castelsarrasin, Caussade, Valence d'Agen and Nègrepelisse, educators of the Aide sociale à
 * l'enfance, and two coordinators of the AFPA centre of Montauban. Every intent comes up in
 * roughly the proportions of real use (eligibility first, then questions about the
 * dispositifs, then the agenda, the rest spread over out-of-scope, contact, figures,
 * prescription and small talk), typed as people type in Teams: abbreviations (BRSA, ASE, PEC,
 * FT, ML, 1618, prepa comp, info coll, CDDI), no accents, typos, dictation errors, two
 * questions in one message, follow-ups that only make sense after the previous answer.
 *
 * Written blind: the expected facts come only from the 2022 partnership agreement (its action
 * plan and the protocol of the three programmes) and from the published agenda fixture, with
 * today frozen at Monday 11 January 2027, 9:00 in Paris. The author did not look at the bot's
 * code, its tests or the other sets. Where the agreement is silent, the expected answer says
 * so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...tags, ...intents, ...extra])], turns };
}

/** Each alternative with a straight and a typographic apostrophe. */
function A(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/'/g, '’')]))];
}

// ── Verdicts and reasons ────────────────────────────────────────────────────

const YES = A(
  'oui',
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut suivre',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'possible',
  'tout à fait',
  'accessible',
  'correspond',
);
const NOT_ELIGIBLE = A('pas éligible', 'non éligible', 'inéligible');
const NO = A(
  'non',
  'pas éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'réservé',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
  "n'entre pas",
  'exclu',
  'pas accessible',
  'trop jeune',
  'trop âgé',
  'pas concerné',
);
const RSA = ['RSA', 'allocataire', 'revenu de solidarité'];
const FT = ['France Travail', 'Pôle emploi', 'pole emploi'];
const FT_REGISTRATION = ['inscri', ...FT];
const AGE_NO_LIMIT = A(
  "d'âge",
  'pas de limite',
  'aucune limite',
  'quel que soit',
  'pas de condition',
  'aucune condition',
  'ne fixe pas',
  'ne prévoit pas',
);
const PROMO_AGE = A(
  '16 à 18',
  '16-18',
  '16 et 18',
  '16 ans',
  'seize',
  '17 ans',
  'mineur',
  'aide sociale',
  ' ASE',
  "l'ASE",
  '(ASE',
  'décroch',
  'quitté',
  'ni en formation',
);
const FROM_16 = A('16 ans', 'seize', 'partir de 16', '16 à 18', '16-18', '16 et 18', 'moins de 16');
const OVER_18 = A('mineur', 'majeur', '18 ans', 'dix-huit', 'trop âgé', "limite d'âge", '16 à 18', '16-18', '16 et 18', '16 à 17', '16-17');
const PEC_CONTRACT = A(
  'parcours emploi compétences',
  'contrat PEC',
  'contrat P.E.C',
  'un PEC',
  'en PEC',
  'de PEC',
  "d'un PEC",
  'signataire',
);
const PARENTAL = ['autorisation'];
const FRENCH_COURSE = ['visée professionnelle', 'français langue étrangère', 'FLE', 'primo'];

// ── Facts of the programmes ─────────────────────────────────────────────────

const PREPA_LENGTH = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '8 jours max', '8 jours maximum'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi - jeudi', 'lundi jusqu', 'pas le vendredi'];
const REMOTE = ['distance', 'distanciel'];
const ON_SITE = ['présentiel', 'sur place', 'au centre', 'dans le centre', 'dans les locaux'];
const PRESCRIPTION_FORM = ['formulaire', 'prescription', 'prescrire', 'fiche'];

// ── Silence of the agreement ────────────────────────────────────────────────

const SILENT = A(
  'ne prévoit pas',
  'ne dit rien',
  'hors',
  'ne précise pas',
  'ne traite pas',
  'ne mentionne pas',
  'ne couvre pas',
  "n'est pas prévu",
  'pas prévu',
  'ne fixe pas',
  'ne sais pas',
  "pas d'information",
  'aucune information',
  'ne relève pas',
  'ne figure pas',
  'ne contient pas',
  'ne parle pas',
  "n'aborde pas",
  'pas couvert',
  'ne donne pas',
  'ne peux pas',
  'pas en mesure',
  "n'est pas dans",
  'pas de mon ressort',
);
const NO_DETAILS = A(
  'ne donne pas',
  'pas de numéro',
  'ne précise pas',
  'ne dispose pas',
  "n'ai pas",
  'ne figure pas',
  'ne contient pas',
  'pas indiqué',
  'ne mentionne pas',
  'ne fournit pas',
  'pas de coordonnées',
  'aucun numéro',
  'ne connais pas',
  'ne prévoit pas',
  'ne dit rien',
  'pas dans',
);

// ── Agenda ──────────────────────────────────────────────────────────────────

const FULL = [
  'complet',
  'plus de place',
  '0 place',
  'aucune place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];
const PAST_JPO = notOn('2027-01-07');

export const FIFTY_NINTH_BLIND_SET: ConversationCase[] = [
  // ── Eligibility, RSA and Prépa Compétences ────────────────────────────────
  c('b59-mtb-brsa-non-inscrite-prepa', ['montauban', 'no-accents', 'follow-up'], [
    turn(
      "bjr, j'ai une BRSA 42 ans pas inscrite a FT depuis des annees, je peux l'orienter en prepa comp ou faut d abord qu'elle s'inscrive ?",
      'eligibility',
      [YES, FT_REGISTRATION],
      NOT_ELIGIBLE,
    ),
    turn('ok et ca dure cmb', 'dispositif', [PREPA_LENGTH], ['13 semaines']),
  ]),
  c('b59-cst-brsa-inscrite-ft-prepa', ['castelsarrasin', 'sms'], [
    turn(
      'BRSA inscrite FT cat 1, elle a deja une conseillere FT. prepa comp c ok qd meme ou c reserve aux non inscrits ??',
      'eligibility',
      [
        YES,
        A('ou non', 'ou pas', 'également', 'aussi', 'que ce soit', 'même si', "qu'ils soient", "qu'elle soit", 'non-inscrit', 'non inscrit'),
      ],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b59-cds-brsa-61-ans-prepa', ['caussade', 'age', 'no-accents'], [
    turn(
      'monsieur 61 ans au rsa depuis 2019 a caussade, il veut bouger avant la retraite, pas trop vieux pour la prepa comp ?',
      'eligibility',
      [YES, AGE_NO_LIMIT],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b59-cst-are-sans-rsa-prepa', ['castelsarrasin', 'sms'], [
    turn(
      "mme 35 ans, PAS au rsa, elle touche l'ARE et c FT qui la suit. on peut la mettre en prepa comp via le CD ?",
      'eligibility',
      [RSA, FT, A('non', 'pas par', 'pas via', 'ne relève pas', 'réservé', 'passer par', 'plutôt', 'pas dans le cadre')],
    ),
  ]),
  c('b59-vda-brsa-rqth-prepa', ['valence-d-agen', 'handicap', 'follow-up'], [
    turn(
      'BRSA avec une RQTH (dos), cap emploi la suit aussi en parallele. prepa comp ok pour elle ?',
      'eligibility',
      [YES, RSA],
      NOT_ELIGIBLE,
    ),
    turn("ok je la prescris comment ?", 'prescribe', [PRESCRIPTION_FORM]),
  ]),
  c('b59-vda-brsa-interim-prepa', ['valence-d-agen', 'contract', 'no-accents'], [
    turn(
      "brsa qui fait de l interim 20h/sem, toujours au rsa (activite), prepa comp possible ou il faut etre sans boulot ?",
      'eligibility',
      [YES, RSA],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b59-ngp-parent-isole-prepa', ['negrepelisse', 'rambling'], [
    turn(
      "maman solo 3 enfants au rsa a negrepelisse, pas de mode de garde le matin avant 9h, pas de voiture non plus, est ce que la prepa comp est envisageable pour elle ou c'est mort",
      'eligibility',
      [YES, ['garde', 'conditions matérielles', 'distance', 'distanciel']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b59-vda-brsa-projet-flou', ['valence-d-agen', 'no-accents'], [
    turn(
      'BRSA 38 ans, sait pas du tout quel metier faire, a bossé un peu partout. ca rentre dans la prepa ou faut deja avoir un projet ?',
      'eligibility',
      [YES, ['consolid', 'projet professionnel', 'volet 1', 'travailler son projet']],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b59-mtb-brsa-soudeur-volet-2', ['montauban', 'follow-up'], [
    turn(
      "allocataire rsa 24 ans qui veut entrer en formation soudeur a l'afpa en fevrier, la prepa volet 2 c adapte pour lui ?",
      'eligibility',
      [YES, ['sécuris', 'entrée en formation']],
      NOT_ELIGIBLE,
    ),
    turn('il reste de la place en soudeur ?', 'agenda', [seats(4)], ['Plaquiste', 'Cariste', 'Maçon']),
  ]),
  c('b59-cst-brsa-26-ancien-ase', ['castelsarrasin', 'ase', 'age'], [
    turn(
      'BRSA 26 ans, ancien jeune ase. plutot promo 1618 ou prepa comp pour lui ?',
      'eligibility',
      [['Prépa'], OVER_18],
    ),
  ]),
  c('b59-cst-brsa-primo-arrivante', ['castelsarrasin', 'language'], [
    turn(
      "BRSA arrivee d'erythree l'an dernier, niveau A1 en francais, elle comprend peu. prepa comp ou y a mieux a l'afpa ?",
      'eligibility',
      [FRENCH_COURSE],
    ),
  ]),

  // ── Eligibility, Compétences PEC ──────────────────────────────────────────
  c('b59-ngp-pec-mairie', ['negrepelisse', 'pec', 'follow-up'], [
    turn(
      "mme en PEC depuis 3 semaines a la mairie de negrepelisse (agent d'entretien). competences pec possible deja ou faut attendre ?",
      'eligibility',
      [YES, ['signature', 'premiers mois', 'dès le début', 'immédiatement', 'tout de suite', 'début']],
      NOT_ELIGIBLE,
    ),
    turn("faut l'accord de la mairie ?", 'eligibility', [['employeur'], ['oui', 'accord', 'adhésion']]),
    turn('et ca lui prend combien de temps sur son boulot', 'dispositif', [PEC_DAYS], ['13 semaines']),
  ]),
  c('b59-vda-cddi-aci', ['valence-d-agen', 'siae', 'follow-up'], [
    turn(
      'salarie en CDDI dans un ACI a valence, il voudrait faire valider ses competences, competences pec ca marche pour lui ?',
      'eligibility',
      [NO, PEC_CONTRACT],
    ),
    turn('et alors quoi pour lui ?', 'dispositif', [['RSFP', 'R.S.F.P', 'savoir-faire', 'VAE', 'V.A.E']]),
  ]),
  c('b59-cds-pec-termine', ['caussade', 'pec'], [
    turn(
      'PEC fini en 2024 (ehpad de caussade), elle veut faire reconnaitre son experience, competences pec c encore possible ?',
      'eligibility',
      [
        ['non', 'pas éligible', 'plus possible', 'ne peut plus', 'plus mobilisable', 'réservé'],
        ['pendant', 'durée du PEC', 'en cours', 'signature', 'premiers mois', 'terminé', 'fini'],
      ],
    ),
  ]),
  c('b59-mtb-vae-sans-pec', ['montauban', 'vae', 'follow-up'], [
    turn(
      "BRSA 50 ans, 20 ans d'experience en maconnerie mais aucun diplome, PAS en pec. competences pec pour lui faire une vae ?",
      'eligibility',
      [NO, PEC_CONTRACT],
    ),
    turn(
      'il a pas les prerequis pour la vae je pense',
      'dispositif',
      [['RSFP', 'R.S.F.P', 'reconnaissance des savoir-faire']],
    ),
  ]),
  c('b59-cst-rsa-pec-centre-social', ['castelsarrasin', 'pec', 'dictation'], [
    turn(
      "Monsieur au RSA qui vient de signer un PEC de 9 mois au centre social de Castelsarrasin. Compétence paix c ou prêt pas compétences pour lui ?",
      'eligibility',
      [['Compétences PEC', 'competences pec'], A('signature', 'dès le début', 'immédiatement', 'premiers mois', 'contrat PEC', 'en PEC', "d'un PEC")],
    ),
  ]),

  // ── Eligibility, La Promo 16/18 ───────────────────────────────────────────
  c('b59-ase-17-promo-parcours', ['ase-educator', 'ase', 'follow-up'], [
    turn(
      "educ ASE ici. jeune de 17 ans confie a l ase, sorti du lycee pro en octobre, ne fait rien depuis. la promo 1618 c jouable ?",
      'eligibility',
      [YES, PROMO_AGE],
      NOT_ELIGIBLE,
    ),
    turn(
      'elle commence quand la prochaine ?',
      'agenda',
      [on('2027-02-01'), ['Montauban']],
    ),
    turn("il doit y aller tous les jours ? il a son rdv educ le vendredi", 'dispositif', [MON_THU]),
    turn('super merci', 'other', []),
  ]),
  c('b59-ase-15-ans-promo', ['ase-educator', 'ase', 'age', 'follow-up'], [
    turn(
      'une gamine de 15 ans et demi placee en famille d accueil vers negrepelisse, decrochee depuis la 3e, promo 16 18 ?',
      'eligibility',
      [NO, FROM_16],
    ),
    turn('et a ses 16 ans en mai ?', 'eligibility', [['oui', 'éligible', 'possible', 'pourra'], ['16 ans', 'seize', 'anniversaire', 'à partir de']]),
  ]),
  c('b59-ase-19-jeune-majeur', ['ase-educator', 'ase', 'age', 'follow-up'], [
    turn('jeune 19 ans sorti de l ase, contrat jeune majeur. promo 1618 possible ?', 'eligibility', [NO, OVER_18]),
    turn("bon et la prepa comp alors ? il est pas au rsa", 'eligibility', [RSA]),
  ]),
  c('b59-ase-16-papiers', ['ase-educator', 'ase', 'two-questions'], [
    turn(
      'jeune fille 16 ans ase, foyer a caussade, a quitte le college en 4e, ne travaille pas. elle peut faire la promo ? et faut quoi comme papiers ?',
      'eligibility',
      [YES, PARENTAL],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b59-cst-ml-17-non-ase', ['castelsarrasin', 'no-accents'], [
    turn(
      'un jeune de 17 ans suivi par la mission locale de castel, pas ase, decroche depuis 1 an, ni emploi ni formation. promo 1618 ?',
      'eligibility',
      [YES, PROMO_AGE],
      NOT_ELIGIBLE,
    ),
  ]),
  c('b59-mtb-apprenti-promo', ['montauban', 'contract'], [
    turn(
      "jeune 17 ans en apprentissage en boulangerie, ca se passe mal il veut arreter. il pourrait aller sur la promo 16/18 ?",
      'eligibility',
      [
        A('non', 'pas tant', 'tant qu', 'une fois', "s'il arrête", 'si il arrête', 'si le contrat', 'après', 'rupture', 'pas éligible', 'seulement'),
        A('ni en formation', 'pas en formation', 'ne travaill', 'ni en emploi', 'sans emploi', 'ni emploi', 'apprentissage'),
      ],
    ),
  ]),
  c('b59-mtb-lyceen-absenteiste', ['montauban', 'sms'], [
    turn(
      'mineur 16 ans encore inscrit au lycee pro mais y va 1 jour sur 2, la mere demande pour la promo. possible ?',
      'eligibility',
      [
        A('non', 'pas éligible', 'pas encore', 'tant qu', "pas pour l'instant", 'pas pour le moment', "pas en l'état"),
        ['quitté', 'décroch', 'déscolaris', 'sorti', 'ni en formation', 'pas en formation', 'scolaris'],
      ],
    ),
  ]),
  c('b59-ngp-pere-refuse', ['negrepelisse', 'rambling'], [
    turn(
      "jeune 17 ans pas ase, decrocheur depuis l'an dernier, la mere est ok mais le pere refuse de signer quoi que ce soit pour la promo, on peut passer outre ou pas ?",
      'eligibility',
      [PARENTAL, ['non', 'pas possible', 'nécessaire', 'requise', 'obligatoire', 'indispensable', 'il faut', 'doit']],
    ),
  ]),
  c('b59-ase-mna-17', ['ase-educator', 'ase', 'language'], [
    turn(
      'mineur non accompagne 17 ans pris en charge par l ase, parle un peu francais, pas scolarise. la promo 1618 c possible pour lui ?',
      'eligibility',
      [YES, PROMO_AGE],
      NOT_ELIGIBLE,
    ),
  ]),

  // ── Questions about the dispositifs ───────────────────────────────────────
  c('b59-cst-prepa-duree-distance', ['castelsarrasin', 'two-questions'], [
    turn(
      "prepa comp c combien de jours au total ? et c a distance ou faut venir a montauban ?",
      'dispositif',
      [PREPA_LENGTH, REMOTE, ON_SITE],
      ['13 semaines'],
    ),
  ]),
  c('b59-mtb-volets-prepa', ['montauban', 'sms'], [
    turn(
      'c koi la diff entre volet 1 et volet 2 de la prepa',
      'dispositif',
      [['consolid', 'projet'], ['sécuris', 'entrée en formation']],
    ),
  ]),
  c('b59-cds-pec-duree', ['caussade', 'sms'], [
    turn('competences pec ca dure cmb ?', 'dispositif', [PEC_DAYS], ['13 semaines', '2 à 8 jours']),
  ]),
  c('b59-ngp-promo-duree', ['negrepelisse', 'dictation', 'follow-up'], [
    turn('la promo seize dix huit ça dure combien de temps', 'dispositif', [PROMO_LENGTH], ['2 à 8 jours']),
    turn(
      'et si le jeune a besoin de souffler entre les phases ?',
      'dispositif',
      [PROMO_MAX],
    ),
  ]),
  c('b59-vda-rsfp', ['valence-d-agen', 'one-word'], [
    turn('RSFP ?', 'dispositif', [['savoir-faire'], ['prérequis', 'pré-requis', 'VAE', 'V.A.E']]),
  ]),
  c('b59-cst-bilan-fin-prepa', ['castelsarrasin'], [
    turn(
      "a la fin de la prepa l'afpa nous fait un retour ? ou faut que je relance la personne pour savoir comment ca s'est passe",
      'dispositif',
      [['bilan'], ['référent', 'accompagn']],
    ),
  ]),
  c('b59-mtb-panda', ['montauban', 'no-accents'], [
    turn(
      "panda c'est quoi, on m a dit qu il fallait inscrire les gens dessus",
      'dispositif',
      [['traçabilité', 'tracer', 'trace', 'suivi'], ['habilit', 'inscri', 'saisi']],
    ),
  ]),
  c('b59-cds-pec-contenu', ['caussade'], [
    turn(
      'competences pec y a quoi dedans concretement ? les phases',
      'dispositif',
      [['VAE', 'V.A.E'], ['RSFP', 'R.S.F.P', 'savoir-faire'], ['CléA', 'Clea']],
    ),
  ]),
  c('b59-vda-cout-prepa', ['valence-d-agen', 'sms'], [
    turn(
      "c payant pour le departement la prepa ?? ma cheffe demande",
      'dispositif',
      [
        A(
          'sans contrepartie',
          'gratuit',
          'aucun coût',
          'pas de coût',
          'ne coûte rien',
          'aucune contrepartie',
          'pas de contrepartie',
          'pas payant',
          'aucun frais',
          'sans coût',
          'rien à payer',
        ),
      ],
    ),
  ]),
  c('b59-ase-promo-apres', ['ase-educator', 'ase'], [
    turn(
      'apres les 13 semaines de promo le jeune est lache dans la nature ou y a une suite ?',
      'dispositif',
      [['6 mois', 'six mois'], ['mission locale', 'missions locales']],
    ),
  ]),
  c('b59-mtb-promo-phases', ['montauban', 'sms'], [
    turn('les 4 phases de la promo c quoi', 'dispositif', [['engagement'], ['construction'], ['préparation de la suite', 'préparer la suite', 'la suite']]),
  ]),
  c('b59-cst-pec-vae-duree', ['castelsarrasin'], [
    turn(
      'dans competences pec la partie vae ca prend combien de jours ?',
      'dispositif',
      [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j', '3,5 journées']],
    ),
  ]),
  c('b59-cds-pec-clea-socle', ['caussade'], [
    turn(
      'et clea socle dans competences pec, combien de temps ?',
      'dispositif',
      [['1 jour', 'une journée', 'un jour', '1 journée']],
    ),
  ]),
  c('b59-ase-promo-mobilite', ['ase-educator', 'ase', 'rambling'], [
    turn(
      "c vrai que les jeunes de la promo partent en mobilite quelque part ? ma jeune a tres peur de partir loin du foyer, elle a jamais quitte montauban",
      'dispositif',
      [['2 semaines', 'deux semaines'], ['Village']],
    ),
  ]),
  c('b59-vda-prepa-hors-afpa', ['valence-d-agen'], [
    turn(
      "la prepa volet 2 ca marche aussi si la formation visee est pas a l'afpa (ex aide soignante a la croix rouge) ?",
      'dispositif',
      [['oui'], A('hors AFPA', 'autre organisme', "à l'AFPA ou", 'ou hors', 'pas seulement', 'pas uniquement')],
    ),
  ]),
  c('b59-cds-brsa-bases', ['caussade', 'no-accents'], [
    turn(
      "un BRSA qui a du mal avec les bases, lire ecrire compter. l'afpa propose un truc pour ca ?",
      'dispositif',
      [['CléA', 'Clea'], ['compétences de base', 'socle', 'bases']],
    ),
  ]),
  c('b59-vda-promo-lieu', ['valence-d-agen', 'mobility'], [
    turn(
      "mineur 17 ans decrocheur a valence d'agen, parents ok, mais pas de moyen de transport. la promo ca se passe ou ?",
      'dispositif',
      [['Montauban'], ['présentiel', 'sur place', 'lundi au jeudi', 'lundi à jeudi']],
    ),
  ]),
  c('b59-cds-saint-antonin-distance', ['caussade', 'mobility'], [
    turn(
      "BRSA a st antonin sans permis, 1h de montauban en bus. pour la prepa comp faut venir au centre tous les jours ?",
      'dispositif',
      [REMOTE],
    ),
  ]),
  c('b59-mtb-prepa-pour-qui', ['montauban', 'one-word'], [
    turn('prepa comp ?', 'dispositif', [PREPA_LENGTH, ['éloign', 'RSA', 'allocataire']]),
  ]),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c('b59-mtb-info-coll-prepa', ['montauban', 'info-coll', 'follow-up'], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['Montauban']], PAST_JPO),
    turn("il reste de la place ? j'ai 3 personnes", 'agenda', [seats(15)]),
    turn('et sur castel ?', 'agenda', [on('2027-01-21'), ['Castelsarrasin']]),
  ]),
  c('b59-cds-jpo', ['caussade', 'jpo', 'sms'], [
    turn('jpo afpa c qd ?', 'agenda', [on('2027-02-03')], PAST_JPO),
  ]),
  c('b59-cds-reunion-batiment', ['caussade', 'two-questions'], [
    turn(
      'la reunion metiers batiment c quand ? c bien a caussade ?',
      'agenda',
      [on('2027-02-23'), ['Caussade']],
      notOn('2027-01-26'),
    ),
  ]),
  c('b59-mtb-visite-soudure', ['montauban', 'no-accents'], [
    turn('visite plateau soudure prochaine date ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),
  c('b59-cst-entrees-volet-2', ['castelsarrasin', 'sessions'], [
    turn(
      'prochaines entrees prepa volet 2 ?',
      'agenda',
      [on('2027-02-15'), ['Castelsarrasin']],
      [...notOn('2027-01-18'), ...notOn('2027-02-08')],
    ),
  ]),
  c('b59-mtb-session-25-janvier', ['montauban', 'sessions'], [
    turn("y a encore de la place sur la session prepa du 25 janvier ?", 'agenda', [FULL]),
  ]),
  c('b59-cst-places-cariste', ['castelsarrasin', 'places'], [
    turn('combien de places en cariste ?', 'agenda', [seats(6)], ['Soudeur', 'Plaquiste', 'Agent de restauration']),
  ]),
  c('b59-cds-places-plaquiste', ['caussade', 'places', 'sms'], [
    turn('plaquiste il reste des places ?', 'agenda', [FULL], ['Soudeur', 'Cariste']),
  ]),
  c('b59-ngp-cette-semaine', ['negrepelisse', 'follow-up'], [
    turn(
      "quoi de prevu cette semaine a l'afpa ?",
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-19'), ...PAST_JPO],
    ),
    turn(
      'et la semaine pro ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26')],
    ),
  ]),
  c('b59-ase-info-coll-promo', ['ase-educator', 'info-coll'], [
    turn(
      'y a une info coll promo 1618 pour les jeunes et leurs parents ?',
      'agenda',
      [on('2027-03-17'), ['Montauban']],
      notOn('2027-01-14'),
    ),
  ]),
  c('b59-vda-info-coll-pec', ['valence-d-agen', 'info-coll'], [
    turn(
      'une info coll competences pec de prevue bientot ?',
      'agenda',
      [on('2027-02-09'), ['Moissac']],
      notOn('2027-01-14'),
    ),
  ]),
  c('b59-cds-prepa-distance-session', ['caussade', 'sessions'], [
    turn(
      'prochaine prepa comp a distance ?',
      'agenda',
      [on('2027-02-08'), REMOTE],
      [...notOn('2027-01-18'), ...notOn('2027-02-15')],
    ),
  ]),
  c('b59-vda-agenda-valence', ['valence-d-agen', 'no-accents'], [
    turn("y a quoi sur valence d'agen ?", 'agenda', [on('2027-03-04'), ['Valence']], notOn('2027-01-21')),
  ]),
  c('b59-cds-places-restauration', ['caussade', 'places'], [
    turn(
      'places agent de restauration a caussade ?',
      'agenda',
      [seats(4), on('2027-03-15')],
      ['Soudeur', 'Plaquiste', 'Cariste'],
    ),
  ]),
  c('b59-cst-reunion-logistique', ['castelsarrasin', 'sms'], [
    turn('reunion metier logistique c qd', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
  ]),
  c('b59-cst-moissac-fevrier', ['castelsarrasin'], [
    turn(
      "qu'est ce qu'il y a a moissac en fevrier ?",
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-02-03'), ...notOn('2027-02-11')],
    ),
  ]),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c('b59-mtb-montant-rsa', ['montauban', 'out-of-scope'], [
    turn("c combien le rsa pour une personne seule en ce moment ?", 'out_of_scope', [SILENT]),
  ]),
  c('b59-cst-caf-suspension', ['castelsarrasin', 'out-of-scope'], [
    turn(
      'la caf a suspendu le rsa de ma beneficiaire depuis decembre, je fais quoi ?',
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b59-cds-hebergement-urgence', ['caussade', 'out-of-scope'], [
    turn(
      "tu peux me trouver un hebergement d'urgence pour une famille a caussade ce soir ?",
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b59-vda-permis-b', ['valence-d-agen', 'out-of-scope'], [
    turn('le cd finance le permis B pour les brsa ?', 'out_of_scope', [SILENT]),
  ]),
  c('b59-ngp-meteo', ['negrepelisse', 'out-of-scope'], [
    turn('il va neiger demain sur negrepelisse ?', 'out_of_scope', [SILENT]),
  ]),
  c('b59-mtb-salaire-pec', ['montauban', 'out-of-scope'], [
    turn("un PEC c paye combien de l'heure ?", 'out_of_scope', [SILENT]),
  ]),
  c('b59-ase-rediger-cer', ['ase-educator', 'out-of-scope'], [
    turn('tu peux me rediger le CER de madame B. stp ?', 'out_of_scope', [SILENT]),
  ]),

  // ── Contact ───────────────────────────────────────────────────────────────
  c('b59-cst-contact-afpa-prepa', ['castelsarrasin', 'follow-up'], [
    turn(
      "qui je contacte a l'afpa pour suivre mes orientations prepa comp ?",
      'contact',
      [['Battedou', 'Responsable Accompagnement et Parcours']],
    ),
    turn("t'as son numero ou son mail ?", 'contact', [NO_DETAILS]),
  ]),
  c('b59-cds-directeur-afpa', ['caussade', 'sms'], [
    turn('c qui le directeur afpa montauban deja ?', 'contact', [['Vella']]),
  ]),
  c('b59-ngp-qui-oriente-promo', ['negrepelisse'], [
    turn(
      "pour un jeune pas ase, c qui qui l'oriente sur la promo normalement ?",
      'contact',
      [['Mission locale', 'Missions locales', 'CIO', 'C.I.O']],
    ),
  ]),
  c('b59-afpa-interlocuteur-cd', ['afpa-coordinator'], [
    turn(
      "Bonjour, coordinatrice AFPA. Côté Département, c'est qui notre interlocuteur pour l'expérimentation des trois dispositifs ?",
      'contact',
      [A('désign', 'Weill', 'ne nomme pas', 'ne précise pas', 'pas nommé', 'ne donne pas', "n'est pas nommé", 'ne cite pas')],
    ),
  ]),

  // ── Figures ───────────────────────────────────────────────────────────────
  c('b59-vda-objectif-prepa', ['valence-d-agen', 'follow-up'], [
    turn('objectif prepa comp pour les brsa c combien ?', 'figures', [['30', 'trente']]),
    turn(
      'et on en est ou ?',
      'figures',
      [
        A(
          '30',
          'trente',
          'pas encore',
          'pas disponible',
          'pas de données',
          'aucune donnée',
          'pas de chiffre',
          'ne dispose pas',
          "n'ai pas",
          'aucun',
          'zéro',
        ),
      ],
    ),
  ]),
  c('b59-ase-objectif-promo', ['ase-educator', 'ase'], [
    turn('combien de jeunes ase on est censes orienter sur la promo ?', 'figures', [['10', 'dix']]),
  ]),
  c('b59-afpa-objectifs-copil', ['afpa-coordinator'], [
    turn(
      'les objectifs des 3 dispositifs stp, c pour preparer le copil',
      'figures',
      [['30', 'trente'], ['50', 'cinquante'], ['10', 'dix']],
    ),
  ]),
  c('b59-afpa-tableau-de-bord', ['afpa-coordinator', 'two-questions'], [
    turn(
      'le tableau de bord des dispositifs on le transmet a qui et a quelle frequence ?',
      'figures',
      [['DGEFP', 'D.G.E.F.P', ...A("délégation générale à l'emploi")], ['mensuel', 'chaque mois', 'tous les mois', 'par mois']],
    ),
  ]),
  c('b59-mtb-taux-sorties-promo', ['montauban'], [
    turn('taux de sorties positives vise pour la promo 1618 ?', 'figures', [['70']]),
  ]),

  // ── Prescription ──────────────────────────────────────────────────────────
  c('b59-cds-prescrire-prepa', ['caussade'], [
    turn('je veux prescrire une prepa comp pour Mme R., BRSA a caussade', 'prescribe', [PRESCRIPTION_FORM]),
  ]),
  c('b59-cst-prescrire-pec', ['castelsarrasin', 'pec'], [
    turn(
      'je voudrais orienter mr T. (PEC espaces verts a la mairie de moissac) sur competences pec, je fais ca ici ?',
      'prescribe',
      [PRESCRIPTION_FORM],
    ),
  ]),
  c('b59-mtb-mes-prescriptions', ['montauban', 'sms'], [
    turn('ou en sont mes prescriptions ?', 'prescribe', [['prescription']]),
  ]),
  c('b59-ase-inscrire-promo', ['ase-educator', 'ase', 'two-questions'], [
    turn(
      "comment j'inscris un jeune a la promo 1618 ? c moi qui le fais ou la ML ?",
      'prescribe',
      [['formulaire', 'prescription', 'prescrire', 'PANDA', 'inscri']],
    ),
  ]),

  // ── Other ─────────────────────────────────────────────────────────────────
  c('b59-ngp-bonjour', ['negrepelisse', 'one-word'], [
    turn('bonjour', 'other', [['bonjour', 'aide', 'question', 'dispositif', 'Prépa']]),
  ]),
  c('b59-afpa-que-sais-tu-faire', ['afpa-coordinator'], [
    turn(
      'tu sais faire quoi au juste ?',
      'other',
      [['Prépa', 'dispositif'], ['agenda', 'calendrier', 'dates', 'JPO', 'informations collectives', 'événement']],
    ),
  ]),
];
