/**
 * During an appointment a référent passes on the person's own questions in reported speech:
 * « elle me demande si elle sera payée », « il veut savoir quand du coup », « sa mère demande
 * s'il sera suivi après la promo ». Read as the question itself (« elle sera payée », « quand
 * du coup »), so that every reader sees what is asked rather than a « si » that makes the rest
 * a condition. Applied to text already in normal form (lower case, no accents, single spaces).
 */

/** Who asks: the person, a parent, « la dame »… (the référent's own « je me demande » is not relayed). */
const ASKER =
  '(?:il|elle|ils|elles|(?:sa|son|ses|la|le|les) (?:mere|pere|maman|papa|parents|famille|personne|jeune|dame|monsieur|gamine?|beneficiaire|allocataire|fils|fille)|madame|monsieur|mme|mr|l allocataire|l interessee?)';
/** How the question is reported: « me demande », « veut savoir », « s'inquiète de savoir », « sa question c'est ». */
const REPORTED =
  '(?:(?:me |m |nous )?(?:demande|demandent|demandait|a demande|ont demande)|se demandent?|(?:veut|veulent|voudrait|voudraient|aimerait|aimeraient|souhaite|souhaiterait) savoir|(?:s inquiete|s inquietent) de savoir|(?:me |nous )?pose la question)';
/** A report, with the words that may follow it: « elle me demande aussi… ». */
const REPORT = `(?:\\b${ASKER} ${REPORTED}|\\b(?:sa|son|leur) question (?:c est|c))(?: aussi| du coup| encore| egalement| surtout)?`;
/** « elle me demande ce que c'est exactement »: « c'est quoi exactement ». */
const WHAT_IT_IS = new RegExp(`${REPORT} ce que (?:c est|c)\\b`, 'g');
/** « elle demande ce qu'on fait », « ce qu'il y a »: « qu'est-ce qu'on fait ». */
const WHAT = new RegExp(`${REPORT} ce qu(?=e? )`, 'g');
/** « il demande si… », « s'il… », or the question word itself: the question as it was asked. */
const WHETHER = new RegExp(
  `${REPORT} (?:si |s (?=ils? )|(?=(?:quand|combien|comment|ou|pourquoi|quel\\w*|qui|c est|c|qu est ce|est ce)\\b))`,
  'g',
);

export function askedDirectly(normal: string): string {
  // Cheap test first: most messages report nothing.
  if (!/demand|savoir|question/.test(normal)) return normal;
  return normal.replace(WHAT_IT_IS, 'c est quoi').replace(WHAT, 'qu est ce qu').replace(WHETHER, '');
}
