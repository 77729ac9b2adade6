import { z } from 'zod';
import { DispositifIdSchema } from '../data/catalogue/schema.js';
import { AgendaQuerySchema, SESSION_DISPOSITIFS } from '../data/agenda/model.js';
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
  openPrescription: 'openPrescription',
  submitPrescription: 'submitPrescription',
  listMyPrescriptions: 'listMyPrescriptions',
  showPrescription: 'showPrescription',
  cancelPrescription: 'cancelPrescription',
  listOpenPrescriptions: 'listOpenPrescriptions',
  acknowledgePrescription: 'acknowledgePrescription',
  openStatusForm: 'openStatusForm',
  changeStatus: 'changeStatus',
  sendPrescriptionDetail: 'sendPrescriptionDetail',
  requestHabilitation: 'requestHabilitation',
  openHabilitations: 'openHabilitations',
  habilitate: 'habilitate',
  withdrawHabilitation: 'withdrawHabilitation',
  showDeliveries: 'showDeliveries',
  openReasons: 'openReasons',
  addReason: 'addReason',
  retireReason: 'retireReason',
  openExport: 'openExport',
  exportPrescriptions: 'exportPrescriptions',
  openPersonRequest: 'openPersonRequest',
  findPersonData: 'findPersonData',
  exportPersonData: 'exportPersonData',
  erasePersonData: 'erasePersonData',
  openCampaigns: 'openCampaigns',
  editCampaign: 'editCampaign',
  saveCampaign: 'saveCampaign',
  showContacts: 'showContacts',
  resumeGuidedEligibility: 'resumeGuidedEligibility',
  explainDigest: 'explainDigest',
  subscribeDigest: 'subscribeDigest',
  openDigestSettings: 'openDigestSettings',
  saveDigestSettings: 'saveDigestSettings',
  unsubscribeDigest: 'unsubscribeDigest',
  openDigestAdmin: 'openDigestAdmin',
  previewDigest: 'previewDigest',
  sendDigestNow: 'sendDigestNow',
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

const AgendaKindSchema = z.enum(['events', 'sessions', 'places']);
const ItemIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

export { AgendaQuerySchema };

