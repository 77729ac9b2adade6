/**
 * Thirty-third blind set: « Can this person go? ».
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, with its
 * action plan and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18) and
 * from the published agenda of `agenda-fixture.ts` (today frozen at Monday 11 January 2027,
 * Europe/Paris), without running the bot, reading its code or reading the other sets.
 *
 * Style: a référent insertion (or an ASE / AFPA colleague) types in a Teams chat about a real
 * person they follow, in SMS French: BRSA, ASE, PEC, 1618, prepa comp, FT, ML, TH, CD, mr/mme,
 * no accents, typos, a long description of the person before the question, sometimes two
 * questions in one message, and follow-ups (« et si elle avait 17 ans ? », « et pour la
 * promo ? »). About 60 % of the conversations ask whether a person is eligible, including the
 * answers « no » (with the reason, or who prescribes instead: France Travail, Mission locale,
 * CIO…) and « it depends / to check »; the rest are dispositif, agenda, contact and
 * out-of-scope questions.
 *
 * Where the agreement says nothing (who signs for a child in care, doing a volet twice…), the
 * expected answer says the agreement does not settle it, and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Answers, as alternatives (accent- and case-insensitive; no apostrophes on purpose) ──

/** A yes to « can she go? ». */
const YES = [
  'oui',
  'eligible',
  'peut entrer',
  'peut beneficier',
  'peut en beneficier',
  'peut y entrer',
  'peut suivre',
  'peut faire',
  'peut integrer',
  'peut etre orient',
  'peut etre prescrit',
  'pouvez prescrire',
  'pouvez la prescrire',
  'pouvez le prescrire',
  'pouvez orienter',
  'accessible',
  'est ouvert',
];
/** A no. */
const NO = [
  'non',
  'pas eligible',
  'ne peut pas',
  'ne pourra pas',
  'pas accessible',
  'ne releve pas',
  'ne correspond pas',
  'pas possible',
  'impossible',
  'reserve',
  'pas concerne',
  'ne rentre pas',
  'exclu',
  'hors du cadre',
  'hors cadre',
];
/** « It depends / to check ». */
const DEPENDS = [
  'depend',
  'verifier',
  'sous reserve',
  'a condition',
  'condition',
  'au cas par cas',
  'voir avec',
  'se rapprocher',
  'rapprochez',
  'confirmer',
];
/** The agreement does not settle it. */
const NOT_COVERED = [
  'ne precise pas',
  'pas precise',
  'ne dit pas',
  'ne dit rien',
  'ne mentionne pas',
  'pas mentionne',
  'ne prevoit pas',
  'pas prevu',
  'ne prevoit rien',
  'pas indique',
  'aucune information',
  'aucune precision',
  'aucune mention',
  'pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'pas aborde',
  'ne parle pas',
  'ne fixe pas',
  'pas de regle',
  'verifier',
  'se rapprocher',
  'rapprochez',
  'voir avec',
  'ne sais pas',
];
/** The bot declines a question outside its field. */
const REFUSE = [
  'ne peux pas',
  'ne peut pas',
  'pas en mesure',
  'hors de',
  'hors du',
  'hors champ',
  'en dehors',
  'pas de mon ressort',
  'ne traite pas',
  'ne gere pas',
  'ne dispose pas',
  'pas acces',
  'ne sais pas',
  'aucune information',
  'ne concerne pas',
  'uniquement',
  'seulement',
  'je reponds',
  'je peux vous aider',
  'pas prevu',
];

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const RSA = ['RSA', 'R.S.A', 'allocataire'];
/** Prépa Compétences: RSA recipients « inscrits ou non-inscrits à Pôle Emploi ». */
const FT_NOT_NEEDED = [
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans inscription',
  'sans etre inscrit',
  'meme sans',
  'pas besoin',
  'pas necessaire',
  'pas obligatoire',
  'pas une condition',
  'independamment',
];
/** « Les services compétents du Département pourront prescrire directement. » */
const DIRECT = [
  'prescrire directement',
  'prescrit directement',
  'prescription directe',
  'directement',
  'pouvez prescrire',
  'pouvez le prescrire',
  'sans contrepartie',
];
const FT = ['France Travail', 'Pole emploi', 'Pôle emploi'];
const ML_CIO = ['Mission locale', 'Missions locales', ' CIO', '(CIO', 'C.I.O'];
const PROMO = ['Promo 16', 'Promo1618', 'Promo 1618', '16/18', '16-18', '16.18'];
/** La Promo 16/18: school leavers, neither in training nor working. */
const DROPPED_OUT = [
  'decroch',
  'quitte',
  'sorti',
  'ni en formation',
  'pas en formation',
  'ni formation',
  'ne travaill',
  'ni en emploi',
  'pas en emploi',
  'sans emploi',
  'ni emploi',
  'descolaris',
  'plus scolaris',
];
/** Why not at 18: the programme is for minors. */
const MINORS_ONLY = ['mineur', 'moins de 18', '16 et 17', '16 ou 17', '16-17', '16 a 17', 'majeur'];
/** Why not at 15. */
const FROM_16 = ['16 ans', 'a partir de 16', 'au moins 16', 'moins de 16', 'trop jeune', '16 a 18', '16-17', '16 et 17'];
// Not used by any case: kept as the writer wrote it.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const PARENTAL = ['autorisation parentale', 'autorisations parentales', 'parental', 'parents'];
/** Compétences PEC is for people who hold a PEC contract. */
const PEC_ONLY = [
  'contrat PEC',
  'en PEC',
  'un PEC',
  'signataire',
  'titulaire',
  'salarie en PEC',
  'salaries en PEC',
  'beneficiaires de PEC',
  'pendant le PEC',
  'duree du PEC',
];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir', 'savoir-faire', 'savoirs-faire'];
const DISTANCE = ['distance', 'distanciel'];
const FULL = [
  'complet',
  ' 0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'places : 0',
  'places disponibles : 0',
];
const MONDAY_THURSDAY = ['lundi au jeudi', 'lundi-jeudi', 'du lundi', 'lundi a jeudi'];
const FLE = ['visee professionnelle', 'langue etrangere', 'FLE', 'primo'];

