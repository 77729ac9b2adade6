import { randomUUID } from 'node:crypto';
import type { Attachment, ChannelAccount } from 'botbuilder';
import { CardActionSchema, VERBS, type CardAction } from '../../cards/actions.js';
import {
  campaignFormCard,
  campaignsCard,
  confirmErasureCard,
  deliveriesCard,
  exportFormCard,
  personFoundCard,
  personRequestFormCard,
  reasonFormCard,
  reasonsCard,
  readCampaignForm,
  valuesOfCampaign,
} from '../../cards/admin-cards.js';
import { asCampaign } from '../../data/campaigns.js';
import type { Logger } from '../logger.js';
import type { AgendaListOptions } from '../../cards/agenda-cards.js';
import { contactsCard } from '../../cards/agreement-cards.js';
import { dispositifCard, dispositifListCard } from '../../cards/dispositif-cards.js';
import {
  eligibilityFormCard,
  eligibilityResultCard,
  readEligibilityForm,
  valuesOf,
} from '../../cards/eligibility-cards.js';
import {
  habilitationFormCard,
  habilitationsCard,
  type HabilitationFormValues,
} from '../../cards/habilitation-cards.js';
import {
  afpaPrescriptionCard,
  chooseProgrammeCard,
  notHabilitatedCard,
  PAGE_SIZE,
  prescriptionDetailCard,
  prescriptionFormCard,
  prescriptionListCard,
  prescriptionRefusedCard,
  prescriptionSentCard,
  statusFormCard,
  type StatusFormValues,
} from '../../cards/prescription-cards.js';
import { noticeCard, welcomeCard } from '../../cards/welcome-card.js';
import { DIGEST_OFFER } from '../../cards/digest-cards.js';
import { idsOf, type Role } from '../../data/access/roles.js';
import type { Catalogue } from '../../data/catalogue/catalogue.js';
import {
  campaignLine,
  checkEligibility,
  type EligibilityOptions,
  type Profile,
  type Programme,
} from '../../data/eligibility.js';
import { newMessage } from '../../data/outbox/outbox.js';
import { reasonListFor } from '../../data/prescriptions/lifecycle.js';
import {
  currentStatus,
  STATUS_LABELS,
  STATUSES,
  type Status,
  type UserRef,
} from '../../data/prescriptions/model.js';
import { openSessions, readBirthDate, type FormValues } from '../../data/prescriptions/prescription-form.js';
import { frenchDay, parisDay } from '../../data/dates.js';
import { mayRead } from '../../data/prescriptions/prescriptions.js';
import { cleanText } from '../../data/text.js';
import { agendaCard, agendaEdit } from '../agenda-actions.js';
import type { AgendaPublisher } from '../agenda-publisher.js';
import { HABILITATION_CHANGED, HABILITATION_REQUEST } from '../jobs/notifications.js';
import type { Stores } from '../stores.js';
import type { PrescriptionExports } from './prescription-exports.js';
import {
  digestAdmin,
  digestRunLines,
  openDigestSettings,
  previewDigest,
  saveDigestSettings,
  sendDigestNow,
  subscribeDigest,
  unsubscribeDigest,
} from './digest-actions.js';

/**
 * Every card button the bot knows, in one table: the roles allowed and the handler.
 * The input schema of each verb is in cards/actions.ts (the cards check their own
 * buttons against it). Action.Execute and Action.Submit go through the same check,
 * so a forged action is refused exactly like a real one from someone not allowed.
 */

export const UNKNOWN_ACTION_TEXT =
  'Ce bouton ne correspond plus à rien que je sache faire. Tapez « aide » pour retrouver le menu.';
export const NOT_ALLOWED_AGENDA =
  'Seule l’équipe AFPA habilitée peut publier ou modifier l’agenda. Si vous devriez y avoir accès, demandez à l’administrateur de vous ajouter.';
const AFPA_ONLY = 'Cette action est réservée à l’équipe AFPA. Rien n’a été modifié.';
const EXPORT_IN_PERSONAL_CHAT =
  'L’export contient des données personnelles : demandez-le dans votre conversation personnelle avec le bot (« exporter les prescriptions »).';
