import { MODALITY_LABELS, type EntrySession } from '../data/agenda/model.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel } from '../data/catalogue/schema.js';
import { frenchDay, parisDay } from '../data/dates.js';
import type { Programme } from '../data/eligibility.js';
import {
  FINAL_STATUSES,
  transitionsFrom,
  type ReasonList,
  type TransitionProblem,
} from '../data/prescriptions/lifecycle.js';
import {
  currentStatus,
  shortName,
  STATUS_LABELS,
  voletLabel,
  VOLETS,
  type HistoryEntry,
  type Prescription,
  type SessionRef,
  type Status,
} from '../data/prescriptions/model.js';
import {
  FIRST_AVAILABLE,
  readBirthDate,
  SITUATION_QUESTIONS,
  type FormErrors,
  type FormField,
  type FormValues,
} from '../data/prescriptions/prescription-form.js';
import type { ReasonOption } from '../data/prescriptions/reasons.js';
import type { Reason } from '../data/eligibility.js';
import { VERBS, type CardButton } from './actions.js';
import { FORM_ERROR_TEXT, formCard, type Field } from './form-card.js';
import { recordCard, type CardColor } from './record-card.js';

/**
 * The cards of the prescription loop. The card posted in the AFPA conversation is
 * seen by everyone there: it never shows the person; their details go only to the
 * référent and, privately, to AFPA staff.
 */

const STATUS_COLORS: Record<Status, CardColor> = {
  envoyee: 'Accent',
  recue: 'Accent',
  entretien: 'Accent',
  entree: 'Good',
  sortie: 'Good',
  refusee: 'Attention',
  abandon: 'Warning',
  annulee: 'Default',
  expiree: 'Warning',
};

/** « le 12 mars 2027 » from an instant or a day. */
function onDay(value: string): string {
  return frenchDay(value.length === 10 ? value : parisDay(new Date(value)));
}

export function sessionLabel(session: SessionRef | EntrySession | null): string {
  if (!session) return 'Première session disponible';
  const where = [session.place, MODALITY_LABELS[session.modality]].filter(Boolean).join(', ');
  return `Du ${frenchDay(session.start)} au ${frenchDay(session.end)}${where ? ` – ${where}` : ''}`;
}

export type ReasonLabels = { label(list: ReasonList, code: string): string };

/** « Entretien planifié le 12 mars 2027 », « Refusée : Personne injoignable ». */
export function stepLabel(entry: HistoryEntry, reasons: ReasonLabels): string {
  const status = STATUS_LABELS[entry.status];
  if (entry.reason) {
    const list: ReasonList = entry.status === 'refusee' ? 'refusal' : 'abandon';
    return `${status} : ${reasons.label(list, entry.reason)}${entry.date ? ` (${onDay(entry.date)})` : ''}`;
  }
  if (entry.date) return `${status} le ${onDay(entry.date)}`;
  return `${status} le ${onDay(entry.at)}`;
}

/** What the form does not replace: the référent's own step on AFPA's tracking platform, for these two programmes. */
const PANDA_REMINDER =
  'L’accord demande aussi au référent d’inscrire la personne sur Panda, la plateforme de suivi des parcours de l’AFPA (Protocole, § 5).';

/** Compétences PEC takes place during the work contract: its employer is told and agrees first. */
const EMPLOYER_REMINDER =
  'Pour Compétences PEC, le référent informe aussi l’employeur du PEC et recueille son accord (Protocole, § 5).';

function programmeName(catalogue: Catalogue, dispositif: Programme): string {
  return shortLabel(catalogue.get(dispositif));
}

/** What everyone may read of a prescription: no name, no contact, no situation. */
function publicFacts(p: Prescription, catalogue: Catalogue) {
  return [
    { title: 'Dispositif', value: programmeName(catalogue, p.dispositif) },
    ...(p.volet ? [{ title: 'Volet ou atelier', value: voletLabel(p.dispositif, p.volet) }] : []),
    { title: 'Session', value: sessionLabel(p.session) },
    { title: 'Référent', value: p.referent.name || 'Référent du Département' },
    { title: 'Envoyée le', value: onDay(p.createdAt) },
  ];
}

