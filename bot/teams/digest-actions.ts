import type { Attachment } from 'botbuilder';
import { VERBS } from '../../cards/actions.js';
import {
  describeRun,
  describeInterests,
  digestAdminCard,
  digestSettingsCard,
  valuesOfPreferences,
} from '../../cards/digest-cards.js';
import { noticeCard } from '../../cards/welcome-card.js';
import { DIGEST_MESSAGE, type RunReport } from '../../data/digest/digest-run.js';
import type { OutboxMessage } from '../../data/outbox/outbox.js';
import { isoWeekOf } from '../../data/digest/periods.js';
import { readSettingsForm, type SettingsInput } from '../../data/digest/settings-form.js';
import { newMessage } from '../../data/outbox/outbox.js';
import type { SessionDispositif } from '../../data/agenda/model.js';
import { DEFAULT_PREFERENCES, type Preferences } from '../../data/digest/subscriptions.js';
import { normalizeText } from '../../data/qa/normalize.js';
import { digestView, subscriptionOrDefault } from '../digest-view.js';
import type { ActionContext, ActionDeps } from './card-actions.js';

/**
 * The digest's buttons and commands: subscribing and choosing, « mon récap », and the
 * admin's preview and « envoyer maintenant ». The card-action table checks the roles.
 */

export const UNSUBSCRIBED =
  'C’est fait : vous ne recevrez plus le récap ni les alertes de places. « m’abonner au récap » pour le reprendre, avec les mêmes choix.';
export const NOT_SUBSCRIBED = 'Vous n’êtes pas abonné(e) au récap : rien à arrêter.';

const listOptions = (d: ActionDeps) => ({ catalogue: d.catalogue, links: d.links, now: d.clock() });

export async function openDigestSettings(c: ActionContext, d: ActionDeps): Promise<Attachment> {
  const subscription = d.stores.subscriptions.get(c.from.id);
  return digestSettingsCard({
    ...listOptions(d),
    subscribed: subscription?.active === true,
    values: subscription ? valuesOfPreferences(subscription) : undefined,
  });
}

/**
 * « m’abonner au récap »: subscribed at once, with the choices kept from before; the
 * form refines them. A trade or programme named (« préviens-moi des places en
 * soudure ») is added to what is followed.
 */