const ADMIN_ONLY = 'Cette action est réservée aux administrateurs. Rien n’a été modifié.';
const NOT_FOUND =
  'Je ne trouve pas cette prescription, ou elle ne vous est pas accessible : seuls son référent et l’équipe AFPA la voient.';

export type ActionDeps = {
  catalogue: Catalogue;
  logger: Logger;
  checkOptions: () => EligibilityOptions;
  publisher: AgendaPublisher;
  clock: () => Date;
  links: AgendaListOptions['links'];
  stores: Stores;
  exports: PrescriptionExports;
};

export type ActionContext = {
  from: ChannelAccount;
  roles: ReadonlySet<Role>;
  /** Personal chat, channel or group chat: details of a person are shown only in a personal chat. */
  personal: boolean;
  tenantId?: string;
};

/** What a button leads to: a card (sent, or put in place of the card clicked), or the guided check. */
export type ActionOutcome =
  | { kind: 'card'; card: Attachment }
  | { kind: 'guided'; profile: Profile; focus?: Programme }
  | { kind: 'resumeGuided' };

type ActionOf<V extends CardAction['verb']> = Extract<CardAction, { verb: V }>;
type Rule<V extends CardAction['verb']> = {
  /** Who may use it; 'anyone' for what the handler checks itself (a prescription's own référent). */
  roles: readonly Role[] | 'anyone';
  refusal?: () => Attachment;
  handle: (action: ActionOf<V>, ctx: ActionContext, deps: ActionDeps) => Promise<ActionOutcome | Attachment>;
};

/** Who decides on a staged import: the ids it was staged under are compared with these. */
const importActor = (c: ActionContext) => ({ ids: idsOf(c.from), admin: c.roles.has('admin') });

const AFPA: readonly Role[] = ['afpa'];
const ADMIN: readonly Role[] = ['admin'];
const REFERENT: readonly Role[] = ['referent'];

const afpaRefusal = () => noticeCard(AFPA_ONLY);
const adminRefusal = () => noticeCard(ADMIN_ONLY);
const agendaRefusal = () => noticeCard(NOT_ALLOWED_AGENDA);

