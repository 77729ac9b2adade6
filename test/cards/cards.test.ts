import {
  contactsCard,
  costCard,
  figuresCard,
  notFoundCard,
  outOfScopeCard,
  prescribingCard,
} from '../../cards/agreement-cards.js';
import type { Attachment } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CardActionSchema } from '../../cards/actions.js';
import {
  answerCard,
  comparisonCard,
  dispositifCard,
  dispositifListCard,
} from '../../cards/dispositif-cards.js';
import { eligibilityFormCard, eligibilityResultCard } from '../../cards/eligibility-cards.js';
import { CardTemplate } from '../../cards/render.js';
import { menuCard, noticeCard, welcomeCard } from '../../cards/welcome-card.js';
import { AGREEMENT_2022 } from '../../data/campaigns.js';
import { ASPECT_HEADINGS } from '../../data/catalogue/aspect-facts.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import {
  ASPECTS,
  DISPOSITIF_IDS,
  type Aspect,
  type Dispositif,
  type DispositifId,
} from '../../data/catalogue/schema.js';
import { checkEligibility, type Profile } from '../../data/eligibility.js';
import { NOT_SURE_TEXT } from '../../dialogs/answer-activity.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

const catalogue = loadCatalogue();

type Json = Record<string, unknown>;
type Section = { heading: string; lines: string[]; source: string };

const content = (attachment: Attachment): Json => attachment.content as Json;

/** Every object of a card (elements, actions, choices…), depth first. */
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

function textBlocks(card: Json): string[] {
  return nodes(card)
    .filter((n) => n['type'] === 'TextBlock')
    .map((n) => n['text'] as string);
}

/** The sections of a fiche or answer card, read back from the expanded JSON. */
function sectionsOf(card: Json): Section[] {
  const body = card['body'] as Json[];
  return body
    .filter((e) => e['type'] === 'Container')
    .map((container) => {
      // The template repeats the inner Container once per line: heading, one Container per line, source.
      const items = container['items'] as Json[];
      const lines = items
        .slice(1, -1)
        .flatMap((line) => (line['items'] as Json[]).map((l) => l['text'] as string));
      return { heading: items[0]!['text'] as string, lines, source: items.at(-1)!['text'] as string };
    });
}

const PAIRS: Array<[DispositifId, DispositifId]> = DISPOSITIF_IDS.flatMap((a, i) =>
  DISPOSITIF_IDS.slice(i + 1).map((b) => [a, b] as [DispositifId, DispositifId]),
);

const PROFILES: Array<[string, Profile]> = [
  ['no facts', {}],
  ['ASE 17', { age: 17, ase: true, inEducation: false, inTraining: false, employed: false }],
  ['RSA 40', { age: 40, rsa: true, accompaniedByDepartment: true, pecContract: false }],
  ['PEC 30', { age: 30, pecContract: true, rsa: true, accompaniedByDepartment: true }],
];

/** Every card the code can produce, with a name to read in a failure. */
function everyCard(): Array<[string, Attachment]> {
  const cards: Array<[string, Attachment]> = [
    ['welcome', welcomeCard(catalogue)],
    ['menu', menuCard(NOT_SURE_TEXT)],
    ['notice', noticeCard('C’est noté.')],
    ['notice with a button', noticeCard('C’est noté.', [{ title: 'Menu', data: { verb: 'showMenu' } }])],
    ['list', dispositifListCard(catalogue)],
    ['contacts', contactsCard()],
    ['cost', costCard()],
    ['prescribing', prescribingCard()],
    ['outside the agreement', outOfScopeCard('le permis de conduire')],
    ['nothing in the agreement', notFoundCard()],
  ];
  for (const id of DISPOSITIF_IDS) cards.push([`fiche ${id}`, dispositifCard(catalogue, id)]);
  for (const id of DISPOSITIF_IDS) {
    for (const aspect of ASPECTS) cards.push([`answer ${id}/${aspect}`, answerCard(catalogue, id, aspect)]);
  }
  for (const [a, b] of PAIRS) cards.push([`comparison ${a}/${b}`, comparisonCard(catalogue, a, b)]);
  cards.push(['eligibility form', eligibilityFormCard()]);
  cards.push(['eligibility form, focus', eligibilityFormCard({ focus: 'promo-16-18' })]);
  cards.push([
    'eligibility form, errors',
    eligibilityFormCard({
      values: { age: 17, answers: { rsa: 'non', ase: 'oui' } },
      errors: { age: 'Indiquez un âge.', employed: 'Choisissez.' },
      focus: 'prepa-competences',
    }),
  ]);
  for (const [name, profile] of PROFILES) {
    const results = checkEligibility(profile, { today: '2022-06-15' });
    cards.push([`eligibility result ${name}`, eligibilityResultCard(catalogue, profile, results)]);
    cards.push([
      `eligibility result ${name}, focus`,
      eligibilityResultCard(catalogue, profile, results, 'competences-pec'),
    ]);
  }
  return cards;
}

