import {
  MessageFactory,
  TeamsActivityHandler,
  type Attachment,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type BotState,
  type ChannelAccount,
  type FileConsentCardResponse,
  type InvokeResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState, type DialogTurnResult } from 'botbuilder-dialogs';
import { VERBS } from '../cards/actions.js';
import { eligibilityFormCard } from '../cards/eligibility-cards.js';
import { noticeCard, welcomeCard } from '../cards/welcome-card.js';
import { DIGEST_OFFER } from '../cards/digest-cards.js';
import { shortLabel } from '../data/catalogue/schema.js';
import { normalizeText } from '../data/qa/normalize.js';
import { describesPerson, extractProfile } from '../data/eligibility-extraction.js';
import {
  checkEligibility,
  checkProgramme,
  decidingReason,
  departmentRouteClosed,
  describeProfile,
  impliedProgramme,
  letsInWhateverIsLeft,
  openAlready,
  programmeSettledSoFar,
  missingFacts,
  PROGRAMMES,
  type Profile,
  type ProfileField,
  type Programme,
} from '../data/eligibility.js';
import { withEarlier } from '../data/qa/back-to-earlier.js';
import {
  CONTEXT_LIFETIME_MS,
  liveContext,
  stepNamed,
  type ConversationContext,
} from '../data/qa/follow-up.js';
import {
  asksSomethingElse,
  mayAskAgain,
  personAgain,
  pointsAtThePerson,
  type LastPerson,
} from '../data/qa/person-again.js';
import type { PassageSearch } from '../data/qa/passages.js';
import { personTitle, type PersonDescribed } from '../data/qa/several-people.js';
import {
  peopleOfTheThread,
  livePeople,
  personTakenUp,
  type PeopleOfTheThread,
} from '../data/qa/people-of-the-thread.js';
import { contextAfter, readMessage, type SingleReading } from '../data/qa/understanding.js';
import {
  ruledOutOfTheChoice,
  storyNotes,
  whatIfNote,
  whereEachStands,
  type Story,
} from '../data/story-notes.js';
import { unsetConditionLines } from '../data/unset-conditions.js';
import {
  contactsCard,
  prescribingCard,
  joiningEventCard,
  actionPlanCard,
  costCard,
  entryDeadlineCard,
  meaningCard,
  personalDataCard,
  figuresCard,
  notFoundCard,
  afterPrescriptionCard,
  publishingCard,
  handlingCard,
  outOfScopeCard,
  unsetConditionsCard,
  programmesForAPublicCard,
  passagesCard,
} from '../cards/agreement-cards.js';
import { answerActivity } from '../dialogs/answer-activity.js';
import { LazyDialogContext } from './lazy-dialog-context.js';
import {
  findPrescriptionReference,
  recognizeCommand,
  recognizeDigestRequest,
  digestFollowUp,
  type DigestRequest,
  programmeChosen,
  goesAhead,
  recognizePrescribeRequest,
  requestAndQuestion,
  resumesPrescription,
  asksHowToEnrol,
  type Command,
  pointsAtTheEntryShown,
} from '../dialogs/commands.js';
import type { QuestionAnswering } from '../data/qa/question-answering.js';
import { passedOnText } from '../dialogs/pass-on.js';
import { CANCELLED_TEXT, NOTHING_IN_PROGRESS } from '../dialogs/cancel-and-help-dialog.js';
import {
  ELIGIBILITY_DIALOG,
  NOTHING_TO_RESUME,
  RESUME_OFFER,
  RESUMED_TEXT,
  resultActivity,
  type EligibilityDialog,
  type EligibilityDialogOptions,
  type EligibilityDialogResult,
} from '../dialogs/eligibility-dialog.js';
import { QUESTION_DIALOG, type QuestionDialog, type QuestionOptions } from '../dialogs/question-dialog.js';
import { dispositifListCard } from '../cards/dispositif-cards.js';
import { findIncomingFile } from './agenda-publisher.js';
import { agendaAnswer, type ShownItems } from './agenda-actions.js';
import {
  currentCampaignLine,
  NOT_ALLOWED_AGENDA,
  runCardAction,
  UNKNOWN_ACTION_TEXT,
  userOf,
  type ActionContext,
  type ActionDeps,
} from './teams/card-actions.js';
import { referenceOf, showTyping } from './teams/messenger.js';
import { describeError, type Logger } from './logger.js';
import { APOLOGY_TEXT } from './adapter.js';
import type { AgendaKind, EntrySession } from '../data/agenda/model.js';
import {
  agendaFilters,
  hasRoom,
  parseAgendaQuery,
  sessionDispositifIn,
  type AgendaQuery,
} from '../data/agenda/agenda-query.js';

export type TeamsBotDeps = ActionDeps & {
  /** The agreement's paragraphs, for precise questions no fiche answers. */
  passages: PassageSearch;
  logger: Logger;
  /** Kept in the bot's store: a question in progress survives a restart. */
  conversationState: BotState;
  /** Kept in memory only: an eligibility check is anonymous and leaves nothing in the store. */
  scratchState: BotState;
  /**
   * The thread of the conversation (the last dispositif, aspects or agenda list), in
   * memory: it lives 30 minutes, and an ordinary question then costs no write to the store.
   */
  threadState: BotState;
  qa: QuestionAnswering;
  questionDialog: QuestionDialog;
  eligibilityDialog: EligibilityDialog;
};

const NEW_ITEM_COMMANDS: Partial<Record<string, AgendaKind>> = {
  newEvent: 'events',
  newSession: 'sessions',
  newPlaces: 'places',
};

