import {
  ChoicePrompt,
  ListStyle,
  WaterfallDialog,
  type Choice,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel, type Aspect, type DispositifId } from '../data/catalogue/schema.js';
import type { QuestionAnswering } from '../data/qa/question-answering.js';
import { answerActivity } from './answer-activity.js';
import { CancelAndHelpDialog } from './cancel-and-help-dialog.js';
import { detectAspect } from '../data/qa/aspect.js';
import { looksLikeNewMessage, type PassedOn } from './pass-on.js';

export const QUESTION_DIALOG = 'questionDialog';
const WATERFALL = 'questionWaterfall';
const WHICH_DISPOSITIF_PROMPT = 'whichDispositifPrompt';

/**
 * What a clarification keeps in the stored dialog state between its two turns: the doubt
 * and the aspect asked, never the question's text, which can name a person.
 */
export type Clarification = { aspect: Aspect; candidates: DispositifId[] };
/** A question to read, or a doubt the bot already found in one. */
export type QuestionOptions = { question: string } | Clarification;
export type QuestionResult = PassedOn & { answered: DispositifId | null };

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
    const prompt = new ChoicePrompt(WHICH_DISPOSITIF_PROMPT, async () => true, 'fr-fr');
    // « aucun des deux » is not choice number 2: only names pick a dispositif.
    prompt.recognizerOptions = { recognizeNumbers: false, recognizeOrdinals: false };
    this.addDialog(prompt);
    this.addDialog(
      new WaterfallDialog(WATERFALL, [this.understandStep.bind(this), this.clarifiedStep.bind(this)]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async understandStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as QuestionOptions;
    if ('question' in options) {
      const result = this.qa.understand(options.question);
      if (result.kind !== 'clarify') {
        await step.context.sendActivity(answerActivity(this.catalogue, result));
        return step.endDialog({
          answered: result.kind === 'answer' ? result.dispositif : null,
        } satisfies QuestionResult);
      }
      // Begun again with the doubt alone: the waterfall's stored options would keep the text.
      return step.replaceDialog(WATERFALL, {
        aspect: result.aspect,
        candidates: result.candidates,
      } satisfies Clarification);
    }
    return step.prompt(WHICH_DISPOSITIF_PROMPT, {
      prompt: 'Je vois plusieurs dispositifs possibles. Duquel parlez-vous ?',
      choices: this.choicesFor(options.candidates),
      style: ListStyle.heroCard,
    });
  }

  private async clarifiedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const pending = step.options as Clarification;
    const chosen = step.result as FoundChoice | undefined;
    const text = step.context.activity.text ?? '';
    const id = this.chosenCandidate(pending.candidates, chosen, text);
    if (!id) return step.endDialog({ answered: null, passOn: text } satisfies QuestionResult);
    await step.context.sendActivity(
      answerActivity(this.catalogue, { kind: 'answer', dispositif: id, aspect: pending.aspect }),
    );
    return step.endDialog({ answered: id } satisfies QuestionResult);
  }

  /**
   * The candidate a reply picks: its number ("2"), or a short reply that names one
   * dispositif without doubt. A sentence with its own aspect ("qui peut prescrire
   * Compétences PEC ?") or a word that fits several ("compétences") is a new message.
   */
  private chosenCandidate(
    candidates: DispositifId[],
    chosen: FoundChoice | undefined,
    text: string,
  ): DispositifId | undefined {
    const trimmed = text.trim();
    if (/^\d$/.test(trimmed)) return candidates[Number(trimmed) - 1];
    const id = candidates.find((c) => shortLabel(this.catalogue.get(c)) === chosen?.value);
    if (!id) return undefined;
    const short = !looksLikeNewMessage(text);
    const plain = detectAspect(text) === 'overview';
    const unambiguous = this.qa.understand(text).kind !== 'clarify';
    return short && plain && unambiguous ? id : undefined;
  }

  private choicesFor(ids: DispositifId[]): Choice[] {
    return ids.map((id) => {
      const d = this.catalogue.get(id);
      return { value: shortLabel(d), synonyms: [d.name, ...d.aliases] };
    });
  }
}
