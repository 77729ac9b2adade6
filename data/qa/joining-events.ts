import { eventTypesIn, sessionDispositifIn, type AgendaQuery } from '../agenda/agenda-query.js';
import type { EventType, SessionDispositif } from '../agenda/model.js';
import { normalizeText } from './normalize.js';

/**
 * « info coll du 14, je peux y envoyer Mme B ? je fais comment ? »: how a person the référent
 * accompanies comes to one of AFPA's events. The agreement says who tells whom of the dates and
 * who invites; it sets no registration of its own, which the answer says rather than invents.
 */
/** `required`: asked whether the event must come first (« l'info coll est obligatoire pour entrer ? »). */
export type JoiningEvent = { type: EventType; dispositif?: SessionDispositif; required?: true };

/** « obligatoire », « passage obligé », « faut-il forcément passer par… »: the event believed a condition. */
const REQUIRED =
  /\b(obligatoires?|obligee?s?|passage oblige|(c est |il est |c |est ce )?(mieux|preferable|conseille|recommande) de (passer par|aller a|aller aux?|participer a|participer aux?|assister a|assister aux?|faire) (une |la |l |les |un |des )?(info\w*|jpo|portes? ouvertes?|reunions?|visites?)|(faut|faut il|doit|doit on|dois je|il faut)( forcement| obligatoirement| absolument)? (passer par|aller a|aller aux?|participer a|participer aux?|assister a|assister aux?|faire) (une |la |l |les |un |des )?(info\w*|jpo|portes? ouvertes?|reunions?|visites?))\b/;
/** « y a des logos obligatoires sur l'affiche de l'info coll ? »: something else is what is compulsory. */
const SOMETHING_ELSE_REQUIRED =
  /\b(logos?|affiches?|flyers?|plaquettes?|documents?|papiers?|pieces?|dossiers?|badges?|signatures?|autorisations?|mentions?|tenues?|materiel)\b/;

/** « l'info coll c'est obligatoire avant d'entrer en prépa ? »: whether one of AFPA's events is a condition of entry. */
export function requiredAsked(message: string, listed?: AgendaQuery): JoiningEvent | undefined {
  const text = normalizeText(message);
  if (!REQUIRED.test(text) || SOMETHING_ELSE_REQUIRED.test(text)) return undefined;
  // « elle est obligatoire avant de prescrire la prépa ? » after the information sessions: the one listed.
  const named = eventTypesIn(text);
  const listedOne =
    listed?.kind === 'events' && listed.types?.length === 1 && IT.test(text) ? listed.types : [];
  const types = named.length > 0 ? named : listedOne;
  if (types.length !== 1) return undefined;
  const dispositif = sessionDispositifIn(text);
  return { type: types[0]!, ...(dispositif ? { dispositif } : {}), required: true };
}

/** Sending, registering or bringing someone: the référent's act. */
const SENDS_SOMEONE =
  /\b(l |la |le |les |y |l y |la y |le y |les y )?(envoyer|envoie|envoyes?|orienter|oriente|inscrire|inscris|inscrit|positionner|positionne|emmener|amener|faire venir|faire participer|participer|assister|aller|venir)\b/;
/** …asked as a question: « je peux », « comment », « c'est possible », « il faut ». */
const ASKED =
  /\b(peux|peut|peuvent|pourrait|pourrais|pourraient|pourra|pourront|comment|possible|faut|dois|doit|fait on|fais|faire)\b/;
/** « y », « à celle-là », « dessus »: the event just listed; « faut l'inscrire avant ou elle vient comme ça ? », coming to it. */
const THE_ONE_LISTED =
  /\b(y|celle ci|celle la|celle du|celui ci|celui la|celui du|dessus|cette (info|jpo|reunion|visite|seance|date)|avant ou|comme ca)\b/;
/** « elle », « c'est »: the event of the list, as the subject of the question. */
const IT = /^(et )?(elle|il|celle ci|celle la|c|ca|c est|est ce qu elle|est ce que c est)\b/;

export function joiningAsked(message: string, listed: AgendaQuery | undefined): JoiningEvent | undefined {
  const text = normalizeText(message);
  const sends = SENDS_SOMEONE.exec(text);
  if (!sends || !ASKED.test(text)) return undefined;
  // « (j'anime les infos coll), avant qu'un référent nous oriente qqn… »: the event must be where the person is sent,
  // named after the verb or as its « y ».
  const after = text.slice(sends.index);
  const named = eventTypesIn(after);
  const there = /\by\b/.test(sends[0]) || THE_ONE_LISTED.test(after);
  const fromList = listed?.kind === 'events' && there ? (listed.types ?? []) : [];
  // « info coll prépa du 14, je peux y envoyer Mme B ? »: the event named before, as « y ».
  const namedBefore = /\by\b/.test(sends[0]) ? eventTypesIn(message) : [];
  const types = named.length > 0 ? named : namedBefore.length > 0 ? namedBefore : fromList;
  // Several kinds at once (« les JPO et les infos coll ») would each need their own answer: the list says enough.
  if (types.length !== 1) return undefined;
  const dispositif = types === fromList ? listed?.dispositif : sessionDispositifIn(message);
  return { type: types[0]!, ...(dispositif ? { dispositif } : {}) };
}

/** What the agreement says of each kind of event, for a person accompanied by the Département. */
export const JOINING_WHAT_THE_AGREEMENT_SAYS: Record<EventType, { text: string; source: string }> = {
  jpo: {
    text: 'L’AFPA communique au Département les dates de ses journées portes ouvertes, et le Département diffuse l’information auprès des personnes qu’il accompagne ; il mobilise aussi ses équipes pour y tenir un stand.',
    source: 'Accord, art. 2.1.1',
  },
  info_collective: {
    text: 'L’AFPA communique au Département les dates de ses informations collectives, et le Département diffuse l’information auprès des personnes qu’il accompagne.',
    source: 'Accord, art. 2.1.1',
  },
  visite_plateau: {
    text: 'L’AFPA organise des visites de ses plateaux techniques et en communique le calendrier ; le Département mobilise ses opérateurs pour faire visiter ces plateaux aux personnes qu’il accompagne.',
    source: 'Accord, art. 2.1.1',
  },
  reunion_metier: {
    text: 'L’AFPA organise des réunions sur les métiers en tension, avec une évaluation des personnes intéressées ; le Département y invite les allocataires.',
    source: 'Accord, art. 2.1.2',
  },
};