// ── The référent's side ───────────────────────────────────────────────────────────

/** First step when the programme is not known yet. */
export function chooseProgrammeCard(catalogue: Catalogue) {
  return recordCard({
    title: 'Nouvelle prescription',
    subtitle: 'Pour quel dispositif ?',
    // Says what comes next: a référent who asked « comment je l'inscris ? » sees the way in.
    blocks: [
      {
        text: 'Le formulaire de prescription s’ouvre ensuite ; rien n’est envoyé à l’AFPA avant que vous le validiez.',
      },
    ],
    buttons: (['prepa-competences', 'competences-pec', 'promo-16-18'] as const).map((dispositif) => ({
      title: programmeName(catalogue, dispositif),
      data: { verb: VERBS.openPrescription, dispositif },
    })),
  });
}

const SITUATION_LABELS: Partial<Record<FormField, string>> = {
  rsa: 'La personne perçoit-elle le RSA ?',
  accompagne: 'Est-elle accompagnée par un référent du Département ?',
  franceTravail: 'Est-elle inscrite à France Travail (ex-Pôle emploi) ?',
  pec: 'Est-elle en contrat Parcours Emploi Compétences (PEC) ?',
  accordEmployeur: 'L’employeur du PEC est-il informé et d’accord ?',
  ase: 'Le jeune est-il confié à l’Aide sociale à l’enfance (ASE) ?',
  scolarise: 'Est-il encore scolarisé (collège, lycée) ?',
  enFormation: 'Est-il en formation ?',
  enEmploi: 'Travaille-t-il ?',
  autorisationParentale: 'Les parents (ou le représentant légal) sont-ils informés et d’accord ?',
};

const YES_NO = [
  { title: 'Oui', value: 'oui' },
  { title: 'Non', value: 'non' },
];

export type PrescriptionFormOptions = {
  catalogue: Catalogue;
  dispositif: Programme;
  formId: string;
  /** The sessions still open for this programme. */
  sessions: readonly EntrySession[];
  values?: FormValues;
  errors?: FormErrors;
  /** « sur l'entrée du 25 janvier » when that session has no place left: said, and not chosen. */
  fullSession?: EntrySession;
};

