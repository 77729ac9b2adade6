import { describe, expect, it } from 'vitest';
import {
  decodeCsv,
  detectAgendaKind,
  diffImport,
  parseAgendaCsv,
  type ImportError,
} from '../../../data/agenda/csv-import.js';

const EVENTS_HEADER = 'type;titre;debut;fin;lieu;metier;description;places';
const row =
  'reunion_metier;Réunion métier logistique;2027-01-19 09:00;2027-01-19 11:30;Montauban – centre;Logistique;Évaluation;12';

/** Windows-1252 bytes as Excel writes them: é = E9, É = C9, – = 96, ’ = 92. */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '–': 0x96, '’': 0x92, '€': 0x80 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

describe('decodeCsv', () => {
  it.each([
    ['UTF-8', Buffer.from(`${EVENTS_HEADER}\n${row}`, 'utf8')],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${EVENTS_HEADER}\n${row}`, 'utf8')]),
    ],
    ['Windows-1252', cp1252(`${EVENTS_HEADER}\n${row}`)],
  ])('reads %s with its accents right', (_name, bytes) => {
    const parsed = parseAgendaCsv('events', bytes);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.items[0]).toMatchObject({
        title: 'Réunion métier logistique',
        place: 'Montauban – centre',
        description: 'Évaluation',
      });
    }
  });

  it('decodes the apostrophe Excel writes in Windows-1252', () => {
    expect(decodeCsv(cp1252('Cariste d’entrepôt'))).toBe('Cariste d’entrepôt');
  });
});

describe('parseAgendaCsv — accepted files', () => {
  it.each([
    ['; and CRLF', `${EVENTS_HEADER}\r\n${row}\r\n`],
    [', and LF', `${EVENTS_HEADER.replace(/;/g, ',')}\n${row.replace(/;/g, ',')}\n`],
    [
      'columns in another order, headers with capitals and accents',
      `Titre;Type;Début;Fin;Lieu;Métier;Description;Places\nRéunion métier logistique;reunion_metier;2027-01-19 09:00;2027-01-19 11:30;Montauban – centre;Logistique;Évaluation;12`,
    ],
  ])('reads a file with %s', (_name, text) => {
    const parsed = parseAgendaCsv('events', text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.items[0]).toMatchObject({
        type: 'reunion_metier',
        start: '2027-01-19T09:00',
        end: '2027-01-19T11:30',
        seats: 12,
      });
  });

  it('keeps separators and line breaks inside quoted fields', () => {
    const parsed = parseAgendaCsv(
      'events',
      `${EVENTS_HEADER}\njpo;"Portes ouvertes; printemps";2027-03-29 09:00;2027-03-29 12:00;Montauban;;"Ligne 1\nLigne 2";`,
    );
    expect(parsed.ok && parsed.items[0]).toMatchObject({
      title: 'Portes ouvertes; printemps',
      description: 'Ligne 1\nLigne 2',
      seats: null,
    });
  });

  it('keeps the wall-clock time in Paris across the daylight-saving changes', () => {
    const parsed = parseAgendaCsv(
      'events',
      `${EVENTS_HEADER}\njpo;Printemps;2027-03-29 09:00;2027-03-29 12:00;M;;;\njpo;Automne;2027-10-25 09:00;2027-10-25 12:00;M;;;`,
    );
    expect(parsed.ok && parsed.items.map((i) => i.start)).toEqual(['2027-03-29T09:00', '2027-10-25T09:00']);
  });

  it('reads sessions and places', () => {
    const sessions = parseAgendaCsv(
      'sessions',
      'dispositif;volet;debut;fin;lieu;modalite;places\nprepa-competences;volet 1;2027-01-04;2027-01-15;Montauban;mixte;',
    );
    expect(sessions.ok && sessions.items[0]).toMatchObject({
      dispositif: 'prepa-competences',
      volet: 'volet 1',
      modality: 'mixte',
      seats: null,
    });
    const places = parseAgendaCsv(
      'places',
      'formation,metier,debut,fin,lieu,places_disponibles,mise_a_jour\nMaçon,Maçonnerie,2027-01-04,2027-07-02,Montauban,3,2026-11-25 16:30',
    );
    expect(places.ok && places.items[0]).toMatchObject({
      training: 'Maçon',
      available: 3,
      updatedAt: '2026-11-25T16:30',
    });
  });

  it('gives the same ids to the same rows, so that a re-import is recognised', () => {
    const text = `${EVENTS_HEADER}\n${row}`;
    const a = parseAgendaCsv('events', text);
    const b = parseAgendaCsv('events', text);
    expect(a.ok && b.ok && a.items[0]!.id === b.items[0]!.id).toBe(true);
  });
});

describe('parseAgendaCsv — refused files name each bad line, column and reason', () => {
  const errorsOf = (kind: 'events' | 'sessions' | 'places', text: string): ImportError[] => {
    const parsed = parseAgendaCsv(kind, text);
    if (parsed.ok) throw new Error('expected the file to be refused');
    return parsed.errors;
  };

  it.each([
    ['an unknown type', 'fete;Bal;2027-03-01 09:00;2027-03-01 12:00;M;;;', 'type', /type inconnu : « fete »/],
    ['a missing title', 'jpo;;2027-03-01 09:00;2027-03-01 12:00;M;;;', 'titre', /titre manquant/],
    [
      'an impossible date',
      'jpo;JPO;2027-02-30 09:00;2027-02-30 12:00;M;;;',
      'debut',
      /date impossible : 2027-02-30/,
    ],
    ['an impossible time', 'jpo;JPO;2027-03-01 25:00;2027-03-01 26:00;M;;;', 'debut', /heure impossible/],
    [
      'a date in another format',
      'jpo;JPO;01/03/2027 09:00;01/03/2027 12:00;M;;;',
      'debut',
      /AAAA-MM-JJ HH:mm/,
    ],
    [
      'an end before the start',
      'jpo;JPO;2027-03-01 12:00;2027-03-01 09:00;M;;;',
      'fin',
      /n’est pas après le début/,
    ],
    [
      'negative places',
      'jpo;JPO;2027-03-01 09:00;2027-03-01 12:00;M;;;-2',
      'places',
      /nombre de places invalide : « -2 »/,
    ],
    [
      'non-numeric places',
      'jpo;JPO;2027-03-01 09:00;2027-03-01 12:00;M;;;dix',
      'places',
      /nombre de places invalide : « dix »/,
    ],
  ])('%s', (_name, line, column, message) => {
    const errors = errorsOf('events', `${EVENTS_HEADER}\n${line}`);
    expect(errors).toContainEqual(
      expect.objectContaining({ line: 2, column, message: expect.stringMatching(message) }),
    );
  });

  it('refuses an unknown dispositif or modality, and an end before the start', () => {
    const errors = errorsOf(
      'sessions',
      'dispositif;volet;debut;fin;lieu;modalite;places\nprepa;v1;2027-01-04;2027-01-15;M;presentiel;\nprepa-competences;v1;2027-01-15;2027-01-04;M;en ligne;',
    );
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'dispositif'],
      [3, 'modalite'],
      [3, 'fin'],
    ]);
  });

  it('reports every bad line of the file, with the real line number, and imports nothing', () => {
    const text = [
      EVENTS_HEADER,
      '',
      'jpo;;2027-03-01 09:00;2027-03-01 12:00;M;;;',
      'jpo;"Deux\nlignes";2027-03-01 09:00;2027-03-01 12:00;M;;;x',
      row,
      'jpo;JPO;2027-13-01 09:00;2027-13-01 10:00;M;;;',
    ].join('\n');
    const parsed = parseAgendaCsv('events', text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect([...new Set(parsed.errors.map((e) => e.line))]).toEqual([3, 4, 7]);
  });

  it('names a missing or unknown column on line 1', () => {
    const errors = errorsOf('events', 'type;titre;debut;fin;lieu;description;places;couleur\n');
    expect(errors).toEqual([
      expect.objectContaining({
        line: 1,
        column: 'metier',
        message: expect.stringMatching(/colonne manquante/),
      }),
      expect.objectContaining({
        line: 1,
        column: 'couleur',
        message: expect.stringMatching(/colonne inconnue/),
      }),
    ]);
  });

  it('refuses a line with too many fields, an empty file and a duplicated line', () => {
    expect(errorsOf('events', `${EVENTS_HEADER}\n${row};extra`)[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/champ/),
    });
    expect(errorsOf('events', '')[0]).toMatchObject({ line: 1, message: 'fichier vide' });
    expect(errorsOf('events', `${EVENTS_HEADER}\n${row}\n${row}`)[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/double.*ligne 2/),
    });
  });

  it('accepts a header-only file as an empty list', () => {
    expect(parseAgendaCsv('events', `${EVENTS_HEADER}\n`)).toEqual({ ok: true, kind: 'events', items: [] });
  });
});

describe('diffImport', () => {
  it('counts new, changed, unchanged and removed rows', () => {
    const parse = (text: string) => {
      const parsed = parseAgendaCsv(
        'places',
        `formation;metier;debut;fin;lieu;places_disponibles;mise_a_jour\n${text}`,
      );
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      return parsed.items;
    };
    const current = parse(
      'Maçon;Maçonnerie;2027-01-04;2027-07-02;M;3;2026-11-20\nCariste;Logistique;2027-01-04;2027-03-05;M;5;2026-11-20\nPlombier;;2027-02-01;2027-06-30;M;2;2026-11-20',
    );
    const incoming = parse(
      'Maçon;Maçonnerie;2027-01-04;2027-07-02;M;3;2026-11-20\nCariste;Logistique;2027-01-04;2027-03-05;M;4;2026-11-27\nSoudeur;;2027-02-01;2027-06-30;M;6;2026-11-27',
    );
    expect(diffImport('places', current, incoming)).toEqual({
      added: 1,
      changed: 1,
      unchanged: 1,
      removed: 1,
    });
  });
});

describe('detectAgendaKind', () => {
  it.each([
    ['type;titre;debut;fin;lieu;metier;description;places\n', 'events'],
    ['Dispositif,Volet,Début,Fin,Lieu,Modalité,Places\r\n', 'sessions'],
    ['\uFEFFformation;metier;debut;fin;lieu;places_disponibles;mise_a_jour', 'places'],
    ['nom;prenom;date\n', undefined],
  ])('« %s » → %s', (text, kind) => {
    expect(detectAgendaKind(text)).toBe(kind);
  });
});
