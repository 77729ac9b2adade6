import type { Habilitation } from '../../data/access/habilitations.js';
import { itemId, type EntrySession } from '../../data/agenda/model.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import type { Programme } from '../../data/eligibility.js';
import { newMessage, type OutboxMessage } from '../../data/outbox/outbox.js';
import type { ReasonList } from '../../data/prescriptions/lifecycle.js';
import type { HistoryEntry, Prescription, Status } from '../../data/prescriptions/model.js';
import { erased } from '../../data/prescriptions/prescriptions.js';
import { DEFAULT_REASONS } from '../../data/prescriptions/reasons.js';
import { testPrescription } from '../factories.js';

/**
 * Realistic data for the prescription, habilitation and admin cards: one person whose
 * every personal field is easy to look for in a card, a prescription at each status,
 * an erased one, sessions and lists of 0, 1 and 7 items.
 */

export const catalogue = loadCatalogue();

/** Reads reason labels like `Reasons.label` does, from the default lists. */
export const reasonLabels = {
  label: (list: ReasonList, code: string) =>
    DEFAULT_REASONS[list].find((r) => r.code === code)?.label ?? code,
};

export const FORM_ID = '3f0c2a4e-8b1d-4c6e-9a7f-2d5b8e1c4a90';

/** The person: town and names that appear nowhere else in the cards (AFPA is in Montauban). */
export const PERSON = {
  lastName: 'Vidalou',
  firstName: 'Maëlys',
  birthDate: '1988-09-14',
  phone: '06 47 21 93 58',
  email: 'maelys.vidalou@laposte.net',
  town: 'Castelsarrasin',
} as const;

export const COMMENT = 'Maëlys garde son fils le mercredi, joignable après 17 h';
export const OTHER_CONDITION = 'Appareil auditif à prévoir';
export const STEP_COMMENT = 'Mme Vidalou rappelée au 06 47 21 93 58';
export const BILAN =
  'Projet de conductrice de transport en commun confirmé ; entrée en titre professionnel prévue en septembre.';

/**
 * Every way a card could leak the person: names, the birth date written four ways, the
 * phone with and without spaces, the e-mail, the town, the comments, the bilan.
 */
export const PERSONAL_VALUES = [
  PERSON.lastName,
  PERSON.firstName,
  PERSON.birthDate,
  '14 septembre 1988',
  '14/09/1988',
  '1988',
  PERSON.phone,
  PERSON.phone.replace(/ /g, ''),
  PERSON.email,
  PERSON.town,
  COMMENT,
  OTHER_CONDITION,
  STEP_COMMENT,
  BILAN,
] as const;

export const AFPA_STAFF = { id: '29:afpa-chargee', name: 'Nadia Belkacem (AFPA)' };

const CREATED = '2027-05-03T08:00:00.000Z';

/** History after the first « envoyée » entry, for each status, by the path the lifecycle allows. */
const PATHS: Record<Status, Array<Partial<HistoryEntry> & Pick<HistoryEntry, 'status'>>> = {
  envoyee: [],
  recue: [{ status: 'recue', by: AFPA_STAFF }],
  entretien: [
    { status: 'recue', by: AFPA_STAFF },
    { status: 'entretien', by: AFPA_STAFF, date: '2027-05-12', comment: STEP_COMMENT },
  ],
  entree: [
    { status: 'recue', by: AFPA_STAFF },
    { status: 'entretien', by: AFPA_STAFF, date: '2027-05-12', comment: STEP_COMMENT },
    { status: 'entree', by: AFPA_STAFF, date: '2027-05-17' },
  ],
  sortie: [
    { status: 'recue', by: AFPA_STAFF },
    { status: 'entretien', by: AFPA_STAFF, date: '2027-05-12', comment: STEP_COMMENT },
    { status: 'entree', by: AFPA_STAFF, date: '2027-05-17' },
    { status: 'sortie', by: AFPA_STAFF, date: '2027-05-28', bilan: BILAN, comment: 'Parcours complet.' },
  ],
  refusee: [
    { status: 'recue', by: AFPA_STAFF },
    { status: 'refusee', by: AFPA_STAFF, reason: 'injoignable', comment: STEP_COMMENT },
  ],
  abandon: [
    { status: 'recue', by: AFPA_STAFF },
    { status: 'entree', by: AFPA_STAFF, date: '2027-05-17' },
    { status: 'abandon', by: AFPA_STAFF, reason: 'emploi', date: '2027-05-20', comment: STEP_COMMENT },
  ],
  annulee: [{ status: 'annulee', actor: 'referent', by: { id: '29:referent-1', name: 'Référente test' } }],
  expiree: [{ status: 'expiree', actor: 'system' }],
};

const REFERENCES: Record<Status, string> = {
  envoyee: 'P-7K3M9Q',
  recue: 'P-8L4N2R',
  entretien: 'P-9M5P3S',
  entree: 'P-2N6Q4T',
  sortie: 'P-3P7R5U',
  refusee: 'P-4Q8S6V',
  abandon: 'P-5R9T7W',
  annulee: 'P-6S2U8X',
  expiree: 'P-7T3V9Y',
};

const VOLET: Record<Programme, string> = {
  'prepa-competences': 'volet-2',
  'competences-pec': 'vae',
  'promo-16-18': '',
};

