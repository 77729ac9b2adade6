/**
 * Held-out questions, written blind (without reading the evaluation set or the question
 * answering), the way référents insertion type them in Teams: colloquial, abbreviated,
 * without accents, with typos. Used to check that the evaluation score generalises.
 *
 * Labelling: "PEC" / "comp pec" / "parcours emploi compétences" → competences-pec unless the
 * question is about VAE itself; clea-numerique only when "numérique"/"num" is said; a comparison
 * takes the first dispositif named; with two aspects, the first asked wins; no aspect → overview;
 * "objectif" as a yearly figure → target, "le but" / "à quoi sert" → overview.
 */
import type { EvalCase } from './eval-set.js';

export const HOLDOUT_SET: EvalCase[] = [
  // ── Prépa Compétences ──────────────────────────────────────────────
  { question: "c'est quoi prepa comp ?", dispositif: 'prepa-competences', aspect: 'overview' },
  {
    question: "j'ai une dame au RSA de 45 ans, elle pourrait faire la prépa comp ?",
    dispositif: 'prepa-competences',
    aspect: 'audience',
  },
  {
    question: 'combien de jours dure la prepa competences svp',
    dispositif: 'prepa-competences',
    aspect: 'duration',
  },
  {
    question: 'prepa comp ça se passe a distance ou faut venir au centre ?',
    dispositif: 'prepa-competences',
    aspect: 'modality',
  },
  {
    question: 'Bonjour, comment je fais pour inscrire un allocataire sur Prépa Compétences ?',
    dispositif: 'prepa-competences',
    aspect: 'prescription',
  },
  {
    question: "les volets de la prepa c'est quoi exactement",
    dispositif: 'prepa-competences',
    aspect: 'phases',
  },
  {
    question: "Qu'est-ce qu'on fait concrètement pendant la prépa compétences ? c'est des ateliers ?",
    dispositif: 'prepa-competences',
    aspect: 'content',
  },
  {
    question: "combien d'allocataires sont prévus en prepa comp sur 2022, c koi l'objectif ?",
    dispositif: 'prepa-competences',
    aspect: 'target',
  },
  {
    question: 'prepa comp ou formation de droit commun pour un monsieur qui veut devenir cariste ?',
    dispositif: 'prepa-competences',
    aspect: 'comparison',
  },
  {
    question:
      "un demandeur d'emploi pas au RSA, inscrit a france travail, il peut aller en prépa compétences ?",
    dispositif: 'prepa-competences',
    aspect: 'audience',
  },
  {
    question: 'Pourriez-vous me rappeler le but de la Prépa Compétences ?',
    dispositif: 'prepa-competences',
    aspect: 'overview',
  },
  {
    question: 'pr prescrire prepa comp jdois passer par FT ou je peux le faire en direct ?',
    dispositif: 'prepa-competences',
    aspect: 'prescription',
  },
  {
    question: "quelles sont les differentes etapes de prepa competence, se preparer s'engager etc ?",
    dispositif: 'prepa-competences',
    aspect: 'phases',
  },
  {
    question: "prepacomp c'est combien de temps et c'est pour qui ?",
    dispositif: 'prepa-competences',
    aspect: 'duration',
  },
  {
    question: 'à la fin de la prépa comp on reçoit un bilan du coup ? ou pas',
    dispositif: 'prepa-competences',
    aspect: 'content',
  },

  // ── Compétences PEC ────────────────────────────────────────────────
  { question: 'c quoi comp pec', dispositif: 'competences-pec', aspect: 'overview' },
  { question: 'la PEC ça dure combien de jours ?', dispositif: 'competences-pec', aspect: 'duration' },
  {
    question:
      "Bonjour, j'accompagne un monsieur en contrat PEC depuis 2 mois à la mairie, est-ce qu'il peut encore entrer dans compétences PEC ou c'est trop tard ?",
    dispositif: 'competences-pec',
    aspect: 'audience',
  },
  {
    question: "competences pec c'est en combien de phases ?",
    dispositif: 'competences-pec',
    aspect: 'phases',
  },
  {
    question: 'un allocataire rsa pas inscrit a pole emploi il peut faire comp pec ?',
    dispositif: 'competences-pec',
    aspect: 'audience',
  },
  {
    question: 'comment on prescrit la comp pec ? faut une convention ou un paiement ?',
    dispositif: 'competences-pec',
    aspect: 'prescription',
  },
  {
    question: "competence pec : c'est en distanciel ou sur place ?",
    dispositif: 'competences-pec',
    aspect: 'modality',
  },
  { question: 'comp pec vs prepa comp, c quoi la diff', dispositif: 'competences-pec', aspect: 'comparison' },
  {
    question:
      "dans la PEC, ils font quoi pendant les ateliers ? ya un portefeuille de compétences c'est ça ?",
    dispositif: 'competences-pec',
    aspect: 'content',
  },
  {
    question: "Quel est l'objectif 2022 en nombre de bénéficiaires du RSA pour Compétences PEC ?",
    dispositif: 'competences-pec',
    aspect: 'target',
  },
  {
    question: 'c pour qui et ça dure combien la comp pec',
    dispositif: 'competences-pec',
    aspect: 'audience',
  },
  {
    question: 'les 5 jours de la comp pec c etalé sur combien de temps ?',
    dispositif: 'competences-pec',
    aspect: 'duration',
  },
  {
    question: 'est ce que la compétences pec débouche sur une certif ? vae rsfp clea ?',
    dispositif: 'competences-pec',
    aspect: 'content',
  },
  { question: 'a quoi sert competences pec', dispositif: 'competences-pec', aspect: 'overview' },
  {
    question: "l'objectif de la comp pec c'est de valoriser l'expérience du contrat c'est bien ça ?",
    dispositif: 'competences-pec',
    aspect: 'overview',
  },
  {
    question: 'parcours emploi competences atelier a distance possible ?',
    dispositif: 'competences-pec',
    aspect: 'modality',
  },

  // ── La Promo 16/18 ─────────────────────────────────────────────────
  {
    question:
      'jeune placé ASE, 17 ans et demi, déscolarisé depuis septembre, il rentre dans la promo 16 18 ?',
    dispositif: 'promo-16-18',
    aspect: 'audience',
  },
  { question: "promo 16/18 c'est combien de temps", dispositif: 'promo-16-18', aspect: 'duration' },
  { question: "c'est quoi la promo 1618", dispositif: 'promo-16-18', aspect: 'overview' },
  { question: 'la promo 16/18 c du lundi au vendredi ?', dispositif: 'promo-16-18', aspect: 'modality' },
  { question: 'les phases de la promo 16-18 ?', dispositif: 'promo-16-18', aspect: 'phases' },
  {
    question:
      "Pour orienter un jeune vers la Promo 16/18, je dois faire comment ? il faut l'accord des parents ?",
    dispositif: 'promo-16-18',
    aspect: 'prescription',
  },
  {
    question: "qu'est ce qu'ils font les jeunes pendant la promo ? chantier solidaire, code de la route ?",
    dispositif: 'promo-16-18',
    aspect: 'content',
  },
  {
    question: 'combien de jeunes ase on doit orienter sur la promo 16/18 cette annee',
    dispositif: 'promo-16-18',
    aspect: 'target',
  },
  { question: 'promo 16/18 a 15 ans c possible ?', dispositif: 'promo-16-18', aspect: 'audience' },
  {
    question: 'promo 16/18 ou prépa comp pour un gamin de 17 ans qui a lâché le lycée ?',
    dispositif: 'promo-16-18',
    aspect: 'comparison',
  },
  {
    question: "c'est quoi l'engagement dans la promo 16/18, la premiere phase ?",
    dispositif: 'promo-16-18',
    aspect: 'phases',
  },
  {
    question: 'la promo 16.18 se fait ou ? a montauban ou dans un village afpa ?',
    dispositif: 'promo-16-18',
    aspect: 'modality',
  },
  {
    question: 'à quoi sert la promo 16-18 en fait, le but c quoi',
    dispositif: 'promo-16-18',
    aspect: 'overview',
  },
  {
    question: 'promo 16/18 : 13 semaines ou 4 mois ? jsuis perdue',
    dispositif: 'promo-16-18',
    aspect: 'duration',
  },
  {
    question: 'Pouvez-vous me détailler le programme des ateliers de la Promo 16/18 ?',
    dispositif: 'promo-16-18',
    aspect: 'content',
  },
  { question: 'slt, la promo c kel age ?', dispositif: 'promo-16-18', aspect: 'audience' },

  // ── VAE ────────────────────────────────────────────────────────────
  { question: "c'est quoi la VAE", dispositif: 'vae', aspect: 'overview' },
  {
    question: "vae ou rsfp pour une dame qui a 10 ans d'exp en menage mais aucun diplome ?",
    dispositif: 'vae',
    aspect: 'comparison',
  },
  {
    question: "les étapes de la vae à l'afpa ? dossier de recevabilité etc",
    dispositif: 'vae',
    aspect: 'phases',
  },
  {
    question: "la vae c pour qui ? faut combien d'années d'expérience ?",
    dispositif: 'vae',
    aspect: 'audience',
  },
  {
    question: "comment je prescris une VAE pour un allocataire qui n'est pas en PEC ?",
    dispositif: 'vae',
    aspect: 'prescription',
  },
  {
    question: "validation des acquis de l'experience ça dure combien en gros",
    dispositif: 'vae',
    aspect: 'duration',
  },

  // ── RSFP ───────────────────────────────────────────────────────────
  { question: 'rsfp ?', dispositif: 'rsfp', aspect: 'overview' },
  { question: 'c quoi la difference entre la rsfp et la vae', dispositif: 'rsfp', aspect: 'comparison' },
  {
    question: "la reconnaissance des savoir faire pro c'est pour quel public ?",
    dispositif: 'rsfp',
    aspect: 'audience',
  },
  { question: 'rsfp etapes', dispositif: 'rsfp', aspect: 'phases' },
  {
    question: "un salarié en chantier d'insertion peut faire une RSFP ?",
    dispositif: 'rsfp',
    aspect: 'audience',
  },
  {
    question: "Comment orienter quelqu'un vers une RSFP ? c'est l'AFPA qui s'en charge ?",
    dispositif: 'rsfp',
    aspect: 'prescription',
  },

  // ── CléA ───────────────────────────────────────────────────────────
  { question: "c'est quoi clea", dispositif: 'clea', aspect: 'overview' },
  { question: 'clea socle ça dure combien', dispositif: 'clea', aspect: 'duration' },
  { question: 'pour qui le certificat cléa ?', dispositif: 'clea', aspect: 'audience' },
  { question: 'comment je fais pr inscrire qqun au clea ?', dispositif: 'clea', aspect: 'prescription' },
  {
    question: 'Dans CléA on évalue quoi exactement ? le passage devant la CPIR ça consiste en quoi ?',
    dispositif: 'clea',
    aspect: 'content',
  },
  {
    question: 'clea ou clea numerique pour une personne qui sait pas se servir d un ordi ?',
    dispositif: 'clea',
    aspect: 'comparison',
  },

  // ── CléA Numérique ─────────────────────────────────────────────────
  { question: "cléa numérique c'est quoi svp", dispositif: 'clea-numerique', aspect: 'overview' },
  { question: 'clea num pour qui ?', dispositif: 'clea-numerique', aspect: 'audience' },
  { question: 'comment prescrire le clea numerique', dispositif: 'clea-numerique', aspect: 'prescription' },
  {
    question: 'le clea num on y apprend quoi ? bureautique, mails ?',
    dispositif: 'clea-numerique',
    aspect: 'content',
  },
  { question: 'clea numerique ça dure combien de temps ?', dispositif: 'clea-numerique', aspect: 'duration' },

  // ── Open Badges ────────────────────────────────────────────────────
  { question: 'c quoi les open badges', dispositif: 'open-badges', aspect: 'overview' },
  { question: 'les badges soft skills c pour qui', dispositif: 'open-badges', aspect: 'audience' },
  {
    question: 'comment on obtient un open badge, je dois passer par qui ?',
    dispositif: 'open-badges',
    aspect: 'prescription',
  },
  { question: 'open badge : ça valide quelles compétences ?', dispositif: 'open-badges', aspect: 'content' },
  {
    question:
      "Bonjour, un employeur m'a parlé des open badges pour valoriser le savoir-être d'un bénéficiaire, vous pouvez m'en dire plus ?",
    dispositif: 'open-badges',
    aspect: 'overview',
  },

  // ── Français à visée professionnelle ───────────────────────────────
  { question: 'vous avez une formation FLE ?', dispositif: 'francais-visee-pro', aspect: 'overview' },
  {
    question: "francais a visee pro c'est pour qui, il faut un niveau minimum ?",
    dispositif: 'francais-visee-pro',
    aspect: 'audience',
  },
  {
    question: 'comment inscrire une dame au français pro ?',
    dispositif: 'francais-visee-pro',
    aspect: 'prescription',
  },
  {
    question: "le fle à l'afpa ça contient quoi, de l'oral, de l'écrit ?",
    dispositif: 'francais-visee-pro',
    aspect: 'content',
  },
  {
    question: 'francais visee professionnelle duree ?',
    dispositif: 'francais-visee-pro',
    aspect: 'duration',
  },

  // ── Formations de droit commun ─────────────────────────────────────
  {
    question: "c'est quoi les formations de droit commun",
    dispositif: 'formation-droit-commun',
    aspect: 'overview',
  },
  {
    question: 'un bRSA peut accéder aux formations qualifiantes financées par la région ?',
    dispositif: 'formation-droit-commun',
    aspect: 'audience',
  },
  {
    question: "comment j'inscris qq1 sur une formation qualifiante afpa, je peux prescrire direct ?",
    dispositif: 'formation-droit-commun',
    aspect: 'prescription',
  },
  {
    question: 'les formations de droit commun ça comprend quoi ? info places, réunions métiers ?',
    dispositif: 'formation-droit-commun',
    aspect: 'content',
  },
  {
    question: 'droit commun ou prepa comp pour une personne qui a deja un projet clair de soudeur ?',
    dispositif: 'formation-droit-commun',
    aspect: 'comparison',
  },

  // ── Clauses sociales et chantiers d'insertion ──────────────────────
  {
    question: "c'est quoi la préparation aux clauses sociales",
    dispositif: 'clauses-sociales',
    aspect: 'overview',
  },
  {
    question: 'la prepa aux chantiers d insertion ça consiste en quoi concretement',
    dispositif: 'clauses-sociales',
    aspect: 'content',
  },
  { question: 'clause sociale : pour quel public ?', dispositif: 'clauses-sociales', aspect: 'audience' },
  {
    question: 'comment prescrire pour les clauses sociales ?',
    dispositif: 'clauses-sociales',
    aspect: 'prescription',
  },
  {
    question: "chantiers d'insertion avec l'afpa ça dure combien ?",
    dispositif: 'clauses-sociales',
    aspect: 'duration',
  },

  // ── Hors sujet ou trop vague ───────────────────────────────────────
  { question: 'bonjour', dispositif: null, aspect: null },
  { question: 'merci bcp !!', dispositif: null, aspect: null },
  { question: 't ki toi ?', dispositif: null, aspect: null },
  { question: 'quel temps il fait a montauban demain', dispositif: null, aspect: null },
  { question: "comment je pose mes congés sur l'intranet du CD ?", dispositif: null, aspect: null },
  { question: '?', dispositif: null, aspect: null },
  { question: 'ça marche pas ton truc', dispositif: null, aspect: null },
  { question: "j'ai une question", dispositif: null, aspect: null },
  { question: "c'est quoi le numéro de la CAF", dispositif: null, aspect: null },
  { question: 'tu peux m aider stp', dispositif: null, aspect: null },
];
