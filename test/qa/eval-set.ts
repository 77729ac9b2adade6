import type { Aspect, DispositifId } from '../../data/catalogue/schema.js';

/**
 * Questions as référents insertion type them in Teams chat, with the dispositif and the aspect
 * the question answering must recognise. `dispositif: null, aspect: null` marks a question the bot
 * must not answer confidently (off-topic or too vague).
 *
 * Labelling rules: a comparison is labelled with the first dispositif named; when a question asks
 * two aspects, the first asked wins; a question without a particular aspect is `overview`.
 */
export type EvalCase = { question: string; dispositif: DispositifId | null; aspect: Aspect | null };

export const EVAL_SET: EvalCase[] = [
  // ── Prépa Compétences ────────────────────────────────────────────────
  { question: "c'est quoi prepa comp ?", dispositif: 'prepa-competences', aspect: 'overview' },
  { question: 'Prépa Compétences ?', dispositif: 'prepa-competences', aspect: 'overview' },
  { question: 'parle moi de prepa competences', dispositif: 'prepa-competences', aspect: 'overview' },
  { question: 'en quoi consiste la prépa compétences', dispositif: 'prepa-competences', aspect: 'overview' },
  { question: 'presente moi prepa comeptences stp', dispositif: 'prepa-competences', aspect: 'overview' },
  { question: 'PREPA COMPETENCES C QUOI', dispositif: 'prepa-competences', aspect: 'overview' },
  { question: 'combien de temps dure prepa comp', dispositif: 'prepa-competences', aspect: 'duration' },
  {
    question: 'prepa competence ça dure combien de jours',
    dispositif: 'prepa-competences',
    aspect: 'duration',
  },
  {
    question: "c'est sur combien de semaines la prépa compétences ?",
    dispositif: 'prepa-competences',
    aspect: 'duration',
  },
  { question: 'prepa comp c combien de jours max', dispositif: 'prepa-competences', aspect: 'duration' },
  { question: 'pour qui est prepa comp', dispositif: 'prepa-competences', aspect: 'audience' },
  {
    question: 'un allocataire RSA non inscrit a pole emploi peut il faire prepa competences ?',
    dispositif: 'prepa-competences',
    aspect: 'audience',
  },
  {
    question: "Bonjour, à qui s'adresse Prépa Compétences svp",
    dispositif: 'prepa-competences',
    aspect: 'audience',
  },
  { question: "qu'est ce qu'on fait en prepa comp", dispositif: 'prepa-competences', aspect: 'content' },
  { question: 'contenu de la prepa competences', dispositif: 'prepa-competences', aspect: 'content' },
  { question: 'c quoi les ateliers de prépa comp', dispositif: 'prepa-competences', aspect: 'content' },
  {
    question: 'quelles sont les etapes de prepa competences',
    dispositif: 'prepa-competences',
    aspect: 'phases',
  },
  { question: 'comment se deroule la prepa comp', dispositif: 'prepa-competences', aspect: 'phases' },
  { question: 'c quoi les 2 volets de prepa comp', dispositif: 'prepa-competences', aspect: 'phases' },
  {
    question: 'prepa comp c en presentiel ou a distance',
    dispositif: 'prepa-competences',
    aspect: 'modality',
  },
  {
    question: 'est-ce que la prépa compétences peut se faire en visio ?',
    dispositif: 'prepa-competences',
    aspect: 'modality',
  },
  { question: "PREPA COMP C'EST OU ? A MONTAUBAN ?", dispositif: 'prepa-competences', aspect: 'modality' },
  {
    question: 'comment je prescris prepa comp pour un de mes allocataires',
    dispositif: 'prepa-competences',
    aspect: 'prescription',
  },
  {
    question: 'qui peut orienter vers prépa compétences',
    dispositif: 'prepa-competences',
    aspect: 'prescription',
  },
  {
    question: 'demarche pour inscrire qqn en prepa comp',
    dispositif: 'prepa-competences',
    aspect: 'prescription',
  },
  {
    question: "Prépa Compétences : comment s'inscrire ?",
    dispositif: 'prepa-competences',
    aspect: 'prescription',
  },
  {
    question: "objectif 2022 prepa comp combien d'allocataires",
    dispositif: 'prepa-competences',
    aspect: 'target',
  },
  {
    question: 'combien de personnes prevues en prépa compétences cette annee',
    dispositif: 'prepa-competences',
    aspect: 'target',
  },
  {
    question: 'différence entre prepa comp et compétences PEC',
    dispositif: 'prepa-competences',
    aspect: 'comparison',
  },
  {
    question: 'prepa comp ou promo 16 18 pour un jeune de 17 ans ?',
    dispositif: 'prepa-competences',
    aspect: 'comparison',
  },

  // ── Compétences PEC ──────────────────────────────────────────────────
  { question: "la PEC c'est à distance ?", dispositif: 'competences-pec', aspect: 'modality' },
  { question: "c'est quoi competences PEC", dispositif: 'competences-pec', aspect: 'overview' },
  { question: 'comp pec ?', dispositif: 'competences-pec', aspect: 'overview' },
  { question: 'parlez moi de compétences P.E.C.', dispositif: 'competences-pec', aspect: 'overview' },
  {
    question: "en quoi consiste le dispositif parcours emploi competences de l'afpa",
    dispositif: 'competences-pec',
    aspect: 'overview',
  },
  { question: 'la pec ca consiste en quoi exactement', dispositif: 'competences-pec', aspect: 'overview' },
  { question: 'combien de jours dure comp pec', dispositif: 'competences-pec', aspect: 'duration' },
  { question: 'competnces pec ca dure combien de temps', dispositif: 'competences-pec', aspect: 'duration' },
  {
    question: "combien de demi journees d'ateliers en comp pec",
    dispositif: 'competences-pec',
    aspect: 'duration',
  },
  { question: 'qui peut beneficier de competences pec', dispositif: 'competences-pec', aspect: 'audience' },
  {
    question: 'un salarié en PEC qui touche le RSA peut-il faire compétences PEC ?',
    dispositif: 'competences-pec',
    aspect: 'audience',
  },
  { question: 'qu est ce qu on fait pendant comp pec', dispositif: 'competences-pec', aspect: 'content' },
  {
    question: 'contenu compétences PEC, il y a un portefeuille de compétences ?',
    dispositif: 'competences-pec',
    aspect: 'content',
  },
  { question: "c'est quoi les 5 phases de la PEC", dispositif: 'competences-pec', aspect: 'phases' },
  { question: 'deroulement de competences pec', dispositif: 'competences-pec', aspect: 'phases' },
  {
    question: 'comment ca se passe comp pec etape par etape',
    dispositif: 'competences-pec',
    aspect: 'phases',
  },
  { question: 'comp pec en visio possible ?', dispositif: 'competences-pec', aspect: 'modality' },
  {
    question: 'COMPETENCES PEC C EN PRESENTIEL AU CENTRE ?',
    dispositif: 'competences-pec',
    aspect: 'modality',
  },
  {
    question: 'comment inscrire un salarie en competence pec',
    dispositif: 'competences-pec',
    aspect: 'prescription',
  },
  {
    question: "il faut l'accord de l'employeur pour prescrire la PEC ?",
    dispositif: 'competences-pec',
    aspect: 'prescription',
  },
  { question: 'qui prescrit comp pec', dispositif: 'competences-pec', aspect: 'prescription' },
  { question: 'objectif chiffré competences pec 2022', dispositif: 'competences-pec', aspect: 'target' },
  {
    question: "combien d'allocataires rsa visés pour la PEC",
    dispositif: 'competences-pec',
    aspect: 'target',
  },
  { question: 'difference comp pec et prepa comp', dispositif: 'competences-pec', aspect: 'comparison' },
  { question: 'compétences PEC vs VAE classique', dispositif: 'competences-pec', aspect: 'comparison' },

  // ── La Promo 16/18 ───────────────────────────────────────────────────
  { question: 'combien de temps dure la promo 1618', dispositif: 'promo-16-18', aspect: 'duration' },
  { question: "c'est quoi la promo 16/18", dispositif: 'promo-16-18', aspect: 'overview' },
  { question: 'promo 16 18 ?', dispositif: 'promo-16-18', aspect: 'overview' },
  { question: 'presente moi la promo1618', dispositif: 'promo-16-18', aspect: 'overview' },
  { question: "La Promo 16-18 en gros c'est quoi", dispositif: 'promo-16-18', aspect: 'overview' },
  { question: "la promo 16 18 c'est combien de semaines", dispositif: 'promo-16-18', aspect: 'duration' },
  { question: 'duree promo 1618', dispositif: 'promo-16-18', aspect: 'duration' },
  {
    question: 'promo 1618 ca dur combien de mois et c pour qui',
    dispositif: 'promo-16-18',
    aspect: 'duration',
  },
  {
    question: 'un jeune ASE de 17 ans peut-il faire la Promo 16/18 ?',
    dispositif: 'promo-16-18',
    aspect: 'audience',
  },
  {
    question: "pour qui la promo 16 18 ? un jeune de 18 ans c'est bon ?",
    dispositif: 'promo-16-18',
    aspect: 'audience',
  },
  { question: "la promo 1618 s'adresse a quels jeunes", dispositif: 'promo-16-18', aspect: 'audience' },
  { question: 'Promo 16/18 : qui peut en bénéficier ?', dispositif: 'promo-16-18', aspect: 'audience' },
  {
    question: "qu'est-ce que les jeunes font pendant la promo 16/18",
    dispositif: 'promo-16-18',
    aspect: 'content',
  },
  {
    question: 'programme de la promo 1618, il y a le code de la route ?',
    dispositif: 'promo-16-18',
    aspect: 'content',
  },
  { question: 'quelles sont les phases de la promo 16 18', dispositif: 'promo-16-18', aspect: 'phases' },
  {
    question: 'deroulement de la promo 1618 semaine par semaine',
    dispositif: 'promo-16-18',
    aspect: 'phases',
  },
  {
    question: "promo 16/18 c'est en présentiel tous les jours ?",
    dispositif: 'promo-16-18',
    aspect: 'modality',
  },
  { question: 'la promo 1618 ca se passe ou', dispositif: 'promo-16-18', aspect: 'modality' },
  {
    question: "comment orienter un jeune de l'ASE vers la promo 16 18",
    dispositif: 'promo-16-18',
    aspect: 'prescription',
  },
  {
    question: 'qui peut prescrire la promo 1618 ? mission locale seulement ?',
    dispositif: 'promo-16-18',
    aspect: 'prescription',
  },
  {
    question: 'combien de jeunes ASE prevus sur la promo 16-18 en 2022',
    dispositif: 'promo-16-18',
    aspect: 'target',
  },
  { question: 'objectif promo 1618', dispositif: 'promo-16-18', aspect: 'target' },
  { question: 'promo 16 18 ou prepa comp pour un mineur', dispositif: 'promo-16-18', aspect: 'comparison' },
  { question: "différence entre la promo 16/18 et l'E2C", dispositif: 'promo-16-18', aspect: 'comparison' },

  // ── VAE ──────────────────────────────────────────────────────────────
  { question: 'qui peut prescrire la VAE', dispositif: 'vae', aspect: 'prescription' },
  { question: 'différence entre VAE et RSFP', dispositif: 'vae', aspect: 'comparison' },
  { question: "c'est quoi la VAE", dispositif: 'vae', aspect: 'overview' },
  { question: 'VAE ?', dispositif: 'vae', aspect: 'overview' },
  {
    question: "la validation des acquis de l'experience a l'afpa ça consiste en quoi",
    dispositif: 'vae',
    aspect: 'overview',
  },
  { question: 'vous pouvez me presenter la vae', dispositif: 'vae', aspect: 'overview' },
  { question: 'combien de temps dure une vae', dispositif: 'vae', aspect: 'duration' },
  {
    question: "qui peut faire une VAE, il faut combien d'années d'expérience ?",
    dispositif: 'vae',
    aspect: 'audience',
  },
  { question: "sur quels titres on peut faire une VAE a l'afpa", dispositif: 'vae', aspect: 'content' },
  { question: 'les etapes de la vae svp', dispositif: 'vae', aspect: 'phases' },
  { question: 'vae c en presentiel ?', dispositif: 'vae', aspect: 'modality' },
  { question: 'comment inscrire un allocataire a une vae afpa', dispositif: 'vae', aspect: 'prescription' },
  { question: 'objectif chiffre pour la vae dans la convention ?', dispositif: 'vae', aspect: 'target' },
  { question: "vae ou clea pour quelqu'un sans diplome", dispositif: 'vae', aspect: 'comparison' },

  // ── RSFP ─────────────────────────────────────────────────────────────
  { question: "c'est quoi la RSFP", dispositif: 'rsfp', aspect: 'overview' },
  { question: 'rsfp ?', dispositif: 'rsfp', aspect: 'overview' },
  {
    question: 'reconnaissance des savoir faire professionnels c quoi',
    dispositif: 'rsfp',
    aspect: 'overview',
  },
  { question: 'rsfp c pour qui', dispositif: 'rsfp', aspect: 'audience' },
  { question: "la rsfp c'est pour les salariés de SIAE ?", dispositif: 'rsfp', aspect: 'audience' },
  { question: "qu'est ce qu'on obtient avec la rsfp", dispositif: 'rsfp', aspect: 'content' },
  { question: 'combien de jours pour une rsfp', dispositif: 'rsfp', aspect: 'duration' },
  { question: 'etapes de la rsfp', dispositif: 'rsfp', aspect: 'phases' },
  { question: 'RSFP a distance ou sur place ?', dispositif: 'rsfp', aspect: 'modality' },
  { question: 'comment prescrire une RSFP', dispositif: 'rsfp', aspect: 'prescription' },
  { question: 'rsfp vs vae', dispositif: 'rsfp', aspect: 'comparison' },

  // ── CléA ─────────────────────────────────────────────────────────────
  { question: "c'est quoi CléA", dispositif: 'clea', aspect: 'overview' },
  { question: 'clea ?', dispositif: 'clea', aspect: 'overview' },
  { question: 'parle moi de la certification clea socle', dispositif: 'clea', aspect: 'overview' },
  { question: 'clea c pour qui', dispositif: 'clea', aspect: 'audience' },
  { question: "qu'est ce qu'on evalue dans clea", dispositif: 'clea', aspect: 'content' },
  { question: 'combien de temps pour passer CléA', dispositif: 'clea', aspect: 'duration' },
  { question: 'CLEA SOCLE COMBIEN DE JOURS', dispositif: 'clea', aspect: 'duration' },
  { question: 'comment ça se passe le clea, il y a un jury ?', dispositif: 'clea', aspect: 'phases' },
  { question: 'clea a distance c possible', dispositif: 'clea', aspect: 'modality' },
  { question: 'comment inscrire quelqu un au clea', dispositif: 'clea', aspect: 'prescription' },
  {
    question: 'clea ou clea numerique pour un allocataire qui sait pas bien lire',
    dispositif: 'clea',
    aspect: 'comparison',
  },

  // ── CléA Numérique ───────────────────────────────────────────────────
  { question: "CléA numérique c'est quoi", dispositif: 'clea-numerique', aspect: 'overview' },
  { question: 'clea num ?', dispositif: 'clea-numerique', aspect: 'overview' },
  { question: 'presentez moi clea numerique', dispositif: 'clea-numerique', aspect: 'overview' },
  { question: 'clea num c pour qui', dispositif: 'clea-numerique', aspect: 'audience' },
  { question: 'contenu du clea numerique', dispositif: 'clea-numerique', aspect: 'content' },
  { question: 'clea numérique ca dure combien', dispositif: 'clea-numerique', aspect: 'duration' },
  { question: 'clea num en ligne ou sur place ?', dispositif: 'clea-numerique', aspect: 'modality' },
  { question: 'comment prescrire clea num', dispositif: 'clea-numerique', aspect: 'prescription' },
  { question: 'clea numerique vs pix', dispositif: 'clea-numerique', aspect: 'comparison' },

  // ── Open Badges ──────────────────────────────────────────────────────
  { question: "c'est quoi les open badges", dispositif: 'open-badges', aspect: 'overview' },
  { question: 'open badge ?', dispositif: 'open-badges', aspect: 'overview' },
  { question: "les badges soft skills de l'afpa c'est quoi", dispositif: 'open-badges', aspect: 'overview' },
  { question: 'open badges pour qui', dispositif: 'open-badges', aspect: 'audience' },
  {
    question: 'quelles competences on peut valider avec les open badges',
    dispositif: 'open-badges',
    aspect: 'content',
  },
  { question: "les open badges c'est a distance ?", dispositif: 'open-badges', aspect: 'modality' },
  {
    question: 'comment obtenir des open badges pour un beneficiaire',
    dispositif: 'open-badges',
    aspect: 'prescription',
  },
  { question: 'open badges ou clea, lequel choisir', dispositif: 'open-badges', aspect: 'comparison' },

  // ── Français à visée professionnelle ─────────────────────────────────
  {
    question: "c'est quoi le français à visée professionnelle",
    dispositif: 'francais-visee-pro',
    aspect: 'overview',
  },
  { question: 'FLE ?', dispositif: 'francais-visee-pro', aspect: 'overview' },
  {
    question: "vous avez une formation FLE a l'afpa ?",
    dispositif: 'francais-visee-pro',
    aspect: 'overview',
  },
  {
    question: "une formation pour apprendre le francais ca existe a l'afpa ?",
    dispositif: 'francais-visee-pro',
    aspect: 'overview',
  },
  { question: "le FLE c'est pour qui", dispositif: 'francais-visee-pro', aspect: 'audience' },
  {
    question: 'un primo-arrivant qui parle pas du tout francais peut il entrer en FLE ?',
    dispositif: 'francais-visee-pro',
    aspect: 'audience',
  },
  { question: 'contenu du francais a visee pro', dispositif: 'francais-visee-pro', aspect: 'content' },
  {
    question: 'combien de temps dure la formation FLE',
    dispositif: 'francais-visee-pro',
    aspect: 'duration',
  },
  { question: 'FLE en distanciel possible ?', dispositif: 'francais-visee-pro', aspect: 'modality' },
  {
    question: 'comment orienter qqn vers le francais langue etrangere',
    dispositif: 'francais-visee-pro',
    aspect: 'prescription',
  },

  // ── Formation de droit commun ────────────────────────────────────────
  {
    question: "c'est quoi l'acces a la formation de droit commun",
    dispositif: 'formation-droit-commun',
    aspect: 'overview',
  },
  { question: 'formation de droit commun afpa ?', dispositif: 'formation-droit-commun', aspect: 'overview' },
  {
    question: "formations qualifiantes financées par la region pour les rsa c'est quoi le principe",
    dispositif: 'formation-droit-commun',
    aspect: 'overview',
  },
  {
    question: "qui peut acceder aux formations qualifiantes de la Région a l'afpa",
    dispositif: 'formation-droit-commun',
    aspect: 'audience',
  },
  {
    question: 'un salarie de SIAE peut il entrer en formation qualifiante financée par la région ?',
    dispositif: 'formation-droit-commun',
    aspect: 'audience',
  },
  {
    question: 'les formations qualifiantes afpa ça dure combien de temps',
    dispositif: 'formation-droit-commun',
    aspect: 'duration',
  },
  {
    question: 'formation droit commun contenu ? quels metiers',
    dispositif: 'formation-droit-commun',
    aspect: 'content',
  },
  {
    question: 'formations de droit commun c en présentiel au centre de Montauban ?',
    dispositif: 'formation-droit-commun',
    aspect: 'modality',
  },
  {
    question: 'comment inscrire un allocataire sur une formation qualifiante afpa',
    dispositif: 'formation-droit-commun',
    aspect: 'prescription',
  },
  {
    question: 'formation qualifiante region ou prepa comp avant ?',
    dispositif: 'formation-droit-commun',
    aspect: 'comparison',
  },

  // ── Clauses sociales / chantiers d'insertion ─────────────────────────
  {
    question: "c'est quoi la preparation aux clauses sociales",
    dispositif: 'clauses-sociales',
    aspect: 'overview',
  },
  { question: 'clauses sociales ?', dispositif: 'clauses-sociales', aspect: 'overview' },
  {
    question: "l'afpa prepare aux chantiers d'insertion, ça consiste en quoi",
    dispositif: 'clauses-sociales',
    aspect: 'overview',
  },
  { question: 'prepa clauses sociales pour qui', dispositif: 'clauses-sociales', aspect: 'audience' },
  {
    question: "qu'est ce qu'on apprend dans la preparation aux clauses sociales",
    dispositif: 'clauses-sociales',
    aspect: 'content',
  },
  {
    question: 'combien de temps dure la preparation aux missions clauses sociales',
    dispositif: 'clauses-sociales',
    aspect: 'duration',
  },
  {
    question: 'clauses sociales ca se deroule comment, il y a une evaluation a la fin ?',
    dispositif: 'clauses-sociales',
    aspect: 'phases',
  },
  {
    question: "comment orienter vers la preparation chantier d'insertion",
    dispositif: 'clauses-sociales',
    aspect: 'prescription',
  },

  // ── Hors sujet ou trop vague : pas de réponse assurée ────────────────
  { question: 'quel temps fait-il à Montauban', dispositif: null, aspect: null },
  { question: 'bonjour ça va', dispositif: null, aspect: null },
  { question: 'combien coûte un permis de conduire', dispositif: null, aspect: null },
  { question: "comment remplir une déclaration d'impôts", dispositif: null, aspect: null },
  { question: "c'est quoi une formation", dispositif: null, aspect: null },
  { question: 'merci', dispositif: null, aspect: null },
  { question: "tu peux m'aider ?", dispositif: null, aspect: null },
  { question: 'quel est le montant du RSA pour une personne seule', dispositif: null, aspect: null },
  { question: 'comment faire une demande de logement social', dispositif: null, aspect: null },
  { question: 'numero de la CAF de montauban', dispositif: null, aspect: null },
  { question: "c'est quand les vacances scolaires", dispositif: null, aspect: null },
  { question: 'comment renouveler une carte vitale', dispositif: null, aspect: null },
  { question: 'donne moi une recette de gateau au chocolat', dispositif: null, aspect: null },
  { question: 'qui a gagné le match hier soir', dispositif: null, aspect: null },
  { question: 'test', dispositif: null, aspect: null },
  { question: 'comment on lit une fiche de paie', dispositif: null, aspect: null },
];
