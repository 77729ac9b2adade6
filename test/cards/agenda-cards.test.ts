import type { Attachment } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { CardActionSchema } from '../../cards/actions.js';
import {
  agendaListCard,
  importDoneCard,
  importErrorsCard,
  importPreviewCard,
  importSample,
} from '../../cards/agenda-cards.js';
import { agendaFormCard, readAgendaForm, valuesOfItem } from '../../cards/agenda-form.js';
import type { AgendaEvent, EntrySession, TrainingPlace } from '../../data/agenda/model.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import { visibleText } from '../support/bot-harness.js';

const catalogue = loadCatalogue();
const NOW = new Date('2026-11-28T10:00:00Z');
const links = {
  feed: 'https://bot.test/agenda.ics',
  event: (id: string) => `https://bot.test/agenda/events/${id}.ics`,
};

const events: AgendaEvent[] = Array.from({ length: 7 }, (_, i) => ({
  id: `e${i}`,
  type: i % 2 ? 'jpo' : 'reunion_metier',
  title: `Événement ${i}`,
  start: `2027-01-${String(10 + i).padStart(2, '0')}T09:30`,
  end: `2027-01-${String(10 + i).padStart(2, '0')}T12:00`,
  place: 'AFPA Montauban',
  trade: i % 2 ? '' : 'Logistique',
  description: 'Avec évaluation',
  seats: i,
  cancelled: i === 3,
}));
const session: EntrySession = {
  id: 's1',
  dispositif: 'competences-pec',
  volet: 'Atelier 2',
  start: '2027-01-11',
  end: '2027-01-15',
  place: 'Montauban',
  modality: 'mixte',
  seats: 6,
};
const place: TrainingPlace = {
  id: 'p1',
  training: 'Maçon',
  trade: 'Maçonnerie',
  start: '2027-01-04',
  end: '2027-07-02',
  place: 'Montauban',
  available: 3,
  updatedAt: '2026-11-25',
};

const cards: Array<[string, Attachment]> = [
  [
    'events, first page, for AFPA staff',
    agendaListCard({ kind: 'events' }, events, 0, { catalogue, now: NOW, links, canEdit: true }),
  ],
  [
    'events, second page',
    agendaListCard({ kind: 'events', types: ['jpo'] }, events, 5, { catalogue, now: NOW, links }),
  ],
  [
    'sessions',
    agendaListCard({ kind: 'sessions', dispositif: 'competences-pec', volet: 'atelier 2' }, [session], 0, {
      catalogue,
      now: NOW,
      links,
      canEdit: true,
    }),
  ],
  [
    'places',
    agendaListCard({ kind: 'places', trade: 'maçonnerie' }, [place], 0, { catalogue, now: NOW, links }),
  ],
  ['empty list', agendaListCard({ kind: 'events', types: ['jpo'] }, [], 0, { catalogue, now: NOW, links })],
  [
    'import preview',
    importPreviewCard(
      'events',
      '0b5f5bde-52b7-4c1e-9c52-3f6f3c0b6f3e',
      { added: 2, changed: 1, unchanged: 4, removed: 0 },
      importSample('events', events, catalogue),
    ),
  ],
  [
    'import errors',
    importErrorsCard(
      'events',
      Array.from({ length: 40 }, (_, i) => ({
        line: i + 2,
        column: 'debut',
        message: 'date impossible : 2027-02-30',
      })),
    ),
  ],
  ['import done', importDoneCard('Import terminé', 'C’est publié : 7 événements.', true)],
  ['event form', agendaFormCard('events', catalogue)],
  [
    'event form with errors',
    agendaFormCard('events', catalogue, {
      id: 'e1',
      values: valuesOfItem('events', events[1]!),
      errors: { debut: 'date impossible : 2027-02-30' },
    }),
  ],
  ['session form', agendaFormCard('sessions', catalogue)],
  ['places form', agendaFormCard('places', catalogue, { id: 'p1', values: valuesOfItem('places', place) })],
];

function actionData(card: unknown): unknown[] {
  const found: unknown[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record['type'] === 'Action.Submit') found.push(record['data']);
      if (record['type'] === 'Action.Execute')
        found.push({ ...(record['data'] as object), verb: record['verb'] });
      Object.entries(record)
        .filter(([k]) => k !== 'data')
        .forEach(([, v]) => walk(v));
    }
  };
  walk(card);
  return found;
}

