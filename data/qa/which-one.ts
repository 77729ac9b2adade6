import { programmesNamedIn } from '../agenda/agenda-index.js';
import type { Aspect, DispositifId } from '../catalogue/schema.js';
import { PROGRAMMES } from '../eligibility.js';
import { describesPerson, extractProfile } from '../eligibility-extraction.js';
import { detectAspects } from './aspect.js';
import { normalizeText } from './normalize.js';

/**
 * « lequel est le plus court ? », « laquelle se fait à distance ? »: a référent choosing
 * between programmes asks one thing of each. The agreement ranks none of them, so each
 * is answered on what is asked, side by side, and the référent compares.
 */
const WHICH_ONE = /\b(lequel|laquelle|lesquels|lesquelles)\b/;
/** « lequel des volets… », « laquelle des phases… »: the steps of one programme, which its own card compares. */
const WITHIN_ONE_PROGRAMME = /\b(volets?|ateliers?|phases?|etapes?|sessions?|entrees?|dates?)\b/;
/** What each is answered on: a question on its whole (« c'est quoi ? ») is no choice. */
const COMPARABLE: ReadonlySet<Aspect> = new Set([
  'duration',
  'audience',
  'modality',
  'prescription',
  'content',
]);

/** The three certifications Compétences PEC's fourth workshop prepares (Protocole, § 3). */
const CERTIFICATIONS: ReadonlyArray<readonly [DispositifId, RegExp]> = [
  ['vae', /\bvae\b/],
  ['rsfp', /\brsfp\b/],
  ['clea', /\bclea\b(?! numerique)/],
];
/** « vae ds comp pec », « la rsfp en pec »: a certification asked of as the PEC prepares it. */
const WITHIN_PEC =
  /\b(vae|rsfp|clea) (dans|ds|en|de|du|pendant|via) (la |le |l )?(comp\w* |prestation )?pec\b/;
/** « qui décide si c'est VAE, RSFP ou CléA ? »: the choice made at the first meeting. */
const CHOICE_ASKED =
  /\b(qui (decide|choisit|fait le choix|tranche)|choix|choisi[rt]?|comment (on )?(sait|decide))\b/;

export type ProgrammeAnswer = {
  kind: 'answer';
  result: { kind: 'answer'; dispositif: DispositifId; aspect: Aspect; aspects: Aspect[] };
};

/** The answer on these aspects of a dispositif, as if the question had named them. */
export function answerOn(dispositif: DispositifId, aspects: readonly Aspect[]): ProgrammeAnswer {
  return {
    kind: 'answer',
    result: { kind: 'answer', dispositif, aspect: aspects[0]!, aspects: [...aspects] },
  };
}

/**
 * « vae, rsfp ou cléa en comp pec : laquelle est la plus courte ? », « dans comp pec, qui décide
 * si c'est VAE ou RSFP ? »: the certification prepared within Compétences PEC, whose duration
 * gives each one's days and whose steps say where it is chosen.
 */
export function certificationWithinPec(text: string): ProgrammeAnswer | undefined {
  const normal = normalizeText(text);
  if (!programmesNamedIn(normal).includes('competences-pec')) return undefined;
  const certifications = CERTIFICATIONS.flatMap(([id, named]) => (named.test(normal) ? [id] : []));
  // « vae ds comp pec, la présentation à la session d'évaluation c cb de jours ? »: that certification's steps and days.
  if (certifications.length === 1 && WITHIN_PEC.test(normal) && detectAspects(text).includes('duration'))
    return answerOn(certifications[0]!, ['duration']);
  if (certifications.length < 2) return undefined;
  if (detectAspects(text).includes('duration')) return answerOn('competences-pec', ['duration']);
  return CHOICE_ASKED.test(normal) ? answerOn('competences-pec', ['phases']) : undefined;
}

/**
 * The programmes a « lequel … ? » is asked of, each answered on the same aspects: those
 * named (two or more), or, with none named, the three the agreement sets up.
 */
export function whichOneAsked(text: string, today: Date): ProgrammeAnswer[] | undefined {
  const normal = normalizeText(text);
  if (!WHICH_ONE.test(normal) || WITHIN_ONE_PROGRAMME.test(normal)) return undefined;
  const aspects = detectAspects(text).filter((aspect) => COMPARABLE.has(aspect));
  if (aspects.length === 0) return undefined;
  // « lequel pour un BRSA de 30 ans ? » is a person to check, not a choice asked of each.
  if (describesPerson(extractProfile(text, { today }))) return undefined;
  const named = programmesNamedIn(normal);
  if (named.length === 1) return undefined;
  return (named.length > 1 ? named : PROGRAMMES).map((dispositif) => answerOn(dispositif, aspects));
}
