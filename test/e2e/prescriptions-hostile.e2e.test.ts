import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APOLOGY_TEXT } from '../../bot/adapter.js';
import { UNKNOWN_ACTION_TEXT } from '../../bot/teams/card-actions.js';
import { AFPA_CONVERSATION_ADMIN_ONLY } from '../../bot/teams-bot.js';
import type { EntrySession } from '../../data/agenda/model.js';
import type { Prescription } from '../../data/prescriptions/model.js';
import { FORM_FIELDS } from '../../data/prescriptions/prescription-form.js';
import { personalConversation, REFERENT, teamsMessage, type TeamsConversation } from '../factories.js';
import { EndToEnd, visibleText } from '../support/bot-harness.js';
import {
  ADMIN,
  AFPA_CHANNEL,
  AFPA_STAFF,
  buttonData,
  cardText,
  execute,
  invokeCard,
  OTHER_REFERENT,
  OUTSIDER,
  prepaForm,
  prescriptionEnv,
  say,
  today,
  type Person,
} from '../support/prescription-flow.js';

/**
 * A hostile or clumsy client, through the Bot Framework protocol only: every probe is an
 * HTTP POST to the running bot. Each must get a 4xx or a polite French refusal, leave the
 * stores (prescriptions, outbox, habilitations, reasons, AFPA conversation) as they were,
 * send nothing to the AFPA conversation, and leave the bot answering the next message.
 */

const SESSION: EntrySession = {
  id: 'session-prepa-fevrier',
  dispositif: 'prepa-competences',
  volet: 'Volet 1',
  start: '2027-02-01',
  end: '2027-02-12',
  place: 'AFPA Montauban',
  modality: 'presentiel',
  seats: 8,
};

const HUGE = 'x'.repeat(100 * 1024);
/** Matches the reference format, but its letters are never drawn: it exists nowhere. */
const ABSENT_REFERENCE = 'P-000000';
const AFPA_ONLY = 'réservée à l’équipe AFPA';
const ADMIN_ONLY = 'réservée aux administrateurs';
const NOT_FOUND = 'Je ne trouve pas cette prescription';
const NOT_HABILITATED = 'habilité par l’AFPA';
const FORM_ERROR = 'À corriger';
const HABILITATED: Person = {
  id: '29:referente-habilitee',
  name: 'Référente habilitée',
  aadObjectId: '00000000-0000-0000-0000-0000000000aa',
};
const LATER_WITHDRAWN: Person = {
  id: '29:referent-retire',
  name: 'Référent bientôt retiré',
  aadObjectId: '00000000-0000-0000-0000-0000000000bb',
};

type Answer = { status: number; body: string; invokeStatus?: number; text: string };
type Snapshot = Awaited<ReturnType<Kit['snapshot']>>;
type Expected = string | RegExp | undefined;

/** One running bot and what a probe needs around it. */
class Kit {
  readonly e2e = new EndToEnd();
  readonly referentChat = personalConversation(`a:hostile-referent-${randomUUID()}`);
  readonly afpaChat = personalConversation(`a:hostile-afpa-${randomUUID()}`);
  readonly adminChat = personalConversation(`a:hostile-admin-${randomUUID()}`);
  readonly otherChat = personalConversation(`a:hostile-other-${randomUUID()}`);
  readonly outsiderChat = personalConversation(`a:hostile-outsider-${randomUUID()}`);
  private readonly aliveChat = personalConversation(`a:hostile-alive-${randomUUID()}`);
  /** Ids of the activities the probes sent: the bot's replies to them are not messages « sent to AFPA ». */
  private readonly probeIds = new Set<string>();

  get url(): string {
    return this.e2e.serviceUrl;
  }

  async start(env: Record<string, string> = {}): Promise<this> {
    await this.e2e.start(prescriptionEnv(env));
    await this.e2e.bot.app.stores.agenda.upsert('sessions', SESSION);
    const replies = await this.e2e.say(say(this.url, AFPA_CHANNEL, ADMIN, 'recevoir les prescriptions ici'));
    expect(replies[0]?.text).toContain('les nouvelles prescriptions arriveront dans cette conversation');
    return this;
  }

  stop(): Promise<void> {
    return this.e2e.stop();
  }

  /** An Action.Execute as Teams sends it, with whatever `action` a forger puts in it. */
  invoke(conversation: TeamsConversation, from: Person, action: unknown): Partial<Activity> {
    return {
      ...teamsMessage(this.url, conversation, '', { from }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action },
    };
  }

  exec(conversation: TeamsConversation, from: Person, verb: unknown, data: object = {}): Partial<Activity> {
    return this.invoke(conversation, from, { type: 'Action.Execute', verb, data: { verb, ...data } });
  }

  /** An Action.Submit: a message with a value. */
  submit(conversation: TeamsConversation, from: Person, value: unknown): Partial<Activity> {
    return { ...teamsMessage(this.url, conversation, '', { from }), text: undefined, value };
  }

  /** Posts anything and reads what came back: the HTTP answer and what the bot posted for it. */
  async send(activity: Partial<Activity> | string, headers?: Record<string, string>): Promise<Answer> {
    const parsed =
      typeof activity === 'string' ? (safeJson(activity) as Partial<Activity> | undefined) : activity;
    if (parsed?.id) this.probeIds.add(parsed.id);
    const before = this.e2e.connector.posted.length;
    const response = await this.e2e.bot.post(activity, headers);
    const body = safeJson(response.body) as
      { statusCode?: number; value?: { message?: unknown } & Record<string, unknown> } | undefined;
    const parts: string[] = [];
    if (body?.value) {
      parts.push(typeof body.value.message === 'string' ? body.value.message : cardText(body.value));
    }
    const conversationId = parsed?.conversation?.id;
    if (conversationId) {
      for (const reply of this.e2e.connector.repliesIn(conversationId, before))
        if (reply.type !== 'typing') parts.push(visibleText(reply));
    }
    return {
      status: response.status,
      body: response.body,
      invokeStatus: body?.statusCode,
      text: parts.join('\n'),
    };
  }

  /** What no probe may change. */
  async snapshot() {
    const { stores } = this.e2e.bot.app;
    // Counted and hashed: a failure must not print 100 KB strings.
    const sorted = async (collection: string) => {
      const entries = [...(await stores.docs.all<unknown>(collection)).entries()];
      entries.sort(([a], [b]) => a.localeCompare(b));
      const hash = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
      return `${entries.length} documents, ${hash}`;
    };
    return {
      prescriptions: await sorted('prescriptions'),
      outboxMessages: (await stores.docs.all<unknown>('outbox')).size,
      outboxPending: stores.outbox.pendingCount(),
      habilitations: await sorted('habilitations'),
      activeHabilitations: stores.habilitations.active().map((h) => h.person.id),
      reasons: JSON.stringify(stores.reasons.all()),
      afpaConversation: JSON.stringify(stores.directory.afpaConversation() ?? null),
      sentToAfpa: this.e2e.connector.posted.filter(
        (p) => p.conversationId === AFPA_CHANNEL.id && !(p.replyToId && this.probeIds.has(p.replyToId)),
      ).length,
      updated: this.e2e.connector.updated.length,
    };
  }

  /** Waits until the outbox has sent everything (the probes start from a quiet bot). */
  async settle(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.e2e.bot.app.stores.outbox.pendingCount() > 0) {
      if (Date.now() > deadline) throw new Error('The outbox did not empty');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** A later normal message still gets its answer. */
  async expectAlive(): Promise<void> {
    const replies = await this.e2e.say(say(this.url, this.aliveChat, OUTSIDER, 'aide'));
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map(visibleText).join('\n')).not.toContain(APOLOGY_TEXT);
  }

