import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { PassageSearch } from '../../data/qa/passages.js';
import { describe, expect, it } from 'vitest';
import { AgendaPublisher } from '../../bot/agenda-publisher.js';
import { calendarLinks } from '../../bot/agenda-routes.js';
import { UNKNOWN_ACTION_TEXT } from '../../bot/teams/card-actions.js';
import { PrescriptionExports } from '../../bot/teams/prescription-exports.js';
import { openMemoryStores } from '../../bot/stores.js';
import { createLogger } from '../../bot/logger.js';
import { TeamsBot } from '../../bot/teams-bot.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { QuestionAnswering } from '../../data/qa/question-answering.js';
import { NOT_SURE_TEXT } from '../../dialogs/answer-activity.js';
import { EligibilityDialog } from '../../dialogs/eligibility-dialog.js';
import { QuestionDialog } from '../../dialogs/question-dialog.js';
import {
  BOT_ACCOUNT,
  botAdded,
  cardSubmit,
  channelMention,
  personalConversation,
  REFERENT,
  teamsMessage,
  testConfig,
  type TeamsConversation,
} from '../factories.js';
import { headline, visibleText } from '../support/bot-harness.js';

const SERVICE_URL = 'https://smba.test.invalid/emea/';
const catalogue = loadCatalogue();
const qa = new QuestionAnswering(catalogue.all);
const checkOptions = () => ({ today: '2022-06-15' });

const AMBIGUOUS = 'combien de temps dure compétences ?';
const CLARIFY_PROMPT = 'Je vois plusieurs dispositifs possibles. Duquel parlez-vous ?';

const NOW = new Date('2022-06-15T10:00:00+02:00');

/**
 * A TeamsBot over a ConversationState on `storage`, driven by a TestAdapter. The agenda is an
 * empty in-memory store and nobody may publish: these tests are about questions and buttons.
 */
