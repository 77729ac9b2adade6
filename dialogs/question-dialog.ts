import { MessageFactory } from 'botbuilder';
import {
  ChoicePrompt,
  ListStyle,
  WaterfallDialog,
  type Choice,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { dispositifListCard } from '../cards/dispositif-cards.js';
import { welcomeCard } from '../cards/welcome-card.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel, type Aspect, type DispositifId } from '../data/catalogue/schema.js';
import type { QuestionAnswering } from '../data/qa/question-answering.js';
import { answerActivity } from './answer-activity.js';
import { CancelAndHelpDialog } from './cancel-and-help-dialog.js';
import { recognizeCommand } from './commands.js';

export const QUESTION_DIALOG = 'questionDialog';
const WATERFALL = 'questionWaterfall';
const WHICH_DISPOSITIF_PROMPT = 'whichDispositifPrompt';
const PENDING = 'pending';

export type QuestionOptions = { question: string };
/** Kept in the dialog state between the two turns of a clarification. */
type PendingQuestion = { aspect: Aspect; candidates: DispositifId[] };
export type QuestionResult = { answered: DispositifId | null };

/**
 * One question, one answer; when two dispositifs fit equally, one more turn to ask
 * which. The state of that turn is stored, so a restart of the bot loses nothing.
 */
export class QuestionDialog extends CancelAndHelpDialog {
  constructor(
    catalogue: Catalogue,
    private readonly qa: QuestionAnswering,
  ) {
    super(QUESTION_DIALOG, catalogue);
    // Any answer is accepted: one that names no candidate is a new question, handled in the next step.
    this.addDialog(new ChoicePrompt(WHICH_DISPOSITIF_PROMPT, async () => true, 'fr-fr'));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [this.understandStep.bind(this), this.clarifiedStep.bind(this)]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async understandStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { question } = step.options as QuestionOptions;
    const command = recognizeCommand(question);
    if (command === 'help' || command === 'cancel') {
      await step.context.sendActivity(MessageFactory.attachment(welcomeCard(this.catalogue)));
      return step.endDialog({ answered: null } satisfies QuestionResult);
    }
    if (command === 'list') {
      await step.context.sendActivity(MessageFactory.attachment(dispositifListCard(this.catalogue)));
      return step.endDialog({ answered: null } satisfies QuestionResult);
    }

    const result = this.qa.understand(question);
    if (result.kind !== 'clarify') {
      await step.context.sendActivity(answerActivity(this.catalogue, result));
      return step.endDialog({ answered: result.kind === 'answer' ? result.dispositif : null } satisfies QuestionResult);
    }
    const pending: PendingQuestion = { aspect: result.aspect, candidates: result.candidates };
    (step.values as Record<string, unknown>)[PENDING] = pending;
    return step.prompt(WHICH_DISPOSITIF_PROMPT, {
      prompt: 'Je vois plusieurs dispositifs possibles. Duquel parlez-vous ?',
      choices: this.choicesFor(result.candidates),
      style: ListStyle.heroCard,
    });
  }

  private async clarifiedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const pending = (step.values as Record<string, unknown>)[PENDING] as PendingQuestion;
    const chosen = step.result as FoundChoice | undefined;
    const id = pending.candidates.find((c) => shortLabel(this.catalogue.get(c)) === chosen?.value);
    if (!id) {
      // Not one of the choices: the référent moved on to another question.
      return step.replaceDialog(QUESTION_DIALOG, { question: step.context.activity.text ?? '' } satisfies QuestionOptions);
    }
    await step.context.sendActivity(answerActivity(this.catalogue, { kind: 'answer', dispositif: id, aspect: pending.aspect }));
    return step.endDialog({ answered: id } satisfies QuestionResult);
  }

  private choicesFor(ids: DispositifId[]): Choice[] {
    return ids.map((id) => {
      const d = this.catalogue.get(id);
      return { value: shortLabel(d), synonyms: [d.name, ...d.aliases] };
    });
  }
}
