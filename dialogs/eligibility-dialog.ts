import { MessageFactory } from 'botbuilder';
import {
  ChoicePrompt,
  ListStyle,
  NumberPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { eligibilityResultCard } from '../cards/eligibility-cards.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import {
  checkEligibility,
  FACT_QUESTIONS,
  missingFacts,
  PROGRAMMES,
  type EligibilityOptions,
  type Profile,
  type ProfileField,
  type Programme,
} from '../data/eligibility.js';
import { normalizeText } from '../data/qa/normalize.js';
import { CancelAndHelpDialog } from './cancel-and-help-dialog.js';

export const ELIGIBILITY_DIALOG = 'eligibilityDialog';
const WATERFALL = 'eligibilityWaterfall';
const AGE_PROMPT = 'eligibilityAgePrompt';
const YES_NO_PROMPT = 'eligibilityYesNoPrompt';
const ASKED = 'askedFact';

export type EligibilityDialogOptions = {
  profile: Profile;
  /** Facts the référent said they do not know: never asked twice. */
  skipped: ProfileField[];
  focus?: Programme;
};

const YES = 'Oui';
const NO = 'Non';
const DONT_KNOW = 'Je ne sais pas';
const DONT_KNOW_WORDS = /^(je )?(ne )?(sais pas|sai pas|sp|ne sais pas|aucune idee|inconnu|\?|nsp|pas sur|je sais pas)$/;

export const AGE_RETRY = 'Indiquez un âge en années (par exemple 17), ou « je ne sais pas ».';

/**
 * The guided check: one short question at a time, only those whose answer can
 * still change a verdict, then the verdicts. Its state is kept in memory only,
 * never in the bot's store: a check is anonymous and leaves nothing behind.
 */
export class EligibilityDialog extends CancelAndHelpDialog {
  constructor(
    catalogue: Catalogue,
    private readonly checkOptions: () => EligibilityOptions,
  ) {
    super(ELIGIBILITY_DIALOG, catalogue);
    this.addDialog(new NumberPrompt(AGE_PROMPT, this.validateAge.bind(this), 'fr-fr'));
    this.addDialog(new ChoicePrompt(YES_NO_PROMPT, undefined, 'fr-fr'));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askStep.bind(this), this.recordStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private nextFact(options: EligibilityOptions, state: EligibilityDialogOptions): ProfileField | undefined {
    const programmes = state.focus ? [state.focus] : PROGRAMMES;
    return missingFacts(state.profile, options, programmes).find((f) => !state.skipped.includes(f));
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as EligibilityDialogOptions;
    const options = this.checkOptions();
    const field = this.nextFact(options, state);
    if (!field) {
      const results = checkEligibility(state.profile, options);
      await step.context.sendActivity(
        MessageFactory.attachment(eligibilityResultCard(this.catalogue, state.profile, results, state.focus)),
      );
      return step.endDialog(results);
    }
    (step.values as Record<string, unknown>)[ASKED] = field;
    if (field === 'age') {
      return step.prompt(AGE_PROMPT, { prompt: FACT_QUESTIONS.age, retryPrompt: AGE_RETRY });
    }
    return step.prompt(YES_NO_PROMPT, {
      prompt: FACT_QUESTIONS[field],
      retryPrompt: `${FACT_QUESTIONS[field]} Répondez Oui, Non ou « Je ne sais pas ».`,
      choices: [
        { value: YES, synonyms: ['o', 'yes', 'ouais', 'oui oui', 'exact', 'tout à fait'] },
        { value: NO, synonyms: ['n', 'no', 'non non', 'pas du tout'] },
        { value: DONT_KNOW, synonyms: ['sais pas', 'je sais pas', 'ne sais pas', 'aucune idée', 'nsp', '?', 'inconnu'] },
      ],
      style: ListStyle.heroCard,
    });
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as EligibilityDialogOptions;
    const field = (step.values as Record<string, unknown>)[ASKED] as ProfileField;
    const answer = step.result as number | FoundChoice | undefined;
    const next: EligibilityDialogOptions = { ...state, profile: { ...state.profile }, skipped: [...state.skipped] };
    if (typeof answer === 'number') next.profile.age = answer;
    else if (answer?.value === YES) (next.profile as Record<string, unknown>)[field] = true;
    else if (answer?.value === NO) (next.profile as Record<string, unknown>)[field] = false;
    else next.skipped.push(field);
    return step.replaceDialog(ELIGIBILITY_DIALOG, next);
  }

  /** A whole number of years, or "je ne sais pas" (which leaves the age unknown). */
  private async validateAge(prompt: PromptValidatorContext<number>): Promise<boolean> {
    const text = normalizeText(prompt.context.activity.text ?? '');
    if (DONT_KNOW_WORDS.test(text) || prompt.context.activity.text?.trim() === '?') {
      prompt.recognized.value = undefined;
      return true;
    }
    const age = prompt.recognized.value;
    return prompt.recognized.succeeded && age !== undefined && Number.isInteger(age) && age >= 0 && age <= 120;
  }
}
