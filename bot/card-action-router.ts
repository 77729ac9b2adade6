import type { Attachment, ChannelAccount } from 'botbuilder';
import { dispositifCard, dispositifListCard } from '../cards/dispositif-cards.js';
import { CardActionSchema, VERBS, type CardAction } from '../cards/actions.js';
import {
  eligibilityFormCard,
  eligibilityResultCard,
  readEligibilityForm,
  valuesOf,
} from '../cards/eligibility-cards.js';
import { welcomeCard } from '../cards/welcome-card.js';
import { agendaListCard, type AgendaListOptions } from '../cards/agenda-cards.js';
import type { AgendaQuery } from '../data/agenda/agenda-query.js';
import { runAgendaQuery } from '../data/agenda/agenda-query.js';
import type { AgendaStore } from '../data/agenda/agenda-store.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { checkEligibility, type EligibilityOptions } from '../data/eligibility.js';
import type { AgendaPublisher } from './agenda-publisher.js';
import { NOT_ALLOWED_TEXT } from './access.js';
import { noticeCard } from '../cards/welcome-card.js';
import { importSample } from '../cards/agenda-cards.js';
import { agendaFormCard, readAgendaForm, valuesOfItem } from '../cards/agenda-form.js';
import { AgendaItemNotFoundError } from '../data/agenda/agenda-store.js';
import { parisDay } from '../data/dates.js';

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

/** An agenda question answered as a list card, from `offset`; AFPA staff also get the edit buttons. */
export async function agendaCard(
  query: AgendaQuery,
  offset: number,
  deps: CardActionDeps,
  from?: ChannelAccount,
): Promise<Attachment> {
  const now = deps.clock();
  const items = await deps.agenda.list(query.kind);
  const results = runAgendaQuery(items, query, now);
  const canEdit = deps.publisher.mayPublish(from);
  return agendaListCard(query, results, offset, {
    catalogue: deps.catalogue,
    now,
    links: deps.links,
    canEdit,
  });
}

const GONE_TEXT = 'Cet élément n’existe plus : il a peut-être été retiré ou remplacé par un import.';

/** Adding, editing, cancelling one item: AFPA staff only, checked on every action. */
async function agendaEdit(action: AgendaEditAction, deps: CardActionDeps): Promise<Attachment> {
  const { agenda, catalogue } = deps;
  switch (action.verb) {
    case VERBS.openAgendaForm: {
      if (!action.id) return agendaFormCard(action.kind, catalogue);
      const item = await agenda.find(action.kind, action.id);
      return item
        ? agendaFormCard(action.kind, catalogue, { id: action.id, values: valuesOfItem(action.kind, item) })
        : noticeCard(GONE_TEXT);
    }
    case VERBS.saveAgendaItem: {
      const reading = readAgendaForm(action.kind, action, catalogue, parisDay(deps.clock()));
      if (!reading.ok)
        return agendaFormCard(action.kind, catalogue, {
          id: action.id,
          values: reading.values,
          errors: reading.errors,
        });
      const item = action.id ? { ...reading.item, id: action.id } : reading.item;
      const outcome = await agenda.upsert(action.kind, item);
      const sample = importSample(action.kind, [item], catalogue)[0] ?? '';
      return noticeCard(
        `${outcome === 'added' ? 'Publié' : 'Modifié'} : ${sample}. Les référents le voient dès maintenant.`,
      );
    }
    case VERBS.cancelEvent: {
      const event = await agenda.cancelEvent(action.id).catch((error: unknown) => {
        if (error instanceof AgendaItemNotFoundError) return undefined;
        throw error;
      });
      if (!event) return noticeCard(GONE_TEXT);
      return noticeCard(
        `Annulé : ${event.title}. Il reste affiché comme annulé jusqu’à sa date ; pour le rétablir, modifiez-le et enregistrez.`,
      );
    }
    case VERBS.removeAgendaItem: {
      const removed = await agenda.remove(action.kind, action.id).then(
        () => true,
        (error: unknown) => {
          if (error instanceof AgendaItemNotFoundError) return false;
          throw error;
        },
      );
      return noticeCard(removed ? 'Retiré : les référents ne le voient plus.' : GONE_TEXT);
    }
  }
}

type AgendaEditAction = Extract<
  CardAction,
  { verb: 'openAgendaForm' | 'saveAgendaItem' | 'cancelEvent' | 'removeAgendaItem' }
>;

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
