import type { EntrySession } from '../../../data/agenda/model.js';

/**
 * Cases for the prescription form (`readPrescriptionForm`), written from the rules of the
 * 2022 agreement (protocol §§ 2, 3, 5, 8; articles 2.1.3 and 2.1.4) and from how référents
 * insertion actually type. Every case is one of three valid inputs (one per dispositif)
 * with a few fields overridden.
 *
 * Today is Monday 1 March 2027 (11:00 in Paris); entries close on 31 December 2027.
 */

export type FormContext = {
  now: Date;
  campaign: { entryDeadline: string; completionDeadline: string };
  sessions: EntrySession[];
};

export type FormExpectation =
  | { outcome: 'valid'; phone?: string }
  | { outcome: 'invalid'; fields: string[] /* exactly the fields in error */ }
  | {
      outcome: 'refused';
      verdict: 'not_eligible' | 'other_prescriber' | 'closed';
      /** Optional: a pattern the next step must contain (who to turn to). */
      nextStepMentions?: RegExp;
    };

export type FormCase = {
  name: string;
  input: Record<string, string>;
  /** The main context (`CONTEXT`) unless a case says otherwise. */
  context?: FormContext;
  expect: FormExpectation;
};

export const CAMPAIGN = { entryDeadline: '2027-12-31', completionDeadline: '2028-04-30' };

const session = (
  id: string,
  dispositif: EntrySession['dispositif'],
  start: string,
  end: string,
  seats: number | null,
  more: Partial<EntrySession> = {},
): EntrySession => ({
  id,
  dispositif,
  volet: '',
  start,
  end,
  place: 'Centre AFPA de Montauban',
  modality: 'presentiel',
  seats,
  ...more,
});

export const SESSIONS: EntrySession[] = [
  session('prepa-avril', 'prepa-competences', '2027-04-12', '2027-04-23', 8, { volet: 'volet-1' }),
  session('prepa-complete', 'prepa-competences', '2027-04-19', '2027-04-30', 0, { volet: 'volet-2' }),
  session('prepa-mai', 'prepa-competences', '2027-05-03', '2027-05-14', null, {
    volet: 'volet-2',
    place: 'Castelsarrasin',
    modality: 'distanciel',
  }),
  session('prepa-fevrier', 'prepa-competences', '2027-02-15', '2027-02-26', 6, { volet: 'volet-1' }),
  session('pec-avril', 'competences-pec', '2027-04-05', '2027-06-30', 10, {
    volet: 'atelier 2',
    modality: 'mixte',
  }),
  session('promo-septembre', 'promo-16-18', '2027-09-06', '2027-12-03', 12),
];

export const CONTEXT: FormContext = {
  now: new Date('2027-03-01T10:00:00Z'),
  campaign: CAMPAIGN,
  sessions: SESSIONS,
};

/** Sessions open after the end of the campaign, so that 'premiere' has something to point to. */
const JANUARY_SESSIONS: EntrySession[] = [
  session('prepa-janvier', 'prepa-competences', '2028-01-17', '2028-01-28', 8, { volet: 'volet-1' }),
  session('pec-janvier', 'competences-pec', '2028-01-10', '2028-03-31', 10),
  session('promo-janvier', 'promo-16-18', '2028-01-10', '2028-04-07', 12),
];

/** The last day of entries (31 December 2027, 11:00 in Paris). */
export const DEADLINE_DAY: FormContext = {
  now: new Date('2027-12-31T10:00:00Z'),
  campaign: CAMPAIGN,
  sessions: JANUARY_SESSIONS,
};

/** The day after (1 January 2028, 11:00 in Paris). */
export const DAY_AFTER_DEADLINE: FormContext = {
  now: new Date('2028-01-01T10:00:00Z'),
  campaign: CAMPAIGN,
  sessions: JANUARY_SESSIONS,
};

const NO_CONDITIONS = {
  mobilite: 'false',
  garde: 'false',
  autre: 'false',
  autrePrecision: '',
  commentaire: '',
};
const CONSENT = { adhesion: 'true', infoDonnees: 'true' };

