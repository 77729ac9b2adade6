import type { Profile, ProfileField } from '../../data/eligibility.js';

/**
 * How référents describe a person in a Teams chat, and the facts those words state:
 * no accents, FT/PE/CD/ML/ASE/RSA/PEC/BRSA, typos, several facts in a sentence,
 * negation before or after the noun, hedges, the référent speaking of themselves.
 * `profile` is exactly the known facts; a fact the words do not state stays unknown.
 */
export type ExtractionCase = {
  text: string;
  profile: Profile;
  /** Facts taken from a hedged phrase (« je crois », « a priori »): repeated back « à confirmer ». */
  uncertain?: ProfileField[];
  /** A word names a fact that the sentence does not state about the person. */
  trap?: true;
};

/** The day the cases are read on (birth dates become ages against it). */
export const EXTRACTION_TODAY = '2026-03-15';

export const EXTRACTION_CASES: ExtractionCase[] = [
  // ── Years of a trade are no age ────────────────────────────────────────────────
  { text: 'mr au rsa, 15 ans de chantier, il veut valider son experience', profile: { rsa: true } },
  { text: 'elle a fait 12 ans dans le menage, au rsa', profile: { rsa: true } },
  // ── Contracts that are no PEC ──────────────────────────────────────────────────
  // « en PEC dans un chantier d'insertion »: the contract said is what counts, not where it is held.
  { text: 'il est en PEC dans un atelier chantier d insertion', profile: { pecContract: true } },
  { text: 'salariee d une SIAE en contrat PEC, au rsa', profile: { pecContract: true, rsa: true } },
  // « pas de contrat en ce moment »: no job at the moment, so no PEC; an apprenticeship named is another thing.
  {
    text: 'monsieur au rsa, pas de contrat en ce moment',
    profile: { rsa: true, employed: false, pecContract: false },
  },
  { text: 'elle n a pas de contrat d apprentissage', profile: {} },
  {
    text: 'salariee en chantier d insertion (CDDI 24h) depuis 6 mois',
    profile: { pecContract: false },
  },
  { text: 'il est en ACI depuis janvier', profile: { pecContract: false } },
  {
    text: 'en CDD classique a la mairie, pas un contrat aide',
    profile: { pecContract: false, employed: true },
  },
  { text: 'en contrat aidé à la mairie depuis mars', profile: { pecContract: true } },
  { text: 'comptences pec c ok pour lui ? il est au rsa', profile: { rsa: true } },
  // ── Negation, wherever it stands ───────────────────────────────────────────────
  {
    text: 'pas ASE, 17 ans, descolarise depuis septembre',
    profile: { age: 17, ase: false, inEducation: false },
  },
  { text: 'jeune 16a ASE : non', profile: { age: 16, ase: false } },
  { text: 'mr 35 ans non inscrit a FT, au RSA', profile: { age: 35, registeredJobseeker: false, rsa: true } },
  { text: 'inscrite FT non, RSA oui', profile: { registeredJobseeker: false, rsa: true } },
  {
    text: 'hors PEC, brsa suivi cd',
    profile: { pecContract: false, rsa: true, accompaniedByDepartment: true },
  },
  { text: 'elle n’est plus au RSA depuis janvier', profile: { rsa: false } },
  { text: 'ni au RSA ni inscrite', profile: { rsa: false, registeredJobseeker: false } },
  {
    text: "il n'a jamais été inscrit à pole emploi, 24 ans",
    profile: { registeredJobseeker: false, age: 24 },
  },
  { text: 'pas de RSA, inscrite PE', profile: { rsa: false, registeredJobseeker: true } },
  { text: 'RSA non PEC oui', profile: { rsa: false, pecContract: true } },
  { text: 'sans suivi département, allocataire rsa', profile: { accompaniedByDepartment: false, rsa: true } },
  { text: 'elle est pas inscrite a france travail', profile: { registeredJobseeker: false } },
  {
    text: 'ne touche plus le rsa, n’est plus suivie par nous',
    profile: { rsa: false, accompaniedByDepartment: false },
  },
  {
    text: 'il travaille pas, ni en formation, 17 ans',
    profile: { employed: false, inTraining: false, age: 17 },
  },
  { text: 'pas confiée à l’ASE mais plus scolarisée', profile: { ase: false, inEducation: false } },
  {
    text: 'BRSA non inscrit PE suivi CD 82',
    profile: { rsa: true, registeredJobseeker: false, accompaniedByDepartment: true },
  },
  {
    text: 'brsa, pas ft, suivi cd',
    profile: { rsa: true, registeredJobseeker: false, accompaniedByDepartment: true },
  },
  { text: 'pas au RSA mais inscrite à FT', profile: { rsa: false, registeredJobseeker: true } },
  { text: 'il est ni à FT ni au RSA', profile: { registeredJobseeker: false, rsa: false } },
  // A « décrocheur » has left school and is in no training either (Code de l'éducation, L. 313-7).
  {
    text: 'non ASE, 17 ans, decrocheur',
    profile: { ase: false, age: 17, inEducation: false, inTraining: false },
  },
  // The agreement calls La Promo's public « jeunes décrocheurs »: « décroché » says the same.
  {
    text: 'jeune 17 ans décroché depuis la rentrée',
    profile: { age: 17, inEducation: false, inTraining: false },
  },
  // A training named beside it contradicts the reading: the question stays to ask.
  { text: 'décroché du lycée, maintenant en formation', profile: { inEducation: false } },
  {
    text: 'dame au rsa mais c france travail qui la suit, pas nous',
    profile: { rsa: true, accompaniedByDepartment: false, registeredJobseeker: true },
  },
  { text: 'c’est la mission locale qui le suit', profile: { accompaniedByDepartment: false } },
  { text: 'elle a 19 ans et elle touche rien du tout', profile: { age: 19, rsa: false } },
  { text: 'il touche aucune aide', profile: { rsa: false } },
  {
    text: 'plus rien depuis octobre, ni ecole ni taf',
    profile: { inEducation: false, inTraining: false, employed: false },
  },
  { text: 'pas encore inscrite a pole emploi', profile: { registeredJobseeker: false } },
  { text: 'pas de PEC pour l’instant, au RSA depuis 2 ans', profile: { pecContract: false, rsa: true } },
  { text: 'pas en PEC mais en CDD', profile: { pecContract: false, employed: true } },
  {
    text: 'pec : non ; rsa : oui ; suivi cd : oui',
    profile: { pecContract: false, rsa: true, accompaniedByDepartment: true },
  },
  {
    text: 'ASE oui, 17 ans, scolarisé non, formation non, emploi non',
    profile: { ase: true, age: 17, inEducation: false, inTraining: false, employed: false },
  },
  {
    text: "je ne la suis plus, elle n'a plus le RSA",
    profile: { accompaniedByDepartment: false, rsa: false },
  },
  { text: 'ex-allocataire du RSA, 50 ans', profile: { rsa: false, age: 50 } },
  { text: 'pas suivie par le département, au rsa', profile: { accompaniedByDepartment: false, rsa: true } },
  {
    text: 'elle a pas de boulot et ne fait aucune formation',
    profile: { employed: false, inTraining: false },
  },
  {
    text: "n'est pas inscrite FT et pas de suivi departement",
    profile: { registeredJobseeker: false, accompaniedByDepartment: false },
  },
  { text: 'RSA : non', profile: { rsa: false } },
  { text: 'RSA ? non. FT ? oui', profile: { rsa: false, registeredJobseeker: true } },
  { text: "elle n'a pas droit au RSA, 23 ans", profile: { rsa: false, age: 23 } },
  {
    text: 'ne travaille plus depuis 2022, inscrite FT',
    profile: { employed: false, registeredJobseeker: true },
  },

  // ── Hedges: taken, and repeated back as uncertain ──────────────────────────────
  {
    text: "je crois qu'elle est inscrite",
    profile: { registeredJobseeker: true },
    uncertain: ['registeredJobseeker'],
  },
  { text: 'peut-être au RSA, 45 ans', profile: { rsa: true, age: 45 }, uncertain: ['rsa'] },
  { text: "il me semble qu'il est en PEC", profile: { pecContract: true }, uncertain: ['pecContract'] },
  {
    text: 'a priori pas inscrite a FT, RSA oui',
    profile: { registeredJobseeker: false, rsa: true },
    uncertain: ['registeredJobseeker'],
  },
  {
    text: 'normalement elle est suivie par nous. RSA socle',
    profile: { accompaniedByDepartment: true, rsa: true },
    uncertain: ['accompaniedByDepartment'],
  },
  // « qui sait pas quoi faire »: the person's doubt, which says nothing against what is known of them.
  { text: 'une dame de 47 ans au rsa qui sait pas vers quel metier aller', profile: { age: 47, rsa: true } },
  // « c'est nous qui le suivons »: the référent speaking for their service.
  { text: 'au rsa, et c est nous qui l accompagnons', profile: { rsa: true, accompaniedByDepartment: true } },
  { text: 'brsa, c nous qui le suivons depuis 2 ans', profile: { rsa: true, accompaniedByDepartment: true } },
  {
    text: 'pas au rsa, c moi qui la suis pour le moment',
    profile: { rsa: false, accompaniedByDepartment: true },
  },
  { text: 'apriori ASE, 16 ans', profile: { ase: true, age: 16 }, uncertain: ['ase'] },
  {
    text: "je pense qu'il n'est plus scolarisé",
    profile: { inEducation: false },
    uncertain: ['inEducation'],
  },
  { text: 'elle serait au RSA', profile: { rsa: true }, uncertain: ['rsa'] },
  {
    text: "je ne crois pas qu'elle soit inscrite à pôle emploi",
    profile: { registeredJobseeker: false },
    uncertain: ['registeredJobseeker'],
  },
  {
    text: 'RSA probablement, pas inscrite',
    profile: { rsa: true, registeredJobseeker: false },
    uncertain: ['rsa'],
  },
  {
    text: 'inscrite FT à vérifier, 31 ans',
    profile: { registeredJobseeker: true, age: 31 },
    uncertain: ['registeredJobseeker'],
  },
  {
    text: "Il me semble qu'il est à l'ASE, il a 17 ans et ne va plus au lycée",
    profile: { ase: true, age: 17, inEducation: false },
    uncertain: ['ase'],
  },
  { text: 'elle aurait 17 ans, ASE', profile: { age: 17, ase: true }, uncertain: ['age'] },
  { text: 'sans doute en PEC, BRSA', profile: { pecContract: true, rsa: true }, uncertain: ['pecContract'] },
  { text: 'né en 2009, ase', profile: { age: 17, ase: true }, uncertain: ['age'] },
  {
    text: 'je crois qu’il est au rsa et inscrit au pole emploi',
    profile: { rsa: true, registeredJobseeker: true },
    uncertain: ['rsa', 'registeredJobseeker'],
  },

  // ── The référent speaking of themselves: followed by the Département ──────────
  {
    text: 'madame 52 ans brsa, c’est moi sa référente',
    profile: { age: 52, rsa: true, accompaniedByDepartment: true },
  },
  {
    text: 'je suis son referent RSA, il a 38 ans',
    profile: { rsa: true, accompaniedByDepartment: true, age: 38 },
  },
  {
    text: "je l'accompagne depuis 2 ans, elle touche le rsa",
    profile: { accompaniedByDepartment: true, rsa: true },
  },
  {
    text: 'suivie par moi, au RSA, pas inscrite FT',
    profile: { accompaniedByDepartment: true, rsa: true, registeredJobseeker: false },
  },
  { text: 'suivi par nous depuis 2019, BRSA', profile: { accompaniedByDepartment: true, rsa: true } },
  { text: 'personne suivie par le CD82, rsa', profile: { accompaniedByDepartment: true, rsa: true } },
  { text: 'c moi sa ref, elle est au rsa', profile: { accompaniedByDepartment: true, rsa: true } },
  {
    text: 'on la suit au CD, elle est au rsa depuis 2020',
    profile: { accompaniedByDepartment: true, rsa: true },
  },
  { text: "nous l'accompagnons dans le cadre du RSA", profile: { accompaniedByDepartment: true, rsa: true } },
  {
    text: "c'est moi qui le suis, 41 ans, inscrit PE",
    profile: { accompaniedByDepartment: true, age: 41, registeredJobseeker: true },
  },
  {
    text: 'Mme X, 58 ans, BRSA, accompagnée par nos services',
    profile: { age: 58, rsa: true, accompaniedByDepartment: true },
  },
  {
    text: 'une de mes allocataires, 29 ans, non inscrite',
    profile: { rsa: true, accompaniedByDepartment: true, age: 29, registeredJobseeker: false },
  },
  {
    text: 'je suis la référente de ce monsieur, au RSA depuis 2021',
    profile: { accompaniedByDepartment: true, rsa: true },
  },
  {
    text: 'quarante-cinq ans, RSA, je la suis',
    profile: { age: 45, rsa: true, accompaniedByDepartment: true },
  },

  // ── Ages as people write them ──────────────────────────────────────────────────
  { text: 'dix-sept ans, confiée à l’ASE', profile: { age: 17, ase: true } },
  { text: 'jeune 17a ase descolarisee', profile: { age: 17, ase: true, inEducation: false } },
  { text: 'mineur ASE descolarise', profile: { ase: true, inEducation: false, adult: false } },
  {
    text: 'majeure, au RSA, suivie cd',
    profile: { adult: true, rsa: true, accompaniedByDepartment: true },
  },
  { text: 'née le 02/05/2009, ASE, déscolarisée', profile: { age: 16, ase: true, inEducation: false } },
  { text: 'né le 1er mars 2009', profile: { age: 17 } },
  { text: 'né en 2008, inscrit FT', profile: { age: 18, registeredJobseeker: true }, uncertain: ['age'] },
  { text: 'ado de quinze ans toujours au college', profile: { age: 15, inEducation: true } },
  {
    text: '17ans ASE, ni emploi ni formation',
    profile: { age: 17, ase: true, employed: false, inTraining: false },
  },
  { text: 'une dame agée de 62, brsa', profile: { age: 62, rsa: true } },
  { text: 'il a quitté l’école à 16 ans, il a 19 ans aujourd’hui', profile: { inEducation: false, age: 19 } },
  { text: 'seize ans, plus au lycée, pas à l’ASE', profile: { age: 16, inEducation: false, ase: false } },
  { text: 'jeune majeur 19 ans', profile: { age: 19 } },
  { text: 'pas encore majeur, ASE', profile: { adult: false, ase: true } },
  { text: 'monsieur de cinquante ans au rsa', profile: { age: 50, rsa: true } },

  // ── Several facts, abbreviations, typos ───────────────────────────────────────
  {
    text: 'un jeune de 16 ans décrocheur ni en emploi ni en formation',
    profile: { age: 16, inEducation: false, employed: false, inTraining: false },
  },
  { text: '17 ans, encore au lycée, pas ASE', profile: { age: 17, inEducation: true, ase: false } },
  { text: 'il est en apprentissage, 17 ans', profile: { inTraining: true, age: 17 } },
  { text: 'elle a arrete son apprentissage en decembre', profile: { inTraining: false, employed: false } },
  { text: 'il a pas encore 16 ans, il traine', profile: { age: 15 } },
  { text: 'educ ase : elle est plus a l ase depuis ses 18 ans', profile: { adult: true, ase: false } },
  { text: '17 ans, il a lache son alternance', profile: { age: 17, inTraining: false, employed: false } },
  { text: 'neet 17 ans', profile: { age: 17, inTraining: false, employed: false } },
  { text: 'travaille en interim, 30 ans, rsa activité', profile: { employed: true, age: 30, rsa: true } },
  {
    text: 'ne travaille pas, au chomage, inscrit PE',
    profile: { employed: false, registeredJobseeker: true },
  },
  { text: 'il bosse en cdd', profile: { employed: true } },
  { text: 'scolarisée en 3e, 15 ans', profile: { inEducation: true, age: 15 } },
  { text: 'en formation au greta', profile: { inTraining: true } },
  {
    text: 'au RSA et inscritte a France Travail, 33 ans',
    profile: { rsa: true, registeredJobseeker: true, age: 33 },
  },
  {
    text: 'mr au rsa, suivi par pole emploi',
    profile: { rsa: true, accompaniedByDepartment: false, registeredJobseeker: true },
  },
  {
    text: 'allocatair rsa acompagnee par le departement',
    profile: { rsa: true, accompaniedByDepartment: true },
  },
  {
    text: 'BRSA inscrit PE depuis 2021, en PEC chez une asso',
    profile: { rsa: true, registeredJobseeker: true, pecContract: true },
  },
  { text: 'CUI PEC depuis 6 mois, touche aussi le RSA', profile: { pecContract: true, rsa: true } },
  {
    text: 'jeune confié ASE 17 ans ni scolarisé ni en formation ni en emploi',
    profile: { ase: true, age: 17, inEducation: false, inTraining: false, employed: false },
  },
  { text: 'pour l’ASE c’est oui, 16 ans', profile: { ase: true, age: 16 } },
  { text: 'contrat jeune majeur, 19 ans', profile: { ase: true, age: 19 } },
  {
    text: 'suivie ML, 17 ans, déscolarisée',
    profile: { accompaniedByDepartment: false, age: 17, inEducation: false },
  },
  {
    text: 'Bonjour, une jeune de 17 ans placée en famille d’accueil, déscolarisée, la promo est possible ?',
    profile: { age: 17, ase: true, inEducation: false },
  },
  {
    text: 'je voulais savoir si un jeune ASE de 17 ans peut faire la promo',
    profile: { ase: true, age: 17 },
  },
  { text: 'elle est au RSA comme son mari', profile: { rsa: true } },

  {
    text: 'Bonjour, je vous sollicite pour une jeune de 16 ans, confiée à l’ASE depuis 2019, elle a quitté le collège en 3e et ne fait rien depuis, pas de formation, pas de travail. La promo est-elle possible ?',
    profile: { age: 16, ase: true, inEducation: false, inTraining: false, employed: false },
  },
  {
    text: 'Mr D., 47 ans, BRSA depuis 2018, suivi par moi-même, non inscrit FT, souhaite faire une formation cariste. Prépa compétences ?',
    profile: { age: 47, rsa: true, accompaniedByDepartment: true, registeredJobseeker: false },
  },
  {
    text: 'Mme, 33a, RSA majoré, en PEC dans une mairie depuis 4 mois, je suis sa référente : comp PEC possible ?',
    profile: { age: 33, rsa: true, accompaniedByDepartment: true, pecContract: true },
  },
  {
    text: 'RSA : oui / FT : non / PEC : non',
    profile: { rsa: true, registeredJobseeker: false, pecContract: false },
  },
  { text: 'ancienne ASE, 19 ans, au RSA', profile: { ase: false, age: 19, rsa: true } },
  { text: 'suivie depuis 2 ans par nous', profile: { accompaniedByDepartment: true } },
  { text: 'elle est suivie par une collègue du CD', profile: { accompaniedByDepartment: true } },
  {
    text: 'on ne la suit pas, elle est suivie par FT',
    profile: { accompaniedByDepartment: false, registeredJobseeker: true },
  },
  { text: 'elle touche le RSA, enfin je crois', profile: { rsa: true }, uncertain: ['rsa'] },
  { text: 'en PEC ? je crois que oui', profile: { pecContract: true }, uncertain: ['pecContract'] },
  { text: 'il aura 18 ans en juin, au RSA', profile: { age: 18, rsa: true }, uncertain: ['age'] },

  // ── Traps: the word is there, the fact is not stated ───────────────────────────
  { text: 'RSA ?', profile: {}, trap: true },
  { text: 'si elle était au RSA elle pourrait faire la prépa ?', profile: {}, trap: true },
  { text: 'son mari est au RSA, elle 42 ans', profile: { age: 42 }, trap: true },
  { text: 'pour le RSA, je ne sais pas', profile: {}, trap: true },
  { text: "le jeune de l'ASE dont je vous parlais n'est pas concerné", profile: {}, trap: true },
  { text: 'allocataire AAH, 40 ans', profile: { age: 40 }, trap: true },
  {
    text: "je suis référente RSA, j'ai un jeune de 17 ans à l'ASE",
    profile: { age: 17, ase: true },
    trap: true,
  },
  { text: 'au RSA depuis 3 ans', profile: { rsa: true }, trap: true },
  { text: 'faut-il être inscrit à FT pour la prépa ?', profile: {}, trap: true },
  { text: 'ses enfants sont placés à l’ASE, elle est au RSA', profile: { rsa: true }, trap: true },
  {
    text: 'sa mère touche le RSA, lui a 17 ans et est déscolarisé',
    profile: { age: 17, inEducation: false },
    trap: true,
  },
  { text: 'demande de RSA en cours', profile: {}, trap: true },
  { text: 'inscription FT en cours', profile: {}, trap: true },
  { text: "elle va s'inscrire à France Travail", profile: {}, trap: true },
  { text: 'est-il en PEC ?', profile: {}, trap: true },
  { text: "c'est quoi le RSA ?", profile: {}, trap: true },
  { text: 'je ne sais pas si elle est inscrite à pôle emploi', profile: {}, trap: true },
  { text: "je sais pas pour l'ASE, elle a 16 ans", profile: { age: 16 }, trap: true },
  { text: 'RSA : je sais pas, FT : oui', profile: { registeredJobseeker: true }, trap: true },
  { text: "pas sûre qu'elle soit au RSA", profile: {}, trap: true },
  { text: 'elle est inscrite à la mission locale, 19 ans', profile: { age: 19 }, trap: true },
  { text: 'la prépa est ouverte aux allocataires du RSA ?', profile: {}, trap: true },
  { text: 'les jeunes de l’ASE peuvent faire la promo ?', profile: {}, trap: true },
  { text: 'est-ce que le RSA est obligatoire pour la prépa ?', profile: {}, trap: true },
  { text: "elle était en PEC l'an dernier", profile: {}, trap: true },
  { text: 'prépa possible si RSA ?', profile: {}, trap: true },
  { text: 'je ne suis pas sa référente, elle a 33 ans', profile: { age: 33 }, trap: true },
  { text: "je travaille à l'ASE, la jeune a 16 ans", profile: { age: 16 }, trap: true },
  { text: 'son conjoint est en PEC, elle a 38 ans', profile: { age: 38 }, trap: true },
  { text: "l'éducatrice ASE m'a orienté un jeune de 17 ans", profile: { age: 17 }, trap: true },
  { text: 'combien de BRSA en prépa en 2022 ?', profile: {}, trap: true },
  { text: 'RSA ou ASE ?', profile: {}, trap: true },
  { text: 'pas encore de réponse de FT', profile: {}, trap: true },
  { text: 'public RSA : quelle différence entre prépa et comp PEC ?', profile: {}, trap: true },
  { text: 'elle a un RDV à FT lundi', profile: {}, trap: true },
  { text: 'il a décroché un CDD', profile: { employed: true }, trap: true },
  { text: 'elle ne veut pas s’inscrire à FT', profile: {}, trap: true },
  { text: 'sa fille est à l’ASE', profile: {}, trap: true },
  { text: 'le RSA est-il une condition pour la prépa ?', profile: {}, trap: true },
  { text: 'avec une dame au RSA depuis 10 ans', profile: { rsa: true }, trap: true },
  { text: 'mère de 3 enfants de 4 et 6 ans, au RSA', profile: { rsa: true }, trap: true },
  { text: 'elle touche le RSA ?', profile: {}, trap: true },
  { text: 'est-ce qu’elle doit être suivie par le département ?', profile: {}, trap: true },
  { text: 'je l’ai orientée vers FT, RSA en attente', profile: {}, trap: true },
  { text: 'il a plus de 25 ans, pas de PEC', profile: { pecContract: false }, trap: true },
  { text: 'jeune de 22 ans, ASE jusqu’à ses 18 ans', profile: { age: 22 }, trap: true },
  { text: 'il cherche un emploi, inscrit à FT', profile: { registeredJobseeker: true }, trap: true },
  { text: 'elle veut faire une formation', profile: {}, trap: true },
  { text: 'RSA: demandé', profile: {}, trap: true },
  { text: 'pas de suivi FT', profile: {}, trap: true },
  // « ah si » contradicts a « non »: what follows is said, not supposed.
  { text: 'ah si elle a le RSA majore (parent isole)', profile: { rsa: true }, trap: true },
  { text: 'si elle a le RSA elle pourrait ?', profile: {}, trap: true },
];
