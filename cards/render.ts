import { CardFactory, type Attachment } from 'botbuilder';
import * as ACData from 'adaptivecards-templating';
import type { z } from 'zod';
import { keepAtMost } from '../data/text.js';

/** Per template; a card is a few kilobytes. */
const RECENT_CARDS = 64;

/**
 * A card is a JSON template plus typed data: the data is checked with zod, the
 * template expanded once per call (the parsed template is kept), and a card that
 * still holds `${` is a bug, not something to send.
 */
export class CardTemplate<S extends z.ZodType> {
  /**
   * Parsed at the first expansion, not when the module loads: parsing all the templates
   * took about 100 ms of every start, before the first message, which needs only the menu.
   */
  private template?: ACData.Template;
  /**
   * Cards recently expanded, by their data: the menu, a programme's card, « prochaines
   * JPO » are the same for many people, and expanding a template costs more than the
   * rest of such a turn. The templates call no clock and no random function, so the
   * same data always gives the same card. Kept frozen and handed out as they are:
   * nothing changes a card once made (it is only serialised), and parsing a copy for
   * each caller cost as much as the rest of a « bonjour » of the bot's own.
   */
  private readonly recent = new Map<string, Readonly<Record<string, unknown>>>();

  constructor(
    readonly name: string,
    private readonly json: object,
    private readonly schema: S,
  ) {}

  /** The expanded card as a plain object (what tests validate), frozen: shared by every caller with the same data. */
  expand(data: z.input<S>): Readonly<Record<string, unknown>> {
    // Keyed by the data as given, before it is checked: checking the menu's data again at
    // each « bonjour » cost as much as finding its card. The data is plain JSON (strings,
    // numbers, lists; no schema here transforms or holds anything else), so the same text
    // is the same data, already checked when its card was made.
    const key = JSON.stringify(data);
    const known = this.recent.get(key);
    if (known !== undefined) return known;
    const checked = this.schema.parse(data);
    this.template ??= new ACData.Template(this.json);
    const card = this.template.expand({ $root: checked }) as Record<string, unknown>;
    if (JSON.stringify(card).includes('${'))
      throw new Error(`Card ${this.name}: unexpanded template expression`);
    deepFreeze(card);
    keepAtMost(this.recent, RECENT_CARDS, key, card);
    return card;
  }

  attachment(data: z.input<S>): Attachment {
    return CardFactory.adaptiveCard(this.expand(data));
  }
}

/** Freezes a card and everything in it: a card shared between turns that someone changed would change for everyone. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  for (const inner of Object.values(value)) deepFreeze(inner);
  Object.freeze(value);
}
