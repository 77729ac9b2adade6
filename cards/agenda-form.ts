import { CSV_COLUMNS, parseAgendaCsv } from '../data/agenda/csv-import.js';
import {
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
  MODALITIES,
  MODALITY_LABELS,
  SESSION_DISPOSITIFS,
  type AgendaEvent,
  type AgendaItem,
  type AgendaKind,
  type EntrySession,
  type TrainingPlace,
} from '../data/agenda/model.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel } from '../data/catalogue/schema.js';
import { VERBS } from './actions.js';
import { FORM_ERROR_TEXT, formCard } from './form-card.js';

/**
 * One event, entry session or place count, added or edited from a card. A form is
 * checked by the very rules of the CSV import (one place for each rule): its fields
 * become one CSV line, and the import's errors come back next to the fields.
 */

type FieldSpec = {
  id: string;
  label: string;
  input: 'text' | 'choice' | 'date' | 'time' | 'number';
  /** The CSV column this field fills; date and time fields share one. */
  column: string;
  multiline?: boolean;
  choices?: Array<{ title: string; value: string }>;
};

function fieldsFor(kind: AgendaKind, catalogue: Catalogue): FieldSpec[] {
  switch (kind) {
    case 'events':
      return [
        {
          id: 'type',
          column: 'type',
          label: 'Type',
          input: 'choice',
          choices: EVENT_TYPES.map((t) => ({ title: EVENT_TYPE_LABELS[t].one, value: t })),
        },
        { id: 'titre', column: 'titre', label: 'Titre', input: 'text' },
        { id: 'debut_date', column: 'debut', label: 'Jour', input: 'date' },
        { id: 'debut_heure', column: 'debut', label: 'Début', input: 'time' },
        { id: 'fin_date', column: 'fin', label: 'Jour de fin', input: 'date' },
        { id: 'fin_heure', column: 'fin', label: 'Fin', input: 'time' },
        { id: 'lieu', column: 'lieu', label: 'Lieu', input: 'text' },
        { id: 'metier', column: 'metier', label: 'Métier (facultatif)', input: 'text' },
        {
          id: 'description',
          column: 'description',
          label: 'Description (facultatif)',
          input: 'text',
          multiline: true,
        },
        { id: 'places', column: 'places', label: 'Nombre de places (facultatif)', input: 'number' },
      ];
    case 'sessions':
      return [
        {
          id: 'dispositif',
          column: 'dispositif',
          label: 'Dispositif',
          input: 'choice',
          choices: SESSION_DISPOSITIFS.map((d) => ({ title: shortLabel(catalogue.get(d)), value: d })),
        },
        { id: 'volet', column: 'volet', label: 'Volet ou atelier (facultatif)', input: 'text' },
        { id: 'debut', column: 'debut', label: 'Premier jour', input: 'date' },
        { id: 'fin', column: 'fin', label: 'Dernier jour', input: 'date' },
        { id: 'lieu', column: 'lieu', label: 'Lieu', input: 'text' },
        {
          id: 'modalite',
          column: 'modalite',
          label: 'Modalité',
          input: 'choice',
          choices: MODALITIES.map((m) => ({ title: MODALITY_LABELS[m], value: m })),
        },
        { id: 'places', column: 'places', label: 'Nombre de places (facultatif)', input: 'number' },
      ];
    case 'places':
      return [
        { id: 'formation', column: 'formation', label: 'Formation', input: 'text' },
        { id: 'metier', column: 'metier', label: 'Métier', input: 'text' },
        { id: 'debut', column: 'debut', label: 'Début de la formation', input: 'date' },
        { id: 'fin', column: 'fin', label: 'Fin de la formation', input: 'date' },
        { id: 'lieu', column: 'lieu', label: 'Lieu', input: 'text' },
        {
          id: 'places_disponibles',
          column: 'places_disponibles',
          label: 'Places disponibles',
          input: 'number',
        },
      ];
  }
}

export type AgendaFormValues = Record<string, string>;

