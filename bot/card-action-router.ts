import { MessageFactory, type TurnContext } from 'botbuilder';
import { dispositifCard, dispositifListCard } from '../cards/dispositif-cards.js';
import { CardActionSchema, VERBS, type CardAction } from '../cards/actions.js';
import { welcomeCard } from '../cards/welcome-card.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';

export const UNKNOWN_ACTION_TEXT =
  'Ce bouton ne correspond plus à rien que je sache faire. Tapez « aide » pour retrouver le menu.';

/** Parses the data of a card button; undefined when it is not one of ours. */
export function parseCardAction(value: unknown): CardAction | undefined {
  const parsed = CardActionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Runs what a card button asks for. */
export async function runCardAction(context: TurnContext, action: CardAction, catalogue: Catalogue): Promise<void> {
  switch (action.verb) {
    case VERBS.showMenu:
      await context.sendActivity(MessageFactory.attachment(welcomeCard(catalogue)));
      return;
    case VERBS.listDispositifs:
      await context.sendActivity(MessageFactory.attachment(dispositifListCard(catalogue)));
      return;
    case VERBS.showDispositif:
      await context.sendActivity(MessageFactory.attachment(dispositifCard(catalogue, action.dispositif)));
      return;
  }
}
