/**
 * Fifty-fifth blind set: voice-dictated, rambling messages typed (or dictated) between two
 * appointments by the référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82), and a few questions from AFPA Montauban staff. People tell the
 * whole story of the person they accompany in one long sentence, with dictation errors
 * (« prêt pas compétences », « promo seize dix-huit », « compétences pèque »), two or three
 * questions in one message, corrections in the middle of a message, and some very short
 * messages; follow-ups only make sense after the previous turn.
 *
 * About 40 % of the turns check a person's eligibility; the others ask about the
 * programmes, the agenda, prescribing, contacts, the targets, or things the agreement
 * does not cover.
 *
 * Written blind: only from the agreement (Département – AFPA 2022, its action plan and the
 * protocol of the three programmes), the product guide and the published agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Paris), without looking at how the bot works.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...tags, ...intents, ...extra])], turns };
}

/** Alternatives, each with a straight and a typographic apostrophe when it has one. */
function alts(...words: string[]): string[] {
  return [...new Set(words.flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, '’')] : [w])))];
}

/** « 9h30 », « 9 h 30 », « 09:30 »… */
function at(h: number, m: number): string[] {
  const mm = String(m).padStart(2, '0');
  const hh = String(h).padStart(2, '0');
  return m === 0
    ? [`${h}h`, `${h} h`, `${hh}:00`, `${h}:00`, `${hh}h`]
    : [`${h}h${mm}`, `${h} h ${mm}`, `${h}h ${mm}`, `${hh}h${mm}`, `${h}:${mm}`, `${hh}:${mm}`];
}

