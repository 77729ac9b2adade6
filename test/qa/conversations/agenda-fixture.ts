import {
  itemId,
  naturalKey,
  type AgendaEvent,
  type AgendaKind,
  type AgendaItem,
  type EntrySession,
  type TrainingPlace,
} from '../../../data/agenda/model.js';

/**
 * A small agenda as AFPA Montauban would publish it (action plan 2.1.1 to 2.1.3),
 * seen on a frozen « today »: Monday 11 January 2027, 9:00 in Paris.
 *
 * Written by hand for the conversation sets, without looking at how the bot reads it.
 * Ids are derived as a CSV import derives them, so « Prescrire sur cette session »
 * and the iCalendar UIDs behave as with a real import.
 *
 * What the sets rely on (keep in step with sets.ts):
 * - one event in the past (JPO of Thursday 7 January), never to be listed;
 * - this week: info coll Prépa Compétences, Montauban, Thursday 14 January;
 * - next week (18–24 January): visite soudure Tuesday 19, info coll Prépa Castelsarrasin Thursday 21;
 *   entries Prépa volet 1 on Monday 18 and Compétences PEC atelier 2 on Wednesday 20;
 * - February: JPO Montauban 3, info coll PEC Moissac 9, info coll Prépa Montauban 11,
 *   JPO Moissac 17, réunion métiers bâtiment Caussade 23;
 * - March: info coll Prépa Valence-d'Agen 4, visite électricité Montauban 10, info coll Promo 16/18 on 17;
 * - the Prépa volet 2 session of 25 January is full (0 seats), the plaquiste training too.
 */

export const EVAL_NOW = new Date('2027-01-11T09:00:00+01:00');

const MONTAUBAN = 'AFPA Montauban';
const CASTELSARRASIN = 'Castelsarrasin – Maison de l’emploi';
const MOISSAC = 'Moissac – Maison des services au public';
const CAUSSADE = 'Caussade – salle des fêtes';
const CAUSSADE_TRAINING = 'Caussade – plateau technique délocalisé';
const VALENCE = 'Valence-d’Agen – Espace emploi formation';
const DISTANCE = 'À distance (classe virtuelle)';

function withIds<K extends AgendaKind>(kind: K, items: Array<Omit<AgendaItem<K>, 'id'>>): AgendaItem<K>[] {
  return items.map(
    (item) =>
      ({
        ...item,
        id: itemId(kind, naturalKey(kind, item as Parameters<typeof naturalKey>[1])),
      }) as AgendaItem<K>,
  );
}

export const events: AgendaEvent[] = withIds('events', [
  {
    type: 'jpo',
    title: 'Journée portes ouvertes du centre AFPA',
    start: '2027-01-07T09:00',
    end: '2027-01-07T16:00',
    place: MONTAUBAN,
    trade: '',
    description: 'Découverte des formations et des plateaux techniques du centre.',
    seats: null,
    cancelled: false,
  },
  {
    type: 'info_collective',
    title: 'Information collective Prépa Compétences',
    start: '2027-01-14T09:30',
    end: '2027-01-14T11:30',
    place: MONTAUBAN,
    trade: '',
    description:
      'Présentation de Prépa Compétences (volet 1 et volet 2) aux personnes orientées par leur référent.',
    seats: 15,
    cancelled: false,
  },
  {
    type: 'visite_plateau',
    title: 'Visite du plateau technique soudure',
    start: '2027-01-19T14:00',
    end: '2027-01-19T16:00',
    place: MONTAUBAN,
    trade: 'soudure',
    description: 'Visite de l’atelier de soudure et rencontre avec le formateur.',
    seats: 8,
    cancelled: false,
  },
  {
    type: 'info_collective',
    title: 'Information collective Prépa Compétences',
    start: '2027-01-21T14:00',
    end: '2027-01-21T16:00',
    place: CASTELSARRASIN,
    trade: '',
    description: 'Session délocalisée pour les personnes du secteur de Castelsarrasin.',
    seats: 12,
    cancelled: false,
  },
  {
    type: 'reunion_metier',
    title: 'Réunion métiers de la logistique',
    start: '2027-01-26T09:00',
    end: '2027-01-26T12:00',
    place: MONTAUBAN,
    trade: 'logistique',
    description:
      'Cariste, préparateur de commandes : présentation des métiers et évaluation des personnes intéressées.',
    seats: 15,
    cancelled: false,
  },
  {
    type: 'jpo',
    title: 'Journée portes ouvertes du centre AFPA',
    start: '2027-02-03T09:00',
    end: '2027-02-03T17:00',
    place: MONTAUBAN,
    trade: '',
    description: 'Toutes les formations du centre, stands des partenaires.',
    seats: null,
    cancelled: false,
  },
  {
    type: 'info_collective',
    title: 'Information collective Compétences PEC',
    start: '2027-02-09T09:30',
    end: '2027-02-09T11:30',
    place: MOISSAC,
    trade: '',
    description: 'Pour les salariés en Parcours Emploi Compétences et leurs employeurs.',
    seats: 10,
    cancelled: false,
  },
  {
    type: 'info_collective',
    title: 'Information collective Prépa Compétences',
    start: '2027-02-11T09:30',
    end: '2027-02-11T11:30',
    place: MONTAUBAN,
    trade: '',
    description: 'Présentation de Prépa Compétences (volet 1 et volet 2).',
    seats: 15,
    cancelled: false,
  },
  {
    type: 'jpo',
    title: 'Portes ouvertes emploi-formation',
    start: '2027-02-17T10:00',
    end: '2027-02-17T16:00',
    place: MOISSAC,
    trade: '',
    description: 'Journée organisée hors du centre avec les partenaires de l’emploi du secteur.',
    seats: null,
    cancelled: false,
  },
  {
    type: 'reunion_metier',
    title: 'Réunion métiers du bâtiment',
    start: '2027-02-23T14:00',
    end: '2027-02-23T16:30',
    place: CAUSSADE,
    trade: 'bâtiment',
    description:
      'Maçonnerie, plâtrerie, électricité : métiers qui recrutent et évaluation des personnes intéressées.',
    seats: 12,
    cancelled: false,
  },
  {
    type: 'info_collective',
    title: 'Information collective Prépa Compétences',
    start: '2027-03-04T09:30',
    end: '2027-03-04T11:30',
    place: VALENCE,
    trade: '',
    description: 'Session délocalisée pour les personnes du secteur de Valence-d’Agen.',
    seats: 10,
    cancelled: false,
  },
  {
    type: 'visite_plateau',
    title: 'Visite du plateau technique électricité',
    start: '2027-03-10T10:00',
    end: '2027-03-10T12:00',
    place: MONTAUBAN,
    trade: 'électricité',
    description: 'Visite de l’atelier d’électricité du bâtiment.',
    seats: 8,
    cancelled: false,
  },
  {
    type: 'info_collective',
    title: 'Information collective La Promo 16/18',
    start: '2027-03-17T14:00',
    end: '2027-03-17T16:00',
    place: MONTAUBAN,
    trade: '',
    description: 'Pour les jeunes de 16 à 18 ans et leurs parents.',
    seats: 12,
    cancelled: false,
  },
]);

