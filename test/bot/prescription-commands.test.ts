import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { DocumentPrescriptionStore } from '../../data/prescriptions/prescription-store.js';
import { CLI_ACTOR, runExport } from '../../bot/export-command.js';
import { runPurge } from '../../bot/purge-command.js';
import { openStores } from '../../bot/stores.js';
import { currentStatus, type Prescription, type Status } from '../../data/prescriptions/model.js';
import { auditEntry } from '../../data/prescriptions/prescription-store.js';

const REFERENT = { id: '29:ref', aadObjectId: 'aad-ref', name: 'Claire Référente' };
const AFPA_AGENT = { id: '29:afpa', name: 'Agent AFPA' };

/** Today in these tests: Tuesday 1 June 2027, noon in Paris. */
const NOW = new Date('2027-06-01T10:00:00.000Z');

/** A prescription sent at `sent`, then moved through `steps` (status, instant). */
function prescription(
  id: string,
  sent: string,
  steps: Array<[Status, string]> = [],
  lastName = 'Dupré',
): Prescription {
  return {
    id,
    formId: `form-${id}`,
    dispositif: 'prepa-competences',
    volet: 'volet-2',
    session: null,
    person: {
      lastName,
      firstName: 'Élodie',
      birthDate: '1990-05-07',
      phone: '06 12 34 56 78',
      email: 'elodie@exemple.fr',
      town: 'Moissac',
    },
    situation: { rsa: true, accompaniedByDepartment: true },
    conditions: { mobility: true, childcare: true, other: false, otherText: '' },
    comment: 'Disponible le matin',
    consent: { adhesion: true, dataInformed: true },
    referent: REFERENT,
    createdAt: sent,
    history: [
      { at: sent, status: 'envoyee', actor: 'referent', by: REFERENT },
      ...steps.map(([status, at]) => ({
        at,
        status,
        actor: 'afpa' as const,
        by: AFPA_AGENT,
        ...(status === 'refusee' ? { reason: 'injoignable', comment: 'Trois appels sans réponse' } : {}),
      })),
    ],
    reminders: [],
  };
}

const OLD = prescription('P-AAAA22', '2024-09-02T08:00:00.000Z', [
  ['recue', '2024-09-03T08:00:00.000Z'],
  ['refusee', '2024-10-01T08:00:00.000Z'],
]);
/** Sent more than 24 months ago, but its last event is recent: it stays. */
const ACTIVE = prescription(
  'P-BBBB33',
  '2025-03-03T08:00:00.000Z',
  [['recue', '2025-08-01T08:00:00.000Z']],
  'Martin',
);
/** 23:30 UTC on 31 January 2027 is 1 February in Paris. */
const FEBRUARY = prescription('P-CCCC44', '2027-01-31T23:30:00.000Z', [], 'Nguyễn');
/** 21:30 UTC on 31 March 2027 is still 31 March in Paris (summer time). */
const END_OF_MARCH = prescription('P-DDDD55', '2027-03-31T21:30:00.000Z', [], 'Lefèvre');
/** 22:30 UTC on 31 March 2027 is already 1 April in Paris. */
const APRIL = prescription('P-EEEE66', '2027-03-31T22:30:00.000Z', [], 'Garcia');

