import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { checkEligibility } from '../../../data/eligibility.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * Checks asked the way a référente who trains new colleagues asks them: who may prescribe
 * for this person, a fact added right after the check, a second time in a programme, the
 * RSA's own rules, and what the form will ask next.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);

describe('who may prescribe for this person is a check', () => {
  it.each([
    'mme 44 ans au rsa, suivie par la mission locale pas par nous, inscrite ft. la prepa c est qui qui la prescrit ?',
    'ado 16 ans, plus au college, pas confie a l ase. la promo je peux l orienter moi ?',
  ])('« %s »', (text) => {
    expect(read(text)).toMatchObject({ kind: 'person', extracted: { asksEligibility: true } });
  });

  it('still answers how one prescribes when nothing is said of anyone', () => {
    expect(read('la prepa c est qui qui la prescrit ?')).toMatchObject({
      kind: 'answer',
      result: { aspect: 'prescription' },
    });
  });
});

describe('a fact added right after a check', () => {
  const last = { profile: { age: 29, rsa: true }, programme: 'prepa-competences' as const };

  it.each<[string, object]>([
    ['ah et elle est inscrite a france travail, ca change qqch ?', { registeredJobseeker: true }],
    ['j oubliais il touche le rsa majore', { rsa: true }],
    ['au fait elle est en pec depuis octobre', { pecContract: true }],
  ])('« %s » is the same person, with that fact', (text, fact) => {
    expect(personAgain(text, last, NOW, true)?.profile).toMatchObject({ ...last.profile, ...fact });
  });

  it('leaves a fact told to ask something else to the other readings: « …, on part sur quel volet ? »', () => {
    expect(personAgain('il a jamais travaille, on part sur quel volet ?', last, NOW, true)).toBeUndefined();
  });

  it('reads nothing of the kind once another question was asked', () => {
    expect(personAgain('ah et elle est inscrite a france travail', last, NOW, false)).toBeUndefined();
  });

  it('reads a signed apprenticeship contract as training under way, and a broken one as none', () => {
    expect(extractProfile('il a signe son contrat d apprentissage', { today: NOW }).profile.inTraining).toBe(
      true,
    );
    expect(extractProfile('il a rompu son contrat d apprentissage', { today: NOW }).profile.inTraining).toBe(
      false,
    );
    const ended = extractProfile('son contrat d apprentissage a ete rompu en mai, plus rien', { today: NOW });
    expect(ended.profile.inTraining).not.toBe(true);
  });

  it('checks the other programme for « et la prépa pour elle plutôt ? c est plus court »', () => {
    const promo = { profile: { age: 17, ase: true }, programme: 'promo-16-18' as const };
    expect(personAgain('et la prepa pour elle plutot ? c est plus court', promo, NOW, true)).toMatchObject({
      programme: 'prepa-competences',
    });
  });
});

describe('what the agreement leaves aside, asked beside a person', () => {
  it.each([
    'il a deja fait la prepa l an dernier, je peux le represcrire ?',
    'on peut faire la promo deux fois ? la 2e fois ca compte ?',
  ])('« %s » is a second time, on which the agreement sets no rule', (text) => {
    expect(recognizeScopeQuestion(text)).toMatchObject({
      kind: 'out_of_scope',
      subject: 'le fait de suivre un même dispositif une seconde fois',
    });
  });

  it('does not read « sans refaire une formation » nor « la 2e fois que je demande » as one', () => {
    expect(recognizeScopeQuestion('valider son experience sans refaire une formation ?')).toBeUndefined();
    expect(recognizeScopeQuestion('c est la 2e fois que je demande, les jpo c quand ?')).toBeUndefined();
  });

  it('says the RSA’s sanctions are outside it', () => {
    expect(recognizeScopeQuestion('s il refuse la prepa on peut lui suspendre le rsa ?')).toMatchObject({
      kind: 'out_of_scope',
      subject: expect.stringContaining('sanctions'),
    });
  });

  it('reads « c’est trop tôt pour comp PEC ? » as a check', () => {
    expect(
      extractProfile('pec signe lundi, au rsa, c est trop tot pour comp pec ?', { today: NOW }),
    ).toMatchObject({
      asksEligibility: true,
    });
  });

  it('reads « qui à l’AFPA pour… » as whom to contact', () => {
    expect(recognizeScopeQuestion('qui a l afpa pour les questions sur la promo ?')).toEqual({
      kind: 'contacts',
    });
  });
});

