import { z } from 'zod';
import { DispositifIdSchema } from '../data/catalogue/schema.js';
import { EVENT_TYPES, LocalDaySchema, SESSION_DISPOSITIFS } from '../data/agenda/model.js';
import { PROGRAMMES, ProfileSchema } from '../data/eligibility.js';

/**
 * Every button of every card carries one of these verbs in its data; the bot routes
 * on the verb, never on the button's text.
 */
export const VERBS = {
  showMenu: 'showMenu',
  listDispositifs: 'listDispositifs',
  showDispositif: 'showDispositif',
  openEligibility: 'openEligibility',
  checkEligibility: 'checkEligibility',
  startGuidedEligibility: 'startGuidedEligibility',
  showAgenda: 'showAgenda',
  confirmImport: 'confirmImport',
  cancelImport: 'cancelImport',
  openAgendaForm: 'openAgendaForm',
  saveAgendaItem: 'saveAgendaItem',
  cancelEvent: 'cancelEvent',
  removeAgendaItem: 'removeAgendaItem',
} as const;

const AgendaKindSchema = z.enum(['events', 'sessions', 'places']);
const ItemIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** An agenda question, carried by "Voir la suite" and "Prochaines entrées". */
export const AgendaQuerySchema = z
  .object({
    kind: z.enum(['events', 'sessions', 'places']),
    types: z.array(z.enum(EVENT_TYPES)).optional(),
    dispositif: z.enum(SESSION_DISPOSITIFS).optional(),
    volet: z.string().max(100).optional(),
    trade: z.string().max(100).optional(),
    place: z.string().max(100).optional(),
    from: LocalDaySchema.optional(),
    to: LocalDaySchema.optional(),
  })
  .strict();

const FocusSchema = z.enum(PROGRAMMES).optional();

export const CardActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(VERBS.showMenu) }),
  z.object({ verb: z.literal(VERBS.listDispositifs) }),
  z.object({ verb: z.literal(VERBS.showDispositif), dispositif: DispositifIdSchema }),
  /** The form, empty or filled with what was known ("Modifier"). */
  z.object({ verb: z.literal(VERBS.openEligibility), focus: FocusSchema, profile: ProfileSchema.optional() }),
  /** The form's own inputs arrive beside the verb; they are read by `readEligibilityForm`. */
  z.object({ verb: z.literal(VERBS.checkEligibility), focus: FocusSchema }).passthrough(),
  z.object({
    verb: z.literal(VERBS.startGuidedEligibility),
    focus: FocusSchema,
    profile: ProfileSchema.optional(),
  }),
  z.object({
    verb: z.literal(VERBS.showAgenda),
    query: AgendaQuerySchema,
    offset: z.number().int().min(0).default(0),
  }),
  z.object({ verb: z.literal(VERBS.confirmImport), importId: z.string().uuid() }),
  z.object({ verb: z.literal(VERBS.cancelImport), importId: z.string().uuid() }),
  z.object({ verb: z.literal(VERBS.openAgendaForm), kind: AgendaKindSchema, id: ItemIdSchema.optional() }),
  /** The form's own inputs arrive beside the verb; they are read by `readAgendaForm`. */
  z
    .object({ verb: z.literal(VERBS.saveAgendaItem), kind: AgendaKindSchema, id: ItemIdSchema.optional() })
    .passthrough(),
  z.object({ verb: z.literal(VERBS.cancelEvent), id: ItemIdSchema }),
  z.object({
    verb: z.literal(VERBS.removeAgendaItem),
    kind: z.enum(['sessions', 'places']),
    id: ItemIdSchema,
  }),
]);
export type CardAction = z.infer<typeof CardActionSchema>;

/** A button of a card: its title and the action it triggers, checked like any action the bot receives. */
export const ButtonSchema = z.object({ title: z.string().min(1), data: CardActionSchema });
export type CardButton = z.input<typeof ButtonSchema>;
