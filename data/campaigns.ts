import { z } from 'zod';
import { isIsoDay, parisDay } from './dates.js';
import { AGREEMENT_2022_CAMPAIGN, PROGRAMMES, type Campaign, type Programme } from './eligibility.js';
import type { DocumentStore } from './store/document-store.js';

/**
 * The campaigns of the experiment: the agreement's 2022 one (protocol §§ 4 and 8),
 * then whatever the avenants open. An admin keeps them in the bot; the current one
 * drives the eligibility check, the prescriptions and the welcome card, without a
 * redeploy. The environment variables give the first campaign when none is stored.
 */

const day = z.string().refine(isIsoDay, 'date AAAA-MM-JJ attendue');
const target = z.number().int().min(0).max(100_000).nullable();

export const CampaignRecordSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    entryDeadline: day,
    completionDeadline: day,
    /** The yearly targets of protocol § 4, when the agreement or an avenant sets them. */
    targets: z.object(
      Object.fromEntries(PROGRAMMES.map((p) => [p, target])) as Record<Programme, typeof target>,
    ),
    /** Where the dates and targets come from: the agreement, the configuration, an admin. */
    source: z.string().min(1).max(200),
    updatedBy: z.string().max(200),
    updatedAt: z.string(),
  })
  .refine((c) => c.completionDeadline >= c.entryDeadline, {
    message: 'la fin des parcours ne peut pas précéder la dernière date d’entrée',
    path: ['completionDeadline'],
  });
export type CampaignRecord = z.infer<typeof CampaignRecordSchema>;

/** The agreement's own campaign: 2022, entries until 31 December, targets 30 / 50 / 10 (protocol §§ 4, 8). */
export const AGREEMENT_2022: CampaignRecord = {
  year: 2022,
  entryDeadline: AGREEMENT_2022_CAMPAIGN.entryDeadline,
  completionDeadline: AGREEMENT_2022_CAMPAIGN.completionDeadline,
  targets: { 'prepa-competences': 30, 'competences-pec': 50, 'promo-16-18': 10 },
  source: 'Accord de 2022, protocole §§ 4 et 8',
  updatedBy: '',
  updatedAt: '2022-01-01T00:00:00.000Z',
};

const COLLECTION = 'campaigns';
const keyOf = (year: number) => `campaign-${year}`;

export class Campaigns {
  private readonly stored = new Map<number, CampaignRecord>();

  private constructor(
    private readonly docs: DocumentStore,
    /** The campaign of the configuration, used while no campaign of its year is stored. */
    private readonly initial: CampaignRecord,
  ) {}

  static async open(docs: DocumentStore, configured: Campaign): Promise<Campaigns> {
    const campaigns = new Campaigns(docs, initialCampaign(configured));
    for (const record of (await docs.all<CampaignRecord>(COLLECTION)).values())
      campaigns.stored.set(record.year, record);
    return campaigns;
  }

  /** Every campaign, oldest first; the agreement's own 2022 campaign is always one of them. */
  all(): CampaignRecord[] {
    const byYear = new Map<number, CampaignRecord>([
      [AGREEMENT_2022.year, AGREEMENT_2022],
      [this.initial.year, this.initial],
      ...this.stored,
    ]);
    return [...byYear.values()].sort((a, b) => a.year - b.year);
  }

  /**
   * The campaign that applies on `today`: the open one that closes first, or, when
   * all are closed, the last one to have closed (so that the bot says since when).
   */
  current(today: Date): CampaignRecord {
    const day = parisDay(today);
    const all = this.all();
    const open = all.filter((c) => c.entryDeadline >= day).sort(byDeadline);
    return open[0] ?? all.sort(byDeadline).at(-1)!;
  }

  /** The targets that apply: the campaign's own, or those of the last campaign that set some (the agreement's). */
  targetsFor(campaign: CampaignRecord): CampaignRecord {
    const hasTargets = (c: CampaignRecord) => Object.values(c.targets).some((t) => t !== null);
    if (hasTargets(campaign)) return campaign;
    return (
      this.all()
        .filter((c) => c.year <= campaign.year && hasTargets(c))
        .at(-1) ?? campaign
    );
  }

  /** Adds a campaign or changes the one of the same year. */
  async save(record: CampaignRecord): Promise<'added' | 'updated'> {
    const checked = CampaignRecordSchema.parse(record);
    const existed = this.all().some((c) => c.year === checked.year);
    await this.docs.commit([{ collection: COLLECTION, key: keyOf(checked.year), document: checked }]);
    this.stored.set(checked.year, checked);
    return existed ? 'updated' : 'added';
  }
}

function byDeadline(a: CampaignRecord, b: CampaignRecord): number {
  return a.entryDeadline.localeCompare(b.entryDeadline);
}

/** The agreement's campaign when the configuration keeps its dates; otherwise the configured dates, with no target invented. */
function initialCampaign(configured: Campaign): CampaignRecord {
  if (
    configured.entryDeadline === AGREEMENT_2022.entryDeadline &&
    configured.completionDeadline === AGREEMENT_2022.completionDeadline
  )
    return AGREEMENT_2022;
  return {
    year: configured.year ?? Number(configured.entryDeadline.slice(0, 4)),
    entryDeadline: configured.entryDeadline,
    completionDeadline: configured.completionDeadline,
    targets: { 'prepa-competences': null, 'competences-pec': null, 'promo-16-18': null },
    source: 'Configuration du bot',
    updatedBy: '',
    updatedAt: '1970-01-01T00:00:00.000Z',
  };
}

/** What the eligibility rules need of a campaign. */
export function asCampaign(record: CampaignRecord): Campaign {
  return {
    year: record.year,
    entryDeadline: record.entryDeadline,
    completionDeadline: record.completionDeadline,
  };
}