describe('what the référent does next', () => {
  it('names the two volets when Prépa Compétences is open to the person', () => {
    const [prepa] = checkEligibility(
      { age: 38, rsa: true, accompaniedByDepartment: true },
      { today: '2022-06-15' },
    ).filter((r) => r.dispositif === 'prepa-competences');
    expect(prepa!.verdict).toBe('eligible');
    expect(prepa!.nextStep).toMatch(
      /volet 1 « Consolider son projet », ou volet 2 « Sécuriser l’entrée en formation »/,
    );
  });

  it('lists volet 2 entries with room even when the message says what it is for', () => {
    expect(
      parseAgendaQuery(
        'il reste de la place en volet 2 ? pour securiser une entree en formation cariste',
        NOW,
      ),
    ).toMatchObject({ kind: 'sessions', volet: 'volet 2', withSeats: true });
  });
});

describe('from the judge’s second sample, in other words', () => {
  it('reads « aucune idée de métier » as the person’s doubt, not the référent’s', () => {
    expect(extractProfile('brsa 35 ans aucune idee de projet, prepa ?', { today: NOW }).profile.rsa).toBe(
      true,
    );
    expect(extractProfile('mr 40 ans au rsa, il sait pas quoi faire', { today: NOW }).profile.rsa).toBe(true);
  });

  it('leaves the full trainings out of « où il reste de la place », not out of « places plaquiste ? »', () => {
    expect(parseAgendaQuery('des formations a caussade ou il reste des places ?', NOW)).toMatchObject({
      kind: 'places',
      withSeats: true,
    });
    expect(parseAgendaQuery('places en maconnerie ?', NOW)).not.toHaveProperty('withSeats');
  });

  it('lists open days and information sessions asked in one message as two lists', () => {
    expect(read('la prochaine jpo ? et les infos coll de la promo ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { types: ['jpo'] } },
        { kind: 'agenda', query: { types: ['info_collective'], dispositif: 'promo-16-18' } },
      ],
    });
  });

  it('checks the person and gives the contacts for « il peut faire comp pec ? et je contacte qui ? »', () => {
    expect(
      read('mme au rsa en pec depuis octobre, elle peut faire comp pec ? et je contacte qui a l afpa ?'),
    ).toMatchObject({
      kind: 'several',
      readings: [{ kind: 'person' }, { kind: 'scope', question: { kind: 'contacts' } }],
    });
  });

  it('quotes the habilitation for « Panda, c’est nous qui inscrivons ? »', () => {
    expect(read('panda c est moi qui inscris les gens dessus ?')).toMatchObject({ kind: 'passages' });
  });
});