/** Typed commands that are card actions: the same verbs, the same role checks. */
const COMMAND_ACTIONS: Partial<Record<Command, Record<string, unknown>>> = {
  prescribe: { verb: VERBS.openPrescription },
  myPrescriptions: { verb: VERBS.listMyPrescriptions, offset: 0 },
  openPrescriptions: { verb: VERBS.listOpenPrescriptions, offset: 0 },
  habilitations: { verb: VERBS.openHabilitations },
  deliveries: { verb: VERBS.showDeliveries },
  reasons: { verb: VERBS.openReasons },
  export: { verb: VERBS.openExport },
  personRequest: { verb: VERBS.openPersonRequest },
  campaigns: { verb: VERBS.openCampaigns },
  subscribeDigest: { verb: VERBS.subscribeDigest },
  unsubscribeDigest: { verb: VERBS.unsubscribeDigest },
  digestSettings: { verb: VERBS.openDigestSettings },
  myDigest: { verb: VERBS.previewDigest },
  digestAdmin: { verb: VERBS.openDigestAdmin },
  aboutDigest: { verb: VERBS.explainDigest },
};

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export const AFPA_CONVERSATION_SET =
  'C’est noté : les nouvelles prescriptions arriveront dans cette conversation, avec les rappels. Les prescriptions déjà en attente y sont envoyées maintenant.';
export const AFPA_CONVERSATION_ADMIN_ONLY =
  'Seul un administrateur peut choisir la conversation qui reçoit les prescriptions.';

/** Several people described at once: each checked on what is said of them, without questions. */
export function severalPeopleIntro(count: number): string {
  return `Vous décrivez ${count} personnes : voici le test de chacune, d’après ce que vous en dites. Pour compléter ce qui reste à vérifier, décrivez une personne par message.`;
}

/**
 * « @Assistant aide », « bonne année à tous @Assistant »: a mention typed or pasted as text, which
 * Teams did not turn into a mention entity, is no more part of the question than a real one.
 */
function withoutTypedMention(text: string): string {
  return text
    .replace(/^@[\p{L}\d_.-]+[\s,:]*/u, '')
    .replace(/\s*@[\p{L}\d_.-]+$/u, '')
    .trim();
}

export const GUIDED_INTRO =
  'Je vous pose quelques questions, une à la fois. Test anonyme : ne donnez ni nom ni information permettant de reconnaître la personne. Répondez « je ne sais pas » si besoin, corrigez une réponse quand vous voulez (« non, 17 ans »), ou tapez « annuler » pour arrêter.';

/**
 * A guided check interrupted by something else (a question, a command, a button), kept
 * with the check in progress, in memory only, until « reprendre », « annuler » or a new check.
 */
type PausedCheck = { check: EligibilityDialogOptions; offered: boolean };
/** The person of the last check, for « et si elle avait 16 ans ? »: anonymous facts, in memory, for the thread's lifetime. */
/** `asked`: a question was read since the check, so a bare « et pour la promo ? » is no longer about them. */
/** `described`: told in a question a programme answered, not checked: only « et la promo, ça irait ? » turns to them. */
type RecentPerson = LastPerson & { at: string; asked?: boolean; described?: boolean };

/**
 * Routes each activity: card buttons to their action, text to the dialogs.
 * It keeps nothing about anyone on the instance: all state lives in the states.
 */