/** The form's values for an existing item (an edit). */
export function valuesOfItem(kind: AgendaKind, item: AgendaItem<AgendaKind>): AgendaFormValues {
  switch (kind) {
    case 'events': {
      const e = item as AgendaEvent;
      return {
        type: e.type,
        titre: e.title,
        debut_date: e.start.slice(0, 10),
        debut_heure: e.start.slice(11),
        fin_date: e.end.slice(0, 10),
        fin_heure: e.end.slice(11),
        lieu: e.place,
        metier: e.trade,
        description: e.description,
        places: e.seats === null ? '' : String(e.seats),
      };
    }
    case 'sessions': {
      const s = item as EntrySession;
      return {
        dispositif: s.dispositif,
        volet: s.volet,
        debut: s.start,
        fin: s.end,
        lieu: s.place,
        modalite: s.modality,
        places: s.seats === null ? '' : String(s.seats),
      };
    }
    case 'places': {
      const p = item as TrainingPlace;
      return {
        formation: p.training,
        metier: p.trade,
        debut: p.start,
        fin: p.end,
        lieu: p.place,
        places_disponibles: String(p.available),
      };
    }
  }
}

const FORM_TITLES: Record<AgendaKind, { add: string; edit: string }> = {
  events: { add: 'Nouvel événement', edit: 'Modifier l’événement' },
  sessions: { add: 'Nouvelle session d’entrée', edit: 'Modifier la session d’entrée' },
  places: { add: 'Places disponibles', edit: 'Mettre à jour les places' },
};

export function agendaFormCard(
  kind: AgendaKind,
  catalogue: Catalogue,
  options: { id?: string; values?: AgendaFormValues; errors?: Record<string, string> } = {},
) {
  const { id, values = {}, errors = {} } = options;
  const specs = fieldsFor(kind, catalogue);
  // An error on a column shown by two fields (day and time) appears once, under the second.
  const lastFieldOfColumn = new Map(specs.map((s) => [s.column, s.id]));
  return formCard({
    title: id ? FORM_TITLES[kind].edit : FORM_TITLES[kind].add,
    formError: Object.keys(errors).length > 0 ? FORM_ERROR_TEXT : '',
    fields: specs.map((spec) => ({
      id: spec.id,
      label: spec.label,
      input: spec.input,
      value: values[spec.id] ?? '',
      multiline: spec.multiline ?? false,
      choices: spec.choices ?? [],
      placeholder: spec.input === 'number' ? 'Nombre entier' : '',
      error: lastFieldOfColumn.get(spec.column) === spec.id ? (errors[spec.column] ?? '') : '',
    })),
    submitTitle: 'Enregistrer',
    submitData: { verb: VERBS.saveAgendaItem, kind, ...(id ? { id } : {}) },
  });
}

function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export type AgendaFormReading<K extends AgendaKind> =
  { ok: true; item: AgendaItem<K> } | { ok: false; values: AgendaFormValues; errors: Record<string, string> };

/** Reads a submitted form through the CSV rules; `today` stamps a place count. */
export function readAgendaForm<K extends AgendaKind>(
  kind: K,
  data: Record<string, unknown>,
  catalogue: Catalogue,
  today: string,
): AgendaFormReading<K> {
  const values: AgendaFormValues = {};
  for (const spec of fieldsFor(kind, catalogue)) {
    const raw = data[spec.id];
    values[spec.id] = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  }
  const byColumn = (column: string) =>
    fieldsFor(kind, catalogue)
      .filter((s) => s.column === column)
      .map((s) => values[s.id])
      .join(' ')
      .trim();
  const row = CSV_COLUMNS[kind].map((column) => (column === 'mise_a_jour' ? today : byColumn(column)));
  const parsed = parseAgendaCsv(kind, `${CSV_COLUMNS[kind].join(';')}\n${row.map(csvField).join(';')}\n`);
  if (parsed.ok && parsed.items.length === 1) return { ok: true, item: parsed.items[0]! as AgendaItem<K> };
  const errors: Record<string, string> = {};
  for (const error of parsed.ok ? [] : parsed.errors) {
    const column = error.column ?? CSV_COLUMNS[kind][0]!;
    errors[column] = errors[column] ? `${errors[column]} ; ${error.message}` : capitalizeFirst(error.message);
  }
  return { ok: false, values, errors };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