/** An RSA recipient followed by a Département référent, not registered with France Travail (protocol § 2). */
export const PREPA_BASE: Record<string, string> = {
  dispositif: 'prepa-competences',
  volet: 'volet-1',
  session: 'premiere',
  nom: 'Dupont',
  prenom: 'Marie',
  naissance: '1985-03-05',
  telephone: '06 12 34 56 78',
  email: 'marie.dupont@orange.fr',
  commune: 'Montauban',
  rsa: 'oui',
  accompagne: 'oui',
  franceTravail: 'non',
  ...NO_CONDITIONS,
  ...CONSENT,
};

/** An RSA recipient followed by the Département, in a PEC, whose employer agrees (protocol § 5, art. 2.1.4). */
export const PEC_BASE: Record<string, string> = {
  dispositif: 'competences-pec',
  volet: 'a-choisir',
  session: 'premiere',
  nom: 'Martin',
  prenom: 'Karim',
  naissance: '1978-11-20',
  telephone: '07 81 22 33 44',
  email: '',
  commune: 'Castelsarrasin',
  pec: 'oui',
  accordEmployeur: 'oui',
  rsa: 'oui',
  accompagne: 'oui',
  ...NO_CONDITIONS,
  ...CONSENT,
};

/** A 16-year-old in the care of the ASE (17 on the September session), out of school, training and work (art. 2.1.3). */
export const PROMO_BASE: Record<string, string> = {
  dispositif: 'promo-16-18',
  volet: '',
  session: 'premiere',
  nom: 'Lopez',
  prenom: 'Inès',
  naissance: '2010-06-15',
  telephone: '06 45 67 89 01',
  email: '',
  commune: 'Moissac',
  ase: 'oui',
  scolarise: 'non',
  enFormation: 'non',
  enEmploi: 'non',
  autorisationParentale: 'oui',
  ...NO_CONDITIONS,
  ...CONSENT,
};

const prepa = (over: Record<string, string>) => ({ ...PREPA_BASE, ...over });
const pec = (over: Record<string, string>) => ({ ...PEC_BASE, ...over });
const promo = (over: Record<string, string>) => ({ ...PROMO_BASE, ...over });

const valid = (phone?: string): FormExpectation =>
  phone === undefined ? { outcome: 'valid' } : { outcome: 'valid', phone };
const invalid = (...fields: string[]): FormExpectation => ({ outcome: 'invalid', fields });
const notEligible: FormExpectation = { outcome: 'refused', verdict: 'not_eligible' };
const otherPrescriber = (nextStepMentions?: RegExp): FormExpectation =>
  nextStepMentions === undefined
    ? { outcome: 'refused', verdict: 'other_prescriber' }
    : { outcome: 'refused', verdict: 'other_prescriber', nextStepMentions };

