import { differenceInYears, parse } from 'date-fns';
import { z } from 'zod';
import type { EntrySession } from '../agenda/model.js';
import { isIsoDay, parisDay } from '../dates.js';
import {
  checkProgramme,
  PROGRAMMES,
  type Campaign,
  type Profile,
  type Programme,
  type Reason,
} from '../eligibility.js';
import { VOLETS, type Draft, type SessionRef, type Situation } from './model.js';
import { cleanText } from '../text.js';

/**
 * Reads the prescription form: every field checked, each error kept next to its
 * field, and the eligibility rules run again on what was submitted, so that a form
 * opened from an old result or forged can never prescribe what the rules refuse.
 */

/** The ids of the card's inputs: stable, documented in the README for outside clients. */
export const FORM_FIELDS = [
  'dispositif',
  'volet',
  'session',
  'nom',
  'prenom',
  'naissance',
  'telephone',
  'email',
  'commune',
  'rsa',
  'accompagne',
  'franceTravail',
  'pec',
  'accordEmployeur',
  'ase',
  'scolarise',
  'enFormation',
  'enEmploi',
  'autorisationParentale',
  'mobilite',
  'garde',
  'autre',
  'autrePrecision',
  'commentaire',
  'adhesion',
  'infoDonnees',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export const FIRST_AVAILABLE = 'premiere';

type SituationField = keyof Situation;

/** The yes/no questions each programme asks, with the situation fact each one fills. */
export const SITUATION_QUESTIONS: Record<Programme, ReadonlyArray<[FormField, SituationField]>> = {
  'prepa-competences': [
    ['rsa', 'rsa'],
    ['accompagne', 'accompaniedByDepartment'],
    ['franceTravail', 'registeredJobseeker'],
  ],
  'competences-pec': [
    ['pec', 'pecContract'],
    ['accordEmployeur', 'pecEmployerAgreement'],
    ['rsa', 'rsa'],
    ['accompagne', 'accompaniedByDepartment'],
  ],
  'promo-16-18': [
    ['ase', 'ase'],
    ['scolarise', 'inEducation'],
    ['enFormation', 'inTraining'],
    ['enEmploi', 'employed'],
    ['autorisationParentale', 'parentalAuthorisation'],
  ],
};

/** Agreements the protocol asks for before a prescription: a « non » stops it (§§ 3, 5). */
const REQUIRED_AGREEMENTS: Partial<Record<FormField, string>> = {
  accordEmployeur:
    'L’employeur du contrat PEC doit être informé et donner son accord avant la prescription (Protocole, § 5).',
  autorisationParentale:
    'Les autorisations parentales sont requises dès la semaine d’engagement (Protocole, § 3) : recueillez-les avant de prescrire.',
};

export type FormContext = { now: Date; campaign: Campaign; sessions: readonly EntrySession[] };
export type FormValues = Partial<Record<FormField, string>>;
export type FormErrors = Partial<Record<FormField, string>>;

export type FormOutcome =
  | { outcome: 'valid'; draft: Draft }
  | { outcome: 'invalid'; errors: FormErrors; values: FormValues }
  | {
      outcome: 'refused';
      verdict: 'not_eligible' | 'other_prescriber' | 'closed' | 'to_check';
      reasons: Reason[];
      nextStep: string;
    };

const NAME = /^[\p{L}][\p{L}\p{M} '’-]*$/u;
const TOWN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} '’()-]*$/u;
const EMAIL = z.string().email();
const MAX_AGE = 120;

/** « 06 12 34 56 78 » from what people type: 06.12.34.56.78, +33 6 12 34 56 78, 0033612345678. */
export function normalizePhone(text: string): string | undefined {
  const compact = text.replace(/[\s.-]/g, '');
  const national = /^(?:\+33|0033)([1-9]\d{8})$/.exec(compact)?.[1] ?? /^0([1-9]\d{8})$/.exec(compact)?.[1];
  if (!national) return undefined;
  return `0${national}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** A birth date as Input.Date sends it (YYYY-MM-DD) or typed by hand (JJ/MM/AAAA). */
export function readBirthDate(text: string): string | undefined {
  const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = typed ? `${typed[3]}-${typed[2]!.padStart(2, '0')}-${typed[1]!.padStart(2, '0')}` : text;
  return isIsoDay(iso) ? iso : undefined;
}

/** The volet code a session published by AFPA names (« Volet 2 » → volet-2), if it names one. */
function sessionVolet(text: string): string | undefined {
  const match = /\b(volet|atelier)\s*(\d)\b/i.exec(text);
  if (!match) return undefined;
  return match[1]!.toLowerCase() === 'volet' ? `volet-${match[2]}` : undefined;
}

/** Whole years at `day`. */
export function ageOn(birthDate: string, day: string): number {
  const ref = new Date(2000, 0, 1);
  return differenceInYears(parse(day, 'yyyy-MM-dd', ref), parse(birthDate, 'yyyy-MM-dd', ref));
}

/** Sessions a référent can prescribe on: this programme's, not started, with room. */
export function openSessions(
  sessions: readonly EntrySession[],
  dispositif: Programme,
  now: Date,
): EntrySession[] {
  const today = parisDay(now);
  return sessions
    .filter((s) => s.dispositif === dispositif && s.start > today && (s.seats === null || s.seats > 0))
    .sort((a, b) => a.start.localeCompare(b.start));
}

function text(data: Record<string, unknown>, field: FormField): string {
  const value = data[field];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? cleanText(String(value), { multiline: field === 'commentaire' }).trim()
    : '';
}

export function readPrescriptionForm(data: Record<string, unknown>, context: FormContext): FormOutcome {
  const values: FormValues = {};
  for (const field of FORM_FIELDS) {
    const value = text(data, field);
    if (value !== '') values[field] = value;
  }
  const v = (field: FormField) => values[field] ?? '';
  const errors: FormErrors = {};
  const today = parisDay(context.now);

  const dispositif = PROGRAMMES.find((p) => p === v('dispositif'));
  if (!dispositif) {
    errors.dispositif = 'Choisissez Prépa Compétences, Compétences PEC ou La Promo 16/18.';
    return { outcome: 'invalid', errors, values };
  }

  const volets = VOLETS[dispositif];
  let volet = '';
  if (volets.length > 0) {
    volet = v('volet') || (dispositif === 'competences-pec' ? 'a-choisir' : '');
    if (!volets.some((option) => option.code === volet))
      errors.volet = `Choisissez : ${volets.map((o) => o.label).join(' ; ')}.`;
  }

  let session: SessionRef | null = null;
  const sessionChoice = v('session');
  if (sessionChoice !== FIRST_AVAILABLE) {
    const found = openSessions(context.sessions, dispositif, context.now).find((s) => s.id === sessionChoice);
    if (!found)
      errors.session =
        sessionChoice === ''
          ? 'Choisissez une session d’entrée ou « première session disponible ».'
          : 'Cette session n’est plus proposée (passée, complète ou retirée) : choisissez-en une autre.';
    else if (volet && sessionVolet(found.volet) && sessionVolet(found.volet) !== volet)
      errors.session = `Cette session est celle du ${found.volet} : choisissez ce volet, ou une autre session.`;
    else
      session = {
        id: found.id,
        start: found.start,
        end: found.end,
        place: found.place,
        modality: found.modality,
        volet: found.volet,
      };
  }

  for (const [field, label] of [
    ['nom', 'le nom'],
    ['prenom', 'le prénom'],
  ] as const) {
    if (v(field) === '') errors[field] = `Indiquez ${label}.`;
    else if (v(field).length > 60 || !NAME.test(v(field)))
      errors[field] = 'Lettres, espaces, tirets et apostrophes seulement (60 caractères au plus).';
  }

  const birthDate = readBirthDate(v('naissance'));
  const entryDay = session?.start ?? today;
  if (v('naissance') === '') errors.naissance = 'Indiquez la date de naissance.';
  else if (!birthDate) errors.naissance = 'Date de naissance attendue au format JJ/MM/AAAA.';
  else if (birthDate >= today || ageOn(birthDate, today) > MAX_AGE)
    errors.naissance = 'Cette date de naissance n’est pas possible : vérifiez-la.';

  const phone = v('telephone') === '' ? '' : normalizePhone(v('telephone'));
  if (phone === undefined) errors.telephone = 'Numéro français attendu, par exemple 06 12 34 56 78.';
  const email = v('email');
  if (email !== '' && (email.length > 120 || !EMAIL.safeParse(email).success))
    errors.email = 'Adresse e-mail attendue, par exemple prenom.nom@exemple.fr.';
  if (v('telephone') === '' && email === '')
    errors.telephone = 'Indiquez un téléphone ou un e-mail pour que l’AFPA puisse contacter la personne.';

  if (v('commune') === '') errors.commune = 'Indiquez la commune de la personne.';
  else if (v('commune').length > 80 || !TOWN.test(v('commune')))
    errors.commune = 'Nom de commune attendu (80 caractères au plus).';

  const situation: Situation = {};
  for (const [field, fact] of SITUATION_QUESTIONS[dispositif]) {
    const answer = v(field).toLowerCase();
    if (answer !== 'oui' && answer !== 'non') {
      errors[field] = 'Répondez oui ou non.';
      continue;
    }
    situation[fact] = answer === 'oui';
    const required = REQUIRED_AGREEMENTS[field];
    if (required && answer === 'non') errors[field] = required;
  }

  const toggle = (field: FormField) => v(field) === 'true';
  const conditions = {
    mobility: toggle('mobilite'),
    childcare: toggle('garde'),
    other: toggle('autre'),
    otherText: v('autrePrecision'),
  };
  if (conditions.other && conditions.otherText === '')
    errors.autrePrecision = 'Précisez la condition à sécuriser.';
  if (conditions.otherText.length > 300) errors.autrePrecision = '300 caractères au plus.';
  if (v('commentaire').length > 1000) errors.commentaire = '1 000 caractères au plus.';
  if (!toggle('adhesion')) errors.adhesion = 'La personne doit avoir donné son accord (Protocole, § 5).';
  if (!toggle('infoDonnees'))
    errors.infoDonnees = 'La personne doit savoir comment ses données sont utilisées (accord, article 5).';

  if (Object.keys(errors).length > 0 || !birthDate) return { outcome: 'invalid', errors, values };

  const profile: Profile = {
    age: ageOn(birthDate, entryDay),
    rsa: situation.rsa,
    accompaniedByDepartment: situation.accompaniedByDepartment,
    registeredJobseeker: situation.registeredJobseeker,
    pecContract: situation.pecContract,
    ase: situation.ase,
    inEducation: situation.inEducation,
    inTraining: situation.inTraining,
    employed: situation.employed,
  };
  // The campaign's last entry day is read on the day the person enters, as is their age.
  const result = checkProgramme(profile, dispositif, { today: entryDay, campaign: context.campaign });
  if (result.verdict !== 'eligible') {
    return {
      outcome: 'refused',
      verdict: result.verdict,
      reasons: result.reasons,
      nextStep: result.nextStep,
    };
  }
  return {
    outcome: 'valid',
    draft: {
      dispositif,
      volet,
      session,
      person: {
        lastName: v('nom'),
        firstName: v('prenom'),
        birthDate,
        phone: phone ?? '',
        email,
        town: v('commune'),
      },
      situation,
      conditions,
      comment: v('commentaire'),
      consent: { adhesion: true, dataInformed: true },
    },
  };
}
