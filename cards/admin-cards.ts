import { frenchDay, parisDay } from '../data/dates.js';
import type { OutboxMessage } from '../data/outbox/outbox.js';
import type { ReasonList } from '../data/prescriptions/lifecycle.js';
import type { ReasonLists } from '../data/prescriptions/reasons.js';
import { VERBS } from './actions.js';
import { FORM_ERROR_TEXT, formCard } from './form-card.js';
import { recordCard } from './prescription-cards.js';

/** What admins see: the state of the sends, the lists of reasons, the export form. */

const TYPE_LABELS: Record<string, string> = {
  'prescription-afpa-card': 'Prescription au canal AFPA',
  'prescription-afpa-card-update': 'Mise à jour de la carte AFPA',
  'prescription-status': 'Suivi au référent',
  'prescription-reminder': 'Rappel à l’AFPA',
  'prescription-detail': 'Détail à un membre de l’AFPA',
  'habilitation-request': 'Demande d’habilitation',
};

const when = (instant: string) =>
  `${frenchDay(parisDay(new Date(instant)))} à ${new Date(instant).toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' })}`;

function describe(message: OutboxMessage): { title: string; subtitle: string } {
  const subject =
    typeof message.payload['prescriptionId'] === 'string' ? ` ${message.payload['prescriptionId']}` : '';
  const error = message.lastError;
  const code = error?.status ? ` (HTTP ${error.status}${error.code ? `, ${error.code}` : ''})` : '';
  return {
    title: `${TYPE_LABELS[message.payload.type] ?? message.payload.type}${subject}`,
    subtitle: `${when(message.createdAt)} · ${message.attempts} essai${message.attempts > 1 ? 's' : ''}${error ? ` · ${error.reason}${code}` : ''}`,
  };
}

/** « État des envois »: what waits, what failed for good, and how many went out (30 days). */
export function deliveriesCard(recent: { pending: OutboxMessage[]; failed: OutboxMessage[]; sent: number }) {
  const shown = [...recent.failed.slice(0, 10), ...recent.pending.slice(0, 10)];
  return recordCard({
    title: 'État des envois',
    facts: [
      { title: 'Envoyés (30 jours)', value: String(recent.sent) },
      { title: 'En attente', value: String(recent.pending.length) },
      { title: 'En échec', value: String(recent.failed.length) },
    ],
    items: shown.map((m) => {
      const d = describe(m);
      return {
        title: `${m.state === 'failed' ? 'Échec' : 'En attente'} – ${d.title}`,
        subtitle: d.subtitle,
        buttons: [],
      };
    }),
    buttons: [{ title: 'Actualiser', data: { verb: VERBS.showDeliveries } }],
  });
}

const LIST_TITLES: Record<ReasonList, string> = { refusal: 'Motifs de refus', abandon: 'Motifs d’abandon' };

export function reasonsCard(lists: ReasonLists) {
  const items = (['refusal', 'abandon'] as const).flatMap((list) =>
    lists[list]
      .filter((r) => !r.retired)
      .map((r) => ({
        title: r.label,
        subtitle: LIST_TITLES[list],
        buttons: [{ title: 'Retirer', data: { verb: VERBS.retireReason, list, code: r.code } }],
      })),
  );
  return recordCard({
    title: 'Motifs de refus et d’abandon',
    subtitle:
      'Un motif retiré n’est plus proposé, mais reste lisible sur les prescriptions qui l’ont utilisé.',
    items,
    buttons: [
      { title: 'Ajouter un motif de refus', data: { verb: VERBS.addReason, list: 'refusal', open: true } },
      { title: 'Ajouter un motif d’abandon', data: { verb: VERBS.addReason, list: 'abandon', open: true } },
    ],
  });
}

export function reasonFormCard(list: ReasonList, value = '', error = '') {
  return formCard({
    title: list === 'refusal' ? 'Nouveau motif de refus' : 'Nouveau motif d’abandon',
    formError: error ? FORM_ERROR_TEXT : '',
    fields: [{ id: 'libelle', label: 'Libellé', input: 'text', maxLength: 120, value, error }],
    submitTitle: 'Ajouter',
    submitData: { verb: VERBS.addReason, list },
  });
}

export function exportFormCard(values: { du?: string; au?: string } = {}, error = '') {
  return formCard({
    title: 'Exporter les prescriptions',
    intro:
      'Un fichier CSV pour Excel (séparateur « ; »), à saisir dans PANDA. Il contient des données personnelles : enregistrez-le dans un espace protégé.',
    formError: error ? FORM_ERROR_TEXT : '',
    fields: [
      { id: 'du', label: 'Envoyées à partir du (facultatif)', input: 'date', value: values.du ?? '' },
      { id: 'au', label: 'Jusqu’au (inclus, facultatif)', input: 'date', value: values.au ?? '', error },
    ],
    submitTitle: 'Exporter',
    submitData: { verb: VERBS.exportPrescriptions },
  });
}