export const FORM_CASES: FormCase[] = [
  // ── The three base inputs ────────────────────────────────────────────────
  {
    name: 'Prépa Compétences, RSA recipient followed by the Département',
    input: PREPA_BASE,
    expect: valid('06 12 34 56 78'),
  },
  {
    name: 'Compétences PEC, in a PEC with the employer’s agreement',
    input: PEC_BASE,
    expect: valid('07 81 22 33 44'),
  },
  {
    name: 'La Promo 16/18, 16-year-old in the ASE’s care',
    input: PROMO_BASE,
    expect: valid('06 45 67 89 01'),
  },

  // ── Dispositif ───────────────────────────────────────────────────────────
  { name: 'unknown dispositif', input: prepa({ dispositif: 'prepa' }), expect: invalid('dispositif') },
  { name: 'dispositif missing', input: prepa({ dispositif: '' }), expect: invalid('dispositif') },
  {
    name: 'dispositif with surrounding spaces',
    input: prepa({ dispositif: ' prepa-competences ' }),
    expect: valid(),
  },

  // ── Volet ────────────────────────────────────────────────────────────────
  { name: 'Prépa: volet 2', input: prepa({ volet: 'volet-2' }), expect: valid() },
  { name: 'Prépa: volet missing', input: prepa({ volet: '' }), expect: invalid('volet') },
  { name: 'Prépa: a PEC volet', input: prepa({ volet: 'vae' }), expect: invalid('volet') },
  { name: 'PEC: volet empty means « à choisir »', input: pec({ volet: '' }), expect: valid() },
  { name: 'PEC: RSFP', input: pec({ volet: 'rsfp' }), expect: valid() },
  { name: 'PEC: CléA', input: pec({ volet: 'clea' }), expect: valid() },
  { name: 'PEC: a Prépa volet', input: pec({ volet: 'volet-1' }), expect: invalid('volet') },
  { name: 'Promo: volet is ignored', input: promo({ volet: 'volet-9' }), expect: valid() },

  // ── Session ──────────────────────────────────────────────────────────────
  { name: 'Prépa: a future session with seats', input: prepa({ session: 'prepa-avril' }), expect: valid() },
  {
    name: 'Prépa: a future session, seats not counted',
    input: prepa({ session: 'prepa-mai' }),
    expect: valid(),
  },
  { name: 'Prépa: a full session', input: prepa({ session: 'prepa-complete' }), expect: invalid('session') },
  { name: 'Prépa: a past session', input: prepa({ session: 'prepa-fevrier' }), expect: invalid('session') },
  { name: 'Prépa: a PEC session', input: prepa({ session: 'pec-avril' }), expect: invalid('session') },
  { name: 'Prépa: an unknown session', input: prepa({ session: 'prepa-juin' }), expect: invalid('session') },
  { name: 'Prépa: no session chosen', input: prepa({ session: '' }), expect: invalid('session') },
  { name: 'PEC: its own session', input: pec({ session: 'pec-avril' }), expect: valid() },
  { name: 'Promo: its own session', input: promo({ session: 'promo-septembre' }), expect: valid() },

  // ── Names ────────────────────────────────────────────────────────────────
  {
    name: "name with an apostrophe: N'Diaye",
    input: prepa({ nom: "N'Diaye", prenom: 'Aminata' }),
    expect: valid(),
  },
  { name: 'typographic apostrophe: N’Diaye', input: prepa({ nom: 'N’Diaye' }), expect: valid() },
  {
    name: 'compound name: Le Goff-Martin',
    input: prepa({ nom: 'Le Goff-Martin', prenom: 'Marie-Hélène' }),
    expect: valid(),
  },
  { name: 'accented first name: Zoé', input: prepa({ prenom: 'Zoé' }), expect: valid() },
  {
    name: 'accent left out: Zoe, name in capitals',
    input: prepa({ nom: 'DUPONT', prenom: 'Zoe' }),
    expect: valid(),
  },
  {
    name: 'leading and trailing spaces',
    input: prepa({ nom: 'Dupont ', prenom: ' Marie', commune: 'Montauban  ' }),
    expect: valid(),
  },
  { name: 'a digit in the name', input: prepa({ nom: 'Dupont2' }), expect: invalid('nom') },
  { name: 'a symbol in the first name', input: prepa({ prenom: 'Marie!' }), expect: invalid('prenom') },
  { name: 'first name only spaces', input: prepa({ prenom: '   ' }), expect: invalid('prenom') },
  { name: 'name missing', input: prepa({ nom: '' }), expect: invalid('nom') },
  { name: 'name of 60 letters', input: prepa({ nom: 'Abcdefghij'.repeat(6) }), expect: valid() },
  { name: 'name of 61 letters', input: prepa({ nom: 'Abcdefghij'.repeat(6) + 'k' }), expect: invalid('nom') },

  // ── Birth date ───────────────────────────────────────────────────────────
  { name: 'birth date typed as 05/03/1985', input: prepa({ naissance: '05/03/1985' }), expect: valid() },
  { name: 'birth date with spaces around', input: prepa({ naissance: ' 1985-03-05 ' }), expect: valid() },
  { name: '30 February (ISO)', input: prepa({ naissance: '1985-02-30' }), expect: invalid('naissance') },
  { name: '30 February (typed)', input: prepa({ naissance: '30/02/1985' }), expect: invalid('naissance') },
  { name: 'a date in the future', input: prepa({ naissance: '2027-06-01' }), expect: invalid('naissance') },
  { name: 'over 120 years old', input: prepa({ naissance: '1905-06-01' }), expect: invalid('naissance') },
  { name: 'only a year', input: prepa({ naissance: '1985' }), expect: invalid('naissance') },
  { name: 'birth date missing', input: prepa({ naissance: '' }), expect: invalid('naissance') },

  // ── Phone and email ──────────────────────────────────────────────────────
  {
    name: 'phone without separators',
    input: prepa({ telephone: '0612345678' }),
    expect: valid('06 12 34 56 78'),
  },
  { name: 'phone with dots', input: prepa({ telephone: '06.12.34.56.78' }), expect: valid('06 12 34 56 78') },
  {
    name: 'phone with dashes',
    input: prepa({ telephone: '06-12-34-56-78' }),
    expect: valid('06 12 34 56 78'),
  },
  {
    name: 'phone +33 6 12 34 56 78',
    input: prepa({ telephone: '+33 6 12 34 56 78' }),
    expect: valid('06 12 34 56 78'),
  },
  {
    name: 'phone 0033612345678',
    input: prepa({ telephone: '0033612345678' }),
    expect: valid('06 12 34 56 78'),
  },
  { name: 'landline of Montauban', input: pec({ telephone: '0563210000' }), expect: valid('05 63 21 00 00') },
  {
    name: 'phone with trailing spaces',
    input: prepa({ telephone: '06 12 34 56 78  ' }),
    expect: valid('06 12 34 56 78'),
  },
  {
    name: 'phone missing its leading 0',
    input: prepa({ telephone: '6 12 34 56 78' }),
    expect: invalid('telephone'),
  },
  {
    name: 'phone one digit short',
    input: prepa({ telephone: '06 12 34 56 7' }),
    expect: invalid('telephone'),
  },
  {
    name: 'phone starting with 00 but not 0033',
    input: prepa({ telephone: '0012345678' }),
    expect: invalid('telephone'),
  },
  {
    name: 'phone +33 followed by a 0',
    input: prepa({ telephone: '+33 06 12 34 56 78' }),
    expect: invalid('telephone'),
  },
  { name: 'phone with slashes', input: prepa({ telephone: '06/12/34/56/78' }), expect: invalid('telephone') },
  {
    name: 'wrong phone even with a good email',
    input: prepa({ telephone: '12345' }),
    expect: invalid('telephone'),
  },
  { name: 'email only, no phone', input: prepa({ telephone: '' }), expect: valid() },
  { name: 'email with trailing space', input: prepa({ email: 'marie.dupont@orange.fr ' }), expect: valid() },
  { name: 'email with no domain', input: prepa({ email: 'marie.dupont@' }), expect: invalid('email') },
  { name: 'email without @', input: prepa({ email: 'marie.dupont.orange.fr' }), expect: invalid('email') },
  {
    name: 'neither phone nor email',
    input: prepa({ telephone: '', email: '' }),
    expect: invalid('telephone'),
  },

  // ── Town ─────────────────────────────────────────────────────────────────
  { name: 'town with postcode', input: prepa({ commune: '82000 Montauban' }), expect: valid() },
  { name: 'town with hyphens', input: prepa({ commune: 'Saint-Antonin-Noble-Val' }), expect: valid() },
  { name: 'town with an apostrophe', input: prepa({ commune: "L'Honor-de-Cos" }), expect: valid() },
  { name: 'town missing', input: prepa({ commune: '' }), expect: invalid('commune') },
  { name: 'town of 81 characters', input: prepa({ commune: 'a'.repeat(81) }), expect: invalid('commune') },

  // ── Situation answers ────────────────────────────────────────────────────
  { name: 'Prépa: RSA not answered', input: prepa({ rsa: '' }), expect: invalid('rsa') },
  {
    name: 'Prépa: France Travail answered « peut-être »',
    input: prepa({ franceTravail: 'peut-être' }),
    expect: invalid('franceTravail'),
  },
  {
    name: 'Prépa: answers of other dispositifs are ignored',
    input: prepa({ ase: '', accordEmployeur: 'non', autorisationParentale: 'non', pec: 'bof' }),
    expect: valid(),
  },
  {
    name: 'Prépa: RSA, followed, also registered with France Travail',
    input: prepa({ franceTravail: 'oui' }),
    expect: valid(),
  },
  {
    name: 'PEC: employer not asked yet',
    input: pec({ accordEmployeur: '' }),
    expect: invalid('accordEmployeur'),
  },
  {
    name: 'PEC: employer disagrees (§ 5)',
    input: pec({ accordEmployeur: 'non' }),
    expect: invalid('accordEmployeur'),
  },
  { name: 'PEC: « in a PEC » not answered', input: pec({ pec: '' }), expect: invalid('pec') },
  {
    name: 'Promo: parents disagree',
    input: promo({ autorisationParentale: 'non' }),
    expect: invalid('autorisationParentale'),
  },
  { name: 'Promo: ASE not answered', input: promo({ ase: '' }), expect: invalid('ase') },
  {
    name: 'Promo: PEC answers are ignored',
    input: promo({ accordEmployeur: 'non', rsa: '' }),
    expect: valid(),
  },

  // ── Material conditions and comment ──────────────────────────────────────
  {
    name: 'mobility and childcare flagged',
    input: prepa({ mobilite: 'true', garde: 'true' }),
    expect: valid(),
  },
  { name: 'toggles left empty', input: prepa({ mobilite: '', garde: '', autre: '' }), expect: valid() },
  {
    name: '« autre » with its precision',
    input: prepa({ autre: 'true', autrePrecision: 'Pas de permis, horaires de bus' }),
    expect: valid(),
  },
  {
    name: '« autre » without precision',
    input: prepa({ autre: 'true', autrePrecision: '' }),
    expect: invalid('autrePrecision'),
  },
  {
    name: '« autre » with a blank precision',
    input: prepa({ autre: 'true', autrePrecision: '  ' }),
    expect: invalid('autrePrecision'),
  },
  {
    name: 'precision of 300 characters',
    input: prepa({ autre: 'true', autrePrecision: 'é'.repeat(300) }),
    expect: valid(),
  },
  {
    name: 'precision of 301 characters',
    input: prepa({ autre: 'true', autrePrecision: 'é'.repeat(301) }),
    expect: invalid('autrePrecision'),
  },
  {
    name: 'comment of 1000 characters with accents',
    input: prepa({ commentaire: 'é'.repeat(1000) }),
    expect: valid(),
  },
  {
    name: 'comment of 1001 characters',
    input: prepa({ commentaire: 'é'.repeat(1001) }),
    expect: invalid('commentaire'),
  },

  // ── Consent (protocol § 5; article 5) ────────────────────────────────────
  {
    name: 'person’s agreement not collected',
    input: prepa({ adhesion: 'false' }),
    expect: invalid('adhesion'),
  },
  { name: 'person’s agreement left empty', input: pec({ adhesion: '' }), expect: invalid('adhesion') },
  {
    name: 'person not told about their data',
    input: promo({ infoDonnees: '' }),
    expect: invalid('infoDonnees'),
  },

  // ── Several errors at once ───────────────────────────────────────────────
  {
    name: 'five wrong fields',
    input: prepa({
      nom: 'Dupont2',
      naissance: '1985-02-30',
      telephone: '6 12 34 56 78',
      email: 'marie.dupont@',
      adhesion: 'false',
    }),
    expect: invalid('nom', 'naissance', 'telephone', 'email', 'adhesion'),
  },
  {
    name: 'Prépa form sent empty',
    input: {
      dispositif: 'prepa-competences',
      volet: '',
      session: '',
      nom: '',
      prenom: '',
      naissance: '',
      telephone: '',
      email: '',
      commune: '',
      rsa: '',
      accompagne: '',
      franceTravail: '',
      ...NO_CONDITIONS,
      adhesion: '',
      infoDonnees: '',
    },
    expect: invalid(
      'volet',
      'session',
      'nom',
      'prenom',
      'naissance',
      'telephone',
      'commune',
      'rsa',
      'accompagne',
      'franceTravail',
      'adhesion',
      'infoDonnees',
    ),
  },
  {
    name: 'Promo: future birth date, ASE unanswered, parents disagree, « autre » without precision',
    input: promo({ naissance: '2028-01-01', ase: '', autorisationParentale: 'non', autre: 'true' }),
    expect: invalid('naissance', 'ase', 'autorisationParentale', 'autrePrecision'),
  },
  {
    name: 'a 17-year-old with a missing consent is a form error, not a refusal',
    input: prepa({ naissance: '2009-03-02', infoDonnees: 'false' }),
    expect: invalid('infoDonnees'),
  },

  // ── Eligibility: Prépa Compétences (art. 2.1.3, protocol § 2) ─────────────
  { name: 'Prépa: 18 today', input: prepa({ naissance: '2009-03-01' }), expect: valid() },
  { name: 'Prépa: 17 today, 18 tomorrow', input: prepa({ naissance: '2009-03-02' }), expect: notEligible },
  { name: 'Prépa: 17 today, typed date', input: prepa({ naissance: '02/03/2009' }), expect: notEligible },
  {
    name: 'Prépa: 17 today, 18 by the start of the April session',
    input: prepa({ naissance: '2009-04-10', session: 'prepa-avril' }),
    expect: valid(),
  },
  {
    name: 'Prépa: the same person on the first available session',
    input: prepa({ naissance: '2009-04-10', session: 'premiere' }),
    expect: notEligible,
  },
  {
    name: 'Prépa: 18 on the session’s first day',
    input: prepa({ naissance: '2009-04-12', session: 'prepa-avril' }),
    expect: valid(),
  },
  {
    name: 'Prépa: 18 the day after the session starts',
    input: prepa({ naissance: '2009-04-13', session: 'prepa-avril' }),
    expect: notEligible,
  },
  {
    name: 'Prépa: registered with France Travail, no RSA',
    input: prepa({ rsa: 'non', accompagne: 'non', franceTravail: 'oui' }),
    expect: otherPrescriber(/France Travail/i),
  },
  {
    name: 'Prépa: RSA but not followed by the Département, registered with France Travail',
    input: prepa({ accompagne: 'non', franceTravail: 'oui' }),
    expect: otherPrescriber(/France Travail/i),
  },

  // ── Eligibility: Compétences PEC (art. 2.1.4, protocol § 2) ───────────────
  { name: 'PEC: not in a PEC', input: pec({ pec: 'non' }), expect: notEligible },
  { name: 'PEC: in a PEC, no RSA', input: pec({ rsa: 'non', accompagne: 'non' }), expect: otherPrescriber() },
  {
    name: 'PEC: in a PEC, RSA not followed by the Département',
    input: pec({ accompagne: 'non' }),
    expect: otherPrescriber(),
  },

  // ── Eligibility: La Promo 16/18 (art. 2.1.3) ─────────────────────────────
  { name: 'Promo: 15, 16 tomorrow', input: promo({ naissance: '2011-03-02' }), expect: notEligible },
  { name: 'Promo: 16 today', input: promo({ naissance: '2011-03-01' }), expect: valid() },
  { name: 'Promo: 17, 18 tomorrow', input: promo({ naissance: '2009-03-02' }), expect: valid() },
  { name: 'Promo: 18 today', input: promo({ naissance: '2009-03-01' }), expect: notEligible },
  {
    name: 'Promo: 15 today, 16 by the September session',
    input: promo({ naissance: '2011-06-01', session: 'promo-septembre' }),
    expect: valid(),
  },
  {
    name: 'Promo: the same 15-year-old on the first available session',
    input: promo({ naissance: '2011-06-01', session: 'premiere' }),
    expect: notEligible,
  },
  {
    name: 'Promo: 17 today, 18 by the September session',
    input: promo({ naissance: '2009-07-01', session: 'promo-septembre' }),
    expect: notEligible,
  },
  {
    name: 'Promo: the same 17-year-old on the first available session',
    input: promo({ naissance: '2009-07-01', session: 'premiere' }),
    expect: valid(),
  },
  {
    name: 'Promo: 16, not in the ASE’s care',
    input: promo({ naissance: '2011-01-10', ase: 'non' }),
    expect: otherPrescriber(/mission locale|CIO|C\.I\.O/i),
  },
  { name: 'Promo: still at school', input: promo({ scolarise: 'oui' }), expect: notEligible },
  { name: 'Promo: already in training', input: promo({ enFormation: 'oui' }), expect: notEligible },
  { name: 'Promo: already working', input: promo({ enEmploi: 'oui' }), expect: notEligible },

  // ── End of the campaign (protocol § 8) ───────────────────────────────────
  { name: 'Prépa on the last day of entries', input: PREPA_BASE, context: DEADLINE_DAY, expect: valid() },
  {
    name: 'Prépa the day after the last day of entries',
    input: PREPA_BASE,
    context: DAY_AFTER_DEADLINE,
    // Every criterion met, the Département's entries closed (issue: the « closed » verdict).
    expect: { outcome: 'refused', verdict: 'closed' },
  },
  { name: 'PEC on the last day of entries', input: PEC_BASE, context: DEADLINE_DAY, expect: valid() },
  {
    name: 'PEC the day after the last day of entries',
    input: PEC_BASE,
    context: DAY_AFTER_DEADLINE,
    // Still open through the prescriber of the PEC contract.
    expect: otherPrescriber(),
  },
  {
    name: 'Promo 16/18 has no entry deadline',
    input: PROMO_BASE,
    context: DAY_AFTER_DEADLINE,
    expect: valid(),
  },
];