export class TeamsBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly scratchDialogs: DialogSet;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly scratchDialogState: StatePropertyAccessor<DialogState>;
  /** What the last answer was about, so that a follow-up can lean on it (ids and filters only). */
  private readonly thread: StatePropertyAccessor<ConversationContext | undefined>;
  private readonly pausedCheck: StatePropertyAccessor<PausedCheck>;
  private readonly recentPerson: StatePropertyAccessor<RecentPerson | undefined>;
  private readonly peopleOfTheThread: StatePropertyAccessor<PeopleOfTheThread | undefined>;

  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty('dialogState');
    this.dialogs = new DialogSet(this.dialogState).add(deps.questionDialog);
    this.scratchDialogState = deps.scratchState.createProperty<DialogState>('dialogState');
    this.scratchDialogs = new DialogSet(this.scratchDialogState).add(deps.eligibilityDialog);
    this.pausedCheck = deps.scratchState.createProperty<PausedCheck>('pausedCheck');
    this.recentPerson = deps.threadState.createProperty<RecentPerson | undefined>('recentPerson');
    this.peopleOfTheThread = deps.threadState.createProperty<PeopleOfTheThread | undefined>(
      'peopleOfTheThread',
    );
    this.thread = deps.threadState.createProperty<ConversationContext | undefined>('thread');

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
    await this.rememberContact(context);
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.threadState.saveChanges(context, false);
    // The check in progress or paused, if this turn loaded one. A finished check leaves nothing here;
    // its person's anonymous facts stay with the thread, in memory, for « et si elle avait 16 ans ? ».
    const scratch = this.deps.scratchState.get(context) as
      { dialogState?: DialogState; pausedCheck?: PausedCheck } | undefined;
    if (!scratch) return;
    if ((scratch.dialogState?.dialogStack.length ?? 0) > 0 || scratch.pausedCheck)
      await this.deps.scratchState.saveChanges(context, false);
    else await this.deps.scratchState.delete(context);
  }

  /**
   * botbuilder reads `value.action.type` and a file consent's value without checking them:
   * a malformed invoke would throw and end in an apology. It is refused here with a 400.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name, value } = context.activity;
    const isObject = (v: unknown): v is Record<string, unknown> =>
      typeof v === 'object' && v !== null && !Array.isArray(v);
    const malformed =
      (name === 'adaptiveCard/action' && !(isObject(value) && isObject(value['action']))) ||
      (name === 'fileConsent/invoke' &&
        !(isObject(value) && (value['action'] === 'accept' || value['action'] === 'decline')));
    if (malformed) {
      return {
        status: 400,
        body: {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message: UNKNOWN_ACTION_TEXT },
        },
      };
    }
    try {
      return await super.onInvokeActivity(context);
    } catch (error) {
      // Answered here rather than by onTurnError: Teams would get an empty 501 and show a broken card.
      this.deps.logger.error('invoke_failed', { ...describeError(error), invokeName: String(name) });
      return {
        status: 500,
        body: {
          statusCode: 500,
          type: 'application/vnd.microsoft.error',
          value: { code: 'InternalError', message: APOLOGY_TEXT },
        },
      };
    }
  }

  /** Action.Execute: the answer replaces the card in place (the eligibility form and its result). */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const outcome = await runCardAction(
      { ...(invokeValue.action?.data ?? {}), verb: invokeValue.action?.verb },
      this.actionContext(context),
      this.deps,
    );
    // The guided check is a conversation: it starts from an Action.Submit, not in place.
    const card = outcome?.kind === 'card' ? outcome.card : undefined;
    if (!card) {
      return {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: UNKNOWN_ACTION_TEXT } as never,
      };
    }
    // A file offered with Teams' consent card cannot replace an Adaptive Card: it goes as a message.
    if (card.contentType !== ADAPTIVE_CARD) {
      await context.sendActivity(MessageFactory.attachment(card));
      const offered = noticeCard(
        'Le fichier vous est proposé juste en dessous : acceptez-le pour l’enregistrer dans votre OneDrive.',
      );
      return { statusCode: 200, type: ADAPTIVE_CARD, value: offered.content as never };
    }
    return { statusCode: 200, type: ADAPTIVE_CARD, value: card.content as never };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const dc = new LazyDialogContext(this.dialogs, this.dialogState, context);
    const scratch = new LazyDialogContext(this.scratchDialogs, this.scratchDialogState, context);
    const [mainActive, scratchActive] = await Promise.all([dc.active(), scratch.active()]);
    const value = context.activity.value as unknown;
    if (value !== undefined && value !== null) {
      // A button starts something new: whatever was waiting for an answer is dropped, but a
      // check in progress is kept aside, to take it up again.
      const inProgress = scratchActive
        ? this.deps.eligibilityDialog.checkInProgress(await scratch.get())
        : undefined;
      // An empty stack has nothing to cancel.
      await Promise.all([
        mainActive && dc.get().then((d) => d.cancelAllDialogs()),
        scratchActive && scratch.get().then((d) => d.cancelAllDialogs()),
      ]);
      if (inProgress) await this.pausedCheck.set(context, { check: inProgress, offered: false });
      await this.runAction(context, scratch, value);
      await this.offerToResume(dc, scratch);
      return;
    }

    const file = findIncomingFile(context.activity.attachments);
    if (file) {
      await this.receiveFile(context, file);
      return;
    }

    // In a channel or group chat the bot is @mentioned: the mention is not part of the question.
    const text = withoutTypedMention(TurnContext.removeRecipientMention(context.activity)?.trim() ?? '');
    context.activity.text = text;
    if (text === '') {
      await context.sendActivity(
        MessageFactory.attachment(
          welcomeCard(this.deps.catalogue, currentCampaignLine(this.deps), this.rolesOf(context)),
        ),
      );
      return;
    }
    // Nothing in progress: both dialog sets would answer « empty », straight to the message.
    if (!mainActive && !scratchActive) {
      await this.startFrom(context, dc, scratch, text);
      await this.offerToResume(dc, scratch);
      return;
    }
    // A message that does not answer what a dialog asked is routed like any new message;
    // the guided check it interrupted is kept aside, to take it up again.
    const checked = await (await scratch.get()).continueDialog();
    const paused =
      checked.status === DialogTurnStatus.complete
        ? (checked.result as EligibilityDialogResult | undefined)?.paused
        : undefined;
    if (paused) await this.pausedCheck.set(context, { check: paused, offered: false });
    await this.afterCheck(context, checked);
    if (checked.status !== DialogTurnStatus.empty && !passedOnText(checked)) return;
    // A stack found empty needs no dialog context to say so.
    const continued = mainActive ? await (await dc.get()).continueDialog() : undefined;
    if (!continued || continued.status === DialogTurnStatus.empty || passedOnText(continued))
      await this.startFrom(context, dc, scratch, text);
    await this.offerToResume(dc, scratch);
  }

  /** A new message, with nothing in progress: a command, a person described, or a question. */
  private async startFrom(
    context: TurnContext,
    dc: LazyDialogContext,
    scratch: LazyDialogContext,
    said: string,
  ): Promise<void> {
    const text = await this.takeUpPersonNamed(context, said);
    const command = recognizeCommand(text);
    if (command === 'cancel') {
      // « stop » right after the digest was explained, with no check set aside: the digest is what stops.
      const digest = (await this.pausedCheck.get(context))
        ? undefined
        : await this.afterDigestExplained(context, text);
      if (digest?.kind === 'unsubscribeDigest')
        await this.runAction(context, scratch, COMMAND_ACTIONS[digest.kind]);
      else await this.cancelWithNothingWaiting(context);
      return;
    }
    if (command === 'resume') {
      await this.resumeGuided(scratch);
      return;
    }
    if (command === 'help') {
      await context.sendActivity(
        MessageFactory.attachment(
          welcomeCard(this.deps.catalogue, currentCampaignLine(this.deps), this.rolesOf(context)),
        ),
      );
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
    if (command === 'thanks') {
      await context.sendActivity('Avec plaisir. Tapez « aide » pour retrouver le menu.');
      return;
    }
    if (command === 'goodbye') {
      await context.sendActivity('Au revoir, à bientôt. Tapez « aide » pour retrouver le menu.');
      return;
    }
    if (command === 'complaint') {
      await context.sendActivity(
        'Désolé de ne pas vous avoir aidé. Dites-moi en une phrase ce que vous cherchez (un dispositif, une date AFPA, une personne à vérifier, une prescription), ou tapez « aide » pour le menu.',
      );
      return;
    }
    if (command === 'ignore') {
      await context.sendActivity('Pas de souci, je n’en tiens pas compte.');
      return;
    }
    if (command === 'designateAfpa') {
      await this.designateAfpaConversation(context);
      return;
    }
    const newItem = command && NEW_ITEM_COMMANDS[command];
    if (newItem) {
      await this.runAction(context, scratch, { verb: VERBS.openAgendaForm, kind: newItem });
      return;
    }
    const commandAction = command && COMMAND_ACTIONS[command];
    if (commandAction) {
      await this.runAction(context, scratch, commandAction);
      return;
    }
    const digest = recognizeDigestRequest(text) ?? (await this.afterDigestExplained(context, text));
    if (digest) {
      const { kind, ...named } = digest;
      await this.runAction(context, scratch, { ...COMMAND_ACTIONS[kind], ...named });
      // « le récap c quand ? » then « je veux plus le recevoir »: « le » is the digest.
      if (kind === 'aboutDigest')
        await this.moveThreadTo(context, { topic: 'digest', at: this.deps.clock().toISOString() });
      return;
    }
    // « je veux inscrire un BRSA en prépa, mais faut d'abord l'inscrire à FT non ? »: the form, then the answer.
    const askedBeside = requestAndQuestion(text);
    if (askedBeside) {
      const { dispositif } = askedBeside.request;
      await this.openForm(
        context,
        scratch,
        askedBeside.said,
        dispositif ?? (await this.programmeDiscussed(context)),
      );
      const now = this.deps.clock();
      if (dispositif) await this.moveThreadTo(context, { dispositif, at: now.toISOString() });
      // « …en prépa, mais faut d'abord l'inscrire à FT non ? »: the question is about the programme of the request.
      const question =
        dispositif && !sessionDispositifIn(normalizeText(askedBeside.question))
          ? `${shortLabel(this.deps.catalogue.get(dispositif))} : ${askedBeside.question}`
          : askedBeside.question;
      // « …, elle est motivée hein »: a remark, not a question, is left unanswered rather than misread.
      const thread = liveContext(await this.thread.get(context), now);
      const reading = readMessage(question, now, thread, this.deps);
      // The programme's overview alone says nothing the form does not: the question asked nothing of it.
      const onlyTheProgramme =
        reading.kind === 'answer' && reading.result.aspect === 'overview' && !reading.passages?.length;
      if (reading.kind !== 'unsure' && reading.kind !== 'not_found' && !onlyTheProgramme)
        await this.answerQuestion(context, dc, scratch, question);
      return;
    }
    // « prépa volet 2 pour un monsieur… » typed under the picker: that programme's form.
    const picked = (await this.programmePicked(context, text)) ?? (await this.goneAheadWith(context, text));
    const prescribe = picked ? { dispositif: picked } : recognizePrescribeRequest(text);
    if (prescribe) {
      // « orienter un jeune ASE vers la promo » then « prochaine entrée ? »: that programme's
      // (« on veut l'inscrire en prépa volet 1 », that step's).
      if (prescribe.dispositif) {
        const step = stepNamed(text);
        await this.moveThreadTo(context, {
          dispositif: prescribe.dispositif,
          ...(step ? { step } : {}),
          at: this.deps.clock().toISOString(),
        });
      }
      // « je le prescris comment alors » after Prépa Compétences: that programme's form.
      // « ok je l'inscris dessus » after a list of entries: the one it led with.
      const led = pointsAtTheEntryShown(text) ? await this.sessionLedWith(context) : undefined;
      // « ok on reprend la prescription » after a question asked while filling it in: the programme of before the question.
      const dispositif =
        prescribe.dispositif ??
        led?.dispositif ??
        (await this.programmeDiscussed(context, resumesPrescription(text)));
      await this.openForm(
        context,
        scratch,
        text,
        dispositif,
        led?.dispositif === dispositif ? led?.id : undefined,
      );
      // The picker was shown: the programme may be typed rather than pressed.
      if (!dispositif)
        await this.moveThreadTo(context, { topic: 'picking', at: this.deps.clock().toISOString() });
      // « je lance une prescription prépa… et aussi c quand la prochaine info coll ? »: the form, then the dates.
      const events = parseAgendaQuery(text, this.deps.clock());
      if (events?.types)
        for (const card of await agendaAnswer(events, this.deps, this.rolesOf(context)))
          await context.sendActivity(MessageFactory.attachment(card));
      return;
    }
    const reference = findPrescriptionReference(text);
    if (reference) {
      await this.runAction(context, scratch, { verb: VERBS.showPrescription, id: reference });
      return;
    }
    await this.answerQuestion(context, dc, scratch, text);
    // « comment je fais pour inscrire un jeune ASE à la promo ? »: the agreement's steps, then the
    // form itself, unless the answer went on with a check of the person described.
    const enrolIn = asksHowToEnrol(text);
    if (enrolIn && !(await scratch.active())) await this.openForm(context, scratch, text, enrolIn);
  }

  /**
   * The prescription form, of the programme asked (or its picker), with the session the message
   * names; « prescrire promo 1618 pour un ASE de 15 ans et demi »: what rules the person out, said before.
   */
  private async openForm(
    context: TurnContext,
    scratch: LazyDialogContext,
    text: string,
    dispositif: Programme | undefined,
    /** The entry the list just shown led with, when the message points at it (« dessus »). */
    shownSession?: string,
  ): Promise<void> {
    const ruledOut = dispositif && (await this.ruledOutBeforePrescribing(context, text, dispositif));
    if (ruledOut) await context.sendActivity(ruledOut);
    const session = (await this.namedSession(text, dispositif)) ?? shownSession;
    await this.runAction(context, scratch, {
      verb: VERBS.openPrescription,
      ...(dispositif ? { dispositif } : {}),
      ...(session ? { session } : {}),
    });
  }

  /**
   * « Attention : … » when the person the request describes cannot enter the programme, as the check
   * reads it; « bon je la prescris quand même en promo » after a check: the person checked.
   */
  private async ruledOutBeforePrescribing(
    context: TurnContext,
    text: string,
    dispositif: Programme,
  ): Promise<string | undefined> {
    const options = this.deps.checkOptions();
    const { profile: described } = extractProfile(text, { today: options.today });
    const profile =
      Object.keys(described).length > 0
        ? described
        : pointsAtThePerson(text)
          ? await this.personJustChecked(context)
          : undefined;
    if (!profile || Object.keys(profile).length === 0) return undefined;
    const result = checkProgramme(profile, dispositif, options);
    if (result.verdict !== 'not_eligible') return undefined;
    return `Attention, d’après ce que vous décrivez, la personne ne peut pas entrer dans ${shortLabel(this.deps.catalogue.get(dispositif))}.${decidingReason(result)} Le formulaire suit, si vous savez autre chose.`;
  }

  /** The facts of the check in progress or set aside, or of the last person checked, for 30 minutes. */
  private async personJustChecked(context: TurnContext): Promise<Profile | undefined> {
    const paused = await this.pausedCheck.get(context);
    if (paused) return paused.check.profile;
    const recent = await this.recentPerson.get(context);
    const live = recent && this.deps.clock().getTime() - Date.parse(recent.at) <= CONTEXT_LIFETIME_MS;
    return live ? recent.profile : undefined;
  }

  /** The entry with room the last list of entries led with, for 30 minutes. */
  private async sessionLedWith(context: TurnContext) {
    return liveContext(await this.thread.get(context), this.deps.clock())?.session;
  }

  /** The programme typed right after the prescription picker, if that is what the message does. */
  private async programmePicked(context: TurnContext, text: string): Promise<Programme | undefined> {
    const thread = liveContext(await this.thread.get(context), this.deps.clock());
    return thread?.topic === 'picking' ? programmeChosen(text) : undefined;
  }

  /** « je veux plus le recevoir », « oui abonne-moi » right after the digest was explained. */
  private async afterDigestExplained(
    context: TurnContext,
    text: string,
  ): Promise<{ kind: DigestRequest['kind'] } | undefined> {
    const thread = liveContext(await this.thread.get(context), this.deps.clock());
    const kind = thread?.topic === 'digest' ? digestFollowUp(text) : undefined;
    return kind ? { kind } : undefined;
  }

  /** « ok vas-y on le fait » right after how a programme is prescribed: that programme's form. */
  private async goneAheadWith(context: TurnContext, text: string): Promise<Programme | undefined> {
    if (!goesAhead(text)) return undefined;
    const thread = liveContext(await this.thread.get(context), this.deps.clock());
    return thread?.aspects?.includes('prescription')
      ? PROGRAMMES.find((p) => p === thread.dispositif)
      : undefined;
  }

  /** The programme the thread is about, if one that is prescribed here; `orBefore`: the one before the last aside, first. */
  private async programmeDiscussed(context: TurnContext, orBefore = false): Promise<Programme | undefined> {
    const thread = liveContext(await this.thread.get(context), this.deps.clock());
    const before = orBefore
      ? (thread?.earlier?.dispositif ?? thread?.earlier?.agenda?.dispositif)
      : undefined;
    const discussed = before ?? thread?.dispositif ?? thread?.agenda?.dispositif;
    return PROGRAMMES.find((p) => p === discussed);
  }

  /**
   * A question, read once with the thread of the conversation (the last dispositif,
   * aspects or agenda list, for 30 minutes), answered, and the thread moved on.
   */
  private async answerQuestion(
    context: TurnContext,
    dc: LazyDialogContext,
    scratch: LazyDialogContext,
    text: string,
  ): Promise<void> {
    const now = this.deps.clock();
    // « et si elle avait 16 ans ? » right after a check: the same person, with that fact changed.
    const recent = await this.recentPerson.get(context);
    const askedOfThem = recent?.described ? mayAskAgain(text) && !asksSomethingElse(text) : mayAskAgain(text);
    if (recent && askedOfThem && now.getTime() - Date.parse(recent.at) <= CONTEXT_LIFETIME_MS) {
      // Nothing asked since the check: « et pour la promo ? » is about that person.
      const again = personAgain(text, recent, now, !recent.asked);
      if (again) {
        const story = again.aim ? { aim: again.aim } : {};
        const before = again.someoneElse ? undefined : recent.profile;
        await this.checkPerson(scratch, again.profile, [], again.programme, story, before);
        return;
      }
    }
    if (recent && !recent.asked) await this.recentPerson.set(context, { ...recent, asked: true });
    const thread = liveContext(await this.thread.get(context), now);
    const reading = readMessage(text, now, thread, this.deps);
    await this.thread.set(context, contextAfter(reading, now, text, thread));
    // « un mr de 52 ans au RSA…, je lui propose quoi ? » answered with a programme: « et la promo
    // ça pourrait le faire ? » then asks about him.
    if (reading.kind === 'answer') {
      const said = extractProfile(text, { today: now });
      if (describesPerson(said))
        await this.recentPerson.set(context, {
          profile: said.profile,
          at: now.toISOString(),
          asked: true,
          described: true,
        });
    }
    if (reading.kind === 'several') {
      for (const one of reading.readings) await this.answerReading(context, dc, scratch, one);
      return;
    }
    await this.answerReading(context, dc, scratch, reading);
  }

  private async answerReading(
    context: TurnContext,
    dc: LazyDialogContext,
    scratch: LazyDialogContext,
    reading: SingleReading,
  ): Promise<void> {
    const now = this.deps.clock();
    const send = (card: Attachment) => context.sendActivity(MessageFactory.attachment(card));
    switch (reading.kind) {
      case 'scope': {
        const question = reading.question;
        const campaigns = this.deps.stores.campaigns;
        if (question.kind === 'contacts') await send(contactsCard());
        else if (question.kind === 'prescribing') await send(prescribingCard());
        else if (question.kind === 'handling') await send(handlingCard());
        else if (question.kind === 'afterPrescribing')
          await send(afterPrescriptionCard(question.delayAsked === true));
        else if (question.kind === 'publishing') await send(publishingCard());
        else if (question.kind === 'cost') await send(costCard());
        else if (question.kind === 'actionPlan') await send(actionPlanCard());
        else if (question.kind === 'entryDeadline')
          await send(entryDeadlineCard(currentCampaignLine(this.deps)));
        else if (question.kind === 'meaning') await send(meaningCard(question.terms));
        else if (question.kind === 'personalData') await send(personalDataCard(question));
        else if (question.kind === 'figures') {
          const asked = question.year ? campaigns.all().find((c) => c.year === question.year) : undefined;
          await send(
            figuresCard(this.deps.catalogue, campaigns.targetsFor(asked ?? campaigns.current(now)), question),
          );
        } else if (question.kind === 'joiningEvent')
          await send(joiningEventCard(this.deps.catalogue, question));
        else if (question.kind === 'forPublic')
          await send(programmesForAPublicCard(this.deps.catalogue, question));
        else if (question.kind === 'unsetConditions')
          await send(unsetConditionsCard(unsetConditionLines(question.conditions, question.programme)));
        else await send(outOfScopeCard(question.subject, question.seeInstead));
        return;
      }
      case 'agenda': {
        let led: { id: string; dispositif: EntrySession['dispositif'] } | undefined;
        const shown: ShownItems = (items) => {
          const entry = items.find(
            (item): item is EntrySession => 'volet' in item && hasRoom('sessions', item),
          );
          led ??= entry && { id: entry.id, dispositif: entry.dispositif };
        };
        for (const card of await agendaAnswer(reading.query, this.deps, this.rolesOf(context), shown))
          await send(card);
        const thread = await this.thread.get(context);
        if (led && thread) await this.thread.set(context, { ...thread, session: led });
        return;
      }
      case 'person': {
        const { profile, uncertain, programme, ...story } = reading.extracted;
        if (reading.also) await context.sendActivity(answerActivity(this.deps.catalogue, reading.also));
        await this.checkPerson(scratch, profile, uncertain, programme, story);
        return;
      }
      case 'people':
        await this.checkPeople(context, reading.people);
        return;
      case 'answer':
        await context.sendActivity(answerActivity(this.deps.catalogue, reading.result, reading.passages));
        return;
      case 'clarify':
        // Only a doubt between dispositifs needs a dialog.
        await (
          await dc.get()
        ).beginDialog(QUESTION_DIALOG, {
          aspect: reading.result.aspect,
          candidates: reading.result.candidates,
        } satisfies QuestionOptions);
        return;
      case 'passages':
        await send(passagesCard(reading.passages, reading.unset));
        return;
      case 'not_found':
        await send(notFoundCard());
        return;
      case 'unsure':
        await context.sendActivity(answerActivity(this.deps.catalogue, { kind: 'unsure' }));
        return;
    }
  }

  /**
   * « sur l'entrée du 18 janvier », « la session de Castel, volet 2 »: the one entry
   * session a request to prescribe names, when exactly one fits.
   */
  private async namedSession(
    text: string,
    dispositif: AgendaQuery['dispositif'],
  ): Promise<string | undefined> {
    const now = this.deps.clock();
    // « …du 25 janvier, il reste de la place normalement »: the session named, with room or not (the form says which).
    const { withSeats: _withSeats, ...filters } = agendaFilters(text, now);
    if (!filters.place && !filters.from && !filters.to && !filters.volet) return undefined;
    const query: AgendaQuery = { kind: 'sessions', ...(dispositif ? { dispositif } : {}), ...filters };
    const found = await this.deps.stores.agenda.query(query, now);
    return found.length === 1 ? found[0]!.id : undefined;
  }

  /** A button (or a command that is one): checked and handled by the card-action table. */
  private async runAction(context: TurnContext, scratch: LazyDialogContext, value: unknown): Promise<void> {
    const outcome = await runCardAction(value, this.actionContext(context), this.deps);
    if (!outcome) {
      await context.sendActivity(UNKNOWN_ACTION_TEXT);
      return;
    }
    if (outcome.kind === 'guided') {
      await this.startGuided(scratch, outcome.profile, outcome.focus, [GUIDED_INTRO]);
      return;
    }
    if (outcome.kind === 'resumeGuided') {
      await this.resumeGuided(scratch);
      return;
    }
    await context.sendActivity(MessageFactory.attachment(outcome.card));
  }

  private rolesOf(context: TurnContext) {
    return this.deps.stores.rolesOf(context.activity.from);
  }

  private actionContext(context: TurnContext): ActionContext {
    const conversation = context.activity.conversation;
    return {
      from: context.activity.from,
      roles: this.rolesOf(context),
      personal: !conversation?.isGroup && (conversation?.conversationType ?? 'personal') === 'personal',
      tenantId: tenantOf(context),
    };
  }

  /**
   * How to reach the person later: their personal chat, saved at installation and on
   * every message (Teams may move the service URL), or at least where to open one.
   */
  private async rememberContact(context: TurnContext): Promise<void> {
    const { activity } = context;
    const from = activity.from;
    if (!from?.id || from.id === activity.recipient?.id || activity.channelId !== 'msteams') return;
    // The first conversationUpdate of a personal chat may come before any installationUpdate.
    const kept = ['message', 'invoke', 'installationUpdate', 'conversationUpdate'];
    if (!kept.includes(activity.type)) return;
    if (activity.type === 'installationUpdate' && activity.action?.startsWith('remove')) {
      await this.deps.stores.directory.removeContact(from.id);
      return;
    }
    const conversation = activity.conversation;
    const personal = !conversation?.isGroup && (conversation?.conversationType ?? 'personal') === 'personal';
    const known = this.deps.stores.directory.contact(from.id);
    const wasUnreachable = Boolean(known?.unreachableSince);
    try {
      await this.deps.stores.directory.saveContact(
        {
          userId: from.id,
          ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
          name: from.name ?? '',
          serviceUrl: activity.serviceUrl,
          ...(tenantOf(context) ? { tenantId: tenantOf(context) } : {}),
          ...(personal ? { reference: referenceOf(activity, known?.reference) } : {}),
        },
        this.deps.clock(),
      );
      // They speak to the bot again: what waited for them goes out now.
      if (wasUnreachable)
        await this.deps.stores.outbox.wakeAll(
          (m) => m.recipient.kind === 'user' && m.recipient.userId === from.id,
          this.deps.clock(),
        );
    } catch (error) {
      // Not being able to save a contact must not cost the person their answer.
      this.deps.logger.warn('contact_not_saved', { errorName: (error as Error).name });
    }
  }

  /** « recevoir les prescriptions ici », typed by an admin in a channel or group chat. */
  private async designateAfpaConversation(context: TurnContext): Promise<void> {
    if (!this.rolesOf(context).has('admin')) {
      await context.sendActivity(AFPA_CONVERSATION_ADMIN_ONLY);
      return;
    }
    const reference = referenceOf(context.activity);
    const by = context.activity.from.name ?? context.activity.from.id;
    await this.deps.stores.directory.designateAfpa(reference, by, this.deps.clock());
    await this.deps.stores.outbox.wakeAll((m) => m.recipient.kind === 'afpa', this.deps.clock());
    await context.sendActivity(AFPA_CONVERSATION_SET);
  }

  /** The prescriptions export accepted in the file consent card: uploaded to the person's OneDrive. */
  protected override async handleTeamsFileConsentAccept(
    context: TurnContext,
    response: FileConsentCardResponse,
  ): Promise<void> {
    const token = (response.context as { token?: unknown } | undefined)?.token;
    const card = await this.deps.exports.accept(
      token,
      response.uploadInfo?.uploadUrl,
      response.uploadInfo?.contentUrl,
      userOf(context.activity.from),
    );
    await context.sendActivity(MessageFactory.attachment(card));
  }

  protected override async handleTeamsFileConsentDecline(
    context: TurnContext,
    response: FileConsentCardResponse,
  ): Promise<void> {
    this.deps.exports.decline(
      (response.context as { token?: unknown } | undefined)?.token,
      userOf(context.activity.from),
    );
    await context.sendActivity('Export annulé : le fichier n’a pas été envoyé.');
  }

  /** A CSV dropped in the chat: AFPA staff get a preview, anyone else a polite refusal. */
  private async receiveFile(context: TurnContext, file: { name: string; url: string }): Promise<void> {
    if (!this.rolesOf(context).has('afpa')) {
      await context.sendActivity(NOT_ALLOWED_AGENDA);
      return;
    }
    await showTyping(context, this.deps.logger);
    const card = await this.deps.publisher.preview(file, context.activity.from);
    await context.sendActivity(MessageFactory.attachment(card));
  }

  private async startGuided(
    scratch: LazyDialogContext,
    profile: Profile,
    focus: Programme | undefined,
    lead: string[],
    /** What the lead already says: the programme's rule, the programmes already open. */
    said: Pick<EligibilityDialogOptions, 'ruleSaid' | 'openSaid'> = {},
    uncertain: readonly ProfileField[] = [],
  ) {
    // A new check replaces the one set aside.
    await this.pausedCheck.delete(scratch.context);
    const begun = await (
      await scratch.get()
    ).beginDialog(ELIGIBILITY_DIALOG, {
      profile,
      skipped: [],
      focus,
      lead,
      ...(said.ruleSaid ? { ruleSaid: true } : {}),
      ...(said.openSaid?.length ? { openSaid: [...said.openSaid] } : {}),
      ...(uncertain.length > 0 ? { uncertain: [...uncertain] } : {}),
    } satisfies EligibilityDialogOptions);
    await this.afterCheck(scratch.context, begun);
  }

  /**
   * A check that ended on one programme open to the person (or the one asked, when it is) makes
   * it the thread's subject: « la mairie est d'accord. prochaine entrée ? » is about its entries.
   */
  private async afterCheck(context: TurnContext, turn: DialogTurnResult): Promise<void> {
    if (turn.status !== DialogTurnStatus.complete) return;
    const programme = (turn.result as EligibilityDialogResult | undefined)?.programme;
    if (programme)
      await this.moveThreadTo(context, { dispositif: programme, at: this.deps.clock().toISOString() });
  }

  /**
   * A subject started by a form, the picker, a check or the digest: the thread before it is kept
   * one level back, as a typed question keeps it, so that « pour revenir à… » finds it.
   */
  private async moveThreadTo(context: TurnContext, next: ConversationContext): Promise<void> {
    const now = this.deps.clock();
    await this.thread.set(context, withEarlier(next, liveContext(await this.thread.get(context), now), now));
  }

  /** A check of the person described, remembered in memory for a « et si… ? » that follows. */
  private async checkPerson(
    scratch: LazyDialogContext,
    profile: Profile,
    uncertain: readonly ProfileField[],
    programme: Programme | undefined,
    story: Story & { viaDepartment?: boolean } = {},
    /** The person as checked before a « et si… ? », whose answer starts with what it changes. */
    before?: Profile,
  ): Promise<void> {
    // Said here only when questions follow: otherwise the result card says it, once.
    const options = this.deps.checkOptions();
    const lead: string[] = [];
    // « promo 1618 ou prépa ? » for someone of 24: the Promo ruled out at once, the check goes on for Prépa.
    const choice = story.choice ? ruledOutOfTheChoice(profile, story.choice, options) : undefined;
    const chosen = choice?.left.length === 1 ? choice.left[0] : undefined;
    const focus = programme ?? chosen ?? impliedProgramme(profile);
    const changed = before ? whatIfNote(before, profile, programme ?? chosen, options, focus) : undefined;
    if (changed) lead.push(changed);
    if (choice) lead.push(...choice.lines);
    // « je veux vérifier si un jeune peut faire la promo »: nothing said of the person yet, nothing to repeat.
    const questionsFollow = missingFacts(profile, options, programme ? [programme] : PROGRAMMES).length > 0;
    // « je peux le prescrire via le CD ? », « ni au RSA ni suivi par nous, la prépa ? »: the Département's
    // own route, closed, answered first (the questions then go on for France Travail's).
    // (Unasked, only for someone the programme may be for: a PEC's route, for someone in a PEC.)
    const mayBeFor = programme !== 'competences-pec' || profile.pecContract === true;
    const closed =
      story.viaDepartment || (questionsFollow && mayBeFor)
        ? departmentRouteClosed(programme, profile)
        : undefined;
    if (closed) lead.push(`${closed.text} (${closed.source})`);
    const understood = describeProfile(profile, uncertain).join(', ');
    if (understood && questionsFollow)
      lead.push(`Ce que j’ai compris de la personne : ${understood}. Test anonyme : rien n’est enregistré.`);
    lead.push(...storyNotes(profile, focus, story));
    // « il peut faire quoi avec l'AFPA ? »: no programme asked, so where each stands before the questions.
    const eachAsked = !programme && !chosen && questionsFollow;
    const open = eachAsked ? openAlready(profile, options) : [];
    const standing = eachAsked ? whereEachStands(profile, options, open) : undefined;
    if (standing) lead.push(standing);
    await this.recentPerson.set(scratch.context, {
      profile,
      ...(programme ? { programme } : {}),
      at: this.deps.clock().toISOString(),
    });
    // The route's answer says who may enter: the programme's rule is not said again below it.
    // « Prépa Compétences : oui » said in where each stands is not said again with the next question.
    const openSaid = standing ? open : [];
    // « 19 ans au RSA, on lui propose quoi ? » with Prépa the only one open: the thread's subject while
    // the questions go on (« ça se passe où ? », « une entrée à distance c'est quand ? »).
    const subject = programmeSettledSoFar(profile, programme ?? chosen, options);
    if (subject)
      await this.moveThreadTo(scratch.context, { dispositif: subject, at: this.deps.clock().toISOString() });
    await this.startGuided(scratch, profile, focus, lead, { ruleSaid: Boolean(closed), openSaid }, uncertain);
  }

  /**
   * « pour Mme A, ça dure combien ? », « et pour l'autre ? » after several people were described: that
   * one becomes the person of the thread, and the message is read with the programme they fit.
   */
  private async takeUpPersonNamed(context: TurnContext, text: string): Promise<string> {
    const now = this.deps.clock();
    const stored = livePeople(await this.peopleOfTheThread.get(context), now);
    if (!stored) return text;
    const taken = personTakenUp(text, stored);
    if (!taken) return text;
    const { profile, programme } = taken.person;
    await this.peopleOfTheThread.set(context, {
      ...stored,
      current: taken.index,
      at: now.toISOString(),
    });
    await this.recentPerson.set(context, {
      profile,
      ...(programme ? { programme } : {}),
      at: now.toISOString(),
      described: true,
    });
    context.activity.text = taken.text;
    return taken.text;
  }

  /** « 2 jeunes ASE : …, promo pour les 2 ? »: one result card a person, for the programme asked for them. */
  private async checkPeople(context: TurnContext, people: readonly PersonDescribed[]): Promise<void> {
    await this.peopleOfTheThread.set(context, peopleOfTheThread(people, this.deps.clock()));
    const options = this.deps.checkOptions();
    await context.sendActivity(severalPeopleIntro(people.length));
    for (const [index, person] of people.entries()) {
      const focus = person.programme ?? impliedProgramme(person.profile);
      const results = checkEligibility(person.profile, options);
      const card = resultActivity(
        this.deps.catalogue,
        person.profile,
        results,
        focus,
        options,
        person.uncertain,
      );
      // « un de 28 ans inscrit FT + une de 61 ans, prépa ok pour les 2 ? »: what is left to check only says who prescribes.
      const open =
        focus &&
        results.find((r) => r.dispositif === focus)?.verdict === 'to_check' &&
        letsInWhateverIsLeft(person.profile, focus, options)
          ? [
              `D’après ce que vous dites, la personne peut bénéficier de ${shortLabel(this.deps.catalogue.get(focus))} ; ce qui reste à vérifier dit seulement qui le prescrit.`,
            ]
          : [];
      // « lui a peur de pas tenir, elle sait pas quoi faire… quel volet ? »: what each one's story calls for.
      const notes = storyNotes(person.profile, focus, person);
      card.text = [personTitle(person, index), ...open, ...notes].join('\n\n');
      await context.sendActivity(card);
    }
  }

  /** « reprendre »: the check set aside goes on where it stopped, its « je ne sais pas » kept. */
  private async resumeGuided(scratch: LazyDialogContext): Promise<void> {
    const paused = await this.pausedCheck.get(scratch.context);
    if (!paused) {
      await scratch.context.sendActivity(NOTHING_TO_RESUME);
      return;
    }
    await this.pausedCheck.delete(scratch.context);
    await (
      await scratch.get()
    ).beginDialog(ELIGIBILITY_DIALOG, {
      ...paused.check,
      lead: [RESUMED_TEXT],
    } satisfies EligibilityDialogOptions);
  }

  /** Once the interruption is answered and nothing waits for a reply: the offer to take the check up again. */
  private async offerToResume(dc: LazyDialogContext, scratch: LazyDialogContext): Promise<void> {
    const paused = await this.pausedCheck.get(scratch.context);
    if (!paused || paused.offered || (await dc.active()) || (await scratch.active())) return;
    await this.pausedCheck.set(scratch.context, { ...paused, offered: true });
    await scratch.context.sendActivity(
      MessageFactory.attachment(
        noticeCard(RESUME_OFFER, [
          { title: 'Reprendre le test', data: { verb: VERBS.resumeGuidedEligibility } },
        ]),
      ),
    );
  }

  /** « annuler » reaching the bot: a check set aside is dropped; otherwise nothing was in progress. */
  private async cancelWithNothingWaiting(context: TurnContext): Promise<void> {
    if (await this.pausedCheck.get(context)) {
      await this.pausedCheck.delete(context);
      await context.sendActivity(CANCELLED_TEXT);
      return;
    }
    await context.sendActivity(
      MessageFactory.attachment(
        welcomeCard(this.deps.catalogue, currentCampaignLine(this.deps), this.rolesOf(context)),
        NOTHING_IN_PROGRESS,
      ),
    );
  }

  /** Welcome once: when the bot itself is added to a chat or a team. */
  private async welcomeNewcomers(context: TurnContext, added: ChannelAccount[]): Promise<void> {
    const botId = context.activity.recipient?.id;
    if (!added.some((member) => member.id === botId)) return;
    await context.sendActivity(
      MessageFactory.attachment(
        welcomeCard(this.deps.catalogue, currentCampaignLine(this.deps), this.rolesOf(context)),
      ),
    );
    await this.offerDigest(context);
  }

  /** In a personal chat, once and only once: the weekly digest is offered. */
  private async offerDigest(context: TurnContext): Promise<void> {
    const { conversation, from } = context.activity;
    const personal = !conversation?.isGroup && (conversation?.conversationType ?? 'personal') === 'personal';
    if (!personal || !from?.id || !(await this.deps.stores.subscriptions.offer(from.id, this.deps.clock())))
      return;
    await context.sendActivity(
      MessageFactory.attachment(
        noticeCard(DIGEST_OFFER, [{ title: 'M’abonner au récap', data: { verb: VERBS.subscribeDigest } }]),
      ),
    );
  }
}

function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannel = typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined;
  return context.activity.conversation?.tenantId ?? fromChannel;
}
