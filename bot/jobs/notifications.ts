import { MessageFactory } from 'botbuilder';
import {
  afpaPrescriptionCard,
  afpaReminderCard,
  prescriptionDetailCard,
  referentStatusCard,
} from '../../cards/prescription-cards.js';
import { habilitationRequestCard } from '../../cards/habilitation-cards.js';
import { VERBS } from '../../cards/actions.js';
import { noticeCard } from '../../cards/welcome-card.js';
import type { Catalogue } from '../../data/catalogue/catalogue.js';
import type { StoredReference } from '../../data/outbox/conversation-ref.js';
import type { OutboxMessage } from '../../data/outbox/outbox.js';
import { PostedCards } from '../../data/outbox/posted-cards.js';
import { currentStatus } from '../../data/prescriptions/model.js';
import { NOTICES } from '../../data/prescriptions/prescriptions.js';
import type { Stores } from '../stores.js';
import type { Messenger } from '../teams/messenger.js';
import type { Rendered } from './outbox-worker.js';
import { DIGEST_MESSAGE, PLACES_ALERT_MESSAGE } from '../../data/digest/digest-run.js';
import type { AgendaListOptions } from '../../cards/agenda-cards.js';
import { renderDigest, renderPlacesAlert } from './digest-notifications.js';

/**
 * What each kind of outbox message becomes when it leaves: the card, rendered from
 * the store at that moment, and the conversation it goes to.
 */

export const HABILITATION_REQUEST = 'habilitation-request';
/** The référent hears that AFPA habilitated them, or withdrew it. */
export const HABILITATION_CHANGED = 'habilitation-changed';

/** How long a message for AFPA waits when no AFPA conversation is designated yet. */
const NO_AFPA_CONVERSATION_RETRY_MS = 60 * 60 * 1000;
/** A person who blocked the bot is looked at again only now and then; speaking to the bot wakes their messages. */
const UNREACHABLE_RETRY_MS = 24 * 60 * 60 * 1000;

export type NotificationDeps = {
  stores: Stores;
  posted: PostedCards;
  catalogue: Catalogue;
  messenger: Messenger;
  expiryDays: number;
  botId: string;
  clock: () => Date;
  /** The calendar links the digest's events carry. */
  links: AgendaListOptions['links'];
};

const afpaCardKey = (prescriptionId: string) => `afpa-${prescriptionId}`;