/** The past JPO of Thursday 7 January is never listed. */
const PAST = notOn('2027-01-07');

export const THIRTY_THIRD_BLIND_SET: ConversationCase[] = [
  // ── Prépa Compétences ──────────────────────────────────────────────────────
  c('b33-prepa-brsa-not-ft', ['prepa-competences', 'rsa', 'ft-registration', 'answer-yes', 'easy'], [
    turn(
      'bjr, jai une mme 43a BRSA depuis 2019, elle est pas inscrite a FT du tout (elle veut pas en entendre parler). elle voudrait faire aide soignante mais elle sait pas si c fait pour elle. elle peut aller en prepa comp sans etre inscrite FT ??',
      'eligibility',
      [YES, FT_NOT_NEEDED],
    ),
  ]),
  c('b33-prepa-brsa-ft-who-prescribes', ['prepa-competences', 'rsa', 'ft-registration', 'who-prescribes', 'answer-yes', 'medium'], [
    turn(
      'mr 52 ans brsa, inscrit FT cat 1 depuis 3 ans, on le suit au CD en parallele de son conseiller FT. il a un projet flou dans la logistique. prepa comp ok pour lui ?',
      'eligibility',
      [YES],
    ),
    turn('et c moi qui prescrit ou faut passer par son conseiller FT ?', 'eligibility', [DIRECT]),
  ]),
  c('b33-prepa-rqth', ['prepa-competences', 'rsa', 'rqth', 'answer-yes', 'medium'], [
    turn(
      'Mr 47a, BRSA, RQTH pour le dos (il etait macon), suivi aussi par cap emploi de temps en temps. il doit se reconvertir mais sait pas vers quoi. prepa comp c jouable avec sa TH ?',
      'eligibility',
      [YES, RSA],
    ),
  ]),
  c('b33-prepa-part-time-distance', ['prepa-competences', 'rsa', 'part-time', 'two-questions', 'answer-yes', 'medium'], [
    turn(
      'mme brsa, elle bosse 15h/sem en menage le matin (rsa activite), elle veut entrer en formation assistante de vie aux familles mais a peur de pas tenir. prepa comp volet 2 c possible vu qu elle travaille ? et ca peut se faire a distance ??',
      'eligibility',
      [YES, DISTANCE],
    ),
  ]),
  c('b33-prepa-ase-then-promo', ['prepa-competences', 'promo-16-18', 'ase', 'minor', 'follow-up', 'medium'], [
    turn(
      'jeune garcon 17 ans confie a l ASE, il a lache le lycee pro en novembre, il traine, rien le matin. on pensait a prepa comp pour l aider a trouver un projet, c pour lui ?',
      'eligibility',
      [PROMO],
    ),
    turn('et pour la promo alors ?', 'eligibility', [YES, DROPPED_OUT]),
  ]),
  c('b33-prepa-ex-ase-21-no-rsa', ['prepa-competences', 'ase', 'ft-registration', 'answer-no', 'who-prescribes', 'hard'], [
    turn(
      'jeune 21a, sorti de l ase a 18 ans, pas de RSA (trop jeune, pas d enfant), pas inscrit FT non plus, il dort chez un pote. on le voit au CD pour le logement. je peux le mettre en prepa comp moi ?',
      'eligibility',
      [RSA, FT],
    ),
  ]),
  c('b33-prepa-ass-registered-ft', ['prepa-competences', 'ft-registration', 'answer-no', 'who-prescribes', 'hard'], [
    turn(
      'mme 35 ans, elle touche l ASS pas le RSA, inscrite a FT, on la suit au CD en accompagnement social (dettes, logement). elle voudrait se former. prepa comp je peux prescrire direct ?',
      'eligibility',
      [RSA, FT],
    ),
  ]),
  c('b33-prepa-single-mother-22', ['prepa-competences', 'rsa', 'ft-registration', 'answer-yes', 'easy'], [
    turn(
      'jeune maman 22a, BRSA majore parent isole, pas inscrite FT, elle veut bosser dans la petite enfance mais a jamais travaille. prepa comp elle y a droit ?',
      'eligibility',
      [YES, RSA],
    ),
  ]),
  c('b33-prepa-cddi-ai', ['prepa-competences', 'rsa', 'siae', 'answer-yes', 'medium'], [
    turn(
      'mr en CDDI dans une AI (assoc intermediaire) depuis 3 mois, qq heures par semaine, toujours brsa. il veut preparer une formation qualifiante apres. prepa comp possible en meme temps ?',
      'eligibility',
      [YES, RSA],
    ),
  ]),
  c('b33-prepa-other-training-centre', ['prepa-competences', 'rsa', 'answer-yes', 'medium'], [
    turn(
      'mme brsa veut entrer en formation AES chez un autre OF a montauban (pas a l afpa). le volet 2 de prepa comp ca marche aussi si la formation est pas a l afpa ?',
      'eligibility',
      [YES, ['hors AFPA', 'hors A.F.P.A', 'autre organisme', 'autres organismes', 'ailleurs', 'pas forcement', 'ou dans un autre', 'ou non']],
    ),
  ]),
  c('b33-prepa-couple-childcare', ['prepa-competences', 'rsa', 'two-questions', 'answer-yes', 'medium'], [
    turn(
      'couple au rsa, 3 enfants dont un bebe. les 2 veulent faire prepa comp en meme temps, c possible ? la garde des enfants c le gros souci, l afpa gere ca ou c nous ?',
      'eligibility',
      [YES, ['garde', 'conditions materielles']],
    ),
  ]),
  c('b33-prepa-already-in-training', ['prepa-competences', 'rsa', 'answer-depends', 'hard'], [
    turn(
      'mme brsa deja en formation secretaire assistante a l afpa depuis novembre, elle decroche un peu, absences. est ce qu on peut la mettre en prepa comp pour la remobiliser ou c trop tard vu qu elle est deja dedans ?',
      'eligibility',
      [
        [...DEPENDS, ...NOT_COVERED, ...NO],
        ['amont', 'avant', 'entree en formation', 'entree de formation', 'acces a la formation', 'acceder a'],
      ],
    ),
  ]),
  c('b33-prepa-repeat-volet', ['prepa-competences', 'rsa', 'not-covered', 'answer-depends', 'hard'], [
    turn(
      'petite question bete: mme a deja fait prepa comp volet 1 en 2025, elle a enfin un projet (cariste). elle peut refaire un passage en volet 2 maintenant ou on a droit qu une fois ?',
      'eligibility',
      [[...NOT_COVERED, ...DEPENDS, 'a la carte']],
    ),
  ]),
  c('b33-prepa-other-departement', ['prepa-competences', 'rsa', 'answer-no', 'who-prescribes', 'hard'], [
    turn(
      'mme brsa mais elle depend du lot (46), elle habite a 10 min de montauban. une collegue du lot me demande si on peut la faire entrer en prepa comp a montauban par nous ?',
      'eligibility',
      [
        [...NO, ...DEPENDS],
        ['Tarn-et-Garonne', 'Tarn et Garonne', 'CD82', 'CD 82', 'accompagne par le Departement', 'accompagnes par le Departement', 'son departement', 'du Lot'],
      ],
    ),
  ]),
  c('b33-prepa-then-session-distance', ['prepa-competences', 'rsa', 'agenda', 'answer-yes', 'medium'], [
    turn(
      'Mme 31a brsa non inscrite FT, 2 enfants, pas de voiture, habite a st antonin. elle peut faire prepa comp volet 1 ?',
      'eligibility',
      [YES],
    ),
    turn('y a une session volet 1 a distance bientot ? pcq venir a montauban c mort', 'agenda', [on('2027-02-08')], [
      ...notOn('2027-01-18'),
      ...PAST,
    ]),
  ]),

  // ── Compétences PEC ────────────────────────────────────────────────────────
  c('b33-pec-mairie-employer', ['competences-pec', 'rsa', 'pec', 'answer-yes', 'two-questions', 'easy'], [
    turn(
      'mme 38 ans brsa, en PEC depuis 2 mois a la mairie de caussade (agent entretien des ecoles). je voudrais la mettre en competences pec, c possible ? et faut l accord de la mairie ou pas ?',
      'eligibility',
      [YES, ['employeur']],
    ),
  ]),
  c('b33-pec-cdi-part-time', ['competences-pec', 'rsa', 'part-time', 'answer-no', 'follow-up', 'medium'], [
    turn(
      'mr brsa en CDI temps partiel 20h dans un resto depuis 4 ans (plonge puis commis). il voudrait faire valider son experience. competences pec pour lui ??',
      'eligibility',
      [NO, PEC_ONLY],
    ),
    turn('ok et une vae classique l afpa fait ca ?', 'dispositif', [
      ['titre professionnel', 'titres professionnels', 'titres pro', 'titre pro'],
    ]),
  ]),
  c('b33-pec-rqth-capemploi-no-rsa', ['competences-pec', 'pec', 'rqth', 'who-prescribes', 'answer-depends', 'hard'], [
    turn(
      'mr en PEC a l hopital (brancardier) prescrit par cap emploi car RQTH. il touche pas le RSA, on le suit au CD pour autre chose (logement). competences pec ok ? et c moi qui peut le prescrire ou pas ?',
      'eligibility',
      [RSA, [...FT, 'Cap emploi', 'prescripteur']],
    ),
  ]),
  c('b33-pec-ended', ['competences-pec', 'prepa-competences', 'rsa', 'pec', 'answer-no', 'follow-up', 'medium'], [
    turn(
      'mme ancienne PEC, son contrat est fini depuis juin 2026, elle est retombee au rsa. competences pec c encore possible pour valoriser ce qu elle a fait pendant son PEC ?',
      'eligibility',
      [
        [...NO, ...DEPENDS],
        ['duree du PEC', 'pendant le PEC', 'pendant son PEC', 'en cours de PEC', 'signature', 'premiers mois', 'pendant le contrat', 'contrat en cours', 'en PEC'],
      ],
    ),
    turn('ok et prepa comp du coup ?', 'eligibility', [YES, RSA]),
  ]),
  c('b33-pec-just-signed', ['competences-pec', 'rsa', 'pec', 'answer-yes', 'easy'], [
    turn(
      'mr vient de signer un PEC lundi dernier, 12 mois, agent d accueil dans un ccas, brsa. c trop tot pour competences pec ou faut attendre la fin du contrat ?',
      'eligibility',
      [['signature', 'immediatement', 'tout de suite', 'premiers mois', 'sans attendre', 'pas besoin d', 'inutile d', 'des maintenant', 'des le debut']],
    ),
  ]),
  c('b33-pec-employer-refuses', ['competences-pec', 'rsa', 'pec', 'answer-depends', 'medium'], [
    turn(
      'mme brsa en PEC dans une asso d aide alimentaire, elle serait partante pour competences pec mais son employeur veut pas qu elle s absente. on peut le faire quand meme sans son accord ?',
      'eligibility',
      [['employeur'], ['accord', 'consentement', 'autoris', 'adhesion']],
    ),
  ]),
  c('b33-pec-vae-days', ['competences-pec', 'pec', 'two-questions', 'answer-yes', 'medium'], [
    turn(
      'qqun en PEC depuis 1 an comme agent de restauration dans un college, brsa. il peut passer un titre pro par vae avec competences pec ? ca lui prend combien de jours en tout ?',
      'eligibility',
      [YES, ['5 jours', 'cinq jours', '3,5 jours', '3.5 jours', '3 jours et demi']],
    ),
  ]),
  c('b33-pec-cddi-not-pec', ['competences-pec', 'siae', 'answer-no', 'hard'], [
    turn(
      'salariee d un ACI (chantier d insertion espaces verts) en CDDI, brsa, elle est persuadee que c un PEC. competences pec elle peut ? sinon y a quoi pour reconnaitre ce qu elle sait faire ?',
      'eligibility',
      [PEC_ONLY, RSFP],
    ),
  ]),

  // ── SIAE, RSFP, droit commun, CléA, FLE ─────────────────────────────────────
  c('b33-siae-aci-cariste', ['siae', 'rsa', 'droit-commun', 'agenda', 'follow-up', 'medium'], [
    turn(
      'mme salariee en ACI depuis 8 mois, encore brsa, elle a un vrai projet de formation cariste (caces). elle peut aller sur une formation qualifiante afpa ? qui finance ?',
      'eligibility',
      [YES, ['Region', 'Conseil regional', 'financeurs publics', 'droit commun']],
    ),
    turn('et y a des places en cariste en ce moment ?', 'agenda', [seats(6)], [
      'soudeur',
      'maçon',
      'électricien',
      'plaquiste',
      'agent de propreté',
      'agent de restauration',
    ]),
  ]),
  c('b33-siae-ei-rsfp', ['siae', 'rsfp', 'medium'], [
    turn(
      'salarie en entreprise d insertion (EI) depuis 1 an, aucun diplome, il dit qu il a pas le niveau pour une vae. y a un truc pour qu il fasse reconnaitre ce qu il sait faire ?',
      'eligibility',
      [RSFP],
    ),
  ]),
  c('b33-clea-basic-skills', ['clea', 'rsa', 'two-questions', 'not-covered', 'hard'], [
    turn(
      'mme brsa 50a, lit mal et calcule mal, pas de projet precis, elle a bosse 20 ans en usine. le cleA c pour elle ? et qui prescrit ca ?',
      'eligibility',
      [['competences de base', 'socle', 'toute personne', 'toutes personnes', 'tout public'], NOT_COVERED],
    ),
  ]),
  c('b33-fle-primo-arrivant', ['fle', 'rsa', 'answer-yes', 'medium'], [
    turn(
      'mr primo arrivant (afghanistan), refugie, brsa depuis peu, parle tres peu francais, il etait mecanicien la bas. il peut aller au francais a visee pro de l afpa ?',
      'eligibility',
      [YES, ['primo', 'debutant']],
    ),
  ]),
  c('b33-mna-promo-or-fle', ['promo-16-18', 'fle', 'ase', 'minor', 'two-questions', 'answer-depends', 'hard'], [
    turn(
      'MNA 16a confie a l ase depuis 6 mois, jamais scolarise en france, parle peu francais. on hesite: promo 1618 ou le fle de l afpa ? il peut aller sur lequel ?',
      'eligibility',
      [[...YES, ...DEPENDS], FLE],
    ),
  ]),

  // ── La Promo 16/18 ─────────────────────────────────────────────────────────
  c('b33-promo-ase-17-parental', ['promo-16-18', 'ase', 'minor', 'not-covered', 'follow-up', 'medium'], [
    turn(
      'jeune fille 17a placee (ASE) en foyer a montauban, elle a quitte le lycee en octobre, fait rien depuis, dort jusqu a midi. la promo 1618 c ok pour elle ?',
      'eligibility',
      [YES, DROPPED_OUT],
    ),
    turn(
      'et pour les autorisations parentales vu qu elle est placee, c qui qui signe ? les parents ou l ase ?',
      'eligibility',
      [['autorisation'], NOT_COVERED],
    ),
  ]),
  c('b33-promo-18-then-17', ['promo-16-18', 'ase', 'minor', 'answer-no', 'follow-up', 'medium'], [
    turn(
      'ASE, contrat jeune majeur: elle a eu 18 ans en novembre, decrocheuse depuis la 1ere, aucune activite. promo 16 18 elle peut encore ?',
      'eligibility',
      [NO, MINORS_ONLY],
    ),
    turn('et si elle avait 17 ans ?', 'eligibility', [YES]),
  ]),
  c('b33-promo-15-then-16', ['promo-16-18', 'ase', 'minor', 'answer-no', 'follow-up', 'medium'], [
    turn(
      'garcon 15 ans ASE, exclu definitif du college en decembre, rien depuis. promo1618 ?',
      'eligibility',
      [NO, FROM_16],
    ),
    turn('ok et qd il aura 16 ans en mars ? si il a toujours rien', 'eligibility', [YES]),
  ]),
  c('b33-promo-16-still-enrolled', ['promo-16-18', 'ase', 'minor', 'answer-no', 'hard'], [
    turn(
      'ado 16 ans ASE, toujours inscrite en seconde mais elle y va presque plus (absenteisme de ouf). on peut la mettre en promo 1618 des maintenant ?',
      'eligibility',
      [[...NO, ...DEPENDS], DROPPED_OUT],
    ),
  ]),
  c('b33-promo-17-apprentice', ['promo-16-18', 'minor', 'answer-depends', 'hard'], [
    turn(
      '17a en apprentissage CAP boulanger depuis septembre, ca se passe tres mal avec le patron, il veut tout arreter. il peut basculer sur la promo 16/18 ?',
      'eligibility',
      [
        [...NO, ...DEPENDS],
        ['ni en formation', 'pas en formation', 'ni formation', 'ne travaill', 'ni en emploi', 'pas en emploi', 'sans emploi', 'ni emploi', 'rupture'],
      ],
    ),
  ]),
  c('b33-promo-17-not-ase', ['promo-16-18', 'minor', 'rsa', 'who-prescribes', 'medium'], [
    turn(
      'la fille d une brsa que je suis, 17 ans, pas suivie par l ase, decrochee depuis juin. la mere me demande pour la promo 1618. c moi qui peut l inscrire ?',
      'eligibility',
      [ML_CIO],
    ),
  ]),
  c('b33-promo-17-interim', ['promo-16-18', 'ase', 'minor', 'answer-depends', 'hard'], [
    turn(
      'jeune 17a ase, sorti du lycee, il fait qq jours d interim par mois (manutention) sinon rien. ca le bloque pour la promo ?',
      'eligibility',
      [DEPENDS, ['ne travaill', 'ni en emploi', 'pas en emploi', 'sans emploi', 'ni emploi', 'ni en formation', 'ni formation']],
    ),
  ]),
  c('b33-promo-valence-transport', ['promo-16-18', 'ase', 'minor', 'two-questions', 'answer-yes', 'medium'], [
    turn(
      'ASE 16a en famille d accueil a valence d agen, decrochee depuis la rentree. promo1618 elle peut ? c du lundi au jeudi a montauban c ca ? elle va faire comment pour les trajets',
      'eligibility',
      [YES, [...MONDAY_THURSDAY, 'presentiel']],
    ),
  ]),
  c('b33-promo-19-then-prepa', ['promo-16-18', 'prepa-competences', 'ase', 'answer-no', 'follow-up', 'hard'], [
    turn(
      'jeune 19a, ASE jusqu a ses 18 ans, decrocheur depuis la 3eme, pas de rsa. la promo 16 18 c encore jouable ?',
      'eligibility',
      [NO, MINORS_ONLY],
    ),
    turn('et prepa comp alors ?', 'eligibility', [RSA]),
  ]),
  c('b33-two-people-mother-son', ['prepa-competences', 'promo-16-18', 'rsa', 'minor', 'two-questions', 'who-prescribes', 'hard'], [
    turn(
      '2 questions pr la meme famille: mme 29a BRSA non inscrite FT -> prepa comp ok ? et son fils 16a qui a arrete le lycee en decembre (pas ase) -> promo 1618, c moi qui l oriente ou pas ?',
      'eligibility',
      [YES, ML_CIO],
    ),
  ]),
  c('b33-promo-duration-friday', ['promo-16-18', 'ase', 'minor', 'follow-up', 'medium'], [
    turn(
      'garcon 16 ans ASE, sorti du college sans brevet l an dernier, rien depuis. promo 1618 possible ?',
      'eligibility',
      [YES],
    ),
    turn('ca dure combien en tout ? et le vendredi il est ou ?', 'dispositif', [
      ['13 semaines', 'treize semaines', '3 mois', 'trois mois', '4 mois'],
      MONDAY_THURSDAY,
    ]),
  ]),

  // ── Dispositifs ────────────────────────────────────────────────────────────
  c('b33-dispo-prepa-volets', ['prepa-competences', 'easy'], [
    turn('prepa comp volet 1 vs volet 2 c quoi la diff en gros ? ca dure cbien chacun', 'dispositif', [
      ['5 a 6', '5-6', '5 ou 6', 'cinq a six', '5 et 6'],
      ['4 a 8', '4-8', 'quatre a huit', '4 et 8'],
    ]),
  ]),
  c('b33-dispo-pec-days', ['competences-pec', 'easy'], [
    turn('competences pec concretement ca se passe comment, ca prend combien de jours au salarie ?', 'dispositif', [
      ['5 jours', 'cinq jours'],
      ['VAE', 'V.A.E', 'RSFP', 'CleA'],
    ]),
  ]),
  c('b33-dispo-bilan', ['prepa-competences', 'easy'], [
    turn('qd une personne finit prepa comp on a un retour nous ? genre un bilan ou rien ?', 'dispositif', [
      ['bilan individuel', 'bilan'],
      ['referent'],
    ]),
  ]),
  c('b33-dispo-cost', ['prepa-competences', 'funding', 'medium'], [
    turn('c payant pour le departement la prepa comp ? ma cheffe demande si ca sort de notre budget', 'dispositif', [
      ['sans contrepartie', 'gratuit', 'aucun cout', 'pas de cout', 'pas payant', 'Etat', 'PIC', 'Plan d investissement', 'finance par'],
    ]),
  ]),
  c('b33-dispo-open-badges', ['open-badges', 'easy'], [
    turn('les open badges de l afpa c quoi exactement ?', 'dispositif', [
      ['soft skills', 'competences douces', 'savoir-etre', 'savoir etre', 'transvers'],
    ]),
  ]),
  c('b33-dispo-clea-numerique', ['clea', 'easy'], [
    turn('clea numerique c pour qui / pour quoi ?', 'dispositif', [
      ['numerique'],
      ['usages fondamentaux', 'environnement de travail', 'competences de base', 'usages du numerique'],
    ]),
  ]),
  c('b33-dispo-promo-after', ['promo-16-18', 'medium'], [
    turn('a la fin de la promo 1618 le jeune est lache dans la nature ou y a un suivi apres ?', 'dispositif', [
      ['6 mois', 'six mois'],
      ['Mission locale', 'Missions locales'],
    ]),
  ]),
  c('b33-dispo-pec-when', ['competences-pec', 'medium'], [
    turn('competences pec ca se mobilise a quel moment du contrat ? au debut, a la fin ?', 'dispositif', [
      ['signature', 'premiers mois', 'immediatement', 'duree du PEC', 'tout au long', 'reparti'],
    ]),
  ]),

  // ── Agenda ─────────────────────────────────────────────────────────────────
  c('b33-agenda-next-info-prepa', ['prepa-competences', 'easy'], [
    turn('prochaine info coll prepa comp stp ? jai 2 mmes a envoyer', 'agenda', [on('2027-01-14')], PAST),
  ]),
  c('b33-agenda-promo-entry', ['promo-16-18', 'medium'], [
    turn('la prochaine entree promo 16/18 c quand ? jai une jeune ase de 16a qui est motivee', 'agenda', [on('2027-02-01')], PAST),
  ]),
  c('b33-agenda-volet2-full', ['prepa-competences', 'medium'], [
    turn('volet 2 prepa comp, il reste de la place pour fin janvier ? sinon c quand la suivante', 'agenda', [FULL, on('2027-02-15')], PAST),
  ]),
  c('b33-agenda-info-pec-moissac', ['competences-pec', 'medium'], [
    turn('y a une info coll pour des salaries en PEC vers moissac ? jen ai 2 a castel et moissac', 'agenda', [on('2027-02-09')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-11'),
      ...PAST,
    ]),
  ]),
  c('b33-agenda-next-week', ['week', 'medium'], [
    turn('quoi de prevu la semaine pro a l afpa ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-25'),
      ...notOn('2027-01-26'),
      ...PAST,
    ]),
  ]),
  c('b33-agenda-places-soudure-plaquiste', ['places', 'two-questions', 'medium'], [
    turn('places dispo en soudure ? et en plaquiste ? jai un mr brsa interesse par les 2', 'agenda', [seats(4), FULL], [
      'maçon',
      'cariste',
      'électricien',
      'agent de propreté',
      'agent de restauration',
    ]),
  ]),
  c('b33-agenda-batiment-meeting', ['reunion-metier', 'rsa', 'medium'], [
    turn(
      'mr brsa ancien manoeuvre, il voudrait voir les metiers du batiment avant de s engager. y a une reunion metier batiment bientot ?',
      'agenda',
      [on('2027-02-23'), ['Caussade']],
      PAST,
    ),
  ]),

  // ── Contacts ───────────────────────────────────────────────────────────────
  c('b33-contact-afpa-prescriptions', ['contact', 'easy'], [
    turn('c qui a l afpa qui s occupe de prepa comp / competences pec / promo ? jai pas de nom', 'contact', [
      ['Battedou', 'Responsable Accompagnement et Parcours'],
    ]),
  ]),
  c('b33-contact-director', ['contact', 'medium'], [
    turn('le directeur du centre afpa de montauban c qui ? c lui qui coordonne les dispositifs ?', 'contact', [
      ['Vella'],
      ['coordonn', 'directeur'],
    ]),
  ]),
  c('b33-contact-panda-habilitation', ['contact', 'panda', 'medium'], [
    turn('je dois etre habilitee sur panda pour inscrire mes gens en prepa comp, je demande a qui ?', 'contact', [
      ['habilit'],
      ['AFPA', 'A.F.P.A'],
    ]),
  ]),

  // ── Out of scope ───────────────────────────────────────────────────────────
  c('b33-oos-rsa-amount', ['out-of-scope', 'easy'], [
    turn('tu peux me dire combien touche une mme seule au rsa avec 2 enfants en 2027 ?', 'out_of_scope', [REFUSE]),
  ]),
  c('b33-oos-caf-payment', ['out-of-scope', 'medium'], [
    turn('la caf a bien verse le rsa de mr D ce mois ci ? il dit que non', 'out_of_scope', [REFUSE]),
  ]),
  c('b33-oos-leave', ['out-of-scope', 'easy'], [
    turn('c quoi le lien pour poser mes conges sur l intranet du CD ?', 'out_of_scope', [REFUSE]),
  ]),
];