/** The form: what AFPA needs to contact and register the person, and nothing more. */
export function prescriptionFormCard(options: PrescriptionFormOptions) {
  const { catalogue, dispositif, formId, sessions, values = {}, errors = {}, fullSession } = options;
  // A date input shows only AAAA-MM-JJ: a date typed 14/09/1988 is shown back in that form.
  const shown = (id: FormField) =>
    id === 'naissance' && values.naissance
      ? (readBirthDate(values.naissance) ?? values.naissance)
      : values[id];
  const field = (f: Field & { id: FormField }): Field => ({
    ...f,
    value: shown(f.id) ?? f.value ?? '',
    error: errors[f.id] ?? '',
  });
  const volets = VOLETS[dispositif];
  const fields: Field[] = [
    ...(volets.length > 0
      ? [
          field({
            id: 'volet',
            label: dispositif === 'prepa-competences' ? 'Volet' : 'Atelier',
            input: 'choice',
            choices: volets.map((v) => ({ title: v.label, value: v.code })),
            value: dispositif === 'competences-pec' ? 'a-choisir' : '',
          }),
        ]
      : []),
    field({
      id: 'session',
      label: 'Session d’entrée',
      input: 'choice',
      choices: [
        { title: 'Première session disponible', value: FIRST_AVAILABLE },
        ...sessions.map((s) => ({
          title: `${sessionLabel(s)}${s.volet ? ` (${s.volet})` : ''}${s.seats !== null ? ` – ${s.seats} place${s.seats > 1 ? 's' : ''}` : ''}`,
          value: s.id,
        })),
      ],
      value: FIRST_AVAILABLE,
    }),
    { id: 'h-personne', label: 'La personne', input: 'heading' },
    field({ id: 'nom', label: 'Nom', input: 'text', maxLength: 60 }),
    field({ id: 'prenom', label: 'Prénom', input: 'text', maxLength: 60 }),
    field({ id: 'naissance', label: 'Date de naissance', input: 'date' }),
    field({
      id: 'telephone',
      label: 'Téléphone',
      input: 'text',
      maxLength: 20,
      placeholder: '06 12 34 56 78',
    }),
    field({ id: 'email', label: 'E-mail (si pas de téléphone)', input: 'text', maxLength: 120 }),
    field({ id: 'commune', label: 'Commune', input: 'text', maxLength: 80 }),
    { id: 'h-situation', label: 'Sa situation', input: 'heading' },
    ...SITUATION_QUESTIONS[dispositif].map(([id]) =>
      field({ id, label: SITUATION_LABELS[id] ?? id, input: 'choice', choices: YES_NO }),
    ),
    { id: 'h-conditions', label: 'Conditions matérielles à sécuriser (Protocole, § 5)', input: 'heading' },
    field({ id: 'mobilite', label: 'Mobilité', input: 'toggle' }),
    field({ id: 'garde', label: 'Garde d’enfants', input: 'toggle' }),
    field({ id: 'autre', label: 'Autre', input: 'toggle' }),
    field({ id: 'autrePrecision', label: 'Précisez (si autre)', input: 'text', maxLength: 300 }),
    field({
      id: 'commentaire',
      label: 'Commentaire pour l’AFPA (facultatif)',
      input: 'text',
      multiline: true,
      maxLength: 1000,
    }),
    { id: 'h-accord', label: 'Accord de la personne', input: 'heading' },
    field({
      id: 'adhesion',
      label: 'La personne a été informée du dispositif et donne son accord.',
      input: 'toggle',
    }),
    field({
      id: 'infoDonnees',
      label:
        'La personne sait que ces informations sont transmises à l’AFPA pour son inscription et conservées le temps du parcours.',
      input: 'toggle',
    }),
  ];
  return formCard({
    title: `Prescrire ${programmeName(catalogue, dispositif)}`,
    intro: [
      fullSession
        ? `La session du ${frenchDay(fullSession.start)}${fullSession.place ? ` (${fullSession.place})` : ''} est complète : choisissez-en une autre ci-dessous, ou laissez « Première session disponible ».`
        : '',
      'Remplissez ce formulaire, un par personne : l’AFPA reçoit la prescription dès l’envoi et vous tient informé(e) ici de chaque étape, jusqu’au bilan. Seuls vous et l’équipe AFPA voyez ces informations.',
      dispositif === 'competences-pec' ? EMPLOYER_REMINDER : PANDA_REMINDER,
    ]
      .filter(Boolean)
      .join(' '),
    formError: Object.keys(errors).length > 0 ? FORM_ERROR_TEXT : '',
    fields,
    submitTitle: 'Envoyer à l’AFPA',
    submitData: { verb: VERBS.submitPrescription, dispositif, formId },
  });
}

