import { describe, expect, it } from 'vitest';
import { openMemoryStores } from '../../bot/stores.js';
import { PrescriptionExports } from '../../bot/teams/prescription-exports.js';
import { testConfig } from '../factories.js';
import { prepaForm } from '../support/prescription-flow.js';

const STAFF = { id: '29:afpa', name: 'AFPA' };
const OTHER = { id: '29:other', name: 'Autre' };
const ONEDRIVE = 'https://contoso-my.sharepoint.com/personal/afpa/_api/upload?session=1';

async function setup() {
  let now = new Date('2027-01-10T10:00:00Z');
  const clock = () => now;
  const stores = await openMemoryStores(
    testConfig({ CAMPAIGN_ENTRY_DEADLINE: '2027-12-31', CAMPAIGN_COMPLETION_DEADLINE: '2028-04-30' }),
    clock,
  );
  const uploads: Array<{ url: string; text: string }> = [];
  const exports = new PrescriptionExports({
    prescriptions: stores.prescriptions,
    labels: { reason: (_l, code) => code, dispositif: (id) => id },
    clock,
    upload: async (url, bytes) => {
      uploads.push({ url, text: bytes.toString('utf8') });
    },
  });
  const submitted = await stores.prescriptions.submit(
    '2c1d6c1e-1111-4a5b-9c1d-000000000001',
    { dispositif: 'prepa-competences', ...prepaForm('premiere') },
    {
      id: '29:ref',
      name: 'Référente',
    },
  );
  if (!('prescription' in submitted)) throw new Error('setup: the form was refused');
  const token = async () => {
    const outcome = await exports.prepare({ from: '2027-01-01', to: '2027-01-31' }, STAFF);
    if (outcome.kind !== 'ready') throw new Error(outcome.message);
    return (outcome.card.content as { acceptContext: { token: string } }).acceptContext.token;
  };
  return {
    stores,
    exports,
    uploads,
    token,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
    id: submitted.prescription.id,
  };
}

describe('the prescriptions export through the file consent flow', () => {
  it('offers the file, then uploads it once to the OneDrive address of the one who asked, and audits the export', async () => {
    const s = await setup();
    const token = await s.token();
    const card = await s.exports.accept(token, ONEDRIVE, 'https://contoso-my.sharepoint.com/f.csv', STAFF);
    expect(card.contentType).toBe('application/vnd.microsoft.teams.card.file.info');
    expect(s.uploads).toHaveLength(1);
    expect(s.uploads[0]!.text.startsWith('\uFEFF')).toBe(true);
    expect(s.uploads[0]!.text).toContain('Martin');
    const again = await s.exports.accept(token, ONEDRIVE, undefined, STAFF);
    expect(again.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(s.uploads).toHaveLength(1);
    expect((await s.stores.prescriptions.auditOf(s.id)).map((a) => a.action)).toContain('export');
  });

  it.each([
    [
      'another person’s token',
      async (s: Awaited<ReturnType<typeof setup>>) =>
        s.exports.accept(await s.token(), ONEDRIVE, undefined, OTHER),
    ],
    [
      'a forged token',
      async (s: Awaited<ReturnType<typeof setup>>) => s.exports.accept('forged', ONEDRIVE, undefined, STAFF),
    ],
    [
      'an address that is not OneDrive',
      async (s: Awaited<ReturnType<typeof setup>>) =>
        s.exports.accept(await s.token(), 'https://127.0.0.1/x', undefined, STAFF),
    ],
    [
      'plain http',
      async (s: Awaited<ReturnType<typeof setup>>) =>
        s.exports.accept(await s.token(), ONEDRIVE.replace('https', 'http'), undefined, STAFF),
    ],
    [
      'an offer older than ten minutes',
      async (s: Awaited<ReturnType<typeof setup>>) => {
        const token = await s.token();
        s.advance(11 * 60 * 1000);
        return s.exports.accept(token, ONEDRIVE, undefined, STAFF);
      },
    ],
  ])('uploads nothing for %s', async (_name, attempt) => {
    const s = await setup();
    const card = await attempt(s);
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.content)).toMatch(/n’est plus disponible|refusée/);
    expect(s.uploads).toHaveLength(0);
  });

  it('says so when the period holds nothing, and refuses a wrong period', async () => {
    const s = await setup();
    expect(await s.exports.prepare({ from: '2026-01-01', to: '2026-01-31' }, STAFF)).toMatchObject({
      kind: 'invalid',
    });
    expect(await s.exports.prepare({ from: '2027-02-01', to: '2027-01-01' }, STAFF)).toMatchObject({
      kind: 'invalid',
    });
  });

  it('exports everything about one person as JSON, history and audit trail included', async () => {
    const s = await setup();
    const outcome = await s.exports.preparePerson([s.id], STAFF);
    if (outcome.kind !== 'ready') throw new Error(outcome.message);
    const token = (outcome.card.content as { acceptContext: { token: string } }).acceptContext.token;
    await s.exports.accept(token, ONEDRIVE, undefined, STAFF);
    const exported = JSON.parse(s.uploads[0]!.text) as {
      prescriptions: Array<{ id: string; history: unknown[] }>;
      audit: unknown[];
    };
    expect(exported.prescriptions.map((p) => p.id)).toEqual([s.id]);
    expect(exported.prescriptions[0]!.history).toHaveLength(1);
    expect(exported.audit.length).toBeGreaterThan(0);
  });
});