  async expectUnchanged(before: Snapshot): Promise<void> {
    expect(await this.snapshot()).toEqual(before);
    await this.expectAlive();
  }

  /** Sends a probe and checks all of it: polite answer, nothing changed, bot still there. */
  async probe(activity: Partial<Activity> | string, expected?: Expected, headers?: Record<string, string>) {
    await this.settle();
    const before = await this.snapshot();
    const answer = await this.send(activity, headers);
    expectPolite(answer, expected);
    await this.expectUnchanged(before);
    return answer;
  }

  /** Opens the form as the référent would and submits a valid one. */
  async prescribe(from: Person = REFERENT, chat = this.referentChat, overrides: Record<string, string> = {}) {
    const form = await invokeCard(
      this.e2e,
      execute(this.url, chat, from, { verb: 'openPrescription', dispositif: 'prepa-competences' }),
    );
    const submitData = buttonData(form, 'submitPrescription')!;
    const data = { ...submitData, ...prepaForm(SESSION.id, overrides) } as Record<string, unknown> & {
      verb: string;
    };
    const result = await invokeCard(this.e2e, execute(this.url, chat, from, data));
    expect(cardText(result)).toContain('Prescription envoyée');
    const reference = /P-[0-9A-Z]{6}/.exec(cardText(result))![0];
    await this.settle();
    return { reference, formId: String(submitData['formId']), data };
  }

  /** AFPA moves a prescription on, as from its status form in the AFPA conversation. */
  async afpaChange(id: string, data: Record<string, unknown>): Promise<Answer> {
    return this.send(this.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id, ...data }));
  }

  async history(id: string) {
    return (await this.e2e.bot.app.stores.prescriptions.get(id))!.history;
  }

  async allPrescriptions(): Promise<Prescription[]> {
    return [...(await this.e2e.bot.app.stores.docs.all<Prescription>('prescriptions')).values()];
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The text, each line cut to a readable length: failures must not print 100 KB. */
function short(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.length > 160 ? `${line.slice(0, 160)}… (${line.length} caractères)` : line))
    .join('\n')
    .slice(0, 3000);
}

function expectText(text: string, expected: string | RegExp, present = true): void {
  const found = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
  if (found !== present)
    expect.fail(
      `${present ? 'Expected' : 'Did not expect'} ${String(expected)} in the answer:\n${short(text)}`,
    );
}

/** A 4xx, or an answer a person reads: French, not the apology of a crash. */
function expectPolite(answer: Answer, expected?: Expected): void {
  if (answer.status >= 500)
    expect.fail(`HTTP ${answer.status}: ${short(answer.body)}\n${short(answer.text)}`);
  expectText(answer.text, APOLOGY_TEXT, false);
  if (expected !== undefined) expectText(answer.text, expected);
  else if (answer.status < 400) expect(answer.text.trim()).not.toBe('');
}

function expectPrototypeClean(): void {
  for (const key of ['polluted', 'nom', 'statut', 'identifiant', 'isAdmin'])
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, key), key).toBe(false);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

/** A forged id in every form an attacker or a buggy client would try. */
const forgedIds = (reference: string): Array<[string, unknown]> => [
  ['a number', 42],
  ['an array', [reference]],
  ['null', null],
  ['an object', { id: reference }],
  ['a path traversal', '../../etc/passwd'],
  ['P-../x', 'P-../x'],
  ['a reference with a path', `${reference}/../../x`],
  ['lower case', reference.toLowerCase()],
  ['a padded reference', ` ${reference} `],
  ['a shorter reference', 'P-ABC'],
  ['another format', 'PX-ABCDEF'],
  ['a 100 KB string', HUGE],
];

// ─────────────────────────────────────────────────────────────────────────────────

