import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { AgendaStore } from '../../data/agenda/agenda-store.js';
import type { EntrySession, TrainingPlace } from '../../data/agenda/model.js';
import {
  agendaEvent,
  botAdded,
  cardSubmit,
  REFERENT,
  personalConversation,
  teamsMessage,
  testClock,
} from '../factories.js';
import { EndToEnd, headline, visibleText } from '../support/bot-harness.js';
import { spawnBot, type BotProcess } from '../support/bot-process.js';
import { ConnectorStub } from '../support/connector-stub.js';

/**
 * The weekly digest through the real server: subscribing as a référent types it, the
 * run triggered over HTTP, what arrives in each personal chat, and exactly one digest
 * per référent and week whatever Teams answers and even when the bot is killed halfway.
 */

const SECRET = 'digest-secret-for-tests-0123456789';
const DIGEST_TITLE = /^Votre récap de la (semaine|quinzaine)$/;
const isDigest = (a: Partial<Activity>) => DIGEST_TITLE.test(headline(a) ?? '');

const place = (id: string, trade: string, available: number, today: Date): TrainingPlace => ({
  id,
  training: `Formation ${trade}`,
  trade,
  start: format(addDays(today, 20), 'yyyy-MM-dd'),
  end: format(addDays(today, 120), 'yyyy-MM-dd'),
  place: 'Montauban',
  available,
  updatedAt: format(today, 'yyyy-MM-dd'),
});
const session = (id: string, today: Date): EntrySession => ({
  id,
  dispositif: 'promo-16-18',
  volet: '',
  start: format(addDays(today, 10), 'yyyy-MM-dd'),
  end: format(addDays(today, 100), 'yyyy-MM-dd'),
  place: 'Montauban',
  modality: 'presentiel',
  seats: 6,
});

async function seedAgenda(agenda: AgendaStore, today: Date): Promise<void> {
  const day = format(addDays(today, 3), 'yyyy-MM-dd');
  await agenda.replace('events', [
    agendaEvent({
      id: 'jpo',
      title: 'Portes ouvertes du centre',
      start: `${day}T09:00`,
      end: `${day}T12:00`,
    }),
  ]);
  await agenda.replace('sessions', [session('promo', today)]);
  await agenda.replace('places', [
    place('soudure', 'Soudure', 3, today),
    place('cariste', 'Cariste', 2, today),
  ]);
}

const trigger = (url: string, token?: string) =>
  fetch(`${url}/api/digest`, {
    method: 'POST',
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as { counts?: Record<string, number> } }));

const referent = (n: number) => ({
  id: `29:digest-referent-${n}`,
  name: `Référente ${n}`,
  aadObjectId: `aad-digest-${n}`,
});

