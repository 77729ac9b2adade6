import { describe, expect, it } from 'vitest';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage, type Reading } from '../../../data/qa/understanding.js';
import { recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * A référente typing during an appointment, the person in front of her (blind set 128, said in
 * other words): the trade told before the question, the person's worry about her data, and the
 * request to prescribe said as it comes.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

describe('during an appointment', () => {
  it('« il veut être soudeur. des places en formation ? » gives that trade’s places', () => {
    const reading = readMessage(
      'jeune 28 ans au rsa que je suis, il veut etre soudeur. des places en formation ?',
      NOW,
      undefined,
      deps,
    );
    expect(reading.kind === 'agenda' ? reading.query : undefined).toMatchObject({
      kind: 'places',
      trade: expect.stringMatching(/soud/),
    });
  });

  it('« elle a peur que ses données traînent partout » is about personal data', () => {
    expect(
      recognizeScopeQuestion('elle a peur que ses donnees trainent partout, c est securise ?')?.kind,
    ).toBe('personalData');
  });

  it.each([
    ['c est parti je le prescris en prepa', 'prepa-competences'],
    ['je le mets sur la prochaine entree pec', 'competences-pec'],
  ])('« %s » opens the form', (text, dispositif) => {
    expect(recognizePrescribeRequest(text)).toEqual({ dispositif });
  });

  it('« je la mets à jour comment ? » is no request to prescribe', () => {
    expect(recognizePrescribeRequest('la prescription je la mets a jour comment ?')).toBeUndefined();
  });
});

describe('what is not a question about personal data, nor about one programme’s cost', () => {
  it.each([
    'les diagnostics territoriaux de l afpa, c est qui qui les demande ?',
    'il a un casier judiciaire, ca l empeche d entrer en formation a l afpa ?',
  ])('« %s »', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).not.toBe('personalData');
  });

  it('« une vraie formation, pas prépa, c’est financé par qui ? » does not answer about Prépa', () => {
    const reading = readMessage(
      'pour un monsieur au rsa : une formation qualifiante, pas prepa, c est finance par qui ?',
      NOW,
      undefined,
      deps,
    );
    const readings = reading.kind === 'several' ? reading.readings : [reading];
    expect(readings.some((r) => r.kind === 'answer' && r.result.dispositif === 'prepa-competences')).toBe(
      false,
    );
  });
});

describe('follow-ups during an appointment', () => {
  type Context = Parameters<typeof readMessage>[2];
  const thread = (...messages: string[]) => {
    let context: Context;
    let reading: Reading = { kind: 'not_found' };
    for (const message of messages) {
      reading = readMessage(message, NOW, context, deps);
      context = contextAfter(reading, NOW, message, context);
    }
    return reading;
  };
  const readings = (reading: Reading) => (reading.kind === 'several' ? reading.readings : [reading]);

  it('« on peut visiter l’atelier d’abord ? » after a trade’s places gives that trade’s visits', () => {
    const agenda = readings(
      thread('des places en electricite ?', 'on peut visiter l atelier d abord ?'),
    ).find((r) => r.kind === 'agenda');
    expect(agenda?.kind === 'agenda' ? agenda.query : undefined).toMatchObject({
      types: ['visite_plateau'],
      trade: expect.stringMatching(/electri/),
    });
  });

  it('« sa formation sera au GRETA, pas à l’AFPA : ça va quand même ? » after Prépa asks its steps (volet 2 is for any training)', () => {
    const reading = thread(
      'prepa comp volet 2 ca dure combien ?',
      'sa formation sera au greta, pas a l afpa, ca va quand meme ?',
    );
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'phases' },
    });
  });

  it('« c’est quoi la phase 3 ? » after Compétences PEC asks its steps', () => {
    expect(thread('comp pec c est pour qui ?', 'c est quoi la phase 3 ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'phases' },
    });
  });
});

describe('the rhythm of a programme, asked in the person’s words', () => {
  const NOW2 = new Date('2027-01-11T09:00:00+01:00');
  it.each([
    'la promo c est tous les jours ? il demande s il y a qqch le samedi',
    'la promo 1618 c est quoi ? et il y a quelque chose les vendredis ?',
  ])('« %s » asks where and when it is held, not the agenda', (text) => {
    const reading = readMessage(text, NOW2, undefined, deps);
    const readings = reading.kind === 'several' ? reading.readings : [reading];
    expect(readings.some((r) => r.kind === 'agenda')).toBe(false);
    expect(readings.some((r) => r.kind === 'answer' && r.result.aspects?.includes('modality') === true)).toBe(
      true,
    );
  });
});
