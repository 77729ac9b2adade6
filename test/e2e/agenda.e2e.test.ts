import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  REFERENT,
  agendaEvent,
  cardSubmit,
  entrySession,
  personalConversation,
  teamsMessage,
} from '../factories.js';
import { frenchDay, parisDay } from '../../data/dates.js';
import { EndToEnd, headline, visibleText } from '../support/bot-harness.js';

const AFPA_COORDINATOR = {
  id: '29:afpa-coordinator',
  name: 'Coordinatrice AFPA',
  aadObjectId: '11111111-0000-0000-0000-000000000001',
};

/** Three events, in Windows-1252 as Excel saves a CSV, listed out of order. */
const EVENTS_CSV = Buffer.from(
  [
    'type;titre;debut;fin;lieu;metier;description;places',
    'jpo;Portes ouvertes de printemps;2027-03-29 09:00;2027-03-29 12:00;AFPA Montauban;;Découverte des métiers;',
    "info_collective;Réunion d'information;2027-01-12 14:00;2027-01-12 16:00;Castelsarrasin;Logistique;;12",
    "jpo;Portes ouvertes d'hiver;2027-01-20 09:30;2027-01-20 12:00;AFPA Montauban;;;",
  ].join('\r\n'),
  'latin1',
);

function fileMessage(e2e: EndToEnd, from: typeof REFERENT, name: string, bytes: Uint8Array) {
  const downloadUrl = e2e.connector.serveFile(name, bytes);
  return teamsMessage(e2e.serviceUrl, personalConversation(`a:${from.id}`), '', {
    from,
    text: undefined,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        name,
        content: { downloadUrl, uniqueId: 'file-1', fileType: 'csv' },
      },
    ],
  });
}

function invoke(e2e: EndToEnd, from: typeof REFERENT, verb: string, data: Record<string, unknown>) {
  return {
    ...teamsMessage(e2e.serviceUrl, personalConversation(`a:${from.id}`), ''),
    from,
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb, data } },
  };
}

function findExecuteData(card: unknown, verb: string): Record<string, unknown> | undefined {
  const actions =
    (card as { actions?: Array<{ type: string; verb?: string; data?: Record<string, unknown> }> }).actions ??
    [];
  return actions.find((a) => a.type === 'Action.Execute' && a.verb === verb)?.data;
}