export const CARD_ACTIONS: { [V in CardAction['verb']]: Rule<V> } = {
  showMenu: {
    roles: 'anyone',
    handle: async (_a, c, d) => welcomeCard(d.catalogue, currentCampaignLine(d), c.roles),
  },
  listDispositifs: { roles: 'anyone', handle: async (_a, _c, d) => dispositifListCard(d.catalogue) },
  showContacts: { roles: 'anyone', handle: async () => contactsCard() },
  showDispositif: { roles: 'anyone', handle: async (a, _c, d) => dispositifCard(d.catalogue, a.dispositif) },
  openEligibility: {
    roles: 'anyone',
    handle: async (a) =>
      eligibilityFormCard({ values: a.profile ? valuesOf(a.profile) : undefined, focus: a.focus }),
  },
  checkEligibility: {
    roles: 'anyone',
    handle: async (a, _c, d) => {
      const reading = readEligibilityForm(a);
      if (!reading.ok)
        return eligibilityFormCard({ values: reading.values, errors: reading.errors, focus: a.focus });
      const options = d.checkOptions();
      const results = checkEligibility(reading.profile, options);
      return eligibilityResultCard(d.catalogue, reading.profile, results, a.focus, campaignLineOf(options));
    },
  },
  startGuidedEligibility: {
    roles: 'anyone',
    handle: async (a) => ({ kind: 'guided', profile: a.profile ?? {}, focus: a.focus }),
  },
  resumeGuidedEligibility: { roles: 'anyone', handle: async () => ({ kind: 'resumeGuided' }) },
  showAgenda: { roles: 'anyone', handle: (a, c, d) => agendaCard(a.query, a.offset, d, c.roles) },
  openAgendaForm: { roles: AFPA, refusal: agendaRefusal, handle: (a, _c, d) => agendaEdit(a, d) },
  saveAgendaItem: { roles: AFPA, refusal: agendaRefusal, handle: (a, _c, d) => agendaEdit(a, d) },
  cancelEvent: { roles: AFPA, refusal: agendaRefusal, handle: (a, _c, d) => agendaEdit(a, d) },
  removeAgendaItem: { roles: AFPA, refusal: agendaRefusal, handle: (a, _c, d) => agendaEdit(a, d) },
  confirmImport: {
    roles: AFPA,
    refusal: agendaRefusal,
    handle: (a, c, d) => d.publisher.confirm(a.importId, importActor(c)),
  },
  cancelImport: {
    roles: AFPA,
    refusal: agendaRefusal,
    handle: (a, c, d) => d.publisher.cancel(a.importId, importActor(c)),
  },

  // ── Prescriptions: the référent's side ──────────────────────────────────────────
  openPrescription: {
    roles: REFERENT,
    refusal: notHabilitatedCard,
    handle: async (a, _c, d) => {
      const sessions = await d.stores.agenda.list('sessions');
      const chosen = a.session ? sessions.find((s) => s.id === a.session) : undefined;
      const dispositif = a.dispositif ?? chosen?.dispositif;
      if (!dispositif) return chooseProgrammeCard(d.catalogue);
      const open = openSessions(sessions, dispositif, d.clock());
      const ofThatProgramme = chosen?.dispositif === dispositif ? chosen : undefined;
      const stillOpen = ofThatProgramme && open.some((s) => s.id === ofThatProgramme.id);
      return prescriptionFormCard({
        catalogue: d.catalogue,
        dispositif,
        formId: randomUUID(),
        sessions: open,
        values: {
          ...(stillOpen ? { session: ofThatProgramme.id } : {}),
          ...(a.profile ? valuesFromProfile(a.profile) : {}),
        },
        ...(ofThatProgramme?.seats === 0 ? { fullSession: ofThatProgramme } : {}),
      });
    },
  },
  submitPrescription: {
    roles: REFERENT,
    refusal: notHabilitatedCard,
    handle: async (a, c, d) => {
      const { formId, verb: _verb, ...inputs } = a;
      const result = await d.stores.prescriptions.submit(formId, inputs, {
        ...userOf(c.from),
        ...(c.tenantId ? { tenantId: c.tenantId } : {}),
      });
      if (result.outcome === 'foreign-form')
        return noticeCard('Ce formulaire n’est plus valable : ouvrez-en un nouveau avec « prescrire ».');
      if ('prescription' in result)
        return prescriptionSentCard(result.prescription, d.catalogue, result.outcome === 'already');
      if (result.outcome === 'refused') return prescriptionRefusedCard(d.catalogue, a.dispositif, result);
      const sessions = openSessions(await d.stores.agenda.list('sessions'), a.dispositif, d.clock());
      return prescriptionFormCard({
        catalogue: d.catalogue,
        dispositif: a.dispositif,
        formId,
        sessions,
        values: result.values,
        errors: result.errors,
      });
    },
  },
  listMyPrescriptions: {
    roles: 'anyone',
    handle: async (a, c, d) => {
      const page = await d.stores.prescriptions.listMine(userOf(c.from), a.offset, PAGE_SIZE);
      return prescriptionListCard(
        'Mes prescriptions',
        page,
        a.offset,
        d.catalogue,
        { verb: VERBS.listMyPrescriptions },
        {
          showNames: c.personal,
          reasons: d.stores.reasons,
        },
      );
    },
  },
  showPrescription: {
    roles: 'anyone',
    handle: async (a, c, d) => {
      if (!c.personal) return privateOnly();
      const p = await d.stores.prescriptions.read(a.id, userOf(c.from), c.roles);
      if (!p) return noticeCard(NOT_FOUND);
      const viewer = c.roles.has('afpa') ? 'afpa' : 'referent';
      return prescriptionDetailCard(p, d.catalogue, d.stores.reasons, viewer);
    },
  },
  cancelPrescription: {
    roles: 'anyone',
    handle: async (a, c, d) => {
      const result = await d.stores.prescriptions.transition(
        a.id,
        { to: 'annulee' },
        userOf(c.from),
        without(c.roles, 'afpa'),
      );
      if (result.kind === 'not-found') return noticeCard(NOT_FOUND);
      if (result.kind === 'invalid')
        return noticeCard(result.problems.map((p) => p.message).join(' '), [
          { title: 'Qui contacter', data: { verb: VERBS.showContacts } },
        ]);
      return noticeCard(`Prescription ${a.id} annulée. L’AFPA en est informée.`, [
        { title: 'Mes prescriptions', data: { verb: VERBS.listMyPrescriptions, offset: 0 } },
      ]);
    },
  },
  requestHabilitation: {
    roles: 'anyone',
    handle: async (_a, c, d) => {
      if (c.roles.has('referent')) return noticeCard('Vous êtes déjà habilité(e) : vous pouvez prescrire.');
      await d.stores.outbox.enqueue([
        newMessage(
          { kind: 'afpa' },
          { type: HABILITATION_REQUEST, userId: c.from.id, name: c.from.name ?? '' },
          d.clock(),
        ),
      ]);
      return noticeCard(
        'Votre demande est transmise à l’équipe AFPA. Vous serez prévenu(e) ici quand vous pourrez prescrire.',
      );
    },
  },

  // ── Prescriptions: AFPA's side ──────────────────────────────────────────────────
  listOpenPrescriptions: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: async (a, c, d) => {
      const page = await d.stores.prescriptions.listOpen(a.offset, PAGE_SIZE);
      return prescriptionListCard(
        'Prescriptions à traiter',
        page,
        a.offset,
        d.catalogue,
        { verb: VERBS.listOpenPrescriptions },
        { showNames: c.personal, reasons: d.stores.reasons },
      );
    },
  },
  acknowledgePrescription: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: (a, c, d) => changeStatus(a.id, { statut: 'recue' }, c, d),
  },
  openStatusForm: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: async (a, c, d) => {
      const p = await d.stores.prescriptions.get(a.id);
      if (!p || !mayRead(p, userOf(c.from), c.roles)) return noticeCard(NOT_FOUND);
      return statusFormCard(p, offeredReasons(d));
    },
  },
  changeStatus: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: (a, c, d) => changeStatus(a.id, a, c, d),
  },
  sendPrescriptionDetail: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: async (a, c, d) => {
      if (c.personal) {
        const p = await d.stores.prescriptions.read(a.id, userOf(c.from), c.roles);
        return p ? prescriptionDetailCard(p, d.catalogue, d.stores.reasons, 'afpa') : noticeCard(NOT_FOUND);
      }
      const sent = await d.stores.prescriptions.sendDetailTo(a.id, userOf(c.from));
      if (!sent) return noticeCard(NOT_FOUND);
      // The card clicked in the channel stays as it was, its buttons with it; the detail goes privately.
      const p = await d.stores.prescriptions.get(a.id);
      return p ? afpaPrescriptionCard(p, d.catalogue, d.stores.reasons) : noticeCard(NOT_FOUND);
    },
  },
  openHabilitations: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: async (_a, _c, d) => habilitationsCard(d.stores.habilitations.active()),
  },
  habilitate: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: async (a, c, d) => {
      const known = d.stores.directory.knownPeople().map((k) => ({ userId: k.userId, name: k.name }));
      const values = readHabilitationForm(a);
      if (a.open) return habilitationFormCard(known);
      const chosen = values.personne ? known.find((k) => k.userId === values.personne) : undefined;
      const id = chosen?.userId ?? values.identifiant;
      const name = chosen?.name ?? values.nom;
      const errors: Partial<Record<keyof HabilitationFormValues, string>> = {};
      if (!id)
        errors[known.length > 0 ? 'personne' : 'identifiant'] =
          'Choisissez une personne ou saisissez un identifiant.';
      else if (
        !chosen &&
        !/^(29:[\w-]{1,190}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(id)
      )
        errors.identifiant = 'Identifiant Teams (29:…) ou Entra ID (GUID) attendu.';
      if (id && !chosen && !name) errors.nom = 'Indiquez le nom de la personne.';
      else if (name && name.length > 100) errors.nom = '100 caractères au plus.';
      if (Object.keys(errors).length > 0 || !id || !name) return habilitationFormCard(known, values, errors);
      const contact = d.stores.directory.contact(id);
      const outcome = await d.stores.habilitations.grant(
        { id, name, ...(contact?.aadObjectId ? { aadObjectId: contact.aadObjectId } : {}) },
        c.from.name ?? c.from.id,
        d.clock(),
      );
      if (outcome === 'granted') await notifyHabilitation(d, id, true);
      return habilitationsCard(
        d.stores.habilitations.active(),
        outcome === 'granted'
          ? `${name} est habilité(e) et en est prévenu(e) : la prescription lui est ouverte dès maintenant.`
          : `${name} était déjà habilité(e).`,
      );
    },
  },
  withdrawHabilitation: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: async (a, c, d) => {
      const withdrawn = await d.stores.habilitations.withdraw(a.userId, c.from.name ?? c.from.id, d.clock());
      if (withdrawn) await notifyHabilitation(d, withdrawn.person.id, false);
      return habilitationsCard(
        d.stores.habilitations.active(),
        withdrawn
          ? `Habilitation de ${withdrawn.person.name} retirée.`
          : 'Cette personne n’était plus habilitée.',
      );
    },
  },
  openExport: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: async (_a, c) => (c.personal ? exportFormCard() : noticeCard(EXPORT_IN_PERSONAL_CHAT)),
  },
  exportPrescriptions: {
    roles: AFPA,
    refusal: afpaRefusal,
    handle: async (a, c, d) => {
      const du = stringField(a, 'du');
      const au = stringField(a, 'au');
      if (!c.personal) return noticeCard(EXPORT_IN_PERSONAL_CHAT);
      const outcome = await d.exports.prepare({ from: du, to: au }, userOf(c.from));
      if (outcome.kind === 'invalid') return exportFormCard({ du, au }, outcome.message);
      return outcome.card;
    },
  },

  // ── Administration ──────────────────────────────────────────────────────────────
  openCampaigns: { roles: ADMIN, refusal: adminRefusal, handle: async (_a, _c, d) => campaignsOverview(d) },
  editCampaign: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: async (a, _c, d) => {
      const existing = a.year ? d.stores.campaigns.all().find((c) => c.year === a.year) : undefined;
      return campaignFormCard(existing ? valuesOfCampaign(existing) : {});
    },
  },
  saveCampaign: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: async (a, c, d) => {
      const reading = readCampaignForm(a);
      if (!reading.ok) return campaignFormCard(reading.values, reading.errors);
      const { ok: _ok, ...campaign } = reading;
      const who = c.from.name || c.from.id;
      const outcome = await d.stores.campaigns.save({
        ...campaign,
        source: `Avenant, saisi par ${who}`.slice(0, 200),
        updatedBy: who,
        updatedAt: d.clock().toISOString(),
      });
      d.logger.info('campaign_saved', {
        year: campaign.year,
        outcome,
        byId: c.from.aadObjectId ?? c.from.id,
      });
      return campaignsOverview(
        d,
        `Campagne ${campaign.year} ${outcome === 'added' ? 'ajoutée' : 'modifiée'}. ${currentCampaignLine(d)}`,
      );
    },
  },
  openPersonRequest: { roles: ADMIN, refusal: adminRefusal, handle: async () => personRequestFormCard() },
  findPersonData: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: async (a, c, d) => {
      if (!c.personal) return privateOnly();
      const values = {
        nom: stringField(a, 'nom'),
        prenom: stringField(a, 'prenom'),
        naissance: stringField(a, 'naissance'),
      };
      const errors: Partial<Record<keyof typeof values, string>> = {};
      if (!values.nom) errors.nom = 'Indiquez le nom.';
      if (!values.prenom) errors.prenom = 'Indiquez le prénom.';
      const birthDate = readBirthDate(values.naissance);
      if (!birthDate) errors.naissance = 'Date de naissance attendue (JJ/MM/AAAA).';
      if (Object.keys(errors).length > 0 || !birthDate) return personRequestFormCard(values, errors);
      const found = await d.stores.prescriptions.findPerson(values.nom, values.prenom, birthDate);
      return personFoundCard(
        found.map((p) => ({
          id: p.id,
          line: `${d.catalogue.get(p.dispositif).name} · ${STATUS_LABELS[currentStatus(p)]} · envoyée le ${frenchDay(parisDay(new Date(p.createdAt)))}`,
        })),
      );
    },
  },
  exportPersonData: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: async (a, c, d) => {
      if (!c.personal) return privateOnly();
      const outcome = await d.exports.preparePerson(a.ids, userOf(c.from));
      return outcome.kind === 'ready' ? outcome.card : noticeCard(outcome.message);
    },
  },
  erasePersonData: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: async (a, c, d) => {
      if (!a.confirmed) return confirmErasureCard(a.ids);
      let erased = 0;
      for (const id of a.ids) if (await d.stores.prescriptions.erase(id, userOf(c.from))) erased++;
      return noticeCard(
        erased === 0
          ? 'Rien à effacer : ces données l’étaient déjà.'
          : `Données personnelles effacées (${erased} prescription${erased > 1 ? 's' : ''}). L’effacement est tracé.`,
      );
    },
  },
  // ── The weekly digest ───────────────────────────────────────────────────────────
  explainDigest: {
    roles: 'anyone',
    handle: async () =>
      noticeCard(DIGEST_OFFER, [{ title: 'M’abonner au récap', data: { verb: VERBS.subscribeDigest } }]),
  },
  subscribeDigest: { roles: 'anyone', handle: (a, c, d) => subscribeDigest(a, c, d) },
  openDigestSettings: { roles: 'anyone', handle: async (_a, c, d) => openDigestSettings(c, d) },
  saveDigestSettings: { roles: 'anyone', handle: (a, c, d) => saveDigestSettings(a, c, d) },
  unsubscribeDigest: { roles: 'anyone', handle: (_a, c, d) => unsubscribeDigest(c, d) },
  // One's own digest for anyone; someone else's is checked by the handler (admins only).
  previewDigest: { roles: 'anyone', handle: (a, c, d) => previewDigest(a.referent, c, d) },
  openDigestAdmin: { roles: ADMIN, refusal: adminRefusal, handle: async (_a, _c, d) => digestAdmin(d) },
  sendDigestNow: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: (a, c, d) => sendDigestNow(a.referent, c, d),
  },
  showDeliveries: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: async (_a, _c, d) => deliveriesCard(d.stores.outbox.recent(d.clock()), digestRunLines(d)),
  },
  openReasons: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: async (_a, _c, d) => reasonsCard(d.stores.reasons.all()),
  },
  addReason: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: async (a, _c, d) => {
      if (a.open) return reasonFormCard(a.list);
      const label = stringField(a, 'libelle');
      if (label.length < 3 || label.length > 120)
        return reasonFormCard(a.list, label, 'Un libellé de 3 à 120 caractères.');
      await d.stores.reasons.add(a.list, label);
      return reasonsCard(d.stores.reasons.all(), `Motif ajouté : ${label}.`);
    },
  },
  retireReason: {
    roles: ADMIN,
    refusal: adminRefusal,
    handle: async (a, _c, d) => {
      const retired = await d.stores.reasons.retire(a.list, a.code);
      return reasonsCard(
        d.stores.reasons.all(),
        retired
          ? `Motif retiré : ${d.stores.reasons.label(a.list, a.code)}. Il reste lisible sur les prescriptions qui l’ont utilisé ; l’ajouter à nouveau le rétablit.`
          : 'Ce motif était déjà retiré.',
      );
    },
  },
};

