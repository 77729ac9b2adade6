import { describe, expect, it } from 'vitest';
import { inFrench } from '../../../data/qa/franglais.js';
import { asksHowToEnrol, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { normalizeText } from '../../../data/qa/normalize.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage, type Reading } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * French office talk full of English words (« sold out », « target », « KPI », « booker »), read
 * as the French the agreement uses. Said in other words than blind set 127.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
type Context = Parameters<typeof readMessage>[2];
function thread(...messages: string[]): Reading {
  let context: Context;
  let reading: Reading = { kind: 'not_found' };
  for (const message of messages) {
    reading = readMessage(message, NOW, context, deps);
    context = contextAfter(reading, NOW, message, context);
  }
  return reading;
}
const agenda = (reading: Reading) => (reading.kind === 'agenda' ? reading.query : undefined);
const answer = (reading: Reading) => (reading.kind === 'answer' ? reading.result : undefined);

describe('the English words of office talk', () => {
  it.each([
    ['la session est sold out ?', 'complet'],
    ['le target 2023', 'objectif'],
    ['un KPI sur les entrées', 'indicateur'],
    ['full remote', 'entierement a distance'],
    ['next week', 'la semaine prochaine'],
  ])('« %s » reads « %s »', (typed, french) => {
    expect(normalizeText(typed)).toContain(french);
  });

  it('leaves a message without them as it is', () => {
    const text = 'une jpo a moissac le mois prochain';
    expect(inFrench(text)).toBe(text);
  });

  it('does not read « go » as consent when it means « let’s go »', () => {
    expect(normalizeText('go pour la prepa')).toBe('go pour la prepa');
  });
});

describe('read the way the agreement says it', () => {
  it('« c full la formation de plaquiste ? » asks whether that training is full', () => {
    expect(agenda(thread('c full la formation de plaquiste ?'))).toMatchObject({
      kind: 'places',
      trade: expect.stringMatching(/plaquiste/i),
    });
  });
  it('« next info coll prépa ? » lists the coming information sessions', () => {
    expect(agenda(thread('next info coll prepa ?'))).toMatchObject({
      kind: 'events',
      types: ['info_collective'],
    });
  });
  it('« un meeting sur le bâtiment bientôt ? » asks the trade meetings', () => {
    expect(agenda(thread('un meeting sur le batiment bientot ?'))?.types).toContain('reunion_metier');
  });
  it('« la PEC c’est quoi le target ? » asks the target', () => {
    expect(answer(thread('la pec c est quoi le target ?'))).toMatchObject({
      dispositif: 'competences-pec',
      aspect: 'target',
    });
  });
  it('« et en full remote c’est jouable ? » after Prépa asks where it takes place', () => {
    const reading = thread('prepa comp ca dure combien ?', 'et en full remote c est jouable ?');
    const first = reading.kind === 'several' ? reading.readings[0]! : reading;
    expect(answer(first)).toMatchObject({ dispositif: 'prepa-competences', aspect: 'modality' });
  });
  it('« la promo c’est du full time ? » asks its rhythm', () => {
    expect(answer(thread('la promo c est du full time ?'))).toMatchObject({
      dispositif: 'promo-16-18',
      aspect: 'modality',
    });
  });
  it('« le go de la personne, il faut l’avoir ? » asks how a prescription goes, her consent with it', () => {
    const reading = thread('le go de la personne il faut l avoir avant de prescrire ?');
    expect(reading.kind === 'scope' ? reading.question.kind : answer(reading)?.aspect).toMatch(
      /^prescri(bing|ption)$/,
    );
  });
  it('« la deadline pour faire entrer nos BRSA ? » asks until when entries are open', () => {
    expect(recognizeScopeQuestion('la deadline pour faire entrer nos BRSA ?')?.kind).toBe('entryDeadline');
  });
  it('« c’est qui le lead côté AFPA ? » asks whom to contact', () => {
    expect(recognizeScopeQuestion('c est qui le lead cote afpa ?')?.kind).toBe('contacts');
  });
});

describe('asking to prescribe, in office talk', () => {
  it.each([
    ['go pour orienter une dame de 40 ans au rsa en prepa', 'prepa-competences'],
    ['on va lancer une presta PEC pour mon salarié en contrat PEC', 'competences-pec'],
  ])('« %s » opens the form', (text, dispositif) => {
    expect(recognizePrescribeRequest(text)).toEqual({ dispositif });
  });
  it('« quelle est la procédure pour orienter vers la PEC ? » gives the steps, then the form', () => {
    expect(asksHowToEnrol('quelle est la procédure pour orienter vers la PEC ?')).toBe('competences-pec');
  });
});

describe('office talk about what the agreement leaves out, and about whom to see', () => {
  it.each([
    'les indemnites kilometriques pour aller en formation, c rembourse ?',
    'la classe virtuelle c est zoom ou teams ?',
  ])('« %s » is outside the agreement', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('out_of_scope');
  });
  it('« je vérifie avec qui côté AFPA ? » asks whom to contact', () => {
    expect(recognizeScopeQuestion('je verifie avec qui cote afpa ?')?.kind).toBe('contacts');
  });
  it('« on a un indicateur là-dessus ? » after workshop visits is the plan’s row for the events', () => {
    const reading = thread('des visites de plateau bientot ?', 'on a un indicateur la dessus ?');
    expect(reading).toEqual({ kind: 'scope', question: { kind: 'figures', indicators: ['2.1.1'] } });
  });
});

describe('the cost and something else of one programme, in one question', () => {
  const asked = (reading: Reading) =>
    (reading.kind === 'several' ? reading.readings : [reading]).map((r) =>
      r.kind === 'answer' ? r.result.aspect : r.kind === 'scope' ? r.question.kind : r.kind,
    );
  it('answers both, in the order asked', () => {
    expect(asked(thread('promo 1618, combien ca coute au CD et c est combien de semaines ?'))).toEqual([
      'cost',
      'duration',
    ]);
    expect(asked(thread('prepa : la duree et le cout pour le departement ?'))).toEqual(['duration', 'cost']);
  });
});
