import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgendaQuery, runAgendaQuery } from '../../data/agenda/agenda-query.js';
import { DISPOSITIF_IDS } from '../../data/catalogue/schema.js';
import { REFERENT } from '../factories.js';
import { PREPA_BASE } from '../data/prescriptions/form-cases.js';
import { startBot, type RunningBot } from '../support/bot-harness.js';
import { EVENTS, NOW, PLACES, SESSIONS } from '../support/public-agenda-fixture.js';

const APP_ID = '00000000-1111-2222-3333-444444444444';

/** A person whose every value is distinctive: none may appear in anything the public API serves. */
const PERSON = {
  nom: 'Delacroix-Sébire',
  prenom: 'Aurélie',
  naissance: '1986-07-14',
  telephone: '0698765432',
  email: 'aurelie.ds@exemple.fr',
  commune: 'Lafrançaise',
  commentaire: 'Joignable après 17 h, interphone 4521',
};
const STAFF_ID = '29:afpa-staff-who-staged-an-import';
const STRAY = 'valeur-parasite-hors-schema';

type Json = Record<string, unknown>;
type AgendaAnswer = {
  today: string;
  feed: string;
  events: Json[];
  sessions: Json[];
  choices: { towns: string[]; trades: string[] };
};

let bot: RunningBot;
let dataDir: string;

async function get(path: string): Promise<{ status: number; body: Json; headers: Headers }> {
  const response = await fetch(`${bot.url}${path}`);
  return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
}

async function agenda(query = ''): Promise<AgendaAnswer> {
  const { status, body } = await get(`/api/public/agenda${query ? `?${query}` : ''}`);
  expect(status).toBe(200);
  return body as unknown as AgendaAnswer;
}

const ids = (items: Json[]) => items.map((item) => item['id']);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cd82-public-api-'));
  bot = await startBot(
    dataDir,
    {
      MicrosoftAppId: APP_ID,
      // The app id gives the deep links; a managed identity needs no password in the test's configuration.
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'tenant-1',
      CAMPAIGN_ENTRY_DEADLINE: '2027-12-31',
      CAMPAIGN_COMPLETION_DEADLINE: '2028-04-30',
    },
    { clock: () => NOW },
  );
  const { agenda: store, habilitations, prescriptions } = bot.app.stores;
  await store.replace('events', EVENTS);
  await store.replace('sessions', SESSIONS);
  await store.replace('places', PLACES);
  // Things a store holds that are nobody's business: a person prescribed, who staged an import.
  await habilitations.grant(REFERENT, 'Coordinatrice AFPA', NOW);
  const result = await prescriptions.submit('form-public-api-0001', { ...PREPA_BASE, ...PERSON }, REFERENT);
  expect(result.outcome).toBe('created');
  await store.stageImport('events', EVENTS.slice(0, 1), STAFF_ID);
});