/** A target of the action plan, in the ways an answer may write it. */
function target(n: number, word: string): string[] {
  return [
    `${n} allocataires`,
    `${n} allocataire`,
    `${n} bénéficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `${n} entrées`,
    `${n} BRSA`,
    `${n} RSA`,
    `objectif de ${n}`,
    `objectif : ${n}`,
    `objectif: ${n}`,
    `cible de ${n}`,
    `cible : ${n}`,
    `: ${n} `,
    `: ${n}.`,
    `**${n}**`,
    word,
  ];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA = ['Prépa Comp', 'Prépa-Comp', 'PrépaComp'];
const PEC_PROG = ['Compétences PEC', 'Compétences P.E.C', 'Compétences-PEC', 'Compétences – PEC', 'Compétences - PEC'];
const PROMO = ['Promo 16', 'Promo16', 'Promo 1618', 'Promo seize'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  '2-8 jours',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2 jours et 8 jours',
  '8 jours max',
  '8 jours au maximum',
];
const PEC_FIVE_DAYS = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];

const YES = alts('éligible', 'oui', 'peut', 'possible', 'ouvert', 'accessible', 'correspond', 'adapté');
const NO = alts(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne peut plus',
  'pas possible',
  'impossible',
  'ne relève pas',
  'pas accessible',
  'pas ouvert',
  'ne correspond pas',
  'pas concerné',
  'réservé',
  'exclu',
  "n'entre pas",
  'ne rentre pas',
);
/** « Not now »: the person may become eligible later. */
const NOT_NOW = alts(...NO, 'pas encore', 'trop jeune', 'attendre', "tant qu'il", "tant qu'elle", "pour l'instant", 'une fois');
const NOT_ELIGIBLE_WORDS = alts('pas éligible', 'non éligible', 'inéligible', 'trop jeune');

const RSA = alts('allocataire', 'du RSA', 'au RSA', 'R.S.A', 'RSA ', 'RSA,', 'RSA.', 'RSA)', 'BRSA');
const FRANCE_TRAVAIL = alts('France Travail', 'Pôle emploi', 'Pole-emploi', 'conseiller FT', 'son conseiller');
const NO_FT_NEEDED = alts(
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'pas inscrite',
  'sans être inscrit',
  'sans être inscrite',
  'sans inscription',
  'pas besoin',
  'pas obligatoire',
  'pas nécessaire',
  "n'a pas besoin",
  "pas d'inscription",
  'pas indispensable',
  'pas une condition',
  'pas exigée',
  'pas requise',
  'même sans',
);
const ASE = alts('ASE', 'Aide sociale à l', 'aide sociale a l');
const SIXTEEN = alts(
  '16 ans',
  'seize ans',
  '16 à 18',
  'à partir de 16',
  'au moins 16',
  'moins de 16',
  "qu'à 16",
  '16 et 17',
  '16-17',
  'ses 16',
);
const MINOR = alts(
  'mineur',
  'moins de 18',
  '16 et 17',
  '16-17',
  '16 à 17',
  '17 ans',
  "jusqu'à 18",
  'avant 18',
  'avant ses 18',
  'plus de 18',
  'trop âgé',
  'majeur',
  '16 à 18',
  'dépasse',
);
const OUT_OF_SCHOOL_AND_WORK = alts(
  'pas en formation',
  'ni en formation',
  'ne travaillent pas',
  'ne travaille pas',
  'sans emploi',
  'ni emploi',
  'ni en emploi',
  'pas en emploi',
  'en apprentissage',
  'apprenti',
  'déjà en formation',
  'décroch',
  'quitté',
  'prématurément',
  'déscolaris',
  'plus scolarisé',
  'sorti',
);
const PARENTAL = alts('autorisation', 'accord des parents', 'accord parental', 'consentement des parents', 'accord de ses parents');
const NEEDED = alts(...NO, 'nécessaire', 'obligatoire', 'requise', 'requis', 'indispensable', 'il faut', 'doit', 'doivent');
const PEC_CONTRACT = alts(
  'contrat PEC',
  'en PEC',
  'parcours emploi compétences',
  'contrat P.E.C',
  'un PEC',
  'de PEC',
  'du PEC',
  'signataire',
);
const CERTIFICATION = alts('VAE', 'V.A.E', 'validation des acquis', 'RSFP', 'R.S.F.P', 'CléA', 'certification');
const RSFP = alts('RSFP', 'R.S.F.P', 'reconnaissance des savoir');
const FLE = alts('visée professionnelle', 'visee pro', 'langue étrangère', 'FLE');
const CLEA = alts('CléA', 'Clé A', 'compétences de base');
const EMPLOYER = alts('employeur');
const AGREEMENT = alts('accord', 'accepter', 'accepte', 'feu vert', 'consentement', 'informer', 'informe');
const ML_CIO = alts('mission locale', 'missions locales', 'C.I.O', ' CIO');
const DISTANCE = alts('distance', 'distanciel');

/** What an answer says when the agreement does not settle the matter. */
const SILENT = alts(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'hors',
  'ne précise pas',
  'pas prévu',
  'ne traite pas',
  'ne couvre pas',
  'pas couvert',
  'ne mentionne pas',
  'ne fixe pas',
  'ne règle pas',
  "n'aborde pas",
  'ne parle pas',
  'aucune information',
  "pas d'information",
  'ne figure pas',
  'ne contient pas',
  'rien sur',
  'ne répond pas',
  'ne sais pas',
  "n'ai pas",
  'ne dispose pas',
  'pas en mesure',
  'ne peux pas',
  'sort du cadre',
  'ne concerne pas',
  'pas de réponse',
  'ne connais pas',
);

const FULL = alts(
  'complet',
  'complète',
  'plus de place',
  'aucune place',
  '0 place',
  'places : 0',
  'places disponibles : 0',
  'pas de place',
  'plus aucune place',
);

export const FIFTY_FIFTH_BLIND_SET: ConversationCase[] = [
  // ── Eligibility: Prépa Compétences ───────────────────────────────────────

  c('b55-elig-prepa-rsa-non-inscrite-puis-duree', ['prepa', 'rambling', 'dictation'], [
    turn(
      "alors j'ai une dame 45 ans au RSA depuis 3 ans elle est pas inscrite a France travaille elle voudrait faire aide soignante mais elle a pas confiance du tout elle a arrêté l'école en troisième est-ce qu'elle peut faire prêt pas compétences ou il faut d'abord qu'elle s'inscrive",
      'eligibility',
      [YES, NO_FT_NEEDED],
    ),
    turn('ok et ça dure combien de temps en tout, elle a deux gamins', 'dispositif', [PREPA_DURATION], [
      '13 semaines',
    ]),
  ]),

  c('b55-elig-prepa-inscrite-ft-change-rien', ['prepa', 'sms'], [
    turn(
      'BRSA 38 ans suivie CD, pas de diplome, veut passer un titre pro, prepa comp c bon pour elle ?',
      'eligibility',
      [YES, RSA],
    ),
    turn(
      'et si elle est inscrite a FT ca change qqch ??',
      'eligibility',
      [
        alts(
          ...NO_FT_NEEDED,
          'ne change rien',
          'change rien',
          'aucune incidence',
          'aucun impact',
          'pas de différence',
          'toujours',
          'reste éligible',
          "qu'elle soit inscrite",
          'que la personne soit inscrite',
          'également éligible',
          'aussi éligible',
        ),
      ],
      NOT_ELIGIBLE_WORDS,
    ),
  ]),

  c('b55-elig-prepa-volet2-hors-afpa', ['prepa', 'rambling'], [
    turn(
      "BRSA 34 ans inscrite FT, elle a déjà son entrée en formation validée chez un autre organisme, pas l'afpa, une formation compta en mars, mais elle a super peur de lâcher comme la dernière fois, le volet 2 de prépa comp c'est possible même si la formation c'est pas à l'afpa ?",
      'eligibility',
      [YES, alts('hors AFPA', 'hors A.F.P.A', 'autre organisme', 'ou ailleurs', 'pas seulement', 'pas uniquement', 'quel que soit', 'y compris', "à l'AFPA ou", 'AFPA ou hors')],
    ),
  ]),

  c('b55-elig-prepa-ass-pas-rsa', ['prepa', 'rambling', 'correction'], [
    turn(
      "question pour une collègue, un monsieur 40 ans à l'ASS, pas au RSA, suivi uniquement par FT, enfin je crois qu'il a jamais eu le RSA oui c'est ça, est-ce que le CD peut lui prescrire prépa comp ou pas ?",
      'eligibility',
      [RSA, FRANCE_TRAVAIL],
    ),
  ]),

  c('b55-elig-prepa-prime-activite', ['prepa', 'sms'], [
    turn(
      'prepa comp pour qqn qui touche pas le RSA mais juste la prime d activite, pas inscrit FT, possible via nous ?',
      'eligibility',
      [RSA, alts(...NO, 'concerne', 'destiné', 'pour les allocataires', 'aux allocataires', 'France Travail')],
    ),
  ]),

  c('b55-elig-prepa-58-ans', ['prepa', 'rambling'], [
    turn(
      "Mr 58 ans au RSA, un vieux CAP de menuisier de 1985, il a mal au dos il peut plus porter, il veut se reconvertir dans quelque chose d'assis, y a une limite d'âge pour prépa comp ?",
      'eligibility',
      [
        YES,
        alts(
          'pas de limite',
          'aucune limite',
          'ne fixe pas',
          'ne prévoit pas',
          'ne mentionne pas',
          "pas d'âge",
          'ne précise pas',
          'sans limite',
          "pas de condition d'âge",
          "aucune condition d'âge",
          'ne dit rien',
          "aucun critère d'âge",
          "pas de critère d'âge",
        ),
      ],
      NOT_ELIGIBLE_WORDS,
    ),
  ]),

  c('b55-elig-prepa-rqth', ['prepa', 'handicap'], [
    turn(
      "BRSA 47 ans avec une RQTH pour son dos, suivie un peu par cap emploi aussi, elle peut faire prépa comp ou c'est pas pour elle ?",
      'eligibility',
      [YES, RSA],
      NOT_ELIGIBLE_WORDS,
    ),
  ]),

  c('b55-elig-prepa-deja-en-formation', ['prepa', 'rambling'], [
    turn(
      "elle est déjà en formation secrétaire assistante à l'afpa depuis novembre, ça se passe moyen, est-ce que prépa comp en plus ça l'aiderait à tenir ou c'est pas fait pour ça",
      'eligibility',
      [
        alts(
          'en amont',
          "avant l'entrée",
          'avant la formation',
          'avant son entrée',
          "avant d'entrer",
          'préalable',
          'entrée en formation',
          'avant une formation',
          "d'entrer en formation",
        ),
      ],
    ),
  ]),

  c('b55-elig-prepa-fle-primo-arrivante', ['prepa', 'language', 'rambling'], [
    turn(
      'dame primo arrivante afghane, parle très peu français, A1 à peine, au RSA depuis 6 mois, prépa comp ça serait adapté ou il y a un truc plus pour le français à l afpa ?',
      'eligibility',
      [FLE],
    ),
  ]),

  c('b55-elig-clea-bases', ['clea', 'rambling'], [
    turn(
      "BRSA 50 ans il lit et écrit difficilement il compte mal, avant de parler formation qualifiante il faudrait les bases, il existe quoi chez l'afpa pour ça ?",
      'eligibility',
      [CLEA],
    ),
  ]),

  c('b55-elig-prepa-rsa-suspendu', ['prepa', 'silent'], [
    turn(
      'son RSA est suspendu depuis 2 mois (sanction equipe pluri), elle peut quand meme faire prepa comp ??',
      'eligibility',
      [SILENT],
    ),
  ]),

  c('b55-elig-garantie-activite-droit-commun', ['droit-commun', 'rambling'], [
    turn(
      "une dame en garantie d'activité chez nous, au RSA, elle veut une formation qualifiante de l'afpa, pas prépa, une vraie formation, est-ce qu'elle fait partie des publics qui peuvent y aller et c'est financé par qui",
      'eligibility',
      [alts('éligible', 'parmi les publics', 'peut', 'oui'), alts('Région', 'régional', 'financeurs publics', 'financeur public')],
    ),
  ]),

  // ── Eligibility: Compétences PEC ─────────────────────────────────────────

  c('b55-elig-pec-mairie-puis-prescrire', ['pec', 'rambling', 'dictation'], [
    turn(
      "monsieur 52 ans ancien RSA, en PEC depuis 2 mois à la mairie de Nègrepelisse agent espaces verts, il voudrait valider son expérience, compétences pèque c'est pour lui ? il a aucun diplôme",
      'eligibility',
      [YES, CERTIFICATION],
      NOT_ELIGIBLE_WORDS,
    ),
    turn("ok comment je le prescris, faut l'accord de quelqu'un ?", 'prescribe', [EMPLOYER, AGREEMENT]),
  ]),

  c('b55-elig-pec-cddi-puis-rsfp', ['pec', 'siae', 'rsfp'], [
    turn(
      "salarié en CDDI dans un chantier d'insertion (ACI) à Castel, 8 mois de contrat, BRSA, est-ce qu'il peut faire compétences PEC pour valider ce qu'il a appris ?",
      'eligibility',
      [NO, PEC_CONTRACT],
    ),
    turn("ah mince et du coup il a quoi comme solution lui, il a pas le niveau pour une VAE je pense", 'eligibility', [
      RSFP,
    ]),
  ]),

  c('b55-elig-pec-cdi-prive-correction', ['pec', 'correction'], [
    turn(
      "il est en PEC ? non pardon il est en CDI dans une boite privée de nettoyage depuis 1 an, il est plus au RSA. compétences pec possible pour sa VAE ?",
      'eligibility',
      [NO, PEC_CONTRACT],
    ),
  ]),

  c('b55-elig-pec-signe-hier', ['pec', 'sms'], [
    turn(
      'contrat PEC signé hier en EHPAD (ASH), BRSA avant, c pas trop tot pour competences PEC ? on attend combien ?',
      'eligibility',
      [
        alts(
          'dès la signature',
          'dès signature',
          'dès le début',
          'premiers mois',
          'immédiatement',
          'tout de suite',
          'dès maintenant',
          'pas trop tôt',
        ),
      ],
    ),
  ]),

  c('b55-elig-pec-employeur-refuse', ['pec', 'rambling'], [
    turn(
      "salarié PEC dans une asso, il veut faire compétences PEC mais son employeur veut pas le libérer pour les ateliers, est-ce qu'on peut le faire sans l'accord de l'employeur, le monsieur est super motivé",
      'eligibility',
      [EMPLOYER, AGREEMENT, NEEDED],
    ),
  ]),

  c('b55-elig-pec-ou-prepa', ['pec', 'prepa', 'rambling'], [
    turn(
      "femme 35 ans au RSA, salariée en PEC à la crèche municipale depuis 3 mois, elle hésite entre prépa comp et compétences pec je sais pas trop lequel lui proposer",
      'eligibility',
      [
        PEC_PROG,
        alts(
          'est en PEC',
          'en contrat PEC',
          'son PEC',
          'son contrat',
          'pendant le PEC',
          'durée du PEC',
          'salariée en PEC',
          'signataire',
          "valoriser l'expérience",
          'valoriser son expérience',
          'parcours emploi compétences',
        ),
      ],
    ),
  ]),

  // ── Eligibility: La Promo 16/18 ──────────────────────────────────────────

  c('b55-elig-promo-ase-17-puis-15', ['promo', 'ase', 'correction', 'boundary', 'dictation'], [
    turn(
      "jeune ASE 17 ans placé en MECS sorti du lycée pro en novembre il fait rien depuis il traîne, promo seize dix-huit possible ? et c'est qui qui l'inscrit nous ou la mission locale",
      'eligibility',
      [YES, alts('PANDA', 'référent', ...ML_CIO, 'vous pouvez')],
      NOT_ELIGIBLE_WORDS,
    ),
    turn(
      "ah non pardon je me suis trompée de dossier, celui-là il a 15 ans, il les aura en mars",
      'eligibility',
      [NOT_NOW, SIXTEEN],
    ),
  ]),

  c('b55-elig-promo-16-ans-hier', ['promo', 'ase', 'boundary'], [
    turn(
      "ado ASE qui a eu seize ans hier, déscolarisé depuis juin, ni taf ni formation. la promo c'est bon ou il faut attendre encore ?",
      'eligibility',
      [YES],
      NOT_ELIGIBLE_WORDS,
    ),
  ]),

  c('b55-elig-promo-18-et-demi', ['promo', 'ase', 'boundary', 'rambling'], [
    turn(
      "jeune majeur 18 ans et demi, ancien ASE en contrat jeune majeur, il a lâché son CAP en octobre, la promo 16 18 c'est jouable ou pas ?? sinon quoi",
      'eligibility',
      [NO, MINOR],
    ),
  ]),

  c('b55-elig-promo-apprenti', ['promo', 'rambling'], [
    turn(
      'jeune 17 ans en apprentissage en boulangerie depuis septembre mais ça se passe super mal, il veut tout arrêter, promo 16/18 pour lui ?',
      'eligibility',
      [NOT_NOW, OUT_OF_SCHOOL_AND_WORK],
    ),
  ]),

  c('b55-elig-promo-apprentissage-rompu', ['promo', 'ase'], [
    turn(
      "jeune ASE 17 ans, son contrat d'apprentissage vient d'être rompu la semaine dernière, là il fait plus rien, promo possible ?",
      'eligibility',
      [YES],
      NOT_ELIGIBLE_WORDS,
    ),
  ]),

  c('b55-elig-promo-encore-scolarise', ['promo', 'rambling'], [
    turn(
      "jeune 16 ans encore inscrit au lycée mais absent tout le temps, absentéisme ++, la promo c'est possible ou faut qu'il soit sorti du système ?",
      'eligibility',
      [NOT_NOW, OUT_OF_SCHOOL_AND_WORK],
    ),
  ]),

  c('b55-elig-promo-college-sans-brevet', ['promo', 'rambling'], [
    turn(
      "il a quitté le collège l'an dernier sans le brevet, 16 ans et demi, il bosse pas, pas ASE, suivi par personne, c'est la mère qui est au RSA chez nous. la promo possible pour lui ? ça passe par qui",
      'eligibility',
      [YES, alts(...ML_CIO, 'PANDA', 'référent')],
      NOT_ELIGIBLE_WORDS,
    ),
  ]),

  c('b55-elig-promo-pas-ase-caussade', ['promo'], [
    turn(
      "jeune fille 16 ans qui vit chez ses parents à Caussade, elle a quitté le lycée en décembre, elle fait rien, elle est pas ASE, promo ?",
      'eligibility',
      [YES],
      alts(...NOT_ELIGIBLE_WORDS, 'réservé aux jeunes ASE', 'réservée aux jeunes ASE', 'uniquement ASE'),
    ),
  ]),

  c('b55-elig-promo-parents-refusent-puis-ase', ['promo', 'silent', 'rambling'], [
    turn(
      "ado 16 ans pas ASE, lui il veut bien faire la promo mais les parents sont pas d'accord du tout, on peut l'inscrire quand même vu qu'il est motivé ?",
      'eligibility',
      [PARENTAL, NEEDED],
    ),
    turn("et pour un jeune ASE c'est qui qui signe l'autorisation, les parents ou l'ASE ?", 'eligibility', [SILENT]),
  ]),

  c('b55-elig-promo-mna-puis-francais', ['promo', 'ase', 'language'], [
    turn(
      'MNA 17 ans confié à l ASE depuis 1 an, guinéen, pas scolarisé ici, ne travaille pas, promo 16 18 ?',
      'eligibility',
      [YES, ASE],
      NOT_ELIGIBLE_WORDS,
    ),
    turn(
      "et pour le français il parle un peu mais il écrit pas du tout, y a quelque chose à l'afpa ?",
      'dispositif',
      [FLE],
    ),
  ]),

  c('b55-elig-promo-ase-enceinte', ['promo', 'ase'], [
    turn(
      "jeune ASE 17 ans enceinte de 4 mois, décrochée depuis l'an dernier, la promo c'est tous les jours ? elle peut y aller ?",
      'eligibility',
      [alts('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi')],
    ),
  ]),

  c('b55-elig-promo-pacea-ml', ['promo', 'ase'], [
    turn(
      "jeune ASE 17 ans déjà suivi à la mission locale en PACEA, ça l'empêche de faire la promo ?",
      'eligibility',
      [YES, alts('mission locale', 'missions locales')],
      NOT_ELIGIBLE_WORDS,
    ),
  ]),

  c('b55-elig-prepa-ase-17', ['prepa', 'promo', 'ase', 'short'], [
    turn('prepa comp pour un ase de 17 ans ??', 'eligibility', [PROMO]),
  ]),

  c('b55-elig-22-ans-puis-garde-puis-distance', ['prepa', 'promo', 'rambling'], [
    turn(
      "jeune femme 22 ans au RSA majoré, parent isolé, elle a arrêté le lycée à 17 ans, je pensais à la promo seize dix-huit ou alors prépa comp je sais plus trop",
      'eligibility',
      [PREPA, MINOR],
    ),
    turn(
      'ok va pour prépa. elle a un bébé de 6 mois par contre, la garde c pris en charge ?',
      'out_of_scope',
      [alts(...SILENT, 'conditions matérielles', 'référent')],
    ),
    turn("et c'est en présentiel obligatoire ?", 'dispositif', [DISTANCE]),
  ]),

  c('b55-elig-siae-qualif-puis-cariste', ['siae', 'droit-commun', 'rambling'], [
    turn(
      "salarié en insertion dans une SIAE, CDDI, il a un vrai projet de qualif il veut être cariste, il peut entrer en formation à l'afpa de droit commun ou pas ?",
      'eligibility',
      [YES, alts('Région', 'régional', 'financeurs publics', 'financeur public', 'droit commun', 'qualification')],
    ),
    turn("il reste de la place en formation cariste ? ça commence quand", 'agenda', [seats(6), on('2027-01-27')]),
  ]),

  // ── Programmes ───────────────────────────────────────────────────────────

  c('b55-disp-prepa-volets', ['prepa', 'rambling'], [
    turn(
      "volet 1 volet 2 de prépa comp c'est quoi la différence en gros et ça dure combien chacun, je dois l'expliquer en réunion d'équipe",
      'dispositif',
      [
        alts('5 à 6', '5 et 6', '5-6', 'cinq à six', '5 ou 6'),
        alts('4 à 8', '4 et 8', '4-8', 'quatre à huit'),
        alts('projet'),
        alts('sécuris', 'entrée en formation'),
      ],
    ),
  ]),

  c('b55-disp-pec-jours-certif', ['pec', 'dictation'], [
    turn(
      "compétences pèque ça fait combien de jours pour le salarié et ça débouche sur quoi au final, un diplôme ?",
      'dispositif',
      [PEC_FIVE_DAYS, CERTIFICATION],
      ['13 semaines', '2 à 8 jours'],
    ),
  ]),

  c('b55-disp-pec-atelier-vae-duree', ['pec', 'vae'], [
    turn(
      "dans compétences pec l'atelier VAE ça prend combien de temps pour la personne ? il bosse à temps plein",
      'dispositif',
      [alts('3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j')],
    ),
  ]),

  c('b55-disp-promo-vendredi', ['promo', 'sms'], [
    turn(
      "la promo 16 18 c'est tous les jours ? le vendredi ils font quoi ??",
      'dispositif',
      [alts('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi')],
    ),
  ]),

  c('b55-disp-promo-phases', ['promo', 'dictation'], [
    turn(
      'les différentes phases de la promo seize dix huit tu peux me les redonner vite fait, j ai la maman en face de moi',
      'dispositif',
      [['engagement'], ['construction'], alts('préparation de la suite', 'préparer la suite', 'la suite')],
    ),
  ]),

  c('b55-disp-promo-suivi-apres', ['promo'], [
    turn(
      "et après la promo les jeunes sont lâchés dans la nature ou y a un suivi ?",
      'dispositif',
      [['6 mois', 'six mois'], alts('mission locale', 'missions locales')],
    ),
  ]),

  c('b55-disp-promo-code-route', ['promo', 'short'], [
    turn(
      'est ce que dans la promo ils passent le code de la route ? le gamin me demande',
      'dispositif',
      [alts('oui', 'prépar'), ['code de la route']],
    ),
  ]),

  c('b55-disp-bilan-fin-prepa', ['prepa', 'sms'], [
    turn(
      'a la fin de prepa comp on recoit un compte rendu nous les referents ?',
      'dispositif',
      [['bilan'], alts('référent', 'communiqué', 'transmis', 'envoy', 'adressé')],
    ),
  ]),

  c('b55-disp-clea-numerique', ['clea', 'short'], [
    turn('clea numerique c pour qui c quoi', 'dispositif', [
      alts('usages', 'environnement de travail', 'compétences numériques', 'outils numériques', 'professionnel'),
    ]),
  ]),

  c('b55-disp-panda', ['panda', 'sms'], [
    turn("panda c'est quoi ce truc, on me demande d'inscrire dessus", 'dispositif', [
      alts('traçabilité', 'tracé', 'trace', 'suivi des parcours', 'plateforme'),
    ]),
  ]),

  c('b55-disp-rsfp-vs-vae', ['rsfp', 'vae'], [
    turn("RSFP c'est quoi la différence avec une VAE déjà", 'dispositif', [
      alts('prérequis', 'pré-requis', 'pas les conditions', "n'ont pas", 'ne remplissent pas', 'sans les'),
    ]),
  ]),

  c('b55-disp-prepa-lauzerte', ['prepa', 'mobility', 'rambling'], [
    turn(
      "dame au RSA qui habite à Lauzerte, pas de permis pas de bus, prépa comp c'est obligatoirement à Montauban ? elle peut pas faire 1h de route tous les jours",
      'dispositif',
      [alts('distance', 'distanciel', 'délocalis', 'ailleurs dans le département', 'tout le département', "l'ensemble du département")],
    ),
  ]),

  c('b55-disp-promo-puis-entree', ['promo', 'dictation'], [
    turn('c koi exactement la promo 1618 en 2 mots', 'dispositif', [
      PROMO_DURATION,
      alts('16 à 18', '16-18', '16 et 17', 'mineur', 'décroch', 'jeunes'),
    ]),
    turn(
      "prochaine rentrée ? et y a une réunion d'info pour les parents ?",
      'agenda',
      [on('2027-02-01'), on('2027-03-17')],
    ),
  ]),

  // ── Agenda ───────────────────────────────────────────────────────────────

  c('b55-agenda-prochaine-jpo', ['jpo', 'short'], [
    turn('prochaine j p o a l afpa montauban ?', 'agenda', [on('2027-02-03'), alts('portes ouvertes', 'JPO')], notOn('2027-01-07')),
  ]),

  c('b55-agenda-info-coll-cette-semaine', ['info-coll', 'prepa', 'dictation'], [
    turn(
      "y a une info colle prêt pas compétences cette semaine ? c'est où et à quelle heure, j'ai une dame qui peut que le matin",
      'agenda',
      [on('2027-01-14'), ['Montauban'], at(9, 30)],
      [...notOn('2027-01-21'), ...notOn('2027-02-11')],
    ),
  ]),

  c('b55-agenda-semaine-prochaine', ['rambling'], [
    turn(
      "la semaine prochaine y a quoi comme événements à l'afpa, je fais le point avec l'équipe jeudi et je veux leur donner les dates",
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03'), ...notOn('2027-01-07')],
    ),
  ]),

  c('b55-agenda-soudure-puis-electricite', ['visite-plateau'], [
    turn(
      "visite plateau tech nique soudure c'est quand ? il reste des places j'ai 3 personnes intéressées",
      'agenda',
      [on('2027-01-19'), at(14, 0), seats(8)],
    ),
    turn("et l'électricité ?", 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),

  c('b55-agenda-reunion-logistique', ['reunion-metier'], [
    turn(
      "réunion métier logistique c'est quand ? mon monsieur se verrait bien cariste ou préparateur de commandes, il a fait de l'intérim en entrepôt",
      'agenda',
      [on('2027-01-26'), ['Montauban']],
      notOn('2027-02-23'),
    ),
  ]),

  c('b55-agenda-reunion-batiment', ['reunion-metier', 'sms'], [
    turn('reunion batiment c ou et quand', 'agenda', [['Caussade'], on('2027-02-23')], notOn('2027-01-26')),
  ]),

  c('b55-agenda-prepa-volet2-complet-puis-volet1', ['prepa', 'sessions', 'dictation'], [
    turn(
      "prochaine entrée prépa comp volet deux ? celle du 25 janvier il reste de la place ? sinon la suivante, j'ai une dame qui rentre en formation en mars",
      'agenda',
      [FULL, on('2027-02-15'), alts('Castelsarrasin', 'Castel')],
    ),
    turn('et en volet 1 ?', 'agenda', [on('2027-01-18'), ['Montauban']], [
      ...notOn('2027-01-25'),
      ...notOn('2027-02-15'),
    ]),
  ]),

  c('b55-agenda-pec-atelier2', ['pec', 'sessions', 'sms'], [
    turn(
      'competences pec atelier 2 prochaine entree ?',
      'agenda',
      [on('2027-01-20'), ['Montauban']],
      [...notOn('2027-01-18'), ...notOn('2027-01-25')],
    ),
  ]),

  c('b55-agenda-plaquiste', ['places', 'short'], [turn('places plaquiste ???', 'agenda', [FULL])]),

  c('b55-agenda-moissac', ['rambling'], [
    turn(
      "y a des trucs prévus sur Moissac ? jpo, info coll, je sais pas, j'ai plusieurs personnes de là-bas sans voiture",
      'agenda',
      [on('2027-02-17'), on('2027-02-09')],
      [...notOn('2027-01-19'), ...notOn('2027-02-23'), ...notOn('2027-01-21')],
    ),
  ]),

  c('b55-agenda-valence', ['info-coll', 'sms'], [
    turn('une info coll prepa vers valence d agen c prevu ?', 'agenda', [on('2027-03-04')]),
  ]),

  c('b55-agenda-info-coll-fevrier', ['info-coll'], [
    turn(
      "en février c'est quoi les infos collectives ?",
      'agenda',
      [on('2027-02-09'), on('2027-02-11')],
      [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04'), ...notOn('2027-03-17')],
    ),
  ]),

  // ── Prescribing ──────────────────────────────────────────────────────────

  c('b55-presc-prepa', ['prepa', 'dictation'], [
    turn(
      'je voudrais prescrire prêt pas compétences pour madame L., BRSA, elle est partante, on fait comment',
      'prescribe',
      [alts('prescri'), PREPA],
    ),
  ]),

  c('b55-presc-promo-ase', ['promo', 'ase'], [
    turn(
      "comment on prescrit la promo 16 18 pour un jeune de l'ASE, c'est nous ou la ML ?",
      'prescribe',
      [alts('PANDA', 'mission locale', 'vous pouvez', 'le référent', 'formulaire', 'prescri'), PROMO],
    ),
  ]),

  c('b55-presc-statut', ['status', 'sms'], [
    turn(
      "elle en est où ma prescription pour Mr K de la semaine dernière, l'afpa l'a vue ?",
      'prescribe',
      [['prescription'], alts('aucune', 'pas de prescription', 'statut', 'état', 'en attente', 'reçue', 'envoyée', 'trouve', 'suivi')],
    ),
  ]),

  c('b55-presc-session-18', ['prepa', 'sessions'], [
    turn(
      'je peux positionner directement ma dame sur l entrée prépa du 18 janvier à montauban ?',
      'prescribe',
      [alts('prescri', 'inscri', 'position'), alts(...on('2027-01-18'), 'volet 1', ...PREPA)],
    ),
  ]),

  c('b55-presc-cout', ['short'], [
    turn(
      'prescrire ça coûte quelque chose au département ?',
      'prescribe',
      [
        alts(
          'sans contrepartie',
          'aucune contrepartie',
          'pas de contrepartie',
          'gratuit',
          'aucun coût',
          'pas de coût',
          'ne coûte rien',
          "financé par l'État",
          "financés par l'État",
          "l'État finance",
          'P.I.C',
          'PIC ',
          "Plan d'investissement",
        ),
      ],
    ),
  ]),

  // ── Contacts ─────────────────────────────────────────────────────────────

  c('b55-contact-deploiement-puis-directeur', ['afpa'], [
    turn(
      "c'est qui à l'afpa qui gère le déploiement des dispositifs, j'ai besoin d'un nom pour la réunion de service de jeudi",
      'contact',
      [['Battedou']],
    ),
    turn('et le directeur du centre ?', 'contact', [['Vella']]),
  ]),

  c('b55-contact-telephone', ['afpa', 'silent'], [
    turn(
      "vous avez le num de tel de l'afpa montauban ou un mail ?",
      'contact',
      [alts(...SILENT, 'Battedou', 'Vella', 'pas de numéro', 'pas de coordonnées')],
      ['05 63', '05.63', '0563', '@afpa'],
    ),
  ]),

  c('b55-contact-referent-departement', ['departement'], [
    turn(
      "côté département c'est qui le référent de l'expérimentation, je dois lui envoyer un bilan",
      'contact',
      [alts(...SILENT, 'Weill', 'désigne', 'ne nomme pas', 'pas nommé', 'pas de nom')],
    ),
  ]),

  c('b55-contact-coordonnateur', ['afpa', 'short'], [
    turn('coordonnateur départemental des dispositifs = ?', 'contact', [['Vella']]),
  ]),

  c('b55-oos-remuneration-puis-contact', ['prepa', 'silent'], [
    turn(
      'est-ce que les gens en prépa comp sont payés pendant les 2 semaines ? elle a peur de perdre son RSA si elle y va',
      'out_of_scope',
      [SILENT],
    ),
    turn('ok je peux appeler qui pour savoir ?', 'contact', [['Battedou', 'Vella', 'AFPA']]),
  ]),

  // ── Figures ──────────────────────────────────────────────────────────────

  c('b55-fig-objectifs-trois', ['targets', 'dictation'], [
    turn("c'était quoi l'objectif 2022 pour prépa comp en nombre de BRSA ?", 'figures', [target(30, 'trente')]),
    turn('et compétences pèque ?', 'figures', [target(50, 'cinquante')]),
    turn('et les jeunes ASE sur la promo ?', 'figures', [target(10, 'dix ')]),
  ]),

  c('b55-fig-ou-on-en-est', ['targets', 'prepa'], [
    turn("on en est où sur les entrées prépa comp, on a atteint l'objectif ?", 'figures', [target(30, 'trente')]),
  ]),

  c('b55-fig-promo-sorties-positives', ['promo'], [
    turn("promo 16 18 objectif national de sorties positives c'est combien déjà", 'figures', [
      ['70 %', '70%', '70 pour cent', 'soixante-dix'],
    ]),
  ]),

  c('b55-fig-remontee', ['reporting', 'rambling'], [
    turn(
      'les chiffres des dispositifs ils sont remontés à qui et à quelle fréquence ? mon chef me demande pour le rapport',
      'figures',
      [['DGEFP', 'D.G.E.F.P'], ['mensuel', 'chaque mois', 'tous les mois']],
    ),
  ]),

  // ── Out of scope ─────────────────────────────────────────────────────────

  c('b55-oos-montant-rsa', ['sms'], [
    turn('c combien le RSA pour une personne seule en 2027 ?', 'out_of_scope', [SILENT], ['€']),
  ]),

  c('b55-oos-salle', ['short'], [
    turn('tu peux me réserver la salle de réunion du 2e pour jeudi aprem', 'out_of_scope', [SILENT]),
  ]),

  c('b55-oos-meteo', ['short'], [turn('il va pleuvoir demain a montauban ?', 'out_of_scope', [SILENT])]),

  c('b55-oos-permis', ['rambling'], [
    turn(
      "y a une aide au permis B pour un BRSA dans l'accord ? il a eu le code en novembre il lui manque que la conduite",
      'out_of_scope',
      [SILENT],
    ),
  ]),

  c('b55-oos-hebergement-promo', ['promo'], [
    turn(
      'pour la promo, les jeunes sont hébergés sur place le soir ? il habite à 60 km',
      'out_of_scope',
      [SILENT],
    ),
  ]),

  c('b55-oos-transport-info-coll', ['info-coll'], [
    turn(
      "les frais de transport pour aller à l'info coll ils sont remboursés ?",
      'out_of_scope',
      [SILENT],
    ),
  ]),

  // ── Other ────────────────────────────────────────────────────────────────

  c('b55-other-bonjour', ['short'], [turn('bjr', 'other', [['bonjour', 'bienvenue', 'salut', 'hello']])]),

  c('b55-other-merci', ['short'], [
    turn("super merci t'es au top", 'other', [
      alts('de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', "n'hésitez", 'à votre service', 'ravi'),
    ]),
  ]),

  c('b55-other-aide', ['short'], [
    turn('tu sers a quoi en fait', 'other', [
      alts('dispositif', 'Prépa', 'Promo', 'PEC'),
      alts('agenda', 'date', 'JPO', 'information collective', 'événement', 'calendrier', 'prescri', 'éligib'),
    ]),
  ]),
];