describe('from a team meeting’s cases, in other words', () => {
  it.each([
    'mr 41a brsa, pas de projet precis → prepa v1 ok ?',
    'dame au rsa 36 ans qui vise une formation d auxiliaire de puericulture, la prepa volet 2 ok pour elle ?',
  ])('« %s » is a check, a step of the programme named', (text) => {
    expect(read(text)).toMatchObject({ kind: 'person', extracted: { asksEligibility: true } });
  });

  it('checks the person and lists the entries asked in the same message', () => {
    expect(
      read(
        'ado ase 16 ans, plus au college, rien depuis : la promo c possible ? et la prochaine entree c quand ?',
      ),
    ).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'person' },
        { kind: 'agenda', query: { kind: 'sessions', dispositif: 'promo-16-18' } },
      ],
    });
  });

  it('finds the French course for « parle peu fr, y a qqch dans l’accord ? »', () => {
    expect(
      read('monsieur 30 ans au rsa, primo arrivant, parle peu fr, y a qqch dans l accord ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'francais-visee-pro' },
    });
  });

  it.each<[string, object]>([
    [
      'role ref pour la promo ?',
      { kind: 'answer', result: { dispositif: 'promo-16-18', aspect: 'prescription' } },
    ],
    [
      'obj prepa comp 2022 ?',
      { kind: 'answer', result: { dispositif: 'prepa-competences', aspect: 'target' } },
    ],
    ['a qui dois-je m adresser pour la prepa ?', { kind: 'scope', question: { kind: 'contacts' } }],
  ])('reads « %s » in short', (text, reading) => {
    expect(read(text)).toMatchObject(reading);
  });

  it('says who signs in place of parents without parental authority is outside the agreement', () => {
    expect(
      recognizeScopeQuestion('l ase a l autorite parentale, c est qui qui signe pour la promo ?'),
    ).toMatchObject({
      kind: 'out_of_scope',
    });
    // The authorisations themselves are the Promo's steps, which the agreement describes.
    expect(recognizeScopeQuestion('les autorisations parentales c est quand ?')).toBeUndefined();
  });
});

describe('more from a team meeting’s cases', () => {
  it('keeps a parent’s RSA away from « la petite sœur d’une allocataire »', () => {
    const { profile } = extractProfile('ado 16 ans, pas ase, le petit frere d une allocataire, la promo ?', {
      today: NOW,
    });
    expect(profile.rsa).toBeUndefined();
    expect(profile.age).toBe(16);
  });

  it('lists the entries of two steps asked in one message as two lists', () => {
    expect(read('entrees volet 1 de la prepa ? et en volet 2 ?')).toMatchObject({
      kind: 'several',
      readings: [{ query: { volet: 'volet 1' } }, { query: { volet: 'volet 2' } }],
    });
  });

  it('reads « il vise cette formation » as the person’s aim, not a target asked', () => {
    expect(read('mme 45 ans au rsa, elle vise une formation de vendeuse, prepa v2 ok ?')).toMatchObject({
      kind: 'person',
    });
  });

  it('says why Prépa Compétences is not for a minor with whom it is for', () => {
    const [prepa] = checkEligibility({ age: 17, ase: true }, { today: '2022-06-15' }).filter(
      (r) => r.dispositif === 'prepa-competences',
    );
    expect(prepa!.reasons[0]!.text).toMatch(
      /pour les allocataires du RSA et les demandeurs d’emploi, n’est pas ouverte aux mineurs/,
    );
  });
});

describe('from a month of questions, in other words', () => {
  it('keeps the programme the facts call for as the thread: « en PEC… possible ? » then « ça se passe comment ? »', () => {
    const first = 'mme 40 ans au rsa en pec a l ehpad depuis 2 mois, elle peut faire valider ses acquis ?';
    const context = contextAfter(read(first), NOW, first);
    expect(readMessage('et ca se passe comment', NOW, context, deps)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec' },
    });
  });

  it('reads « inscription, papiers » as the steps of a prescription, not a residence permit', () => {
    expect(recognizeScopeQuestion('je dois faire quoi moi ? inscription, papiers, etc')).toBeUndefined();
    expect(recognizeScopeQuestion('il a pas ses papiers, la prepa c possible ?')).toMatchObject({
      subject: 'le droit au séjour',
    });
  });

  it('reads « on doit communiquer quoi au CD ? jpo… » as the agreement’s commitments first', () => {
    const reading = read('on doit communiquer quoi au cd ? les jpo ?');
    const first = reading.kind === 'several' ? reading.readings[0] : reading;
    expect(first).toMatchObject({ kind: 'passages' });
  });
});