describe('hostile clients: forged verbs and data', () => {
  const kit = new Kit();
  let reference = '';
  let firstFormId = '';

  beforeAll(async () => {
    await kit.start();
    ({ reference, formId: firstFormId } = await kit.prescribe());
  });
  afterAll(async () => {
    expectPrototypeClean();
    await kit.stop();
  });

  describe('unknown verbs', () => {
    const verbs: Array<[string, unknown]> = [
      ['an unknown verb', 'deleteAllPrescriptions'],
      ['__proto__', '__proto__'],
      ['constructor', 'constructor'],
      ['toString', 'toString'],
      ['an empty verb', ''],
      ['a number', 42],
      ['an array', ['changeStatus']],
      ['an object', { verb: 'changeStatus' }],
      ['null', null],
      ['a 100 KB verb', HUGE],
    ];
    it.each(verbs)('refuses %s as Action.Execute (400, in French)', async (_label, verb) => {
      const answer = await kit.probe(kit.exec(kit.referentChat, REFERENT, verb, { id: reference }));
      expect(answer.status).toBe(400);
      expect(answer.text).toContain(UNKNOWN_ACTION_TEXT);
    });
    it.each(verbs)('refuses %s as Action.Submit', async (_label, verb) => {
      await kit.probe(kit.submit(kit.referentChat, REFERENT, { verb, id: reference }), UNKNOWN_ACTION_TEXT);
    });
    it('refuses a verb hidden only in the data when the action names none, and an action that is a string', async () => {
      await kit.probe(
        kit.invoke(kit.afpaChat, AFPA_STAFF, {
          type: 'Action.Execute',
          data: { verb: 'changeStatus', id: reference, statut: 'recue' },
        }),
        UNKNOWN_ACTION_TEXT,
      );
      for (const value of ['changeStatus', 42, true, ['changeStatus']])
        await kit.probe(kit.submit(kit.afpaChat, AFPA_STAFF, value), UNKNOWN_ACTION_TEXT);
    });
  });

  describe('forged prescription ids, for every verb that takes one', () => {
    const verbs: Array<[string, Person, () => TeamsConversation, Record<string, unknown>]> = [
      ['showPrescription', REFERENT, () => kit.referentChat, {}],
      ['cancelPrescription', REFERENT, () => kit.referentChat, {}],
      ['acknowledgePrescription', AFPA_STAFF, () => AFPA_CHANNEL, {}],
      ['openStatusForm', AFPA_STAFF, () => AFPA_CHANNEL, {}],
      ['changeStatus', AFPA_STAFF, () => AFPA_CHANNEL, { statut: 'recue' }],
      ['sendPrescriptionDetail', AFPA_STAFF, () => AFPA_CHANNEL, {}],
    ];
    it.each(verbs)('%s: refuses each malformed id with a 400', async (verb, who, chat, extra) => {
      for (const [label, id] of forgedIds(reference)) {
        const answer = await kit.probe(kit.exec(chat(), who, verb, { ...extra, id }));
        expect(answer.status, label).toBe(400);
        expect(answer.text, label).toContain(UNKNOWN_ACTION_TEXT);
      }
    });
    it.each(verbs.filter(([verb]) => verb !== 'sendPrescriptionDetail'))(
      '%s: a well-formed reference that does not exist is « not found »',
      async (verb, who, chat, extra) => {
        await kit.probe(kit.exec(chat(), who, verb, { ...extra, id: ABSENT_REFERENCE }), NOT_FOUND);
      },
    );
    it('sendPrescriptionDetail: a reference that does not exist sends nothing', async () => {
      await kit.probe(kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'sendPrescriptionDetail', { id: ABSENT_REFERENCE }));
    });
  });

  describe('wrong types for each verb', () => {
    const offsets: unknown[] = ['0', -1, 1e12, 1.5, null, [0], {}, 'NaN', HUGE];
    it('listMyPrescriptions and listOpenPrescriptions refuse every offset that is not a small integer', async () => {
      for (const offset of offsets) {
        await kit.probe(
          kit.exec(kit.referentChat, REFERENT, 'listMyPrescriptions', { offset }),
          UNKNOWN_ACTION_TEXT,
        );
        await kit.probe(
          kit.exec(kit.afpaChat, AFPA_STAFF, 'listOpenPrescriptions', { offset }),
          UNKNOWN_ACTION_TEXT,
        );
      }
    });

    it('openPrescription refuses a dispositif, a session or a profile of the wrong kind', async () => {
      const forged: object[] = [
        { dispositif: 42 },
        { dispositif: ['prepa-competences'] },
        { dispositif: null },
        { dispositif: {} },
        { dispositif: 'rsa-jeunes' },
        { dispositif: '../../etc/passwd' },
        { dispositif: HUGE },
        { session: 42 },
        { session: '../../etc/passwd' },
        { session: 'P-../x' },
        { session: HUGE },
        { profile: 'x' },
        { profile: [] },
        { profile: { age: 'vingt' } },
      ];
      for (const data of forged)
        await kit.probe(kit.exec(kit.referentChat, REFERENT, 'openPrescription', data), UNKNOWN_ACTION_TEXT);
    });

    it('submitPrescription refuses a formId that is not a UUID, and a dispositif not in the list', async () => {
      const form = prepaForm(SESSION.id);
      const forged: object[] = [
        { formId: 'not-a-uuid', dispositif: 'prepa-competences' },
        { formId: 42, dispositif: 'prepa-competences' },
        { formId: null, dispositif: 'prepa-competences' },
        { formId: [randomUUID()], dispositif: 'prepa-competences' },
        { formId: {}, dispositif: 'prepa-competences' },
        { formId: '../../etc/passwd', dispositif: 'prepa-competences' },
        { formId: HUGE, dispositif: 'prepa-competences' },
        { dispositif: 'prepa-competences' },
        { formId: randomUUID(), dispositif: 'rsa-jeunes' },
        { formId: randomUUID(), dispositif: 'competences-cle' },
        { formId: randomUUID(), dispositif: 42 },
        { formId: randomUUID(), dispositif: null },
        { formId: randomUUID(), dispositif: ['prepa-competences'] },
        { formId: randomUUID() },
      ];
      for (const data of forged)
        await kit.probe(
          kit.exec(kit.referentChat, REFERENT, 'submitPrescription', { ...form, ...data }),
          UNKNOWN_ACTION_TEXT,
        );
    });

    it('submitPrescription refuses numbers, arrays, objects and null in every required field', async () => {
      const required = [
        'volet',
        'session',
        'nom',
        'prenom',
        'naissance',
        'commune',
        'rsa',
        'accompagne',
        'franceTravail',
        'adhesion',
        'infoDonnees',
      ];
      for (const field of required)
        for (const value of [19850305, ['Martin'], { nom: 'Martin' }, null]) {
          // A number is read as its digits, and a commune may hold digits: « 19850305 » is accepted (see the report).
          if (field === 'commune' && typeof value === 'number') continue;
          const data = {
            ...prepaForm(SESSION.id),
            [field]: value,
            formId: randomUUID(),
            dispositif: 'prepa-competences',
          };
          const answer = await kit.probe(
            kit.exec(kit.referentChat, REFERENT, 'submitPrescription', data),
            FORM_ERROR,
          );
          expectText(answer.text, 'Prescription envoyée', false);
        }
    });

    it('changeStatus refuses a statut of the wrong type or outside the list', async () => {
      for (const statut of [42, ['recue'], null, {}, { to: 'recue' }, 'RECUE', '../../etc/passwd', HUGE, ''])
        await kit.probe(
          kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id: reference, statut }),
          'Choisissez le nouveau statut.',
        );
      expect((await kit.history(reference)).map((h) => h.status)).toEqual(['envoyee']);
    });

    it('withdrawHabilitation refuses a userId of the wrong type; a path is just nobody', async () => {
      for (const userId of [42, null, '', ['29:x'], {}, 'x'.repeat(201)])
        await kit.probe(
          kit.exec(kit.afpaChat, AFPA_STAFF, 'withdrawHabilitation', { userId }),
          UNKNOWN_ACTION_TEXT,
        );
      for (const userId of ['../../etc/passwd', '__proto__', 'constructor'])
        await kit.probe(
          kit.exec(kit.afpaChat, AFPA_STAFF, 'withdrawHabilitation', { userId }),
          'Cette personne n’était plus habilitée.',
        );
    });

    it('habilitate refuses an identifiant or a nom of the wrong type, and a path for an identifiant', async () => {
      const forged: Array<[object, string]> = [
        [{ identifiant: 42, nom: 'Camille' }, 'Choisissez une personne ou saisissez un identifiant.'],
        [{ identifiant: ['29:x'], nom: 'Camille' }, 'Choisissez une personne ou saisissez un identifiant.'],
        [
          { personne: { userId: REFERENT.id }, nom: 'Camille' },
          'Choisissez une personne ou saisissez un identifiant.',
        ],
        [
          { identifiant: '../../etc/passwd', nom: 'Camille' },
          'Identifiant Teams (29:…) ou Entra ID (GUID) attendu.',
        ],
        [
          { identifiant: '29:../../etc/passwd', nom: 'Camille' },
          'Identifiant Teams (29:…) ou Entra ID (GUID) attendu.',
        ],
        [{ identifiant: HUGE, nom: 'Camille' }, 'Identifiant Teams (29:…) ou Entra ID (GUID) attendu.'],
        [{ identifiant: '29:nouvelle-personne', nom: 42 }, 'Indiquez le nom de la personne.'],
        [{ identifiant: '29:nouvelle-personne', nom: ['Camille'] }, 'Indiquez le nom de la personne.'],
        [{ identifiant: '29:nouvelle-personne', nom: null }, 'Indiquez le nom de la personne.'],
      ];
      for (const [data, message] of forged)
        await kit.probe(kit.exec(kit.afpaChat, AFPA_STAFF, 'habilitate', data), message);
    });

    it('addReason and retireReason refuse a list outside the two, and a label or code of the wrong kind', async () => {
      for (const list of ['__proto__', 'constructor', 'toString', 42, null, ['refusal']]) {
        await kit.probe(
          kit.exec(kit.adminChat, ADMIN, 'addReason', { list, libelle: 'Motif inventé' }),
          UNKNOWN_ACTION_TEXT,
        );
        await kit.probe(
          kit.exec(kit.adminChat, ADMIN, 'retireReason', { list, code: 'autre' }),
          UNKNOWN_ACTION_TEXT,
        );
      }
      for (const libelle of [42, {}, ['Motif inventé'], null, '', 'ab', HUGE])
        await kit.probe(
          kit.exec(kit.adminChat, ADMIN, 'addReason', { list: 'refusal', libelle }),
          'Un libellé de 3 à 120 caractères.',
        );
      for (const code of [42, null, '', 'x'.repeat(41), ['autre']])
        await kit.probe(
          kit.exec(kit.adminChat, ADMIN, 'retireReason', { list: 'refusal', code }),
          UNKNOWN_ACTION_TEXT,
        );
      // Well-formed codes that name no reason: the list is shown again, unchanged.
      for (const code of ['__proto__', 'constructor', '../../etc/passwd', 'hasOwnProperty'])
        await kit.probe(kit.exec(kit.adminChat, ADMIN, 'retireReason', { list: 'refusal', code }));
    });

    it('exportPrescriptions refuses a period that is not two days, without exporting anything', async () => {
      const forged: Array<[object, string]> = [
        [{ du: '../../etc/passwd' }, 'Date invalide'],
        [{ du: '2027-02-31' }, 'Date invalide'],
        [{ au: '31/12/2026' }, 'Date invalide'],
        [{ du: '2027-03-01', au: '2027-01-01' }, 'est après la date de fin'],
        [{ du: HUGE }, 'Date invalide'],
      ];
      for (const [data, message] of forged) {
        const answer = await kit.probe(
          kit.exec(kit.afpaChat, AFPA_STAFF, 'exportPrescriptions', data),
          message,
        );
        expect(answer.body).not.toContain('acceptContext');
      }
    });
  });

  describe('__proto__ and constructor keys in the data', () => {
    /** An activity serialised with a real « __proto__ » key, as JSON.stringify would never write one. */
    const withKeys = (activity: Partial<Activity>, keys: string): string => {
      const text = JSON.stringify(activity).replace('"__keys__":0', keys);
      expect(text).toContain(keys);
      return text;
    };

    it('submitPrescription: a name given only through __proto__ or constructor.prototype is not read', async () => {
      const { nom: _nom, ...form } = prepaForm(SESSION.id);
      for (const keys of [
        '"__proto__":{"nom":"Pollué","polluted":"oui"}',
        '"constructor":{"prototype":{"nom":"Pollué","polluted":"oui"}}',
      ]) {
        const activity = kit.exec(kit.referentChat, REFERENT, 'submitPrescription', {
          ...form,
          formId: randomUUID(),
          dispositif: 'prepa-competences',
          __keys__: 0,
        });
        const answer = await kit.probe(withKeys(activity, keys), 'Indiquez le nom.');
        expect(answer.text).not.toContain('Pollué');
        expectPrototypeClean();
      }
    });

    it('changeStatus: a statut given only through __proto__ moves nothing', async () => {
      for (const keys of [
        '"__proto__":{"statut":"recue","polluted":"oui"}',
        '"constructor":{"prototype":{"statut":"recue","polluted":"oui"}}',
      ]) {
        const activity = kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id: reference, __keys__: 0 });
        await kit.probe(withKeys(activity, keys), 'Choisissez le nouveau statut.');
        expectPrototypeClean();
      }
      expect((await kit.history(reference)).map((h) => h.status)).toEqual(['envoyee']);
    });

    it('habilitate: an identifiant given only through __proto__ habilitates nobody', async () => {
      const activity = kit.exec(kit.afpaChat, AFPA_STAFF, 'habilitate', { __keys__: 0 });
      await kit.probe(
        withKeys(
          activity,
          '"__proto__":{"identifiant":"29:intrus","nom":"Intrus","open":false,"polluted":"oui"}',
        ),
        'Choisissez une personne ou saisissez un identifiant.',
      );
      expectPrototypeClean();
    });

    it('a référent cannot become AFPA through __proto__ in the action, the activity or its sender', async () => {
      const action = kit.exec(kit.referentChat, REFERENT, 'listOpenPrescriptions', {
        offset: 0,
        __keys__: 0,
      });
      await kit.probe(withKeys(action, '"__proto__":{"roles":["afpa"],"isAdmin":true}'), AFPA_ONLY);
      const message = { ...say(kit.url, kit.referentChat, REFERENT, 'prescriptions à traiter'), __keys__: 0 };
      await kit.probe(withKeys(message as Partial<Activity>, '"__proto__":{"isAdmin":true}'), AFPA_ONLY);
      const from = { ...REFERENT, __keys__: 0 };
      const sender = { ...say(kit.url, kit.referentChat, REFERENT, 'prescriptions à traiter'), from };
      await kit.probe(withKeys(sender, `"__proto__":{"id":"${AFPA_STAFF.id}"}`), AFPA_ONLY);
      expectPrototypeClean();
    });

    it('an Action.Submit whose verb hides in __proto__ is unknown', async () => {
      const activity = kit.submit(kit.afpaChat, AFPA_STAFF, { id: reference, statut: 'recue', __keys__: 0 });
      await kit.probe(withKeys(activity, '"__proto__":{"verb":"changeStatus"}'), UNKNOWN_ACTION_TEXT);
      expectPrototypeClean();
    });
  });

  describe('100 KB in each form field', () => {
    const toggles = new Set(['mobilite', 'garde', 'autre']);
    const fields = FORM_FIELDS.filter((f) => !toggles.has(f));
    /** A valid form of the dispositif that asks `field` (the others ignore it). */
    const formAsking = (field: string): Record<string, string> => {
      if (field === 'pec' || field === 'accordEmployeur')
        return {
          ...prepaForm(SESSION.id, {
            volet: 'a-choisir',
            session: 'premiere',
            pec: 'oui',
            accordEmployeur: 'oui',
          }),
          dispositif: 'competences-pec',
        };
      if (['ase', 'scolarise', 'enFormation', 'enEmploi', 'autorisationParentale'].includes(field))
        return {
          ...prepaForm(SESSION.id, {
            volet: '',
            session: 'premiere',
            naissance: '2009-06-01',
            ase: 'non',
            scolarise: 'non',
            enFormation: 'non',
            enEmploi: 'non',
            autorisationParentale: 'oui',
          }),
          dispositif: 'promo-16-18',
        };
      return { ...prepaForm(SESSION.id), dispositif: 'prepa-competences' };
    };

    it.each(fields)('submitPrescription refuses 100 KB in « %s »', async (field) => {
      const data = { ...formAsking(field), formId: randomUUID(), [field]: HUGE };
      const answer = await kit.probe(kit.exec(kit.referentChat, REFERENT, 'submitPrescription', data));
      expectText(answer.text, 'Prescription envoyée', false);
      expectText(answer.text, field === 'dispositif' ? UNKNOWN_ACTION_TEXT : FORM_ERROR);
    });

    it('submitPrescription refuses 100 KB in the formId', async () => {
      const data = { ...prepaForm(SESSION.id), formId: HUGE, dispositif: 'prepa-competences' };
      await kit.probe(kit.exec(kit.referentChat, REFERENT, 'submitPrescription', data), UNKNOWN_ACTION_TEXT);
    });

    // A toggle (Input.Toggle) sends « true » or « false »: anything else is read as « false ».
    // The prescription is then valid and is created, but none of the 100 KB is kept.
    it.each([...toggles])(
      'submitPrescription keeps none of 100 KB sent in the toggle « %s »',
      async (field) => {
        await kit.settle();
        const data = {
          ...prepaForm(SESSION.id),
          formId: randomUUID(),
          dispositif: 'prepa-competences',
          [field]: HUGE,
        };
        const answer = await kit.send(kit.exec(kit.referentChat, REFERENT, 'submitPrescription', data));
        expectPolite(answer);
        for (const p of await kit.allPrescriptions()) expect(JSON.stringify(p).length).toBeLessThan(5000);
        await kit.expectAlive();
      },
    );

    // Was a hole: a 100 KB name was kept in the habilitations and shown on every card.
    it('habilitate refuses a 100 KB name (every other name the bot keeps is capped)', async () => {
      await kit.probe(
        kit.exec(kit.afpaChat, AFPA_STAFF, 'habilitate', { identifiant: '29:nom-immense', nom: HUGE }),
        '100 caractères au plus.',
      );
    }, 10_000);
  });

  // HOLE: `submit` looks the formId up before anything else, whoever sends it: another
  // référent gets « Déjà envoyée : P-… », the person's first name and initial, the session
  // and the first référent's name, and their own person is silently not prescribed.
  it('does not give a référent the prescription (or the person) of another référent’s formId', async () => {
    // The other référent submits their own person with the first référent's formId.
    const data = {
      ...prepaForm(SESSION.id, { nom: 'Durand', prenom: 'Léa', commentaire: '' }),
      formId: firstFormId,
      dispositif: 'prepa-competences',
    };
    const answer = await kit.send(kit.exec(kit.otherChat, OTHER_REFERENT, 'submitPrescription', data));
    expectPolite(answer);
    for (const leaked of [reference, 'Camille', 'Martin', REFERENT.name])
      expectText(answer.text, leaked, false);
    await kit.expectAlive();
  });
});

