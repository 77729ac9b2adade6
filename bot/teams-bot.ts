import {
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type BotState,
  type ChannelAccount,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { welcomeCard } from '../cards/welcome-card.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { QUESTION_DIALOG, type QuestionDialog, type QuestionOptions } from '../dialogs/question-dialog.js';
import { parseCardAction, runCardAction, UNKNOWN_ACTION_TEXT } from './card-action-router.js';

export type TeamsBotDeps = {
  catalogue: Catalogue;
  conversationState: BotState;
  questionDialog: QuestionDialog;
};

/**
 * Routes each activity: card buttons to their action, text to the dialogs.
 * It keeps nothing about anyone on the instance: all state lives in the storage.
 */
export class TeamsBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState).add(deps.questionDialog);

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcomeNewcomers(context, context.activity.membersAdded ?? []);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const value = context.activity.value as unknown;
    if (value !== undefined && value !== null) {
      const action = parseCardAction(value);
      // A button starts something new: whatever was waiting for an answer is dropped.
      await dc.cancelAllDialogs();
      if (action) await runCardAction(context, action, this.deps.catalogue);
      else await context.sendActivity(UNKNOWN_ACTION_TEXT);
      return;
    }

    // In a channel or group chat the bot is @mentioned: the mention is not part of the question.
    const text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? '';
    context.activity.text = text;
    if (text === '') {
      await context.sendActivity(MessageFactory.attachment(welcomeCard(this.deps.catalogue)));
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(QUESTION_DIALOG, { question: text } satisfies QuestionOptions);
    }
  }

  /** Welcome once: when the bot itself is added to a chat or a team. */
  private async welcomeNewcomers(context: TurnContext, added: ChannelAccount[]): Promise<void> {
    const botId = context.activity.recipient?.id;
    if (!added.some((member) => member.id === botId)) return;
    await context.sendActivity(MessageFactory.attachment(welcomeCard(this.deps.catalogue)));
  }
}
