import { INSERTION_STRUCTURE_ROUTE, prepaFit, type Profile, type Programme } from './eligibility.js';
import type { ExtractedProfile } from './eligibility-extraction.js';
import { unsetConditionLines } from './unset-conditions.js';

/** What the story told beside the facts: the need, what the agreement sets no condition on, the person's work. */
export type Story = Pick<ExtractedProfile, 'aim' | 'unset' | 'insertionStructure' | 'qualified'>;

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
  return notes;
}