// ─────────────────────────────────────────────────────────────────────────────────

describe('hostile clients: roles', () => {
  const kit = new Kit();
  let reference = '';

  beforeAll(async () => {
    await kit.start();
    ({ reference } = await kit.prescribe());
    const granted = await invokeCard(
      kit.e2e,
      execute(kit.url, kit.afpaChat, AFPA_STAFF, {
        verb: 'habilitate',
        identifiant: HABILITATED.id,
        nom: HABILITATED.name,
      }),
    );
    expect(cardText(granted)).toContain(`${HABILITATED.name} est habilité(e)`);
  });
  afterAll(async () => {
    await kit.stop();
  });

  const afpaVerbs = (id: string): Array<[string, object]> => [
    ['listOpenPrescriptions', { offset: 0 }],
    ['acknowledgePrescription', { id }],
    ['openStatusForm', { id }],
    ['changeStatus', { id, statut: 'recue' }],
    ['changeStatus', { id, statut: 'refusee', motif: 'refusal:criteres' }],
    ['sendPrescriptionDetail', { id }],
    ['openHabilitations', {}],
    ['habilitate', { identifiant: REFERENT.id, nom: REFERENT.name }],
    ['habilitate', { identifiant: OUTSIDER.id, nom: OUTSIDER.name }],
    ['habilitate', { open: true }],
    ['withdrawHabilitation', { userId: HABILITATED.id }],
    ['openExport', {}],
    ['exportPrescriptions', { du: '', au: '' }],
  ];
  const adminVerbs: Array<[string, object]> = [
    ['showDeliveries', {}],
    ['openReasons', {}],
    ['addReason', { list: 'refusal', libelle: 'Motif ajouté par un intrus' }],
    ['addReason', { list: 'abandon', open: true }],
    ['retireReason', { list: 'refusal', code: 'criteres' }],
  ];

  it.each([
    ['a configured référent', REFERENT],
    ['an AFPA-habilitated référent', HABILITATED],
    ['someone with no role', OUTSIDER],
  ] as Array<[string, Person]>)(
    '%s gets « réservée à l’équipe AFPA » for every AFPA verb',
    async (_l, who) => {
      for (const chat of [personalConversation(`a:roles-${who.id}`), AFPA_CHANNEL])
        for (const [verb, data] of afpaVerbs(reference)) {
          const answer = await kit.probe(kit.exec(chat, who, verb, data), AFPA_ONLY);
          expect(answer.text).not.toContain('Camille');
        }
      // The same, pressed as Action.Submit.
      for (const [verb, data] of afpaVerbs(reference))
        await kit.probe(
          kit.submit(personalConversation(`a:roles-submit-${who.id}`), who, { verb, ...data }),
          AFPA_ONLY,
        );
    },
  );

  it.each([
    ['a référent', REFERENT],
    ['someone with no role', OUTSIDER],
    ['AFPA staff who are not admins', AFPA_STAFF],
  ] as Array<[string, Person]>)(
    '%s gets « réservée aux administrateurs » for every admin verb',
    async (_l, who) => {
      for (const [verb, data] of adminVerbs)
        await kit.probe(kit.exec(personalConversation(`a:admin-${who.id}`), who, verb, data), ADMIN_ONLY);
    },
  );

  it('a référent typing AFPA’s and the admins’ commands is refused', async () => {
    for (const text of ['prescriptions à traiter', 'habilitations', 'état des envois', 'motifs', 'export'])
      await kit.probe(
        say(kit.url, kit.referentChat, REFERENT, text),
        /réservée (à l’équipe AFPA|aux administrateurs)/,
      );
  });

  it('someone not habilitated cannot habilitate themselves, and still cannot prescribe', async () => {
    await kit.probe(
      kit.exec(kit.outsiderChat, OUTSIDER, 'habilitate', { identifiant: OUTSIDER.id, nom: OUTSIDER.name }),
      AFPA_ONLY,
    );
    await kit.probe(kit.exec(kit.outsiderChat, OUTSIDER, 'habilitate', { personne: OUTSIDER.id }), AFPA_ONLY);
    await kit.probe(kit.exec(kit.outsiderChat, OUTSIDER, 'openPrescription', {}), NOT_HABILITATED);
  });

  it('someone not habilitated who submits a valid form gets the habilitation card, and nothing is created', async () => {
    const data = { ...prepaForm(SESSION.id), formId: randomUUID(), dispositif: 'prepa-competences' };
    await kit.probe(kit.exec(kit.outsiderChat, OUTSIDER, 'submitPrescription', data), NOT_HABILITATED);
    await kit.probe(
      kit.submit(kit.outsiderChat, OUTSIDER, { verb: 'submitPrescription', ...data }),
      NOT_HABILITATED,
    );
  });

  it('a référent whose habilitation was withdrawn cannot submit the form opened before', async () => {
    await invokeCard(
      kit.e2e,
      execute(kit.url, kit.afpaChat, AFPA_STAFF, {
        verb: 'habilitate',
        identifiant: LATER_WITHDRAWN.id,
        nom: LATER_WITHDRAWN.name,
      }),
    );
    const chat = personalConversation('a:later-withdrawn');
    const form = await invokeCard(
      kit.e2e,
      execute(kit.url, chat, LATER_WITHDRAWN, { verb: 'openPrescription', dispositif: 'prepa-competences' }),
    );
    const submitData = buttonData(form, 'submitPrescription')!;
    await invokeCard(
      kit.e2e,
      execute(kit.url, kit.afpaChat, AFPA_STAFF, {
        verb: 'withdrawHabilitation',
        userId: LATER_WITHDRAWN.id,
      }),
    );
    await kit.probe(
      kit.exec(chat, LATER_WITHDRAWN, 'submitPrescription', { ...submitData, ...prepaForm(SESSION.id) }),
      NOT_HABILITATED,
    );
  });

  it('AFPA staff and admins cannot cancel: only the référent may', async () => {
    for (const [who, chat] of [
      [AFPA_STAFF, kit.afpaChat],
      [AFPA_STAFF, AFPA_CHANNEL],
      [ADMIN, kit.adminChat],
    ] as Array<[Person, TeamsConversation]>) {
      await kit.probe(kit.exec(chat, who, 'cancelPrescription', { id: reference }), NOT_FOUND);
      await kit.probe(
        kit.exec(chat, who, 'changeStatus', { id: reference, statut: 'annulee' }),
        'Ce changement n’est pas possible depuis le statut actuel.',
      );
    }
    expect((await kit.history(reference)).map((h) => h.status)).toEqual(['envoyee']);
  });

  it('another référent cannot read, cancel or list the prescription', async () => {
    await kit.probe(
      kit.exec(kit.otherChat, OTHER_REFERENT, 'showPrescription', { id: reference }),
      NOT_FOUND,
    );
    await kit.probe(
      kit.exec(kit.otherChat, OTHER_REFERENT, 'cancelPrescription', { id: reference }),
      NOT_FOUND,
    );
    const list = await kit.probe(
      kit.exec(kit.otherChat, OTHER_REFERENT, 'listMyPrescriptions', { offset: 0 }),
    );
    expect(list.text).not.toContain(reference);
  });

  it('typing another référent’s reference « P-XXXXXX » in the chat shows nothing of it', async () => {
    const typed: Array<[Person, TeamsConversation, string]> = [
      [OTHER_REFERENT, kit.otherChat, reference],
      [OTHER_REFERENT, kit.otherChat, `où en est ${reference.toLowerCase()} ?`],
      [OUTSIDER, kit.outsiderChat, `${reference}`],
      [HABILITATED, personalConversation('a:habilitated-chat'), `annuler ${reference}`],
      [OTHER_REFERENT, { id: '19:autre-canal@thread.tacv2', conversationType: 'channel' }, reference],
    ];
    for (const [who, chat, text] of typed) {
      const answer = await kit.probe(say(kit.url, chat, who, text));
      for (const personal of ['Camille', 'Martin', '06 12 34 56 78', 'Montauban', 'Disponible le matin'])
        expect(answer.text, text).not.toContain(personal);
    }
  });

  it('« recevoir les prescriptions ici » from anyone but an admin changes nothing; new cards still go to the admins’ choice', async () => {
    const elsewhere: Array<[Person, TeamsConversation]> = [
      [AFPA_STAFF, { id: '19:canal-afpa-bis@thread.tacv2', conversationType: 'channel' }],
      [REFERENT, { id: '19:groupe-referents@thread.v2', conversationType: 'groupChat' }],
      [OUTSIDER, kit.outsiderChat],
      [OTHER_REFERENT, kit.otherChat],
    ];
    for (const [who, chat] of elsewhere)
      await kit.probe(
        say(kit.url, chat, who, 'recevoir les prescriptions ici'),
        AFPA_CONVERSATION_ADMIN_ONLY,
      );

    const before = kit.e2e.connector.posted.length;
    const { reference: fresh } = await kit.prescribe();
    const cards = kit.e2e.connector.posted
      .slice(before)
      .filter((p) => cardText(p.activity.attachments).includes(fresh));
    expect(cards.map((c) => c.conversationId)).toEqual([AFPA_CHANNEL.id]);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────

describe('hostile clients: the lifecycle', () => {
  const kit = new Kit();
  const tomorrow = () => {
    const day = new Date(`${today()}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString().slice(0, 10);
  };
  const statuses = async (id: string) => (await kit.history(id)).map((h) => h.status);
  const acknowledge = async (id: string) => {
    const card = await invokeCard(
      kit.e2e,
      execute(kit.url, AFPA_CHANNEL, AFPA_STAFF, { verb: 'acknowledgePrescription', id }),
    );
    expect(cardText(card)).not.toContain(FORM_ERROR);
    await kit.settle();
  };
  const enter = async (id: string) => {
    const answer = await kit.afpaChange(id, { statut: 'entree', date: today() });
    expect(answer.text).not.toContain(FORM_ERROR);
    await kit.settle();
  };

  beforeAll(async () => {
    await kit.start();
  });
  afterAll(async () => {
    await kit.stop();
  });

  it('refuses each move the lifecycle does not allow from « envoyée »', async () => {
    const { reference } = await kit.prescribe();
    for (const statut of ['entretien', 'entree', 'sortie', 'abandon', 'expiree', 'envoyee', 'annulee'])
      await kit.probe(
        kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id: reference, statut, date: today() }),
        'Ce changement n’est pas possible depuis le statut actuel.',
      );
    expect(await statuses(reference)).toEqual(['envoyee']);
  });

  it('refuses an entry dated in the future', async () => {
    const { reference } = await kit.prescribe();
    await acknowledge(reference);
    await kit.probe(
      kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', {
        id: reference,
        statut: 'entree',
        date: tomorrow(),
      }),
      'Cette date ne peut pas être dans le futur.',
    );
    await kit.probe(
      kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', {
        id: reference,
        statut: 'entree',
        date: '2099-01-01',
      }),
      'Cette date ne peut pas être dans le futur.',
    );
    expect(await statuses(reference)).toEqual(['envoyee', 'recue']);
  });

  it('refuses a reason from the wrong list, or from no list', async () => {
    const { reference } = await kit.prescribe();
    for (const motif of [
      'abandon:autre',
      'abandon:emploi',
      'refusal:inexistant',
      'autre',
      'refusal:',
      42,
      ['refusal:autre'],
    ])
      await kit.probe(
        kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id: reference, statut: 'refusee', motif }),
        'Choisissez un motif dans la liste.',
      );
    expect(await statuses(reference)).toEqual(['envoyee']);
  });

  it('refuses an exit from Prépa Compétences without its bilan', async () => {
    const { reference } = await kit.prescribe();
    await acknowledge(reference);
    await enter(reference);
    for (const bilan of [undefined, '', '   \n  ', 42, ['Bilan'], { texte: 'Bilan' }])
      await kit.probe(
        kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', {
          id: reference,
          statut: 'sortie',
          date: today(),
          bilan,
        }),
        'Le bilan individuel est attendu',
      );
    expect(await statuses(reference)).toEqual(['envoyee', 'recue', 'entree']);
  });

  it('refuses a date of the wrong type', async () => {
    const { reference } = await kit.prescribe();
    await acknowledge(reference);
    for (const date of [20270120, ['2027-01-20'], { jour: '2027-01-20' }, null, ''])
      await kit.probe(
        kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id: reference, statut: 'entretien', date }),
        'Indiquez la date.',
      );
    expect(await statuses(reference)).toEqual(['envoyee', 'recue']);
  });

  it('changes nothing once the référent has cancelled', async () => {
    const { reference } = await kit.prescribe();
    const cancelled = await invokeCard(
      kit.e2e,
      execute(kit.url, kit.referentChat, REFERENT, { verb: 'cancelPrescription', id: reference }),
    );
    expect(cardText(cancelled)).toContain(`Prescription ${reference} annulée`);
    await kit.settle();
    const closed = 'Cette prescription est close : son statut ne change plus.';
    await kit.probe(kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'acknowledgePrescription', { id: reference }), closed);
    for (const step of [
      { statut: 'recue' },
      { statut: 'entretien', date: today() },
      { statut: 'entree', date: today() },
      { statut: 'refusee', motif: 'refusal:autre' },
    ])
      await kit.probe(kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id: reference, ...step }), closed);
    // The same cancellation sent again answers as the first one did (a double click), and changes nothing.
    await kit.probe(
      kit.exec(kit.referentChat, REFERENT, 'cancelPrescription', { id: reference }),
      `Prescription ${reference} annulée`,
    );
    await kit.probe(kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'openStatusForm', { id: reference }), closed);
    expect(await statuses(reference)).toEqual(['envoyee', 'annulee']);
  });

  it('the référent cannot cancel once AFPA has acknowledged', async () => {
    const { reference } = await kit.prescribe();
    await acknowledge(reference);
    await kit.probe(
      kit.exec(kit.referentChat, REFERENT, 'cancelPrescription', { id: reference }),
      'L’AFPA a déjà reçu cette prescription',
    );
    expect(await statuses(reference)).toEqual(['envoyee', 'recue']);
  });

  it('the same acknowledgement or entry sent twice at once is recorded once', async () => {
    const { reference } = await kit.prescribe();
    const acks = await Promise.all(
      [1, 2].map(() =>
        kit.send(kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'acknowledgePrescription', { id: reference })),
      ),
    );
    for (const answer of acks) expectPolite(answer);
    expect(await statuses(reference)).toEqual(['envoyee', 'recue']);
    const entries = await Promise.all(
      [1, 2].map(() => kit.afpaChange(reference, { statut: 'entree', date: today() })),
    );
    for (const answer of entries) expectPolite(answer);
    expect(await statuses(reference)).toEqual(['envoyee', 'recue', 'entree']);
    await kit.settle();
    await kit.expectAlive();
  });

  // HOLE: « entretien → entretien » is allowed (a new interview date), and nothing tells a
  // second click from a new date: the same interview sent twice at once adds two history
  // entries and sends the référent two identical notices.
  it('the same interview sent twice at once is recorded once', async () => {
    const { reference } = await kit.prescribe();
    await acknowledge(reference);
    const before = kit.e2e.bot.app.stores.outbox.recent(new Date()).sent;
    const step = { statut: 'entretien', date: today(), commentaire: 'Entretien à 9 h.' };
    const answers = await Promise.all([1, 2].map(() => kit.afpaChange(reference, step)));
    for (const answer of answers) expectPolite(answer);
    await kit.settle();
    // One interview, one message to the référent and one card update.
    expect(await statuses(reference)).toEqual(['envoyee', 'recue', 'entretien']);
    expect(kit.e2e.bot.app.stores.outbox.recent(new Date()).sent - before).toBe(2);
  });

  it('100 KB in each status field: the statut and the reason are refused; comment and bilan are cut, never kept whole', async () => {
    const { reference } = await kit.prescribe();
    await kit.probe(
      kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id: reference, statut: HUGE }),
      'Choisissez le nouveau statut.',
    );
    await kit.probe(
      kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', {
        id: reference,
        statut: 'refusee',
        motif: `refusal:${HUGE}`,
      }),
      'Choisissez un motif dans la liste.',
    );
    await kit.probe(
      kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id: reference, statut: 'entree', date: HUGE }),
      'Ce changement n’est pas possible depuis le statut actuel.',
    );
    const ack = await kit.afpaChange(reference, { statut: 'recue', commentaire: HUGE });
    expectPolite(ack);
    await enter(reference);
    const exit = await kit.afpaChange(reference, {
      statut: 'sortie',
      date: today(),
      bilan: HUGE,
      commentaire: HUGE,
    });
    expectPolite(exit);
    const history = await kit.history(reference);
    expect(history.map((h) => h.status)).toEqual(['envoyee', 'recue', 'entree', 'sortie']);
    for (const entry of history) {
      expect((entry.comment ?? '').length).toBeLessThanOrEqual(1000);
      expect((entry.bilan ?? '').length).toBeLessThanOrEqual(8000);
    }
    await kit.settle();
    await kit.expectAlive();
  });
});

// ─────────────────────────────────────────────────────────────────────────────────

// HOLE: an interview (« entretien ») takes « any » date, and the only check is « not before
// the prescription was sent », a string comparison: « pas-une-date », « 2027-02-31 »,
// « 31/01/2027 » and 100 KB all pass and are stored. Rendering that date then throws a
// RangeError (frenchDay): the invoke answers 501 with the apology, the référent's notice
// and the AFPA card update stay in the outbox failing, and every card that shows the
// history (the détail, « mes prescriptions », AFPA's « prescriptions à traiter ») crashes
// from then on. A fresh bot for each case: one such date poisons the whole bot.
describe('hostile clients: an interview date that is not a day', () => {
  let kit: Kit;
  let reference = '';
  beforeEach(async () => {
    kit = await new Kit().start();
    ({ reference } = await kit.prescribe());
    const card = await invokeCard(
      kit.e2e,
      execute(kit.url, AFPA_CHANNEL, AFPA_STAFF, { verb: 'acknowledgePrescription', id: reference }),
    );
    expect(cardText(card)).not.toContain(FORM_ERROR);
    await kit.settle();
  });
  afterEach(async () => {
    await kit.stop();
  });

  it.each([
    ['a word', 'pas-une-date'],
    ['a day that does not exist', '2027-02-31'],
    ['JJ/MM/AAAA', '31/01/2027'],
    ['100 KB', HUGE],
  ])('is refused: %s', async (_label, date) => {
    await kit.probe(
      kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', { id: reference, statut: 'entretien', date }),
      'Date attendue au format AAAA-MM-JJ',
    );
    expect((await kit.history(reference)).map((h) => h.status)).toEqual(['envoyee', 'recue']);
  });

  it('does not break AFPA’s list of open prescriptions nor the référent’s list', async () => {
    await kit.send(
      kit.exec(AFPA_CHANNEL, AFPA_STAFF, 'changeStatus', {
        id: reference,
        statut: 'entretien',
        date: '2027-02-31',
      }),
    );
    expectPolite(await kit.send(kit.exec(kit.afpaChat, AFPA_STAFF, 'listOpenPrescriptions', { offset: 0 })));
    expectPolite(await kit.send(say(kit.url, kit.referentChat, REFERENT, 'mes prescriptions')));
  });
});

// ─────────────────────────────────────────────────────────────────────────────────

describe('hostile clients: the export’s file consent', () => {
  const kit = new Kit();
  let uploads = 0;
  let uploadServer: Server;
  let uploadUrl = '';

  beforeAll(async () => {
    uploadServer = createServer((req, res) => {
      uploads++;
      req.resume();
      res.writeHead(201).end();
    });
    await new Promise<void>((resolve) => uploadServer.listen(0, '127.0.0.1', resolve));
    uploadUrl = `http://127.0.0.1:${(uploadServer.address() as AddressInfo).port}/upload`;
    await kit.start();
    await kit.prescribe();
  });
  afterAll(async () => {
    await kit.stop();
    await new Promise<void>((resolve) => uploadServer.close(() => resolve()));
  });

  /** AFPA staff ask for the export in their personal chat: the consent card carries a real token. */
  const realToken = async (): Promise<string> => {
    const replies = await kit.e2e.say(
      kit.submit(kit.afpaChat, AFPA_STAFF, { verb: 'exportPrescriptions', du: '', au: '' }),
    );
    const consent = replies[0]?.attachments?.[0];
    expect(consent?.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
    const token = (consent?.content as { acceptContext?: { token?: unknown } }).acceptContext?.token;
    expect(typeof token).toBe('string');
    return token as string;
  };
  const consent = (chat: TeamsConversation, from: Person, value: unknown): Partial<Activity> => ({
    ...teamsMessage(kit.url, chat, '', { from }),
    type: 'invoke',
    name: 'fileConsent/invoke',
    text: undefined,
    value,
  });
  const accept = (token: unknown, url: string) => ({
    type: 'fileUpload',
    action: 'accept',
    context: { token },
    uploadInfo: { uploadUrl: url, contentUrl: url, name: 'x.csv', uniqueId: '1', fileType: 'csv' },
  });
  const gone = 'Cet export n’est plus disponible';

  it('uploads nothing for a forged token, whoever sends it', async () => {
    for (const [who, chat] of [
      [AFPA_STAFF, kit.afpaChat],
      [REFERENT, kit.referentChat],
      [OUTSIDER, kit.outsiderChat],
    ] as Array<[Person, TeamsConversation]>) {
      for (const token of ['forged', randomUUID(), 42, null, { token: 'forged' }, '__proto__']) {
        for (const url of ['http://127.0.0.1:1/x', uploadUrl]) {
          const answer = await kit.probe(consent(chat, who, accept(token, url)), gone);
          expect(answer.status).toBe(200);
        }
      }
    }
    expect(uploads).toBe(0);
  });

  it('uploads nothing when a real token is sent by someone else, and leaves it to its owner', async () => {
    const token = await realToken();
    for (const [who, chat] of [
      [ADMIN, kit.adminChat],
      [REFERENT, kit.referentChat],
      [OUTSIDER, kit.outsiderChat],
    ] as Array<[Person, TeamsConversation]>) {
      await kit.probe(consent(chat, who, accept(token, 'http://127.0.0.1:1/x')), gone);
      await kit.probe(consent(chat, who, accept(token, uploadUrl)), gone);
    }
    // Still there for its owner, who is refused only the address: it is not their OneDrive.
    await kit.probe(consent(kit.afpaChat, AFPA_STAFF, accept(token, uploadUrl)), 'Adresse de dépôt refusée');
    expect(uploads).toBe(0);
  });

  it('refuses an address that is not the owner’s OneDrive, even with the right token', async () => {
    const token = await realToken();
    for (const url of [
      'http://127.0.0.1:1/x',
      'https://127.0.0.1/x',
      'https://evil.example.com/x',
      'https://contoso-my.sharepoint.com.evil.example/x',
      'https://contoso-my.sharepoint.com@evil.example/x',
      'file:///etc/passwd',
      '../../etc/passwd',
      HUGE,
    ])
      await kit.probe(consent(kit.afpaChat, AFPA_STAFF, accept(token, url)), 'Adresse de dépôt refusée');
    for (const uploadInfo of [undefined, null, 'x', { uploadUrl: 42 }])
      await kit.probe(
        consent(kit.afpaChat, AFPA_STAFF, { ...accept(token, uploadUrl), uploadInfo }),
        'Adresse de dépôt refusée',
      );
    expect(uploads).toBe(0);
  });

  // HOLE: accept checks the token's owner; decline does not: anyone who sends the token
  // cancels the owner's export (the owner then gets « Cet export n’est plus disponible »).
  it('a decline sent by someone else does not cancel the owner’s export', async () => {
    const token = await realToken();
    const declined = await kit.send(
      consent(kit.adminChat, ADMIN, { type: 'fileUpload', action: 'decline', context: { token } }),
    );
    expectPolite(declined);
    await kit.probe(consent(kit.afpaChat, AFPA_STAFF, accept(token, uploadUrl)), 'Adresse de dépôt refusée');
  });

  it('answers a file consent with an unknown action or no context with a 400 or a polite card', async () => {
    for (const value of [
      {},
      { action: 'upload' },
      { action: 42, context: null },
      'accept',
      { action: 'accept' },
    ])
      await kit.probe(consent(kit.afpaChat, AFPA_STAFF, value));
    expect(uploads).toBe(0);
  });

  // HOLE: botbuilder reads `value.action` of an absent value: TypeError, 501 and the apology.
  it('answers a file consent with no value with a 400, not a 501 and the apology', async () => {
    const answer = await kit.probe(consent(kit.afpaChat, AFPA_STAFF, undefined));
    expect(answer.status).toBe(400);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────

describe('hostile clients: HTTP on /api/messages', () => {
  const kit = new Kit();
  const chat = personalConversation('a:http-probes');

  beforeAll(async () => {
    await kit.start({ ALLOWED_TENANT_IDS: 'tenant-1' });
    await kit.prescribe();
  });
  afterAll(async () => {
    await kit.stop();
  });

  const invokeWith = (value: unknown): Partial<Activity> => ({
    ...teamsMessage(kit.url, chat, '', { from: REFERENT }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    ...(value === undefined ? {} : { value }),
  });

  it('answers 400 to an invoke with no value', async () => {
    const answer = await kit.probe(invokeWith(undefined));
    expect(answer.status).toBe(400);
  });

  it('answers 400 to an invoke whose action is a string', async () => {
    const answer = await kit.probe(invokeWith({ action: 'changeStatus' }));
    expect(answer.status).toBe(400);
  });

  it('answers 400 to an invoke whose action is an Action.Submit or has no verb', async () => {
    expect(
      (await kit.probe(invokeWith({ action: { type: 'Action.Submit', verb: 'showMenu' } }))).status,
    ).toBe(400);
    expect((await kit.probe(invokeWith({ action: { type: 'Action.Execute' } }))).status).toBe(400);
  });

  // HOLE: botbuilder reads `value.action.type` with no check that there is an action: a
  // TypeError, so 501 and « Désolé, un problème technique… » posted in the conversation.
  it.each([
    ['an empty value', {}],
    ['a null action', { action: null }],
    ['a value that is a string', 'adaptiveCard'],
    ['a value that is an array', []],
  ])('answers 400, not 501 and the apology, to an invoke with %s', async (_label, value) => {
    const answer = await kit.probe(invokeWith(value));
    expect(answer.status).toBe(400);
  });

  it('answers 413 to a 300 KB body', async () => {
    const body = JSON.stringify(say(kit.url, chat, REFERENT, 'x'.repeat(300 * 1024)));
    expect((await kit.probe(body)).status).toBe(413);
  });

  it('answers 400 to invalid JSON, and to JSON that is not an activity', async () => {
    for (const body of ['{"type": "message", ', '{', 'null', '[]', '"message"', '42', '{}']) {
      const answer = await kit.probe(body);
      expect(answer.status, body).toBe(400);
    }
    const noConversation = { ...say(kit.url, chat, REFERENT, 'aide'), conversation: undefined };
    expect((await kit.probe(noConversation)).status).toBe(400);
    const badServiceUrl = { ...say(kit.url, chat, REFERENT, 'aide'), serviceUrl: '../../etc/passwd' };
    expect((await kit.probe(badServiceUrl)).status).toBe(400);
  });

  it('answers 400 to an activity sent as text/plain', async () => {
    const answer = await kit.probe(JSON.stringify(say(kit.url, chat, REFERENT, 'aide')), undefined, {
      'content-type': 'text/plain',
    });
    expect(answer.status).toBe(400);
  });

  it('answers 403 to a tenant not in ALLOWED_TENANT_IDS, and to a message with no tenant', async () => {
    const base = say(kit.url, chat, REFERENT, 'mes prescriptions');
    const variants: Array<Partial<Activity>> = [
      {
        ...base,
        conversation: { ...base.conversation!, tenantId: 'tenant-2' },
        channelData: { tenant: { id: 'tenant-2' } },
      },
      { ...base, conversation: { ...base.conversation!, tenantId: 'tenant-2' } },
      { ...base, conversation: { ...base.conversation!, tenantId: undefined }, channelData: {} },
      {
        ...kit.exec(chat, AFPA_STAFF, 'acknowledgePrescription', { id: ABSENT_REFERENCE }),
        conversation: { ...base.conversation!, tenantId: 'tenant-2' },
        channelData: { tenant: { id: 'tenant-2' } },
      },
    ];
    for (const activity of variants) {
      const before = kit.e2e.connector.posted.length;
      const answer = await kit.probe(activity);
      expect(answer.status).toBe(403);
      expect(kit.e2e.connector.repliesIn(chat.id, before)).toHaveLength(0);
    }
  });
});
