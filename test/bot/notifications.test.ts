import { calendarLinks } from '../../bot/agenda-routes.js';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createRenderer, HABILITATION_REQUEST } from '../../bot/jobs/notifications.js';
import type { Rendered } from '../../bot/jobs/outbox-worker.js';
import { openMemoryStores } from '../../bot/stores.js';
import type { Messenger } from '../../bot/teams/messenger.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { ConversationDirectory } from '../../data/outbox/conversation-directory.js';
import type { StoredReference } from '../../data/outbox/conversation-ref.js';
import { newMessage, type OutboxMessage } from '../../data/outbox/outbox.js';
import { PostedCards } from '../../data/outbox/posted-cards.js';
import { STATUS_LABELS } from '../../data/prescriptions/model.js';
import { NOTICES } from '../../data/prescriptions/prescriptions.js';
import { REFERENT, testClock, testConfig } from '../factories.js';
import { PREPA_BASE } from '../data/prescriptions/form-cases.js';

/** Monday 3 May 2027, 10:00 in Paris, inside the campaign. */
const T0 = '2027-05-03T08:00:00.000Z';
const BOT_ID = '28:bot-notifications';
const SERVICE_URL = 'https://smba.example.test/emea/';
const catalogue = loadCatalogue();

const STAFF = { id: '29:afpa-staff', name: 'Coordinatrice AFPA' };
const AFPA_ROLES = new Set(['afpa'] as const);

/** A person whose every personal value is distinctive, so that a search for it finds nothing else. */
const FORM: Record<string, string> = {
  ...PREPA_BASE,
  nom: 'Delacroix-Sébire',
  prenom: 'Aurélie',
  naissance: '1986-07-14',
  telephone: '0698765432',
  email: 'aurelie.ds@exemple.fr',
  commune: 'Lafrançaise',
  commentaire: 'Joignable après 17 h, interphone 4521',
  autre: 'true',
  autrePrecision: 'Garde alternée le mercredi',
};
const PERSONAL = [
  'Delacroix',
  'Sébire',
  'Aurélie',
  '1986',
  '14/07',
  'juillet',
  '06 98 76 54 32',
  '0698765432',
  'aurelie.ds',
  'Lafrançaise',
  'interphone',
  'Garde alternée',
];

