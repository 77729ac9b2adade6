import { describe, expect, it } from 'vitest';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * What blind sets 116 and 117 showed, in other words than their own: the partnership's pilots
 * writing long formal questions about commitments, roles and reporting, and référents typing
 * three words on their phone (« presc », « resp », « elig 17a », « jusqua qd »).
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const conversation = (...messages: string[]) => readThread(NOW, ...messages);
/** The agreement's words a reading quotes, if it quotes any. */
const quotedIn = (reading: ReturnType<typeof readThread>) =>
  reading.kind === 'passages' ? reading.passages.map((p) => p.text).join(' ') : '';

describe('shorthand on a phone', () => {
  it.each(['presc pec atelier 2 stp', 'presc promo'])('« %s » asks to prescribe', (text) => {
    expect(recognizePrescribeRequest(text)).toBeDefined();
  });

  it.each(['on peut prescrire jusqua qd', 'je peux encore orienter jusqu a quand ?'])(
    '« %s » asks the date limit, not to prescribe',
    (text) => {
      expect(recognizePrescribeRequest(text)).toBeUndefined();
      expect(recognizeScopeQuestion(text)).toEqual({ kind: 'entryDeadline' });
    },
  );

  it.each([
    'resp accompagnement parcours c qui ?',
    'la referente cd de l experimentation c est qui',
    'referent afpa de l experimentation ?',
  ])('« %s » asks whom to contact', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('contacts');
  });

  it.each([
    'il faut faire quoi avant de prescrire ?',
    'on doit faire quoi avant d orienter qqn',
    'avant toute prescription, quelles obligations pour le referent ?',
  ])('« %s » asks the référent’s part', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'prescribing' });
  });

  it('« indicateurs suivis pr les visites » asks what row 2.1.1 counts', () => {
    expect(recognizeScopeQuestion('indicateurs suivis pr les visites')).toMatchObject({
      kind: 'figures',
      indicators: ['2.1.1'],
    });
  });

  it('« kesk on a la semaine pro ? » asks next week’s agenda', () => {
    expect(conversation('kesk on a la semaine pro ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', from: '2027-01-18', to: '2027-01-24' },
    });
  });

  it('« volet 2 a castel » asks the entries there', () => {
    expect(conversation('prepa volet 2 a castel')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2' },
    });
  });
});

describe('two questions joined by « + »', () => {
  it('« elig 16a ase + ca dure cb ? » checks the person, then gives the duration', () => {
    expect(conversation('elig 16a ase + ca dure cb ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'person', extracted: { profile: { age: 16, ase: true }, asksEligibility: true } },
        { kind: 'answer', result: { dispositif: 'promo-16-18', aspects: ['duration'] } },
      ],
    });
  });

  it('« pec duree + qui paye ? » answers both', () => {
    expect(conversation('pec duree + qui paye ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'competences-pec', aspects: ['duration'] } },
        { kind: 'scope', question: { kind: 'cost' } },
      ],
    });
  });
});

describe('what the agreement offers someone', () => {
  it('« une salariée d’ACI sans les prérequis pour une VAE, que peut-on lui proposer ? » gives the RSFP', () => {
    expect(
      conversation('une salariée d ACI sans les prerequis pour une VAE, que peut on lui proposer ?'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'rsfp' } });
  });
});

describe('a check and another question', () => {
  it('« brsa inscrite ft, pec ok ? et ca coute quoi au cd ? » checks her, then answers the cost', () => {
    expect(
      conversation('brsa inscrite ft en contrat pec, comp pec ok ? et ca coute quoi au cd ?'),
    ).toMatchObject({
      kind: 'several',
      readings: [{ kind: 'person' }, { kind: 'scope', question: { kind: 'cost' } }],
    });
  });
});

describe('two lists in one sentence', () => {
  it('« la prochaine entrée en prépa volet 2, et une info coll est prévue pour les référents et les personnes ? » gives both', () => {
    expect(
      conversation(
        'Quelle est la prochaine entrée en Prépa volet 2, et une info coll est-elle prévue pour les référents et les personnes ?',
      ),
    ).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { kind: 'sessions', dispositif: 'prepa-competences' } },
        { kind: 'agenda', query: { kind: 'events', types: ['info_collective'] } },
      ],
    });
  });
});

describe('follow-ups on the date limit', () => {
  it('« et ça a été reconduit ? » after the date limit gives it again, with what the agreement says of going on', () => {
    expect(conversation('date limite des entrees ?', 'et ca a ete reconduit ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'entryDeadline' },
    });
  });
});