describe('npm run export / npm run purge', () => {
  let dir: string;
  let lines: string[];
  const env = () => ({ DATA_DIR: dir });
  const exportCsv = (...argv: string[]) =>
    runExport(
      argv,
      (line) => lines.push(line),
      env(),
      () => NOW,
    );
  const purge = (...argv: string[]) =>
    runPurge(
      argv,
      (line) => lines.push(line),
      env(),
      () => NOW,
    );
  const open = async () => {
    const stores = await openStores(loadConfig(env()), () => NOW);
    // The raw store, to file prescriptions dated in the past.
    return { stores, store: await DocumentPrescriptionStore.open(stores.docs, stores.outbox) };
  };
  const readCsv = async (file: string) =>
    parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prescription-commands-'));
    lines = [];
    const { store } = await open();
    for (const p of [OLD, ACTIVE, FEBRUARY, END_OF_MARCH, APRIL])
      await store.create(p, [], [auditEntry(REFERENT, 'create', [p.id], new Date(p.createdAt))]);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('export', () => {
    it('exports every prescription without a period, oldest first, and audits the export', async () => {
      const file = join(dir, 'tout.csv');
      expect(await exportCsv('prescriptions', file)).toBe(0);
      expect(lines.at(-1)).toBe(`5 prescriptions exportées (toutes les dates) dans ${file}.`);
      const bytes = await readFile(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = await readCsv(file);
      expect(rows.map((r) => r.référence)).toEqual([
        'P-AAAA22',
        'P-BBBB33',
        'P-CCCC44',
        'P-DDDD55',
        'P-EEEE66',
      ]);
      expect(rows[0]).toMatchObject({
        nom: 'Dupré',
        statut: 'Refusée',
        motif: 'Personne injoignable',
        dispositif: 'Prépa Compétences',
        volet: 'Volet 2 : sécuriser l’entrée en formation (4 à 8 jours)',
        session: 'première session disponible',
        'conditions à sécuriser': 'mobilité, garde d’enfants',
      });
      expect(rows[2]!.nom).toBe('Nguyễn');
      // The file holds personal data: its owner alone reads it.
      expect((await stat(file)).mode & 0o077).toBe(0);
      const { store } = await open();
      const audit = await store.auditOf('P-CCCC44');
      expect(audit.at(-1)).toMatchObject({ action: 'export', actor: CLI_ACTOR, at: NOW.toISOString() });
      expect(audit.at(-1)!.prescriptionIds).toHaveLength(5);
    });

    it('exports the Paris days from --from to --to, both included', async () => {
      const file = join(dir, 'trimestre.csv');
      expect(await exportCsv('prescriptions', '--from', '2027-02-01', '--to', '2027-03-31', file)).toBe(0);
      expect(lines.at(-1)).toBe(`2 prescriptions exportées (du 2027-02-01 au 2027-03-31) dans ${file}.`);
      expect((await readCsv(file)).map((r) => r.référence)).toEqual(['P-CCCC44', 'P-DDDD55']);
      const { store } = await open();
      expect((await store.auditOf('P-DDDD55')).at(-1)?.action).toBe('export');
      expect((await store.auditOf('P-EEEE66')).map((a) => a.action)).toEqual(['create']);
    });

    it('takes an open-ended period from --from or --to alone', async () => {
      const after = join(dir, 'avril.csv');
      expect(await exportCsv('prescriptions', '--from=2027-04-01', after)).toBe(0);
      expect((await readCsv(after)).map((r) => r.référence)).toEqual(['P-EEEE66']);
      const before = join(dir, 'janvier.csv');
      expect(await exportCsv('prescriptions', '--to', '2027-01-31', before)).toBe(0);
      expect((await readCsv(before)).map((r) => r.référence)).toEqual(['P-AAAA22', 'P-BBBB33']);
      expect(lines.at(-1)).toMatch(/^2 prescriptions exportées \(jusqu’au 2027-01-31\)/);
    });

    it('exits 1 on a bad date or a period upside down, and writes nothing', async () => {
      const file = join(dir, 'x.csv');
      expect(await exportCsv('prescriptions', '--from', '2027-02-30', file)).toBe(1);
      expect(lines.at(-1)).toMatch(/Date invalide : « 2027-02-30 »/);
      expect(await exportCsv('prescriptions', '--from', '2027-04-01', '--to', '2027-03-01', file)).toBe(1);
      expect(lines.at(-1)).toMatch(/après la date de fin/);
      await expect(stat(file)).rejects.toThrow();
    });

    it('exits 2 with its usage on bad arguments', async () => {
      for (const argv of [
        [],
        ['prescriptions'],
        ['sessions', 'x.csv'],
        ['prescriptions', '--from', '2027-01-01'],
        ['prescriptions', 'a.csv', 'b.csv'],
        ['prescriptions', '--since', '2027-01-01', 'x.csv'],
        ['prescriptions', '--from', '2027-01-01', '--from', '2027-02-01', 'x.csv'],
      ]) {
        lines = [];
        expect(await exportCsv(...argv), argv.join(' ')).toBe(2);
        expect(lines).toEqual([expect.stringMatching(/^Usage : npm run export -- prescriptions/)]);
      }
    });
  });

  describe('purge', () => {
    it('with --dry-run, names what it would erase and changes nothing', async () => {
      expect(await purge('--dry-run')).toBe(0);
      expect(lines).toEqual([
        'Essai à blanc : 1 prescription serait effacée (dernier événement il y a plus de 24 mois).',
        '  P-AAAA22',
        'Rien n’a été modifié.',
      ]);
      const { store } = await open();
      expect(await store.get('P-AAAA22')).toEqual(OLD);
      expect((await store.auditOf('P-AAAA22')).map((a) => a.action)).toEqual(['create']);
    });

    it('erases the personal fields of what is past the retention, keeps the reference and statuses, and audits it', async () => {
      expect(await purge()).toBe(0);
      expect(lines).toEqual([
        '1 prescription effacée (dernier événement il y a plus de 24 mois) : les données personnelles ont été supprimées.',
      ]);
      const { store } = await open();
      const old = (await store.get('P-AAAA22'))!;
      expect(old.erasedAt).toBe(NOW.toISOString());
      expect(old.person).not.toMatchObject({ lastName: 'Dupré' });
      expect(JSON.stringify(old)).not.toMatch(
        /Dupré|Élodie|1990-05-07|06 12|elodie@|Moissac|Disponible|Trois appels/,
      );
      expect(old.id).toBe('P-AAAA22');
      expect(old.dispositif).toBe('prepa-competences');
      expect(old.history.map((h) => [h.status, h.at])).toEqual(OLD.history.map((h) => [h.status, h.at]));
      expect(old.history.at(-1)?.reason).toBe('injoignable');
      expect(currentStatus(old)).toBe('refusee');
      expect((await store.auditOf('P-AAAA22')).at(-1)).toMatchObject({
        action: 'purge',
        at: NOW.toISOString(),
      });

      // Newer than the retention: untouched.
      for (const p of [ACTIVE, FEBRUARY, END_OF_MARCH, APRIL]) expect(await store.get(p.id)).toEqual(p);

      // The export shows the erased prescription with nothing that identifies the person.
      const file = join(dir, 'apres-purge.csv');
      lines = [];
      expect(await exportCsv('prescriptions', '--to', '2024-12-31', file)).toBe(0);
      const [row] = await readCsv(file);
      expect(row).toMatchObject({
        référence: 'P-AAAA22',
        nom: '',
        prénom: '',
        commune: '',
        statut: 'Refusée',
      });

      // Run again: nothing left to erase.
      lines = [];
      expect(await purge()).toBe(0);
      expect(lines[0]).toMatch(/^0 prescription effacée/);
    });

    it('follows RETENTION_MONTHS', async () => {
      const run = (months: string) =>
        runPurge(
          ['--dry-run'],
          (line) => lines.push(line),
          { DATA_DIR: dir, RETENTION_MONTHS: months },
          () => NOW,
        );
      expect(await run('6')).toBe(0);
      expect(lines).toEqual([
        'Essai à blanc : 2 prescriptions seraient effacées (dernier événement il y a plus de 6 mois).',
        '  P-AAAA22',
        '  P-BBBB33',
        'Rien n’a été modifié.',
      ]);
    });

    it('exits 2 with its usage on an unknown argument', async () => {
      expect(await purge('--force')).toBe(2);
      expect(lines).toEqual([expect.stringMatching(/^Usage : npm run purge/)]);
    });
  });
});