const SITUATION: Record<Programme, Prescription['situation']> = {
  'prepa-competences': { rsa: true, accompaniedByDepartment: true, registeredJobseeker: false },
  'competences-pec': {
    pecContract: true,
    pecEmployerAgreement: true,
    rsa: true,
    accompaniedByDepartment: true,
  },
  'promo-16-18': {
    ase: true,
    inEducation: false,
    inTraining: false,
    employed: false,
    parentalAuthorisation: true,
  },
};

/** The person's prescription at `status`, with everything personal filled in. */
export function prescriptionAt(status: Status, dispositif: Programme = 'prepa-competences'): Prescription {
  return testPrescription({
    id: REFERENCES[status],
    at: CREATED,
    dispositif,
    volet: VOLET[dispositif],
    session: {
      id: itemId('sessions', `${dispositif}|2027-06-07`),
      start: '2027-06-07',
      end: '2027-06-18',
      place: 'AFPA Montauban',
      modality: 'presentiel',
      volet: '',
    },
    person: { ...PERSON },
    situation: SITUATION[dispositif],
    conditions: { mobility: true, childcare: true, other: true, otherText: OTHER_CONDITION },
    comment: COMMENT,
    referent: {
      id: '29:referent-1',
      aadObjectId: '00000000-0000-0000-0000-000000000001',
      name: 'Référente test',
    },
    then: PATHS[status],
  });
}

/** The finished prescription, erased by the purge. */
export function erasedPrescription(): Prescription {
  return erased(prescriptionAt('sortie'), new Date('2029-06-01T02:00:00.000Z'));
}

/** Sessions still open for a programme, the way `openSessions` gives them. */
export function sessionsOf(dispositif: Programme, count: number): EntrySession[] {
  return Array.from({ length: count }, (_, i) => {
    const start = `2027-${String(6 + Math.floor(i / 2)).padStart(2, '0')}-${i % 2 ? '21' : '07'}`;
    const end = `2027-${String(6 + Math.floor(i / 2)).padStart(2, '0')}-${i % 2 ? '25' : '11'}`;
    return {
      id: itemId('sessions', `${dispositif}|${start}|${i}`),
      dispositif,
      volet: dispositif === 'competences-pec' ? `Atelier ${1 + (i % 3)}` : '',
      start,
      end,
      place: i % 3 === 2 ? '' : 'AFPA Montauban',
      modality: (['presentiel', 'distanciel', 'mixte'] as const)[i % 3]!,
      seats: i % 3 === 0 ? null : i,
    };
  });
}

/** `count` prescriptions of different programmes and statuses, newest first. */
export function manyPrescriptions(count: number): Prescription[] {
  const statuses: Status[] = ['envoyee', 'recue', 'entretien', 'entree', 'sortie', 'refusee', 'abandon'];
  const programmes: Programme[] = ['prepa-competences', 'competences-pec', 'promo-16-18'];
  return Array.from({ length: count }, (_, i) => {
    const p = prescriptionAt(statuses[i % statuses.length]!, programmes[i % programmes.length]);
    return { ...p, id: `P-${'ABCDEFGHJ'[i]}${p.id.slice(3)}` };
  });
}

export function habilitations(count: number): Habilitation[] {
  return Array.from({ length: count }, (_, i) => ({
    person: {
      id: `29:referent-${i + 1}`,
      aadObjectId: `00000000-0000-0000-0000-00000000000${i + 1}`,
      name: [
        'Sophie Martin',
        'Karim Benali',
        'Julie Fabre',
        'Pierre Lacoste',
        'Inès Garcia',
        'Luc Moreau',
        'Anne Roques',
      ][i % 7]!,
    },
    grantedBy: AFPA_STAFF.name,
    grantedAt: `2027-04-${String(10 + i).padStart(2, '0')}T09:30:00.000Z`,
  }));
}

export function knownPeople(count: number) {
  return habilitations(count).map((h) => ({ userId: h.person.id, name: h.person.name }));
}

/** Messages of the outbox as « état des envois » lists them. */
export function outboxMessages() {
  const at = new Date('2027-05-03T08:00:00.000Z');
  const pending: OutboxMessage[] = [
    newMessage(
      { kind: 'afpa' },
      { type: 'prescription-afpa-card', prescriptionId: 'P-7K3M9Q' },
      at,
      'pending-0001',
    ),
    {
      ...newMessage(
        { kind: 'user', userId: '29:referent-1' },
        { type: 'prescription-status', prescriptionId: 'P-8L4N2R', historyIndex: 1 },
        at,
        'pending-0002',
      ),
      attempts: 2,
      lastError: { status: 429, reason: 'nouvel essai prévu' },
    },
  ];
  const failed: OutboxMessage[] = [
    {
      ...newMessage(
        { kind: 'user', userId: '29:afpa-chargee' },
        { type: 'prescription-detail', prescriptionId: 'P-9M5P3S' },
        at,
        'failed-0001',
      ),
      state: 'failed',
      attempts: 1,
      lastError: {
        status: 403,
        reason: 'destinataire injoignable : le bot a été bloqué ou retiré de la conversation',
      },
    },
    {
      ...newMessage(
        { kind: 'afpa' },
        { type: 'habilitation-request', userId: '29:referent-9', name: 'Karim Benali' },
        at,
        'failed-0002',
      ),
      state: 'failed',
      attempts: 8,
      lastError: { status: 502, reason: 'abandonné après plusieurs essais' },
    },
  ];
  return { pending, failed, sent: 41 };
}
