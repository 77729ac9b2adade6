import { MessageFactory } from 'botbuilder';
import {
  ChoicePrompt,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { eligibilityResultCard } from '../cards/eligibility-cards.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import {
  campaignLine,
  checkEligibility,
  FACT_QUESTIONS,
  missingFacts,
  PROGRAMMES,
  type EligibilityOptions,
  type EligibilityResult,
  type Profile,
  type ProfileField,
  type Programme,
} from '../data/eligibility.js';
import { normalizeText } from '../data/qa/normalize.js';
import { CancelAndHelpDialog } from './cancel-and-help-dialog.js';
import { looksLikeNewMessage, type PassedOn } from './pass-on.js';

export const ELIGIBILITY_DIALOG = 'eligibilityDialog';
const WATERFALL = 'eligibilityWaterfall';
const AGE_PROMPT = 'eligibilityAgePrompt';
const YES_NO_PROMPT = 'eligibilityYesNoPrompt';
const ASKED = 'askedFact';

export type EligibilityDialogResult = PassedOn & { results?: EligibilityResult[] };

export type EligibilityDialogOptions = {
  profile: Profile;
  /** Facts the référent said they do not know: never asked twice. */
  skipped: ProfileField[];
  focus?: Programme;
};

const YES = 'Oui';
const NO = 'Non';
const DONT_KNOW = 'Je ne sais pas';
const DONT_KNOW_WORDS =
  /^(je )?(ne )?(sais pas|sai pas|sp|ne sais pas|aucune idee|inconnu|\?|nsp|pas sur|je sais pas)$/;

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
    // A text prompt read by `parseAge`: the number recognisers of botbuilder cost several
    // milliseconds a turn for « 17 » or « 17 ans », all that référents type.
    this.addDialog(new TextPrompt(AGE_PROMPT, this.validateAge.bind(this)));
    const yesNo = new ChoicePrompt(YES_NO_PROMPT, this.validateYesNo.bind(this), 'fr-fr');
    yesNo.recognizerOptions = { recognizeNumbers: false, recognizeOrdinals: false };
    this.addDialog(yesNo);
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
        MessageFactory.attachment(
          eligibilityResultCard(
            this.catalogue,
            state.profile,
            results,
            state.focus,
            options.campaign ? campaignLine(options.campaign, options.today ?? new Date()) : undefined,
          ),
        ),
      );
      return step.endDialog({ results } satisfies EligibilityDialogResult);
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
        {
          value: DONT_KNOW,
          synonyms: ['sais pas', 'je sais pas', 'ne sais pas', 'aucune idée', 'nsp', '?', 'inconnu'],
        },
      ],
      style: ListStyle.heroCard,
    });
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as EligibilityDialogOptions;
    const field = (step.values as Record<string, unknown>)[ASKED] as ProfileField;
    const text = step.context.activity.text ?? '';
    const next: EligibilityDialogOptions = {
      ...state,
      profile: { ...state.profile },
      skipped: [...state.skipped],
    };
    const facts = next.profile as Record<string, unknown>;
    if (field === 'age') {
      const age = parseAge(text);
      if (age !== undefined) next.profile.age = age;
      else if (isDontKnow(text)) next.skipped.push(field);
      else return step.endDialog({ passOn: text } satisfies EligibilityDialogResult);
    } else {
      const answer = step.result as FoundChoice | undefined;
      if (answer?.value === YES) facts[field] = true;
      else if (answer?.value === NO) facts[field] = false;
      else if (answer?.value === DONT_KNOW) next.skipped.push(field);
      else return step.endDialog({ passOn: text } satisfies EligibilityDialogResult);
    }
    return step.replaceDialog(ELIGIBILITY_DIALOG, next);
  }

  /** An age, « je ne sais pas », or a whole new message (handed back); anything else is asked again. */
  private async validateAge(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.context.activity.text ?? '';
    return parseAge(text) !== undefined || isDontKnow(text) || looksLikeNewMessage(text);
  }

  private async validateYesNo(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    return prompt.recognized.succeeded || looksLikeNewMessage(prompt.context.activity.text ?? '');
  }
}

/** « 17 », « 17 ans »: a whole number of years that someone can have. */
export function parseAge(text: string): number | undefined {
  const match = /^(\d{1,3})( ?ans?)?$/.exec(normalizeText(text));
  const age = match ? Number(match[1]) : undefined;
  return age !== undefined && age <= 120 ? age : undefined;
}

function isDontKnow(text: string): boolean {
  return DONT_KNOW_WORDS.test(normalizeText(text)) || text.trim() === '?';
}