/** The form after submission: it cannot be sent twice. */
export function prescriptionSentCard(p: Prescription, catalogue: Catalogue, already: boolean) {
  return recordCard({
    title: already ? `Déjà envoyée : ${p.id}` : `Prescription envoyée : ${p.id}`,
    subtitle: `${shortName(p.person, p.erasedAt !== undefined)} – ${programmeName(catalogue, p.dispositif)}`,
    status: STATUS_LABELS[currentStatus(p)],
    statusColor: STATUS_COLORS[currentStatus(p)],
    facts: publicFacts(p, catalogue),
    blocks: [
      {
        text:
          currentStatus(p) === 'envoyee'
            ? 'Elle part vers la conversation de l’équipe AFPA. Vous serez prévenu(e) ici de chaque étape ; vous pouvez l’annuler tant que l’AFPA n’en a pas accusé réception.'
            : 'Vous êtes prévenu(e) ici de chaque étape de son suivi par l’AFPA.',
      },
    ],
    buttons: [
      { title: 'Voir la prescription', data: { verb: VERBS.showPrescription, id: p.id } },
      { title: 'Mes prescriptions', data: { verb: VERBS.listMyPrescriptions, offset: 0 } },
    ],
  });
}

/** The rules refused the submitted profile: why, and who can prescribe instead. */
export function prescriptionRefusedCard(
  catalogue: Catalogue,
  dispositif: Programme,
  outcome: { verdict: string; reasons: Reason[]; nextStep: string },
) {
  const title =
    outcome.verdict === 'other_prescriber'
      ? 'Ce n’est pas au Département de prescrire'
      : outcome.verdict === 'closed'
        ? 'Critères remplis, mais les entrées du Département sont closes'
        : 'Prescription impossible dans ce cadre';
  return recordCard({
    title,
    subtitle: `${programmeName(catalogue, dispositif)} – rien n’a été envoyé.`,
    blocks: [
      ...outcome.reasons.map((r) => ({ text: `${r.text} (${r.source})` })),
      { heading: 'Que faire ?', text: outcome.nextStep },
    ],
    buttons: [
      { title: 'Vérifier l’éligibilité', data: { verb: VERBS.openEligibility, focus: dispositif } },
      { title: 'Autre dispositif', data: { verb: VERBS.openPrescription } },
    ],
  });
}

/** The référent is not habilitated yet: whom to ask, and a button that asks. */
export function notHabilitatedCard() {
  return recordCard({
    title: 'Habilitation nécessaire',
    blocks: [
      {
        text: 'Pour inscrire une personne, un référent doit être habilité par l’AFPA (Protocole, § 5). Demandez-le à l’équipe AFPA de Montauban : le bouton ci-dessous lui envoie votre demande. Le reste (fiches, éligibilité, agenda) vous est déjà ouvert.',
      },
    ],
    buttons: [{ title: 'Demander l’habilitation', data: { verb: VERBS.requestHabilitation } }],
  });
}

export type Viewer = 'referent' | 'afpa';