describe('AFPA publishes its agenda, référents find it', () => {
  let e2e: EndToEnd;
  beforeEach(async () => {
    e2e = await new EndToEnd().start({ AFPA_STAFF_IDS: `${AFPA_COORDINATOR.aadObjectId}, 29:someone-else` });
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('imports a file sent in the chat after a preview, then a référent gets the next JPO in order', async () => {
    const [preview] = await e2e.say(fileMessage(e2e, AFPA_COORDINATOR, 'evenements.csv', EVENTS_CSV));
    expect(headline(preview!)).toMatch(/^Aperçu/);
    expect(visibleText(preview!)).toContain("Réunion d'information");
    const data = findExecuteData(preview!.attachments![0]!.content, 'confirmImport');
    expect(data).toBeDefined();

    // Nothing is published before "Importer".
    const [before] = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'prochaines JPO'));
    expect(visibleText(before!)).not.toContain('Portes ouvertes');

    const confirmed = await e2e.bot.post(invoke(e2e, AFPA_COORDINATOR, 'confirmImport', data!));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toContain('Import terminé');

    const [list] = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'prochaines JPO'));
    const text = visibleText(list!);
    expect(text.indexOf("Portes ouvertes d'hiver")).toBeGreaterThan(-1);
    expect(text.indexOf("Portes ouvertes d'hiver")).toBeLessThan(
      text.indexOf('Portes ouvertes de printemps'),
    );
    expect(text).not.toContain("Réunion d'information");
    expect(text).toContain('Découverte des métiers');
    expect(text).toContain('Ajouter à mon agenda');
  });

  it('refuses an import from a référent, politely, and changes nothing', async () => {
    const replies = await e2e.say(fileMessage(e2e, REFERENT, 'evenements.csv', EVENTS_CSV));
    expect(replies[0]!.text).toMatch(/Seule l’équipe AFPA/);
    const [list] = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'prochaines JPO'));
    expect(visibleText(list!)).not.toContain('Portes ouvertes');
  });

  it('refuses a referent pressing a confirm button of someone else’s preview', async () => {
    const [preview] = await e2e.say(fileMessage(e2e, AFPA_COORDINATOR, 'evenements.csv', EVENTS_CSV));
    const data = findExecuteData(preview!.attachments![0]!.content, 'confirmImport')!;
    const response = await e2e.bot.post(invoke(e2e, REFERENT, 'confirmImport', data));
    expect(response.body).toContain('Seule l’équipe AFPA');
  });

  it('« Annuler » cancels that very import: its « Importer » button then changes nothing', async () => {
    const [preview] = await e2e.say(fileMessage(e2e, AFPA_COORDINATOR, 'evenements.csv', EVENTS_CSV));
    const card = preview!.attachments![0]!.content;
    const cancelled = await e2e.bot.post(
      invoke(e2e, AFPA_COORDINATOR, 'cancelImport', findExecuteData(card, 'cancelImport')!),
    );
    expect(cancelled.body).toContain('Import annulé');
    const late = await e2e.bot.post(
      invoke(e2e, AFPA_COORDINATOR, 'confirmImport', findExecuteData(card, 'confirmImport')!),
    );
    expect(late.body).toContain('déjà traité ou expiré');
    expect(await e2e.bot.app.stores.agenda.list('events')).toEqual([]);
  });

  it('shows a fresh preview instead of importing when the agenda changed since the preview', async () => {
    const [preview] = await e2e.say(fileMessage(e2e, AFPA_COORDINATOR, 'evenements.csv', EVENTS_CSV));
    // A colleague publishes an event from the form meanwhile: the file would erase it.
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({ id: 'colleague', title: 'Visite du collègue' }),
    );
    const stale = await e2e.bot.post(
      invoke(
        e2e,
        AFPA_COORDINATOR,
        'confirmImport',
        findExecuteData(preview!.attachments![0]!.content, 'confirmImport')!,
      ),
    );
    expect(stale.body).toContain('Aperçu de l’import');
    expect(stale.body).toContain('L’agenda a changé depuis cet aperçu');
    expect((await e2e.bot.app.stores.agenda.list('events')).map((e) => e.id)).toEqual(['colleague']);

    // The fresh preview, once confirmed, applies.
    const fresh = JSON.parse(stale.body) as { value: unknown };
    const confirmed = await e2e.bot.post(
      invoke(e2e, AFPA_COORDINATOR, 'confirmImport', findExecuteData(fresh.value, 'confirmImport')!),
    );
    expect(confirmed.body).toContain('Import terminé');
    expect(await e2e.bot.app.stores.agenda.list('events')).toHaveLength(3);
  });

  it('lets only the person who sent the file, or an admin, confirm its import', async () => {
    await e2e.restartBot({
      AFPA_STAFF_IDS: `${AFPA_COORDINATOR.aadObjectId}, 29:someone-else`,
      ADMIN_IDS: '29:admin',
    });
    const [preview] = await e2e.say(fileMessage(e2e, AFPA_COORDINATOR, 'evenements.csv', EVENTS_CSV));
    const data = findExecuteData(preview!.attachments![0]!.content, 'confirmImport')!;
    const colleague = { id: '29:someone-else', name: 'Autre collègue AFPA' };
    const refused = await e2e.bot.post(invoke(e2e, colleague as typeof REFERENT, 'confirmImport', data));
    expect(refused.body).toContain('Seule la personne qui a envoyé ce fichier');
    expect(await e2e.bot.app.stores.agenda.list('events')).toEqual([]);

    const admin = { id: '29:admin', name: 'Administratrice' };
    const accepted = await e2e.bot.post(invoke(e2e, admin as typeof REFERENT, 'confirmImport', data));
    expect(accepted.body).toContain('Import terminé');
  });

  it('names every bad line of a refused file and imports nothing', async () => {
    const bad = Buffer.from(
      [
        'type;titre;debut;fin;lieu;metier;description;places',
        'jpo;;2027-02-30 09:00;2027-02-30 12:00;Montauban;;;',
        'fete;Bal;2027-03-01 09:00;2027-03-01 08:00;Montauban;;;-3',
      ].join('\n'),
      'utf8',
    );
    const [report] = await e2e.say(fileMessage(e2e, AFPA_COORDINATOR, 'faux.csv', bad));
    const text = visibleText(report!);
    expect(text).toMatch(/rien n’a été importé/);
    expect(text).toMatch(/Ligne 2/);
    expect(text).toMatch(/Ligne 3/);
  });

  it('serves the agenda as iCalendar with the right local times', async () => {
    const [preview] = await e2e.say(fileMessage(e2e, AFPA_COORDINATOR, 'evenements.csv', EVENTS_CSV));
    await e2e.bot.post(
      invoke(
        e2e,
        AFPA_COORDINATOR,
        'confirmImport',
        findExecuteData(preview!.attachments![0]!.content, 'confirmImport')!,
      ),
    );

    const response = await fetch(`${e2e.bot.url}/agenda.ics`);
    expect(response.headers.get('content-type')).toMatch(/text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const spring = events.find((e) => e.summary.includes('printemps'))!;
    expect(spring.startDate.toString()).toBe('2027-03-29T09:00:00');
    expect(spring.startDate.toJSDate().toISOString()).toBe('2027-03-29T07:00:00.000Z');
    const winter = events.find((e) => e.summary.includes('hiver'))!;
    expect(winter.startDate.toJSDate().toISOString()).toBe('2027-01-20T08:30:00.000Z');

    const [list] = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'prochaines JPO'));
    const link = JSON.stringify(list!.attachments![0]!.content).match(
      /"url":"([^"]+\/agenda\/events\/[^"]+\.ics)"/,
    )![1]!;
    const single = await fetch(link.replace(/^http:\/\/localhost:\d+/, e2e.bot.url));
    expect(single.status).toBe(200);
    expect(await single.text()).toContain('BEGIN:VEVENT');
    expect((await fetch(`${e2e.bot.url}/agenda/events/unknown.ics`)).status).toBe(404);
  });

  it('serves the feed again only when the agenda changed: 304 for the version a client holds', async () => {
    await e2e.bot.app.stores.agenda.replace('events', [agendaEvent({ id: 'a', title: 'Première' })]);
    const first = await fetch(`${e2e.bot.url}/agenda.ics`);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Première');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^".+"$/);
    // Compressed for clients that take it (fetch does), plain for the others.
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${e2e.bot.url}/agenda.ics`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('Première');

    expect((await fetch(`${e2e.bot.url}/agenda.ics`, { headers: { 'if-none-match': etag } })).status).toBe(
      304,
    );
    expect(
      (await fetch(`${e2e.bot.url}/agenda.ics`, { headers: { 'if-modified-since': lastModified } })).status,
    ).toBe(304);

    await e2e.bot.app.stores.agenda.upsert('events', agendaEvent({ id: 'b', title: 'Deuxième' }));
    const changed = await fetch(`${e2e.bot.url}/agenda.ics`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('Deuxième');
  });

  it('serves the agenda and its feed when one item of the file is broken, and logs that item once', async () => {
    await e2e.bot.app.stores.agenda.replace('events', [
      agendaEvent({ id: 'good', title: 'Portes ouvertes valides' }),
      agendaEvent({ id: 'broken', title: 'Cassé' }),
    ]);
    // Someone edits the file by hand and leaves an event without a valid end.
    const file = join(e2e.dataDir, 'agenda.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { events: Array<Record<string, unknown>> };
    data.events[1]!['end'] = '2027-13-45 midi';
    await writeFile(file, JSON.stringify(data));

    const feed = await fetch(`${e2e.bot.url}/agenda.ics`);
    expect(feed.status).toBe(200);
    const text = await feed.text();
    expect(text).toContain('Portes ouvertes valides');
    expect(text).not.toContain('Cassé');
    const [list] = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'prochaines JPO'));
    expect(visibleText(list!)).toContain('Portes ouvertes valides');
    await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'prochaines JPO'));
    const reports = e2e.bot.logs.filter((line) => line.includes('agenda_item_invalid'));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('"kind":"events"');
    expect(reports[0]).toContain('"id":"broken"');
  });

  it('lets AFPA add an event from a form, with the error next to the wrong field', async () => {
    const [form] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(`a:${AFPA_COORDINATOR.id}`), 'nouvel événement', {
        from: AFPA_COORDINATOR,
      }),
    );
    expect(headline(form!)).toBe('Nouvel événement');
    const fields = {
      type: 'visite_plateau',
      titre: 'Visite du plateau maçonnerie',
      debut_date: '2027-02-30',
      debut_heure: '10:00',
      fin_date: '2027-02-30',
      fin_heure: '12:00',
      lieu: 'Montauban',
    };
    const wrong = await e2e.bot.post(
      invoke(e2e, AFPA_COORDINATOR, 'saveAgendaItem', { kind: 'events', ...fields }),
    );
    expect(wrong.body).toContain('2027-02-30');
    expect(wrong.body).toContain('Visite du plateau maçonnerie');
    const right = await e2e.bot.post(
      invoke(e2e, AFPA_COORDINATOR, 'saveAgendaItem', {
        kind: 'events',
        ...fields,
        debut_date: '2027-02-10',
        fin_date: '2027-02-10',
      }),
    );
    expect(right.body).toContain('Publié');
    const [list] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'visites de plateaux techniques'),
    );
    expect(visibleText(list!)).toContain('Visite du plateau maçonnerie');
  });

  it('refuses the form to a référent', async () => {
    const replies = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'nouvel événement'));
    expect(visibleText(replies[0]!)).toMatch(/Seule l’équipe AFPA/);
  });

  it('says an entry asked is full, and offers the next ones with room', async () => {
    const volet2 = (id: string, start: string, end: string, seats: number) =>
      entrySession({ id, volet: 'Volet 2', start, end, seats });
    for (const session of [
      volet2('v2-jan', '2027-01-25', '2027-02-05', 0),
      volet2('v2-feb', '2027-02-15', '2027-02-26', 6),
      volet2('v2-mar', '2027-03-08', '2027-03-19', 0),
    ])
      await e2e.bot.app.stores.agenda.upsert('sessions', session);
    const [card] = await e2e.say(
      teamsMessage(
        e2e.serviceUrl,
        personalConversation(),
        'prepa volet 2 du 25 janvier, il reste encore de la place ?',
      ),
    );
    const text = visibleText(card!);
    expect(text).toContain('L’entrée du 25 janvier 2027 est complète.');
    expect(text).toContain('L’entrée suivante avec des places');
    expect(text).toMatch(/15 février/);
    expect(text).not.toMatch(/8 mars/);
    expect(text).not.toMatch(/Aucune entrée programmée/);
  });

  it('says which of two days asked is full, even when it comes after the one with room', async () => {
    const volet1 = (id: string, start: string, end: string, seats: number) =>
      entrySession({ id, volet: 'Volet 1', start, end, seats });
    for (const session of [
      volet1('v1-18', '2027-01-18', '2027-01-29', 6),
      volet1('v1-25', '2027-01-25', '2027-02-05', 0),
    ])
      await e2e.bot.app.stores.agenda.upsert('sessions', session);
    const [card] = await e2e.say(
      teamsMessage(
        e2e.serviceUrl,
        personalConversation(),
        'lundi 18 et lundi 25 des entrees prepa ? laquelle a encore de la place',
      ),
    );
    const text = visibleText(card!);
    expect(text).toContain('L’entrée du 25 janvier 2027 est complète.');
    expect(text).toMatch(/18 janvier/);
  });

  it('names the full entries beside those with room when « il reste de la place ? » asks about all of them', async () => {
    const volet2 = (id: string, start: string, end: string, seats: number) =>
      entrySession({ id, volet: 'Volet 2', start, end, seats });
    for (const session of [
      volet2('v2-jan', '2027-01-25', '2027-02-05', 0),
      volet2('v2-feb', '2027-02-15', '2027-02-26', 6),
      volet2('v2-apr', '2027-04-12', '2027-04-23', 0),
    ])
      await e2e.bot.app.stores.agenda.upsert('sessions', session);
    const [card] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'entrées prepa volet 2 il reste de la place ?'),
    );
    const text = visibleText(card!);
    expect(text).toContain('L’entrée du 25 janvier 2027 est complète.');
    expect(text).toMatch(/15 février/);
    // The full one after the last with room is not news to whoever asks for room.
    expect(text).not.toMatch(/12 avril/);
    // « avec des places » filters: the full ones are left out, not said.
    const [filtered] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'sessions prepa volet 2 avec des places'),
    );
    expect(visibleText(filtered!)).not.toMatch(/complète|25 janvier/);
  });

  it('gives the open days of every trade when none is for the trade named', async () => {
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({ id: 'jpo-feb', start: '2027-02-03T09:00' }),
    );
    const [card] = await e2e.say(
      teamsMessage(
        e2e.serviceUrl,
        personalConversation(),
        "y a des jpo bientot? j'ai 3 bRSA interesses par les metiers du batiment",
      ),
    );
    const text = visibleText(card!);
    expect(text).toMatch(
      /Rien de prévu pour le métier « batiment » pour l’instant\. Les prochaines dates, tous métiers :/,
    );
    expect(text).toMatch(/3 février/);
  });

  it('« y a de la prépa près de chez elle ? » where she lives: its entries and its events there, or its entries elsewhere', async () => {
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({
        id: 'ic-lauzerte',
        type: 'info_collective',
        title: 'Information collective Prépa Compétences',
        start: '2027-03-04T09:30',
        end: '2027-03-04T11:30',
        place: 'Lauzerte – salle du conseil',
      }),
    );
    await e2e.bot.app.stores.agenda.upsert(
      'sessions',
      entrySession({ id: 'prepa-mtb', start: '2027-03-08', end: '2027-03-19' }),
    );
    const ask = async (text: string) =>
      visibleText((await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), text)))[0]!);
    const near = await ask('elle habite lauzerte, y a de la prepa pres de chez elle ?');
    expect(near).toContain('Information collective Prépa Compétences');
    expect(near).not.toContain('Ailleurs dans le département');
    const elsewhere = await ask('prepa a caussade ?');
    expect(elsewhere).toMatch(/Rien à Caussade pour l’instant\. Ailleurs dans le département :/);
    expect(elsewhere).toContain('Prépa Compétences – Volet 1');
  });

  it('« rien en présentiel à Montauban en février ? » with none there then: elsewhere is not Montauban, and from February on', async () => {
    await e2e.bot.app.stores.agenda.upsert(
      'sessions',
      entrySession({ id: 'prepa-mtb-jan', start: '2027-01-18', end: '2027-01-29', place: 'AFPA Montauban' }),
    );
    await e2e.bot.app.stores.agenda.upsert(
      'sessions',
      entrySession({
        id: 'prepa-castel-fev',
        start: '2027-02-15',
        end: '2027-02-26',
        place: 'Castelsarrasin',
      }),
    );
    const [card] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'prepa en presentiel a montauban en fevrier ?'),
    );
    const text = visibleText(card!);
    expect(text).toMatch(/Rien à Montauban à ces dates pour l’instant\. Ailleurs dans le département :/);
    expect(text).toContain('Castelsarrasin');
    expect(text).not.toContain('18 janvier');
  });

  it('gives the sector’s places, said as such, when none is published under the trade asked', async () => {
    await e2e.bot.app.stores.agenda.upsert('places', {
      id: 'resto-caussade',
      training: 'Agent de restauration',
      trade: 'restauration',
      start: '2027-03-15',
      end: '2027-06-30',
      place: 'Caussade',
      available: 4,
      updatedAt: '2027-01-08',
    });
    const [card] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'il reste des places en formation cuisinier ?'),
    );
    const text = visibleText(card!);
    expect(text).toMatch(
      /Aucune place publiée pour « cuisinier » pour l’instant\. Dans le secteur « restauration » :/,
    );
    expect(text).toContain('Agent de restauration');
    // The trade's places elsewhere come before the sector's.
    await e2e.bot.app.stores.agenda.upsert('places', {
      id: 'cuisine-montauban',
      training: 'Cuisinier',
      trade: 'cuisine',
      start: '2027-03-01',
      end: '2027-06-30',
      place: 'AFPA Montauban',
      available: 2,
      updatedAt: '2027-01-08',
    });
    const [there] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'des places en cuisine a negrepelisse ?'),
    );
    expect(visibleText(there!)).toMatch(
      /Rien à Nègrepelisse pour l’instant\. Ailleurs dans le département :/,
    );
    expect(visibleText(there!)).toContain('Cuisinier');
  });

  it('gives a trade’s meeting elsewhere before other trades’ in the town asked', async () => {
    for (const event of [
      agendaEvent({
        id: 'bat-caussade',
        type: 'reunion_metier',
        trade: 'bâtiment',
        start: '2027-02-23T14:00',
        place: 'Caussade – salle des fêtes',
      }),
      agendaEvent({ id: 'log-mtb', type: 'reunion_metier', trade: 'logistique', start: '2027-01-26T09:00' }),
    ])
      await e2e.bot.app.stores.agenda.upsert('events', event);
    const chat = personalConversation();
    await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'reunion metier batiment caussade c quand'));
    const [card] = await e2e.say(teamsMessage(e2e.serviceUrl, chat, 'et logistique ?'));
    const text = visibleText(card!);
    expect(text).toContain(
      'Rien à Caussade pour le métier « logistique » pour l’instant. Ailleurs dans le département :',
    );
    expect(text).toMatch(/26 janvier/);
    expect(text).not.toMatch(/23 février/);
  });

  it('offers the next entries with room elsewhere when none is left in the town asked', async () => {
    const volet2 = (id: string, start: string, place: string, seats: number) =>
      entrySession({ id, volet: 'Volet 2', start, place, seats });
    for (const session of [
      volet2('mtb-jan', '2027-01-25', 'AFPA Montauban', 0),
      volet2('castel-feb', '2027-02-15', 'Castelsarrasin – Maison de l’emploi', 5),
    ])
      await e2e.bot.app.stores.agenda.upsert('sessions', session);
    const chat = personalConversation();
    const [card] = await e2e.say(
      teamsMessage(
        e2e.serviceUrl,
        chat,
        'la session prepa volet 2 du 25 janvier a montauban il reste de la place ?',
      ),
    );
    const text = visibleText(card!);
    expect(text).toContain('L’entrée du 25 janvier 2027 est complète.');
    expect(text).toContain('ailleurs dans le département');
    expect(text).toMatch(/Castelsarrasin/);
    // « et la suivante ? »: none after it in Montauban, so the next one elsewhere.
    const [next] = await e2e.say(
      teamsMessage(e2e.serviceUrl, chat, 'ah mince, et la suivante c est quand ?'),
    );
    expect(visibleText(next!)).toMatch(/Rien à .*Ailleurs dans le département[\s\S]*Castelsarrasin/);
  });

  it('answers « ya quoi à Moissac en mars ? » with the events and the entries there, and only a list that has something', async () => {
    const session = (id: string, place: string, start: string) => entrySession({ id, place, start });
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({
        id: 'jpo-moissac',
        place: 'Moissac',
        start: '2027-03-10T09:00',
        end: '2027-03-10T12:00',
      }),
    );
    await e2e.bot.app.stores.agenda.upsert('sessions', session('s-moissac', 'Moissac', '2027-03-08'));
    await e2e.bot.app.stores.agenda.upsert('sessions', session('s-castel', 'Castelsarrasin', '2027-03-15'));
    await e2e.bot.app.stores.agenda.upsert(
      'sessions',
      session('s-montauban', 'AFPA Montauban', '2027-03-22'),
    );

    const moissac = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'ya quoi sur moissac en mars'),
    );
    expect(moissac).toHaveLength(2);
    expect(visibleText(moissac[0]!)).toContain('Portes ouvertes jpo-moissac');
    expect(visibleText(moissac[1]!)).toMatch(/8 mars/);
    expect(moissac.map(visibleText).join(' ')).not.toMatch(/15 mars|22 mars/);

    const castel = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'il se passe quoi a castelsarrasin en mars ?'),
    );
    expect(castel).toHaveLength(1);
    expect(visibleText(castel[0]!)).toMatch(/15 mars/);
    expect(visibleText(castel[0]!)).not.toMatch(/Rien de prévu/);
  });

  it('answers « caussade ? » with the trainings held there too, beside its events', async () => {
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({
        id: 'reunion-caussade',
        place: 'Caussade',
        start: '2027-02-23T14:00',
        end: '2027-02-23T16:00',
      }),
    );
    await e2e.bot.app.stores.agenda.upsert('places', {
      id: 'resto-caussade',
      training: 'Agent de restauration',
      trade: 'restauration',
      start: '2027-03-15',
      end: '2027-06-30',
      place: 'Caussade',
      available: 4,
      updatedAt: '2027-01-08',
    });
    const caussade = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'caussade ?'));
    const text = caussade.map(visibleText).join('\n');
    expect(text).toContain('reunion-caussade');
    expect(text).toContain('Agent de restauration');
  });

  it('shows the next dates rather than an empty list, saying there is nothing in the period or the town asked', async () => {
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({ id: 'jpo-avril', place: 'Caussade', start: '2027-04-07T09:00', end: '2027-04-07T12:00' }),
    );
    const chat = personalConversation();
    const say = async (text: string) =>
      (await e2e.say(teamsMessage(e2e.serviceUrl, chat, text))).map((r) => visibleText(r)).join('\n');

    const february = await say('des jpo en fevrier ?');
    expect(february).toContain('Rien de prévu à cette période pour l’instant. La prochaine date :');
    expect(february).toMatch(/7 avril/);
    // Only the next one, the others a click away.
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({ id: 'jpo-mai', place: 'Caussade', start: '2027-05-12T09:00', end: '2027-05-12T12:00' }),
    );
    const later = await say('et des jpo en fevrier alors ?');
    expect(later).toMatch(/7 avril/);
    expect(later).not.toMatch(/12 mai/);
    expect(later).toMatch(/Voir la suite \(\d+\)/);

    const moissac = await say('des jpo a moissac ?');
    expect(moissac).toContain('Rien à Moissac pour l’instant. Ailleurs dans le département :');
    expect(moissac).toMatch(/Caussade/);

    // Nothing that day in that town: the next dates kept are the town's, and the lead says so.
    const caussade = await say('une jpo a caussade le 3 mars ?');
    expect(caussade).toContain('Rien à Caussade ce jour-là pour l’instant. La prochaine date à Caussade :');
    expect(caussade).toMatch(/7 avril/);
  });

  it('with nothing in the period asked, shows the next date and, when it is full, the next one with room', async () => {
    for (const [id, day, seats] of [
      ['visite-pleine', '2028-02-10', 0],
      ['visite-ouverte', '2028-03-10', 4],
      ['visite-apres', '2028-04-10', 6],
    ] as const)
      await e2e.bot.app.stores.agenda.upsert(
        'events',
        agendaEvent({ id, type: 'visite_plateau', seats, start: `${day}T10:00`, end: `${day}T12:00` }),
      );
    const replies = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'une visite de plateau en janvier 2028 ?'),
    );
    const text = replies.map(visibleText).join('\n');
    expect(text).toContain('Rien de prévu à cette période pour l’instant. Les prochaines dates :');
    expect(text).toMatch(/10 février 2028[\s\S]*Complet[\s\S]*10 mars 2028/);
    expect(text).not.toMatch(/10 avril 2028/);
  });

  it('with nothing in the town that day, names that day elsewhere; with nothing for the trade that day, its next dates', async () => {
    // Days a few weeks ahead, whatever the day the test runs: written as a référent would (« le 12 mars »).
    const dayIn = (days: number) => parisDay(new Date(Date.now() + days * 24 * 60 * 60 * 1000));
    const [open, welding, electricity] = [dayIn(40), dayIn(20), dayIn(45)];
    const spoken = (day: string) => frenchDay(day).replace(/ \d{4}$/, '');
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({ id: 'jpo-centre', start: `${open}T09:00`, end: `${open}T17:00` }),
    );
    for (const [id, day, trade] of [
      ['visite-soudure', welding, 'soudure'],
      ['visite-elec', electricity, 'électricité'],
    ] as const)
      await e2e.bot.app.stores.agenda.upsert(
        'events',
        agendaEvent({ id, type: 'visite_plateau', trade, start: `${day}T10:00`, end: `${day}T12:00` }),
      );
    const chat = personalConversation();
    const say = async (text: string) =>
      (await e2e.say(teamsMessage(e2e.serviceUrl, chat, text))).map((r) => visibleText(r)).join('\n');

    const rumour = await say(`ma collegue dit que la jpo c le ${spoken(open)} a moissac, exact ?`);
    // Nothing ever at Moissac: that day's, elsewhere.
    expect(rumour).toContain('Rien à Moissac pour l’instant. Ce jour-là, ailleurs dans le département :');
    expect(rumour).toContain('Montauban');
    // One later at Moissac: the town's next dates, and that day's named in the lead.
    const later = dayIn(60);
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({ id: 'jpo-moissac', place: 'Moissac', start: `${later}T09:00`, end: `${later}T12:00` }),
    );
    const again = await say(`ma collegue dit que la jpo c le ${spoken(open)} a moissac, exact ?`);
    // The day's event elsewhere with its day and hours: the rumour's day may be right and its town wrong.
    expect(again).toMatch(
      new RegExp(
        `Rien à Moissac ce jour-là pour l’instant ; ce jour-là, ailleurs : Portes ouvertes jpo-centre, \\p{L}+ ${frenchDay(open)}, 9 h – 17 h \\(AFPA Montauban\\)\\. La prochaine date à Moissac :`,
        'u',
      ),
    );
    expect(again).toContain(frenchDay(later).replace(/ \d{4}$/, ''));

    // « et celle de soudure ? » after the électricité one: the soudure one, whenever it is.
    await say(`visite elec c le ${spoken(electricity)} ?`);
    const theWeldingOne = await say('et celle de soudure ?');
    expect(theWeldingOne).toContain(frenchDay(welding).replace(/ \d{4}$/, ''));
    expect(theWeldingOne).not.toContain('Rien pour');
    // A trade and a day with nothing: that trade's next dates, the day said.
    const weldingThatDay = await say(`visite soudure le ${spoken(electricity)} ?`);
    expect(weldingThatDay).toContain(
      `Rien pour le métier « soudure » le ${frenchDay(electricity)}. Ses prochaines dates :`,
    );
    expect(weldingThatDay).toContain(frenchDay(welding).replace(/ \d{4}$/, ''));
    // A trade, a town and a day with nothing: that trade's next dates wherever they are, before other trades.
    const weldingInTown = await say(`la visite soudure c a moissac le ${spoken(electricity)} c ca ?`);
    expect(weldingInTown).toContain(
      `Rien à Moissac le ${frenchDay(electricity)} pour le métier « soudure ». Prochaines dates pour ce métier, dans tout le département :`,
    );
    expect(weldingInTown).toContain(frenchDay(welding).replace(/ \d{4}$/, ''));
  });

  it('at a distance, lists the entries entirely at a distance, and the mixed ones only when there are none', async () => {
    const dayIn = (days: number) => parisDay(new Date(Date.now() + days * 24 * 60 * 60 * 1000));
    const [mixed, remote] = [dayIn(10), dayIn(30)];
    await e2e.bot.app.stores.agenda.upsert(
      'sessions',
      entrySession({ id: 'mixte', start: mixed, modality: 'mixte' }),
    );
    const chat = personalConversation();
    const say = async (text: string) =>
      (await e2e.say(teamsMessage(e2e.serviceUrl, chat, text))).map((r) => visibleText(r)).join('\n');

    // Only a mixed one: it is partly at a distance, and shown.
    expect(await say('prepa comp a distance prochaine entree ?')).toContain(frenchDay(mixed));

    await e2e.bot.app.stores.agenda.upsert(
      'sessions',
      entrySession({ id: 'distance', start: remote, modality: 'distanciel', place: 'À distance' }),
    );
    const entirely = await say('prepa comp a distance prochaine entree ?');
    expect(entirely).toContain(frenchDay(remote));
    expect(entirely).not.toContain(frenchDay(mixed));
  });

  it('says a day of the month just gone is past, rather than looking a year ahead', async () => {
    // Ten days ago is always before this week: « le 20 novembre » then reads as next year's.
    const gone = frenchDay(parisDay(new Date(Date.now() - 10 * 24 * 60 * 60 * 1000)));
    const day = gone.replace(/ \d{4}$/, '');
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({ id: 'jpo-a-venir', start: '2099-03-03T09:00', end: '2099-03-03T12:00' }),
    );
    const replies = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), `la jpo du ${day} on peut encore y envoyer qqn ?`),
    );
    expect(replies.map((r) => visibleText(r)).join('\n')).toContain(`Le ${gone} est passé.`);
  });

  it('keeps « hors de Montauban » for the entries listed beside the events', async () => {
    const session = (id: string, place: string, start: string) => entrySession({ id, place, start });
    await e2e.bot.app.stores.agenda.upsert(
      'events',
      agendaEvent({
        id: 'jpo-moissac',
        place: 'Moissac',
        start: '2027-03-10T09:00',
        end: '2027-03-10T12:00',
      }),
    );
    await e2e.bot.app.stores.agenda.upsert('sessions', session('s-moissac', 'Moissac', '2027-03-08'));
    await e2e.bot.app.stores.agenda.upsert(
      'sessions',
      session('s-montauban', 'AFPA Montauban', '2027-03-22'),
    );
    const replies = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'ya quoi hors de montauban en mars ?'),
    );
    const text = replies.map((r) => visibleText(r)).join('\n');
    expect(text).toMatch(/8 mars/);
    expect(text).not.toMatch(/22 mars/);
  });

  it('shows the entry sessions of a programme from its card', async () => {
    const [card] = await e2e.say(
      cardSubmit(e2e.serviceUrl, personalConversation(), {
        verb: 'showAgenda',
        query: { kind: 'sessions', dispositif: 'prepa-competences' },
        offset: 0,
      }),
    );
    expect(headline(card!)).toMatch(/Prépa Compétences/);
    expect(visibleText(card!)).toMatch(/Aucune entrée programmée/);
  });
});