/** Runs a button's action for `ctx.from`, whatever the card: parsed, role-checked, handled. */
export async function runCardAction(
  value: unknown,
  ctx: ActionContext,
  deps: ActionDeps,
): Promise<ActionOutcome | undefined> {
  const parsed = CardActionSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const action = parsed.data;
  const rule = CARD_ACTIONS[action.verb] as Rule<typeof action.verb>;
  const allowed = rule.roles === 'anyone' || rule.roles.some((role) => ctx.roles.has(role));
  if (!allowed) return { kind: 'card', card: (rule.refusal ?? afpaRefusal)() };
  const outcome = await rule.handle(action as never, ctx, deps);
  return 'kind' in outcome ? outcome : { kind: 'card', card: outcome };
}

// ── Helpers ───────────────────────────────────────────────────────────────────────

/** The référent is told in their personal chat, through the outbox like every message the bot sends on its own. */
async function notifyHabilitation(d: ActionDeps, userId: string, granted: boolean): Promise<void> {
  await d.stores.outbox.enqueue([
    newMessage({ kind: 'user', userId }, { type: HABILITATION_CHANGED, granted }, d.clock()),
  ]);
}

/** « Campagne 2027 : entrées prescrites par le Département ouvertes jusqu’au 31 décembre 2027 inclus. » */
export function currentCampaignLine(d: Pick<ActionDeps, 'stores' | 'clock'>): string {
  return campaignLine(asCampaign(d.stores.campaigns.current(d.clock())), d.clock());
}

