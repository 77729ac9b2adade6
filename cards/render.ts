import { CardFactory, type Attachment } from 'botbuilder';
import * as ACData from 'adaptivecards-templating';
import type { z } from 'zod';

/**
 * A card is a JSON template plus typed data: the data is checked with zod, the
 * template expanded once per call (the parsed template is kept), and a card that
 * still holds `${` is a bug, not something to send.
 */
export class CardTemplate<S extends z.ZodType> {
  private readonly template: ACData.Template;

  constructor(
    readonly name: string,
    json: object,
    private readonly schema: S,
  ) {
    this.template = new ACData.Template(json);
  }

  /** The expanded card as a plain object (what tests validate). */
  expand(data: z.input<S>): Record<string, unknown> {
    const checked = this.schema.parse(data);
    const card = this.template.expand({ $root: checked }) as Record<string, unknown>;
    const text = JSON.stringify(card);
    if (text.includes('${')) throw new Error(`Card ${this.name}: unexpanded template expression`);
    return card;
  }

  attachment(data: z.input<S>): Attachment {
    return CardFactory.adaptiveCard(this.expand(data));
  }
}
