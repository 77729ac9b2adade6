import { ActivityTypes, InputHints, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  ChoiceFactory,
  Dialog,
  recognizeChoices,
  type Choice,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { answerTo, eligibilityResultCard, VERDICT_DISPLAY } from '../cards/eligibility-cards.js';
import { shortLabel } from '../data/catalogue/schema.js';
import { parseAgendaQuery } from '../data/agenda/agenda-query.js';
import { townIn } from '../data/agenda/towns.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import {
  campaignLine,
  checkEligibility,
  checkProgramme,
  decidingReason,
  describeProfile,
  FACT_QUESTIONS,
  FACTS_READ,
  missingFacts,
  LETS_IN,
  programmeSettled,
  verdictsStillPossible,
  letsInWhateverIsLeft,
  PROFILE_FIELDS,
  type EligibilityOptions,
  type EligibilityResult,
  type Profile,
  type ProfileField,
  type Programme,
  WHO_CAN_ENTER,
} from '../data/eligibility.js';
import { extractProfile } from '../data/eligibility-extraction.js';
import { unsetConditionLines, unsetConditions } from '../data/unset-conditions.js';
import { normalizeText } from '../data/qa/normalize.js';
import { turnsToSomeoneElse } from '../data/qa/person-again.js';
import { QuestionAnswering } from '../data/qa/question-answering.js';
import { interruption } from './cancel-and-help-dialog.js';
import { looksLikeNewMessage, type PassedOn } from './pass-on.js';

export const ELIGIBILITY_DIALOG = 'eligibilityDialog';

export type EligibilityDialogOptions = {
  profile: Profile;
  /** Facts the référent said they do not know: never asked twice. */
  skipped: ProfileField[];
  /** Facts hedged (« je crois »), said « (à confirmer) » until the référent says them for sure. */
  uncertain?: ProfileField[];
  focus?: Programme;
  /** The verdict of the programme asked about was said as soon as it was settled: once. */
  focusSaid?: boolean;
  /** Who can enter the programme asked about was said: once. */
  ruleSaid?: boolean;
  /** With no programme asked, those already open to the person that were said while others were still checked. */
  openSaid?: Programme[];
  /**
   * Lines said with the next question, in the same message (what was understood of the
   * person, a correction, « on reprend »): one message a turn, not one per line.
   */
  lead?: string[];
};

/**
 * The verdicts at the end; or a message that is not an answer, handed back to the bot
 * (`passOn`) with the check as it stood (`paused`), for « reprendre ».
 */
export type EligibilityDialogResult = PassedOn & {
  results?: EligibilityResult[];
  /** The one programme the check found open, or the one asked about when it is: what « prochaine entrée ? » is about next. */
  programme?: Programme;
  paused?: EligibilityDialogOptions;
};

/** Facts a sentence states while a question is pending, and those it hedged (« je crois »). */
type Stated = { facts: Profile; uncertain: readonly ProfileField[]; programme?: Programme };

const YES = 'Oui';
const NO = 'Non';
const DONT_KNOW = 'Je ne sais pas';
const DONT_KNOW_WORDS =
  /^(je )?(ne )?(sais pas|sai pas|sp|ne sais pas|aucune idee|inconnu|\?|nsp|pas sur|je sais pas)$/;

export const AGE_RETRY = 'Indiquez un âge en années (par exemple 17), ou « je ne sais pas ».';
/** Said by the bot after it answered something else in the middle of a check. */
export const RESUME_OFFER =
  'Le test d’éligibilité est en pause : tapez « reprendre » pour le continuer là où il s’est arrêté, ou « annuler » pour l’abandonner.';
export const RESUMED_TEXT = 'On reprend le test d’éligibilité.';
export const NOTHING_TO_RESUME =
  'Aucun test d’éligibilité n’est en pause. Tapez « éligibilité » pour en commencer un.';

/**
 * Who the person is first (an adult for Prépa Compétences, a young person for La Promo
 * 16/18: the age settles one of the two), the PEC contract last, since either may have one.
 * Within a programme, facts come in the order its rules read them (`FACTS_READ`).
 */
