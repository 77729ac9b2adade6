import type { Attachment, ChannelAccount } from 'botbuilder';
import { z } from 'zod';
import { importDoneCard, importErrorsCard, importPreviewCard, importSample } from '../cards/agenda-cards.js';
import type { AgendaStore } from '../data/agenda/agenda-store.js';
import { decodeCsv, detectAgendaKind, diffImport, parseAgendaCsv } from '../data/agenda/csv-import.js';
import { countLabel } from '../data/agenda/model.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { describeError, type Logger } from './logger.js';
import {
  DownloadRefusedError,
  downloadFile,
  FileTooLargeError,
  type DownloadRules,
} from './teams/file-download.js';

const DEFAULT_DOWNLOAD_RULES: DownloadRules = { hosts: ['*.sharepoint.com'] };

/** How Teams hands a file dropped in a personal chat to a bot. */
export const TEAMS_FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';

const TeamsFileSchema = z.object({
  contentType: z.literal(TEAMS_FILE_DOWNLOAD),
  name: z.string().optional(),
  content: z.object({ downloadUrl: z.string().url(), fileType: z.string().optional() }).passthrough(),
});
/** The Bot Framework Emulator and the Playground send a plain attachment with a URL. */
const PlainCsvSchema = z.object({
  contentType: z.enum(['text/csv', 'application/vnd.ms-excel', 'application/csv']),
  name: z.string().optional(),
  contentUrl: z.string().url(),
});

export type IncomingFile = { name: string; url: string };

export function findIncomingFile(attachments: unknown[] | undefined): IncomingFile | undefined {
  for (const attachment of attachments ?? []) {
    const teams = TeamsFileSchema.safeParse(attachment);
    if (teams.success) return { name: teams.data.name ?? 'fichier.csv', url: teams.data.content.downloadUrl };
    const plain = PlainCsvSchema.safeParse(attachment);
    if (plain.success) return { name: plain.data.name ?? 'fichier.csv', url: plain.data.contentUrl };
  }
  return undefined;
}

/**
 * AFPA publishes its agenda from the chat: a CSV file gives a preview, and only
 * "Importer" changes anything. The card-action table checks who may.
 */
export class AgendaPublisher {
  constructor(
    private readonly deps: {
      agenda: AgendaStore;
      catalogue: Catalogue;
      maxImportBytes: number;
      logger: Logger;
      /** Where files may come from; the default takes them from SharePoint only. */
      downloads?: DownloadRules;
    },
  ) {}

  /** Reads a file sent in the chat and answers with its preview or its errors. Nothing is published yet. */
  async preview(file: IncomingFile, from: ChannelAccount): Promise<Attachment> {
    let bytes: Uint8Array;
    try {
      bytes = await downloadFile(
        file.url,
        this.deps.maxImportBytes,
        this.deps.downloads ?? DEFAULT_DOWNLOAD_RULES,
      );
    } catch (error) {
      this.deps.logger.warn('import_download_failed', describeError(error));
      const text =
        error instanceof FileTooLargeError
          ? `Ce fichier dépasse ${Math.round(error.limit / 1_000_000)} Mo : découpez-le ou retirez les lignes passées.`
          : error instanceof DownloadRefusedError
            ? 'Ce fichier n’est pas hébergé par Teams (SharePoint / OneDrive) : je ne le télécharge pas. Déposez-le directement dans cette conversation.'
            : 'Je n’ai pas pu récupérer le fichier depuis Teams. Réessayez dans un instant.';
      return importDoneCard('Fichier non reçu', text, false);
    }
    const text = decodeCsv(bytes);
    const kind = detectAgendaKind(text);
    if (!kind) {
      return importErrorsCard(undefined, [
        {
          line: 1,
          message:
            'en-tête non reconnu : ce fichier n’est ni des événements, ni des sessions d’entrée, ni des places.',
        },
      ]);
    }
    const parsed = parseAgendaCsv(kind, text);
    if (!parsed.ok) return importErrorsCard(kind, parsed.errors);
    const current = await this.deps.agenda.list(kind);
    const diff = diffImport(kind, current, parsed.items);
    const importId = await this.deps.agenda.stageImport(kind, parsed.items, from.aadObjectId ?? from.id);
    this.deps.logger.info('import_staged', { kind, rows: parsed.items.length });
    return importPreviewCard(kind, importId, diff, importSample(kind, parsed.items, this.deps.catalogue));
  }

  async confirm(importId: string): Promise<Attachment> {
    const done = await this.deps.agenda.commitImport(importId);
    if (!done) {
      return importDoneCard(
        'Import déjà traité ou expiré',
        'Cet aperçu n’est plus valable : renvoyez le fichier pour recommencer.',
        false,
      );
    }
    this.deps.logger.info('import_committed', { kind: done.kind, rows: done.count });
    return importDoneCard(
      'Import terminé',
      `C’est publié : ${countLabel(done.kind, done.count)}. Les référents le voient dès maintenant.`,
      true,
    );
  }

  cancel(): Attachment {
    return importDoneCard('Import annulé', 'Rien n’a changé.', false);
  }
}
