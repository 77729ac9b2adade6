import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../data/catalogue/catalogue.js';
import { QuestionAnswering } from '../../../data/qa/question-answering.js';
import { EVAL_SET } from '../../qa/eval-set.js';
import { HOLDOUT_SET } from '../../qa/holdout-set.js';
import { evaluate } from '../../qa/run-eval.js';

const qa = new QuestionAnswering(loadCatalogue().all);

describe('QuestionAnswering', () => {
  it.each([
    ['c’est quoi prepa comp ?', 'prepa-competences', 'overview'],
    ['combien de temps dure la promo 1618', 'promo-16-18', 'duration'],
    ['la PEC c’est à distance ?', 'competences-pec', 'modality'],
    ['qui peut prescrire la VAE', 'vae', 'prescription'],
    ['CléA numérique c’est quoi', 'clea-numerique', 'overview'],
    ['c’est quoi CléA', 'clea', 'overview'],
    ['prepa comeptences ?', 'prepa-competences', 'overview'],
    ['le volet 2 ça dure cb de jours', 'prepa-competences', 'duration'],
    ['les volets c quoi au juste', 'prepa-competences', 'phases'],
  ])('« %s » → %s / %s', (question, dispositif, aspect) => {
    expect(qa.understand(question)).toEqual({ kind: 'answer', dispositif, aspect, aspects: [aspect] });
  });

  it.each([
    ['combien de temps dure prepa comp et qui prescrit ?', ['duration', 'prescription']],
    ['la promo 1618 c’est ou, et ça dure combien de temps ?', ['modality', 'duration']],
    ['pec : pour qui ? combien de jours ?', ['audience', 'duration']],
  ])('« %s » asks each of %j', (question, aspects) => {
    expect(qa.understand(question)).toMatchObject({ kind: 'answer', aspects });
  });

  it.each([
    ['prepa ou comp pec, c koi la diff de duree', ['duration']],
    ['entre la promo et prepa comp, qui prescrit ?', ['prescription']],
    ['la vae c pour qui, c est pas la meme chose que la rsfp ?', ['audience']],
  ])('compares what « %s » asks about: %j', (question, aspects) => {
    expect(qa.understand(question)).toMatchObject({ kind: 'answer', aspect: 'comparison', aspects });
  });

  it('compares two dispositifs, the first named first', () => {
    expect(qa.understand('différence entre VAE et RSFP')).toMatchObject({
      kind: 'answer',
      dispositif: 'vae',
      aspect: 'comparison',
      comparedWith: 'rsfp',
    });
    expect(qa.understand('clea ou clea numerique ?')).toMatchObject({
      dispositif: 'clea',
      comparedWith: 'clea-numerique',
    });
    expect(qa.understand('clea numerique vs pix')).toMatchObject({
      kind: 'answer',
      dispositif: 'clea-numerique',
      aspect: 'comparison',
    });
  });

  it('asks back when a word fits several dispositifs', () => {
    const result = qa.understand('combien de temps dure compétences ?');
    expect(result.kind).toBe('clarify');
    if (result.kind === 'clarify') {
      expect(result.aspect).toBe('duration');
      expect(result.candidates).toEqual(expect.arrayContaining(['prepa-competences', 'competences-pec']));
    }
  });

  it.each([
    'bonjour ça va',
    'quel temps fait-il à Montauban',
    'c’est quoi une formation',
    'logement social',
    '',
  ])('does not answer « %s » confidently', (question) => {
    expect(qa.understand(question).kind).not.toBe('answer');
  });

  it.each([
    ['the evaluation set', EVAL_SET],
    // Written blind, without seeing the tuning set or the code.
    ['questions written without seeing the tuning set', HOLDOUT_SET],
  ] as const)('reaches a top-1 accuracy of 0.95 or more on %s', (_name, cases) => {
    const outcomes = evaluate(qa, cases);
    const misses = outcomes.filter((o) => !o.correct).map((o) => o.case.question);
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(1 - misses.length / outcomes.length, misses.join(' | ')).toBeGreaterThanOrEqual(0.95);
  });

  it('has an evaluation set of at least 120 questions', () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(120);
  });
});