function campaignLineOf(options: EligibilityOptions): string | undefined {
  return options.campaign && options.today ? campaignLine(options.campaign, options.today) : undefined;
}

function campaignsOverview(d: ActionDeps, notice = ''): Attachment {
  const current = d.stores.campaigns.current(d.clock());
  return campaignsCard(d.stores.campaigns.all(), current, currentCampaignLine(d), notice);
}

export function userOf(from: ChannelAccount): UserRef {
  return {
    id: from.id,
    name: from.name ?? '',
    ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
  };
}

function without(roles: ReadonlySet<Role>, role: Role): Set<Role> {
  const copy = new Set(roles);
  copy.delete(role);
  return copy;
}

function privateOnly(): Attachment {
  return noticeCard(
    'Le détail d’une prescription contient des données personnelles : ouvrez-le dans votre conversation personnelle avec le bot (« mes prescriptions »).',
  );
}

/** The fields of the bot's forms whose text may span lines. */
const MULTILINE_FIELDS: ReadonlySet<string> = new Set(['commentaire', 'bilan']);

function stringField(data: object, field: string): string {
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'string' ? cleanText(value, { multiline: MULTILINE_FIELDS.has(field) }).trim() : '';
}

function readHabilitationForm(data: object): HabilitationFormValues {
  return {
    personne: stringField(data, 'personne'),
    identifiant: stringField(data, 'identifiant'),
    nom: stringField(data, 'nom'),
  };
}

