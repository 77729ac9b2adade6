import { frenchDay, parisDay } from '../data/dates.js';
import type { Habilitation } from '../data/access/habilitations.js';
import { VERBS } from './actions.js';
import { filled, formCard } from './form-card.js';
import { recordCard } from './record-card.js';

/**
 * AFPA habilitates the Département's référents to register people (protocol § 5):
 * the list of those habilitated, the form that adds one, and the request a référent
 * sends when they are not habilitated yet.
 */

const onDay = (instant: string) => frenchDay(parisDay(new Date(instant)));

export function habilitationsCard(active: readonly Habilitation[], notice = '') {
  return recordCard({
    title: 'Référents habilités',
    subtitle:
      notice ||
      (active.length === 0
        ? 'Aucun référent habilité ici pour l’instant. Ceux que l’administrateur a déclarés dans la configuration du bot le sont aussi.'
        : `${active.length} référent${active.length > 1 ? 's' : ''} habilité${active.length > 1 ? 's' : ''} ici. Ceux que l’administrateur a déclarés dans la configuration du bot le sont aussi.`),
    items: active.map((h) => ({
      title: h.person.name,
      subtitle: `Habilité(e) le ${onDay(h.grantedAt)} par ${h.grantedBy}`,
      buttons: [{ title: 'Retirer', data: { verb: VERBS.withdrawHabilitation, userId: h.person.id } }],
    })),
    buttons: [{ title: 'Habiliter un référent', data: { verb: VERBS.habilitate, open: true } }],
  });
}

export type HabilitationFormValues = { personne?: string; identifiant?: string; nom?: string };

/** The people who have spoken to the bot are offered by name; anyone else by their Teams or Entra id. */
export function habilitationFormCard(
  known: ReadonlyArray<{ userId: string; name: string }>,
  values: HabilitationFormValues = {},
  errors: Partial<Record<keyof HabilitationFormValues, string>> = {},
) {
  return formCard({
    title: 'Habiliter un référent',
    intro:
      'Choisissez une personne qui a déjà écrit au bot, ou saisissez son identifiant Teams (29:…) ou Entra ID et son nom.',
    fields: filled(
      [
        // Offered only when the bot knows someone; a person Teams gives no name is shown by their id.
        ...(known.length > 0
          ? [
              {
                id: 'personne' as const,
                label: 'Personne connue du bot',
                input: 'choice' as const,
                choices: known.map((k) => ({ title: k.name || k.userId, value: k.userId })),
              },
            ]
          : []),
        { id: 'identifiant', label: 'Ou identifiant Teams / Entra ID', input: 'text', maxLength: 200 },
        { id: 'nom', label: 'Nom (avec un identifiant)', input: 'text', maxLength: 100 },
      ],
      values,
      errors,
    ),
    submitTitle: 'Habiliter',
    submitData: { verb: VERBS.habilitate },
  });
}

/** Sent to the AFPA conversation when a référent asks to be habilitated. */
export function habilitationRequestCard(userId: string, name: string) {
  return recordCard({
    title: 'Demande d’habilitation',
    subtitle: `${name} demande à pouvoir inscrire des personnes aux dispositifs (Protocole, § 5).`,
    buttons: [
      { title: `Habiliter ${name}`, data: { verb: VERBS.habilitate, identifiant: userId, nom: name } },
    ],
  });
}
