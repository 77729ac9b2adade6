import { describe, expect, it } from 'vitest';
import {
  agendaFilters,
  parseAgendaQuery,
  runAgendaQuery,
  type AgendaQuery,
} from '../../../data/agenda/agenda-query.js';
import {
  filterChoices,
  publicEvent,
  publicPlace,
  publicSession,
  townOf,
} from '../../../data/agenda/public-agenda.js';
import { loadCatalogue } from '../../../data/catalogue/catalogue.js';
import { recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { EVENTS, NOW, PLACES, SESSIONS } from '../../support/public-agenda-fixture.js';

const catalogue = loadCatalogue();
const upcoming = <T extends { id: string }>(kind: AgendaQuery['kind'], items: T[]) =>
  runAgendaQuery(items as never[], { kind }, NOW) as T[];

describe('what the tab asks the bot for each item', () => {
  it.each(upcoming('events', EVENTS).map((e) => [e.id, e] as const))(
    '« Demander au bot » on event %s asks a question whose answer lists it',
    (_id, event) => {
      const question = parseAgendaQuery(publicEvent(event).askBot, NOW);
      expect(question).toBeDefined();
      expect(runAgendaQuery(EVENTS, question!, NOW).map((e) => e.id)).toContain(event.id);
    },
  );

  it.each(upcoming('sessions', SESSIONS).map((s) => [s.id, s] as const))(
    '« Demander au bot » on session %s asks for the entries that include it',
    (_id, session) => {
      const question = parseAgendaQuery(publicSession(session, catalogue).askBot, NOW);
      expect(question).toMatchObject({ kind: 'sessions', dispositif: session.dispositif });
      expect(runAgendaQuery(SESSIONS, question!, NOW).map((s) => s.id)).toContain(session.id);
    },
  );

  it.each(PLACES.map((p) => [p.id, p] as const))(
    '« Demander au bot » on places %s asks for the places of that trade',
    (_id, place) => {
      const question = parseAgendaQuery(publicPlace(place, NOW).askBot, NOW);
      expect(question).toMatchObject({ kind: 'places' });
      expect(runAgendaQuery(PLACES, question!, NOW).map((p) => p.id)).toContain(place.id);
    },
  );

  // The bot names a session the way teams-bot's namedSession does: the programme, then the filters, one match.
  it.each(SESSIONS.filter((s) => s.seats !== 0).map((s) => [s.id, s] as const))(
    '« Prescrire sur cette session » on %s names exactly that session to the bot',
    (_id, session) => {
      const message = publicSession(session, catalogue).prescribe!;
      const request = recognizePrescribeRequest(message);
      expect(request).toEqual({ dispositif: session.dispositif });
      const query: AgendaQuery = {
        kind: 'sessions',
        dispositif: session.dispositif,
        ...agendaFilters(message, NOW),
      };
      expect(runAgendaQuery(SESSIONS, query, NOW).map((s) => s.id)).toEqual([session.id]);
    },
  );

  it('offers no prescription on a full session', () => {
    expect(
      publicSession(
        SESSIONS.find((s) => s.seats === 0)!,
        catalogue,
      ).prescribe,
    ).toBeUndefined();
  });
});

describe('filter choices', () => {
  it('reads the town in a place as AFPA wrote it, or keeps the place', () => {
    expect(townOf('AFPA Montauban')).toBe('Montauban');
    expect(townOf('Castelsarrasin – Maison de l’emploi')).toBe('Castelsarrasin');
    expect(townOf('Salle des fêtes')).toBe('Salle des fêtes');
  });

  it('lists each town and trade once, whatever its accents or case', () => {
    const choices = filterChoices({
      events: [{ ...EVENTS[0]!, place: 'afpa MONTAUBAN', trade: 'soudure' }, EVENTS[2]!],
      sessions: SESSIONS,
      places: [],
    });
    expect(choices.towns).toEqual(['Castelsarrasin', 'MONTAUBAN']);
    expect(choices.trades).toEqual(['soudure']);
  });
});
