/**
 * The sentences of a message, as the understanding reads them: the question is in those
 * that end with a question mark, not in the description of a person around them.
 */

import { normalizeText } from './normalize.js';

/** Questions of a message, cut at its question marks: « c payant ? et ça dure cb ». */
/** « prepa duree + qui finance ? »: a « + » before a question word joins two questions. */
const PLUS_A_QUESTION = /\s\+\s*(?=(?:qui|quoi|combien|cb|quand|qd|o[uù]|comment|et|[cç]a|c)(?:\s|$|['’]))/i;

export function questionsIn(text: string): string[] {
  const parts = text
    .split('?')
    .flatMap((part) => part.split(PLUS_A_QUESTION))
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
  // « c qd la prochaine info coll ?? g 2 BRSA à positionner »: what follows the last question
  // mark may tell the référent's situation rather than ask; « et ça dure cb » still asks.
  const last = parts.at(-1);
  const told = (part: string) =>
    TELLS.test(normalizeText(part)) || TELLS_NOTHING_ASKED.test(normalizeText(part));
  if (parts.length > 1 && !text.trim().endsWith('?') && last && told(last)) parts.pop();
  return parts;
}

/** A statement of the référent's own (« j'ai 2 BRSA à positionner », « merci d'avance »). */
const TELLS = /^(j ai|je |j |on a |nous avons|merci|bonne journee|cordialement|d avance)/;

/**
 * « mr 45 ans brsa, jamais touché un outil. l'afpa peut le préparer ? »: after a person is
 * described, the question is the last sentence.
 */
export function askedSentence(text: string): string {
  const sentences = sentencesOf(text);
  // « les open badges c quoi ? j'ai un mr sans diplôme mais fiable »: the question may come first.
  return sentences.filter((sentence) => sentence.endsWith('?')).at(-1) ?? sentences.at(-1) ?? text;
}

/** The sentences of a message that end with a question mark, or the whole message when none does. */
export function questionsAsked(text: string): string {
  const questions = sentencesOf(text).filter((sentence) => sentence.endsWith('?'));
  return questions.length > 0 ? questions.join(' ') : text;
}

/**
 * « Bonjour, je suis conseiller à la Mission locale de Montauban. Pouvez-vous me présenter la
 * Promo ? »: what comes before the first question introduces it and asks nothing.
 */
export function fromFirstQuestion(text: string): string {
  const sentences = sentencesOf(text);
  const first = sentences.findIndex((sentence) => sentence.endsWith('?'));
  if (first < 0) return text;
  // « c koi la pec ? jamais prescrit encore »: what is told after the questions asks nothing.
  let last = first;
  sentences.forEach((sentence, i) => {
    if (sentence.endsWith('?')) last = i;
  });
  const after = sentences
    .slice(last + 1)
    .filter((sentence) => !TELLS_NOTHING_ASKED.test(normalizeText(sentence)));
  return [...sentences.slice(first, last + 1), ...after].join(' ');
}

/** A sentence that tells rather than asks: no question word, no « et » that adds one. */
const TELLS_NOTHING_ASKED =
  /^(?!(et|ou|puis|aussi)\b)(?!.*\b(quoi|qui|quand|ou|comment|combien|pourquoi|quel\w*|est ce)\b)/;

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** « Bonjour, j'assure l'intérim de la RAP. », « Je suis la nouvelle référente de Castel. »: who speaks. */
const SELF_INTRODUCTION =
  /^((bonjour|bjr|salut|hello)( a (tous|toutes|vous))?,? )?(je suis|j assure|je remplace|j ai repris|je reprends|je viens d arriver|je travaille|moi c est|ici c est)\b/;

/**
 * The message without the sentences in which the speaker introduces themself: « Je remplace
 * la Responsable Accompagnement et Parcours. À qui j'envoie les tableaux de bord ? » asks about
 * the tableaux de bord, not about that role. The facts told of a person are kept.
 */
export function withoutSelfIntroduction(text: string): string {
  const kept = sentencesOf(text).filter((sentence) => !SELF_INTRODUCTION.test(normalizeText(sentence)));
  return kept.length > 0 ? kept.join(' ') : text;
}