export function createRenderer(deps: NotificationDeps) {
  const { stores, posted, catalogue } = deps;
  const reasons = stores.reasons;

  async function afpaTarget(): Promise<StoredReference | undefined> {
    return stores.directory.afpaConversation();
  }

  /** A person's personal chat, opened if the bot has none with them yet. */
  async function personalChat(userId: string): Promise<StoredReference | 'unreachable' | undefined> {
    const contact = stores.directory.contact(userId);
    if (!contact) return undefined;
    if (contact.unreachableSince) return 'unreachable';
    if (contact.reference) return contact.reference;
    const reference = await deps.messenger.createPersonalConversation({
      serviceUrl: contact.serviceUrl,
      tenantId: contact.tenantId,
      userId: contact.userId,
      botId: deps.botId,
    });
    await stores.directory.saveContact({ ...contact, reference }, deps.clock());
    return reference;
  }

  const UNREACHABLE: Rendered = {
    kind: 'wait',
    reason: 'la personne a bloqué ou retiré le bot : envoi repris quand elle lui écrira',
    retryInMs: UNREACHABLE_RETRY_MS,
  };
  const NO_AFPA: Rendered = {
    kind: 'wait',
    reason: 'aucune conversation AFPA désignée (« recevoir les prescriptions ici »)',
    retryInMs: NO_AFPA_CONVERSATION_RETRY_MS,
  };

  return async function render(message: OutboxMessage): Promise<Rendered> {
    const { payload } = message;
    const prescriptionId = typeof payload['prescriptionId'] === 'string' ? payload['prescriptionId'] : '';
    const prescription = prescriptionId ? await stores.prescriptions.get(prescriptionId) : undefined;
    if (prescriptionId && !prescription) return { kind: 'drop', reason: 'prescription introuvable' };

    switch (payload.type) {
      case NOTICES.afpaCard: {
        const to = await afpaTarget();
        if (!to) return NO_AFPA;
        return {
          kind: 'send',
          to,
          activity: MessageFactory.attachment(afpaPrescriptionCard(prescription!, catalogue, reasons)),
          onSent: async (activityId) => {
            if (activityId)
              await posted.save(afpaCardKey(prescriptionId), {
                reference: to,
                activityId,
                postedAt: deps.clock().toISOString(),
              });
          },
        };
      }
      case NOTICES.afpaCardUpdate: {
        const card = posted.get(afpaCardKey(prescriptionId));
        if (!card) {
          // Not posted yet: it will be, showing the current status.
          return { kind: 'skip', reason: 'carte pas encore publiée' };
        }
        return {
          kind: 'update',
          to: card.reference,
          activityId: card.activityId,
          activity: MessageFactory.attachment(afpaPrescriptionCard(prescription!, catalogue, reasons)),
        };
      }
      case NOTICES.afpaReminder: {
        // Acknowledged, cancelled or expired since: the reminder has no reason to go out.
        if (currentStatus(prescription!) !== 'envoyee') return { kind: 'skip', reason: 'plus en attente' };
        const to = await afpaTarget();
        if (!to) return NO_AFPA;
        return {
          kind: 'send',
          to,
          activity: MessageFactory.attachment(afpaReminderCard(prescription!, catalogue, deps.expiryDays)),
        };
      }
      case NOTICES.referentStatus:
      case NOTICES.staffDetail: {
        if (message.recipient.kind !== 'user') return { kind: 'drop', reason: 'destinataire invalide' };
        const to = await personalChat(message.recipient.userId);
        if (!to)
          return { kind: 'drop', reason: 'aucune conversation personnelle connue avec cette personne' };
        // Blocked or removed: nothing goes out until they speak to the bot again, which wakes this message.
        if (to === 'unreachable') return UNREACHABLE;
        if (payload.type === NOTICES.staffDetail) {
          return {
            kind: 'send',
            to,
            activity: MessageFactory.attachment(
              prescriptionDetailCard(prescription!, catalogue, reasons, 'afpa'),
            ),
          };
        }
        const entry = prescription!.history[Number(payload['historyIndex'])];
        if (!entry) return { kind: 'drop', reason: 'étape introuvable' };
        return {
          kind: 'send',
          to,
          activity: MessageFactory.attachment(referentStatusCard(prescription!, entry, catalogue, reasons)),
        };
      }
      case HABILITATION_CHANGED: {
        if (message.recipient.kind !== 'user') return { kind: 'drop', reason: 'destinataire invalide' };
        const to = await personalChat(message.recipient.userId);
        // Never spoke to the bot: they will be told when they try to prescribe.
        if (!to)
          return { kind: 'drop', reason: 'aucune conversation personnelle connue avec cette personne' };
        if (to === 'unreachable') return UNREACHABLE;
        const granted = payload['granted'] === true;
        return {
          kind: 'send',
          to,
          activity: MessageFactory.attachment(
            granted
              ? noticeCard('L’AFPA vous a habilité(e) : vous pouvez prescrire dès maintenant.', [
                  { title: 'Prescrire', data: { verb: VERBS.openPrescription } },
                ])
              : noticeCard(
                  'L’AFPA a retiré votre habilitation à prescrire. Le reste (fiches, éligibilité, agenda, vos prescriptions) vous reste ouvert.',
                ),
          ),
        };
      }
      case HABILITATION_REQUEST: {
        const to = await afpaTarget();
        if (!to) return NO_AFPA;
        return {
          kind: 'send',
          to,
          activity: MessageFactory.attachment(
            habilitationRequestCard(String(payload['userId']), String(payload['name'])),
          ),
        };
      }
      case DIGEST_MESSAGE:
        return renderDigest(message, { ...deps, chat: personalChat });
      case PLACES_ALERT_MESSAGE:
        return renderPlacesAlert(message, { ...deps, chat: personalChat });
      default:
        return { kind: 'drop', reason: `type de message inconnu : ${payload.type}` };
    }
  };
}
