import { join } from 'node:path';
import { AgendaStore, type InvalidItemReport } from '../data/agenda/agenda-store.js';
import { asCampaign, Campaigns } from '../data/campaigns.js';
import { Habilitations } from '../data/access/habilitations.js';
import { rolesOf, type Person, type Role } from '../data/access/roles.js';
import { DigestRuns, type Reach } from '../data/digest/digest-run.js';
import { PlacesAlerts } from '../data/digest/places-alerts.js';
import { Subscriptions } from '../data/digest/subscriptions.js';
import { ConversationDirectory } from '../data/outbox/conversation-directory.js';
import type { StoredReference } from '../data/outbox/conversation-ref.js';
import { Outbox, type OutboxMessage } from '../data/outbox/outbox.js';
import { DocumentPrescriptionStore } from '../data/prescriptions/prescription-store.js';
import { Prescriptions } from '../data/prescriptions/prescriptions.js';
import { Reasons } from '../data/prescriptions/reasons.js';
import { FileDocumentStore, MemoryDocumentStore, type DocumentStore } from '../data/store/document-store.js';
import type { AppConfig } from './config.js';

/** Everything the bot and its commands keep, opened once from the configuration. */
export type Stores = {
  docs: DocumentStore;
  agenda: AgendaStore;
  outbox: Outbox;
  directory: ConversationDirectory;
  habilitations: Habilitations;
  reasons: Reasons;
  prescriptions: Prescriptions;
  campaigns: Campaigns;
  subscriptions: Subscriptions;
  digestRuns: DigestRuns;
  placesAlerts: PlacesAlerts;
  /** The roles of a person, from configuration and from AFPA's habilitations. */
  rolesOf(person: Person | undefined): Set<Role>;
};

export async function openStores(
  config: AppConfig,
  clock: () => Date,
  options: {
    docs?: DocumentStore;
    agenda?: AgendaStore;
    /** Which stored outbox messages this process sends (see Outbox.open); all by default. */
    takeOverOutbox?: (message: OutboxMessage) => boolean;
    /** Told once about each item of the agenda file that is left out because it is not valid. */
    onInvalidAgendaItem?: (report: InvalidItemReport) => void;
  } = {},
): Promise<Stores> {
  const docs = options.docs ?? (await FileDocumentStore.open(join(config.dataDir, 'store')));
  const agenda =
    options.agenda ??
    (await AgendaStore.open(config.dataDir, clock, { onInvalidItem: options.onInvalidAgendaItem }));
  const outbox = await Outbox.open(docs, options.takeOverOutbox);
  const directory = await ConversationDirectory.open(docs, configuredAfpa(config));
  const habilitations = await Habilitations.open(docs);
  const reasons = await Reasons.open(docs);
  const campaigns = await Campaigns.open(docs, config.campaign);
  const store = await DocumentPrescriptionStore.open(docs, outbox);
  const subscriptions = await Subscriptions.open(docs);
  // Whoever blocked the bot, or never opened a chat with it, gets no digest.
  const reach: Reach = (userId) => {
    const contact = directory.contact(userId);
    if (!contact) return 'noChat';
    return contact.unreachableSince ? 'unreachable' : 'ok';
  };
  const digestRuns = await DigestRuns.open({ docs, subscriptions, outbox, reach, clock });
  const placesAlerts = new PlacesAlerts({ docs, agenda, subscriptions, outbox, reach, clock });
  const prescriptions = new Prescriptions({
    store,
    reasons,
    clock,
    campaign: () => asCampaign(campaigns.current(clock())),
    sessions: () => agenda.list('sessions'),
    delays: { reminderDays: config.prescriptions.reminderDays, expiryDays: config.prescriptions.expiryDays },
    retentionMonths: config.prescriptions.retentionMonths,
  });
  return {
    docs,
    agenda,
    outbox,
    directory,
    habilitations,
    reasons,
    prescriptions,
    campaigns,
    subscriptions,
    digestRuns,
    placesAlerts,
    rolesOf: (person) => rolesOf(person, config.access, (ids) => habilitations.isHabilitated(ids)),
  };
}

/** In memory: tests. */
export function openMemoryStores(config: AppConfig, clock: () => Date): Promise<Stores> {
  return AgendaStore.inMemory(clock).then((agenda) =>
    openStores(config, clock, { docs: new MemoryDocumentStore(), agenda }),
  );
}

function configuredAfpa(config: AppConfig): StoredReference | undefined {
  if (!config.afpaConversation) return undefined;
  return {
    serviceUrl: config.afpaConversation.serviceUrl,
    channelId: 'msteams',
    conversation: { id: config.afpaConversation.conversationId, isGroup: true },
    bot: { id: config.auth.appId ? `28:${config.auth.appId}` : 'bot' },
  };
}