function offeredReasons(d: ActionDeps) {
  return { refusal: d.stores.reasons.offered('refusal'), abandon: d.stores.reasons.offered('abandon') };
}

/** AFPA moves a prescription on, from the status form or a quick button. */
async function changeStatus(id: string, data: object, c: ActionContext, d: ActionDeps): Promise<Attachment> {
  const values: StatusFormValues = {
    statut: stringField(data, 'statut'),
    date: stringField(data, 'date'),
    motif: stringField(data, 'motif'),
    commentaire: stringField(data, 'commentaire').slice(0, 1000),
    bilan: stringField(data, 'bilan').slice(0, 8000),
  };
  const to = STATUSES.find((s) => s === values.statut) as Status | undefined;
  // « refusal:autre » is a refusal reason only: the list must be the one the move asks for.
  const [, list, code] = /^(refusal|abandon):(.+)$/.exec(values.motif ?? '') ?? [];
  const reason = to && list === reasonListFor(to) ? code : undefined;
  const current = await d.stores.prescriptions.get(id);
  if (!current) return noticeCard(NOT_FOUND);
  if (!to)
    return statusFormCard(current, offeredReasons(d), {
      values,
      problems: [{ field: 'status', message: 'Choisissez le nouveau statut.' }],
    });
  const result = await d.stores.prescriptions.transition(
    id,
    { to, date: values.date || undefined, reason, comment: values.commentaire, bilan: values.bilan },
    userOf(c.from),
    c.roles,
  );
  if (result.kind === 'not-found') return noticeCard(NOT_FOUND);
  if (result.kind === 'invalid')
    return statusFormCard(result.prescription, offeredReasons(d), { values, problems: result.problems });
  // In the AFPA conversation, the card clicked becomes the updated public card; in a personal chat, the detail.
  return c.personal
    ? prescriptionDetailCard(result.prescription, d.catalogue, d.stores.reasons, 'afpa')
    : afpaPrescriptionCard(result.prescription, d.catalogue, d.stores.reasons);
}

/** What an eligibility check already knows, carried into the prescription form. */
function valuesFromProfile(profile: Profile): FormValues {
  const yn = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'oui' : 'non');
  const entries: Array<[keyof FormValues, string | undefined]> = [
    ['rsa', yn(profile.rsa)],
    ['accompagne', yn(profile.accompaniedByDepartment)],
    ['franceTravail', yn(profile.registeredJobseeker)],
    ['pec', yn(profile.pecContract)],
    ['ase', yn(profile.ase)],
    ['scolarise', yn(profile.inEducation)],
    ['enFormation', yn(profile.inTraining)],
    ['enEmploi', yn(profile.employed)],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}