export async function subscribeDigest(
  named: { trade?: string; dispositif?: SessionDispositif; town?: string },
  c: ActionContext,
  d: ActionDeps,
): Promise<Attachment> {
  const known = d.stores.subscriptions.get(c.from.id);
  const already = known?.active === true;
  const current = known ?? DEFAULT_PREFERENCES;
  const adding = (list: readonly string[], value: string | undefined) =>
    value && !list.some((v) => normalizeText(v) === normalizeText(value)) ? [...list, value] : [...list];
  const preferences = {
    ...DEFAULT_PREFERENCES,
    ...pickPreferences(current),
    trades: adding(current.trades, named.trade),
    towns: adding(current.towns, named.town),
    dispositifs: adding(current.dispositifs, named.dispositif) as SessionDispositif[],
  };
  const subscription = await d.stores.subscriptions.subscribe(c.from.id, d.clock(), preferences);
  const options = listOptions(d);
  // « en soudure », « pour La Promo 16/18 », « à Montauban »: what was just added, as it reads.
  const what = [
    named.trade ? `en ${named.trade}` : '',
    named.dispositif
      ? `pour ${describeInterests({ dispositifs: [named.dispositif], trades: [], towns: [] }, options)}`
      : '',
    named.town ? `à ${named.town}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const notice = what
    ? named.trade || named.dispositif
      ? `C’est noté : je vous préviens quand l’AFPA publie des places ${what} (une alerte par jour au plus), et vous recevez le récap le lundi matin.`
      : `C’est noté : votre récap se limite désormais à ce qui se passe ${what}.`
    : already
      ? 'Vous êtes déjà abonné(e) au récap ; voici vos choix, à changer si vous voulez.'
      : 'Vous êtes abonné(e) : le récap arrivera ici le lundi matin. Choisissez ci-dessous ce qui vous intéresse, ou gardez tout l’agenda.';
  return digestSettingsCard({
    ...options,
    subscribed: true,
    values: valuesOfPreferences(subscription),
    notice,
  });
}

function pickPreferences(p: Preferences): Preferences {
  const { dispositifs, trades, towns, frequency, sendWhenNothingNew } = p;
  return { dispositifs, trades, towns, frequency, sendWhenNothingNew };
}

export async function saveDigestSettings(
  input: SettingsInput,
  c: ActionContext,
  d: ActionDeps,
): Promise<Attachment> {
  const read = readSettingsForm(input);
  const subscribed = d.stores.subscriptions.get(c.from.id)?.active === true;
  if (!read.ok)
    return digestSettingsCard({ ...listOptions(d), subscribed, values: read.values, errors: read.errors });
  const subscription = await d.stores.subscriptions.subscribe(c.from.id, d.clock(), read.preferences);
  const when = subscription.frequency === 'weekly' ? 'chaque lundi matin' : 'un lundi sur deux';
  return noticeCard(
    `${subscribed ? 'Vos choix sont enregistrés' : 'Vous êtes abonné(e)'} : le récap arrivera ici ${when}, pour ${describeInterests(subscription, listOptions(d))}.${subscription.trades.length + subscription.dispositifs.length > 0 ? ' Je vous préviens aussi quand l’AFPA publie des places dans ce que vous suivez.' : ''}`,
    [
      { title: 'Voir mon récap maintenant', data: { verb: VERBS.previewDigest } },
      { title: 'Mes choix de récap', data: { verb: VERBS.openDigestSettings } },
    ],
  );
}

export async function unsubscribeDigest(c: ActionContext, d: ActionDeps): Promise<Attachment> {
  return noticeCard((await d.stores.subscriptions.unsubscribe(c.from.id)) ? UNSUBSCRIBED : NOT_SUBSCRIBED);
}

/** Subscribed référents, by name, for the admin's preview. */
export function digestAdmin(d: ActionDeps): Attachment {
  const subscribers = d.stores.subscriptions
    .active()
    .map((s) => ({ userId: s.userId, name: d.stores.directory.contact(s.userId)?.name ?? '' }))
    .sort((a, b) => (a.name || a.userId).localeCompare(b.name || b.userId, 'fr'));
  if (subscribers.length === 0) return noticeCard('Aucun référent n’est abonné au récap pour l’instant.');
  return digestAdminCard(subscribers);
}

/** Whose digest: one's own, or, for an admin, the référent chosen on the admin card. */
function subjectOf(
  referent: string | undefined,
  c: ActionContext,
): { userId: string; other: boolean } | undefined {
  const chosen = referent?.trim();
  if (!chosen || chosen === c.from.id) return { userId: c.from.id, other: false };
  return c.roles.has('admin') ? { userId: chosen, other: true } : undefined;
}

export async function previewDigest(referent: string | undefined, c: ActionContext, d: ActionDeps) {
  const subject = subjectOf(referent, c);
  if (!subject) return noticeCard('Seul un administrateur peut voir le récap d’un autre référent.');
  if (subject.other && !d.stores.subscriptions.get(subject.userId)?.active)
    return noticeCard('Cette personne n’est pas abonnée au récap.');
  const subscription = subscriptionOrDefault(d.stores, subject.userId);
  const { card } = await digestView(d, subject.userId, d.clock(), {
    since: subscription.lastDigestAt,
    previewOf: subject.other ? d.stores.directory.contact(subject.userId)?.name || 'ce référent' : undefined,
    // A référent's people are named only to them, in their personal chat.
    hidePrescriptions: !c.personal,
  });
  return card;
}

/** An admin sends themselves a référent's digest now, through the outbox like any other. */
export async function sendDigestNow(referent: string | undefined, c: ActionContext, d: ActionDeps) {
  const subject = subjectOf(referent, c) ?? { userId: c.from.id, other: false };
  const now = d.clock();
  await d.stores.outbox.enqueue([
    newMessage(
      { kind: 'user', userId: c.from.id },
      {
        type: DIGEST_MESSAGE,
        userId: subject.userId,
        week: isoWeekOf(now),
        since: d.stores.subscriptions.get(subject.userId)?.lastDigestAt ?? '',
        preview: true,
      },
      now,
    ),
  ]);
  return noticeCard('C’est parti : le récap arrive dans votre conversation personnelle avec le bot.');
}

/** What became of each of the last runs' digests: sent, nothing new, waiting, failed and why. */
export function digestRunLines(d: Pick<ActionDeps, 'stores'>): Array<{ title: string; subtitle: string }> {
  const digests = d.stores.outbox.ofType(DIGEST_MESSAGE).filter((m) => m.payload['preview'] !== true);
  return d.stores.digestRuns.recentRuns().map((run) => describeRun(run, deliveriesOf(run, digests)));
}

function deliveriesOf(run: RunReport, digests: readonly OutboxMessage[]) {
  const mine = digests.filter(
    (m) => m.payload['week'] === run.week && m.createdAt >= run.startedAt && m.createdAt <= run.finishedAt,
  );
  const failed = mine.filter((m) => m.state === 'failed');
  return {
    sent: mine.filter((m) => m.state === 'sent' && !m.skipped).length,
    nothingNew: mine.filter((m) => m.skipped === 'rien de nouveau').length,
    waiting: mine.filter((m) => m.state === 'pending').length,
    failed: failed.length,
    reasons: [...new Set(failed.map((m) => m.lastError?.reason ?? 'raison inconnue'))],
  };
}
