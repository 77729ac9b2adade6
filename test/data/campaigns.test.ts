import { describe, expect, it } from 'vitest';
import { AGREEMENT_2022, Campaigns, type CampaignRecord } from '../../data/campaigns.js';
import { AGREEMENT_2022_CAMPAIGN } from '../../data/eligibility.js';
import { MemoryDocumentStore } from '../../data/store/document-store.js';

const campaign2027: CampaignRecord = {
  year: 2027,
  entryDeadline: '2027-12-31',
  completionDeadline: '2028-04-30',
  targets: { 'prepa-competences': 40, 'competences-pec': null, 'promo-16-18': 12 },
  source: 'Avenant, saisi par Admin',
  updatedBy: 'Admin',
  updatedAt: '2026-11-29T10:00:00.000Z',
};
const on = (day: string) => new Date(`${day}T12:00:00+01:00`);

describe('Campaigns', () => {
  it('starts from the agreement’s 2022 campaign and its targets 30 / 50 / 10 (protocol §§ 4, 8)', async () => {
    const campaigns = await Campaigns.open(new MemoryDocumentStore(), AGREEMENT_2022_CAMPAIGN);
    expect(campaigns.all()).toEqual([AGREEMENT_2022]);
    expect(AGREEMENT_2022.targets).toEqual({
      'prepa-competences': 30,
      'competences-pec': 50,
      'promo-16-18': 10,
    });
    expect(campaigns.current(on('2026-11-29')).year).toBe(2022);
  });

  it('takes other configured dates as the first campaign, without inventing targets', async () => {
    const campaigns = await Campaigns.open(new MemoryDocumentStore(), {
      entryDeadline: '2024-12-31',
      completionDeadline: '2025-04-30',
    });
    // The agreement's own 2022 campaign stays on record, with its targets.
    expect(campaigns.all().map((c) => c.year)).toEqual([2022, 2024]);
    const configured = campaigns.all()[1]!;
    expect(configured).toMatchObject({
      year: 2024,
      targets: { 'prepa-competences': null, 'competences-pec': null, 'promo-16-18': null },
    });
    expect(campaigns.current(on('2024-06-01')).year).toBe(2024);
    // With no target of its own, the figures show the last targets set: the agreement's.
    expect(campaigns.targetsFor(configured).year).toBe(2022);
  });

  it.each([
    ['before the 2027 deadline', '2026-11-29', 2027],
    ['on the 2027 deadline', '2027-12-31', 2027],
    ['after every deadline: the last one to close', '2028-01-01', 2027],
  ])('picks the campaign %s', async (_label, day, year) => {
    const docs = new MemoryDocumentStore();
    const campaigns = await Campaigns.open(docs, AGREEMENT_2022_CAMPAIGN);
    await campaigns.save(campaign2027);
    expect(campaigns.current(on(day)).year).toBe(year);
  });

  it('picks the open campaign that closes first when two are open', async () => {
    const campaigns = await Campaigns.open(new MemoryDocumentStore(), AGREEMENT_2022_CAMPAIGN);
    await campaigns.save(campaign2027);
    await campaigns.save({
      ...campaign2027,
      year: 2028,
      entryDeadline: '2028-12-31',
      completionDeadline: '2029-04-30',
    });
    expect(campaigns.current(on('2027-06-01')).year).toBe(2027);
    expect(campaigns.current(on('2028-01-01')).year).toBe(2028);
  });

  it('keeps what was saved across a reopen, and changes a year in place', async () => {
    const docs = new MemoryDocumentStore();
    const first = await Campaigns.open(docs, AGREEMENT_2022_CAMPAIGN);
    expect(await first.save(campaign2027)).toBe('added');
    expect(await first.save({ ...campaign2027, entryDeadline: '2027-06-30' })).toBe('updated');
    const reopened = await Campaigns.open(docs, AGREEMENT_2022_CAMPAIGN);
    expect(reopened.all().map((c) => [c.year, c.entryDeadline])).toEqual([
      [2022, '2022-12-31'],
      [2027, '2027-06-30'],
    ]);
  });

  it('refuses a completion before the last entry day, and writes nothing', async () => {
    const docs = new MemoryDocumentStore();
    const campaigns = await Campaigns.open(docs, AGREEMENT_2022_CAMPAIGN);
    await expect(campaigns.save({ ...campaign2027, completionDeadline: '2027-01-01' })).rejects.toThrow();
    expect(campaigns.all()).toHaveLength(1);
    expect((await docs.all('campaigns')).size).toBe(0);
  });
});
