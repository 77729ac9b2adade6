import { z } from 'zod';
import type { AgendaChange } from '../data/agenda/agenda-history.js';
import type { EntrySession, TrainingPlace } from '../data/agenda/model.js';
import { shortLabel } from '../data/catalogue/schema.js';
import { frenchDay, parisDay } from '../data/dates.js';
import type { Digest, Marked, News } from '../data/digest/digest-content.js';
import type { RunReport } from '../data/digest/digest-run.js';
import { FREQUENCIES, FREQUENCY_LABELS, type Preferences } from '../data/digest/subscriptions.js';
import { SESSION_DISPOSITIFS } from '../data/agenda/model.js';
import { STATUS_LABELS } from '../data/prescriptions/model.js';
import { ButtonSchema, VERBS, type CardButton } from './actions.js';
import { agendaItemView, type AgendaListOptions, type ListItem } from './agenda-cards.js';
import { filled, formCard } from './form-card.js';
import { CardTemplate } from './render.js';
import template from './digest.json' with { type: 'json' };

/** The weekly digest, its places alert, its settings form, and what admins see of it. */

/** Items shown per section; the rest is one button away. */
const SECTION_MAX = 6;

const LinkSchema = z.object({ title: z.string().min(1), url: z.string().url() });
const ItemSchema = z.object({
  heading: z.string(),
  color: z.enum(['Default', 'Attention', 'Good']),
  lines: z.array(z.string()),
  links: z.array(LinkSchema),
  buttons: z.array(ButtonSchema).max(3),
});

const digestTemplate = new CardTemplate(
  'digest',
  template,
  z.object({
    title: z.string().min(1),
    intro: z.string(),
    sections: z.array(
      z.object({
        title: z.string().min(1),
        note: z.string().default(''),
        items: z.array(ItemSchema),
        more: z.array(ButtonSchema).max(1).default([]),
      }),
    ),
    footerButtons: z.array(ButtonSchema).max(5),
  }),
);
type Section = z.input<typeof digestTemplate extends CardTemplate<infer S> ? S : never>['sections'][number];

export type DigestCardOptions = AgendaListOptions & {
  /** The last digest, to say since when the news is new. */
  since?: string;
  /** An admin's preview of someone else's digest: whose (their prescriptions are then left out). */
  previewOf?: string;
  /** Shown in a channel or to someone else: the référent's own prescriptions are left out. */
  hidePrescriptions?: boolean;
};

const BADGES: Partial<Record<News, string>> = { nouveau: 'Nouveau – ' };

function marked<T extends TrainingPlace | EntrySession>(
  kind: 'places' | 'sessions',
  entry: Marked<T>,
  options: AgendaListOptions,
): ListItem {
  const view = agendaItemView(kind, entry.item, options);
  const change =
    entry.news === 'plus de places' || entry.news === 'moins de places'
      ? [
          `${entry.news === 'plus de places' ? 'Plus' : 'Moins'} de places qu’au dernier récap (${entry.before} → ${(entry.item as TrainingPlace).available})`,
        ]
      : entry.news === 'modifié'
        ? ['Modifié depuis le dernier récap']
        : [];
  return {
    ...view,
    heading: `${BADGES[entry.news!] ?? ''}${view.heading}`,
    lines: [...change, ...view.lines],
  };
}

function section(
  title: string,
  items: ListItem[],
  more: CardButton | undefined,
  note = '',
): Section | undefined {
  if (items.length === 0 && !note) return undefined;
  const rest = items.length - SECTION_MAX;
  return {
    title,
    note,
    items: items.slice(0, SECTION_MAX),
    more: rest > 0 && more ? [{ ...more, title: `${more.title} (${items.length})` }] : [],
  };
}

