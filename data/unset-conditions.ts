import { WHO_CAN_ENTER, type Programme } from './eligibility.js';

/**
 * What référents ask about a person that the agreement sets no condition on: a driving
 * licence, childcare, a pregnancy, an invalidity pension, a criminal record. Read in a
 * person's story, it is said beside the check; asked (« elle a pas le permis, c'est
 * bloquant ? »), it is the answer. Either way the bot says the agreement is silent, and
 * for material access what it does ask of the référent (Protocole, § 5).
 */
export const UNSET_CONDITIONS = [
  'licence',
  'childcare',
  'pregnancy',
  'invalidity',
  'record',
  'disability',
  'equipment',
] as const;
export type UnsetCondition = (typeof UNSET_CONDITIONS)[number];

const READ: Readonly<Record<UnsetCondition, RegExp>> = {
  licence:
    /\b(pas (le |de |son )?permis|sans (le |son )?permis|ni (le |de )?permis|plus (le |de |son )?permis|ni (de )?(voiture|vehicule|scooter)|pas de scooter|n a pas (le |de |son )?permis|pas (de |d )?(voiture|vehicule|moyen de (transport|locomotion))|sans (voiture|vehicule)|pas motorisee?|(probleme|soucis?) de (mobilite|transport)|mobilite (reduite|difficile|compliquee))\b/,
  childcare:
    /\b(garde (des enfants |d enfants )?(compliquee?|difficile|pas simple|pas evidente?|problematique|a trouver|pas trouvee?)|(probleme|soucis?|difficultes?) de garde|pas de solution de garde|pas de (mode de )?garde|sans (mode de )?garde|(pas de |personne pour )(les |la |le )?garder|(faire )?garder (ses |les |son |sa )?(enfants?|gosses|petits?|bebe)|garde (du |des |de la |de ses |de son |de sa )(bebe|enfants?|gosses|petite?s?))\b/,
  pregnancy: /\b(enceinte|grossesse|attend un (bebe|enfant)|conge maternite)\b/,
  invalidity: /\b(pension d invalidite|invalidite)\b/,
  record: /\b(casier( judiciaire)?|condamne\w*|sous main de justice|spip|sortie? de prison|incarcer\w*)\b/,
  disability: /\b(rqth|travailleur handicape|reconnaissance (de |du )?handicap|mdph)\b/,
  equipment:
    /\b((pas|sans|ni|plus) (d |de |un |son |d un )?(ordi|ordinateur|pc|internet|connexion|wifi|wi fi|box|tablette)|(pas|mal|peu) equipee?|n a pas (d |de |un )?(ordi|ordinateur|pc|internet))\b/,
};

/** Said with « ne dit rien »: « du permis… », « de la garde… ». */
const SUBJECT: Readonly<Record<UnsetCondition, string>> = {
  licence: 'du permis de conduire ou d’un véhicule',
  childcare: 'de la garde des enfants',
  pregnancy: 'd’une grossesse',
  invalidity: 'd’une pension d’invalidité',
  record: 'd’un casier judiciaire ou d’une peine',
  disability: 'd’une reconnaissance de handicap (RQTH)',
  equipment: 'd’un ordinateur ou d’une connexion à internet',
};

/** What the référent makes sure of with the person, which these two touch. */
const MATERIAL: ReadonlySet<UnsetCondition> = new Set(['licence', 'childcare']);

/** The two programmes that may be followed at a distance (Protocole, § 3, « Modalités d'organisation »). */
const AT_A_DISTANCE = {
  'prepa-competences':
    'Prépa Compétences peut se suivre en tout ou partie à distance ou en présentiel au centre AFPA, selon la situation de la personne (Protocole, § 3).',
  'competences-pec':
    'Compétences PEC peut se suivre en tout ou partie à distance ou en présentiel au centre AFPA, selon la situation de la personne (Protocole, § 3).',
  both: 'Prépa Compétences et Compétences PEC peuvent se suivre en tout ou partie à distance ou en présentiel au centre AFPA, selon la situation de la personne (Protocole, § 3).',
} as const;

/** « c'est bloquant ? », « ça empêche ? », « faut-il une RQTH ? »: whether a fact stands in the way is what is asked. */
export const ASKS_IF_BLOCKING =
  /\b(bloqu\w*|empech\w*|(pose|poser|posera|poserait) (un )?(probleme|souci)|(un |c est un )?(frein|obstacle|souci|probleme)(?!s? (de|d) (mobilite|transports?|deplacements?|locomotion|garde|sante|logement))|obligatoire|il faut (le|avoir|qu (il|elle) ait)|faut (il |t il )?(une|un|avoir)|necessaire|exige|ca change (qqch|quelque chose|quoi|rien)|redhibitoire|genant|elimin\w*)\b/;

/** « et s'il a une RQTH en plus ? », « et si elle est enceinte ? »: the same check, with one more fact. */
export const ASKS_WHAT_IF =
  /^(et |mais |ok et )?(s il|si il|si elle|s ils|si ils|si elles|si jamais (il|elle)) (a|ont|avait|avaient|est|sont|etait|etaient)\b/;

/** « pas de voiture… des solutions ? »: a way round the obstacle is asked. */
export const ASKS_FOR_A_WAY =
  /\b(des solutions?|une solution|(il y a|y a|ya) (une )?solution|comment (on )?(fait|faire))\b/;

/** The conditions a normal text speaks of, in the order of the list. */
export function unsetConditions(text: string): UnsetCondition[] {
  return UNSET_CONDITIONS.filter((c) => READ[c].test(text));
}

/** What the agreement asks of the référent about getting there and childcare, said wherever they come up. */
export const MATERIAL_CONDITIONS_PART =
  'Il demande au référent de s’assurer avec la personne des conditions matérielles d’accès au parcours (mobilité, garde d’enfants…) (Protocole, § 5).';

/**
 * What the agreement says of them, in one or two lines: nothing, then, for a licence or
 * childcare, the référent's part and, for the two programmes that allow it, the distance.
 */
export function unsetConditionLines(conditions: readonly UnsetCondition[], programme?: Programme): string[] {
  if (conditions.length === 0) return [];
  const subjects = conditions.map((c) => SUBJECT[c]).join(' ni ');
  const lines = [
    `L’accord ne dit rien ${subjects} : ${conditions.length > 1 ? 'ce ne sont pas des conditions' : 'ce n’est pas une condition'} d’entrée qu’il fixe ; au regard de l’accord, cela n’empêche pas d’entrer.`,
  ];
  // « faut-il une RQTH pour compétences PEC ? »: what the programme does require.
  if (programme && conditions.includes('disability')) {
    const rule = WHO_CAN_ENTER[programme];
    lines.push(`Ce qu’il fixe : ${rule.text} (${rule.source})`);
  }
  if (conditions.some((c) => MATERIAL.has(c))) {
    const distance = programme === 'promo-16-18' ? '' : ` ${AT_A_DISTANCE[programme ?? 'both']}`;
    lines.push(`${MATERIAL_CONDITIONS_PART}${distance}`);
  } else if (conditions.includes('equipment') && programme !== 'promo-16-18') {
    // « elle a pas d'ordi »: the two that may be followed at a distance may as well be followed at the centre.
    lines.push(AT_A_DISTANCE[programme ?? 'both']);
  }
  return lines;
}