describe('the weekly digest, end to end', () => {
  let e2e: EndToEnd;
  afterEach(async () => {
    await e2e?.stop();
  });

  // Monday 7 December 2026, 07:00 in Paris: before the planned 08:30, so only the HTTP trigger runs it.
  const time = () => testClock('2026-12-07T06:00:00Z');

  it('subscribes a référent as they type it, sends their digest once, and stops when they ask', async () => {
    const clock = time();
    e2e = await new EndToEnd().start({ DIGEST_TRIGGER_SECRET: SECRET }, { clock: clock.clock });
    await seedAgenda(e2e.bot.app.stores.agenda, clock.clock());
    const chat = personalConversation();
    const from = referent(1);

    const subscribed = await e2e.say(
      teamsMessage(e2e.serviceUrl, chat, 'je voudrais recevoir le recap chaque semaine', { from }),
    );
    expect(visibleText(subscribed[0]!)).toContain('Vous êtes abonné(e)');
    const saved = await e2e.say({
      ...cardSubmit(e2e.serviceUrl, chat, {
        verb: 'saveDigestSettings',
        dispositifs: '',
        metiers: 'soudure',
        communes: '',
        frequence: 'weekly',
        rienDeNouveau: 'false',
      }),
      from,
    });
    expect(visibleText(saved[0]!)).toContain('soudure');

    const before = e2e.connector.posted.length;
    expect((await trigger(e2e.bot.url)).status).toBe(401);
    expect((await trigger(e2e.bot.url, 'not-the-secret-at-all-000000000')).status).toBe(401);
    const run = await trigger(e2e.bot.url, SECRET);
    expect(run).toMatchObject({ status: 200, body: { counts: { claimed: 1 } } });

    await e2e.connector.waitForCount(before + 1);
    const digests = e2e.connector.repliesIn(chat.id).filter(isDigest);
    expect(digests).toHaveLength(1);
    const text = visibleText(digests[0]!);
    expect(text).toContain('Formation Soudure');
    expect(text).not.toContain('Formation Cariste');
    expect(text).toContain('Portes ouvertes du centre');
    expect(text).toContain('Ajouter à mon agenda');
    expect(text).toContain('Entrées des 4 prochaines semaines');

    // Triggered again the same week: nothing more.
    expect(await trigger(e2e.bot.url, SECRET)).toMatchObject({
      body: { counts: { claimed: 0, already: 1 } },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(e2e.connector.repliesIn(chat.id).filter(isDigest)).toHaveLength(1);

    const stopped = await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'me désabonner', { from }));
    expect(visibleText(stopped[0]!)).toContain('vous ne recevrez plus le récap');
    clock.advance({ days: 7 });
    expect(await trigger(e2e.bot.url, SECRET)).toMatchObject({ body: { counts: { claimed: 0 } } });
  });

  it('says when the digest comes, then reads « le » in the next message as the digest', async () => {
    const clock = time();
    e2e = await new EndToEnd().start({}, { clock: clock.clock });
    const chat = personalConversation();
    const from = referent(3);
    const asked = await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'le digest c quand ?', { from }));
    expect(visibleText(asked[0]!)).toContain('Chaque lundi matin');
    const subscribed = await e2e.say(
      teamsMessage(e2e.serviceUrl, chat, 'ok je veux bien le recevoir', { from }),
    );
    expect(visibleText(subscribed[0]!)).toContain('Vous êtes abonné(e)');
    await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'le recap il arrive quand ?', { from }));
    const stopped = await e2e.say(
      teamsMessage(e2e.serviceUrl, chat, 'en fait je veux plus le recevoir', { from }),
    );
    expect(visibleText(stopped[0]!)).toContain('vous ne recevrez plus le récap');
  });

  it('reads « stop » right after the digest was explained as stopping it, and alone as nothing to cancel', async () => {
    const clock = time();
    e2e = await new EndToEnd().start({}, { clock: clock.clock });
    const chat = personalConversation();
    const from = referent(3);
    await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'm’abonner au récap', { from }));
    await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'le recap c quoi ?', { from }));
    const stopped = await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'stop', { from }));
    expect(visibleText(stopped[0]!)).toContain('vous ne recevrez plus le récap');
    const alone = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'stop', { from }));
    expect(visibleText(alone[0]!)).toMatch(/^Rien n’est en cours/);
  });

  it('marks a référent who blocked the bot unreachable, skips them next week, and takes them back when they write', async () => {
    const clock = time();
    e2e = await new EndToEnd().start({ DIGEST_TRIGGER_SECRET: SECRET }, { clock: clock.clock });
    await seedAgenda(e2e.bot.app.stores.agenda, clock.clock());
    const [blockedChat, openChat] = [personalConversation(), personalConversation()];
    const [blocked, open] = [referent(2), referent(3)];
    await e2e.say(teamsMessage(e2e.serviceUrl, blockedChat, 'm’abonner au récap', { from: blocked }));
    await e2e.say(teamsMessage(e2e.serviceUrl, openChat, 'm’abonner au récap', { from: open }));
    e2e.connector.refuseConversation(blockedChat.id, { status: 403, code: 'MessageWritesBlocked' });

    const before = e2e.connector.posted.length;
    expect(await trigger(e2e.bot.url, SECRET)).toMatchObject({ body: { counts: { claimed: 2 } } });
    await e2e.connector.waitForCount(before + 1);
    await waitFor(() => Boolean(e2e.bot.app.stores.directory.contact(blocked.id)?.unreachableSince));
    const attempts = e2e.connector.attempts;

    clock.advance({ days: 7 });
    expect(await trigger(e2e.bot.url, SECRET)).toMatchObject({
      body: { counts: { claimed: 1, unreachable: 1 } },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Nothing was tried towards the blocked conversation: only the other référent's week.
    expect(e2e.connector.attempts - attempts).toBeLessThanOrEqual(1);

    e2e.connector.refuseConversation(blockedChat.id, { status: 200 });
    await e2e.say(teamsMessage(e2e.serviceUrl, blockedChat, 'bonjour', { from: blocked }));
    clock.advance({ days: 7 });
    expect(await trigger(e2e.bot.url, SECRET)).toMatchObject({ body: { counts: { claimed: 2 } } });
  });

  it('lets an admin preview a référent’s digest, send it to themselves, and read how the runs went', async () => {
    const clock = time();
    const admin = { id: '29:digest-admin', name: 'Admin Département' };
    e2e = await new EndToEnd().start(
      { DIGEST_TRIGGER_SECRET: SECRET, ADMIN_IDS: admin.id },
      { clock: clock.clock },
    );
    await seedAgenda(e2e.bot.app.stores.agenda, clock.clock());
    const [referentChat, adminChat] = [personalConversation(), personalConversation()];
    const someone = referent(4);
    await e2e.say(teamsMessage(e2e.serviceUrl, referentChat, 'abonnement', { from: someone }));
    await e2e.say(teamsMessage(e2e.serviceUrl, adminChat, 'bonjour', { from: admin }));

    // A référent cannot look at someone else's digest.
    const refused = await e2e.say({
      ...cardSubmit(e2e.serviceUrl, referentChat, { verb: 'previewDigest', referent: admin.id }),
      from: someone,
    });
    expect(visibleText(refused[0]!)).toContain('Seul un administrateur');

    const list = await e2e.say(teamsMessage(e2e.serviceUrl, adminChat, 'récaps', { from: admin }));
    expect(visibleText(list[0]!)).toContain('Référente 4');
    const preview = await e2e.say({
      ...cardSubmit(e2e.serviceUrl, adminChat, { verb: 'previewDigest', referent: someone.id }),
      from: admin,
    });
    expect(visibleText(preview[0]!)).toContain('Aperçu du récap de Référente 4');
    expect(visibleText(preview[0]!)).toContain('Formation Soudure');

    const before = e2e.connector.posted.length;
    await e2e.say({
      ...cardSubmit(e2e.serviceUrl, adminChat, { verb: 'sendDigestNow', referent: someone.id }),
      from: admin,
    });
    await e2e.connector.waitForCount(before + 2);
    expect(e2e.connector.repliesIn(adminChat.id, before).filter(isDigest)).toHaveLength(1);
    expect(e2e.connector.repliesIn(referentChat.id, before)).toEqual([]);

    await trigger(e2e.bot.url, SECRET);
    await waitFor(() => e2e.connector.repliesIn(referentChat.id, before).filter(isDigest).length === 1);
    await waitFor(() => e2e.bot.app.stores.outbox.pendingCount() === 0);
    const state = await e2e.say(teamsMessage(e2e.serviceUrl, adminChat, 'état des envois', { from: admin }));
    expect(visibleText(state[0]!)).toMatch(
      /Récap 2026-W50 – 7 décembre 2026 à 07:00 \(déclenchement HTTP\) : 1 préparé : 1 envoyé/,
    );
  });

  it('keeps how to reach a référent from the installation, before they write anything', async () => {
    e2e = await new EndToEnd().start();
    const chat = personalConversation();
    await e2e.say(botAdded(e2e.serviceUrl, chat));
    const contact = e2e.bot.app.stores.directory.contact(REFERENT.id);
    expect(contact?.reference?.conversation.id).toBe(chat.id);
    expect(e2e.bot.app.stores.subscriptions.get(REFERENT.id)?.offeredAt).toBeDefined();
  });

  it('alerts each follower of a trade once a day when AFPA publishes places in it', async () => {
    const clock = time();
    e2e = await new EndToEnd().start({}, { clock: clock.clock });
    const { agenda, placesAlerts } = e2e.bot.app.stores;
    const chats = [personalConversation(), personalConversation(), personalConversation()];
    const follows = ['soudure', 'Soudure, logistique', 'cariste'];
    for (const [i, chat] of chats.entries()) {
      const from = referent(10 + i);
      await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'm’abonner au récap', { from }));
      await e2e.say({
        ...cardSubmit(e2e.serviceUrl, chat, { verb: 'saveDigestSettings', metiers: follows[i] }),
        from,
      });
    }
    // Asked in a sentence: the trade named is followed.
    const asked = personalConversation();
    const asker = referent(20);
    const answer = await e2e.say(
      teamsMessage(e2e.serviceUrl, asked, 'préviens-moi quand il y a des places en soudure', { from: asker }),
    );
    expect(visibleText(answer[0]!)).toContain('je vous préviens quand l’AFPA publie des places en soudure');
    chats.push(asked);
    await placesAlerts.scan();
    const before = e2e.connector.posted.length;

    clock.advance({ ms: 60_000 });
    await agenda.replace('places', [place('soudure', 'Soudure', 4, clock.clock())]);
    expect((await placesAlerts.scan()).alerts).toBe(3);
    await e2e.connector.waitForCount(before + 3);
    const alerts = (i: number) =>
      e2e.connector
        .repliesIn(chats[i]!.id, before)
        .filter((a) => headline(a) === 'L’AFPA vient de publier des places');
    expect(alerts(0)).toHaveLength(1);
    expect(alerts(1)).toHaveLength(1);
    expect(alerts(2)).toHaveLength(0);
    expect(alerts(3)).toHaveLength(1);
    expect(visibleText(alerts(0)[0]!)).toContain('4 places disponibles');

    // A second import the same day adds nothing.
    clock.advance({ hours: 3 });
    await agenda.replace('places', [place('soudure', 'Soudure', 7, clock.clock())]);
    expect((await placesAlerts.scan()).alerts).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(e2e.connector.posted.length).toBe(before + 3);
  });
});

