import type { Attachment, ChannelAccount } from 'botbuilder';
import { dispositifCard, dispositifListCard } from '../cards/dispositif-cards.js';
import { CardActionSchema, VERBS, type CardAction } from '../cards/actions.js';
import {
  eligibilityFormCard,
  eligibilityResultCard,
  readEligibilityForm,
  valuesOf,
} from '../cards/eligibility-cards.js';
import type { AgendaListOptions } from '../cards/agenda-cards.js';
import { noticeCard, welcomeCard } from '../cards/welcome-card.js';
import type { AgendaStore } from '../data/agenda/agenda-store.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { checkEligibility, type EligibilityOptions } from '../data/eligibility.js';
import { NOT_ALLOWED_TEXT } from './access.js';
import { agendaCard, agendaEdit } from './agenda-actions.js';
import type { AgendaPublisher } from './agenda-publisher.js';

export const UNKNOWN_ACTION_TEXT =
  'Ce bouton ne correspond plus à rien que je sache faire. Tapez « aide » pour retrouver le menu.';

export type CardActionDeps = {
  catalogue: Catalogue;
  checkOptions: () => EligibilityOptions;
  agenda: AgendaStore;
  publisher: AgendaPublisher;
  clock: () => Date;
  links: AgendaListOptions['links'];
};

/** Parses the data of a card button; undefined when it is not one of ours. */
export function parseCardAction(value: unknown): CardAction | undefined {
  const parsed = CardActionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The card a button asks for. The same answer serves an Action.Submit (sent as a new
 * message) and an Action.Execute (which replaces the card in place). Undefined for
 * the actions that start a conversation instead.
 */
export async function cardForAction(
  action: CardAction,
  deps: CardActionDeps,
  from?: ChannelAccount,
): Promise<Attachment | undefined> {
  const { catalogue, checkOptions, publisher } = deps;
  switch (action.verb) {
    case VERBS.showMenu:
      return welcomeCard(catalogue);
    case VERBS.listDispositifs:
      return dispositifListCard(catalogue);
    case VERBS.showDispositif:
      return dispositifCard(catalogue, action.dispositif);
    case VERBS.openEligibility:
      return eligibilityFormCard({
        values: action.profile ? valuesOf(action.profile) : undefined,
        focus: action.focus,
      });
    case VERBS.checkEligibility: {
      const reading = readEligibilityForm(action);
      if (!reading.ok)
        return eligibilityFormCard({ values: reading.values, errors: reading.errors, focus: action.focus });
      const results = checkEligibility(reading.profile, checkOptions());
      return eligibilityResultCard(catalogue, reading.profile, results, action.focus);
    }
    case VERBS.startGuidedEligibility:
      return undefined;
    case VERBS.showAgenda:
      return agendaCard(action.query, action.offset, deps, from);
    case VERBS.openAgendaForm:
    case VERBS.saveAgendaItem:
    case VERBS.cancelEvent:
    case VERBS.removeAgendaItem:
      return publisher.mayPublish(from) ? agendaEdit(action, deps) : noticeCard(NOT_ALLOWED_TEXT);
    case VERBS.confirmImport:
      return publisher.mayPublish(from) ? publisher.confirm(action.importId) : noticeCard(NOT_ALLOWED_TEXT);
    case VERBS.cancelImport:
      return publisher.mayPublish(from) ? publisher.cancel() : noticeCard(NOT_ALLOWED_TEXT);
  }
}