describe('formal questions of the pilots', () => {
  it('« quelle est la durée de la Promo et quels jours les jeunes sont présents ? », after « pour préparer la réunion… », asks the programme', () => {
    expect(
      conversation(
        'Pour préparer la réunion avec les éducateurs, quelle est la durée de La Promo 16/18 et quels sont les jours de présence ?',
      ),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: expect.arrayContaining(['duration', 'modality']) },
    });
  });

  it('« à quoi le Département s’est-il engagé pour les visites de plateaux ? » quotes the plan, not the agenda', () => {
    const reading = conversation(
      'Dans le plan d’action, à quoi le Département s’est-il engagé pour les visites de plateaux techniques ?',
    );
    expect(reading.kind).toBe('passages');
  });

  it('« au national, les 3 dispositifs sont suivis par qui et le tableau de bord part tous les combien ? » quotes § 6', () => {
    const reading = conversation(
      'au national, les 3 dispositifs sont suivis par qui et le tableau de bord part tous les combien ?',
    );
    const quoted = quotedIn(reading);
    expect(quoted).toContain('DGEFP');
    expect(quoted).toContain('mensuellement');
  });

  it('« on fait quel bilan chaque année, et à qui ? » quotes the yearly committee and the yearly report', () => {
    const reading = conversation('on fait quel bilan chaque annee, et on le transmet a qui ?');
    const quoted = quotedIn(reading);
    expect(quoted).toContain('au moins 1 fois par an');
    expect(quoted).toContain('bilan annuel');
  });

  it('« le CD s’est engagé à quoi pour les JPO ? » quotes its teams at a stand', () => {
    const reading = conversation('le cd s est engage a quoi pour les jpo dans le plan d action ?');
    const quoted = quotedIn(reading);
    expect(quoted).toContain('stand');
  });

  it('« au titre du § 6, qui sont les responsables de l’AFPA et leur interlocuteur au Département ? » gives the roles', () => {
    expect(
      conversation(
        'Au titre du paragraphe 6 du protocole, qui sont les responsables côté AFPA et leur interlocuteur au Département ?',
      ),
    ).toMatchObject({ kind: 'scope', question: { kind: 'contacts' } });
  });

  it('« à qui l’article 3 confie le suivi de l’accord ? » quotes both people it names', () => {
    const reading = conversation('l article 3 confie le suivi de l accord a qui ?');
    const quoted = quotedIn(reading);
    expect(quoted).toContain('VELLA');
    expect(quoted).toContain('WEILL');
  });

  it('« l’état des places en soudure et en cariste, pour la diffusion prévue au 2.1.2 » lists the places', () => {
    expect(
      conversation(
        'Pour la diffusion prévue au 2.1.2, pouvez-vous me donner l’état des places disponibles en soudure et en cariste ?',
      ),
    ).toMatchObject({ kind: 'agenda', query: { kind: 'places', trade: 'soudure ou cariste' } });
  });
});

describe('what the new rules must leave alone', () => {
  it('« avant de s’engager, y a une visite ? » still asks the agenda', () => {
    expect(
      conversation(
        'mme BRSA 35 ans, elle veut voir l atelier avant de s engager, y a une visite de plateau bientot ?',
      ),
    ).toMatchObject({ kind: 'agenda', query: { kind: 'events', types: ['visite_plateau'] } });
  });

  it('« la prochaine entrée en phase d’engagement ? » after the Promo still asks its entries', () => {
    expect(conversation('c quoi la promo', 'et la prochaine entree en phase d engagement ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'promo-16-18' },
    });
  });

  it('« je remplace une collègue, à qui je m’adresse à l’AFPA pour ses prescriptions ? » asks whom to contact', () => {
    expect(
      recognizeScopeQuestion(
        'je remplace une collegue en conge, elle faisait les prescriptions, a qui je m adresse a l afpa quand j ai une question ?',
      )?.kind,
    ).toBe('contacts');
  });

  it('« couple au RSA, lui 30a…, elle 27a…. prépa pour les deux ? quel volet ? » checks both for the Prépa', () => {
    expect(
      conversation(
        'couple au RSA, lui 41a veut se former en soudure, elle 38a cherche sa voie. prepa pour les deux ? quel volet ?',
      ),
    ).toMatchObject({
      kind: 'people',
      people: [
        { profile: { rsa: true, age: 41 }, programme: 'prepa-competences' },
        { profile: { rsa: true, age: 38 }, programme: 'prepa-competences' },
      ],
    });
  });
});