export const sessions: EntrySession[] = withIds('sessions', [
  {
    dispositif: 'prepa-competences',
    volet: 'Volet 1',
    start: '2027-01-18',
    end: '2027-01-29',
    place: MONTAUBAN,
    modality: 'presentiel',
    seats: 6,
  },
  {
    dispositif: 'prepa-competences',
    volet: 'Volet 2',
    start: '2027-01-25',
    end: '2027-02-05',
    place: MONTAUBAN,
    modality: 'mixte',
    seats: 0,
  },
  {
    dispositif: 'prepa-competences',
    volet: 'Volet 1',
    start: '2027-02-08',
    end: '2027-02-19',
    place: DISTANCE,
    modality: 'distanciel',
    seats: 8,
  },
  {
    dispositif: 'prepa-competences',
    volet: 'Volet 2',
    start: '2027-02-15',
    end: '2027-02-26',
    place: CASTELSARRASIN,
    modality: 'presentiel',
    seats: 5,
  },
  {
    dispositif: 'prepa-competences',
    volet: 'Volet 1',
    start: '2027-03-08',
    end: '2027-03-19',
    place: MOISSAC,
    modality: 'mixte',
    seats: 6,
  },
  {
    dispositif: 'competences-pec',
    volet: 'Atelier 2',
    start: '2027-01-20',
    end: '2027-03-31',
    place: MONTAUBAN,
    modality: 'mixte',
    seats: 4,
  },
  {
    dispositif: 'competences-pec',
    volet: 'Atelier 3',
    start: '2027-02-10',
    end: '2027-02-10',
    place: MONTAUBAN,
    modality: 'presentiel',
    seats: 6,
  },
  {
    dispositif: 'competences-pec',
    volet: 'Atelier 2',
    start: '2027-03-03',
    end: '2027-04-28',
    place: DISTANCE,
    modality: 'distanciel',
    seats: 3,
  },
  {
    dispositif: 'promo-16-18',
    volet: 'Phase d’engagement',
    start: '2027-02-01',
    end: '2027-04-29',
    place: MONTAUBAN,
    modality: 'presentiel',
    seats: 10,
  },
]);

export const places: TrainingPlace[] = withIds('places', [
  {
    training: 'Soudeur assembleur industriel',
    trade: 'soudure',
    start: '2027-02-01',
    end: '2027-07-09',
    place: MONTAUBAN,
    available: 4,
    updatedAt: '2027-01-08',
  },
  {
    training: 'Maçon',
    trade: 'maçonnerie',
    start: '2027-02-15',
    end: '2027-08-27',
    place: MONTAUBAN,
    available: 3,
    updatedAt: '2027-01-08',
  },
  {
    training: 'Cariste d’entrepôt',
    trade: 'logistique',
    start: '2027-01-27',
    end: '2027-03-26',
    place: MONTAUBAN,
    available: 6,
    updatedAt: '2027-01-08',
  },
  {
    training: 'Préparateur de commandes en entrepôt',
    trade: 'logistique',
    start: '2027-03-01',
    end: '2027-05-28',
    place: CASTELSARRASIN,
    available: 5,
    updatedAt: '2027-01-08',
  },
  {
    training: 'Électricien d’équipement du bâtiment',
    trade: 'électricité',
    start: '2027-03-08',
    end: '2027-10-15',
    place: MONTAUBAN,
    available: 2,
    updatedAt: '2027-01-08',
  },
  {
    training: 'Agent de propreté et d’hygiène',
    trade: 'propreté',
    start: '2027-02-22',
    end: '2027-05-21',
    place: MOISSAC,
    available: 7,
    updatedAt: '2027-01-06',
  },
  {
    training: 'Plaquiste',
    trade: 'bâtiment',
    start: '2027-04-05',
    end: '2027-09-24',
    place: MONTAUBAN,
    available: 0,
    updatedAt: '2027-01-08',
  },
  {
    training: 'Agent de restauration',
    trade: 'restauration',
    start: '2027-03-15',
    end: '2027-06-25',
    place: CAUSSADE_TRAINING,
    available: 4,
    updatedAt: '2027-01-08',
  },
]);

/** The whole fixture, kind by kind, as `AgendaStore.replace` takes it. */
export const AGENDA_FIXTURE: { [K in AgendaKind]: AgendaItem<K>[] } = { events, sessions, places };
