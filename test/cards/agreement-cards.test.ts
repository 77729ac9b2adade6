import type { Attachment } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import {
  afterPrescriptionCard,
  publishingCard,
  contactsCard,
  figuresCard,
  handlingCard,
  joiningEventCard,
  outOfScopeCard,
  passagesCard,
  personalDataCard,
  prescribingCard,
  programmesForAPublicCard,
  unsetConditionsCard,
} from '../../cards/agreement-cards.js';
import { CardActionSchema, VERBS } from '../../cards/actions.js';
import { AGREEMENT_2022 } from '../../data/campaigns.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { PassageSearch } from '../../data/qa/passages.js';
import { validateAdaptiveCard } from '../support/adaptive-card-validator.js';

const catalogue = loadCatalogue();
const text = (card: Attachment) => JSON.stringify(card.content);
const buttonsOf = (card: Attachment) =>
  JSON.stringify(card.content)
    .match(/"data":\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g)
    ?.map((d) => JSON.parse(d.slice(7)) as unknown) ?? [];

describe('cards that answer from the agreement', () => {
  const passages = PassageSearch.ofAgreement().find('qui trace les parcours des bénéficiaires ?');
  const cards = [
    ['contacts', contactsCard()],
    ['figures, all', figuresCard(catalogue, AGREEMENT_2022)],
    ['figures, one', figuresCard(catalogue, AGREEMENT_2022, { dispositif: 'competences-pec' })],
    [
      'figures, no target',
      figuresCard(catalogue, {
        ...AGREEMENT_2022,
        targets: { 'prepa-competences': null, 'competences-pec': null, 'promo-16-18': null },
      }),
    ],
    ['passages', passagesCard(passages)],
    ['out of scope', outOfScopeCard('le logement')],
    ['personal data', personalDataCard()],
    ['a named person’s progress', personalDataCard({ progress: true })],
    ['a colleague’s prescriptions', personalDataCard({ colleague: true })],
    ['handling', handlingCard()],
    ['after prescribing', afterPrescriptionCard()],
    ['publishing', publishingCard()],
    ['unset conditions', unsetConditionsCard(['L’accord ne dit rien d’une grossesse.'])],
    ['prescribing', prescribingCard()],
    [
      'programmes for a public',
      programmesForAPublicCard(catalogue, {
        kind: 'forPublic',
        audience: 'rsa',
        programmes: ['competences-pec', 'formation-droit-commun'],
        leftOut: ['prepa-competences'],
      }),
    ],
  ] as const;

  it('gives for a public each programme’s sentence that names it, with its source, and what was left out', () => {
    const card = programmesForAPublicCard(catalogue, {
      kind: 'forPublic',
      audience: 'rsa',
      programmes: ['competences-pec', 'formation-droit-commun'],
      leftOut: ['prepa-competences'],
    });
    const said = text(card);
    expect(said).toContain('À part Prépa Compétences, l’accord prévoit pour les allocataires du RSA');
    expect(said).toContain(
      'Depuis le 1er janvier 2022, le dispositif peut aussi être mobilisé pour les allocataires du RSA',
    );
    expect(said).toContain('(Accord, art. 2.1.4 ; Protocole, § 2)');
    // The sentence on PEC employees does not name RSA recipients: not said for them.
    expect(said).not.toContain('salariées en contrat PEC');
    expect(buttonsOf(card)).toContainEqual({ verb: VERBS.showDispositif, dispositif: 'competences-pec' });
  });

  it('gives the targets of the programmes not left out (« sauf prépa »)', () => {
    const said = text(figuresCard(catalogue, AGREEMENT_2022, { leftOut: ['prepa-competences'] }));
    expect(said).toContain('Compétences PEC : 50 allocataires du RSA engagés');
    expect(said).toContain('10 jeunes suivis par l’ASE orientés');
    expect(said).not.toContain('30 allocataires');
  });

  it('says when the agreement has no other programme for a public than the one left out', () => {
    const said = text(
      programmesForAPublicCard(catalogue, {
        kind: 'forPublic',
        audience: 'young',
        programmes: [],
        leftOut: ['promo-16-18'],
      }),
    );
    expect(said).toContain(
      'Pour les jeunes de 16 à 18 ans, l’accord ne prévoit pas d’autre dispositif que La Promo 16/18.',
    );
  });

  it('tells AFPA how to acknowledge and update a prescription, and when the bilan goes back (protocol § 5)', () => {
    const said = text(handlingCard());
    expect(said).toContain('« Accuser réception »');
    expect(said).toContain('« Mettre à jour »');
    expect(said).toContain('refus ou abandon (avec son motif)');
    expect(said).toContain('et de la VAE pour les personnes en PEC');
    expect(said).toContain('bilan individuel du parcours (Protocole, § 5)');
  });

  it('tells AFPA how to publish: a CSV file with a preview, or one date at a time', () => {
    const said = text(publishingCard());
    expect(said).toContain('fichier CSV exporté d’Excel');
    expect(said).toContain('« nouvel événement »');
    expect(said).toContain('« Modifier »');
    // The header the import checks, so that the file is right the first time.
    expect(said).toContain('« dispositif;volet;debut;fin;lieu;modalite;places »');
    // What may be published, and how the dates are written, which the import reads and nothing else.
    expect(said).toMatch(
      /journées portes ouvertes, informations collectives, visites de plateaux techniques, réunions métiers/,
    );
    expect(said).toContain('AAAA-MM-JJ');
  });

  it('tells the référent what comes back once a prescription is sent: the steps in Teams, then the bilan', () => {
    const said = text(afterPrescriptionCard());
    expect(said).toContain('accuse réception');
    expect(said).toContain('entrée en parcours');
    expect(said).toContain('bilan individuel du parcours (Protocole, § 5)');
    expect(buttonsOf(afterPrescriptionCard())).toContainEqual({ verb: 'listMyPrescriptions', offset: 0 });
    // No delay is set by the agreement: said only when one is asked.
    expect(said).not.toContain('délai');
  });

  it('says first that the agreement sets no delay for AFPA’s answer, when one is asked', () => {
    const said = text(afterPrescriptionCard(true));
    expect(said.indexOf('L’accord ne fixe pas de délai de réponse')).toBeGreaterThanOrEqual(0);
    expect(said.indexOf('délai')).toBeLessThan(said.indexOf('accuse réception'));
  });

  it('says what the prescription form asks, and that the bilan comes back for Prépa and the VAE in PEC', () => {
    const said = text(prescribingCard());
    expect(said).toContain('nom, prénom, date de naissance, téléphone ou e-mail, commune');
    expect(said).toContain('et de la VAE pour les personnes en PEC');
  });

  it('sends to the insertion service or AFPA only what they can answer: not the weather', () => {
    expect(text(outOfScopeCard('le logement'))).toContain('Voyez avec le service insertion du Département');
    const weather = text(outOfScopeCard('la météo', 'Je réponds aux questions sur l’accord.'));
    expect(weather).toContain('Je réponds aux questions sur l’accord.');
    expect(weather).not.toContain('service insertion');
  });

  it('asks for no identity, says who sees a prescription and quotes the agreement’s article 5', () => {
    const said = text(personalDataCard());
    expect(said).toContain('ni numéro de sécurité sociale');
    expect(said).toContain('seuls vous et l’AFPA');
    expect(said).toContain('Accord, art. 5');
    expect(said).not.toContain('Mes prescriptions');
  });

  it('asked where a named person stands, points to « Mes prescriptions » rather than saying it', () => {
    const card = personalDataCard({ progress: true });
    expect(text(card)).toContain('Je ne peux pas vous dire où en est une personne nommée');
    expect(buttonsOf(card)).toContainEqual({ verb: VERBS.listMyPrescriptions, offset: 0 });
  });

  it('asked for a colleague’s prescriptions, says who sees them rather than showing them', () => {
    const card = personalDataCard({ colleague: true });
    expect(text(card)).toContain('celles qu’il ou elle a envoyées');
    expect(text(card)).toContain('l’AFPA les voit toutes');
    expect(text(card)).not.toContain('Je ne peux pas vous dire où en est une personne nommée');
    expect(buttonsOf(card)).toContainEqual({ verb: VERBS.listMyPrescriptions, offset: 0 });
  });

  it.each(cards)('%s: a valid Adaptive Card 1.5, every button one of ours', (_name, card) => {
    expect(validateAdaptiveCard(card.content as object)).toEqual([]);
    expect(text(card)).not.toContain('${');
    for (const data of buttonsOf(card))
      expect(CardActionSchema.safeParse(data).success, JSON.stringify(data)).toBe(true);
  });

  it('names the roles of protocol § 6, with the source', () => {
    expect(text(contactsCard())).toContain('Responsable Accompagnement et Parcours');
    expect(text(contactsCard())).toContain('référent(e) de l’expérimentation');
    expect(text(contactsCard())).toContain('Protocole, § 6');
  });

  it('gives the targets of the agreement, 30 / 50 / 10, and says the figures are not available', () => {
    const all = text(figuresCard(catalogue, AGREEMENT_2022));
    expect(all).toContain('ne sont pas encore disponibles');
    expect(all).toMatch(/Prépa Compétences : 30.*Compétences PEC : 50.*La Promo 16\/18 : 10/);
    expect(text(figuresCard(catalogue, AGREEMENT_2022, { dispositif: 'promo-16-18' }))).not.toContain(': 30');
  });

  it('gives La Promo 16/18’s national aim beside its local target, and no other programme’s', () => {
    expect(text(figuresCard(catalogue, AGREEMENT_2022, { dispositif: 'promo-16-18' }))).toContain(
      'objectif de 70 % de sorties positives et dynamiques',
    );
    expect(text(figuresCard(catalogue, AGREEMENT_2022))).not.toContain('70 %');
    expect(text(figuresCard(catalogue, AGREEMENT_2022, { dispositif: 'prepa-competences' }))).not.toContain(
      '70 %',
    );
  });

  it('quotes the passage with its article: PANDA traces the parcours (protocol § 5)', () => {
    expect(passages[0]?.source).toBe('Protocole, § 5');
    expect(text(passagesCard(passages))).toContain('PANDA');
  });
});