const ASKING_ORDER: readonly Programme[] = ['prepa-competences', 'promo-16-18', 'competences-pec'];

/** A question, rather than something said about the person: never read as a correction. */
const QUESTION_WORDS =
  /^(c est quoi|qu est ce|quel|quelle|quels|quelles|quand|comment|combien|pourquoi|qui|est ce qu)\b/;

/** What the check keeps between its turns, in its own place on the dialog stack. */
type CheckState = {
  check: EligibilityDialogOptions;
  /** The fact the question waiting for an answer asks, and that question as it was shown. */
  asked?: ProfileField;
  question?: string;
};

const YES_NO_CHOICES: Choice[] = [
  { value: YES, synonyms: ['o', 'yes', 'ouais', 'oui oui', 'exact', 'tout à fait'] },
  { value: NO, synonyms: ['n', 'no', 'non non', 'pas du tout'] },
  {
    value: DONT_KNOW,
    synonyms: ['sais pas', 'je sais pas', 'ne sais pas', 'aucune idée', 'nsp', '?', 'inconnu'],
  },
];

/**
 * The guided check: one short question at a time, only those whose answer can still
 * change a verdict for one of the three programmes, then the verdicts. While a question
 * is pending, a sentence that states facts (« non, 17 ans ») corrects them; any other
 * message is handed back with the check, which the bot keeps in memory to resume it.
 * Its state is kept in memory only, never in the bot's store: a check is anonymous and
 * leaves nothing behind.
 *
 * One dialog that asks and reads its own questions, rather than a waterfall of prompts
 * inside a component: botbuilder sets up a dialog context for each of those layers, seven
 * a turn, and they cost more than the check itself.
 */
