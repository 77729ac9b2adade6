import { DISPOSITIFS } from './catalogue/dispositifs.js';
import {
  checkEligibility,
  openAlready,
  checkProgramme,
  decidingReason,
  impliedProgramme,
  INSERTION_STRUCTURE_ROUTE,
  prepaFit,
  type EligibilityOptions,
  type Profile,
  type Programme,
} from './eligibility.js';
import type { ExtractedProfile } from './eligibility-extraction.js';
import { unsetConditionLines } from './unset-conditions.js';

/** What the story told beside the facts: the need, what the agreement sets no condition on, the person's work. */
export type Story = Pick<
  ExtractedProfile,
  'aim' | 'unset' | 'insertionStructure' | 'qualified' | 'choice' | 'lowFrench'
>;

/** The programme's name, as the catalogue gives it. */
const nameOf = (programme: Programme): string =>
  DISPOSITIFS.find((d) => d.id === programme)?.name ?? programme;

/** For someone who speaks little French, what the agreement offers beside the programmes. */
const FRENCH_FOR_WORK =
  'Pour une personne qui parle peu le français, l’accord présente aussi le Français à visée professionnelle : la formation « Français langue étrangère » de l’AFPA, pour les personnes primo-arrivantes ou débutantes en français (Accord, art. 2.2.3).';

/**
 * What the agreement says of the person's story, said with the check before its questions:
 * which volet of Prépa Compétences fits (« peur de lâcher sa formation »), a condition it does
 * not set (« pas le permis »), the RSFP for someone in an insertion structure. Each line is
 * said only for the programme it concerns, or when no programme is asked.
 */
export function storyNotes(profile: Profile, focus: Programme | undefined, story: Story): string[] {
  const notes: string[] = [];
  const fit = focus === undefined || focus === 'prepa-competences' ? prepaFit(profile, story) : undefined;
  if (fit) notes.push(`${fit.text} (${fit.source})`);
  notes.push(...unsetConditionLines(story.unset ?? [], focus));
  if (story.insertionStructure && (focus === undefined || focus === 'competences-pec'))
    notes.push(`${INSERTION_STRUCTURE_ROUTE.text} (${INSERTION_STRUCTURE_ROUTE.source})`);
  if (story.lowFrench && focus !== 'promo-16-18') notes.push(FRENCH_FOR_WORK);
  return notes;
}

/**
 * « et quand il aura 16 ans ? » after a 15-year-old was ruled out, « et si elle avait 19 ans ? »
 * after a 17-year-old: said first, so that the référente knows what the hypothesis opens or
 * closes before the check asks what it still needs. `programme`: the one asked, or else the
 * one the person first pointed to. Nothing when the verdict does not change that way, or when
 * the result card says it at once. The reason is given unless the check shows the `focus`
 * programme's verdict with its own, right below.
 */
export function whatIfNote(
  before: Profile,
  after: Profile,
  programme: Programme | undefined,
  options: EligibilityOptions,
  focus?: Programme,
): string | undefined {
  const about = programme ?? impliedProgramme(before) ?? impliedProgramme(after);
  if (!about) return undefined;
  const was = checkProgramme(before, about, options);
  const is = checkProgramme(after, about, options);
  const name = nameOf(about);
  if (was.verdict === 'not_eligible' && is.verdict === 'to_check')
    return `Dans ce cas, ce qui écartait la personne de ${name} ne l’en écarte plus : elle pourrait y entrer, selon les points qui restent à vérifier.`;
  if (was.verdict !== 'not_eligible' && is.verdict === 'not_eligible')
    return `Dans ce cas, ${name} n’est plus possible.${about === focus ? '' : decidingReason(is)}`;
  return undefined;
}

/**
 * « 24 ans au RSA, promo 1618 ou prépa ? »: the programmes of the choice the facts already rule
 * out, each said in one line with its reason, and those left to check.
 */
export function ruledOutOfTheChoice(
  profile: Profile,
  choice: readonly Programme[],
  options: EligibilityOptions,
): { lines: string[]; left: Programme[] } {
  const results = checkEligibility(profile, options);
  const lines: string[] = [];
  const left: Programme[] = [];
  for (const programme of choice) {
    const result = results.find((r) => r.dispositif === programme);
    if (result?.verdict !== 'not_eligible') {
      left.push(programme);
      continue;
    }
    lines.push(`${nameOf(programme)} : non éligible.${decidingReason(result)}`);
  }
  // « il peut faire compétences pec ? et prépa comp aussi ? »: both are checked, and said so.
  if (left.length > 1) lines.push(`Je vérifie les deux : ${left.map(nameOf).join(' et ')}.`);
  return { lines, left };
}

/**
 * « j'ai un monsieur au RSA, il peut faire quoi avec l'AFPA ? »: before the questions, where each
 * programme stands on what was said, so that the answer names them at once.
 */
export function whereEachStands(
  profile: Profile,
  options: EligibilityOptions,
  /** The programmes open whatever is left (`openAlready`), when the caller has them already. */
  open: readonly Programme[] = openAlready(profile, options),
): string | undefined {
  const said = { eligible: 'oui', to_check: 'à vérifier', not_eligible: 'non' } as const;
  // In a PEC and on the RSA: « oui », whoever turns out to prescribe it.
  const parts = checkEligibility(profile, options).flatMap((result) =>
    open.includes(result.dispositif)
      ? [`${nameOf(result.dispositif)} : oui`]
      : result.verdict in said
        ? [`${nameOf(result.dispositif)} : ${said[result.verdict as keyof typeof said]}`]
        : [],
  );
  return parts.length > 0 ? `D’après ce que vous dites, ${parts.join(' ; ')}.` : undefined;
}