describe('the contacts card', () => {
  it('says the agreement gives neither an address nor a number', () => {
    expect(JSON.stringify(contactsCard().content)).toContain(
      'ni adresse électronique, ni numéro de téléphone',
    );
  });
});

describe('a list item of the protocol, quoted with whom it is about', () => {
  it('says the référent’s role before the item', () => {
    const [passage] = PassageSearch.ofAgreement().find('conditions materielles mobilite garde enfants');
    expect(passage?.lead).toMatch(/^Rôle du référent de parcours — le conseiller/);
    expect(text(passagesCard([passage!]))).toContain('Rôle du référent de parcours — le conseiller');
  });
});

describe('an event believed compulsory', () => {
  it('says the agreement makes it no condition of entry, with what it does say of it', () => {
    const card = joiningEventCard(catalogue, {
      type: 'info_collective',
      dispositif: 'prepa-competences',
      required: true,
    });
    expect(text(card)).toContain(
      'L’accord ne prévoit pas d’obligation de participer aux informations collectives pour entrer dans un dispositif',
    );
    expect(text(card)).toContain('Accord, art. 2.1.1');
    expect(validateAdaptiveCard(card.content)).toEqual([]);
  });

  it('says nothing of it when only how to come is asked', () => {
    expect(text(joiningEventCard(catalogue, { type: 'info_collective' }))).not.toContain('obligation');
  });
});
