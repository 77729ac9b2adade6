import { liveContext, SAID_BY_THE_BOT, type ConversationContext } from './follow-up.js';
import { foldAccents, plainWords } from './normalize.js';

/**
 * « pour revenir à la dame de tout à l'heure, prochaine entrée ? » after an aside (« autre chose :
 * combien de PEC depuis janvier ? »): the thread as it was before the aside is taken up again.
 * The thread keeps one subject back, no more: coming back swaps the two.
 */

/** Whom or what the référent comes back to: the person, the question, the file. */
const WHO_OR_WHAT =
  '(?:dame|monsieur|mr|mme|madame|jeune|personne|situation|dossier|cas|fille|garcon|gars|beneficiaire|allocataire|brsa|maman|papa|mere|pere|fils|frere|soeur|mari|ado|femme|homme|(?:premiere?|1ere?|1re|autre) (?:question|sujet)|(?:question|sujet) (?:d avant|de tout a l heure|du debut|precedente?))';
/** Said of before in this chat (« le jeune du début de semaine », « le dossier d'avant-hier » are older). */
const BEFORE =
  '(?:de tout a l heure|de tt a l heure|d avant(?![- ]hier)|d au dessus|du debut(?! de (?:semaine|mois|l annee|annee))|d il y a (?:\\w+ )?minutes?|precedente?)';
const WHOSE = '(?:la |le |l |les |notre |ma |mon |mes |cette |ce |cet )?';
const WHICH = '(?:derniere? )?';

/**
 * « pour (en) revenir à… », « revenons à ma première question », « je reviens sur le monsieur », or
 * « la dame de tout à l'heure, … » (said of before, or it is no coming back), with the marks after it.
 */
const COMING_BACK = new RegExp(
  `^(?:(?:ok|bon|alors|sinon|et|donc|merci|bref)[.,!]* )*(?:(?:pour (?:en )?revenir|revenons|revenir|je reviens|j en reviens|on revient|retour) (?:a|au|aux|sur) ${WHOSE}${WHICH}${WHO_OR_WHAT}(?: [a-z])?(?: ${BEFORE})?|(?:(?:et |pour |concernant |a propos d[eu] |au sujet d[eu] ))?${WHOSE}${WHO_OR_WHAT}(?: [a-z])? ${BEFORE}(?=\\s*[,:;.!?]))\\b[\\s,:;.!-]*`.replace(
    / /g,
    '\\s+',
  ),
);

type Thread = Omit<ConversationContext, 'earlier'>;

/** What follows « pour revenir à … », and the thread to read it in: the one before the aside, when there is one. */
export function backToEarlier(
  said: string,
  context: ConversationContext | undefined,
  now: Date,
): { text: string; context: ConversationContext | undefined } | undefined {
  // The folded message is what is read on (its case and accents matter to no reading).
  const folded = foldAccents(said).replace(/['’]/g, ' ');
  // « la première que tu m'as donnée, c'est à quelle heure ? » after an aside: the list given before it.
  const listBefore =
    context?.earlier?.agenda && !context.agenda ? liveContext(context.earlier, now) : undefined;
  if (listBefore && SAID_BY_THE_BOT.test(plainWords(said))) {
    const { earlier: _earlier, ...aside } = context!;
    return { text: folded, context: { ...listBefore, earlier: aside, at: context!.at } };
  }
  const coming = COMING_BACK.exec(folded);
  if (!coming) return undefined;
  const text = folded.slice(coming[0].length).trim();
  if (!text) return undefined;
  // The thread before the aside lasts as long as any thread, from when it was left.
  const earlier = context?.earlier && liveContext(context.earlier, now);
  if (!context || !earlier) return { text, context };
  const { earlier: _earlier, ...aside } = context;
  return { text, context: { ...earlier, earlier: aside, at: context.at } };
}

/**
 * The next thread, which remembers the one before it when the subject changes, also when the
 * answer leaves no subject of its own (« mes données vont où ? » while filling in a form).
 */
export function withEarlier(
  next: ConversationContext | undefined,
  previous: ConversationContext | undefined,
  now: Date,
): ConversationContext | undefined {
  if (!previous) return next;
  // What was asked in the agreement's words stays with its own answer, not with the thread kept aside.
  const { earlier, asked: _asked, ...before } = previous;
  // A thread that only remembers another one hands that one on.
  const remembered = hollow(before) ? earlier : before;
  if (!next) return remembered ? { earlier: remembered, at: now.toISOString() } : undefined;
  if (!hollow(before) && subjectOf(next) !== subjectOf(before)) return { ...next, earlier: before };
  return earlier ? { ...next, earlier } : next;
}

/** A thread with nothing of its own to follow. */
function hollow(thread: Thread): boolean {
  return Object.keys(thread).every((key) => key === 'at');
}

/** The programme and the topic of a thread: what « autre chose : … » changes. */
function subjectOf(thread: Thread): string {
  // A list and a programme's facts are two subjects, even of the same programme: « la première que
  // tu m'as donnée » after a question on Prépa goes back to its list.
  return `${thread.agenda ? 'agenda|' : ''}${thread.dispositif ?? thread.agenda?.dispositif ?? ''}|${thread.topic ?? ''}`;
}