/** « Promo 16/18 ; soudure, cariste ; à Montauban » — what the digest keeps to. */
export function describeInterests(
  p: Pick<Preferences, 'dispositifs' | 'trades' | 'towns'>,
  options: AgendaListOptions,
) {
  const parts = [
    p.dispositifs.map((d) => shortLabel(options.catalogue.get(d))).join(', '),
    p.trades.join(', '),
    p.towns.length > 0 ? `à ${p.towns.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ; ') : 'tout l’agenda';
}

const FOOTER: CardButton[] = [
  { title: 'Mes choix de récap', data: { verb: VERBS.openDigestSettings } },
  { title: 'Agenda complet', data: { verb: VERBS.showAgenda, query: { kind: 'events' }, offset: 0 } },
];

/** The weekly card: empty sections left out, news marked, each item with its own buttons. */
export function digestCard(digest: Digest, interests: Preferences, options: DigestCardOptions) {
  const since = options.since ? frenchDay(parisDay(new Date(options.since))) : undefined;
  const gone = digest.placesGone.map((p) => `${p.training}${p.place ? ` (${p.place})` : ''}`).join(', ');
  const sections = [
    section(
      'Places disponibles',
      digest.places.map((p) => marked('places', p, options)),
      {
        title: 'Toutes les places',
        data: { verb: VERBS.showAgenda, query: { kind: 'places', withSeats: true }, offset: 0 },
      },
      gone ? `Plus de places depuis le dernier récap : ${gone}.` : '',
    ),
    section(
      'Événements des 14 prochains jours',
      digest.events.map(({ item, news }) => {
        const view = agendaItemView('events', item, options);
        return {
          ...view,
          heading: `${BADGES[news!] ?? ''}${view.heading}`,
          lines: news === 'modifié' ? ['Modifié depuis le dernier récap', ...view.lines] : view.lines,
        };
      }),
      {
        title: 'Tous les événements',
        data: { verb: VERBS.showAgenda, query: { kind: 'events' }, offset: 0 },
      },
    ),
    section(
      'Entrées des 4 prochaines semaines',
      digest.sessions.map((s) => marked('sessions', s, options)),
      {
        title: 'Toutes les entrées',
        data: { verb: VERBS.showAgenda, query: { kind: 'sessions' }, offset: 0 },
      },
    ),
    options.previewOf || options.hidePrescriptions
      ? undefined
      : section(
          'Vos prescriptions',
          digest.prescriptions.map((p) => ({
            heading: `${p.id} – ${shortLabel(options.catalogue.get(p.dispositif))}`,
            color: 'Default' as const,
            lines: [
              `${p.name} : ${STATUS_LABELS[p.status].toLowerCase()} le ${frenchDay(parisDay(new Date(p.at)))}`,
            ],
            links: [],
            buttons: [{ title: 'Voir', data: { verb: VERBS.showPrescription, id: p.id } }],
          })),
          { title: 'Mes prescriptions', data: { verb: VERBS.listMyPrescriptions, offset: 0 } },
        ),
  ].filter((s): s is Section => s !== undefined);

  const about = `Selon vos choix : ${describeInterests(interests, options)}.`;
  const intro = [
    options.previewOf ? `Aperçu du récap de ${options.previewOf} (sans ses prescriptions).` : '',
    about,
    since ? `« Nouveau » : publié ou changé depuis votre récap du ${since}.` : '',
    sections.length === 0 ? 'L’AFPA n’a rien publié en ce moment qui corresponde à ces choix.' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return digestTemplate.attachment({
    title: interests.frequency === 'biweekly' ? 'Votre récap de la quinzaine' : 'Votre récap de la semaine',
    intro,
    sections,
    footerButtons: options.previewOf ? [] : FOOTER,
  });
}

/** The one line a week with nothing new sends, for those who asked for it. */
export function nothingNewText(since: string | undefined): string {
  const day = since ? ` depuis votre récap du ${frenchDay(parisDay(new Date(since)))}` : '';
  return `Récap AFPA : rien de nouveau${day} dans ce que vous suivez. Tapez « mes choix de récap » pour les changer.`;
}

/** « Des places viennent d’être publiées » : what opened, grouped. */
export function placesAlertCard(
  changes: readonly AgendaChange[],
  interests: Preferences,
  options: AgendaListOptions,
) {
  const places = changes
    .filter((c) => c.kind === 'places')
    .map((c) => marked('places', { item: c.item as TrainingPlace }, options));
  const sessions = changes
    .filter((c) => c.kind === 'sessions')
    .map((c) => marked('sessions', { item: c.item as EntrySession }, options));
  const sections = [
    section('Places disponibles', places, {
      title: 'Toutes les places',
      data: { verb: VERBS.showAgenda, query: { kind: 'places', withSeats: true }, offset: 0 },
    }),
    section('Entrées avec des places', sessions, {
      title: 'Toutes les entrées',
      data: { verb: VERBS.showAgenda, query: { kind: 'sessions', withSeats: true }, offset: 0 },
    }),
  ].filter((s): s is Section => s !== undefined);
  return digestTemplate.attachment({
    title: 'L’AFPA vient de publier des places',
    intro: `Dans ce que vous suivez : ${describeInterests(interests, options)}. Une alerte par jour au plus.`,
    sections,
    footerButtons: [FOOTER[0]!],
  });
}

// ── Subscribing ──────────────────────────────────────────────────────────────────

export const DIGEST_OFFER =
  'Chaque lundi matin, je peux vous envoyer un récap : les places disponibles, les événements des 14 prochains jours, les entrées des 4 prochaines semaines et le suivi de vos prescriptions. Vous choisissez les dispositifs, métiers et communes qui vous intéressent, et vous vous désabonnez quand vous voulez (« me désabonner »).';

export type SettingsField = 'dispositifs' | 'metiers' | 'communes' | 'frequence' | 'rienDeNouveau';
export type SettingsValues = Partial<Record<SettingsField, string>>;

export function valuesOfPreferences(p: Preferences): SettingsValues {
  return {
    dispositifs: p.dispositifs.join(','),
    metiers: p.trades.join(', '),
    communes: p.towns.join(', '),
    frequence: p.frequency,
    rienDeNouveau: String(p.sendWhenNothingNew),
  };
}

const ALERTS_SENTENCE =
  'Si vous suivez des métiers ou des dispositifs, je vous préviens aussi dans la journée quand l’AFPA y publie des places (une alerte par jour au plus).';

export function digestSettingsCard(
  options: AgendaListOptions & {
    subscribed: boolean;
    values?: SettingsValues;
    errors?: SettingsValues;
    /** Said first: « Vous êtes abonné(e) ». */
    notice?: string;
  },
) {
  const fields = filled<SettingsField>(
    [
      {
        id: 'dispositifs',
        label: 'Dispositifs suivis (aucun coché : tous)',
        input: 'choices',
        choices: SESSION_DISPOSITIFS.map((d) => ({ title: shortLabel(options.catalogue.get(d)), value: d })),
      },
      {
        id: 'metiers',
        label: 'Métiers suivis, séparés par des virgules (vide : tous)',
        input: 'text',
        maxLength: 400,
        placeholder: 'soudure, cariste, aide à domicile',
      },
      {
        id: 'communes',
        label: 'Communes, séparées par des virgules (vide : toutes)',
        input: 'text',
        maxLength: 400,
        placeholder: 'Montauban, Castelsarrasin',
      },
      {
        id: 'frequence',
        label: 'Fréquence',
        input: 'choice',
        choices: FREQUENCIES.map((f) => ({ title: FREQUENCY_LABELS[f], value: f })),
      },
      {
        id: 'rienDeNouveau',
        label: 'Les semaines sans nouveauté, m’envoyer une ligne « rien de nouveau »',
        input: 'toggle',
      },
    ],
    { frequence: 'weekly', rienDeNouveau: 'false', ...options.values },
    options.errors,
  );
  return formCard({
    title: options.subscribed ? 'Mes choix de récap' : 'M’abonner au récap',
    intro: [
      options.notice ?? 'Le récap part le lundi matin.',
      // Said once: a notice about a followed trade already speaks of the alerts.
      options.notice?.includes('une alerte par jour') ? '' : ALERTS_SENTENCE,
    ]
      .filter(Boolean)
      .join(' '),
    fields,
    submitTitle: options.subscribed ? 'Enregistrer' : 'M’abonner',
    submitData: { verb: VERBS.saveDigestSettings },
    buttons: options.subscribed ? [{ title: 'Me désabonner', data: { verb: VERBS.unsubscribeDigest } }] : [],
  });
}

// ── What admins see ──────────────────────────────────────────────────────────────

export function digestAdminCard(subscribers: ReadonlyArray<{ userId: string; name: string }>) {
  return formCard({
    title: 'Récaps des référents',
    intro: `${subscribers.length} référent${subscribers.length > 1 ? 's' : ''} abonné${subscribers.length > 1 ? 's' : ''}. Choisissez-en un pour voir son récap tel qu’il partirait maintenant, ou vous l’envoyer.`,
    fields: [
      {
        id: 'referent',
        label: 'Référent',
        input: 'choice',
        choices: subscribers.map((s) => ({ title: s.name || s.userId, value: s.userId })),
      },
    ],
    submitTitle: 'Voir l’aperçu',
    submitData: { verb: VERBS.previewDigest },
    buttons: [
      { title: 'Me l’envoyer maintenant', data: { verb: VERBS.sendDigestNow } },
      { title: 'État des envois', data: { verb: VERBS.showDeliveries } },
    ],
  });
}

const TRIGGER_LABELS: Record<RunReport['trigger'], string> = {
  planning: 'à l’heure prévue',
  rattrapage: 'rattrapage au démarrage',
  commande: 'npm run digest',
  http: 'déclenchement HTTP',
  admin: 'administrateur',
};

/** One line per run for « état des envois »: when, how, and what became of each référent. */
export function describeRun(
  run: RunReport,
  deliveries: { sent: number; nothingNew: number; waiting: number; failed: number; reasons: string[] },
): { title: string; subtitle: string } {
  const at = new Date(run.startedAt);
  const time = at.toLocaleTimeString('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  });
  const c = run.counts;
  const skipped = [
    c.already ? `${c.already} déjà servi${c.already > 1 ? 's' : ''}` : '',
    c.notDue ? `${c.notDue} pas cette semaine` : '',
    c.subscribedAfter ? `${c.subscribedAfter} abonné${c.subscribedAfter > 1 ? 's' : ''} après l’heure` : '',
    c.unreachable ? `${c.unreachable} injoignable${c.unreachable > 1 ? 's' : ''}` : '',
    c.noChat ? `${c.noChat} sans conversation avec le bot` : '',
  ].filter(Boolean);
  const outcome = [
    `${deliveries.sent} envoyé${deliveries.sent > 1 ? 's' : ''}`,
    deliveries.nothingNew ? `${deliveries.nothingNew} sans nouveauté (rien envoyé)` : '',
    deliveries.waiting ? `${deliveries.waiting} en attente` : '',
    deliveries.failed ? `${deliveries.failed} en échec (${deliveries.reasons.join(' ; ')})` : '',
  ].filter(Boolean);
  return {
    title: `Récap ${run.week} – ${frenchDay(parisDay(at))} à ${time} (${TRIGGER_LABELS[run.trigger]})`,
    subtitle: `${c.claimed} préparé${c.claimed > 1 ? 's' : ''} : ${outcome.join(', ')}.${skipped.length > 0 ? ` Non préparés : ${skipped.join(', ')}.` : ''}`,
  };
}