/** The full prescription, for its référent or for AFPA staff only. */
export function prescriptionDetailCard(
  p: Prescription,
  catalogue: Catalogue,
  reasons: ReasonLabels,
  viewer: Viewer,
) {
  const status = currentStatus(p);
  const erased = p.erasedAt !== undefined;
  const person = p.person;
  const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'oui' : 'non');
  const situation = SITUATION_QUESTIONS[p.dispositif]
    .map(([field, fact]) => `${SITUATION_LABELS[field] ?? field} ${yesNo(p.situation[fact])}`)
    .join('\n\n');
  const conditions = [
    p.conditions.mobility ? 'mobilité' : '',
    p.conditions.childcare ? 'garde d’enfants' : '',
    p.conditions.other ? p.conditions.otherText : '',
  ].filter(Boolean);
  const history = p.history.map((entry) => {
    const who = entry.by?.name ? ` – ${entry.by.name}` : entry.actor === 'system' ? ' – automatique' : '';
    return `${stepLabel(entry, reasons)}${who}${entry.comment ? ` : « ${entry.comment} »` : ''}`;
  });
  const bilan = [...p.history].reverse().find((h) => h.bilan);
  const buttons: CardButton[] = [];
  if (viewer === 'afpa' && status === 'envoyee')
    buttons.push({ title: 'Accuser réception', data: { verb: VERBS.acknowledgePrescription, id: p.id } });
  if (viewer === 'afpa' && !FINAL_STATUSES.has(status))
    buttons.push({ title: 'Mettre à jour', data: { verb: VERBS.openStatusForm, id: p.id } });
  if (viewer === 'referent' && status === 'envoyee')
    buttons.push({ title: 'Annuler la prescription', data: { verb: VERBS.cancelPrescription, id: p.id } });
  buttons.push(
    viewer === 'referent'
      ? { title: 'Mes prescriptions', data: { verb: VERBS.listMyPrescriptions, offset: 0 } }
      : { title: 'Prescriptions à traiter', data: { verb: VERBS.listOpenPrescriptions, offset: 0 } },
  );
  return recordCard({
    title: `Prescription ${p.id}`,
    subtitle: `${programmeName(catalogue, p.dispositif)}${erased ? ' – données personnelles effacées' : ''}`,
    status: STATUS_LABELS[status],
    statusColor: STATUS_COLORS[status],
    facts: [
      ...(erased
        ? []
        : [
            { title: 'Nom', value: `${person.lastName} ${person.firstName}` },
            { title: 'Né(e) le', value: frenchDay(person.birthDate) },
            ...(person.phone ? [{ title: 'Téléphone', value: person.phone }] : []),
            ...(person.email ? [{ title: 'E-mail', value: person.email }] : []),
            { title: 'Commune', value: person.town },
          ]),
      ...publicFacts(p, catalogue),
    ],
    blocks: [
      ...(erased ? [] : [{ heading: 'Situation', text: situation }]),
      ...(!erased && conditions.length > 0
        ? [{ heading: 'Conditions matérielles à sécuriser', text: conditions.join(', ') }]
        : []),
      ...(!erased && p.comment ? [{ heading: 'Commentaire du référent', text: p.comment }] : []),
      { heading: 'Suivi', text: history.join('\n\n') },
      ...(bilan?.bilan ? [{ heading: 'Bilan individuel', text: bilan.bilan }] : []),
    ],
    buttons,
  });
}

/** The card in the AFPA conversation: everyone there sees it, so no personal data. */
export function afpaPrescriptionCard(p: Prescription, catalogue: Catalogue, reasons: ReasonLabels) {
  const status = currentStatus(p);
  const last = p.history[p.history.length - 1]!;
  const buttons: CardButton[] = [];
  if (status === 'envoyee')
    buttons.push({ title: 'Accuser réception', data: { verb: VERBS.acknowledgePrescription, id: p.id } });
  if (!FINAL_STATUSES.has(status))
    buttons.push({ title: 'Mettre à jour', data: { verb: VERBS.openStatusForm, id: p.id } });
  buttons.push({ title: 'Voir le détail', data: { verb: VERBS.sendPrescriptionDetail, id: p.id } });
  return recordCard({
    title: `${p.history.length > 1 ? 'Prescription' : 'Nouvelle prescription'} ${p.id}`,
    status: p.history.length > 1 ? stepLabel(last, reasons) : STATUS_LABELS[status],
    statusColor: STATUS_COLORS[status],
    facts: publicFacts(p, catalogue),
    blocks: [
      {
        text: '« Voir le détail » vous envoie les coordonnées de la personne en message privé (équipe AFPA seulement).',
      },
    ],
    buttons,
  });
}

/** A reminder in the AFPA conversation for a prescription still waiting. */
export function afpaReminderCard(p: Prescription, catalogue: Catalogue, expiryDays: number) {
  return recordCard({
    title: `Rappel : prescription ${p.id} en attente`,
    subtitle: `Envoyée le ${onDay(p.createdAt)}, toujours sans accusé de réception. Sans réponse ${expiryDays} jours après l’envoi, elle expire et le référent en est prévenu.`,
    facts: publicFacts(p, catalogue),
    buttons: [
      { title: 'Accuser réception', data: { verb: VERBS.acknowledgePrescription, id: p.id } },
      { title: 'Voir le détail', data: { verb: VERBS.sendPrescriptionDetail, id: p.id } },
    ],
  });
}