afterAll(async () => {
  await bot.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('GET /api/public/agenda: the agenda, filtered by the chat’s own queries', () => {
  it('lists what is still to come, events and entry sessions, in date order', async () => {
    const answer = await agenda();
    expect(answer.today).toBe('2027-01-04');
    expect(ids(answer.events)).toEqual(['e-info', 'e-jpo', 'e-reunion', 'e-visite']);
    expect(ids(answer.sessions)).toEqual(['s-prepa-1', 's-pec', 's-prepa-2', 's-promo']);
    expect(answer.feed).toMatch(/\/agenda\.ics$/);
    expect(answer.events[0]).toMatchObject({
      typeLabel: 'Information collective',
      when: 'mardi 12 janvier 2027, 14 h – 16 h',
      seatsLabel: '12 places',
    });
    expect(answer.events[0]!['calendar']).toMatch(/\/agenda\/events\/e-info\.ics$/);
    expect(answer.sessions[0]).toMatchObject({ dispositifName: 'Prépa Compétences', seatsLabel: '8 places' });
  });

  it('offers the towns and trades of what is coming as filter choices', async () => {
    const { choices } = await agenda('town=Moissac');
    expect(choices.towns).toEqual(['Castelsarrasin', 'Moissac', 'Montauban']);
    expect(choices.trades).toEqual(['Logistique', 'Maçon', 'Maçonnerie', 'Soudure']);
  });

  it.each([
    ['kind=events', ['e-info', 'e-jpo', 'e-reunion', 'e-visite'], []],
    ['kind=sessions', [], ['s-prepa-1', 's-pec', 's-prepa-2', 's-promo']],
    ['type=jpo', ['e-jpo'], []],
    ['type=jpo,visite_plateau', ['e-jpo', 'e-visite'], []],
    ['dispositif=prepa-competences', ['e-info'], ['s-prepa-1', 's-prepa-2']],
    ['dispositif=promo-16-18', [], ['s-promo']],
    ['town=Moissac', ['e-info'], []],
    ['town=castelsarrasin', ['e-visite'], ['s-prepa-2']],
    ['trade=soudure', ['e-visite'], []],
    ['trade=Logistique', ['e-info'], []],
    ['withSeats=true', ['e-info', 'e-jpo', 'e-reunion'], ['s-prepa-1', 's-pec', 's-promo']],
    [
      'withSeats=false',
      ['e-info', 'e-jpo', 'e-reunion', 'e-visite'],
      ['s-prepa-1', 's-pec', 's-prepa-2', 's-promo'],
    ],
    ['modality=distanciel', [], ['s-pec', 's-prepa-2']],
    ['from=2027-01-15&to=2027-01-31', ['e-jpo', 'e-reunion'], ['s-prepa-1', 's-pec']],
    ['from=2027-02-01', ['e-visite'], ['s-pec', 's-prepa-2', 's-promo']],
    ['to=2027-01-12', ['e-info'], []],
    ['kind=sessions&dispositif=prepa-competences&withSeats=true', [], ['s-prepa-1']],
  ])('%s', async (query, events, sessions) => {
    const answer = await agenda(query);
    expect(ids(answer.events)).toEqual(events);
    expect(ids(answer.sessions)).toEqual(sessions);
  });

  it.each([
    ['infos collectives à Moissac', 'type=info_collective&town=Moissac'],
    [
      'prochaines entrées prépa en distanciel',
      'kind=sessions&dispositif=prepa-competences&modality=distanciel',
    ],
    ['prochaines JPO à Montauban', 'type=jpo&town=Montauban'],
    ['qu’est-ce qu’il y a à Castelsarrasin ?', 'kind=events&town=Castelsarrasin'],
  ])('answers like the chat does to « %s »', async (message, query) => {
    const asked = parseAgendaQuery(message, NOW)!;
    const chat =
      asked.kind === 'events' ? runAgendaQuery(EVENTS, asked, NOW) : runAgendaQuery(SESSIONS, asked, NOW);
    const answer = await agenda(query);
    expect(chat.length).toBeGreaterThan(0);
    expect(ids(asked.kind === 'events' ? answer.events : answer.sessions)).toEqual(chat.map((i) => i.id));
  });

  it('links each item to the bot’s chat with the question already typed, and each open session to the form', async () => {
    const answer = await agenda('kind=sessions');
    const open = answer.sessions.find((s) => s['id'] === 's-prepa-1')!;
    const link = new URL(String(open['prescribeLink']));
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(link.searchParams.get('users')).toBe(`28:${APP_ID}`);
    expect(link.searchParams.get('message')).toBe(open['prescribe']);
    expect(open['prescribe']).toBe(
      'prescrire en Prépa Compétences, volet 1, sur l’entrée du 18 janvier 2027 à Montauban',
    );
    // A full session cannot be prescribed on.
    const full = answer.sessions.find((s) => s['id'] === 's-prepa-2')!;
    expect(full['prescribe']).toBeUndefined();
    expect(full['prescribeLink']).toBeUndefined();
    expect(new URL(String(full['askBotLink'])).searchParams.get('message')).toBe(
      'prochaines entrées Prépa Compétences à Castelsarrasin',
    );
  });
});

describe('GET /api/public/places', () => {
  it('lists the free places with how fresh each count is', async () => {
    const { status, body } = await get('/api/public/places');
    expect(status).toBe(200);
    const places = body['places'] as Json[];
    expect(ids(places)).toEqual(['p-cariste', 'p-soudure', 'p-macon']);
    expect(places.map((p) => p['freshness'])).toEqual([
      expect.stringMatching(/^mis à jour il y a 2 semaines \(le \d+(er)? \S+\)$/),
      expect.stringMatching(/^mis à jour il y a 3 jours \(le \d+(er)? \S+\)$/),
      'mis à jour aujourd’hui',
    ]);
  });

  it.each([
    ['trade=soudure', ['p-soudure']],
    ['trade=maçonnerie', ['p-macon']],
    ['town=Moissac', ['p-cariste']],
    ['withSeats=true', ['p-cariste', 'p-soudure']],
    ['from=2027-08-01', ['p-macon']],
    ['to=2027-01-31', ['p-cariste']],
  ])('%s', async (query, expected) => {
    const { body } = await get(`/api/public/places?${query}`);
    expect(ids(body['places'] as Json[])).toEqual(expected);
  });
});

describe('GET /api/public/catalogue', () => {
  it('gives every dispositif’s fiche with the sources of each section', async () => {
    const { status, body } = await get('/api/public/catalogue');
    expect(status).toBe(200);
    const dispositifs = body['dispositifs'] as Array<{
      id: string;
      sections: Array<{ heading: string; lines: string[]; sources: string[] }>;
      prescribe?: string;
    }>;
    expect(dispositifs.map((d) => d.id)).toEqual([...DISPOSITIF_IDS]);
    for (const d of dispositifs) {
      expect(d.sections.length).toBeGreaterThan(0);
      for (const section of d.sections) expect(section.sources.length).toBeGreaterThan(0);
    }
    const prepa = dispositifs.find((d) => d.id === 'prepa-competences')!;
    expect(prepa.sections.map((s) => s.heading)).toContain('Déroulement');
    expect(prepa.sections.flatMap((s) => s.sources)).toContain('Protocole, § 3 (Prépa Compétences)');
    expect(prepa.prescribe).toBe('prescrire en Prépa Compétences');
    expect(dispositifs.find((d) => d.id === 'vae')!.prescribe).toBeUndefined();
  });
});

describe('bad parameters are refused with 400 and the parameter named', () => {
  it.each([
    ['/api/public/agenda?kind=places', 'kind'],
    ['/api/public/agenda?type=fete', 'type'],
    ['/api/public/agenda?type=jpo,', 'type'],
    ['/api/public/agenda?dispositif=vae', 'dispositif'],
    ['/api/public/agenda?from=2027-02-30', 'from'],
    ['/api/public/agenda?from=20270101', 'from'],
    ['/api/public/agenda?from=2027-03-01&to=2027-02-01', 'to'],
    ['/api/public/agenda?withSeats=yes', 'withSeats'],
    ['/api/public/agenda?modality=visio', 'modality'],
    ['/api/public/agenda?kind=sessions&type=jpo', 'type'],
    ['/api/public/agenda?kind=events&modality=mixte', 'modality'],
    [`/api/public/agenda?town=${'x'.repeat(101)}`, 'town'],
    ['/api/public/agenda?trade=', 'trade'],
    ['/api/public/agenda?ville=Moissac', 'ville'],
    ['/api/public/agenda?town=Moissac&town=Caussade', 'town'],
    ['/api/public/places?type=jpo', 'type'],
    ['/api/public/places?withSeats=1', 'withSeats'],
    ['/api/public/catalogue?id=vae', 'id'],
  ])('%s', async (path, name) => {
    const { status, body, headers } = await get(path);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body['error']).toBe('Paramètres invalides.');
    expect((body['problems'] as string[]).join(' ')).toContain(name);
  });
});

describe('nothing about any person can be served', () => {
  /** Every key anywhere in a public answer: a new field must be added here on purpose. */
  const ALLOWED_KEYS = new Set([
    ...['today', 'feed', 'events', 'sessions', 'places', 'choices', 'towns', 'trades', 'dispositifs'],
    ...['id', 'type', 'typeLabel', 'title', 'start', 'end', 'when', 'place', 'trade', 'description'],
    ...['seats', 'seatsLabel', 'cancelled', 'calendar', 'askBot', 'askBotLink', 'prescribe', 'prescribeLink'],
    ...['dispositif', 'dispositifName', 'volet', 'modality', 'modalityLabel'],
    ...['training', 'available', 'updatedAt', 'freshness'],
    ...['name', 'shortName', 'summary', 'sections', 'heading', 'lines', 'sources'],
  ]);

  function keysOf(value: unknown, into = new Set<string>()): Set<string> {
    if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        into.add(key);
        keysOf(item, into);
      }
    return into;
  }

  it('serves no personal value and no field outside the public ones, even if the store holds more', async () => {
    // A field someone added to the agenda file by hand, on every item.
    const file = join(dataDir, 'agenda.json');
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    for (const kind of ['events', 'sessions', 'places'])
      stored[kind] = (stored[kind] as Json[]).map((item) => ({
        ...item,
        contact: STRAY,
        stagedBy: STAFF_ID,
      }));
    await writeFile(file, JSON.stringify(stored));
    expect((await agenda()).events[0]!['title']).toBeDefined();

    const paths = [
      '/api/public/agenda',
      '/api/public/agenda?kind=sessions&withSeats=true',
      '/api/public/places',
      '/api/public/catalogue',
    ];
    for (const path of paths) {
      const response = await fetch(`${bot.url}${path}`);
      const text = await response.text();
      for (const value of [...Object.values(PERSON), STAFF_ID, STRAY, REFERENT.id, REFERENT.name])
        expect(text, `${path} contient ${value}`).not.toContain(value);
      const unexpected = [...keysOf(JSON.parse(text))].filter((key) => !ALLOWED_KEYS.has(key));
      expect(unexpected, path).toEqual([]);
    }
  });

  it('has no route that lists prescriptions or anything else under /api/public', async () => {
    for (const path of ['/api/public/prescriptions', '/api/public/agenda/pendingImports', '/api/public/']) {
      const response = await fetch(`${bot.url}${path}`);
      expect(response.status, path).toBe(404);
    }
  });
});
