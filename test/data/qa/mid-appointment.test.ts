import { describe, expect, it } from 'vitest';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
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
