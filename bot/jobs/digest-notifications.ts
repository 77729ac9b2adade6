import { MessageFactory } from 'botbuilder';
import { nothingNewText } from '../../cards/digest-cards.js';
import type { OutboxMessage } from '../../data/outbox/outbox.js';
import type { StoredReference } from '../../data/outbox/conversation-ref.js';
import { digestView, placesAlertView, type DigestViewDeps } from '../digest-view.js';
import type { Rendered } from './outbox-worker.js';

/**
 * The weekly digest and the places alert, rendered when they leave: the content is
 * what the agenda holds at that moment, so a digest delayed by a retry is not stale.
 */

type Chat = StoredReference | 'unreachable' | undefined;

/** A digest is for this week only: waiting for someone who blocked the bot would send it stale. */
function unreachable(chat: Chat): Rendered | undefined {
  if (chat === undefined)
    return { kind: 'drop', reason: 'aucune conversation personnelle connue avec cette personne' };
  if (chat === 'unreachable')
    return { kind: 'drop', reason: 'destinataire injoignable : le bot a été bloqué ou retiré' };
  return undefined;
}

export async function renderDigest(
  message: OutboxMessage,
  deps: DigestViewDeps & { clock: () => Date; chat: (userId: string) => Promise<Chat> },
): Promise<Rendered> {
  if (message.recipient.kind !== 'user') return { kind: 'drop', reason: 'destinataire invalide' };
  const subject = String(message.payload['userId'] ?? '');
  const since = String(message.payload['since'] ?? '') || undefined;
  const preview = message.payload['preview'] === true;
  const subscription = deps.stores.subscriptions.get(subject);
  // Unsubscribed between the claim and the send: nothing goes out.
  if (!preview && !subscription?.active) return { kind: 'skip', reason: 'désabonné depuis' };
  const forSomeoneElse = message.recipient.userId !== subject;
  const { digest, card } = await digestView(deps, subject, deps.clock(), {
    since,
    previewOf: forSomeoneElse ? deps.stores.directory.contact(subject)?.name || 'ce référent' : undefined,
  });
  if (!digest.hasNews && !preview && !subscription?.sendWhenNothingNew)
    return { kind: 'skip', reason: 'rien de nouveau' };
  const chat = await deps.chat(message.recipient.userId);
  const gone = unreachable(chat);
  if (gone) return gone;
  const activity =
    digest.hasNews || preview ? MessageFactory.attachment(card) : MessageFactory.text(nothingNewText(since));
  return { kind: 'send', to: chat as StoredReference, activity };
}

export async function renderPlacesAlert(
  message: OutboxMessage,
  deps: DigestViewDeps & { clock: () => Date; chat: (userId: string) => Promise<Chat> },
): Promise<Rendered> {
  if (message.recipient.kind !== 'user') return { kind: 'drop', reason: 'destinataire invalide' };
  const card = await placesAlertView(
    deps,
    message.recipient.userId,
    String(message.payload['since'] ?? ''),
    deps.clock(),
  );
  if (!card) return { kind: 'skip', reason: 'plus rien à annoncer' };
  const chat = await deps.chat(message.recipient.userId);
  const gone = unreachable(chat);
  if (gone) return gone;
  return { kind: 'send', to: chat as StoredReference, activity: MessageFactory.attachment(card) };
}
