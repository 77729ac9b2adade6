import type { Attachment } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { CardActionSchema, VERBS } from '../../cards/actions.js';
import { deliveriesCard, exportFormCard, reasonFormCard, reasonsCard } from '../../cards/admin-cards.js';
import { agendaListCard } from '../../cards/agenda-cards.js';
import {
  habilitationFormCard,
  habilitationRequestCard,
  habilitationsCard,
} from '../../cards/habilitation-cards.js';
import {
  afpaPrescriptionCard,
  afpaReminderCard,
  chooseProgrammeCard,
  notHabilitatedCard,
  PAGE_SIZE,
  prescriptionDetailCard,
  prescriptionFormCard,
  prescriptionListCard,
  prescriptionRefusedCard,
  prescriptionSentCard,
  referentStatusCard,
  statusFormCard,
} from '../../cards/prescription-cards.js';
import { recordCard } from '../../cards/record-card.js';
import { checkEligibility, PROGRAMMES, type Programme } from '../../data/eligibility.js';
import { FINAL_STATUSES, transitionsFrom } from '../../data/prescriptions/lifecycle.js';
import { STATUS_LABELS, STATUSES, type Prescription, type Status } from '../../data/prescriptions/model.js';
import {
  FIRST_AVAILABLE,
  FORM_FIELDS,
  SITUATION_QUESTIONS,
  type FormErrors,
  type FormField,
  type FormValues,
} from '../../data/prescriptions/prescription-form.js';
import { DEFAULT_REASONS, Reasons } from '../../data/prescriptions/reasons.js';
import { MemoryDocumentStore } from '../../data/store/document-store.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';
import {
  BILAN,
  catalogue,
  COMMENT,
  erasedPrescription,
  FORM_ID,
  habilitations,
  knownPeople,
  manyPrescriptions,
  outboxMessages,
  PERSON,
  PERSONAL_VALUES,
  prescriptionAt,
  reasonLabels,
  sessionsOf,
} from './prescription-fixtures.js';

type Json = Record<string, unknown>;

const content = (attachment: Attachment): Json => attachment.content as Json;

/** Every object of a card (elements, actions, choices, facts…), depth first; the bot's `data` is not card content. */
function nodes(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(nodes);
  if (!node || typeof node !== 'object') return [];
  const record = node as Json;
  return [
    record,
    ...Object.entries(record)
      .filter(([key]) => key !== 'data')
      .flatMap(([, value]) => nodes(value)),
  ];
}

function actionsOf(card: Json): Json[] {
  return nodes(card).filter(
    (n) => typeof n['type'] === 'string' && (n['type'] as string).startsWith('Action.'),
  );
}

/** Action.Execute and Action.Submit, except the fallbacks (checked with their Execute). */
function buttonsOf(card: Json): Json[] {
  const fallbacks = new Set(actionsOf(card).map((a) => a['fallback']));
  return actionsOf(card).filter((a) => !fallbacks.has(a));
}

const titlesOf = (card: Json) => buttonsOf(card).map((b) => b['title'] as string);
const dataOf = (card: Json, title: string) => buttonsOf(card).find((b) => b['title'] === title)?.['data'];

function textBlocks(card: Json): string[] {
  return nodes(card)
    .filter((n) => n['type'] === 'TextBlock')
    .map((n) => n['text'] as string);
}

/** What a user can read: texts, titles (of actions, choices, facts, toggles), fact values, labels, placeholders. */
function visibleStrings(card: Json): string[] {
  return nodes(card).flatMap((n) => {
    const shown: string[] = [];
    if (n['type'] === 'TextBlock') shown.push(String(n['text']));
    for (const key of ['title', 'label', 'placeholder'] as const)
      if (n[key] !== undefined && n[key] !== '') shown.push(String(n[key]));
    return shown;
  });
}

function factsOf(card: Json): Array<{ title: string; value: string }> {
  return nodes(card)
    .filter((n) => n['type'] === 'FactSet')
    .flatMap((n) => n['facts'] as Array<{ title: string; value: string }>);
}

/** The inputs of a form, in order. */
function inputsOf(card: Json): Json[] {
  return nodes(card).filter(
    (n) => typeof n['type'] === 'string' && (n['type'] as string).startsWith('Input.'),
  );
}

