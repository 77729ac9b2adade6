import { z } from 'zod';
import { LocalDaySchema, MODALITIES } from '../agenda/model.js';
import { PROGRAMMES, type Programme } from '../eligibility.js';

/**
 * A prescription: a Département référent registers a person on one of the three
 * programmes of the protocol (§ 5), AFPA follows it to its end and sends back the
 * individual bilan. Personal fields are grouped so that the purge can erase them
 * in one place (article 5 of the agreement, RGPD).
 */

export const STATUSES = [
  'envoyee',
  'recue',
  'entretien',
  'entree',
  'sortie',
  'refusee',
  'abandon',
  'annulee',
  'expiree',
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  envoyee: 'Envoyée à l’AFPA',
  recue: 'Reçue par l’AFPA',
  entretien: 'Entretien planifié',
  entree: 'Entrée en parcours',
  sortie: 'Parcours terminé',
  refusee: 'Refusée',
  abandon: 'Abandon',
  annulee: 'Annulée',
  expiree: 'Expirée sans réponse',
};

/** Who acts on a prescription. An admin acts as AFPA staff; the system runs the reminders and expiry. */
export const ACTORS = ['referent', 'afpa', 'system'] as const;
export type Actor = (typeof ACTORS)[number];

/** The volets or ateliers a référent can ask for, as the protocol names them (§ 3). */
export const VOLETS: Record<Programme, ReadonlyArray<{ code: string; label: string }>> = {
  'prepa-competences': [
    { code: 'volet-1', label: 'Volet 1 : consolider son projet (5 à 6 jours)' },
    { code: 'volet-2', label: 'Volet 2 : sécuriser l’entrée en formation (4 à 8 jours)' },
  ],
  'competences-pec': [
    { code: 'a-choisir', label: 'Certification à choisir à la première rencontre' },
    { code: 'vae', label: 'Atelier VAE' },
    { code: 'rsfp', label: 'Atelier RSFP' },
    { code: 'clea', label: 'Atelier CléA socle' },
  ],
  'promo-16-18': [],
};

export function voletLabel(dispositif: Programme, code: string): string {
  return VOLETS[dispositif].find((v) => v.code === code)?.label ?? '';
}

const yesNo = z.boolean().optional();

/** What AFPA needs to contact and register the person, and nothing more. */
export const PersonSchema = z.object({
  lastName: z.string().min(1).max(60),
  firstName: z.string().min(1).max(60),
  birthDate: LocalDaySchema,
  phone: z.string().max(20),
  email: z.string().max(120),
  town: z.string().min(1).max(80),
});
export type Person = z.infer<typeof PersonSchema>;

/** The facts the eligibility rules read, and the agreements the protocol asks for (§ 5). */
export const SituationSchema = z.object({
  rsa: yesNo,
  accompaniedByDepartment: yesNo,
  registeredJobseeker: yesNo,
  pecContract: yesNo,
  pecEmployerAgreement: yesNo,
  ase: yesNo,
  inEducation: yesNo,
  inTraining: yesNo,
  employed: yesNo,
  parentalAuthorisation: yesNo,
});
export type Situation = z.infer<typeof SituationSchema>;

/** The practical conditions the référent secures with the person (protocol § 5). */
export const ConditionsSchema = z.object({
  mobility: z.boolean(),
  childcare: z.boolean(),
  other: z.boolean(),
  otherText: z.string().max(300),
});
export type Conditions = z.infer<typeof ConditionsSchema>;

export const SessionRefSchema = z.object({
  id: z.string(),
  start: LocalDaySchema,
  end: LocalDaySchema,
  place: z.string(),
  modality: z.enum(MODALITIES),
  volet: z.string(),
});
export type SessionRef = z.infer<typeof SessionRefSchema>;

export const UserRefSchema = z.object({
  id: z.string().min(1),
  aadObjectId: z.string().optional(),
  name: z.string(),
});
export type UserRef = z.infer<typeof UserRefSchema>;

export const HistoryEntrySchema = z.object({
  at: z.string(),
  status: z.enum(STATUSES),
  actor: z.enum(ACTORS),
  by: UserRefSchema.optional(),
  /** The day the interview, entry or exit takes place. */
  date: LocalDaySchema.optional(),
  /** A code from the list of refusal or abandon reasons. */
  reason: z.string().optional(),
  comment: z.string().max(1000).optional(),
  /** The individual bilan sent back at the end of the parcours (protocol § 5). */
  bilan: z.string().max(8000).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** What the référent filled in and the rules accepted, before it becomes a prescription. */
export const DraftSchema = z.object({
  dispositif: z.enum(PROGRAMMES),
  volet: z.string(),
  /** null: « première session disponible ». */
  session: SessionRefSchema.nullable(),
  person: PersonSchema,
  situation: SituationSchema,
  conditions: ConditionsSchema,
  comment: z.string().max(1000),
  consent: z.object({ adhesion: z.literal(true), dataInformed: z.literal(true) }),
});
export type Draft = z.infer<typeof DraftSchema>;

export const PrescriptionSchema = DraftSchema.extend({
  /** The reference shown to everyone: « P-7K3M9Q ». */
  id: z.string().regex(/^P-[0-9A-Z]{6}$/),
  /** The form it came from: the same form sent twice is one prescription. */
  formId: z.string().min(8).max(64),
  referent: UserRefSchema.extend({ tenantId: z.string().optional() }),
  createdAt: z.string(),
  history: z.array(HistoryEntrySchema).min(1),
  /** When AFPA was reminded of a prescription still waiting. */
  reminders: z.array(z.string()),
  /** Set when the personal fields were erased; they then hold nothing that identifies anyone. */
  erasedAt: z.string().optional(),
});
export type Prescription = z.infer<typeof PrescriptionSchema>;

export function currentStatus(p: Pick<Prescription, 'history'>): Status {
  return p.history[p.history.length - 1]!.status;
}

export function lastEventAt(p: Pick<Prescription, 'history'>): string {
  return p.history[p.history.length - 1]!.at;
}

/** The instant the prescription was sent to AFPA. */
export function sentAt(p: Pick<Prescription, 'history'>): string {
  return p.history[0]!.at;
}

/** References readable aloud and typed back: no 0/O or 1/I confusion. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function newReference(random: () => number = Math.random): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[Math.floor(random() * REFERENCE_ALPHABET.length)];
  return `P-${code}`;
}

/** « Camille D. »: what a list shows of a person to the référent and to AFPA. */
export function shortName(person: Person | undefined, erased: boolean): string {
  if (erased || !person) return 'Données effacées';
  return `${person.firstName} ${person.lastName.charAt(0).toUpperCase()}.`;
}
