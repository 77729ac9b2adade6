import type { Attachment } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { calendarLinks } from '../../bot/agenda-routes.js';
import { CardActionSchema } from '../../cards/actions.js';
import {
  digestAdminCard,
  digestCard,
  digestSettingsCard,
  placesAlertCard,
} from '../../cards/digest-cards.js';
import { changesBetween } from '../../data/agenda/agenda-history.js';
import type { TrainingPlace } from '../../data/agenda/model.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { buildDigest } from '../../data/digest/digest-content.js';
import { DEFAULT_PREFERENCES } from '../../data/digest/subscriptions.js';
import { agendaEvent } from '../factories.js';
import { visibleText as textOfActivity } from '../support/bot-harness.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

const catalogue = loadCatalogue();
const NOW = new Date('2026-12-07T07:30:00Z');
const options = { catalogue, now: NOW, links: calendarLinks('https://bot.example.test'), canPrescribe: true };
const place = (id: string, available: number): TrainingPlace => ({
  id,
  training: `Soudeur ${id}`,
  trade: 'Soudure',
  start: '2027-01-04',
  end: '2027-06-30',
  place: 'Montauban',
  available,
  updatedAt: '2026-12-04',
});

/** Every Action.Submit or Action.Execute of a card carries data the bot accepts. */
function checkActions(card: Attachment): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if ((record['type'] === 'Action.Submit' || record['type'] === 'Action.Execute') && record['data'])
      expect(CardActionSchema.safeParse(record['data']).success, JSON.stringify(record['data'])).toBe(true);
    Object.values(record).forEach(walk);
  };
  walk(card.content);
}

const visibleText = (card: Attachment) => textOfActivity({ attachments: [card] });

function valid(card: Attachment): Attachment {
  expect(validateAdaptiveCard(card.content as object)).toEqual([]);
  checkActions(card);
  return card;
}

describe('digest cards', () => {
  const digest = buildDigest({
    interests: { dispositifs: [], trades: [], towns: [] },
    now: NOW,
    since: '2026-11-30T07:30:00.000Z',
    events: Array.from({ length: 9 }, (_, i) =>
      agendaEvent({ id: `e${i}`, start: `2026-12-1${i}T09:00`, end: `2026-12-1${i}T12:00` }),
    ),
    sessions: [],
    places: [place('a', 5), place('b', 1)],
    changes: changesBetween(
      'places',
      [place('a', 2), place('b', 1), place('c', 3)],
      [place('a', 5), place('b', 1)],
      new Date('2026-12-02T10:00:00Z'),
    ),
    prescriptions: [
      {
        id: 'P-7K3M9Q',
        dispositif: 'promo-16-18',
        status: 'entretien',
        at: '2026-12-03T10:00:00Z',
        name: 'Camille D.',
      },
    ],
  });

  it('shows what changed, leaves empty sections out, and keeps long sections short', () => {
    const card = valid(
      digestCard(digest, { ...DEFAULT_PREFERENCES }, { ...options, since: '2026-11-30T07:30:00.000Z' }),
    );
    const text = visibleText(card);
    expect(text).toContain('Plus de places qu’au dernier récap (2 → 5)');
    expect(text).toContain('Plus de places depuis le dernier récap : Soudeur c (Montauban).');
    expect(text).toContain('« Nouveau » : publié ou changé depuis votre récap du 30 novembre 2026.');
    expect(text).not.toContain('Entrées des 4 prochaines semaines');
    expect(text).toContain('Tous les événements (9)');
    expect(text).toContain('P-7K3M9Q – La Promo 16/18');
    expect(text).toContain('Camille D.');
  });

  it('leaves the référent’s prescriptions out of an admin’s preview', () => {
    const text = visibleText(
      valid(digestCard(digest, { ...DEFAULT_PREFERENCES }, { ...options, previewOf: 'Alice Martin' })),
    );
    expect(text).toContain('Aperçu du récap de Alice Martin');
    expect(text).not.toContain('Camille');
    expect(text).not.toContain('P-7K3M9Q');
  });

  it('offers a valid settings form, with each error under its field', () => {
    const card = valid(
      digestSettingsCard({
        ...options,
        subscribed: true,
        values: { metiers: 'x'.repeat(70) },
        errors: { metiers: 'trop long' },
      }),
    );
    const text = visibleText(card);
    expect(text).toContain('Mes choix de récap');
    expect(text).toContain('trop long');
    expect(text).toContain('Me désabonner');
  });

  it('groups the places just published in one alert', () => {
    const changes = changesBetween('places', [], [place('a', 5), place('b', 1)], NOW);
    const text = visibleText(
      valid(placesAlertCard(changes, { ...DEFAULT_PREFERENCES, trades: ['soudure'] }, options)),
    );
    expect(text).toContain('L’AFPA vient de publier des places');
    expect(text).toContain('Dans ce que vous suivez : soudure.');
    expect(text).toContain('Soudeur a');
    expect(text).toContain('Soudeur b');
  });

  it('lists subscribers for the admin', () => {
    const text = visibleText(valid(digestAdminCard([{ userId: '29:a', name: 'Alice Martin' }])));
    expect(text).toContain('1 référent abonné.');
    expect(text).toContain('Me l’envoyer maintenant');
  });
});
