import { describe, expect, it } from 'vitest';
import { answerCard } from '../../../cards/dispositif-cards.js';
import { loadCatalogue } from '../../../data/catalogue/catalogue.js';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What blind sets 82 to 84 showed, in other words than theirs: a person named in the chat
 * whose progress is asked, the steps of a first prescription, and remarks that are no question.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);

describe('a named person’s progress is personal data', () => {
  it.each([
    'il en est ou Théo Girard dans la prépa ?',
    'Mme Benali a fini son volet 1 ?',
    'combien d heures elle a fait Sarah Lopez en PEC',
    'est-ce que Yanis Haddad est bien venu a l atelier lundi',
  ])('« %s » is refused as personal data, with the progress pointed to', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'personalData', progress: true });
  });

  it.each([
    'Prépa Compétences ça dure combien ?',
    'ou en est la Promo 16/18 cette annee ?',
    'France Travail en est ou des inscriptions ?',
    'elle a fini son volet 1, elle peut faire le volet 2 ?',
  ])('« %s » names nobody', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).not.toBe('personalData');
  });

  it('a name alone, with no progress asked, is not refused this way', () => {
    expect(recognizeScopeQuestion('Paul Martin 30 ans au RSA, prépa ok ?')).not.toEqual({
      kind: 'personalData',
      progress: true,
    });
  });

  it('the thread does not hide it: « et Léa Morel elle en est où ? » after a figure', () => {
    const reading = read('et Léa Morel elle en est où ?');
    expect(reading).toMatchObject({ kind: 'scope', question: { kind: 'personalData', progress: true } });
  });
});

describe('how to prescribe, however it is asked', () => {
  it.each([
    'c koi les etapes pour prescrire ?',
    'la procedure pour faire une prescription svp',
    'comment je fais une prescription ? premiere fois',
    'j oriente comment vers l afpa ?',
    'quelle est la marche a suivre pour inscrire quelqu un',
  ])('« %s » is the way a prescription goes', (text) => {
    expect(read(text)).toEqual({ kind: 'scope', question: { kind: 'prescribing' } });
  });

  it('the story around it does not hide it: « … je viens d’arriver au service, jamais fait »', () => {
    expect(read('bonjour, les etapes pour prescrire ? je viens d arriver au service, jamais fait')).toEqual({
      kind: 'scope',
      question: { kind: 'prescribing' },
    });
  });

  it('« j’oriente comment et c’est gratuit pour le CD ? » answers both', () => {
    const reading = read('j oriente comment et c est gratuit pour le CD ?');
    expect(reading.kind).toBe('several');
    const kinds =
      reading.kind === 'several'
        ? reading.readings.map((r) => (r.kind === 'scope' ? r.question.kind : r.kind))
        : [];
    expect(kinds).toEqual(['prescribing', 'cost']);
  });
});

describe('asking to put someone on a session is a prescription', () => {
  it.each([
    ['inscris moi quelqu un sur la prochaine entree promo', 'promo-16-18'],
    ['tu peux m inscrire une personne en prepa le 1er fevrier ?', 'prepa-competences'],
    ['positionne qqn sur la PEC stp', 'competences-pec'],
  ])('« %s » opens the form', (text, dispositif) => {
    expect(recognizePrescribeRequest(text)).toEqual({ dispositif });
  });

  it('« inscrire qqn à la JPO ? » asks about the open day, not a prescription', () => {
    expect(recognizePrescribeRequest('comment inscrire qqn a la JPO ?')).toBeUndefined();
  });
});

describe('a complaint is heard, not read as a question', () => {
  it.each([
    't nul',
    'tu sers a rien mdr',
    'c est nul ton truc',
    'tu comprends rien !!',
    'bot inutile',
    'n importe quoi',
  ])('« %s » is a complaint', (text) => {
    expect(recognizeCommand(text)).toBe('complaint');
  });

  it.each([
    'la prépa c nul ?',
    'c est nul si elle rate une seance ?',
    'il comprend rien au francais, la prepa ca irait ?',
  ])('« %s » is a question, not a complaint', (text) => {
    expect(recognizeCommand(text)).not.toBe('complaint');
  });
});

describe('one step asked, that step answered', () => {
  const answerOf = (text: string, context?: Parameters<typeof readMessage>[2]) => {
    const reading = readMessage(text, NOW, context, deps);
    return reading.kind === 'answer' ? reading.result : undefined;
  };

  it.each([
    ['le volet deux de la prepa ca dure combien ?', 'prepa-competences', 'volet 2'],
    ['combien de jours pour le volet 1 prepa comp', 'prepa-competences', 'volet 1'],
    ['la phase 3 de la PEC c quoi ?', 'competences-pec', 'phase 3'],
  ])('« %s » names its step', (text, dispositif, step) => {
    expect(answerOf(text)).toMatchObject({ dispositif, step });
  });

  it.each([
    'prepa comp ca dure combien ?',
    'quelle difference entre le volet 1 et le volet 2 de la prepa',
    'prepa, plutot volet 1 ou 2 pour quelqu un qui hesite sur son metier ?',
    'il a fait le volet 1 en mars, il peut faire le volet 2 ensuite ?',
  ])('« %s » names no single step', (text) => {
    expect(answerOf(text)?.step).toBeUndefined();
  });

  it('« et le deux ? » after volet 1’s length asks volet 2’s', () => {
    const context = {
      at: NOW.toISOString(),
      dispositif: 'prepa-competences' as const,
      aspects: ['duration' as const],
      step: 'volet 1',
      asked: 'le volet 1 c combien de jours',
    };
    expect(answerOf('et le deux ?', context)).toMatchObject({ aspects: ['duration'], step: 'volet 2' });
  });

  it('the card gives that step’s length, not the other’s', () => {
    const said = JSON.stringify(
      answerCard(loadCatalogue(), 'prepa-competences', ['duration'], [], 'volet 2'),
    );
    expect(said).toContain('4 à 8 jours');
    expect(said).not.toContain('5 à 6 jours');
  });

  it('a step the programme does not have leaves every step shown', () => {
    const said = JSON.stringify(
      answerCard(loadCatalogue(), 'prepa-competences', ['duration'], [], 'volet 3'),
    );
    expect(said).toContain('4 à 8 jours');
    expect(said).toContain('5 à 6 jours');
  });
});