async function botOn(storage = new MemoryStorage()) {
  const clock = () => NOW;
  const stores = await openMemoryStores(testConfig(), clock);
  const logger = createLogger('silent', () => undefined);
  const publisher = new AgendaPublisher({
    agenda: stores.agenda,
    catalogue,
    maxImportBytes: 1_000_000,
    logger,
  });
  const exports = new PrescriptionExports({
    prescriptions: stores.prescriptions,
    labels: { reason: (_l, code) => code, dispositif: (id) => id },
    clock,
    upload: async () => undefined,
  });
  const bot = new TeamsBot({
    stores,
    exports,
    logger,
    catalogue,
    conversationState: new ConversationState(storage),
    scratchState: new ConversationState(new MemoryStorage()),
    threadState: new ConversationState(new MemoryStorage()),
    qa,
    passages: PassageSearch.ofAgreement(),
    questionDialog: new QuestionDialog(catalogue, qa),
    eligibilityDialog: new EligibilityDialog(catalogue, checkOptions),
    checkOptions,
    publisher,
    clock,
    links: calendarLinks('https://bot.test.invalid'),
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return {
    storage,
    stores,
    /** Processes one activity and returns everything the bot sent during that turn. */
    async say(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0);
    },
  };
}

const message = (conversation: TeamsConversation, text: string) =>
  teamsMessage(SERVICE_URL, conversation, text);
const submit = (conversation: TeamsConversation, value: unknown) =>
  cardSubmit(SERVICE_URL, conversation, value);

type Json = Record<string, unknown>;
function sectionHeadings(reply: Partial<Activity>): string[] {
  const body = ((reply.attachments?.[0]?.content as Json | undefined)?.['body'] ?? []) as Json[];
  return body
    .filter((e) => e['type'] === 'Container')
    .map((c) => (c['items'] as Json[])[0]!['text'] as string);
}

describe('TeamsBot — when it is added to a conversation', () => {
  it('posts the welcome card once when the bot itself is added, and offers the digest once ever', async () => {
    const { say } = await botOn();
    const replies = await say(botAdded(SERVICE_URL, personalConversation()));
    expect(replies).toHaveLength(2);
    expect(headline(replies[0]!)).toMatch(/^Bonjour, je suis l’assistant/);
    expect(visibleText(replies[0]!)).toContain('Vérifier l’éligibilité');
    expect(visibleText(replies[1]!)).toContain('M’abonner au récap');
    // Installed again by the same person: the welcome, not the offer.
    const again = await say(botAdded(SERVICE_URL, personalConversation()));
    expect(again).toHaveLength(1);
    expect(headline(again[0]!)).toMatch(/^Bonjour/);
  });

  it('posts the welcome card once when the bot and a person are added together', async () => {
    const { say } = await botOn();
    const activity = {
      ...botAdded(SERVICE_URL, personalConversation()),
      membersAdded: [REFERENT, BOT_ACCOUNT],
    };
    const replies = await say(activity);
    expect(replies.filter((r) => /^Bonjour/.test(headline(r) ?? ''))).toHaveLength(1);
  });

  it('posts nothing when someone else joins', async () => {
    const { say } = await botOn();
    const activity = { ...botAdded(SERVICE_URL, personalConversation()), membersAdded: [REFERENT] };
    expect(await say(activity)).toEqual([]);
  });
});

describe('TeamsBot — card buttons', () => {
  it('posts the fiche of the dispositif a button asks for', async () => {
    const { say } = await botOn();
    const replies = await say(submit(personalConversation(), { verb: 'showDispositif', dispositif: 'vae' }));
    expect(replies).toHaveLength(1);
    expect(headline(replies[0]!)).toBe(catalogue.get('vae').name);
    expect(sectionHeadings(replies[0]!)).toEqual([
      'En bref',
      'Pour qui',
      'Contenu',
      'Déroulement',
      'Durée',
      'Comment prescrire',
    ]);
  });

  it('posts the list of dispositifs on « Tous les dispositifs »', async () => {
    const { say } = await botOn();
    const [reply] = await say(submit(personalConversation(), { verb: 'listDispositifs' }));
    expect(headline(reply!)).toBe('Les dispositifs de l’accord');
  });

  it.each([
    ['a dispositif outside the catalogue', { verb: 'showDispositif', dispositif: 'e2c' }],
    ['a verb the bot does not know', { verb: 'launchRocket' }],
    ['no verb', { dispositif: 'vae' }],
    ['a bare string', 'showDispositif'],
    ['an array', [{ verb: 'showMenu' }]],
  ])('answers %s with UNKNOWN_ACTION_TEXT and nothing else', async (_case, value) => {
    const { say } = await botOn();
    const replies = await say(submit(personalConversation(), value));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe(UNKNOWN_ACTION_TEXT);
    expect(replies[0]!.attachments ?? []).toEqual([]);
  });

  it('answers an Action.Execute with the card that replaces the form, and 400 for an unknown verb', async () => {
    const { say } = await botOn();
    const invoke = (action: Json): Partial<Activity> => ({
      ...message(personalConversation(), ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', ...action }, trigger: 'manual' },
    });
    const [ok] = await say(
      invoke({
        verb: 'checkEligibility',
        data: { age: '17', ase: 'oui', inEducation: 'non', inTraining: 'non', employed: 'non' },
      }),
    );
    expect(ok!.type).toBe('invokeResponse');
    const okValue = ok!.value as { status: number; body: { value: Json } };
    expect(okValue.status).toBe(200);
    expect((okValue.body.value['body'] as Json[])[0]!['text']).toBe('Éligibilité');

    const [refused] = await say(invoke({ verb: 'launchRocket', data: {} }));
    expect((refused!.value as { status: number }).status).toBe(400);
  });

  it('answers an Action.Execute whose handler fails with a well-formed error in French, not an exception', async () => {
    const { say, stores } = await botOn();
    stores.agenda.list = () => Promise.reject(new Error('disk unreadable'));
    stores.agenda.query = () => Promise.reject(new Error('disk unreadable'));
    const [answer] = await say({
      ...message(personalConversation(), ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: 'showAgenda', data: { query: { kind: 'events' } } } },
    });
    const response = answer!.value as {
      status: number;
      body: { statusCode: number; type: string; value: Json };
    };
    expect(response.status).toBe(500);
    expect(response.body.statusCode).toBe(500);
    expect(response.body.type).toBe('application/vnd.microsoft.error');
    expect(response.body.value['message']).toMatch(/^Désolé, un problème technique/);
  });
});

describe('TeamsBot — messages', () => {
  it('opens the form asked for, then answers the dates asked beside it', async () => {
    const { say } = await botOn();
    const replies = await say(
      message(
        personalConversation(),
        'je lance une prescription prepa pour mme D. et aussi c quand la prochaine info coll prepa ?',
      ),
    );
    expect(replies).toHaveLength(2);
    // Nobody is habilitated in this bot: the form's place says so.
    expect(headline(replies[0]!)).toBe('Habilitation nécessaire');
    expect(visibleText(replies[1]!)).toMatch(/information/i);
    // A request to prescribe alone opens the form alone.
    expect(await say(message(personalConversation(), 'je veux prescrire la prepa'))).toHaveLength(1);
  });

  it('answers a channel message about RSFP, the @mention taking no part in the question', async () => {
    const { say } = await botOn();
    const activity = channelMention(SERVICE_URL, '19:general@thread.tacv2', 'c’est quoi la rsfp');
    expect(activity.text).toBe('<at>Assistant AFPA 82</at> c’est quoi la rsfp');
    const replies = await say(activity);
    expect(replies).toHaveLength(1);
    expect(headline(replies[0]!)).toBe(catalogue.get('rsfp').name);
    expect(sectionHeadings(replies[0]!)[0]).toBe('En bref');
  });

  it.each([
    ['aide', /^Bonjour/],
    ['dispositifs', /^Les dispositifs de l’accord$/],
  ])('recognises the command « %s » after an @mention', async (command, expected) => {
    const { say } = await botOn();
    const [reply] = await say(channelMention(SERVICE_URL, '19:general@thread.tacv2', command));
    expect(headline(reply!)).toMatch(expected);
  });

  it.each([
    ['an empty message', ''],
    ['a message of spaces', '   '],
  ])('shows the menu for %s', async (_case, text) => {
    const { say } = await botOn();
    const replies = await say(message(personalConversation(), text));
    expect(replies).toHaveLength(1);
    expect(headline(replies[0]!)).toMatch(/^Bonjour/);
    expect(visibleText(replies[0]!)).toContain('Tous les dispositifs');
  });

  it('shows the menu for a channel message that is only the @mention', async () => {
    const { say } = await botOn();
    const activity = channelMention(SERVICE_URL, '19:general@thread.tacv2', '');
    const [reply] = await say(activity);
    expect(headline(reply!)).toMatch(/^Bonjour/);
  });

  it('offers the menu, not a guess, for an off-topic question', async () => {
    const { say } = await botOn();
    const [reply] = await say(message(personalConversation(), 'la recette de la tarte aux pommes'));
    expect(headline(reply!)).toBe(NOT_SURE_TEXT);
  });

  it('answers each of two questions asked in one message, in the order asked', async () => {
    const { say } = await botOn();
    const replies = await say(
      message(personalConversation(), 'qui contacter a l afpa ? et la pec ca dure cb ?'),
    );
    expect(replies).toHaveLength(2);
    expect(visibleText(replies[0]!)).toMatch(/contact|interlocut|référent/i);
    expect(headline(replies[1]!)).toMatch(/Compétences PEC/);
    expect(visibleText(replies[1]!)).toMatch(/durée/i);
  });

  it('checks each of two people described in one message, one result card each', async () => {
    const { say } = await botOn();
    const replies = await say(
      message(
        personalConversation(),
        'deux jeunes ase : une de 16 ans encore au lycee, et un de 17 ans sorti du lycee qui fait rien. 1618 pour les 2 ?',
      ),
    );
    expect(replies).toHaveLength(3);
    expect(visibleText(replies[0]!)).toContain('Vous décrivez 2 personnes');
    expect(visibleText(replies[1]!)).toMatch(
      /^Personne 1[\s\S]*Non : la personne ne peut pas entrer dans La Promo 16\/18/,
    );
    expect(visibleText(replies[1]!)).toContain('16 ans');
    expect(visibleText(replies[2]!)).toMatch(/^Personne 2[\s\S]*17 ans/);
    expect(visibleText(replies[2]!)).not.toContain('Non : la personne ne peut pas entrer');
  });

  it('says of one of two people that she can enter the programme asked when what is left only says who prescribes', async () => {
    const { say } = await botOn();
    const replies = await say(
      message(
        personalConversation(),
        'deux allocataires rsa pour prepa comp, l un 33 ans inscrit a france travail et l autre 57 ans pas inscrite, c est bon pour les deux ?',
      ),
    );
    expect(replies).toHaveLength(3);
    const open =
      /peut bénéficier de Prépa Compétences ; ce qui reste à vérifier dit seulement qui le prescrit/;
    expect(visibleText(replies[1]!)).toMatch(open);
    // Not registered with France Travail: only the Département can prescribe, if it follows her.
    expect(visibleText(replies[2]!)).not.toMatch(open);
    expect(visibleText(replies[2]!)).toMatch(/accompagnée par un référent du Département/);
  });

  it('remembers the person a programme was proposed for: « et la promo ça lui irait ? » checks them', async () => {
    const { say } = await botOn();
    const conversation = personalConversation();
    const [proposed] = await say(
      message(
        conversation,
        'une dame de 45 ans au RSA qui a peur de decrocher en formation, vous lui proposez quoi ?',
      ),
    );
    expect(headline(proposed!)).toMatch(/Prépa Compétences/);
    const [checked] = await say(message(conversation, 'et la promo ca pourrait lui convenir ?'));
    expect(visibleText(checked!)).toMatch(/La Promo 16\/18 : non éligible/);
    expect(visibleText(checked!)).toContain('45 ans');
  });

  it('checks again with the référent taking over: « et si je reprends son suivi ? » after France Travail followed her', async () => {
    const { say } = await botOn();
    const conversation = personalConversation();
    const [first] = await say(
      message(conversation, 'dame au rsa mais c france travail qui la suit, pas nous. prepa comp ?'),
    );
    expect(visibleText(first!)).toContain('c’est un autre prescripteur que le Département qui l’y oriente');
    const [again] = await say(message(conversation, 'et si je reprends son suivi ?'));
    expect(visibleText(again!)).toContain('accompagnée par le Département');
    expect(visibleText(again!)).toContain('le Département prescrit directement');
  });

  it('takes « finalement elle a signé un PEC » after a check as news of the same person', async () => {
    const { say } = await botOn();
    const conversation = personalConversation();
    await say(message(conversation, 'mme 39 ans au rsa que je suis, pas en pec, comp pec possible ?'));
    const [again] = await say(message(conversation, 'finalement elle a signe un pec a l ehpad, ca change ?'));
    expect(visibleText(again!)).toContain('la personne peut entrer dans Compétences PEC');
    expect(visibleText(again!)).toContain('39 ans');
  });

  it('answers « elle a pas de voiture, elle habite à Moissac » during a check with the condition and the entries there', async () => {
    const { say } = await botOn();
    const conversation = personalConversation();
    await say(message(conversation, 'Mme D BRSA inscrite FT, 2 enfants, garde compliquee, prepa comp ?'));
    const replies = await say(message(conversation, 'elle a pas de voiture, elle habite a moissac'));
    const text = replies.map((reply) => visibleText(reply)).join('\n');
    expect(text).toMatch(/L’accord ne dit rien du permis de conduire/);
    expect(text).toMatch(/Entrées Prépa Compétences – à Moissac/);
  });

  it('answers « comment je fais pour inscrire … en prépa ? » with the steps, then the form itself', async () => {
    const { say } = await botOn();
    const replies = await say(
      message(personalConversation(), 'comment on fait pour inscrire une dame au rsa en prepa comp'),
    );
    // Nobody is habilitated in this bot: the form's place says so.
    expect(replies.map((reply) => headline(reply))).toEqual(['Prépa Compétences', 'Habilitation nécessaire']);
    expect(visibleText(replies[0]!)).toContain('Comment prescrire');
  });

  it('warns before the form when the person described cannot enter the programme', async () => {
    const { say } = await botOn();
    const replies = await say(
      message(personalConversation(), 'je l inscris comment a la promo ? jeune ase de 15 ans'),
    );
    const texts = replies.map((reply) => visibleText(reply));
    const warning = texts.findIndex((text) => text.startsWith('Attention'));
    expect(warning).toBeGreaterThan(-1);
    expect(headline(replies[warning + 1]!)).toBe('Habilitation nécessaire');
  });

  it('says first that the Département cannot prescribe Prépa Compétences for someone not on the RSA', async () => {
    const { say } = await botOn();
    const [reply] = await say(
      message(
        personalConversation(),
        'salarie en cdi, pas au rsa, je peux le mettre en prepa comp via le cd ?',
      ),
    );
    expect(visibleText(reply!)).toMatch(
      /^Non, pas par le Département : il prescrit Prépa Compétences pour les allocataires du RSA/,
    );
    expect(visibleText(reply!)).toContain('France Travail');
  });

  it('says it first too when the Département is not asked by name, before the questions go on', async () => {
    const { say } = await botOn();
    const [reply] = await say(
      message(
        personalConversation(),
        'elle touche pas le rsa et on la suit pas, prepa possible quand meme ?',
      ),
    );
    expect(visibleText(reply!)).toMatch(/^Non, pas par le Département : il prescrit Prépa Compétences/);
    expect(visibleText(reply!)).toContain('si elle y est inscrite');
  });

  it('does not say who else would prescribe Compétences PEC for someone not said to be in a PEC', async () => {
    const { say } = await botOn();
    const [reply] = await say(
      message(personalConversation(), 'salariee en cdi, pas au rsa, elle veut faire competences pec'),
    );
    expect(visibleText(reply!)).not.toMatch(/^Non, pas par le Département/);
  });

  it('opens the eligibility form on « éligibilité »', async () => {
    const { say } = await botOn();
    const [reply] = await say(message(personalConversation(), 'éligibilité'));
    expect(headline(reply!)).toBe('Vérifier l’éligibilité');
  });
});

describe('TeamsBot — a clarification across turns', () => {
  it('keeps the clarification in the conversation state: the choice answers the question first asked', async () => {
    const { say } = await botOn();
    const conversation = personalConversation();
    const [prompt] = await say(message(conversation, AMBIGUOUS));
    expect(visibleText(prompt!)).toContain(CLARIFY_PROMPT);
    const [answer] = await say(message(conversation, 'Compétences PEC'));
    expect(headline(answer!)).toBe('Compétences PEC');
    expect(sectionHeadings(answer!)[0]).toBe('Durée');
  });

  it('picks the clarification up again after a restart, from the same storage', async () => {
    const storage = new MemoryStorage();
    const conversation = personalConversation();
    await (await botOn(storage)).say(message(conversation, AMBIGUOUS));
    const [answer] = await (await botOn(storage)).say(message(conversation, 'Compétences PEC'));
    expect(headline(answer!)).toBe('Compétences PEC');
    expect(sectionHeadings(answer!)[0]).toBe('Durée');
  });

  it('drops the clarification when a card button is pressed: the next message is a new question', async () => {
    const { say } = await botOn();
    const conversation = personalConversation();
    const [prompt] = await say(message(conversation, AMBIGUOUS));
    expect(visibleText(prompt!)).toContain(CLARIFY_PROMPT);

    const [fiche] = await say(submit(conversation, { verb: 'showDispositif', dispositif: 'vae' }));
    expect(headline(fiche!)).toBe(catalogue.get('vae').name);

    const replies = await say(message(conversation, 'Compétences PEC'));
    expect(replies).toHaveLength(1);
    expect(headline(replies[0]!)).toBe('Compétences PEC');
    // An overview, as for any new question naming the dispositif: not the duration asked before the button.
    expect(sectionHeadings(replies[0]!)).toEqual(['En bref', 'Pour qui']);
  });

  it('keeps two conversations apart', async () => {
    const { say } = await botOn();
    const [first, second] = [personalConversation(), personalConversation()];
    await say(message(first, AMBIGUOUS));
    const [elsewhere] = await say(message(second, 'Compétences PEC'));
    expect(sectionHeadings(elsewhere!)[0]).toBe('En bref');
    const [back] = await say(message(first, 'Compétences PEC'));
    expect(sectionHeadings(back!)[0]).toBe('Durée');
  });
});

describe('TeamsBot — a new message during a clarification is routed like any other', () => {
  // teams-bot.ts:116 hands every message to the waiting QuestionDialog, whose « new question » path
  // (question-dialog.ts:78-80) only re-runs the question answering: the commands and the person
  // descriptions that startFrom (teams-bot.ts:121-134) handles are lost. « éligibilité » gets the
  // « pas sûr » menu instead of the form.
  it('« éligibilité » typed during a clarification opens the eligibility form', async () => {
    const { say } = await botOn();
    const conversation = personalConversation();
    await say(message(conversation, AMBIGUOUS));
    const [reply] = await say(message(conversation, 'éligibilité'));
    expect(headline(reply!)).toBe('Vérifier l’éligibilité');
  });
});