export class EligibilityDialog extends Dialog<EligibilityDialogOptions> {
  /** Tells a short question about a dispositif (« la VAE ») from an answer that is not one. */
  private readonly qa: QuestionAnswering;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly checkOptions: () => EligibilityOptions,
  ) {
    super(ELIGIBILITY_DIALOG);
    this.qa = new QuestionAnswering(catalogue.all);
  }

  /** The check in progress on `outer` (the bot's scratch dialogs), to keep it when a button interrupts it. */
  checkInProgress(outer: DialogContext): EligibilityDialogOptions | undefined {
    if (outer.activeDialog?.id !== this.id) return undefined;
    return (outer.activeDialog.state as CheckState).check;
  }

  override async beginDialog(
    dc: DialogContext,
    options?: EligibilityDialogOptions,
  ): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as CheckState;
    state.check = { profile: {}, skipped: [], ...options };
    return this.askNext(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as CheckState;
    return (await interruption(dc, this.catalogue, () => state.check)) ?? this.read(dc, state);
  }

  /** « reprendre » while the check is in progress: its question again, as it was asked. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const { asked, question } = instance.state as CheckState;
    if (asked && question) await context.sendActivity(questionActivity(asked, question));
  }

  /**
   * The programmes the check is about: all three, the one asked about first. Once that one
   * is open to the person, the check ends there; otherwise (an adult asked about La Promo
   * 16/18, a closed campaign…) it goes on with the others: never only the age.
   */
  private programmesAsked(
    state: EligibilityDialogOptions,
    results: () => EligibilityResult[],
  ): readonly Programme[] {
    const { focus } = state;
    if (!focus) return ASKING_ORDER;
    const focused = results().find((r) => r.dispositif === focus);
    if (focused?.verdict === 'eligible') return [focus];
    return [focus, ...ASKING_ORDER.filter((p) => p !== focus)];
  }

  /** The next fact that can still change a verdict, in asking order, never one answered « je ne sais pas ». */
  private nextFact(
    options: EligibilityOptions,
    state: EligibilityDialogOptions,
    results: () => EligibilityResult[],
  ): ProfileField | undefined {
    for (const programme of this.programmesAsked(state, results)) {
      const missing = missingFacts(state.profile, options, [programme]);
      const field = FACTS_READ[programme].find((f) => missing.includes(f) && !state.skipped.includes(f));
      if (field) return field;
    }
    return undefined;
  }

  /**
   * « 30 ans, pour la promo ? »: the programme asked about comes first. While the check
   * still needs answers, its rule is said once; once it is settled against the person, its
   * answer comes at once, in one line, and the check goes on for the others.
   */
  private focusVerdict(state: EligibilityDialogOptions, results: () => EligibilityResult[]): string[] {
    if (!state.focus || state.focusSaid) return [];
    const focused = results().find((r) => r.dispositif === state.focus);
    if (focused?.verdict === 'to_check' && !state.ruleSaid) {
      state.ruleSaid = true;
      const rule = WHO_CAN_ENTER[state.focus];
      const name = shortLabel(this.catalogue.get(state.focus));
      const possible = [...verdictsStillPossible(state.profile, state.focus, this.checkOptions())];
      const left = missingFacts(state.profile, this.checkOptions(), [state.focus]).length;
      // « BRSA 29 ans inscrit FT, prépa comp ? »: open whatever the answers, which only say who prescribes;
      // « jeune ASE 17 ans décrocheur, promo ? »: one answer left, which decides.
      const open = letsInWhateverIsLeft(state.profile, state.focus, this.checkOptions())
        ? [
            `D’après ce que vous dites, la personne peut bénéficier de ${name} ; la question ci-dessous sert seulement à savoir qui le prescrit.`,
          ]
        : left === 1 && possible.some((verdict) => LETS_IN.has(verdict))
          ? [
              `D’après ce que vous dites, la personne peut bénéficier de ${name}, sous une seule réserve : la question ci-dessous.`,
            ]
          : [];
      return [...open, `${rule.text} (${rule.source})`];
    }
    if (!focused || focused.verdict === 'to_check' || focused.verdict === 'eligible') return [];
    state.focusSaid = true;
    const name = shortLabel(this.catalogue.get(state.focus));
    const why = decidingReason(focused);
    // « Voyons les autres dispositifs : Prépa Compétences. »: the ones still open, which the next questions are for.
    const others = ASKING_ORDER.filter(
      (p) => p !== state.focus && results().find((r) => r.dispositif === p)?.verdict !== 'not_eligible',
    ).map((p) => shortLabel(this.catalogue.get(p)));
    const next = others.length > 0 ? ` : ${others.join(' et ')}` : '';
    // « autre prescripteur » alone reads as a refusal: the person can enter, through someone else.
    const verdict =
      focused.verdict === 'other_prescriber'
        ? answerTo(focused.verdict, name)
        : `${name} : ${VERDICT_DISPLAY[focused.verdict].label.toLowerCase()}.`;
    return [`${verdict}${why} Voyons les autres dispositifs${next}.`];
  }

  /**
   * « mr 52 ans au RSA, je suis son référent. qu'est-ce qui est possible ? »: with no programme
   * asked (or once the one asked is settled), one that is already open is said as soon as it is,
   * rather than after the questions that are only about the others, with the programme the next
   * question is for. `again`: « alors quoi pour elle ? », said again whatever was said before.
   */
  private alreadyOpen(
    state: EligibilityDialogOptions,
    results: () => EligibilityResult[],
    field: ProfileField,
    again = false,
  ): string[] {
    // The programme asked about comes first, until its own verdict is said.
    if (state.focus && !state.focusSaid && !again) return [];
    const said = state.openSaid ?? [];
    const open = results()
      .filter((r) => r.verdict === 'eligible' && (again || !said.includes(r.dispositif)))
      .map((r) => r.dispositif);
    if (open.length === 0) return [];
    state.openSaid = [...said, ...open.filter((p) => !said.includes(p))];
    const options = this.checkOptions();
    const askedFor = ASKING_ORDER.find(
      (p) => !open.includes(p) && missingFacts(state.profile, options, [p]).includes(field),
    );
    const names = (programmes: Programme[]) =>
      programmes.map((p) => shortLabel(this.catalogue.get(p))).join(' et ');
    const forWhich = askedFor ? ` ; la question ci-dessous sert pour ${names([askedFor])}` : '';
    return [`D’après ce que vous dites, la personne peut bénéficier de ${names(open)}${forWhich}.`];
  }

  /**
   * « elle est suivie par le CD aussi » after the programme asked was ruled out: whether that
   * changes its verdict. When it does, `focusSaid` is reset and the new verdict is said.
   */
  private sameVerdict(before: EligibilityDialogOptions, after: EligibilityDialogOptions): string[] {
    if (!before.focus || !before.focusSaid) return [];
    const options = this.checkOptions();
    const was = checkProgramme(before.profile, before.focus, options);
    const now = checkProgramme(after.profile, before.focus, options);
    if (was.verdict !== now.verdict) {
      after.focusSaid = false;
      return [];
    }
    return [
      `Pour ${shortLabel(this.catalogue.get(before.focus))}, cela ne change rien.${decidingReason(now)}`,
    ];
  }

  /** The next question, or the verdicts when no answer can change them any more. */
  private async askNext(dc: DialogContext, state: CheckState): Promise<DialogTurnResult> {
    const check = state.check;
    const options = this.checkOptions();
    // Checked at most once for the whole step, when needed: the profile does not change within it.
    let checked: EligibilityResult[] | undefined;
    const results = () => (checked ??= checkEligibility(check.profile, options));
    const field = this.nextFact(options, check, results);
    const lead = check.lead ?? [];
    delete check.lead;
    if (!field) {
      const final = results();
      const card = resultActivity(
        this.catalogue,
        check.profile,
        final,
        check.focus,
        options,
        check.uncertain,
      );
      if (lead.length > 0) card.text = lead.join('\n\n');
      await dc.context.sendActivity(card);
      return dc.endDialog({
        results: final,
        programme: programmeSettled(final, check.focus),
      } satisfies EligibilityDialogResult);
    }
    state.asked = field;
    state.question = [
      ...lead,
      ...this.focusVerdict(check, results),
      ...this.alreadyOpen(check, results, field),
      FACT_QUESTIONS[field],
    ].join('\n\n');
    await dc.context.sendActivity(questionActivity(field, state.question));
    return Dialog.EndOfTurn;
  }

  /** The reply to the question asked: an answer, a correction, something else to hand back, or asked again. */
  private async read(dc: DialogContext, state: CheckState): Promise<DialogTurnResult> {
    const { check } = state;
    const field = state.asked!;
    const text = dc.context.activity.text ?? '';
    const chosen = field === 'age' ? undefined : yesNoChosen(text);
    const understood =
      field === 'age' ? parseAge(text) !== undefined || isDontKnow(text) : chosen !== undefined;
    // A sentence that states facts wins over a « non » it starts with: « non, 17 ans ».
    const { stated, factsAsked } = this.factsIn(text);
    // « elle a pas d'ordi chez elle par contre »: told of the person, nothing the agreement sets;
    // what it says of it, then the same question.
    // Told with where the person lives, it is handed back: the entries there are what is wanted.
    const unset =
      understood || stated || townIn(normalizeText(text)) ? [] : unsetConditions(normalizeText(text));
    // « c où concrètement ? il a pas de scooter » asks something: handed back.
    if (unset.length > 0 && !text.includes('?') && !asksSomething(text)) {
      const noted = unsetConditionLines(unset, check.focus).join('\n\n');
      await dc.context.sendActivity(questionActivity(field, `${noted}\n\n${FACT_QUESTIONS[field]}`));
      return Dialog.EndOfTurn;
    }
    // « alors quoi pour elle ? » while a question waits: what is already open, then the same question;
    // with nothing open yet, it is handed back (the person's story may call for another programme).
    const openSoFar =
      !understood && !stated && WHAT_THEN.test(normalizeText(text))
        ? this.alreadyOpen(check, () => checkEligibility(check.profile, this.checkOptions()), field, true)
        : [];
    if (openSoFar.length > 0) {
      await dc.context.sendActivity(
        questionActivity(field, [...openSoFar, FACT_QUESTIONS[field]].join('\n\n')),
      );
      return Dialog.EndOfTurn;
    }
    if (!understood && !stated && !this.handedBack(text)) {
      await dc.context.sendActivity(
        field === 'age'
          ? MessageFactory.text(AGE_RETRY, undefined, InputHints.ExpectingInput)
          : questionActivity(field, `${FACT_QUESTIONS[field]} Répondez Oui, Non ou « Je ne sais pas ».`),
      );
      return Dialog.EndOfTurn;
    }
    const next: EligibilityDialogOptions = {
      ...check,
      profile: { ...check.profile },
      skipped: [...check.skipped],
    };
    // « et sa petite sœur, 15 ans ? » states facts of someone else: her check, not an answer about this person.
    if (stated && turnsToSomeoneElse(text))
      return dc.endDialog({ passOn: text, paused: check } satisfies EligibilityDialogResult);
    if (stated) {
      const line = changeLine(check.profile, stated, field);
      Object.assign(next.profile, stated.facts);
      next.uncertain = [
        ...(check.uncertain ?? []).filter((f) => stated.facts[f] === undefined),
        ...stated.uncertain,
      ];
      if (line) next.lead = [line, ...this.sameVerdict(check, next)];
      next.skipped = next.skipped.filter((f) => stated.facts[f] === undefined);
      // « ok et la prépa alors ? elle a pas le RSA »: the programme the reply names is now the one asked;
      // « ah j'oubliais, il est en PEC » makes it Compétences PEC, which the contract opens.
      const turnedTo =
        stated.programme ??
        (stated.facts.pecContract === true && check.profile.pecContract !== true
          ? 'competences-pec'
          : undefined);
      if (turnedTo && turnedTo !== check.focus)
        Object.assign(next, { focus: turnedTo, focusSaid: false, ruleSaid: false });
      return this.askNext(dc, Object.assign(state, { check: next }));
    }
    const facts = next.profile as Record<string, unknown>;
    // The answer to the question makes its fact certain.
    if (check.uncertain) next.uncertain = check.uncertain.filter((f) => f !== field);
    if (field === 'age') {
      const age = parseAge(text);
      if (age !== undefined) next.profile.age = age;
      else if (isDontKnow(text)) next.skipped.push(field);
      else return dc.endDialog({ passOn: text, paused: check } satisfies EligibilityDialogResult);
    } else {
      // « non, 17 ans ? » is not « non »: a question about facts is handed back, not read as an answer.
      // « et si elle n'a pas les prérequis, il existe autre chose ? » is a new question: its « n' » is no « non ».
      const newQuestion = factsAsked || (asksSomething(text) && looksLikeNewMessage(text));
      const answer = newQuestion ? undefined : chosen;
      if (answer === YES) facts[field] = true;
      else if (answer === NO) facts[field] = false;
      else if (answer === DONT_KNOW) next.skipped.push(field);
      else return dc.endDialog({ passOn: text, paused: check } satisfies EligibilityDialogResult);
    }
    return this.askNext(dc, Object.assign(state, { check: next }));
  }

  /**
   * The facts a sentence states about the person, read as the free-text check reads them,
   * once: `stated` when it states some and asks nothing, `factsAsked` when it asks about
   * facts (« c'est quoi un contrat PEC ? »), which is a new question, not an answer.
   */
  private factsIn(text: string): { stated?: Stated; factsAsked: boolean } {
    // « le 4 janvier 2011 », a date alone in the middle of a check: the person's birth date.
    const said = BARE_DATE.test(normalizeText(text)) ? `né le ${text.replace(/^\s*le\s+/i, '')}` : text;
    const { profile, uncertain, programme } = extractProfile(said, { today: this.checkOptions().today });
    if (Object.keys(profile).length === 0) return { factsAsked: false };
    if (asksSomething(text.replace(SO_WHAT, ''))) return { factsAsked: true };
    return { stated: { facts: profile, uncertain, programme }, factsAsked: false };
  }

  /**
   * Something to hand back rather than ask again: a long message, a question, a request for
   * the agenda, a dispositif named (« la VAE »).
   */
  private handedBack(text: string): boolean {
    return looksLikeNewMessage(text) || asksSomething(text) || this.qa.understand(text).kind === 'answer';
  }
}

