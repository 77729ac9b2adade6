import type { CampaignRecord } from '../data/campaigns.js';
import { frenchDay, isIsoDay, parisDay } from '../data/dates.js';
import type { OutboxMessage } from '../data/outbox/outbox.js';
import type { ReasonList } from '../data/prescriptions/lifecycle.js';
import type { ReasonLists } from '../data/prescriptions/reasons.js';
import { VERBS } from './actions.js';
import { filled, formCard } from './form-card.js';
import { recordCard } from './record-card.js';

/** What admins see: the state of the sends, the lists of reasons, the export form. */

const TYPE_LABELS: Record<string, string> = {
  'prescription-afpa-card': 'Prescription au canal AFPA',
  'prescription-afpa-card-update': 'Mise à jour de la carte AFPA',
  'prescription-status': 'Suivi au référent',
  'prescription-reminder': 'Rappel à l’AFPA',
  'prescription-detail': 'Détail à un membre de l’AFPA',
  'habilitation-request': 'Demande d’habilitation',
  'habilitation-changed': 'Habilitation annoncée au référent',
  digest: 'Récap hebdomadaire',
  'places-alert': 'Alerte places',
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
export function deliveriesCard(
  recent: { pending: OutboxMessage[]; failed: OutboxMessage[]; sent: number },
  /** The last runs of the weekly digest, one line each (cards/digest-cards.ts describeRun). */
  digestRuns: ReadonlyArray<{ title: string; subtitle: string }> = [],
) {
  const shown = [...recent.failed.slice(0, 10), ...recent.pending.slice(0, 10)];
  return recordCard({
    title: 'État des envois',
    facts: [
      { title: 'Envoyés (30 jours)', value: String(recent.sent) },
      { title: 'En attente', value: String(recent.pending.length) },
      { title: 'En échec', value: String(recent.failed.length) },
    ],
    blocks: digestRuns.map((run, i) => ({
      heading: i === 0 ? 'Derniers récaps' : '',
      text: `${run.title} : ${run.subtitle}`,
    })),
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

export function reasonsCard(lists: ReasonLists, notice = '') {
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
      notice ||
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
    fields: [
      { id: 'du', label: 'Envoyées à partir du (facultatif)', input: 'date', value: values.du ?? '' },
      { id: 'au', label: 'Jusqu’au (inclus, facultatif)', input: 'date', value: values.au ?? '', error },
    ],
    submitTitle: 'Exporter',
    submitData: { verb: VERBS.exportPrescriptions },
  });
}

export type PersonSearch = { nom?: string; prenom?: string; naissance?: string };

/** A person asks what the bot holds about them, or to have it erased: first, find them. */
export function personRequestFormCard(
  values: PersonSearch = {},
  errors: Partial<Record<keyof PersonSearch, string>> = {},
) {
  return formCard({
    title: 'Demande d’une personne (accès, effacement)',
    intro:
      'Retrouvez les prescriptions d’une personne par son nom, son prénom et sa date de naissance, pour lui transmettre ses données ou les effacer.',
    fields: filled(
      [
        { id: 'nom', label: 'Nom', input: 'text', maxLength: 60 },
        { id: 'prenom', label: 'Prénom', input: 'text', maxLength: 60 },
        { id: 'naissance', label: 'Date de naissance', input: 'date' },
      ],
      values,
      errors,
    ),
    submitTitle: 'Rechercher',
    submitData: { verb: VERBS.findPersonData },
  });
}

/** What was found, with the two answers to the person's request. */
export function personFoundCard(found: ReadonlyArray<{ id: string; line: string }>) {
  if (found.length === 0)
    return recordCard({
      title: 'Aucune prescription trouvée',
      subtitle:
        'Rien n’est enregistré sous ce nom, ce prénom et cette date de naissance (ou tout a déjà été effacé).',
      buttons: [{ title: 'Nouvelle recherche', data: { verb: VERBS.openPersonRequest } }],
    });
  const ids = found.map((f) => f.id);
  return recordCard({
    title: `${found.length} prescription${found.length > 1 ? 's' : ''} trouvée${found.length > 1 ? 's' : ''}`,
    items: found.map((f) => ({ title: f.id, subtitle: f.line, buttons: [] })),
    buttons: [
      { title: 'Exporter ses données', data: { verb: VERBS.exportPersonData, ids } },
      { title: 'Effacer ses données', data: { verb: VERBS.erasePersonData, ids, confirmed: false } },
    ],
  });
}

export function confirmErasureCard(ids: readonly string[]) {
  return recordCard({
    title: 'Effacer les données de cette personne ?',
    subtitle: `Nom, date de naissance, coordonnées, commune, conditions matérielles, commentaires et bilans de ${ids.join(', ')} seront effacés définitivement. La référence, le dispositif, les dates, les statuts et la situation au regard des critères (RSA, ASE…) restent, sans nom, pour les indicateurs.`,
    buttons: [
      { title: 'Oui, effacer', data: { verb: VERBS.erasePersonData, ids: [...ids], confirmed: true } },
    ],
  });
}

const TARGET_FIELDS = [
  ['objectifPrepa', 'prepa-competences', 'Objectif Prépa Compétences (allocataires du RSA)'],
  ['objectifPec', 'competences-pec', 'Objectif Compétences PEC (allocataires du RSA)'],
  ['objectifPromo', 'promo-16-18', 'Objectif La Promo 16/18 (jeunes suivis par l’ASE)'],
] as const;
export const CAMPAIGN_FIELDS = ['annee', 'entree', 'fin', ...TARGET_FIELDS.map(([id]) => id)] as const;
export type CampaignFormValues = Partial<Record<(typeof CAMPAIGN_FIELDS)[number], string>>;

/** The campaigns, the current one first in words, each with its dates and targets. */
export function campaignsCard(
  campaigns: readonly CampaignRecord[],
  current: CampaignRecord,
  currentLine: string,
  notice = '',
) {
  const targets = (c: CampaignRecord) =>
    TARGET_FIELDS.map(([, programme]) => c.targets[programme])
      .map((t) => (t === null ? '–' : String(t)))
      .join(' / ');
  return recordCard({
    title: 'Campagnes',
    subtitle: notice || currentLine,
    items: [...campaigns].reverse().map((c) => ({
      title: `Campagne ${c.year}${c.year === current.year ? ' (en cours)' : ''}`,
      subtitle: `Entrées jusqu’au ${frenchDay(c.entryDeadline)}, parcours finis au ${frenchDay(c.completionDeadline)} · objectifs Prépa / PEC / Promo : ${targets(c)} · ${c.source}`,
      buttons: [{ title: 'Modifier', data: { verb: VERBS.editCampaign, year: c.year } }],
    })),
    buttons: [{ title: 'Ajouter une campagne', data: { verb: VERBS.editCampaign } }],
  });
}

/** A campaign added after an avenant, or corrected. */
export function campaignFormCard(
  values: CampaignFormValues = {},
  errors: Partial<Record<keyof CampaignFormValues, string>> = {},
) {
  return formCard({
    title: values.annee ? `Campagne ${values.annee}` : 'Nouvelle campagne',
    intro:
      'Les dates et objectifs d’un avenant à l’accord. La campagne en cours s’applique aussitôt au test d’éligibilité et aux prescriptions. Laissez un objectif vide si l’avenant n’en fixe pas.',
    fields: filled(
      [
        { id: 'annee', label: 'Année', input: 'number' },
        { id: 'entree', label: 'Dernier jour d’entrée', input: 'date' },
        { id: 'fin', label: 'Fin des parcours', input: 'date' },
        ...TARGET_FIELDS.map(([id, , label]) => ({ id, label, input: 'number' as const })),
      ],
      values,
      errors,
    ),
    submitTitle: 'Enregistrer',
    submitData: { verb: VERBS.saveCampaign },
  });
}

export function valuesOfCampaign(c: CampaignRecord): CampaignFormValues {
  const t = (value: number | null) => (value === null ? '' : String(value));
  return {
    annee: String(c.year),
    entree: c.entryDeadline,
    fin: c.completionDeadline,
    objectifPrepa: t(c.targets['prepa-competences']),
    objectifPec: t(c.targets['competences-pec']),
    objectifPromo: t(c.targets['promo-16-18']),
  };
}

/** The form read back: a campaign, or the errors next to each field. */
export function readCampaignForm(data: Record<string, unknown>):
  | {
      ok: true;
      year: number;
      entryDeadline: string;
      completionDeadline: string;
      targets: CampaignRecord['targets'];
    }
  | { ok: false; values: CampaignFormValues; errors: Partial<Record<keyof CampaignFormValues, string>> } {
  const values: CampaignFormValues = {};
  for (const id of CAMPAIGN_FIELDS) {
    const raw = data[id];
    values[id] = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim().slice(0, 20) : '';
  }
  const errors: Partial<Record<keyof CampaignFormValues, string>> = {};
  const year = Number(values.annee);
  if (!/^\d{4}$/.test(values.annee ?? '') || year < 2000 || year > 2100)
    errors.annee = 'Une année sur quatre chiffres.';
  if (!isIsoDay(values.entree ?? '')) errors.entree = 'Date attendue.';
  if (!isIsoDay(values.fin ?? '')) errors.fin = 'Date attendue.';
  else if (!errors.entree && (values.fin ?? '') < (values.entree ?? ''))
    errors.fin = 'La fin des parcours ne peut pas précéder le dernier jour d’entrée.';
  const targets = {} as CampaignRecord['targets'];
  for (const [id, programme] of TARGET_FIELDS) {
    const text = values[id] ?? '';
    if (text === '') targets[programme] = null;
    else if (!/^\d{1,5}$/.test(text)) errors[id] = 'Un nombre entier de personnes, ou vide.';
    else targets[programme] = Number(text);
  }
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, year, entryDeadline: values.entree!, completionDeadline: values.fin!, targets };
}
