import { randomUUID } from 'node:crypto';
import type { Attachment } from 'botbuilder';
import { noticeCard } from '../../cards/welcome-card.js';
import { periodBounds, prescriptionsCsv, type ExportLabels } from '../../data/prescriptions/export.js';
import type { UserRef } from '../../data/prescriptions/model.js';
import type { Prescriptions } from '../../data/prescriptions/prescriptions.js';
import { periodDetail } from '../export-command.js';

/**
 * The prescriptions export from the chat, through Teams' file consent flow: the bot
 * offers the file, the person accepts, Teams gives an upload address in their
 * OneDrive, and the file goes there. The file is kept in memory only, for its owner,
 * for a few minutes; it is never written to the bot's disk.
 */

const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';
const KEEP_MS = 10 * 60 * 1000;

/** OneDrive and SharePoint hosts: the only places an export is ever uploaded to. */
const UPLOAD_HOST = /^[a-z0-9-]+(-my)?\.sharepoint(-df)?\.com$/i;

type Pending = { bytes: Buffer; name: string; owner: string; expires: number };

export type PrepareOutcome = { kind: 'invalid'; message: string } | { kind: 'ready'; card: Attachment };

export class PrescriptionExports {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly deps: {
      prescriptions: Prescriptions;
      labels: ExportLabels;
      clock: () => Date;
      upload: (url: string, bytes: Buffer) => Promise<void>;
    },
  ) {}

  /** Builds the file and answers with the consent card. */
  async prepare(period: { from: string; to: string }, who: UserRef): Promise<PrepareOutcome> {
    let bounds: { from: string; to: string };
    try {
      bounds = periodBounds(period.from || undefined, period.to || undefined);
    } catch (error) {
      return { kind: 'invalid', message: (error as Error).message };
    }
    const detail = periodDetail({ from: period.from || undefined, to: period.to || undefined });
    const prescriptions = await this.deps.prescriptions.exportPeriod(bounds, who, detail);
    if (prescriptions.length === 0)
      return { kind: 'invalid', message: 'Aucune prescription envoyée sur cette période.' };
    const n = prescriptions.length;
    return this.offer(
      Buffer.from(prescriptionsCsv(prescriptions, this.deps.labels), 'utf8'),
      `prescriptions-${period.from || 'debut'}-${period.to || 'aujourdhui'}.csv`,
      `${n} prescription${n > 1 ? 's' : ''} (${detail}), pour PANDA. Données personnelles : à garder dans un espace protégé.`,
      who,
    );
  }

  /** Everything the bot holds about one person (a right-of-access request): their prescriptions, full history and audit trail. */
  async preparePerson(ids: readonly string[], who: UserRef): Promise<PrepareOutcome> {
    const found = await this.deps.prescriptions.exportPerson(ids, who);
    if (found.prescriptions.length === 0)
      return { kind: 'invalid', message: 'Plus rien à exporter : ces prescriptions ont été effacées.' };
    return this.offer(
      Buffer.from(JSON.stringify(found, null, 2), 'utf8'),
      `donnees-personne-${this.deps.clock().toISOString().slice(0, 10)}.json`,
      'Toutes les données de cette personne (prescriptions, historique, traces d’accès), pour répondre à sa demande. À transmettre par un canal sûr.',
      who,
    );
  }

  private offer(bytes: Buffer, name: string, description: string, who: UserRef): PrepareOutcome {
    const token = randomUUID();
    const now = this.deps.clock().getTime();
    this.dropExpired(now);
    this.pending.set(token, { bytes, name, owner: who.id, expires: now + KEEP_MS });
    return {
      kind: 'ready',
      card: {
        contentType: FILE_CONSENT,
        name,
        content: {
          description,
          sizeInBytes: bytes.byteLength,
          acceptContext: { token },
          declineContext: { token },
        },
      },
    };
  }

  /**
   * The person accepted: the file goes to the address Teams gave, if the token is
   * theirs and the address is their OneDrive. Answers the card to show next.
   */
  async accept(token: unknown, uploadUrl: unknown, contentUrl: unknown, who: UserRef): Promise<Attachment> {
    const pending = typeof token === 'string' ? this.pending.get(token) : undefined;
    if (!pending || pending.owner !== who.id || pending.expires < this.deps.clock().getTime())
      return noticeCard('Cet export n’est plus disponible : demandez-le à nouveau.');
    if (typeof uploadUrl !== 'string' || !isOneDrive(uploadUrl))
      return noticeCard('Adresse de dépôt refusée : l’export n’a pas été envoyé.');
    this.pending.delete(token as string);
    await this.deps.upload(uploadUrl, pending.bytes);
    return {
      contentType: FILE_INFO,
      name: pending.name,
      contentUrl: typeof contentUrl === 'string' ? contentUrl : undefined,
      content: { fileType: pending.name.endsWith('.json') ? 'json' : 'csv' },
    };
  }

  /** Only the person the file was prepared for can decline it. */
  decline(token: unknown, who: UserRef): void {
    if (typeof token === 'string' && this.pending.get(token)?.owner === who.id) this.pending.delete(token);
  }

  private dropExpired(now: number): void {
    for (const [token, p] of this.pending) if (p.expires < now) this.pending.delete(token);
  }
}

function isOneDrive(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && UPLOAD_HOST.test(parsed.hostname);
  } catch {
    return false;
  }
}