const CARDS = everyCard();

const GOOD_CARD = {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Titre', style: 'heading', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'Input.ChoiceSet', id: 'rsa', label: 'RSA ?', choices: [{ title: 'Oui', value: 'oui' }] },
  ],
  actions: [{ type: 'Action.Submit', title: 'Menu', data: { verb: 'showMenu' } }],
};

/** GOOD_CARD with a change; `undefined` removes the property. */
function broken(change: Json): Json {
  const card: Json = { ...structuredClone(GOOD_CARD), ...change };
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete card[key];
  return card;
}

describe('validateAdaptiveCard', () => {
  it('finds nothing wrong in a good card', () => {
    expect(validateAdaptiveCard(GOOD_CARD)).toEqual([]);
  });

  // What the library itself reports while parsing or in validateProperties().
  it.each([
    [
      'an unknown element type',
      { body: [{ type: 'FancyBlock', text: 'x' }] },
      /UnknownElementType.*FancyBlock/,
    ],
    ['an element without type', { body: [{ text: 'x' }] }, /UnknownElementType/],
    ['a Column outside a ColumnSet', { body: [{ type: 'Column', items: [] }] }, /UnknownElementType.*Column/],
    [
      'an unknown action type',
      { actions: [{ type: 'Action.Fly', title: 'x' }] },
      /UnknownActionType.*Action\.Fly/,
    ],
    [
      'an Action.ShowCard as a selectAction',
      {
        body: [
          {
            type: 'Container',
            items: [],
            selectAction: { type: 'Action.ShowCard', title: 'x', card: { type: 'AdaptiveCard' } },
          },
        ],
      },
      /ActionTypeNotAllowed.*Action\.ShowCard/,
    ],
    [
      'an Action.ShowCard without its card',
      { actions: [{ type: 'Action.ShowCard', title: 'x' }] },
      /PropertyCantBeNull.*card/,
    ],
    [
      'an Action.OpenUrl without url',
      { actions: [{ type: 'Action.OpenUrl', title: 'x' }] },
      /PropertyCantBeNull.*"url" must be set/,
    ],
    [
      'two elements with the same id',
      {
        body: [
          { type: 'TextBlock', id: 'a', text: 'x' },
          { type: 'TextBlock', id: 'a', text: 'y' },
        ],
      },
      /DuplicateId.*"a"/,
    ],
    [
      'an input without id',
      { body: [{ type: 'Input.Text', label: 'Nom' }] },
      /PropertyCantBeNull.*unique Id/,
    ],
    [
      'a choice set without choices',
      { body: [{ type: 'Input.ChoiceSet', id: 'c', choices: [] }] },
      /CollectionCantBeEmpty/,
    ],
    [
      'a required input without label',
      { body: [{ type: 'Input.Text', id: 't', isRequired: true }] },
      /RequiredInputsShouldHaveLabel/,
    ],
    [
      'an invalid size',
      { body: [{ type: 'TextBlock', text: 'x', size: 'Huge' }] },
      /InvalidPropertyValue.*"Huge".*"size"/,
    ],
    [
      'an invalid color',
      { body: [{ type: 'TextBlock', text: 'x', color: 'Pink' }] },
      /InvalidPropertyValue.*"Pink".*"color"/,
    ],
    [
      'an invalid spacing',
      { body: [{ type: 'TextBlock', text: 'x', spacing: 'Lots' }] },
      /InvalidPropertyValue.*"Lots".*"spacing"/,
    ],
    [
      'an invalid column width',
      { body: [{ type: 'ColumnSet', columns: [{ type: 'Column', width: 'wide', items: [] }] }] },
      /InvalidPropertyValue.*column width "wide"/,
    ],
    [
      'a property newer than 1.5',
      { actions: [{ type: 'Action.Submit', title: 'x', role: 'Button' }] },
      /UnsupportedProperty.*"role"/,
    ],
    [
      'more than 5 actions',
      { actions: Array.from({ length: 6 }, (_, i) => ({ type: 'Action.Submit', title: `b${i}` })) },
      /TooManyActions/,
    ],
    ['a card type other than AdaptiveCard', { type: 'HeroCard' }, /MissingCardType/],
    ['a version above the latest', { version: '9.9' }, /UnsupportedCardVersion/],
  ])('reports %s', (_case, change, expected) => {
    const errors = validateAdaptiveCard(broken(change));
    expect(
      errors.some((e) => expected.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  // What the library lets through and the validator adds.
  it.each([
    ['version 1.6', { version: '1.6' }, /^version: "1.6"/],
    ['version 1.4', { version: '1.4' }, /^version: "1.4"/],
    ['no version (the library silently assumes 1.0)', { version: undefined }, /^version: "undefined"/],
    ['no $schema', { $schema: undefined }, /^\$schema/],
    [
      'a $schema that is not the Adaptive Card one',
      { $schema: 'https://example.org/card.json' },
      /^\$schema/,
    ],
    [
      'a TextBlock without text',
      { body: [{ type: 'Container', items: [{ type: 'TextBlock', wrap: true }] }] },
      /^body\[0\]\.items\[0\]: TextBlock sans "text"/,
    ],
  ])('reports %s', (_case, change, expected) => {
    const errors = validateAdaptiveCard(broken(change));
    expect(
      errors.some((e) => expected.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('lets through what neither the library nor the schema requires (a Submit without title)', () => {
    expect(
      validateAdaptiveCard(broken({ actions: [{ type: 'Action.Submit', data: { verb: 'showMenu' } }] })),
    ).toEqual([]);
  });
});

describe('every card the bot can send', () => {
  it('covers welcome, menu, notices, list, the agreement’s answers, 11 fiches, 11 × 9 answers, every comparison pair and the eligibility cards', () => {
    expect(DISPOSITIF_IDS).toHaveLength(11);
    expect(CARDS).toHaveLength(5 + 5 + 11 + 11 * ASPECTS.length + 55 + 3 + 2 * PROFILES.length);
    expect(CARDS.every(([, a]) => a.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
  });

  it.each(CARDS)('%s validates as an Adaptive Card 1.5 with zero errors', (_name, attachment) => {
    expect(validateAdaptiveCard(content(attachment))).toEqual([]);
  });

  it.each(CARDS)('%s has no template expression left', (_name, attachment) => {
    const json = JSON.stringify(content(attachment));
    expect(json).not.toContain('${');
    expect(json).not.toMatch(/"\$(data|when)"/);
  });

  it.each(CARDS)('%s: every button carries a verb the router accepts', (_name, attachment) => {
    const actions = actionsOf(content(attachment));
    for (const action of actions) {
      expect(['Action.Submit', 'Action.Execute']).toContain(action['type']);
      expect(action['title'], JSON.stringify(action)).toEqual(expect.any(String));
      // Action.Execute carries its verb beside the data: the router merges them the same way.
      const data =
        action['type'] === 'Action.Execute'
          ? { ...(action['data'] as Json), verb: action['verb'] }
          : action['data'];
      const parsed = CardActionSchema.safeParse(data);
      expect(parsed.success, `${JSON.stringify(data)}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('offers at least one button on every card but a plain notice', () => {
    for (const [name, attachment] of CARDS) {
      if (name === 'notice') expect(actionsOf(content(attachment)), name).toEqual([]);
      else expect(actionsOf(content(attachment)).length, name).toBeGreaterThan(0);
    }
  });
});

describe('the list and the fiches', () => {
  it('lists every dispositif, each opening its own fiche', () => {
    const card = content(dispositifListCard(catalogue));
    const select = nodes(card['body'])
      .filter((n) => n['type'] === 'Container' && n['selectAction'])
      .map((n) => (n['selectAction'] as Json)['data']);
    expect(select).toEqual(DISPOSITIF_IDS.map((id) => ({ verb: 'showDispositif', dispositif: id })));
  });

  it.each(DISPOSITIF_IDS)(
    'the fiche of %s is titled with its name and shows only what the agreement documents',
    (id) => {
      const d = catalogue.get(id);
      const card = content(dispositifCard(catalogue, id));
      expect(textBlocks(card)[0]).toBe(d.name);
      const sections = sectionsOf(card);
      expect(sections[0]?.heading).toBe('En bref');
      for (const s of sections) {
        expect(s.lines.join(' ')).not.toMatch(/^L’accord ne (fixe|précise|découpe|détaille|décrit) pas/);
        expect(s.source).toMatch(/^Sources? : /);
      }
      expect(sections.some((s) => s.heading === 'Objectif chiffré')).toBe(d.target !== undefined);
    },
  );
});

/** What the catalogue leaves undocumented, read from the data rather than from the code under test. */
function documents(d: Dispositif, aspect: Aspect): boolean {
  switch (aspect) {
    case 'target':
      return d.target !== undefined;
    case 'modality':
      return d.modality !== undefined;
    case 'phases':
      return d.phases.length > 0;
    case 'duration':
      return d.totalDuration !== undefined || d.phases.some((p) => p.duration);
    case 'content':
      return d.content.length > 0;
    default:
      return true;
  }
}

const ANSWERS = DISPOSITIF_IDS.flatMap((id) =>
  ASPECTS.map((aspect) => [id, aspect] as [DispositifId, Aspect]),
);

describe('an answer card', () => {
  it.each(ANSWERS)('%s / %s: the dispositif, then exactly the section asked', (id, aspect) => {
    const d = catalogue.get(id);
    const card = content(answerCard(catalogue, id, aspect));
    expect(textBlocks(card)[0]).toBe(d.name);
    const headings = sectionsOf(card).map((s) => s.heading);
    expect(headings[0]).toBe(ASPECT_HEADINGS[aspect]);
    if (aspect === 'overview') {
      expect(headings[0]).toBe('En bref');
      expect(textBlocks(card)[1]).toBe(d.summary);
    } else {
      // A precise question gets its answer, not the overview (« Voir la fiche complète » has the rest).
      expect(headings).toEqual([ASPECT_HEADINGS[aspect]]);
    }
  });

  it.each([
    ['competences-pec', '5 phases'],
    ['prepa-competences', '4 phases'],
  ] as const)('%s: the steps start with how many phases the agreement announces', (id, said) => {
    const card = content(answerCard(catalogue, id, 'phases'));
    const [steps] = sectionsOf(card);
    expect(JSON.stringify(steps)).toContain(said);
  });

  it('says first that the agreement gives no part to the party asked about, then what it provides', () => {
    const card = content(answerCard(catalogue, 'promo-16-18', 'content', [], { unnamedParty: 'l’ASE' }));
    const [first, second] = sectionsOf(card);
    expect(first!.heading).toBe('Et l’ASE ?');
    expect(first!.lines.join(' ')).toContain('L’accord ne précise pas de rôle pour l’ASE');
    expect(second!.heading).toBe(ASPECT_HEADINGS.content);
  });

  it('says first why the person described may benefit from the RSFP, then whom it is for', () => {
    const card = content(
      answerCard(catalogue, 'rsfp', 'audience', [], {
        personFits: 'salariés des structures d’insertion (SIAE)',
      }),
    );
    const [first, second] = sectionsOf(card);
    expect(first!.lines.join(' ')).toContain(
      'D’après ce que vous décrivez, la personne peut bénéficier de la RSFP : l’accord la destine aux salariés des structures d’insertion (SIAE).',
    );
    expect(second!.heading).toBe(ASPECT_HEADINGS.audience);
  });

  it('says whose a figure is, with that programme’s target, before the target of the programme asked', () => {
    const card = content(
      answerCard(catalogue, 'prepa-competences', 'target', [], { figureOf: 'promo-16-18' }),
    );
    const [first, second] = sectionsOf(card);
    expect(first!.lines[0]).toBe('Ce chiffre est celui de La Promo 16/18, pas de Prépa Compétences :');
    expect(first!.lines.join(' ')).toContain('70 %');
    expect(second!.heading).toBe(ASPECT_HEADINGS.target);
    expect(second!.lines.join(' ')).toContain('30 allocataires du RSA');
  });

  it('answers each aspect of a question that asks two things, in the order asked', () => {
    const card = content(answerCard(catalogue, 'prepa-competences', ['duration', 'prescription']));
    expect(sectionsOf(card).map((s) => s.heading)).toEqual(['Durée', 'Comment prescrire']);
  });

  it('keeps a precise answer short', () => {
    for (const [id, aspect] of ANSWERS.filter(
      ([, a]) => a !== 'overview' && a !== 'phases' && a !== 'content',
    )) {
      const text = sectionsOf(content(answerCard(catalogue, id, aspect)))
        .flatMap((s) => s.lines)
        .join(' ');
      expect(text.length, `${id}/${aspect}`).toBeLessThan(900);
    }
  });

  const UNDOCUMENTED = ANSWERS.filter(([id, aspect]) => !documents(catalogue.get(id), aspect));

  it('has undocumented aspects to check (targets, modalities, phases, durations)', () => {
    expect(UNDOCUMENTED).toContainEqual(['vae', 'target']);
    expect(UNDOCUMENTED).toContainEqual(['clea-numerique', 'duration']);
    expect(UNDOCUMENTED).toContainEqual(['open-badges', 'phases']);
    expect(UNDOCUMENTED).toContainEqual(['vae', 'modality']);
  });

  it.each(UNDOCUMENTED)('%s / %s: says the agreement is silent, with no figure', (id, aspect) => {
    const d = catalogue.get(id);
    const [asked] = sectionsOf(content(answerCard(catalogue, id, aspect)));
    expect(asked?.lines).toHaveLength(1);
    const line = asked!.lines[0]!;
    expect(line).toMatch(/^L’accord ne (fixe|précise|découpe) pas /);
    expect(line).toContain(d.name);
    expect(line.replace(d.name, '')).not.toMatch(/\d/);
  });

  it('answers « objectif de la VAE » with the silence of the agreement, not a number', () => {
    const card = content(answerCard(catalogue, 'vae', 'target'));
    const [asked] = sectionsOf(card);
    expect(asked).toEqual({
      heading: 'Objectif chiffré',
      lines: ["L’accord ne fixe pas d’objectif chiffré pour VAE (validation des acquis de l'expérience)."],
      source: 'Source : accord de partenariat',
    });
    expect(textBlocks(card).join('\n')).not.toMatch(/Objectif 20\d\d/);
  });

  it.each([
    ['prepa-competences', 30],
    ['competences-pec', 50],
    ['promo-16-18', 10],
  ] as const)('gives the 2022 target of %s from protocol § 4: %i', (id, count) => {
    const [asked] = sectionsOf(content(answerCard(catalogue, id, 'target')));
    expect(asked?.lines[0]).toMatch(new RegExp(`^Objectif 2022 : ${count} `));
    expect(asked?.source).toContain('Protocole, § 4');
  });

  it('gives the Promo’s national objective beside the local one', () => {
    const [asked] = sectionsOf(content(answerCard(catalogue, 'promo-16-18', 'target')));
    expect(asked?.lines.join(' ')).toMatch(/35 000 jeunes décrocheurs.*70 % de sorties positives/);
    expect(asked?.source).toContain('Protocole, § 3 (La Promo 16/18)');
  });

  it('gives the durations of Prépa Compétences with the phases, and only them', () => {
    const sections = sectionsOf(content(answerCard(catalogue, 'prepa-competences', 'duration')));
    expect(sections.map((s) => s.heading)).toEqual(['Durée']);
    expect(sections[0]?.lines).toEqual([
      'Un parcours à la carte de 2 à 8 jours maximum, sur 2 semaines.',
      'Volet 1 : « Consolider son projet » : 5 à 6 jours sur une période de 2 semaines',
      "Volet 2 : « Sécuriser l'entrée en formation » : 4 à 8 jours sur une période de 2 semaines",
    ]);
  });
});

describe('a comparison card', () => {
  it.each([
    ['vae', 'rsfp'],
    ['clea', 'clea-numerique'],
    ['prepa-competences', 'competences-pec'],
  ] as const)('puts %s and %s side by side, with a button to each fiche', (a, b) => {
    const card = content(comparisonCard(catalogue, a, b));
    const columnSet = (card['body'] as Json[])[1]!;
    const names = (columnSet['columns'] as Json[]).map((c) => (c['items'] as Json[])[0]!['text'] as string);
    expect(names).toEqual([catalogue.get(a).name, catalogue.get(b).name]);
    const data = actionsOf(card).map((action) => action['data']);
    expect(data).toEqual([
      { verb: 'showDispositif', dispositif: a },
      { verb: 'showDispositif', dispositif: b },
      { verb: 'listDispositifs' },
    ]);
  });
});

describe('a comparison card on what the question compares', () => {
  it('puts the two durations side by side when the durations are compared', () => {
    const card = content(comparisonCard(catalogue, 'prepa-competences', 'competences-pec', ['duration']));
    const text = JSON.stringify(card);
    expect(text).toContain('2 à 8 jours');
    expect(text).toContain('Durée');
    expect(text).not.toContain('En bref');
  });
});

/** A small template of the same shape as the bot's: a line of text and buttons. */
const NOTICE_TEMPLATE = {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: '${text}', wrap: true }],
  actions: [{ $data: '${buttons}', type: 'Action.Submit', title: '${title}', data: '${data}' }],
};

describe('CardTemplate', () => {
  const template = new CardTemplate(
    'test-notice',
    NOTICE_TEMPLATE,
    z.object({
      text: z.string().min(1),
      buttons: z.array(z.object({ title: z.string().min(1), data: CardActionSchema })).min(1),
    }),
  );
  const button = { title: 'Menu', data: { verb: 'showMenu' as const } };

  it('expands data that fits its schema', () => {
    const card = template.expand({ text: 'Bonjour', buttons: [button] });
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(textBlocks(card)).toEqual(['Bonjour']);
  });

  it.each([
    ['an empty text', { text: '', buttons: [button] }],
    ['no button', { text: 'Bonjour', buttons: [] }],
    [
      'a button with an unknown verb',
      { text: 'Bonjour', buttons: [{ title: 'X', data: { verb: 'explode' } }] },
    ],
    [
      'a dispositif outside the catalogue',
      { text: 'Bonjour', buttons: [{ title: 'X', data: { verb: 'showDispositif', dispositif: 'e2c' } }] },
    ],
  ])('rejects %s', (_case, data) => {
    expect(() => template.expand(data as never)).toThrow(z.ZodError);
  });

  it('rejects, through the card functions, data their schema refuses', () => {
    expect(() => menuCard('')).toThrow(z.ZodError);
  });

  it('hands out one frozen card for the same data, and a card of their own to other data', () => {
    const card = template.expand({ text: 'Même carte', buttons: [button] });
    expect(template.expand({ text: 'Même carte', buttons: [button] })).toBe(card);
    // Shared between turns: nothing in it can be changed.
    expect(Object.isFrozen(card)).toBe(true);
    expect(() => {
      (card['body'] as Array<Record<string, unknown>>)[0]!['text'] = 'changée';
    }).toThrow(TypeError);
    const other = template.expand({ text: 'Autre carte', buttons: [button] });
    expect(other).not.toBe(card);
    expect(textBlocks(other)).toEqual(['Autre carte']);
    expect(textBlocks(template.expand({ text: 'Même carte', buttons: [button] }))).toEqual(['Même carte']);
  });

  it('refuses a template that references data its schema does not provide', () => {
    const broken = new CardTemplate(
      'broken',
      { ...NOTICE_TEMPLATE, body: [{ type: 'TextBlock', text: '${missing}', wrap: true }] },
      z.object({
        buttons: z.array(z.object({ title: z.string(), data: z.record(z.string(), z.unknown()) })),
      }),
    );
    expect(() => broken.expand({ buttons: [button] })).toThrow(/unexpanded template expression/);
  });
});

describe('the eligibility result for the programme asked about', () => {
  const options = { today: '2022-06-15' };
  const answerLine = (profile: Profile, focus?: 'promo-16-18' | 'prepa-competences') =>
    textBlocks(
      content(eligibilityResultCard(catalogue, profile, checkEligibility(profile, options), focus)),
    )[1];

  it('starts with « Oui » when the person can enter it', () => {
    const young = { age: 17, ase: true, inEducation: false, inTraining: false, employed: false };
    expect(answerLine(young, 'promo-16-18')).toBe('Oui : la personne peut entrer dans La Promo 16/18.');
  });

  it('starts with « Non » when the person cannot', () => {
    const adult = { age: 19, ase: true, inEducation: false, inTraining: false, employed: false };
    expect(answerLine(adult, 'promo-16-18')).toBe(
      'Non : la personne ne peut pas entrer dans La Promo 16/18.',
    );
  });

  it('marks a fact presumed or hedged « (à confirmer) » in what it understood', () => {
    const profile = { age: 45, rsa: true, accompaniedByDepartment: true };
    const card = eligibilityResultCard(
      catalogue,
      profile,
      checkEligibility(profile, options),
      'prepa-competences',
      undefined,
      ['accompaniedByDepartment'],
    );
    expect(textBlocks(content(card))).toContain(
      'Ce que j’ai compris de la personne : 45 ans, allocataire du RSA, accompagnée par le Département (à confirmer).',
    );
  });

  it('says nothing of the kind when no programme was asked about', () => {
    const young = { age: 17, ase: true, inEducation: false, inTraining: false, employed: false };
    expect(answerLine(young)).toMatch(/^Ce que j’ai compris/);
  });
});

describe('the figures card, asked for a year', () => {
  it('says when the year asked has no targets, then gives the last ones set', () => {
    const text = JSON.stringify(content(figuresCard(catalogue, AGREEMENT_2022, { year: 2023 })));
    expect(text).toContain('L’accord ne fixe pas d’objectifs chiffrés pour 2023');
    expect(text).toContain('Objectifs de la campagne 2022');
    expect(JSON.stringify(content(figuresCard(catalogue, AGREEMENT_2022, { year: 2022 })))).not.toContain(
      'ne fixe pas',
    );
  });
});

describe('the figures card, asked what an indicator counts', () => {
  it('says what the action plan counts for the rows asked, with the row', () => {
    const card = content(
      figuresCard(catalogue, AGREEMENT_2022, { dispositif: 'competences-pec', indicators: ['2.1.4'] }),
    );
    expect(JSON.stringify(card)).toContain('Plan d’action, 2.1.4');
    expect(JSON.stringify(card)).toContain(
      'Nombre de personnes orientées par le Département vers Compétences PEC',
    );
    expect(JSON.stringify(content(figuresCard(catalogue, AGREEMENT_2022)))).not.toContain('Ce que compte');
  });
});

describe('the cost card', () => {
  it('says who funds the qualifying trainings, as the agreement names them, and no amount', () => {
    const text = JSON.stringify(content(costCard()));
    expect(text).toContain('notamment le Conseil régional (Accord, art. 2.1.2)');
    expect(text).not.toMatch(/\d+ ?€/);
  });
});