describe('agenda cards', () => {
  it.each(cards)('%s is a valid Adaptive Card 1.5, every button an action the bot knows', (_name, card) => {
    expect(validateAdaptiveCard(card.content as object)).toEqual([]);
    expect(JSON.stringify(card.content)).not.toContain('${');
    for (const data of actionData(card.content))
      expect(CardActionSchema.safeParse(data).success, JSON.stringify(data)).toBe(true);
  });

  it('shows 5 items and offers the rest', () => {
    const text = visibleText({ attachments: [cards[0]![1]] });
    expect(text).toContain('Événement 4');
    expect(text).not.toContain('Événement 5');
    expect(text).toContain('Voir la suite (2)');
    expect(text).toContain('ANNULÉ – ');
  });

  it('does not offer « Modifier » to someone who may not edit', () => {
    expect(visibleText({ attachments: [cards[1]![1]] })).not.toContain('Modifier');
  });

  it('says how fresh a place count is', () => {
    expect(visibleText({ attachments: [cards[3]![1]] })).toContain(
      '3 places disponibles – mis à jour il y a 3 jours',
    );
  });

  it('says « Complet » of a training with no place left, as of a full session', () => {
    const full = agendaListCard({ kind: 'places', trade: 'maçonnerie' }, [{ ...place, available: 0 }], 0, {
      catalogue,
      now: NOW,
      links,
    });
    const text = visibleText({ attachments: [full] });
    expect(text).toContain('Complet – mis à jour il y a 3 jours');
    expect(text).not.toContain('0 place');
  });

  it('spells out 30 bad lines and counts the rest', () => {
    expect(visibleText({ attachments: [cards[6]![1]] })).toContain('… et 10 autres.');
  });
});

describe('the agenda form', () => {
  it('reads a valid form through the CSV rules', () => {
    const reading = readAgendaForm(
      'events',
      {
        type: 'jpo',
        titre: 'Portes ouvertes',
        debut_date: '2027-03-29',
        debut_heure: '09:00',
        fin_date: '2027-03-29',
        fin_heure: '12:00',
        lieu: 'Montauban',
        places: '',
      },
      catalogue,
      '2026-11-28',
    );
    expect(reading).toMatchObject({
      ok: true,
      item: { type: 'jpo', start: '2027-03-29T09:00', seats: null, cancelled: false },
    });
  });

  it('puts each error next to its field and keeps what was typed', () => {
    const reading = readAgendaForm(
      'events',
      {
        type: 'jpo',
        titre: '',
        debut_date: '2027-03-29',
        debut_heure: '12:00',
        fin_date: '2027-03-29',
        fin_heure: '09:00',
        places: 'dix',
      },
      catalogue,
      '2026-11-28',
    );
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(Object.keys(reading.errors).sort()).toEqual(['fin', 'places', 'titre']);
      expect(reading.values['places']).toBe('dix');
    }
  });

  it('stamps a place count with today', () => {
    const reading = readAgendaForm(
      'places',
      {
        formation: 'Maçon',
        metier: 'Maçonnerie',
        debut: '2027-01-04',
        fin: '2027-07-02',
        lieu: 'Montauban',
        places_disponibles: '2',
      },
      catalogue,
      '2026-11-28',
    );
    expect(reading).toMatchObject({ ok: true, item: { available: 2, updatedAt: '2026-11-28' } });
  });
});

describe('the period a list names', () => {
  const title = (from: string, to: string) =>
    visibleText({
      attachments: [agendaListCard({ kind: 'events', from, to }, [], 0, { catalogue, now: NOW, links })],
    });

  it('names a whole month as « en mars 2027 »', () => {
    expect(title('2027-03-01', '2027-03-31')).toContain('en mars 2027');
    expect(title('2028-02-01', '2028-02-29')).toContain('en février 2028');
  });

  it('names any other period by its days', () => {
    expect(title('2027-03-01', '2027-03-30')).toContain('du 1er mars 2027 au 30 mars 2027');
    expect(title('2027-03-02', '2027-03-02')).toContain('le 2 mars 2027');
  });
});

describe('the programme a list of events is about', () => {
  it('is named in the title, even when nothing is on', () => {
    const card = agendaListCard(
      {
        kind: 'events',
        types: ['info_collective'],
        dispositif: 'promo-16-18',
        from: '2027-02-01',
        to: '2027-02-28',
      },
      [],
      0,
      { catalogue, now: NOW, links },
    );
    expect(visibleText({ attachments: [card] })).toContain(
      'Informations collectives La Promo 16/18 en février 2027',
    );
  });
});

describe('« une autre ? » asked of a single published one', () => {
  const options = { catalogue, now: NOW, links };
  const shown = (results: TrainingPlace[]) =>
    visibleText({
      attachments: [
        agendaListCard({ kind: 'places', trade: 'Maçonnerie', anotherAsked: true }, results, 0, options),
      ],
    });

  it('says it is the only one, and counts several as usual', () => {
    expect(shown([place])).toContain('Pas d’autre date publiée pour l’instant : c’est la seule.');
    expect(shown([place, { ...place, id: 'p2' }])).toContain('2 résultats.');
  });
});