/**
 * The verdicts of a check as one message: the programme asked about first, with the campaign's
 * line. The guided check ends with it; several people described at once get one each.
 */
export function resultActivity(
  catalogue: Catalogue,
  profile: Profile,
  results: EligibilityResult[],
  focus: Programme | undefined,
  options: EligibilityOptions,
  uncertain: readonly ProfileField[] = [],
): Partial<Activity> {
  const campaign = options.campaign ? campaignLine(options.campaign, options.today ?? new Date()) : undefined;
  return MessageFactory.attachment(
    eligibilityResultCard(catalogue, profile, results, focus, campaign, uncertain),
  );
}

/** « alors quoi pour elle ? », « on lui propose quoi du coup ? », « il reste quoi ? »: what the check has found so far. */
const WHAT_THEN =
  /^(?:(?:et|bon|ok|donc|mais) )?(?:alors |du coup )?(?:on (?:lui )?(?:propose|fait) quoi|quoi|il (?:lui )?reste quoi|qu est ce qu (?:on|il) (?:lui )?(?:propose|reste)|qu est ce qui (?:lui )?reste|quoi d autre)(?: (?:pour|a) (?:elle|lui))?(?: alors| du coup| donc)?$/;

/** « le 4 janvier 2011 », « 04/01/2011 »: a day with its year, and nothing else. */
const BARE_DATE = /^(le )?\d{1,2}(er)? ?(\w+|\d{1,2}) ?(19|20)\d\d$/;