/** What the référent reads in their personal chat when AFPA moves the prescription on. */
export function referentStatusCard(
  p: Prescription,
  entry: HistoryEntry,
  catalogue: Catalogue,
  reasons: ReasonLabels,
) {
  const blocks = [
    ...(entry.comment ? [{ heading: 'Commentaire', text: entry.comment }] : []),
    ...(entry.bilan ? [{ heading: 'Bilan individuel', text: entry.bilan }] : []),
    ...(entry.status === 'expiree'
      ? [
          {
            text: 'L’AFPA n’a pas répondu dans le délai prévu. Vous pouvez prescrire à nouveau, ou contacter l’équipe AFPA.',
          },
        ]
      : []),
  ];
  return recordCard({
    title: `${p.id} – ${shortName(p.person, p.erasedAt !== undefined)}`,
    subtitle: programmeName(catalogue, p.dispositif),
    status: stepLabel(entry, reasons),
    statusColor: STATUS_COLORS[entry.status],
    blocks,
    buttons: [
      { title: 'Voir la prescription', data: { verb: VERBS.showPrescription, id: p.id } },
      // Refused, abandoned or expired: the way forward is one click away.
      ...(['refusee', 'abandon', 'expiree'].includes(entry.status)
        ? [{ title: 'Prescrire à nouveau', data: { verb: VERBS.openPrescription, dispositif: p.dispositif } }]
        : []),
    ],
  });
}

export const PAGE_SIZE = 5;

/** A page of prescriptions, newest first for a référent, oldest first for AFPA. */
export function prescriptionListCard(
  title: string,
  page: { items: Prescription[]; total: number },
  offset: number,
  catalogue: Catalogue,
  more: { verb: typeof VERBS.listMyPrescriptions | typeof VERBS.listOpenPrescriptions },
  options: { showNames: boolean; reasons: ReasonLabels },
) {
  const shownTo = Math.min(offset + page.items.length, page.total);
  return recordCard({
    title,
    subtitle:
      page.total === 0
        ? more.verb === VERBS.listMyPrescriptions
          ? 'Vous n’avez encore envoyé aucune prescription.'
          : 'Aucune prescription à traiter : tout est à jour.'
        : page.items.length === 0
          ? `Plus rien sur cette page : la liste compte maintenant ${page.total} prescription${page.total > 1 ? 's' : ''}.`
          : `${offset + 1} à ${shownTo} sur ${page.total}`,
    items: page.items.map((p) => {
      const last = p.history[p.history.length - 1]!;
      const who = options.showNames ? `${shortName(p.person, p.erasedAt !== undefined)} – ` : '';
      return {
        title: `${p.id} – ${who}${programmeName(catalogue, p.dispositif)}`,
        subtitle:
          p.history.length === 1
            ? stepLabel(last, options.reasons)
            : `${stepLabel(last, options.reasons)} · envoyée le ${onDay(p.createdAt)}`,
        buttons: [{ title: 'Ouvrir', data: { verb: VERBS.showPrescription, id: p.id } }],
      };
    }),
    buttons: [
      ...(offset > 0
        ? [
            page.items.length === 0
              ? { title: 'Première page', data: { verb: more.verb, offset: 0 } }
              : { title: 'Précédentes', data: { verb: more.verb, offset: Math.max(0, offset - PAGE_SIZE) } },
          ]
        : []),
      ...(shownTo < page.total
        ? [{ title: 'Suivantes', data: { verb: more.verb, offset: offset + PAGE_SIZE } }]
        : []),
      ...(more.verb === VERBS.listMyPrescriptions
        ? [{ title: 'Nouvelle prescription', data: { verb: VERBS.openPrescription } }]
        : []),
    ],
  });
}