function input(card: Json, id: string): Json {
  const found = inputsOf(card).find((i) => i['id'] === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
}

/** The elements of a card body in reading order (no containers, no choices or facts): what follows what. */
function elements(card: Json): Json[] {
  return nodes(card['body']).filter((n) => typeof n['type'] === 'string' && n['type'] !== 'Container');
}

const after = (card: Json, id: string): Json | undefined => {
  const flat = elements(card);
  const at = flat.findIndex((n) => n['id'] === id);
  if (at < 0) throw new Error(`no element ${id}`);
  return flat[at + 1];
};

const choiceValues = (choiceSet: Json) => (choiceSet['choices'] as Json[]).map((c) => c['value'] as string);

/** Whatever the card says, in one string, with the whitespace out (for phone numbers written with spaces). */
function everything(card: Json): string {
  return JSON.stringify(card);
}

function personalValuesIn(card: Json): string[] {
  const text = everything(card);
  const compact = text.replace(/\s/g, '');
  return PERSONAL_VALUES.filter(
    (value) => text.includes(value) || compact.includes(value.replace(/\s/g, '')),
  );
}

// ── Every card of the three modules ───────────────────────────────────────────────

const ALL_STATUSES = [...STATUSES];
const OPEN_STATUSES = ALL_STATUSES.filter((s) => !FINAL_STATUSES.has(s));
const SORTIE = prescriptionAt('sortie');
const ERASED = erasedPrescription();

function formValues(dispositif: Programme, sessionId: string): FormValues {
  const values: FormValues = {
    session: sessionId,
    nom: PERSON.lastName,
    prenom: PERSON.firstName,
    naissance: PERSON.birthDate,
    telephone: PERSON.phone,
    email: PERSON.email,
    commune: PERSON.town,
    mobilite: 'true',
    garde: 'false',
    autre: 'true',
    autrePrecision: 'Appareil auditif à prévoir',
    commentaire: COMMENT,
    adhesion: 'true',
    infoDonnees: 'true',
  };
  if (dispositif === 'prepa-competences') values.volet = 'volet-2';
  if (dispositif === 'competences-pec') values.volet = 'vae';
  SITUATION_QUESTIONS[dispositif].forEach(([field], i) => (values[field] = i % 2 ? 'non' : 'oui'));
  return values;
}

/** The fields each programme asks, as the README documents them for outside clients. */
function expectedFields(dispositif: Programme): FormField[] {
  return [
    ...(dispositif === 'promo-16-18' ? [] : (['volet'] as const)),
    'session',
    'nom',
    'prenom',
    'naissance',
    'telephone',
    'email',
    'commune',
    ...SITUATION_QUESTIONS[dispositif].map(([field]) => field),
    'mobilite',
    'garde',
    'autre',
    'autrePrecision',
    'commentaire',
    'adhesion',
    'infoDonnees',
  ];
}

function formErrors(dispositif: Programme): FormErrors {
  return Object.fromEntries(expectedFields(dispositif).map((f) => [f, `Erreur sur ${f}.`]));
}

function refusal(dispositif: Programme, age: number) {
  const result = checkEligibility(
    { age, rsa: false, accompaniedByDepartment: false },
    { today: '2022-06-15' },
  ).find((r) => r.dispositif === dispositif)!;
  return { verdict: result.verdict, reasons: result.reasons, nextStep: result.nextStep };
}

const list = (
  items: Prescription[],
  total: number,
  offset: number,
  verb: 'listMyPrescriptions' | 'listOpenPrescriptions',
  showNames: boolean,
) =>
  prescriptionListCard(
    verb === 'listMyPrescriptions' ? 'Mes prescriptions' : 'Prescriptions à traiter',
    { items, total },
    offset,
    catalogue,
    { verb },
    { showNames, reasons: reasonLabels },
  );

const SEVEN = manyPrescriptions(7);

function everyCard(): Array<[string, Attachment]> {
  const cards: Array<[string, Attachment]> = [
    ['record, minimal', recordCard({ title: 'Titre' })],
    ['choose programme', chooseProgrammeCard(catalogue)],
    ['not habilitated', notHabilitatedCard()],
  ];
  for (const dispositif of PROGRAMMES) {
    for (const count of [0, 1, 7]) {
      cards.push([
        `form ${dispositif}, ${count} sessions, empty`,
        prescriptionFormCard({
          catalogue,
          dispositif,
          formId: FORM_ID,
          sessions: sessionsOf(dispositif, count),
        }),
      ]);
    }
    const sessions = sessionsOf(dispositif, 7);
    cards.push([
      `form ${dispositif}, filled with errors`,
      prescriptionFormCard({
        catalogue,
        dispositif,
        formId: FORM_ID,
        sessions,
        values: formValues(dispositif, sessions[1]!.id),
        errors: formErrors(dispositif),
      }),
    ]);
    cards.push([
      `refused ${dispositif}, 45 years old`,
      prescriptionRefusedCard(catalogue, dispositif, refusal(dispositif, 45)),
    ]);
    cards.push([
      `refused ${dispositif}, 17 years old`,
      prescriptionRefusedCard(catalogue, dispositif, refusal(dispositif, 17)),
    ]);
  }
  for (const status of ALL_STATUSES) {
    const p = prescriptionAt(status);
    cards.push([`sent ${status}`, prescriptionSentCard(p, catalogue, false)]);
    cards.push([
      `detail ${status}, référent`,
      prescriptionDetailCard(p, catalogue, reasonLabels, 'referent'),
    ]);
    cards.push([`detail ${status}, AFPA`, prescriptionDetailCard(p, catalogue, reasonLabels, 'afpa')]);
    cards.push([`AFPA card ${status}`, afpaPrescriptionCard(p, catalogue, reasonLabels)]);
    cards.push([`reminder ${status}`, afpaReminderCard(p, catalogue, 10)]);
    cards.push([
      `référent status ${status}`,
      referentStatusCard(p, p.history.at(-1)!, catalogue, reasonLabels),
    ]);
  }
  for (const dispositif of PROGRAMMES) {
    const p = prescriptionAt('entretien', dispositif);
    cards.push([`detail ${dispositif}, AFPA`, prescriptionDetailCard(p, catalogue, reasonLabels, 'afpa')]);
    cards.push([`AFPA card ${dispositif}`, afpaPrescriptionCard(p, catalogue, reasonLabels)]);
  }
  cards.push(['sent, already', prescriptionSentCard(prescriptionAt('envoyee'), catalogue, true)]);
  cards.push([
    'detail erased, référent',
    prescriptionDetailCard(ERASED, catalogue, reasonLabels, 'referent'),
  ]);
  cards.push(['detail erased, AFPA', prescriptionDetailCard(ERASED, catalogue, reasonLabels, 'afpa')]);
  cards.push(['AFPA card erased', afpaPrescriptionCard(ERASED, catalogue, reasonLabels)]);
  cards.push([
    'référent status erased',
    referentStatusCard(ERASED, ERASED.history.at(-1)!, catalogue, reasonLabels),
  ]);
  for (const verb of ['listMyPrescriptions', 'listOpenPrescriptions'] as const) {
    for (const showNames of [true, false]) {
      cards.push([`list ${verb} ${showNames}, empty`, list([], 0, 0, verb, showNames)]);
      cards.push([`list ${verb} ${showNames}, one`, list([ERASED], 1, 0, verb, showNames)]);
      cards.push([`list ${verb} ${showNames}, 7 page 1`, list(SEVEN.slice(0, 5), 7, 0, verb, showNames)]);
      cards.push([`list ${verb} ${showNames}, 7 page 2`, list(SEVEN.slice(5), 7, 5, verb, showNames)]);
    }
  }
  for (const status of OPEN_STATUSES) {
    cards.push([`status form ${status}`, statusFormCard(prescriptionAt(status), DEFAULT_REASONS)]);
  }
  cards.push([
    'status form with problems',
    statusFormCard(prescriptionAt('entree'), DEFAULT_REASONS, {
      values: { statut: 'sortie', date: '2027-05-28', commentaire: 'Fin de parcours' },
      problems: [
        {
          field: 'bilan',
          message: 'Le bilan individuel est attendu à la fin du parcours (Protocole, § 5) : saisissez-le.',
        },
        { field: 'date', message: 'Cette date ne peut pas être dans le futur.' },
      ],
    }),
  ]);
  for (const count of [0, 1, 7]) {
    cards.push([`habilitations ${count}`, habilitationsCard(habilitations(count))]);
  }
  cards.push([
    'habilitations with a notice',
    habilitationsCard(habilitations(1), 'Karim Benali est habilité.'),
  ]);
  cards.push(['habilitation form, 1 known', habilitationFormCard(knownPeople(1))]);
  cards.push([
    'habilitation form, 7 known, errors',
    habilitationFormCard(
      knownPeople(7),
      { identifiant: '29:abc', nom: '' },
      {
        identifiant: 'Identifiant Teams (29:…) ou Entra ID (GUID) attendu.',
        nom: 'Indiquez le nom de la personne.',
      },
    ),
  ]);
  cards.push(['habilitation request', habilitationRequestCard('29:referent-9', 'Karim Benali')]);
  cards.push(['deliveries, none', deliveriesCard({ pending: [], failed: [], sent: 0 })]);
  cards.push(['deliveries', deliveriesCard(outboxMessages())]);
  cards.push(['reasons', reasonsCard(DEFAULT_REASONS)]);
  cards.push([
    'reasons with retired ones',
    reasonsCard({
      refusal: DEFAULT_REASONS.refusal.map((r, i) => ({ ...r, retired: i === 1 })),
      abandon: DEFAULT_REASONS.abandon,
    }),
  ]);
  cards.push(['reason form refusal', reasonFormCard('refusal')]);
  cards.push([
    'reason form abandon with error',
    reasonFormCard('abandon', 'Reprise d’emploi', 'Ce motif existe déjà.'),
  ]);
  cards.push(['export form', exportFormCard()]);
  cards.push([
    'export form with error',
    exportFormCard({ du: '2027-06-01', au: '2027-05-01' }, 'La fin précède le début de la période.'),
  ]);
  return cards;
}

const CARDS = everyCard();

describe('every prescription, habilitation and admin card', () => {
  it('covers every card function with realistic data', () => {
    expect(CARDS.length).toBeGreaterThan(100);
    expect(CARDS.every(([, a]) => a.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
  });

  it.each(CARDS)('%s validates as an Adaptive Card 1.5 with zero errors', (_name, attachment) => {
    expect(validateAdaptiveCard(content(attachment))).toEqual([]);
    expect(content(attachment)['version']).toBe('1.5');
  });

  it.each(CARDS)('%s has no template expression left', (_name, attachment) => {
    const json = JSON.stringify(content(attachment));
    expect(json).not.toContain('${');
    expect(json).not.toMatch(/"\$(data|when)"/);
  });

  it.each(CARDS)(
    '%s: every Action.Execute has its verb in its data and an Action.Submit fallback with the same data',
    (_name, attachment) => {
      for (const action of buttonsOf(content(attachment))) {
        expect(action['title'], JSON.stringify(action)).toEqual(expect.stringMatching(/\S/));
        if (action['type'] !== 'Action.Execute') continue;
        const data = action['data'] as Json;
        expect(action['verb']).toBe(data['verb']);
        const fallback = action['fallback'] as Json;
        expect(fallback['type']).toBe('Action.Submit');
        expect(fallback['data']).toEqual(data);
        expect(fallback['title']).toBe(action['title']);
      }
    },
  );

  it.each(CARDS)('%s: every button carries data the router accepts', (_name, attachment) => {
    const buttons = actionsOf(content(attachment));
    for (const action of buttons) {
      expect(['Action.Submit', 'Action.Execute']).toContain(action['type']);
      const parsed = CardActionSchema.safeParse(action['data']);
      expect(parsed.success, `${JSON.stringify(action['data'])}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it.each(CARDS)(
    '%s speaks French only: no English word, no undefined, null, NaN or [object',
    (_name, attachment) => {
      const english =
        /\b(Submit|Cancel|Send|Save|Delete|Edit|Next|Previous|Back|Close|Yes|No|OK|Open|Update|Status|Details?|undefined|null|NaN|true|false|Invalid Date)\b|\[object/i;
      for (const text of visibleStrings(content(attachment))) expect(text).not.toMatch(english);
    },
  );
});

// ── The prescription form ─────────────────────────────────────────────────────────

describe('the prescription form', () => {
  it.each(PROGRAMMES)(
    '%s: the input ids are exactly the fields the programme asks (public contract)',
    (dispositif) => {
      const card = content(
        prescriptionFormCard({ catalogue, dispositif, formId: FORM_ID, sessions: sessionsOf(dispositif, 1) }),
      );
      const ids = inputsOf(card).map((i) => i['id'] as string);
      expect([...ids].sort()).toEqual([...expectedFields(dispositif)].sort());
      expect(ids.every((id) => (FORM_FIELDS as readonly string[]).includes(id))).toBe(true);
      expect(ids.includes('volet')).toBe(dispositif !== 'promo-16-18');
    },
  );

  it.each(PROGRAMMES)(
    '%s: says it is the form to fill, and reminds of Panda where the agreement asks the référent to register the person there',
    (dispositif) => {
      const text = visibleStrings(
        content(prescriptionFormCard({ catalogue, dispositif, formId: FORM_ID, sessions: [] })),
      ).join(' ');
      expect(text).toContain('Remplissez ce formulaire');
      // One form describes one person: a couple or a group is prescribed one by one.
      expect(text).toContain('un par personne');
      // Protocole, § 5: Prépa Compétences and La Promo 16/18 are registered on Panda by the référent.
      expect(text.includes('Panda')).toBe(dispositif !== 'competences-pec');
      // Compétences PEC: the employer is told and agrees (Protocole, § 5).
      expect(text.includes('recueille son accord')).toBe(dispositif === 'competences-pec');
    },
  );

  it.each(PROGRAMMES)('%s: the submit carries the programme and the form id', (dispositif) => {
    const card = content(prescriptionFormCard({ catalogue, dispositif, formId: FORM_ID, sessions: [] }));
    const [submit] = buttonsOf(card);
    expect(submit).toMatchObject({
      type: 'Action.Execute',
      verb: VERBS.submitPrescription,
      title: 'Envoyer à l’AFPA',
    });
    expect(submit!['data']).toEqual({ verb: VERBS.submitPrescription, dispositif, formId: FORM_ID });
    expect(CardActionSchema.parse(submit!['data'])).toMatchObject({ dispositif, formId: FORM_ID });
  });

  it.each(PROGRAMMES)('%s: the values given are shown back in their inputs', (dispositif) => {
    const sessions = sessionsOf(dispositif, 7);
    const values = formValues(dispositif, sessions[3]!.id);
    const card = content(prescriptionFormCard({ catalogue, dispositif, formId: FORM_ID, sessions, values }));
    for (const id of expectedFields(dispositif)) expect(input(card, id)['value'], id).toBe(values[id]);
  });

  // readBirthDate accepts a date typed JJ/MM/AAAA (outside clients, the README's contract): when the
  // form comes back for another field's error, Input.Date only shows an AAAA-MM-JJ value (an HTML
  // date input drops any other), so the date typed would silently vanish and be asked again.
  it('a birth date typed JJ/MM/AAAA comes back in the date input as AAAA-MM-JJ', () => {
    const card = content(
      prescriptionFormCard({
        catalogue,
        dispositif: 'prepa-competences',
        formId: FORM_ID,
        sessions: [],
        values: { ...formValues('prepa-competences', FIRST_AVAILABLE), naissance: '14/09/1988' },
        errors: { telephone: 'Numéro français attendu, par exemple 06 12 34 56 78.' },
      }),
    );
    expect(input(card, 'naissance')).toMatchObject({ type: 'Input.Date', value: PERSON.birthDate });
  });

  it.each(PROGRAMMES)(
    '%s: each error appears right after its field, with the message at the top',
    (dispositif) => {
      const errors = formErrors(dispositif);
      const card = content(
        prescriptionFormCard({
          catalogue,
          dispositif,
          formId: FORM_ID,
          sessions: sessionsOf(dispositif, 1),
          errors,
        }),
      );
      expect(textBlocks(card)).toContain(
        'À corriger : voyez le message sous chaque champ concerné. Rien n’a été enregistré.',
      );
      for (const [field, message] of Object.entries(errors)) {
        expect(after(card, field), field).toMatchObject({
          type: 'TextBlock',
          text: message,
          color: 'Attention',
        });
      }
    },
  );

  it.each(PROGRAMMES)('%s: without errors, no error text at all', (dispositif) => {
    const card = content(
      prescriptionFormCard({ catalogue, dispositif, formId: FORM_ID, sessions: sessionsOf(dispositif, 7) }),
    );
    expect(nodes(card).filter((n) => n['type'] === 'TextBlock' && n['color'] === 'Attention')).toEqual([]);
  });

  it.each(PROGRAMMES.flatMap((d) => [0, 1, 7].map((n) => [d, n] as const)))(
    '%s with %i sessions: « première session disponible » first, then the sessions given, in order',
    (dispositif, count) => {
      const sessions = sessionsOf(dispositif, count);
      const card = content(prescriptionFormCard({ catalogue, dispositif, formId: FORM_ID, sessions }));
      const choice = input(card, 'session');
      expect(choiceValues(choice)).toEqual([FIRST_AVAILABLE, ...sessions.map((s) => s.id)]);
      expect((choice['choices'] as Json[])[0]!['title']).toBe('Première session disponible');
      expect(choice['value']).toBe(FIRST_AVAILABLE);
    },
  );

  it('describes a session in French, with its places', () => {
    const [first, second] = sessionsOf('competences-pec', 2);
    const card = content(
      prescriptionFormCard({
        catalogue,
        dispositif: 'competences-pec',
        formId: FORM_ID,
        sessions: [first!, second!],
      }),
    );
    const titles = (input(card, 'session')['choices'] as Json[]).map((c) => c['title']);
    expect(titles).toEqual([
      'Première session disponible',
      'Du 7 juin 2027 au 11 juin 2027 – AFPA Montauban, en présentiel (Atelier 1)',
      'Du 21 juin 2027 au 25 juin 2027 – AFPA Montauban, à distance (Atelier 2) – 1 place',
    ]);
  });

  it('asks the volet of Prépa Compétences with no default, and the atelier of Compétences PEC « à choisir » by default', () => {
    const prepa = content(
      prescriptionFormCard({ catalogue, dispositif: 'prepa-competences', formId: FORM_ID, sessions: [] }),
    );
    expect(input(prepa, 'volet')).toMatchObject({ label: 'Volet', value: '' });
    expect(choiceValues(input(prepa, 'volet'))).toEqual(['volet-1', 'volet-2']);
    const pec = content(
      prescriptionFormCard({ catalogue, dispositif: 'competences-pec', formId: FORM_ID, sessions: [] }),
    );
    expect(input(pec, 'volet')).toMatchObject({ label: 'Atelier', value: 'a-choisir' });
  });

  it.each(PROGRAMMES)('%s: every situation question is a French yes/no question', (dispositif) => {
    const card = content(prescriptionFormCard({ catalogue, dispositif, formId: FORM_ID, sessions: [] }));
    for (const [field] of SITUATION_QUESTIONS[dispositif]) {
      const question = input(card, field);
      expect(question['label']).toMatch(/^[A-ZÉ].* \?$/);
      expect(question['label']).not.toBe(field);
      expect(choiceValues(question)).toEqual(['oui', 'non']);
    }
  });
});

// ── Personal data ─────────────────────────────────────────────────────────────────

const EVERY_PRESCRIPTION: Array<[string, Prescription]> = [
  ...ALL_STATUSES.map((s): [string, Prescription] => [s, prescriptionAt(s)]),
  ...PROGRAMMES.map((d): [string, Prescription] => [`entretien ${d}`, prescriptionAt('entretien', d)]),
  ['erased', ERASED],
];

describe('personal data', () => {
  it('the fixtures do hold every personal value (the checks below would catch a leak)', () => {
    const detail = content(prescriptionDetailCard(SORTIE, catalogue, reasonLabels, 'afpa'));
    expect(personalValuesIn(detail)).toEqual(
      expect.arrayContaining([
        PERSON.lastName,
        PERSON.firstName,
        '14 septembre 1988',
        PERSON.phone,
        PERSON.email,
        PERSON.town,
        COMMENT,
        BILAN,
      ]),
    );
  });

  it.each(EVERY_PRESCRIPTION)(
    'the card in the AFPA conversation (%s) shows nothing personal',
    (_status, p) => {
      expect(personalValuesIn(content(afpaPrescriptionCard(p, catalogue, reasonLabels)))).toEqual([]);
    },
  );

  it.each(EVERY_PRESCRIPTION)(
    'the reminder in the AFPA conversation (%s) shows nothing personal',
    (_status, p) => {
      expect(personalValuesIn(content(afpaReminderCard(p, catalogue, 10)))).toEqual([]);
    },
  );

  it('the référent status card brings the bilan at the end of the parcours', () => {
    const card = content(referentStatusCard(SORTIE, SORTIE.history.at(-1)!, catalogue, reasonLabels));
    expect(textBlocks(card)).toEqual(expect.arrayContaining(['Bilan individuel', BILAN]));
    expect(textBlocks(card)).toContain('Parcours terminé le 28 mai 2027');
  });

  it.each(['referent', 'afpa'] as const)('the detail card for the %s contains the bilan', (viewer) => {
    const card = content(prescriptionDetailCard(SORTIE, catalogue, reasonLabels, viewer));
    expect(textBlocks(card)).toEqual(expect.arrayContaining(['Bilan individuel', BILAN]));
  });

  it.each(['referent', 'afpa'] as const)(
    'the detail card for the %s of an erased prescription shows none of the erased values',
    (viewer) => {
      const card = content(prescriptionDetailCard(ERASED, catalogue, reasonLabels, viewer));
      expect(personalValuesIn(card)).toEqual([]);
      expect(textBlocks(card)).toContain('Prépa Compétences – données personnelles effacées');
      expect(factsOf(card).map((f) => f.title)).not.toContain('Nom');
      // Nor what the purge put in their place.
      expect(everything(card)).not.toContain('1900');
      expect(factsOf(card).map((f) => f.value)).not.toContain('-');
    },
  );

  it('the référent status card of an erased prescription shows none of the erased values', () => {
    const card = content(referentStatusCard(ERASED, ERASED.history.at(-1)!, catalogue, reasonLabels));
    expect(personalValuesIn(card)).toEqual([]);
    expect(textBlocks(card)[0]).toBe(`${ERASED.id} – Données effacées`);
  });

  it('the list shows an erased prescription as « Données effacées », even with names', () => {
    const card = content(list([ERASED], 1, 0, 'listOpenPrescriptions', true));
    expect(personalValuesIn(card)).toEqual([]);
    expect(textBlocks(card)).toContain(`${ERASED.id} – Données effacées – Prépa Compétences`);
  });
});

// ── The status form ───────────────────────────────────────────────────────────────

describe('the status form', () => {
  it.each(OPEN_STATUSES)('from « %s », offers exactly the moves the lifecycle gives AFPA', (status) => {
    const card = content(statusFormCard(prescriptionAt(status), DEFAULT_REASONS));
    const choice = input(card, 'statut');
    const moves = transitionsFrom(status, 'afpa');
    expect(moves.length).toBeGreaterThan(0);
    expect(choiceValues(choice)).toEqual(moves.map((m) => m.to));
    expect((choice['choices'] as Json[]).map((c) => c['title'])).toEqual(
      moves.map((m) => STATUS_LABELS[m.to]),
    );
    expect(textBlocks(card)).toContain(
      `Statut actuel : ${STATUS_LABELS[status]}. Le référent est prévenu de chaque changement.`,
    );
    expect(buttonsOf(card)[0]!['data']).toEqual({ verb: VERBS.changeStatus, id: prescriptionAt(status).id });
  });

  // A closed prescription still gets this form: « Mettre à jour » on an older card (openStatusForm
  // does not look at the status), or a colleague closing it while the form is open (changeStatus
  // answers an invalid move with this form for the closed prescription).
  it.each(ALL_STATUSES.filter((s) => FINAL_STATUSES.has(s)))(
    'for a closed prescription (%s), is still a valid card: no empty choice of status',
    (status) => {
      const card = content(
        statusFormCard(prescriptionAt(status), DEFAULT_REASONS, {
          values: { statut: 'recue' },
          problems: [
            { field: 'status', message: 'Cette prescription est close : son statut ne change plus.' },
          ],
        }),
      );
      expect(transitionsFrom(status, 'afpa')).toEqual([]);
      expect(validateAdaptiveCard(card)).toEqual([]);
    },
  );

  it.each(OPEN_STATUSES)(
    'from « %s », asks a date, a reason or a bilan only when a possible move needs it',
    (status) => {
      const card = content(statusFormCard(prescriptionAt(status), DEFAULT_REASONS));
      const moves = transitionsFrom(status, 'afpa');
      const ids = inputsOf(card).map((i) => i['id']);
      expect(ids.includes('date')).toBe(moves.some((m) => m.requires.date));
      expect(ids.includes('bilan')).toBe(moves.some((m) => m.requires.bilan));
      const lists = new Set(moves.flatMap((m) => (m.requires.reason ? [m.requires.reason] : [])));
      const motifs = ids.includes('motif') ? choiceValues(input(card, 'motif')) : [];
      expect(motifs).toEqual([
        ...(lists.has('refusal') ? DEFAULT_REASONS.refusal.map((r) => `refusal:${r.code}`) : []),
        ...(lists.has('abandon') ? DEFAULT_REASONS.abandon.map((r) => `abandon:${r.code}`) : []),
      ]);
      expect(ids).toContain('commentaire');
    },
  );

  it('does not offer retired reasons (the lists as Reasons.offered gives them)', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    await reasons.retire('refusal', 'complet');
    await reasons.retire('abandon', 'sante');
    const card = content(
      statusFormCard(prescriptionAt('entretien'), {
        refusal: reasons.offered('refusal'),
        abandon: reasons.offered('abandon'),
      }),
    );
    const motifs = choiceValues(input(card, 'motif'));
    expect(motifs).not.toContain('refusal:complet');
    expect(motifs).not.toContain('abandon:sante');
    expect(motifs).toEqual([
      ...DEFAULT_REASONS.refusal.filter((r) => r.code !== 'complet').map((r) => `refusal:${r.code}`),
      ...DEFAULT_REASONS.abandon.filter((r) => r.code !== 'sante').map((r) => `abandon:${r.code}`),
    ]);
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('does not offer retired reasons even when given the full lists (retired flags included)', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    await reasons.retire('refusal', 'complet');
    await reasons.retire('abandon', 'sante');
    const card = content(statusFormCard(prescriptionAt('entretien'), reasons.all()));
    const motifs = choiceValues(input(card, 'motif'));
    expect(motifs).not.toContain('refusal:complet');
    expect(motifs).not.toContain('abandon:sante');
  });

  it('shows the values back and each problem under its field', () => {
    const card = content(
      statusFormCard(prescriptionAt('entree'), DEFAULT_REASONS, {
        values: {
          statut: 'abandon',
          date: '2027-05-20',
          motif: 'abandon:emploi',
          commentaire: 'CDD trouvé',
          bilan: '',
        },
        problems: [
          { field: 'date', message: 'La sortie ne peut pas précéder l’entrée en parcours.' },
          { field: 'reason', message: 'Choisissez un motif dans la liste.' },
        ],
      }),
    );
    expect(input(card, 'statut')['value']).toBe('abandon');
    expect(input(card, 'date')['value']).toBe('2027-05-20');
    expect(input(card, 'motif')['value']).toBe('abandon:emploi');
    expect(input(card, 'commentaire')['value']).toBe('CDD trouvé');
    expect(after(card, 'date')).toMatchObject({
      type: 'TextBlock',
      text: 'La sortie ne peut pas précéder l’entrée en parcours.',
    });
    expect(after(card, 'motif')).toMatchObject({
      type: 'TextBlock',
      text: 'Choisissez un motif dans la liste.',
    });
    expect(after(card, 'statut')).not.toMatchObject({ type: 'TextBlock' });
  });
});

// ── The lists ─────────────────────────────────────────────────────────────────────

describe('the list of prescriptions', () => {
  it('7 prescriptions, first page: « 1 à 5 sur 7 » and « Suivantes » only', () => {
    const card = content(list(SEVEN.slice(0, PAGE_SIZE), 7, 0, 'listOpenPrescriptions', false));
    expect(textBlocks(card)[1]).toBe('1 à 5 sur 7');
    expect(titlesOf(card).filter((t) => t !== 'Ouvrir')).toEqual(['Suivantes']);
    expect(dataOf(card, 'Suivantes')).toEqual({ verb: VERBS.listOpenPrescriptions, offset: 5 });
    expect(titlesOf(card).filter((t) => t === 'Ouvrir')).toHaveLength(5);
  });

  it('7 prescriptions, second page: « 6 à 7 sur 7 » and « Précédentes » only', () => {
    const card = content(list(SEVEN.slice(PAGE_SIZE), 7, 5, 'listMyPrescriptions', true));
    expect(textBlocks(card)[1]).toBe('6 à 7 sur 7');
    expect(titlesOf(card).filter((t) => t !== 'Ouvrir')).toEqual(['Précédentes', 'Nouvelle prescription']);
    expect(dataOf(card, 'Précédentes')).toEqual({ verb: VERBS.listMyPrescriptions, offset: 0 });
  });

  it('one prescription: no paging', () => {
    const card = content(list([prescriptionAt('recue')], 1, 0, 'listOpenPrescriptions', true));
    expect(textBlocks(card)[1]).toBe('1 à 1 sur 1');
    expect(titlesOf(card)).toEqual(['Ouvrir']);
    expect(dataOf(card, 'Ouvrir')).toEqual({ verb: VERBS.showPrescription, id: 'P-8L4N2R' });
  });

  it('none: says so, no paging; the référent can still prescribe', () => {
    const mine = content(list([], 0, 0, 'listMyPrescriptions', true));
    expect(textBlocks(mine)[1]).toMatch(/aucune prescription/i);
    expect(titlesOf(mine)).toEqual(['Nouvelle prescription']);
    const open = content(list([], 0, 0, 'listOpenPrescriptions', true));
    expect(textBlocks(open)[1]).toMatch(/aucune prescription/i);
    expect(titlesOf(open)).toEqual([]);
  });

  // The open list shrinks as AFPA closes prescriptions: « Suivantes » on an older card asks a page
  // that no longer exists (listOpen(5, 5) when 4 are left).
  it('a page past the end (the list shrank since the card was sent) does not say « 6 à 4 sur 4 »', () => {
    const card = content(list([], 4, 5, 'listOpenPrescriptions', false));
    const subtitle = textBlocks(card)[1]!;
    const range = /^(\d+) à (\d+) sur \d+$/.exec(subtitle);
    expect(range === null || Number(range[1]) <= Number(range[2]), subtitle).toBe(true);
    expect(titlesOf(card)).toContain('Première page');
  });

  it('names appear only when showNames is true', () => {
    const page = SEVEN.slice(0, PAGE_SIZE);
    const hidden = content(list(page, 7, 0, 'listOpenPrescriptions', false));
    const shown = content(list(page, 7, 0, 'listOpenPrescriptions', true));
    expect(personalValuesIn(hidden)).toEqual([]);
    expect(everything(hidden)).not.toContain('V.');
    const titles = textBlocks(shown).filter((t) => t.startsWith('P-'));
    expect(titles).toHaveLength(5);
    for (const title of titles) expect(title).toMatch(/^P-[0-9A-Z]{6} – Maëlys V\. – /);
    // A short name, never the full name or the contact.
    expect(personalValuesIn(shown)).toEqual([PERSON.firstName]);
  });

  it('each item says its last step and when it was sent', () => {
    const card = content(list([prescriptionAt('refusee')], 1, 0, 'listMyPrescriptions', true));
    expect(textBlocks(card)).toContain('Refusée : Personne injoignable · envoyée le 3 mai 2027');
  });
});

describe('habilitations and admin lists', () => {
  it.each([0, 1, 7])('lists %i habilitated référents, each with « Retirer »', (count) => {
    const card = content(habilitationsCard(habilitations(count)));
    const retire = buttonsOf(card).filter((b) => b['title'] === 'Retirer');
    expect(retire.map((b) => b['data'])).toEqual(
      habilitations(count).map((h) => ({ verb: VERBS.withdrawHabilitation, userId: h.person.id })),
    );
    expect(textBlocks(card)[1]).toMatch(
      count === 0
        ? /^Aucun référent habilité/
        : new RegExp(`^${count} référent${count > 1 ? 's' : ''} habilité${count > 1 ? 's' : ''} `),
    );
  });

  // No one known yet (a fresh install, or only channel messages so far): the form must still render.
  it('the habilitation form with no one known to the bot is still a valid card', () => {
    const card = content(habilitationFormCard([]));
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  // The directory saves `name: from.name ?? ''` (bot/teams-bot.ts): someone known by id only.
  it('the habilitation form with someone known without a name is still a valid card', () => {
    const card = content(habilitationFormCard([{ userId: '29:sans-nom', name: '' }, ...knownPeople(2)]));
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(choiceValues(input(card, 'personne'))).toContain('29:sans-nom');
  });

  it('the habilitation request carries the id and the name to habilitate in one click', () => {
    const card = content(habilitationRequestCard('29:referent-9', 'Karim Benali'));
    expect(dataOf(card, 'Habiliter Karim Benali')).toEqual({
      verb: VERBS.habilitate,
      identifiant: '29:referent-9',
      nom: 'Karim Benali',
    });
  });

  it('the reasons card offers only the reasons not retired', () => {
    const card = content(
      reasonsCard({
        refusal: DEFAULT_REASONS.refusal.map((r) => ({ ...r, retired: r.code === 'complet' })),
        abandon: [],
      }),
    );
    const retire = buttonsOf(card)
      .filter((b) => b['title'] === 'Retirer')
      .map((b) => b['data']);
    expect(retire).toEqual(
      DEFAULT_REASONS.refusal
        .filter((r) => r.code !== 'complet')
        .map((r) => ({ verb: VERBS.retireReason, list: 'refusal', code: r.code })),
    );
  });

  it('the deliveries card names each message in French, failures first', () => {
    const card = content(deliveriesCard(outboxMessages()));
    const titles = textBlocks(card).filter((t) => /^(Échec|En attente) – /.test(t));
    expect(titles).toEqual([
      'Échec – Détail à un membre de l’AFPA P-9M5P3S',
      'Échec – Demande d’habilitation',
      'En attente – Prescription au canal AFPA P-7K3M9Q',
      'En attente – Suivi au référent P-8L4N2R',
    ]);
    expect(factsOf(card)).toEqual([
      { title: 'Envoyés (30 jours)', value: '41' },
      { title: 'En attente', value: '2' },
      { title: 'En échec', value: '2' },
    ]);
  });
});

// ── Prescribing from the agenda ───────────────────────────────────────────────────

describe('the agenda session list', () => {
  const sessions = sessionsOf('prepa-competences', 3).map((s, i) => ({ ...s, seats: [4, 0, null][i]! }));
  const options = {
    catalogue,
    now: new Date('2027-05-03T08:00:00Z'),
    links: {
      feed: 'https://bot.test/agenda.ics',
      event: (id: string) => `https://bot.test/agenda/events/${id}.ics`,
    },
  };
  const prescribeButtons = (card: Json) =>
    buttonsOf(card)
      .filter((b) => b['title'] === 'Prescrire sur cette session')
      .map((b) => b['data']);

  it('with canPrescribe: « Prescrire sur cette session » on each session with room, none on a full one', () => {
    const card = content(
      agendaListCard({ kind: 'sessions' }, sessions, 0, { ...options, canPrescribe: true }),
    );
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(prescribeButtons(card)).toEqual([
      { verb: VERBS.openPrescription, session: sessions[0]!.id },
      { verb: VERBS.openPrescription, session: sessions[2]!.id },
    ]);
    for (const data of prescribeButtons(card)) expect(CardActionSchema.safeParse(data).success).toBe(true);
  });

  it('with canPrescribe and canEdit: both kinds of buttons, still a valid card', () => {
    const card = content(
      agendaListCard({ kind: 'sessions' }, sessions, 0, { ...options, canPrescribe: true, canEdit: true }),
    );
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(prescribeButtons(card)).toHaveLength(2);
  });

  it('without canPrescribe: no such button', () => {
    const card = content(agendaListCard({ kind: 'sessions' }, sessions, 0, options));
    expect(prescribeButtons(card)).toEqual([]);
  });

  it('never on events or places', () => {
    const card = content(agendaListCard({ kind: 'places' }, [], 0, { ...options, canPrescribe: true }));
    expect(prescribeButtons(card)).toEqual([]);
  });
});

// ── A few more details of the référent's cards ────────────────────────────────────

describe('the référent side', () => {
  it('the three programmes are offered by name, each opening its form', () => {
    const card = content(chooseProgrammeCard(catalogue));
    expect(buttonsOf(card).map((b) => b['data'])).toEqual(
      PROGRAMMES.map((dispositif) => ({ verb: VERBS.openPrescription, dispositif })),
    );
  });

  it.each<[Status, string[]]>([
    ['envoyee', ['Annuler la prescription', 'Mes prescriptions']],
    ['recue', ['Mes prescriptions']],
    ['sortie', ['Mes prescriptions']],
  ])('the detail card for the référent at %s offers %j', (status, titles) => {
    expect(
      titlesOf(content(prescriptionDetailCard(prescriptionAt(status), catalogue, reasonLabels, 'referent'))),
    ).toEqual(titles);
  });

  it.each<[Status, string[]]>([
    ['envoyee', ['Accuser réception', 'Mettre à jour', 'Voir le détail']],
    ['entree', ['Mettre à jour', 'Voir le détail']],
    ['abandon', ['Voir le détail']],
  ])('the AFPA card at %s offers %j', (status, titles) => {
    expect(titlesOf(content(afpaPrescriptionCard(prescriptionAt(status), catalogue, reasonLabels)))).toEqual(
      titles,
    );
  });

  it('the sent card says whether it was already sent', () => {
    const p = prescriptionAt('envoyee');
    expect(textBlocks(content(prescriptionSentCard(p, catalogue, false)))[0]).toBe(
      `Prescription envoyée : ${p.id}`,
    );
    expect(textBlocks(content(prescriptionSentCard(p, catalogue, true)))[0]).toBe(`Déjà envoyée : ${p.id}`);
  });

  it('the refused card says nothing was sent and offers another check', () => {
    const card = content(prescriptionRefusedCard(catalogue, 'promo-16-18', refusal('promo-16-18', 45)));
    expect(textBlocks(card)[1]).toBe('La Promo 16/18 – rien n’a été envoyé.');
    expect(dataOf(card, 'Vérifier l’éligibilité')).toEqual({
      verb: VERBS.openEligibility,
      focus: 'promo-16-18',
    });
  });
});