/** « ah non il a 18 ans en fait, ça change qqch ? »: a correction, whose question is what the check answers. */
const SO_WHAT =
  /[,.;]?\s*(?:du coup|alors|et)?\s*(?:ca|ça|cela|c) (?:change|changerait) (?:qqch|quelque chose|quoi|rien|tout|la donne)\s*\?*\s*$/i;

/** The question on a fact, with Oui / Non / Je ne sais pas as buttons; the age is typed. */
function questionActivity(field: ProfileField, text: string): Partial<Activity> {
  if (field === 'age') return MessageFactory.text(text, undefined, InputHints.ExpectingInput);
  return ChoiceFactory.heroCard(YES_NO_CHOICES, text);
}

/**
 * Oui, Non or « Je ne sais pas », by their words and synonyms. The numbers are not read:
 * « 2 » is no choice, and botbuilder's number recognisers cost milliseconds a turn.
 */
function yesNoChosen(text: string): string | undefined {
  const found = recognizeChoices(text, YES_NO_CHOICES, {
    locale: 'fr-fr',
    recognizeNumbers: false,
    recognizeOrdinals: false,
  });
  return found[0]?.resolution.value;
}

/**
 * One short line on what a correction changed, in the words of the result card:
 * « C'est corrigé : 17 ans. ». None when the sentence only answers the question asked.
 */
function changeLine(before: Profile, stated: Stated, asked: ProfileField): string | undefined {
  const { facts, uncertain } = stated;
  const fields = PROFILE_FIELDS.filter((f) => facts[f] !== undefined);
  const changed = fields.filter((f) => before[f] !== undefined && before[f] !== facts[f]);
  const added = fields.filter((f) => before[f] === undefined && f !== asked);
  const said = (list: ProfileField[]) =>
    describeProfile(Object.fromEntries(list.map((f) => [f, facts[f]])) as Profile, uncertain).join(', ');
  if (changed.length > 0) return `C’est corrigé : ${said([...changed, ...added])}.`;
  if (added.length > 0) return `C’est noté : ${said(added)}.`;
  if (facts[asked] === undefined) return `C’est bien ce que j’avais noté : ${said(fields)}.`;
  return undefined;
}

/** A question (« c'est quoi un contrat PEC ? ») or a request for the agenda (« prochaines JPO »). */
function asksSomething(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 1 && trimmed.endsWith('?')) return true;
  if (QUESTION_WORDS.test(normalizeText(trimmed))) return true;
  // Only whether it asks for the agenda: the bot reads the dates when it answers.
  return parseAgendaQuery(trimmed, new Date()) !== undefined;
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
