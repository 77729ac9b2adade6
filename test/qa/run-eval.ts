/**
 * `npm run eval`: top-1 accuracy of the question answering on the evaluation set,
 * and every miss with what the bot understood instead.
 */
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import { QuestionAnswering } from '../../data/qa/question-answering.js';
import { EVAL_SET, type EvalCase } from './eval-set.js';
import { HOLDOUT_SET } from './holdout-set.js';

export type EvalOutcome = { case: EvalCase; understood: string; correct: boolean };

export function evaluate(qa: QuestionAnswering, cases: readonly EvalCase[]): EvalOutcome[] {
  return cases.map((c) => {
    const result = qa.understand(c.question);
    const understood =
      result.kind === 'answer'
        ? `${result.dispositif}/${result.aspect}${result.comparedWith ? ` (vs ${result.comparedWith})` : ''}`
        : result.kind === 'clarify'
          ? `clarify ${result.candidates.join('|')}/${result.aspect}`
          : 'unsure';
    // An off-topic question is handled well when the bot does not answer it confidently.
    const correct =
      c.dispositif === null
        ? result.kind !== 'answer'
        : result.kind === 'answer' && result.dispositif === c.dispositif && result.aspect === c.aspect;
    return { case: c, understood, correct };
  });
}

function report(name: string, qa: QuestionAnswering, cases: readonly EvalCase[]): void {
  const outcomes = evaluate(qa, cases);
  const misses = outcomes.filter((o) => !o.correct);
  console.log(`\n── ${name} ──`);
  for (const miss of misses) {
    const expected = miss.case.dispositif
      ? `${miss.case.dispositif}/${miss.case.aspect}`
      : 'pas de réponse sûre';
    console.log(`✗ « ${miss.case.question} »\n    attendu : ${expected}\n    compris : ${miss.understood}`);
    if (process.argv.includes('--scores'))
      console.log('    scores :', JSON.stringify(qa.explain(miss.case.question).slice(0, 3)));
  }
  const accuracy = (100 * (outcomes.length - misses.length)) / outcomes.length;
  console.log(`Top-1 : ${outcomes.length - misses.length}/${outcomes.length} = ${accuracy.toFixed(1)} %`);
}

const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const qa = new QuestionAnswering(loadCatalogue().all);
  report('Jeu d’évaluation (test/qa/eval-set.ts)', qa, EVAL_SET);
  // Written blind, without looking at the tuning set or the code: a check on unseen phrasing.
  report('Questions jamais vues pendant la mise au point (test/qa/holdout-set.ts)', qa, HOLDOUT_SET);
}