/** A closed prescription: nothing to change any more (a card clicked after someone else closed it). */
export function closedCard(p: Prescription) {
  return recordCard({
    title: `Prescription ${p.id}`,
    status: STATUS_LABELS[currentStatus(p)],
    statusColor: STATUS_COLORS[currentStatus(p)],
    blocks: [{ text: 'Cette prescription est close : son statut ne change plus.' }],
    buttons: [{ title: 'Prescriptions à traiter', data: { verb: VERBS.listOpenPrescriptions, offset: 0 } }],
  });
}

export type StatusFormValues = Partial<Record<'statut' | 'date' | 'motif' | 'commentaire' | 'bilan', string>>;

/** AFPA moves a prescription on: the statuses the lifecycle allows from here, and what each needs. */
export function statusFormCard(
  p: Prescription,
  reasons: Record<ReasonList, ReasonOption[]>,
  options: { values?: StatusFormValues; problems?: TransitionProblem[] } = {},
) {
  const { values = {}, problems = [] } = options;
  const errorOf = (field: string) =>
    problems
      .filter((pb) => pb.field === field)
      .map((pb) => pb.message)
      .join(' ');
  // Only what the moves possible from here need: no exit date or bilan before the entry.
  const moves = transitionsFrom(currentStatus(p), 'afpa');
  if (moves.length === 0) return closedCard(p);
  const lists = new Set(moves.flatMap((m) => (m.requires.reason ? [m.requires.reason] : [])));
  const reasonChoices = [
    ...(lists.has('refusal')
      ? reasons.refusal
          .filter((r) => !r.retired)
          .map((r) => ({ title: `Refus : ${r.label}`, value: `refusal:${r.code}` }))
      : []),
    ...(lists.has('abandon')
      ? reasons.abandon
          .filter((r) => !r.retired)
          .map((r) => ({ title: `Abandon : ${r.label}`, value: `abandon:${r.code}` }))
      : []),
  ];
  const dated = moves
    .filter((m) => m.requires.date)
    .map(
      (m) =>
        `${STATUS_LABELS[m.to].toLowerCase()}${m.requires.date === 'not-future' ? ' : aujourd’hui ou avant' : ''}`,
    );
  const fields: Field[] = [
    {
      id: 'statut',
      label: 'Nouveau statut',
      input: 'choice',
      choices: moves.map((m) => ({ title: STATUS_LABELS[m.to], value: m.to })),
      value: values.statut ?? '',
      error: errorOf('status'),
    },
    ...(dated.length > 0
      ? [
          {
            id: 'date',
            label: `Date (${[...new Set(dated)].join(', ')})`,
            input: 'date' as const,
            value: values.date ?? '',
            error: errorOf('date'),
          },
        ]
      : []),
    ...(reasonChoices.length > 0
      ? [
          {
            id: 'motif',
            label: 'Motif (refus ou abandon)',
            input: 'choice' as const,
            choices: reasonChoices,
            value: values.motif ?? '',
            error: errorOf('reason'),
          },
        ]
      : []),
    ...(moves.some((m) => m.requires.bilan)
      ? [
          {
            id: 'bilan',
            label: 'Bilan individuel (à la sortie)',
            input: 'text' as const,
            multiline: true,
            maxLength: 8000,
            value: values.bilan ?? '',
            error: errorOf('bilan'),
          },
        ]
      : []),
    {
      id: 'commentaire',
      label: 'Commentaire pour le référent (facultatif)',
      input: 'text',
      multiline: true,
      maxLength: 1000,
      value: values.commentaire ?? '',
    },
  ];
  return formCard({
    title: `Mettre à jour ${p.id}`,
    intro: `Statut actuel : ${STATUS_LABELS[currentStatus(p)]}. Le référent est prévenu de chaque changement.`,
    formError: problems.length > 0 ? FORM_ERROR_TEXT : '',
    fields,
    submitTitle: 'Enregistrer',
    submitData: { verb: VERBS.changeStatus, id: p.id },
  });
}
