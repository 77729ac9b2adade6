import {
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type BotState,
  type ChannelAccount,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { VERBS, type CardAction } from '../cards/actions.js';
import { eligibilityFormCard } from '../cards/eligibility-cards.js';
import { welcomeCard } from '../cards/welcome-card.js';
import { describeProfile, type Profile, type Programme } from '../data/eligibility.js';
import { describesPerson, extractProfile } from '../data/eligibility-extraction.js';
import { answerActivity } from '../dialogs/answer-activity.js';
import { recognizeCommand } from '../dialogs/commands.js';
import type { QuestionAnswering } from '../data/qa/question-answering.js';
import { passedOnText } from '../dialogs/pass-on.js';
import {
  ELIGIBILITY_DIALOG,
  type EligibilityDialog,
  type EligibilityDialogOptions,
} from '../dialogs/eligibility-dialog.js';
import { QUESTION_DIALOG, type QuestionDialog, type QuestionOptions } from '../dialogs/question-dialog.js';
import { dispositifListCard } from '../cards/dispositif-cards.js';
import { NOT_ALLOWED_TEXT } from './access.js';
import { findIncomingFile } from './agenda-publisher.js';
import { agendaCard } from './agenda-actions.js';
import {
  cardForAction,
  parseCardAction,
  UNKNOWN_ACTION_TEXT,
  type CardActionDeps,
} from './card-action-router.js';
import { parseAgendaQuery } from '../data/agenda/agenda-query.js';
import type { AgendaKind } from '../data/agenda/model.js';

export type TeamsBotDeps = CardActionDeps & {
  /** Kept in the bot's store: a question in progress survives a restart. */
  conversationState: BotState;
  /** Kept in memory only: an eligibility check is anonymous and leaves nothing in the store. */
  scratchState: BotState;
  qa: QuestionAnswering;
  questionDialog: QuestionDialog;
  eligibilityDialog: EligibilityDialog;
};

const NEW_ITEM_COMMANDS: Partial<Record<string, AgendaKind>> = {
  newEvent: 'events',
  newSession: 'sessions',
  newPlaces: 'places',
};

export const GUIDED_INTRO =
  'Je vous pose quelques questions, une à la fois. Test anonyme : ne donnez ni nom ni information permettant de reconnaître la personne. Répondez « je ne sais pas » si besoin, ou « annuler » pour arrêter.';

/**
 * Routes each activity: card buttons to their action, text to the dialogs.
 * It keeps nothing about anyone on the instance: all state lives in the states.
 */
export class TeamsBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly scratchDialogs: DialogSet;

  constructor(private readonly deps: TeamsBotDeps) {
    super();
    const dialogState: StatePropertyAccessor<DialogState> =
      deps.conversationState.createProperty('dialogState');
    this.dialogs = new DialogSet(dialogState).add(deps.questionDialog);
    this.scratchDialogs = new DialogSet(deps.scratchState.createProperty<DialogState>('dialogState')).add(
      deps.eligibilityDialog,
    );

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
    // The check in progress, if this turn loaded one. A finished check leaves nothing behind, not even in memory.
    const scratch = this.deps.scratchState.get(context) as { dialogState?: DialogState } | undefined;
    if (!scratch) return;
    if ((scratch.dialogState?.dialogStack.length ?? 0) > 0)
      await this.deps.scratchState.saveChanges(context, false);
    else await this.deps.scratchState.delete(context);
  }

  /** Action.Execute: the answer replaces the card in place (the eligibility form and its result). */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = parseCardAction({ ...(invokeValue.action?.data ?? {}), verb: invokeValue.action?.verb });
    const card = action ? await cardForAction(action, this.deps, context.activity.from) : undefined;
    if (!card) {
      return {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: UNKNOWN_ACTION_TEXT } as never,
      };
    }
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card.content as never };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const [dc, scratch] = await Promise.all([
      this.dialogs.createContext(context),
      this.scratchDialogs.createContext(context),
    ]);
    const value = context.activity.value as unknown;
    if (value !== undefined && value !== null) {
      // A button starts something new: whatever was waiting for an answer is dropped.
      await Promise.all([dc.cancelAllDialogs(), scratch.cancelAllDialogs()]);
      const action = parseCardAction(value);
      if (action) await this.runCardAction(context, scratch, action);
      else await context.sendActivity(UNKNOWN_ACTION_TEXT);
      return;
    }

    const file = findIncomingFile(context.activity.attachments);
    if (file) {
      await this.receiveFile(context, file);
      return;
    }

    // In a channel or group chat the bot is @mentioned: the mention is not part of the question.
    const text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? '';
    context.activity.text = text;
    if (text === '') {
      await context.sendActivity(MessageFactory.attachment(welcomeCard(this.deps.catalogue)));
      return;
    }
    // A message that does not answer what a dialog asked is routed like any new message.
    const checked = await scratch.continueDialog();
    if (checked.status !== DialogTurnStatus.empty && !passedOnText(checked)) return;
    const continued = await dc.continueDialog();
    if (continued.status !== DialogTurnStatus.empty && !passedOnText(continued)) return;
    await this.startFrom(context, dc, scratch, text);
  }

  /** A new message, with nothing in progress: a command, a person described, or a question. */
  private async startFrom(
    context: TurnContext,
    dc: DialogContext,
    scratch: DialogContext,
    text: string,
  ): Promise<void> {
    const command = recognizeCommand(text);
    if (command === 'help' || command === 'cancel') {
      await context.sendActivity(MessageFactory.attachment(welcomeCard(this.deps.catalogue)));
      return;
    }
    if (command === 'list') {
      await context.sendActivity(MessageFactory.attachment(dispositifListCard(this.deps.catalogue)));
      return;
    }
    if (command === 'eligibility') {
      await context.sendActivity(MessageFactory.attachment(eligibilityFormCard()));
      return;
    }
    const newItem = command && NEW_ITEM_COMMANDS[command];
    if (newItem) {
      await this.runCardAction(context, scratch, { verb: VERBS.openAgendaForm, kind: newItem });
      return;
    }
    const agendaQuery = parseAgendaQuery(text, this.deps.clock());
    if (agendaQuery) {
      await context.sendActivity(
        MessageFactory.attachment(await agendaCard(agendaQuery, 0, this.deps, context.activity.from)),
      );
      return;
    }
    const extracted = extractProfile(text);
    if (describesPerson(extracted)) {
      const understood = describeProfile(extracted.profile).join(', ');
      await context.sendActivity(
        `Ce que j’ai compris de la personne : ${understood}. Test anonyme : rien n’est enregistré.`,
      );
      await this.startGuided(scratch, extracted.profile, extracted.programme, false);
      return;
    }
    // Most questions get their answer at once; only a doubt between dispositifs needs a dialog.
    const understood = this.deps.qa.understand(text);
    if (understood.kind !== 'clarify') {
      await context.sendActivity(answerActivity(this.deps.catalogue, understood));
      return;
    }
    await dc.beginDialog(QUESTION_DIALOG, { question: text } satisfies QuestionOptions);
  }

  private async runCardAction(
    context: TurnContext,
    scratch: DialogContext,
    action: CardAction,
  ): Promise<void> {
    if (action.verb === VERBS.startGuidedEligibility) {
      await this.startGuided(scratch, action.profile ?? {}, action.focus, true);
      return;
    }
    const card = await cardForAction(action, this.deps, context.activity.from);
    if (card) await context.sendActivity(MessageFactory.attachment(card));
  }

  /** A CSV dropped in the chat: AFPA staff get a preview, anyone else a polite refusal. */
  private async receiveFile(context: TurnContext, file: { name: string; url: string }): Promise<void> {
    if (!this.deps.publisher.mayPublish(context.activity.from)) {
      await context.sendActivity(NOT_ALLOWED_TEXT);
      return;
    }
    await context.sendActivity({ type: 'typing' });
    const card = await this.deps.publisher.preview(file, context.activity.from);
    await context.sendActivity(MessageFactory.attachment(card));
  }

  private async startGuided(
    scratch: DialogContext,
    profile: Profile,
    focus: Programme | undefined,
    intro: boolean,
  ) {
    if (intro) await scratch.context.sendActivity(GUIDED_INTRO);
    await scratch.beginDialog(ELIGIBILITY_DIALOG, {
      profile,
      skipped: [],
      focus,
    } satisfies EligibilityDialogOptions);
  }

  /** Welcome once: when the bot itself is added to a chat or a team. */
  private async welcomeNewcomers(context: TurnContext, added: ChannelAccount[]): Promise<void> {
    const botId = context.activity.recipient?.id;
    if (!added.some((member) => member.id === botId)) return;
    await context.sendActivity(MessageFactory.attachment(welcomeCard(this.deps.catalogue)));
  }
}