const reference = (conversationId: string, user?: string): StoredReference => ({
  serviceUrl: SERVICE_URL,
  channelId: 'msteams',
  conversation: user
    ? { id: conversationId, conversationType: 'personal', isGroup: false, tenantId: 'tenant-1' }
    : { id: conversationId, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
  bot: { id: BOT_ID },
  ...(user ? { user: { id: user } } : {}),
  tenantId: 'tenant-1',
});
const AFPA_CHANNEL = reference('19:afpa-prescriptions@thread.tacv2');
const REFERENT_CHAT = reference('a:referent-personal', REFERENT.id);
const STAFF_CHAT = reference('a:staff-personal', STAFF.id);
const OPENED_CHAT = reference('a:opened-by-the-bot', REFERENT.id);

/** A Messenger that records the personal conversations it is asked to open. */
class FakeMessenger implements Messenger {
  readonly opened: Array<{ serviceUrl: string; tenantId?: string; userId: string; botId: string }> = [];

  async send(): Promise<{ activityId?: string }> {
    throw new Error('the renderer never sends');
  }
  async update(): Promise<void> {
    throw new Error('the renderer never updates');
  }
  async createPersonalConversation(args: {
    serviceUrl: string;
    tenantId?: string;
    userId: string;
    botId: string;
  }): Promise<StoredReference> {
    this.opened.push(args);
    return OPENED_CHAT;
  }
  async uploadConsentedFile(): Promise<void> {
    throw new Error('not used');
  }
}

async function setup() {
  const time = testClock(T0);
  const config = testConfig({
    CAMPAIGN_ENTRY_DEADLINE: '2027-12-31',
    CAMPAIGN_COMPLETION_DEADLINE: '2028-04-30',
  });
  const stores = await openMemoryStores(config, time.clock);
  const posted = await PostedCards.open(stores.docs);
  const messenger = new FakeMessenger();
  const renderer = (cards: PostedCards) =>
    createRenderer({
      stores,
      posted: cards,
      catalogue,
      messenger,
      expiryDays: config.prescriptions.expiryDays,
      botId: BOT_ID,
      clock: time.clock,
      links: calendarLinks('https://bot.example.test'),
    });
  const render = renderer(posted);

  /** A prescription sent by REFERENT through the real service; returns its reference. */
  async function submit(formId = 'form-notifications-1'): Promise<string> {
    const result = await stores.prescriptions.submit(formId, FORM, { ...REFERENT, tenantId: 'tenant-1' });
    if (result.outcome !== 'created') throw new Error(`not created: ${JSON.stringify(result)}`);
    return result.prescription.id;
  }
  /** The one pending message of `type` about `prescriptionId`. */
  function pending(type: string, prescriptionId: string): OutboxMessage {
    const found = stores.outbox.findPending(
      (m) => m.payload.type === type && m.payload['prescriptionId'] === prescriptionId,
    );
    expect(found).toHaveLength(1);
    return found[0]!;
  }
  const designateAfpa = () => stores.directory.designateAfpa(AFPA_CHANNEL, 'Administratrice', time.clock());
  const receive = async (id: string) => {
    const result = await stores.prescriptions.transition(id, { to: 'recue' }, STAFF, AFPA_ROLES);
    expect(result.kind).toBe('done');
  };

  return {
    time,
    config,
    stores,
    posted,
    messenger,
    render,
    renderer,
    submit,
    pending,
    designateAfpa,
    receive,
  };
}

/** The Adaptive Card a rendering sends, as text to search. */
function cardOf(rendered: Rendered): string {
  if (rendered.kind !== 'send' && rendered.kind !== 'update') throw new Error(`no card: ${rendered.kind}`);
  const activity: Partial<Activity> = rendered.activity;
  expect(activity.attachments).toHaveLength(1);
  expect(activity.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return JSON.stringify(activity.attachments![0]!.content);
}

function expectNoPersonalData(text: string) {
  for (const value of PERSONAL) expect(text).not.toContain(value);
}

describe('createRenderer: the card posted in the AFPA conversation', () => {
  it('waits while no AFPA conversation is known, then goes to the designated one without personal data', async () => {
    const { render, submit, pending, designateAfpa } = await setup();
    const id = await submit();
    const message = pending(NOTICES.afpaCard, id);
    expect(message.recipient).toEqual({ kind: 'afpa' });

    const waiting = await render(message);
    expect(waiting).toMatchObject({ kind: 'wait', retryInMs: 60 * 60 * 1000 });
    expect(waiting.kind === 'wait' && waiting.reason).toMatch(/aucune conversation AFPA/);

    await designateAfpa();
    const rendered = await render(message);
    expect(rendered).toMatchObject({ kind: 'send', to: AFPA_CHANNEL });
    const card = cardOf(rendered);
    expect(card).toContain(id);
    expect(card).toContain('Nouvelle prescription');
    expectNoPersonalData(card);
  });

  it('saves where the card was posted once Teams gives its id, for later updates', async () => {
    const { render, renderer, stores, submit, pending, designateAfpa } = await setup();
    await designateAfpa();
    const id = await submit();
    const rendered = await render(pending(NOTICES.afpaCard, id));
    if (rendered.kind !== 'send') throw new Error(rendered.kind);
    expect(rendered.onSent).toBeTypeOf('function');

    await rendered.onSent!('1:afpa-card');

    // Read back from the store, as after a restart.
    await stores.prescriptions.transition(id, { to: 'recue' }, STAFF, AFPA_ROLES);
    const reopened = renderer(await PostedCards.open(stores.docs));
    expect(await reopened(pending(NOTICES.afpaCardUpdate, id))).toMatchObject({
      kind: 'update',
      to: AFPA_CHANNEL,
      activityId: '1:afpa-card',
    });
  });

  it('saves nothing when Teams gives no activity id', async () => {
    const { render, submit, pending, designateAfpa, receive } = await setup();
    await designateAfpa();
    const id = await submit();
    const rendered = await render(pending(NOTICES.afpaCard, id));
    if (rendered.kind !== 'send') throw new Error(rendered.kind);
    await rendered.onSent!(undefined);
    await receive(id);
    expect(await render(pending(NOTICES.afpaCardUpdate, id))).toMatchObject({ kind: 'skip' });
  });

  it('skips the update of a card not posted yet, and updates it in place once it is', async () => {
    const { render, submit, pending, designateAfpa, receive, stores } = await setup();
    const id = await submit();
    await receive(id);
    const update = pending(NOTICES.afpaCardUpdate, id);

    // Not posted yet (no AFPA conversation): the card will show the current status when it goes.
    expect(await render(update)).toEqual({ kind: 'skip', reason: 'carte pas encore publiée' });

    await designateAfpa();
    const card = await render(pending(NOTICES.afpaCard, id));
    if (card.kind !== 'send') throw new Error(card.kind);
    expect(cardOf(card)).toContain(STATUS_LABELS.recue);
    await card.onSent!('1:posted');

    const updated = await render(update);
    expect(updated).toMatchObject({ kind: 'update', to: AFPA_CHANNEL, activityId: '1:posted' });
    const text = cardOf(updated);
    expect(text).toContain(id);
    expectNoPersonalData(text);

    // A later change updates the same activity.
    const entretien = await stores.prescriptions.transition(
      id,
      { to: 'entretien', date: '2027-05-10' },
      STAFF,
      AFPA_ROLES,
    );
    expect(entretien.kind).toBe('done');
    const [next] = stores.outbox.findPending(
      (m) => m.payload.type === NOTICES.afpaCardUpdate && m.id !== update.id,
    );
    const again = await render(next!);
    expect(cardOf(again)).toContain(STATUS_LABELS.entretien);
    expect(again).toMatchObject({
      kind: 'update',
      activityId: '1:posted',
    });
  });
});

describe('createRenderer: the reminder to AFPA', () => {
  it('reminds AFPA of a prescription still « envoyée », and waits while no AFPA conversation is known', async () => {
    const { render, submit, time, designateAfpa } = await setup();
    const id = await submit();
    const reminder = newMessage(
      { kind: 'afpa' },
      { type: NOTICES.afpaReminder, prescriptionId: id, count: 1 },
      time.clock(),
    );
    expect(await render(reminder)).toMatchObject({ kind: 'wait' });
    await designateAfpa();
    const rendered = await render(reminder);
    expect(rendered).toMatchObject({ kind: 'send', to: AFPA_CHANNEL });
    const card = cardOf(rendered);
    expect(card).toContain(`Rappel : prescription ${id}`);
    expectNoPersonalData(card);
  });

  it('skips a reminder for a prescription no longer « envoyée »', async () => {
    const { render, submit, time, designateAfpa, receive } = await setup();
    await designateAfpa();
    const id = await submit();
    const reminder = newMessage(
      { kind: 'afpa' },
      { type: NOTICES.afpaReminder, prescriptionId: id, count: 1 },
      time.clock(),
    );
    await receive(id);
    expect(await render(reminder)).toMatchObject({ kind: 'skip' });
  });
});

describe('createRenderer: messages in a personal chat', () => {
  it('sends the référent the new status in their saved personal chat', async () => {
    const { render, submit, pending, receive, stores, time, messenger } = await setup();
    await stores.directory.saveContact(
      {
        userId: REFERENT.id,
        aadObjectId: REFERENT.aadObjectId,
        name: REFERENT.name,
        reference: REFERENT_CHAT,
        serviceUrl: SERVICE_URL,
        tenantId: 'tenant-1',
      },
      time.clock(),
    );
    const id = await submit();
    await receive(id);
    const message = pending(NOTICES.referentStatus, id);
    expect(message.recipient).toEqual({ kind: 'user', userId: REFERENT.id });

    const rendered = await render(message);

    expect(rendered).toMatchObject({ kind: 'send', to: REFERENT_CHAT });
    const card = cardOf(rendered);
    expect(card).toContain(id);
    expect(card).toContain(STATUS_LABELS.recue);
    expect(messenger.opened).toEqual([]);
  });

  it('opens a personal chat with a référent known only from a channel, and keeps it', async () => {
    const { render, submit, pending, receive, stores, time, messenger } = await setup();
    await stores.directory.saveContact(
      {
        userId: REFERENT.id,
        aadObjectId: REFERENT.aadObjectId,
        name: REFERENT.name,
        serviceUrl: SERVICE_URL,
        tenantId: 'tenant-1',
      },
      time.clock(),
    );
    const id = await submit();
    await receive(id);
    const message = pending(NOTICES.referentStatus, id);

    const rendered = await render(message);

    expect(messenger.opened).toEqual([
      { serviceUrl: SERVICE_URL, tenantId: 'tenant-1', userId: REFERENT.id, botId: BOT_ID },
    ]);
    expect(rendered).toMatchObject({ kind: 'send', to: OPENED_CHAT });
    expect(stores.directory.contact(REFERENT.id)?.reference).toEqual(OPENED_CHAT);
    const reopened = await ConversationDirectory.open(stores.docs);
    expect(reopened.contact(REFERENT.id)?.reference).toEqual(OPENED_CHAT);

    // The next message uses it: no second conversation opened.
    expect(await render(message)).toMatchObject({ kind: 'send', to: OPENED_CHAT });
    expect(messenger.opened).toHaveLength(1);
  });

  it('drops the référent’s message when the bot has no way to reach them', async () => {
    const { render, submit, pending, receive } = await setup();
    const id = await submit();
    await receive(id);
    expect(await render(pending(NOTICES.referentStatus, id))).toEqual({
      kind: 'drop',
      reason: 'aucune conversation personnelle connue avec cette personne',
    });
  });

  it('drops a status message naming a step the prescription does not have, or meant for AFPA', async () => {
    const { render, submit, stores, time } = await setup();
    await stores.directory.saveContact(
      { userId: REFERENT.id, name: REFERENT.name, reference: REFERENT_CHAT, serviceUrl: SERVICE_URL },
      time.clock(),
    );
    const id = await submit();
    const to = { kind: 'user', userId: REFERENT.id } as const;
    const payload = { type: NOTICES.referentStatus, prescriptionId: id };
    expect(await render(newMessage(to, { ...payload, historyIndex: 7 }, time.clock()))).toMatchObject({
      kind: 'drop',
    });
    expect(await render(newMessage(to, payload, time.clock()))).toMatchObject({ kind: 'drop' });
    expect(await render(newMessage({ kind: 'afpa' }, { ...payload, historyIndex: 0 }, time.clock()))).toEqual(
      {
        kind: 'drop',
        reason: 'destinataire invalide',
      },
    );
  });

  it('sends the person’s details to the staff member who asked, in their personal chat', async () => {
    const { render, submit, pending, stores, time, designateAfpa } = await setup();
    await designateAfpa();
    await stores.directory.saveContact(
      { userId: STAFF.id, name: STAFF.name, reference: STAFF_CHAT, serviceUrl: SERVICE_URL },
      time.clock(),
    );
    const id = await submit();
    await stores.prescriptions.sendDetailTo(id, STAFF);
    const message = pending(NOTICES.staffDetail, id);
    expect(message.recipient).toEqual({ kind: 'user', userId: STAFF.id });

    const rendered = await render(message);

    expect(rendered).toMatchObject({ kind: 'send', to: STAFF_CHAT });
    const card = cardOf(rendered);
    expect(card).toContain(id);
    expect(card).toContain('Delacroix-Sébire Aurélie');
    expect(card).toContain('06 98 76 54 32');
  });

  // GUIDE « Recipients gone »: after a 403/404, stop sending to the person until they speak again.
  // The worker's onRecipientGone marks the contact (ConversationDirectory.markUnreachable), but
  // nothing reads `unreachableSince`: the renderer sends the next message to them all the same.
  it('sends nothing to a référent Teams said had blocked the bot, until they speak again', async () => {
    const { render, submit, pending, receive, stores, time } = await setup();
    const contact = {
      userId: REFERENT.id,
      aadObjectId: REFERENT.aadObjectId,
      name: REFERENT.name,
      reference: REFERENT_CHAT,
      serviceUrl: SERVICE_URL,
      tenantId: 'tenant-1',
    };
    await stores.directory.saveContact(contact, time.clock());
    await stores.directory.markUnreachable(REFERENT.id, time.clock());
    const id = await submit();
    await receive(id);
    const message = pending(NOTICES.referentStatus, id);

    expect((await render(message)).kind).not.toBe('send');

    // They speak to the bot again: the contact is refreshed and messages go out.
    time.advance({ hours: 1 });
    await stores.directory.saveContact(contact, time.clock());
    expect(await render(message)).toMatchObject({ kind: 'send', to: REFERENT_CHAT });
  });
});

describe('createRenderer: what can never be sent', () => {
  it('drops a message about a prescription that does not exist', async () => {
    const { render, time, designateAfpa } = await setup();
    await designateAfpa();
    for (const type of Object.values(NOTICES)) {
      const message = newMessage({ kind: 'afpa' }, { type, prescriptionId: 'P-ZZZZZZ' }, time.clock());
      expect(await render(message)).toEqual({ kind: 'drop', reason: 'prescription introuvable' });
    }
  });

  it('drops a message of a type it does not know', async () => {
    const { render, time, designateAfpa } = await setup();
    await designateAfpa();
    const rendered = await render(newMessage({ kind: 'afpa' }, { type: 'launch-rocket' }, time.clock()));
    expect(rendered).toEqual({ kind: 'drop', reason: 'type de message inconnu : launch-rocket' });
  });
});

describe('createRenderer: a habilitation request', () => {
  it('waits for an AFPA conversation, then goes there with the requester’s name', async () => {
    const { render, time, designateAfpa } = await setup();
    const message = newMessage(
      { kind: 'afpa' },
      { type: HABILITATION_REQUEST, userId: '29:new-referent', name: 'Nouveau Référent' },
      time.clock(),
    );
    expect(await render(message)).toMatchObject({ kind: 'wait' });
    await designateAfpa();
    const rendered = await render(message);
    expect(rendered).toMatchObject({ kind: 'send', to: AFPA_CHANNEL });
    expect(cardOf(rendered)).toContain('Nouveau Référent');
  });
});