describe('the weekly digest to 200 référents, with Teams throttling and the bot killed halfway', () => {
  let connector: ConnectorStub | undefined;
  let bot: BotProcess | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await bot?.stop();
    await connector?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('gives every référent exactly one digest', { timeout: 120_000 }, async () => {
    connector = new ConnectorStub();
    const serviceUrl = await connector.start();
    dataDir = await mkdtemp(join(tmpdir(), 'cd82-digest-'));
    await seedAgenda(await AgendaStore.open(dataDir), new Date());
    const env = {
      DATA_DIR: dataDir,
      DIGEST_TRIGGER_SECRET: SECRET,
      TEAMS_RATE_PER_SECOND: '50',
      LOG_LEVEL: 'warn',
    };
    bot = await spawnBot(env);

    const chats = Array.from({ length: 200 }, () => personalConversation());
    for (let i = 0; i < chats.length; i += 20) {
      await Promise.all(
        chats.slice(i, i + 20).map(async (chat, j) => {
          const response = await fetch(`${bot!.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(
              teamsMessage(serviceUrl, chat, 'm’abonner au récap', { from: referent(100 + i + j) }),
            ),
          });
          expect(response.status).toBe(200);
        }),
      );
    }

    // 10 % of calls throttled with Retry-After, 5 % answered 503.
    connector.failRate([
      { status: 429, share: 0.1, retryAfter: '1', code: 'TooManyRequests' },
      { status: 503, share: 0.05, code: 'ServiceUnavailable' },
    ]);
    const digestsIn = (chat: { id: string }) => connector!.repliesIn(chat.id).filter(isDigest).length;
    const delivered = () => chats.filter((chat) => digestsIn(chat) > 0).length;

    expect(await trigger(bot.url, SECRET)).toMatchObject({ status: 200 });
    await waitFor(() => delivered() >= 80, 60_000);
    // Killed without warning while sends are in flight: the connector never answers them.
    connector.hold();
    await waitFor(() => connector!.holding > 0, 10_000).catch(() => undefined);
    // Answers already written before the hold are the bot's to record: on a loaded machine they
    // may still be on their way, and a kill then would resend what was delivered (at least once).
    await new Promise((resolve) => setTimeout(resolve, 300));
    await bot.kill();
    connector.release();
    const beforeRestart = delivered();
    expect(beforeRestart).toBeLessThan(200);

    bot = await spawnBot(env);
    // Re-triggered after the restart: everything was claimed already.
    expect(await trigger(bot.url, SECRET)).toMatchObject({ body: { counts: { claimed: 0, already: 200 } } });
    await waitFor(() => delivered() === 200, 90_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(chats.map(digestsIn).filter((n) => n !== 1)).toEqual([]);
  });
});

async function waitFor(done: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