const FocusSchema = z.enum(PROGRAMMES).optional();
const ReferenceSchema = z.string().regex(/^P-[0-9A-Z]{6}$/);
const OffsetSchema = z.number().int().min(0).max(100_000).default(0);
const ReasonListSchema = z.enum(['refusal', 'abandon']);

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
  /** The prescription form: for a programme, a session, or what an eligibility check already knows. */
  z.object({
    verb: z.literal(VERBS.openPrescription),
    dispositif: z.enum(PROGRAMMES).optional(),
    session: ItemIdSchema.optional(),
    profile: ProfileSchema.optional(),
  }),
  /** The form's own inputs arrive beside the verb; `formId` makes a second submission harmless. */
  z
    .object({
      verb: z.literal(VERBS.submitPrescription),
      dispositif: z.enum(PROGRAMMES),
      formId: z.string().uuid(),
    })
    .passthrough(),
  z.object({ verb: z.literal(VERBS.listMyPrescriptions), offset: OffsetSchema }),
  z.object({ verb: z.literal(VERBS.showPrescription), id: ReferenceSchema }),
  z.object({ verb: z.literal(VERBS.cancelPrescription), id: ReferenceSchema }),
  z.object({ verb: z.literal(VERBS.listOpenPrescriptions), offset: OffsetSchema }),
  z.object({ verb: z.literal(VERBS.acknowledgePrescription), id: ReferenceSchema }),
  z.object({ verb: z.literal(VERBS.openStatusForm), id: ReferenceSchema }),
  /** The status form's inputs (statut, date, motif, commentaire, bilan) arrive beside the verb. */
  z.object({ verb: z.literal(VERBS.changeStatus), id: ReferenceSchema }).passthrough(),
  z.object({ verb: z.literal(VERBS.sendPrescriptionDetail), id: ReferenceSchema }),
  z.object({ verb: z.literal(VERBS.requestHabilitation) }),
  z.object({ verb: z.literal(VERBS.openHabilitations) }),
  /** The habilitation form's inputs (personne, identifiant, nom) arrive beside the verb. */
  z.object({ verb: z.literal(VERBS.habilitate), open: z.boolean().optional() }).passthrough(),
  z.object({ verb: z.literal(VERBS.withdrawHabilitation), userId: z.string().min(1).max(200) }),
  z.object({ verb: z.literal(VERBS.showDeliveries) }),
  z.object({ verb: z.literal(VERBS.openReasons) }),
  /** `open` asks for the empty form; without it, the form's `libelle` arrives beside the verb. */
  z
    .object({ verb: z.literal(VERBS.addReason), list: ReasonListSchema, open: z.boolean().optional() })
    .passthrough(),
  z.object({ verb: z.literal(VERBS.retireReason), list: ReasonListSchema, code: z.string().min(1).max(40) }),
  z.object({ verb: z.literal(VERBS.openExport) }),
  /** The export form's inputs (du, au) arrive beside the verb. */
  z.object({ verb: z.literal(VERBS.exportPrescriptions) }).passthrough(),
  /** A person's request (RGPD): find their prescriptions, then export or erase them. */
  z.object({ verb: z.literal(VERBS.openPersonRequest) }),
  /** The search form's inputs (nom, prenom, naissance) arrive beside the verb. */
  z.object({ verb: z.literal(VERBS.findPersonData) }).passthrough(),
  z.object({ verb: z.literal(VERBS.exportPersonData), ids: z.array(ReferenceSchema).min(1).max(50) }),
  z.object({
    verb: z.literal(VERBS.erasePersonData),
    ids: z.array(ReferenceSchema).min(1).max(50),
    confirmed: z.boolean().default(false),
  }),
  z.object({ verb: z.literal(VERBS.openCampaigns) }),
  z.object({ verb: z.literal(VERBS.editCampaign), year: z.number().int().min(2000).max(2100).optional() }),
  /** The campaign form's inputs (annee, entree, fin, objectif…) arrive beside the verb. */
  z.object({ verb: z.literal(VERBS.saveCampaign) }).passthrough(),
  z.object({ verb: z.literal(VERBS.showContacts) }),
  /** The paused guided check goes on: it is kept in memory, the button carries nothing. */
  z.object({ verb: z.literal(VERBS.resumeGuidedEligibility) }),
  /** « préviens-moi quand il y a des places en soudure »: what is named is added to what is followed. */
  z.object({
    verb: z.literal(VERBS.subscribeDigest),
    trade: z.string().max(60).optional(),
    dispositif: z.enum(SESSION_DISPOSITIFS).optional(),
    town: z.string().max(60).optional(),
  }),
  z.object({ verb: z.literal(VERBS.explainDigest) }),
  z.object({ verb: z.literal(VERBS.openDigestSettings) }),
  /** The settings form's inputs (dispositifs, metiers, communes, frequence, rienDeNouveau) arrive beside the verb. */
  z.object({ verb: z.literal(VERBS.saveDigestSettings) }).passthrough(),
  z.object({ verb: z.literal(VERBS.unsubscribeDigest) }),
  z.object({ verb: z.literal(VERBS.openDigestAdmin) }),
  /** Without `referent` (the admin card's input), one's own digest. */
  z.object({ verb: z.literal(VERBS.previewDigest), referent: z.string().max(200).optional() }).passthrough(),
  z.object({ verb: z.literal(VERBS.sendDigestNow), referent: z.string().max(200).optional() }).passthrough(),
]);
export type CardAction = z.infer<typeof CardActionSchema>;

/** A button of a card: its title and the action it triggers, checked like any action the bot receives. */
export const ButtonSchema = z.object({ title: z.string().min(1), data: CardActionSchema });
export type CardButton = z.input<typeof ButtonSchema>;
