import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { stringify } from 'csv-stringify/sync';
import { isIsoDay, PARIS } from '../dates.js';
import type { Programme } from '../eligibility.js';
import type { ReasonList } from './lifecycle.js';
import { currentStatus, lastEventAt, sentAt, STATUS_LABELS, voletLabel, type Prescription } from './model.js';

/**
 * The prescriptions of a period as a CSV that AFPA opens in Excel and types into its
 * PANDA platform: `;` between cells (French Excel), UTF-8 with a BOM so that the
 * accents read right, CRLF line ends, one line per prescription. An erased
 * prescription keeps its line, without anything that identifies the person.
 */

export type ExportLabels = {
  reason(list: ReasonList, code: string): string;
  dispositif(id: Programme): string;
};

type Column = { header: string; personal?: true; value: (p: Prescription, labels: ExportLabels) => string };

const COLUMNS: readonly Column[] = [
  { header: 'référence', value: (p) => p.id },
  { header: 'date d’envoi', value: (p) => instantDay(sentAt(p)) },
  { header: 'dispositif', value: (p, labels) => labels.dispositif(p.dispositif) },
  { header: 'volet', value: (p) => (p.volet ? voletLabel(p.dispositif, p.volet) || p.volet : '') },
  {
    header: 'session',
    value: (p) =>
      p.session ? `${localDay(p.session.start)}, ${p.session.place}` : 'première session disponible',
  },
  { header: 'nom', personal: true, value: (p) => p.person.lastName },
  { header: 'prénom', personal: true, value: (p) => p.person.firstName },
  { header: 'date de naissance', personal: true, value: (p) => localDay(p.person.birthDate) },
  { header: 'téléphone', personal: true, value: (p) => p.person.phone },
  { header: 'e-mail', personal: true, value: (p) => p.person.email },
  { header: 'commune', personal: true, value: (p) => p.person.town },
  { header: 'RSA', value: (p) => yesNo(p.situation.rsa) },
  { header: 'accompagné(e) par le Département', value: (p) => yesNo(p.situation.accompaniedByDepartment) },
  { header: 'inscrit(e) à France Travail', value: (p) => yesNo(p.situation.registeredJobseeker) },
  { header: 'contrat PEC', value: (p) => yesNo(p.situation.pecContract) },
  { header: 'accord employeur PEC', value: (p) => yesNo(p.situation.pecEmployerAgreement) },
  { header: 'ASE', value: (p) => yesNo(p.situation.ase) },
  { header: 'autorisation parentale', value: (p) => yesNo(p.situation.parentalAuthorisation) },
  { header: 'conditions à sécuriser', personal: true, value: (p) => conditions(p) },
  { header: 'commentaire', personal: true, value: (p) => p.comment },
  { header: 'référent', value: (p) => p.referent.name },
  { header: 'statut', value: (p) => STATUS_LABELS[currentStatus(p)] },
  { header: 'date du statut', value: (p) => instantDay(lastEventAt(p)) },
  { header: 'motif', value: (p, labels) => reason(p, labels) },
  { header: 'date d’entrée', value: (p) => localDay(lastDateOf(p, ['entree'])) },
  { header: 'date de sortie', value: (p) => localDay(lastDateOf(p, ['sortie', 'abandon'])) },
];

export const EXPORT_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

export function prescriptionsCsv(prescriptions: Prescription[], labelOf: ExportLabels): string {
  const rows = prescriptions.map((p) =>
    COLUMNS.map((column) => (column.personal && p.erasedAt ? '' : column.value(p, labelOf))),
  );
  const body = stringify([[...EXPORT_HEADERS], ...rows], {
    delimiter: ';',
    record_delimiter: 'windows',
    // CSV injection: a cell starting with = + - @, a tab or a CR (or their full-width
    // forms) gets an apostrophe first, so that Excel shows it as text and runs nothing.
    escape_formulas: true,
  });
  return `\uFEFF${body}`;
}

/** The oldest and newest instants an ISO string can hold and still sort as text. */
const EARLIEST = '0000-01-01T00:00:00.000Z';
const LATEST = '9999-12-31T23:59:59.999Z';

/**
 * The instants a period of Paris days covers, both days included: `from` is the
 * first instant of the first day, `to` the first instant of the day after the last
 * (excluded), as `PrescriptionStore.listCreatedBetween` expects. A day left out
 * leaves that side of the period open.
 */
export function periodBounds(from?: string, to?: string): { from: string; to: string } {
  for (const day of [from, to]) {
    if (day !== undefined && !isIsoDay(day))
      throw new Error(`Date invalide : « ${day} ». Écrivez-la AAAA-MM-JJ, par exemple 2027-03-31.`);
  }
  if (from !== undefined && to !== undefined && from > to)
    throw new Error(`La date de début (${from}) est après la date de fin (${to}).`);
  return {
    from: from === undefined ? EARLIEST : parisMidnight(from, 0).toISOString(),
    to: to === undefined ? LATEST : parisMidnight(to, 1).toISOString(),
  };
}

function parisMidnight(day: string, plusDays: number): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date + plusDays, 0, 0, 0, 'Europe/Paris').getTime());
}

/** JJ/MM/AAAA of the day it was in Paris at an instant. */
function instantDay(iso: string): string {
  return format(new Date(iso), 'dd/MM/yyyy', { in: PARIS });
}

/** JJ/MM/AAAA of a day written YYYY-MM-DD; nothing for no day. */
function localDay(day: string | undefined): string {
  if (!day) return '';
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'oui' : 'non';
}

function conditions(p: Prescription): string {
  const c = p.conditions;
  return [
    c.mobility ? 'mobilité' : '',
    c.childcare ? 'garde d’enfants' : '',
    c.other ? (c.otherText.trim() ? `autre : ${c.otherText.trim()}` : 'autre') : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** The reason of a refusal or an abandon, when that is where the prescription ended. */
function reason(p: Prescription, labels: ExportLabels): string {
  const last = p.history[p.history.length - 1]!;
  if (!last.reason) return '';
  if (last.status === 'refusee') return labels.reason('refusal', last.reason);
  if (last.status === 'abandon') return labels.reason('abandon', last.reason);
  return '';
}

function lastDateOf(p: Prescription, statuses: readonly string[]): string | undefined {
  return [...p.history].reverse().find((h) => statuses.includes(h.status) && h.date)?.date;
}
