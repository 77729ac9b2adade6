import { addDays, addMonths, endOfMonth, endOfWeek, format, startOfWeek } from 'date-fns';
import { z } from 'zod';
import {
  agendaFilters,
  asksEveryKind,
  DAY_OF_THE_LIST,
  BEFORE_IT_STARTS,
  eventTypesIn,
  parseAgendaQuery,
  sessionDispositifIn,
  type AgendaQuery,
} from '../agenda/agenda-query.js';
import { programmesNamedIn } from '../agenda/agenda-index.js';
import { AgendaQuerySchema, SESSION_DISPOSITIFS, type SessionDispositif } from '../agenda/model.js';
import { townIn } from '../agenda/towns.js';
import { LAST_ITEM } from '../agenda/model.js';
import { AspectSchema, DispositifIdSchema, type Aspect, type DispositifId } from '../catalogue/schema.js';
import { detectAspect, detectAspects } from './aspect.js';
import { extractProfile } from '../eligibility-extraction.js';
import { normalizeText } from './normalize.js';
import {
  outsideTheAgendaToo,
  planRowsNamed,
  planRowsOfSubjects,
  programmesLeftOut,
  recognizeScopeQuestion,
  type PlanRow,
} from './scope.js';

/**
 * The thread of a conversation: what the last answer was about, so that « et en
 * distanciel ? », « il reste de la place ? » or « ça dure combien de temps ? » are
 * understood. Kept per person and per conversation, for 30 minutes of silence; it
 * holds ids and filters, never what the person typed.
 */

export const CONTEXT_LIFETIME_MS = 30 * 60 * 1000;

/** « c'est sur quoi ? », « c'est quoi alors ? », « pour quel métier ? »: which trade an event is about. */
const WHICH_TRADE =
  /\b(sur quoi|c (est )?quoi|ca parle de quoi|de quoi (ca|il|elle) (parle|traite)|(pour |sur )?(quel|quels) (metiers?|secteurs?|domaines?))\b/;

const ThreadSchema = z.object({
  dispositif: DispositifIdSchema.optional(),
  aspects: z.array(AspectSchema).max(3).optional(),
  agenda: AgendaQuerySchema.optional(),
  /** The last answer named whom to contact: « et côté Département ? » asks the same. */
  /** « agreement »: the last answer quoted the agreement about itself (its length): « et si on veut arrêter avant ? » is about it too. */
  /** « figures »: the last answer said the figures are not available; « et pour la promo ? » asks the same. */
  /** « picking »: the programme picker of a prescription was just shown; « la PEC » typed next chooses it. */
  /** « bilan »: the last answer said who sends the individual report; « et pour la promo ? » asks the same of it. */
  /** « deadline »: the last answer gave the date limit of the entries; « et pour finir leur parcours ? » asks its other date. */
  /** « digest »: the weekly digest was just explained; « je veux plus le recevoir » stops it. */
  /** « handling », « publishing »: AFPA's side was just explained; « et s'il arrête ? », « il faut quelles colonnes ? » go on with it. */
  topic: z
    .enum([
      'contacts',
      'agreement',
      'figures',
      'picking',
      'bilan',
      'deadline',
      'digest',
      'handling',
      'publishing',
    ])
    .optional(),
  /** The question the agreement's words answered last: « et il sert à quoi ? » is searched with it. */
  asked: z.string().max(300).optional(),
  /** What the story of the person just checked calls for (a CDDI: the RSFP): « y a quoi pour lui ? » asks it. */
  need: DispositifIdSchema.optional(),
  /** The step the last answer was asked about (« volet 1 »): « et le 2 ? » asks the same of the other. */
  step: z.string().max(40).optional(),
  /** The town the person of the thread lives in, told (« elle habite Valence d'Agen »): « vers chez elle » is there. */
  home: z.string().max(60).optional(),
  /** « prépa ou PEC pour elle ? » answered side by side: the facts told next are checked for both. */
  choice: z.array(z.enum(SESSION_DISPOSITIFS)).max(3).optional(),
  /** The entry with room the last list led with: « je l'inscris dessus » prescribes on it. */
  session: z.object({ id: z.string().max(120), dispositif: z.enum(SESSION_DISPOSITIFS) }).optional(),
  at: z.string(),
});
export const ConversationContextSchema = ThreadSchema.extend({
  /** The thread before the last change of subject: « pour revenir à la dame de tout à l'heure » takes it up again. */
  earlier: ThreadSchema.optional(),
});
export type ConversationContext = z.infer<typeof ConversationContextSchema>;

/** The context still worth following, or nothing after 30 minutes of silence or when unreadable. */
export function liveContext(stored: unknown, now: Date): ConversationContext | undefined {
  const context = readContext(stored);
  return context && now.getTime() - Date.parse(context.at) <= CONTEXT_LIFETIME_MS ? context : undefined;
}

/**
 * A turn looks at its stored thread several times (what was offered, the person, the digest):
 * each stored object is checked against the schema once. Stored threads are replaced, never
 * changed in place, so an object once read stays what it was.
 */
const contextsRead = new WeakMap<object, ConversationContext | null>();

function readContext(stored: unknown): ConversationContext | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  let context = contextsRead.get(stored);
  if (context === undefined) {
    const parsed = ConversationContextSchema.safeParse(stored);
    context = parsed.success ? parsed.data : null;
    contextsRead.set(stored, context);
  }
  return context ?? undefined;
}

/**
 * « et ase ? », « et ase promo ? », « et l'ASE sur la promo ? » after a programme's target: the one counted in young people of the ASE, the
 * Promo's (Protocole, § 4), read before the word's meaning.
 */
export function asksTheAseTarget(message: string, context: ConversationContext | undefined): boolean {
  return (
    context?.aspects?.includes('target') === true &&
    /^(et )?(pour )?(l objectif (de |des |pour les |pour )?)?(les |l )?(jeunes )?(ase|aide sociale a l enfance)(( sur| pour| dans| en)?( la)? (promo|1618|promo 1618))?$/.test(
      normalizeText(message).replace(FILLERS, ''),
    )
  );
}

/** What a follow-up turns into, read with what came before. */
export type FollowUp =
  | { kind: 'contacts' }
  | { kind: 'afterPrescribing' }
  | { kind: 'entryDeadline' }
  | {
      kind: 'figures';
      dispositif?: SessionDispositif;
      year?: number;
      indicators?: PlanRow[];
      leftOut?: SessionDispositif[];
    }
  | { kind: 'agenda'; query: AgendaQuery }
  | { kind: 'dispositif'; dispositif: DispositifId; aspects: Aspect[] };

/** Short messages that lean on the previous one: « et … ? », « ça … ? », a filter alone. */
const LEANS_ON_CONTEXT =
  /^((ok |bon |d accord )?(donc|alors|du coup)|est ce qu(e|e )?(ca|c|cela|il|elle|on)|et|ca|c est|c|cela|il|elle|ils|elles|celle|celui|celles|ceux|laquelle|lesquelles|lequel|lesquels|y a|y en a|encore|aussi|sinon|plutot|du cote|pour|en|a|sur|que|seulement|juste|uniquement|mais|meme)\b/;
const MAX_FOLLOW_UP_WORDS = 9;
/** « rien à Moissac ? », « aucune en mars ? »: the list shown, asked of a place or a time. */
const NOTHING_THERE = /^(rien|y a rien|ya rien|il y a rien|aucune?|pas une)\b/;
/** « tous les jours ? », « c'est quels jours ? », « à temps plein ? »: how the weeks are spent. */
const SCHEDULE_ASKED =
  /\b(tous les jours|chaque jour|quels jours|combien de jours par semaine|jours par semaine|a temps (plein|partiel)|horaires?|emploi du temps|(rdv|rendez vous) (le|du|chaque) (lundi|mardi|mercredi|jeudi|vendredi))\b/;
const CONTACT_SIDES =
  /\b(poste|role|fonction|missions?|(elle|il) fait quoi|fait quoi exactement|departement|cd ?82|cd|conseil (departemental|general)|afpa|centre|cote|chez (vous|eux)|referent\w*|responsable|directeur|directrice|qui|(au )?jour le jour|au quotidien|operationnel\w*|deploiement|dispositifs?|gere\w*|s occupe\w*|deploie\w*|meme personne|la meme|le meme|pareil|au dessus|superieure?s?|hierarchi\w*|chef|patron\w*|n ?\+ ?1)\b/;
const MAX_LEANING_WORDS = 16;
/** « la phase 2 », « la 1ère étape », « le dernier atelier »: one step of the programme being discussed. */
const A_STEP =
  /\b((phase|etape|atelier|volet|semaine) (\d|un|deux|trois|quatre|cinq)|(1ere|1re|premiere|deuxieme|2e|derniere|dernier) (phase|etape|atelier|semaine))\b/;
/** « ailleurs qu'à Montauban ? », « hors de Montauban ? » after a list: the same list, somewhere else. */
const ELSEWHERE_START = /^(ailleurs|autre part|hors de|en dehors de|sauf)\b/;
/** « et ailleurs ? », « autre part ? », « ok et y en a une ailleurs ? »: the list just shown, anywhere but its town. */
const ELSEWHERE_ALONE =
  /^(?:(?:c (?:est )?)?(?:un peu |trop |bien |vraiment )?(?:tard|loin|tot)\s)?(ok |bon |d accord )?(et |mais |sinon )?((il )?y en a (une? autre|une?|d autres|des) (?:(?:plus tot|plus tard|avant|apres|plus pres|plus proche) )?|(il )?y a (des |d autres )?(dates |sessions |choses )?)?(ailleurs|autre part|dans d autres (villes|communes|endroits))( alors| sinon| aussi| plus tot| avant)?$/;
/** « même chose pour… », « pareil pour… », « idem »: the last question, asked again. */
const SAME_AGAIN = /^(meme chose|meme question|pareil|idem)\b/;
/** « et après ? », « ensuite il se passe quoi ? »: the next step of what was just explained. */
const AND_THEN = /^(et )?(apres|ensuite|puis)\b/;
/** « c en présentiel ? », « elle est à distance ? »: a question about the list shown. */
const ABOUT_THE_LIST = /^(c|c est|ca|elle|il|elles|ils|celle|celui|cette|ce) /;
/** « à distance ou sur place ? », « c'est en présentiel ou en visio ? »: either, asked of what is shown. */
const EITHER_MODALITY =
  /\b(a distance|distanciel|en ligne|visio)\b.*\bou\b.*\b(sur place|presentiel|venir|se deplacer|en vrai)\b|\b(sur place|presentiel)\b.*\bou\b.*\b(a distance|distanciel|en ligne|visio)\b|\b(a distance|en distanciel|en ligne|en visio|sur place|en presentiel) (celle|celui) (la|ci)\b|\b(celle|celui) (la|ci) (c est |c |elle est |il est |est elle |est il |se fait |est )?(a distance|en distanciel|en ligne|en visio|sur place|en presentiel)\b/;
/** « et la pec c quoi ? » asks what the programme is, not who runs it. */
const ASKS_WHAT = /\b(quoi|qu est|comment|combien|quand|ou|pourquoi)\b/;
/** « ça démarre quand ? », « prochaines dates ? »: the entry sessions of the dispositif being discussed. */
const WHEN_DOES_IT_START =
  /^(?:(?:et|mais|alors|du coup|bon|ok|donc) )*(?:la |une )?(?:suivante|prochaine|d apres)(?: (?:alors|du coup|donc|entree|session|date|svp|stp))*$|^(?:(?:et|mais|alors|du coup|bon|ok|donc) )*(?:c est |c )?(?:quand|qd)(?: (?:ca|du coup|alors|donc|exactement|ca alors))*$|\b(demarre\w*|commence\w*|debute\w*|quand (ca|c est|est ce)|(c|c est) (quand|qd) (la |le )?prochaine?|(la |le )?(prochaine?|plus proche|premiere?) (c est |c )?(quand|qd)|prochaines? (dates?|entrees?|sessions?)|dates? d entree|il reste de la place|(il )?reste (combien|cb) de places?|combien de places? (il )?(en )?reste|reste t il de la place|encore de la place|y a de la place|des places)\b/;

const SESSION_PROGRAMMES = new Set<string>(SESSION_DISPOSITIFS);

/**
 * « il peut aller voir l'atelier avant ? » after the soudure places: the visits (or trade meetings)
 * of the trade just shown; any other query as it is.
 */
export function withTradeShown(query: AgendaQuery, context: ConversationContext | undefined): AgendaQuery {
  const trade = context?.agenda?.trade;
  const ofATrade = query.types?.every((type) => type === 'visite_plateau' || type === 'reunion_metier');
  return trade && ofATrade && !query.trade ? { ...query, trade } : query;
}
/** « c'est où ? », « c'est à quelle heure ? », « heure ? », « c'est ouvert aux parents ? »: what each item of the list says. */
const WHERE_OR_WHEN =
  /^(et )?(l |les |la |le )?(heures?|horaires?|lieu|adresse|date|dates|endroit|ou)$|\b(ouverte?s? aux (parents?|familles?)|(les )?parents? (peuvent|peut|pourront) (venir|participer|y aller)|c ou|c est ou|ou c est|ou ca|ou ca se passe|ca se passe ou|se passe ou|quel lieu|ou exactement|a quelle heure|quelle heure|a quelle h|quelle h|quels? horaires?|horaires?|(le )?matin ou (l |le )?(aprem|apres midi|soir)|(c est |c )?(le matin|l aprem|l apres midi)$|quels? metiers?|ca concerne (quoi|qui|quels?)|c est sur quoi|sur quels? metiers?|debut(?! (de |d |du mois (de |d ))?(janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec))|date de debut|demarrage|(ca|elle|il|la formation) (commence|demarre|debute)\w* quand|quand (est ce qu )?(elle|il|ca) (commence|demarre|debute)\w*)\b/;
const HOW_MANY_SEATS = /\b(combien|nombre) (de |d )?places?\b|^(et )?(les |des )?places?$/;
/** A programme named and nothing else: « la 1618 ? », « prépa comp ? ». */
const PROGRAMME_ALONE =
  /^(la |le |l |les )?(prepa( comp\w*)?|pec|comp pec|competences pec|promo( 1618)?|1618)$/;

/** « elle peut accueillir combien ? », « ils prennent combien de personnes ? »: how many an event or an entry takes. */
const CAPACITY_ASKED =
  /\b(accueill\w*|recevoir|recoi\w*|prend\w*) combien\b|\bcombien (de |d )?(personnes|participants|inscrits|gens|monde) (max\w* )?(peu\w+ |pourr\w+ )?(y )?(venir|aller|participer|accueill\w*|s inscrire|etre accueill\w*|au max\w*)\b|\b(capacite|jauge)\b/;

/** « et celle du 25 ? », « le 3 ? »: one item of the list, picked by its day. */

const ABOUT_THE_RULES =
  /\b(l accord|la convention|le protocole) (le |les |la |l )?(permet|prevoit|autorise|dit)\w*\b/;
const OWN_SUBJECT =
  /\b(pic|plan d investissement|accord|comite de pilotage|copil|dgefp|ddetspp|national\w*|panda)\b/;
/** « que la pec ? », « juste prépa » after a list: that programme's, in the same list. */
const ONLY_THAT =
  /^(et )?(que|juste|seulement|uniquement|rien que)\b|^(celles?|ceux|celui) (de|du|pour|en)\b/;
/** « réalisé ? », « et les résultats ? » after the targets: the figures done, not available here. */
const DONE_ASKED =
  /^(et )?(le |la |les )?(realise|realises|realisation|resultats?|chiffres?|fait|bilan)$|\b(taux )?reel\w*\b|\b(chez nous|dans le 82|sur le 82|localement|en local)\b/;
const ANY_LEFT =
  /\b(il )?en reste|\breste\b|reste t il (des places|de la place)?|y en a encore|encore dispo\w*\b/;
/** « la prochaine c'est quand ? », « c quand ? »: the list again, soonest first. */
const NEXT_ONE =
  /\b((le|la|les) prochaine?s?|(c|c est|ca sera|ce sera|c sera) quand|quand (ca|c est|est ce)|^(et )?quand|(se )?termine\w* quand|finit quand|jusqu a quand|ca (se )?termine|ca finit)\b/;
/** « le suivant ? », « et la V2 suivante ? », « d'autres dates ? »: what comes after the list shown. */
const THE_NEXT_ONES =
  /\b(le suivant|la suivante|les suivant\w*|(la|le|l) (\w+ ){1,2}(suivante?|d apres)|(la|le|celle|celui) d apres|d autres( dates)?|une autre date|autres dates|une autre (apres|plus tard|ensuite|derriere)|(y en a|il y en a|y en a t il|y a|ya) (une |un |d )?autres?)\b|^(et )?(apres|ensuite|la suite)$/;
/** « et le mois d'après ? »: the list shown, a month later. */
const MONTH_AFTER = /\b(le )?mois (d apres|suivant|qui suit)\b/;
/** « et la semaine d'après ? », « et le lendemain ? »: the list shown, that much later. */
const WEEK_AFTER = /\b(la )?semaine (d apres|suivante|qui suit)\b/;
/** « et la suivante ? » after a week (« la semaine »), « et le suivant ? » after a month (« le mois »). */
const THE_NEXT_ONE_AFTER_A_WEEK =
  /^(et )?(encore )?(la suivante|(celle|la) (encore )?d apres|celle (encore |qui vient )?apres|celle d encore apres)( encore)?$/;
const THE_NEXT_ONE_AFTER_A_MONTH =
  /^(et )?(encore )?(le suivant|(celui|le) (encore )?d apres|celui (encore |qui vient )?apres|celui d encore apres)( encore)?$/;
const DAY_AFTER = /\b(le )?(lendemain|jour (d apres|suivant))\b/;
/** « ok », « bon », « d'accord » before a follow-up change nothing to it. */
const FILLERS =
  /^((ok|okay|oki|bon|bien|d accord|dac|daccord|alors|oui|ouais|merci|super|top|parfait|ah|oh|euh|hum|du coup)\b ?)+|( du coup| svp| stp)+$/g;
/** « et s'il refuse ? », « et si elle veut pas ? »: someone's agreement withheld. */
const REFUSES =
  /^(et |mais )?(si|s) (il|elle|ils|elles|l employeur|la personne|le jeune|la jeune) (refuse\w*|dit non|dis non|n est pas d accord|est pas d accord|veut pas|ne veut pas|accepte pas|n accepte pas)\b/;
/** « ça dure combien », « combien de jours », « c'est long »: how long, asked. */
const STEP_LENGTH_ASKED =
  /\b(dure\w*|combien de (temps|jours|semaines)|c est long|longueur|ca prend combien)\b/;

/** « c'est quoi le volet 2 ? », « ça sert à quoi ? »: what something is, asked. */
const WHAT_IT_IS =
  /\b(c est quoi|c quoi|cest quoi|ca consiste en quoi|ca consiste|ca sert a quoi|sert a quoi|qu est ce que c est|qu est ce que)\b/;
/** « la première que tu m'as donnée »: the list just shown, pointed at; the words point, they ask nothing. */
export const SAID_BY_THE_BOT =
  / ?\b(que|qu) (tu m as|vous m avez|tu nous as|vous nous avez|t m as) (donnee?s?|montree?s?|envoyee?s?|indiquee?s?|proposee?s?|listee?s?|dite?s?|mise?s?|citee?s?)\b/;
/**
 * The last answer doubted or asked again: « t'es sûr ? », « c'est écrit où ? », « source ? », « tu
 * l'inventes ? », « ça a changé depuis ? », « c'est pas 4 plutôt ? », or asked shorter (« résume »,
 * « plus simplement »). The same facts answer, with their source.
 */
const SURE_OR_SOURCE =
  /^(?:(?:et|mais|ok|hum|euh) )*(?:(?:t|tu|vous) (?:es|etes) (?:sure?s?|certaine?s?)|t sure?|sure?$|vraiment$|c est (?:bien )?sur$|(?:c est |c )?(?:ecrit|marque) ou|ou (?:c est )?(?:ecrit|marque)|(?:tu peux |vous pouvez )?(?:me )?(?:donner |citer )?(?:(?:la|ta|vos|tes|les) )?sources?|(?:tu peux |vous pouvez )?(?:me )?(?:citer|donner) (?:l |le |la )?(?:article|paragraphe|passage|texte)|quel (?:article|paragraphe)|(?:d ou|ou) (?:tu sors|vous sortez) (?:ca|cette info\w*)|(?:et )?si je lis (?:le protocole|l accord|la convention|le texte)|(?:ca|c) a change(?: depuis)?|(?:c est |c )l accord qui (?:dit|le dit)|tu (?:l |les )?inventes?|(?:tu )?(?:me )?(?:le )?resumes?|en plus court|(?:explique|dis le|dis moi ca) plus simplement|plus simplement|(?:c est |c )pas (?:plutot )?(?:le |la |l |les )?\d+)\b/;

/** « … dans la convention ? quel article », « … je dois le citer »: more words about the source asked. */
const ABOUT_THE_SOURCE =
  /^((ca|c|dans|la|le|l|les|convention|accord|texte|protocole|annexe|quel|quelle|article|paragraphe|section|page|exactement|precisement|je|dois|le|citer|pour|mon|ma|un|une|compte|rendu|note|rapport|stp|svp|merci)( |$))+$/;
/** « t'es sûr ? c'est pas 3 mois ? », « … c'est marqué où ? »: another figure or the source, doubted. */
const FIGURE_DOUBTED = /^((c est |c )?pas (plutot )?(le |la |l |les )?\d+\b.*|.*\b(ecrit|marque) ou\b.*)$/;
/** « on m'a dit 3 mois », « ma collègue dit 5 », « j'avais lu autre chose »: what was heard elsewhere. */
const HEARD_ELSEWHERE =
  /^(on m a dit|on me dit|on m avait dit|(ma|mon) (collegue|chef|responsable)( m)? (a dit|dit|disait)|(l employeur|le patron|la personne|il|elle) (m a dit|dit|m a affirme)|j ai (lu|entendu)|j avais (lu|entendu|compris)|il me semblait|je croyais)\b/;

/**
 * « t'es sûr ? », « c'est écrit où ? », « t'es sûr ? on m'a dit 3 mois à l'info coll » after an
 * answer: the same answer again (it quotes its source, or lists what AFPA published), not the
 * claim heard elsewhere, whose words (« l'info coll ») are no new question.
 */
function doubted(text: string, context: ConversationContext): FollowUp | undefined {
  const sure = SURE_OR_SOURCE.exec(text);
  if (!sure) return undefined;
  const rest = text.slice(sure[0].length).trim();
  const short = rest.split(' ').filter(Boolean).length <= 3;
  if (!short && !HEARD_ELSEWHERE.test(rest) && !ABOUT_THE_SOURCE.test(rest) && !FIGURE_DOUBTED.test(rest))
    return undefined;
  // After a list, the context holds it; after a programme's answer, the list is gone from it.
  if (context.agenda) return { kind: 'agenda', query: context.agenda };
  if (context.dispositif)
    return { kind: 'dispositif', dispositif: context.dispositif, aspects: context.aspects ?? ['overview'] };
  return undefined;
}

/**
 * The list shown, for another trade: « visite élec c'est le 10 mars ? » then « et celle de soudure ? »
 * asks the soudure one whenever it is, not on the day that was the électricité one's.
 */
function ofTrade(list: AgendaQuery, trade: string): AgendaQuery {
  const { from, to, ...anyDay } = list;
  return from !== undefined && from === to ? { ...anyDay, trade } : { ...list, trade };
}

/** « ah non pardon, je voulais dire Moissac »: a correction of the last question, which keeps its subject. */
const CORRECTION = /\b(je voulais dire|pardon|plutot|en fait|je me suis trompee?|non (pas|mais))\b/;

/** The publics whose programme the agreement's targets name: « les jeunes ASE » are the Promo's. */
const PUBLICS: ReadonlyArray<readonly [RegExp, SessionDispositif]> = [
  [/\b(jeunes?|ase|mineure?s?|ados?)\b/, 'promo-16-18'],
  [/\b(salariee?s?|contrats?) (en |sous )?pec\b/, 'competences-pec'],
];

function programmeOfPublic(text: string): SessionDispositif | undefined {
  return sessionDispositifIn(text) ?? PUBLICS.find(([words]) => words.test(text))?.[1];
}

/** « si elle a une voiture », « il a eu son permis », « finalement il est véhiculé »: the person can travel now. */
const TRAVELS_NOW =
  /\b(a|aura|avait|a eu|a trouve|a recupere) (une |sa |la |son |le )?(voiture|vehicule|permis|scooter|moto|mobylette|solution de transport)\b|\b(est|sera) (vehiculee?|motorisee?|mobile)\b/;

/** « là-bas », « sur place »: the town of the list just shown. */
const THERE = /\b(la bas|labas|dans ce coin|dans le coin|meme endroit|meme ville)\b/;

/**
 * The previous answer completes a short follow-up: an agenda list gets the new
 * filters, a dispositif gets the new aspect (or its entry dates). Undefined when the
 * message stands on its own (it names its subject) or does not lean on the context.
 */
export function followUp(
  message: string,
  context: ConversationContext | undefined,
  now: Date,
): FollowUp | undefined {
  const training = trainingOfTheTradeShown(message, context, now);
  if (training) return training;
  // « la suivante alors ? il peut aller à Castel », « la suivante ? elle peut pas le 14 »: the
  // question, then where the person can go, or not, or the day they cannot, which narrows it.
  const then = QUESTION_THEN_STATEMENT.exec(message);
  const statement = then ? normalizeText(then[2]!) : '';
  const cannot = then !== null && CANNOT_GO.test(statement);
  const notThere = cannot || TOO_FAR.test(statement);
  // « il est de Moissac » says where he lives, not where he may go.
  const town = then && (notThere || GOES_THERE.test(statement)) ? townIn(statement) : undefined;
  const first = town || cannot ? followUpOf(then![1]!, context, now) : undefined;
  if (first?.kind === 'agenda') {
    const where = town ? (notThere ? { elsewhereThan: town, place: undefined } : { place: town }) : {};
    const day = cannot && !town ? /\b(?:le|du|ce) (\d{1,2}|1er)\b/.exec(statement) : null;
    const missed = day ? agendaFilters(`le ${day[1]}`, now) : {};
    const after =
      missed.from && missed.from === missed.to
        ? { from: format(addDays(new Date(`${missed.from}T12:00:00`), 1), 'yyyy-MM-dd'), to: undefined }
        : {};
    return { kind: 'agenda', query: clean({ ...first.query, ...where, ...after }) };
  }
  const whole = followUpOf(message, context, now);
  if (whole) return whole;
  if (!context?.agenda) return undefined;
  // « castel c trop loin pour lui, la d'après à Montauban ? »: what is told first explains the
  // question that ends the message, which follows the list shown.
  // « et la prochaine entrée, il reste de la place ? » asks of what it names first: not this.
  const told = STATEMENT_THEN_QUESTION.exec(message);
  if (!told || parseAgendaQuery(told[1]!, now)) return undefined;
  return followUpOf(told[2]!, context, now);
}

/**
 * « elle est intéressée par la formation derrière, y a des places ? » after the welding workshop's
 * visit: the places of that trade's training, however long the message.
 */
function trainingOfTheTradeShown(
  message: string,
  context: ConversationContext | undefined,
  now: Date,
): FollowUp | undefined {
  const shown = context?.agenda;
  if (shown?.kind !== 'events' || shown.trade === undefined) return undefined;
  if (!/\bformations?\b/.test(normalizeText(message))) return undefined;
  // « et les places en formation, je les mets à jour comment ? » asks how AFPA publishes them.
  if (recognizeScopeQuestion(message)) return undefined;
  const own = parseAgendaQuery(message, now);
  if (own?.kind !== 'places' || own.trade) return undefined;
  return { kind: 'agenda', query: clean({ ...own, trade: shown.trade }) };
}

/**
 * A statement without a question mark, a comma, then a short question: « il peut pas jeudi, et la
 * suivante ? ». « et la formation soudeur, combien de places ? » names its subject first: no statement.
 */
/** « elle peut pas le 14 », « il est pas dispo ce jour-là »: a day the person cannot come. */
const CANNOT_GO =
  /\b(peut|peux|pourra|pourrait|pouvait) pas\b|\bpas (dispo\w*|libre|disponible)\b|\bempeche\w*/;
const GOES_THERE =
  /\b(peut|peux|pourrait|pourra) (aller|se deplacer|venir|y aller)\b|\bok pour\b|\bca (lui )?(irait|va)\b/;
const TOO_FAR = /\b(loin|trop loin|pas (le |de )?(permis|voiture|vehicule))\b/;
/** A short question, then a statement that says why or what is possible: « la suivante alors ? il peut aller à Castel ». */
const QUESTION_THEN_STATEMENT = /^([^?]{1,60}\?)\s*([^?]{3,})$/;
const STATEMENT_THEN_QUESTION = /^(?!\s*(?:et|ou|pour|sinon|mais)\b)([^?]+),\s*([^,?]{1,60}\?)\s*$/i;

function followUpOf(
  message: string,
  context: ConversationContext | undefined,
  now: Date,
): FollowUp | undefined {
  if (!context) return undefined;
  const text = normalizeText(message).replace(FILLERS, '').replace(SAID_BY_THE_BOT, '').trim();
  const words = text.split(' ').filter(Boolean).length;
  const leans =
    LEANS_ON_CONTEXT.test(text) ||
    CORRECTION.test(text) ||
    SAME_AGAIN.test(text) ||
    ELSEWHERE_START.test(text);
  // « et il reste de la place sur la prochaine entrée ? » leans on the thread however long it is.
  if (words === 0) return undefined;
  // « faut l'accord de l'employeur ? » then « et s'il refuse ? »: the same facts, which say whose agreement it takes.
  if (context.dispositif && context.aspects && REFUSES.test(text))
    return { kind: 'dispositif', dispositif: context.dispositif, aspects: context.aspects };
  // « c'est quoi le volet 2 déjà ? » after the entries: what that step is, not its entries.
  const step = context.agenda?.dispositif ? stepNamed(message) : undefined;
  if (step && context.agenda?.dispositif && WHAT_IT_IS.test(text))
    return { kind: 'dispositif', dispositif: context.agenda.dispositif, aspects: ['phases'] };
  // « ça dure combien le volet 1 ? » after the entries: how long that step lasts, not its entries.
  if (step && context.agenda?.dispositif && STEP_LENGTH_ASKED.test(text))
    return { kind: 'dispositif', dispositif: context.agenda.dispositif, aspects: ['duration'] };
  // « il doit y aller tous les jours ? il a son rdv le vendredi » after a programme's entries: its rhythm, not Friday's entries.
  const entriesShown = context.agenda?.kind === 'sessions' ? context.agenda.dispositif : undefined;
  if (entriesShown && SCHEDULE_ASKED.test(text)) {
    const asked = detectAspects(message);
    return {
      kind: 'dispositif',
      dispositif: entriesShown,
      aspects: asked.includes('modality') ? asked : ['modality'],
    };
  }
  const again = doubted(text, context);
  if (again) return again;
  if (words > (leans ? MAX_LEANING_WORDS : MAX_FOLLOW_UP_WORDS)) {
    // « et y en a pas une plus près de Castel, ils ont pas le permis », « celle du 3/02 elle est de quelle
    // heure à quelle heure, il finit le boulot à 12h »: the question, without why it is asked.
    const asked =
      /^et\b/.test(text) || DAY_OF_THE_LIST.test(text)
        ? message.split(/[,;?]|\s(?:parce qu|car)\b/)[0]!
        : message;
    return asked !== message ? followUp(asked, context, now) : undefined;
  }

  if (asksTheAseTarget(message, context))
    return { kind: 'dispositif', dispositif: 'promo-16-18', aspects: ['target'] };

  // « et côté Département ? », « et à l'AFPA ? » after the roles to contact.
  // « et pour la 1618 ? » after them: the roles of that programme, in the same card.
  if (
    context.topic === 'contacts' &&
    // « son rôle exact ? »: of the person just named.
    (leans || (/^(son|sa|ses|leur) /.test(text) && words <= 5)) &&
    // « et le copil national, qui le pilote ? » names a subject of its own.
    !/\b(copil|comite de pilotage|national\w*)\b/.test(text) &&
    (CONTACT_SIDES.test(text) || (sessionDispositifIn(text) && words <= 4 && !ASKS_WHAT.test(text)))
  )
    return { kind: 'contacts' };
  // « et si elle est absente ? » after the roles: the card names who else to ask.
  if (
    context.topic === 'contacts' &&
    /\b(absente?s?|en conge|en vacances|pas la|injoignable|indisponible|ne repond pas)\b/.test(text) &&
    words <= 8
  )
    return { kind: 'contacts' };
  // « et c quoi son titre exact ? » after the roles: the card names each one's title.
  if (
    context.topic === 'contacts' &&
    /\b(son|sa|leur|leurs) (titre|poste|fonction|role|intitule|nom|noms|prenom)\b/.test(text) &&
    words <= 8
  )
    return { kind: 'contacts' };
  // « le bilan individuel c'est pour quels dispositifs ? » then « il arrive à qui ? »: to the référent, as what comes back says.
  if (
    /\bbilans?\b/.test(normalizeText(context.asked ?? '')) &&
    /\b(a qui|chez qui|qui le (recoit|recupere|lit)|qui l a)\b/.test(text) &&
    words <= 8
  )
    return { kind: 'afterPrescribing' };
  // « et finir leur parcours ? », « et ça a été reconduit ? » after the date limit of the entries: the same answer gives
  // when they must end, and the current campaign.
  if (
    context.topic === 'deadline' &&
    leans &&
    words <= 8 &&
    /\b(finir|fin|finis?|finies?|termin\w*|finalis\w*|achev\w*|sortie|prolong\w*|recondu\w*|renouvel\w*|avenants?|poursuivi\w*)\b/.test(
      text,
    )
  )
    return { kind: 'entryDeadline' };
  // « et après ? », « et ensuite, il se passe quoi ? » after how to prescribe: what comes back.
  if (context.aspects?.includes('prescription') && leans && AND_THEN.test(text) && words <= 6)
    return { kind: 'afterPrescribing' };
  // « et sans compter la promo ? » after the figures: the others' targets.
  const leftOut = context.topic === 'figures' && leans ? programmesLeftOut(message) : [];
  if (leftOut.length > 0) return { kind: 'figures', leftOut };
  // « et pour les jeunes ASE ? » after a target: the target of that public's programme.
  const targetShown = context.topic === 'figures' || context.aspects?.includes('target');
  const publicAsked = targetShown && leans && words <= 8 ? programmeOfPublic(text) : undefined;
  if (publicAsked)
    return context.topic === 'figures'
      ? { kind: 'figures', dispositif: publicAsked }
      : { kind: 'dispositif', dispositif: publicAsked, aspects: ['target'] };
  // « max ? », « et au minimum ? » after a programme's duration: the same answer, which gives both.
  if (
    context.dispositif &&
    context.aspects?.includes('duration') &&
    /^(et )?(au |le |la )?(max|maxi|maximum|mini|minimum|duree max\w*|duree mini\w*)$/.test(text)
  )
    return { kind: 'dispositif', dispositif: context.dispositif, aspects: ['duration'] };
  // « réalisé ? », « et le réalisé ? » after a programme's target: what was done, which the figures say.
  const shown = context.dispositif;
  const targetOf = context.aspects?.includes('target')
    ? SESSION_DISPOSITIFS.find((programme) => programme === shown)
    : undefined;
  if (targetOf && DONE_ASKED.test(text)) return { kind: 'figures', dispositif: targetOf };
  // « et vers la promo ? », « et aux JPO ? » after the figures: the figures again, not available either.
  // « et pour 2023 ? » after the figures: the targets of that year, which the card says are not set.
  const year = context.topic === 'figures' && leans && words <= 5 ? /\b(20\d\d)\b/.exec(text) : null;
  if (year) return { kind: 'figures', year: Number(year[1]) };
  // « objectif c combien déjà ? » after them: the figures card, which gives the targets.
  const target = context.topic === 'figures' && words <= 7 && detectAspects(message)[0] === 'target';
  // « même chose pour la PEC et la Promo, s'il vous plaît »: the figures again, for those.
  const same = context.topic === 'figures' && SAME_AGAIN.test(text);
  if (
    target ||
    same ||
    (context.topic === 'figures' && DONE_ASKED.test(text)) ||
    (context.topic === 'figures' &&
      leans &&
      words <= 7 &&
      detectAspects(message)[0] === 'overview' &&
      // « et le PIC, ses ambitions ? » names a subject of its own.
      !OWN_SUBJECT.test(text))
  ) {
    if (same && programmesNamedIn(text).length > 1) return { kind: 'figures' };
    // « et ceux du 2.1.3 ? » after what a row counts: that row.
    // « et pour les JPO précisément ? » after the indicators: the row that counts them.
    const rows = planRowsNamed(text);
    const subjects = rows.length > 0 ? rows : planRowsOfSubjects(text);
    if (subjects.length > 0) return { kind: 'figures', indicators: subjects };
    const shownBefore = SESSION_DISPOSITIFS.find((programme) => programme === context?.dispositif);
    const programme = sessionDispositifIn(text) ?? shownBefore;
    return programme ? { kind: 'figures', dispositif: programme } : { kind: 'figures' };
  }

  // « on a un indicateur dessus ? » after the JPO: the action plan's row that counts what the list shows.
  const listed = context.agenda;
  if (
    listed &&
    words <= 8 &&
    /\bindicateurs?\b/.test(text) &&
    /\b(dessus|la dessus|ca|celles? ci|ceux ci)\b/.test(text)
  ) {
    const rows: PlanRow[] =
      listed.kind === 'sessions'
        ? ['2.1.3']
        : listed.kind === 'places' || listed.types?.includes('reunion_metier')
          ? ['2.1.2']
          : ['2.1.1'];
    return { kind: 'figures', indicators: rows };
  }

  // The message's own agenda question, if it asks one: read once for every rule below.
  const own = parseAgendaQuery(message, now);
  // « et publier hors de Montauban, l'accord le permet ? » asks the agreement, not the list.
  // One item of the list picked by its rank (« la 2 ») is what « c'est où ? » asks about; any other
  // follow-up is of the whole list again.
  const picked = context.agenda;
  if (picked?.item !== undefined) {
    const { item: _rank, ...wholeList } = picked;
    context = { ...context, agenda: wholeList };
  }
  if (context.agenda && picked && !ABOUT_THE_RULES.test(text) && !outsideTheAgendaToo(message)) {
    // « une autre ? » only says how a single result reads: no filter of the list.
    const { anotherAsked, ...filters } = agendaFilters(message, now);
    // « ah non pardon, elle a déjà son projet, elle veut sécuriser son entrée » after volet 1's entries: volet 2's.
    // Told or corrected, not a new question: « elle sait pas quel métier, c'est quoi la prépa ? » asks its own.
    const aim =
      context.agenda.volet &&
      context.agenda.dispositif === 'prepa-competences' &&
      (!message.includes('?') ||
        /^(ah |oh )?(non|pardon|en fait|finalement|plutot|attends?|erreur)\b/.test(text))
        ? extractProfile(message).aim
        : undefined;
    const aimedStep = aim === 'trainingEntry' ? 'volet 2' : aim === 'project' ? 'volet 1' : undefined;
    if (aimedStep && aimedStep !== context.agenda.volet)
      return { kind: 'agenda', query: { ...context.agenda, volet: aimedStep } };
    // « et ailleurs ? » after a town's list: the same list, that town left out.
    if (ELSEWHERE_ALONE.test(text) && context.agenda.place) {
      const { place, ...kept } = context.agenda;
      return { kind: 'agenda', query: clean({ ...kept, elsewhereThan: place }) };
    }
    // « et bâtiment ? c'est où ? » after the logistics meeting: the same kind of event, of that trade.
    const anotherTrade =
      own?.kind === 'places' &&
      own.trade !== undefined &&
      context.agenda.kind === 'events' &&
      context.agenda.trade !== undefined &&
      !/\b(formations?|places?|dispos?)\b/.test(text) &&
      words <= 8;
    if (anotherTrade) return { kind: 'agenda', query: clean(ofTrade(context.agenda, own.trade!)) };
    // « et si finalement elle a une voiture, la plus proche sur Montauban ? » after the entries at a distance:
    // what made the distance needed is gone, so the same entries in any modality.
    if (context.agenda.modality === 'distanciel' && TRAVELS_NOW.test(text) && !filters.modality) {
      const { modality: _modality, ...kept } = context.agenda;
      return { kind: 'agenda', query: clean({ ...kept, ...filters }) };
    }
    // « et l'atelier 3 ? » after the PEC's information sessions: only entries have steps, so that step's entries.
    if (filters.volet && context.agenda.kind === 'events' && context.agenda.dispositif && !own?.types)
      return {
        kind: 'agenda',
        query: clean({
          kind: 'sessions',
          dispositif: context.agenda.dispositif,
          volet: filters.volet,
          place: filters.place,
        }),
      };
    // « et celle du 25 ? », « celle du 25 elle est pleine ? »: the item of that day, wherever it is and however full.
    if (DAY_OF_THE_LIST.test(text) && filters.from && filters.from === filters.to) {
      const { kind, types, dispositif, volet, from: listFrom } = context.agenda;
      // « celle du 15 » after February's entries: the 15th the list shows, not the next 15th to come.
      const day =
        listFrom && listFrom > filters.from
          ? (agendaFilters(message, new Date(`${listFrom}T12:00:00Z`)).from ?? filters.from)
          : filters.from;
      // An entry is named by its first day (« la v2 du 15 »), not by the days it runs over.
      const startsWithin = kind === 'sessions' || undefined;
      return {
        kind: 'agenda',
        query: clean({ kind, types, dispositif, volet, from: day, to: day, startsWithin }),
      };
    }
    // « ça fait combien de jours de présence en tout ? » after a programme's entries: the days the agreement sets.
    if (context.agenda.kind === 'sessions' && context.agenda.dispositif && DAYS_OF_PRESENCE.test(text))
      return { kind: 'dispositif', dispositif: context.agenda.dispositif, aspects: ['duration'] };
    // « la 2 c'est quoi comme métier ? », « la dernière c'est où ? »: that one of the list, by its rank.
    // « la 1ère entrée comp pec en mars ? » names a period of its own: the first of that list, not of this one.
    const rank = words <= MAX_FOLLOW_UP_WORDS && !filters.from ? rankInTheList(text) : undefined;
    if (rank !== undefined) return { kind: 'agenda', query: clean({ ...context.agenda, item: rank }) };
    // « et les JPO ? » is a new list; « et à Moissac ? » narrows the one shown.
    // « il reste de la place ? » reads as a list of places on its own; after a list of sessions it is a filter.
    // « des places de formation à Moissac ? » asks the trainings, whatever list was shown.
    const roomOnly = own?.kind === 'places' && !own.trade && !/\bformations?\b/.test(text);
    // « combien de places pour celle de la soudure ? » after visits: that one of the list, not the trainings.
    const oneOfTheList =
      /\b(celle|celui|celles|ceux) (de|du|des|d)\b/.test(text) && context.agenda.kind === 'events';
    if (oneOfTheList && own?.kind === 'places' && own.trade)
      return { kind: 'agenda', query: clean(ofTrade(context.agenda, own.trade)) };
    // « et celle de la PEC, il y a combien de places ? » after the week's entries: that programme's, in the list.
    const programmeOfOne =
      context.agenda.kind === 'sessions' && /\b(celle|celui|celles|ceux) (de|du|d)\b/.test(text)
        ? sessionDispositifIn(text)
        : undefined;
    if (programmeOfOne && (HOW_MANY_SEATS.test(text) || ANY_LEFT.test(text)))
      return { kind: 'agenda', query: clean({ ...context.agenda, dispositif: programmeOfOne }) };
    // « et les formations avec des places là-bas ? » after Moissac's list: a new list, in that town.
    if (own && !own.place && context.agenda.place && THERE.test(text))
      return { kind: 'agenda', query: clean({ ...own, place: context.agenda.place }) };
    // « y a une réunion pour les parents ? », « et est-ce qu'il y a une réunion d'info où les parents peuvent
    // venir ? » after La Promo's entries: that programme's information sessions.
    const programmeOfTheList = context.agenda.kind === 'sessions' ? context.agenda.dispositif : undefined;
    if (
      programmeOfTheList &&
      own?.kind === 'events' &&
      own.types?.length === 1 &&
      own.types[0] === 'info_collective' &&
      !own.dispositif
    )
      return { kind: 'agenda', query: clean({ ...own, dispositif: programmeOfTheList }) };
    if (
      own &&
      (own.types ||
        own.dispositif ||
        asksEveryKind(message) ||
        (own.kind !== context.agenda.kind && !roomOnly))
    )
      return undefined;
    const only = sessionDispositifIn(text);
    if (only && words <= 6 && ONLY_THAT.test(text) && context.agenda.kind !== 'places' && !own?.types)
      return { kind: 'agenda', query: clean({ ...context.agenda, dispositif: only }) };
    const moved = periodMovedOn(text, context.agenda);
    if (moved) return { kind: 'agenda', query: moved };
    // « combien ? » after a list: how many places, which the list gives for each. « c'est à jour ? »:
    // the list says when AFPA last updated it. « c'est pour les employeurs aussi ? »: each item says for whom.
    if (
      /^(et )?(combien|cb|cmb|combien de places?|nb de places?|plus tot|rien (de )?plus tot|pas plus tot)$/.test(
        text,
      ) ||
      (words <= 8 && /\b(a jour|mis a jour|mise a jour|actualise\w*|date de quand)\b/.test(text)) ||
      // « elle peut accueillir combien de personnes ? »: the list says how many places each has.
      (words <= 10 && CAPACITY_ASKED.test(text)) ||
      (words <= 8 &&
        /^(et )?(c|c est|ca s adresse|c ouvert|ouvert|elle est|elles sont) (pour|aux?) (les |des |qui)/.test(
          text,
        )) ||
      // « elle est pour quel public celle-là ? »: each item says whose programme it presents.
      (words <= 8 && /\b(pour )?quels? publics?\b/.test(text))
    )
      return { kind: 'agenda', query: context.agenda };
    // « c'est où ? », « à quelle heure ? » after a list: the list again, which says where and when.
    // « celle de Moissac c'est à quelle heure ? »: that one of the list.
    // « à quelle heure ? elle a le bus de 9h »: asked first, then why; the list answers it.
    const whereOrWhen = WHERE_OR_WHEN.exec(text);
    const askedFirst =
      whereOrWhen !== null &&
      whereOrWhen.index <= 20 &&
      text.slice(0, whereOrWhen.index).split(' ').length <= 4;
    if (
      (whereOrWhen !== null || NEXT_ONE.test(text) || THE_NEXT_ONES.test(text)) &&
      (words <= 8 || (askedFirst && words <= 14)) &&
      !own
    ) {
      // « ok et la prochaine alors » after one day (« la JPO du 7 janvier ? »): the ones to come, not that day again.
      const oneDay =
        NEXT_ONE.test(text) && context.agenda.from !== undefined && context.agenda.from === context.agenda.to;
      const period = oneDay ? { from: undefined, to: undefined } : {};
      // « la réunion c'est où ? » after the meetings and the visits: the meetings.
      const named = [
        ...eventTypesIn(text),
        ...(/\breunions?\b/.test(text) ? (['reunion_metier'] as const) : []),
      ];
      const narrowed =
        (picked.types?.length ?? 0) > 1 ? picked.types!.filter((type) => named.includes(type)) : [];
      const types = narrowed.length > 0 ? { types: narrowed } : {};
      return {
        kind: 'agenda',
        // « et à distance, c'est quand ? »: the modality asked, at any date.
        query: clean({
          ...picked,
          ...period,
          ...types,
          ...(filters.modality ? { modality: filters.modality } : {}),
          place: filters.place ?? context.agenda.place,
        }),
      };
    }
    // « combien de places ? », « il en reste ? »: the list again, which gives its places, kept to those with room.
    // « il en reste à Castel ? »: there.
    if (words <= 8 && (HOW_MANY_SEATS.test(text) || ANY_LEFT.test(text)) && (!own || roomOnly)) {
      const there = filters.place ? { place: filters.place, elsewhereThan: undefined } : {};
      const room = ANY_LEFT.test(text) ? { withSeats: true, roomAsked: true } : {};
      return { kind: 'agenda', query: clean({ ...picked, ...there, ...room }) };
    }
    // « et pour la PEC ? » after Prépa's entry dates, or after the information sessions: the PEC's.
    const other = sessionDispositifIn(text);
    const byProgramme =
      context.agenda.kind === 'sessions' ||
      (context.agenda.kind === 'events' && context.agenda.types?.includes('info_collective') === true);
    // « ah non en fait c'est pour du PEC, atelier 2 »: the step named is a filter, not a content asked.
    const withoutStep = text.replace(/\b(volet|vol|atelier|phase) \d\b/g, ' ');
    if (
      byProgramme &&
      leans &&
      other &&
      other !== context.agenda.dispositif &&
      detectAspects(withoutStep)[0] === 'overview'
    ) {
      const { volet: _volet, ...kept } = context.agenda;
      return { kind: 'agenda', query: clean({ ...kept, ...filters, dispositif: other }) };
    }
    // « c'est à distance ou il doit venir ? »: which one it is, which the list shown says of each entry.
    if (EITHER_MODALITY.test(text)) return { kind: 'agenda', query: context.agenda };
    // « volet 2 ? » alone after a list of entries: a filter of that list (« c en présentiel ? » asks what it says).
    const filterAlone = words <= 3 && !ABOUT_THE_LIST.test(text);
    // « rien en présentiel à Montauban en février ? »: whether the list has any there, then.
    if (Object.keys(filters).length > 0 && (leans || own || filterAlone || NOTHING_THERE.test(text))) {
      // « et à distance ? » after what is on in a town: the entries followed at a distance, wherever.
      if (filters.modality === 'distanciel' && context.agenda.kind === 'events' && !context.agenda.types)
        return { kind: 'agenda', query: clean({ kind: 'sessions', modality: 'distanciel' }) };
      // « et celle de soudure ? » after the électricité visit on one day: the soudure one, whenever it is.
      const list =
        filters.trade && context.agenda.trade ? ofTrade(context.agenda, filters.trade) : context.agenda;
      const { from: _from, to: _to, ...kept } = list;
      const period = filters.from || filters.to ? {} : { from: list.from, to: list.to };
      // « et ailleurs qu'à Montauban ? » after Montauban's list: the town asked before is the one left out;
      // « et à Moissac ? » after it: Moissac's, and, if none, not Montauban's again as « ailleurs ».
      // « castel » and « castelsarrasin » are one town.
      const sameTown = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
      const shownThere =
        filters.place && list.place && !sameTown(normalizeText(list.place), normalizeText(filters.place))
          ? list.place
          : undefined;
      const town =
        filters.elsewhereThan || filters.place ? { place: undefined, elsewhereThan: shownThere } : {};
      // « et le matin plutôt ? » after the afternoon's list: the hours asked replace the list's.
      const hours =
        filters.fromHour !== undefined || filters.beforeHour !== undefined
          ? { fromHour: undefined, beforeHour: undefined }
          : {};
      // « et celle de Caussade, c'est sur quoi ? » after the logistics meeting: whichever trade it is about.
      const anyTrade = !filters.trade && WHICH_TRADE.test(text) ? { trade: undefined } : {};
      return {
        kind: 'agenda',
        query: clean({ ...kept, ...town, ...hours, ...period, ...anyTrade, ...filters, anotherAsked }),
      };
    }
  }
  // « y a des visites d'atelier en février ? », « cb de places en cariste ? » after a programme
  // ask the agenda on their own: an event or a trade named is no follow-up of the programme.
  // « y a une session volet 1 à distance bientôt ? » after the programme: its entries, read as an agenda question.
  const ofTheTradeShown = own && withTradeShown(own, context);
  if (ofTheTradeShown && ofTheTradeShown !== own) return { kind: 'agenda', query: ofTheTradeShown };
  // « c tous les jours ? y a qqch le vendredi ? » after a programme: its rhythm, not the agenda of Fridays.
  const dayOfTheWeekOnly =
    own?.weekday !== undefined && !own.types && !own.from && !own.to && !own.trade && !own.place;
  if (context.dispositif && dayOfTheWeekOnly && /\b(y a|ya|il y a)\b/.test(text))
    return { kind: 'dispositif', dispositif: context.dispositif, aspects: ['modality'] };
  if (own?.types || own?.trade || own?.kind === 'sessions') return undefined;
  // « et la promo c'est pour qui ? » names its own subject: it is no follow-up of another programme.
  const named = sessionDispositifIn(text);
  const about = context.dispositif ?? context.agenda?.dispositif;
  if (named && named !== about) return undefined;
  // After a list of one programme's sessions, « et à la fin ? » asks about that programme.
  if (about && !context.dispositif) {
    const aspects = detectAspects(message);
    // « ça dure longtemps ? elle a rdv à midi » after information sessions: the list, which gives their hours.
    // « et ça dure combien en tout ? » asks the programme's length.
    const ofTheProgramme =
      /\b(en tout|au total|total|parcours|formation|dispositif|programme|prepa|pec|promo|volet|atelier)\b/;
    if (
      context.agenda?.kind === 'events' &&
      aspects[0] === 'duration' &&
      words <= 9 &&
      !ofTheProgramme.test(text)
    )
      return { kind: 'agenda', query: context.agenda };
    if (aspects[0] !== 'overview' && (leans || words <= 7))
      return { kind: 'dispositif', dispositif: about, aspects };
  }
  // « et qui me donne mes accès panda ? » after a programme asks the agreement, not the programme.
  if (context.dispositif && /\bpanda\b/.test(text)) return undefined;
  if (context.dispositif) {
    // « prépa comp c'est que sur Montauban ? » then « et à Castel ? »: that programme's entries there.
    const town = townIn(text);
    // « y a quoi à Moissac en mars ? » asks the agenda there, not that programme's entries.
    if (
      SESSION_PROGRAMMES.has(context.dispositif) &&
      town &&
      leans &&
      !own &&
      detectAspects(message)[0] === 'overview'
    ) {
      return {
        kind: 'agenda',
        query: { kind: 'sessions', dispositif: context.dispositif as AgendaQuery['dispositif'], place: town },
      };
    }
    if (
      SESSION_PROGRAMMES.has(context.dispositif) &&
      WHEN_DOES_IT_START.test(text.replace(BEFORE_IT_STARTS, ' '))
    ) {
      const withSeats = /\bplaces?\b/.test(text) || undefined;
      // « la prochaine entrée volet 1 c quand ? »: that step's entries; « une entrée bientôt sur ce
      // volet ? » after volet 2, volet 2's.
      const step = /\b(volet|atelier) (\d)\b/.exec(text);
      return {
        kind: 'agenda',
        query: clean({
          kind: 'sessions',
          dispositif: context.dispositif as AgendaQuery['dispositif'],
          volet: step ? `${step[1]} ${step[2]}` : context.step,
          withSeats,
        }),
      };
    }
    const aspects = detectAspects(message);
    if (aspects[0] !== 'overview' && (leans || words <= 7))
      return { kind: 'dispositif', dispositif: context.dispositif, aspects };
    // « ça lui sert à quoi concrètement ? »: what the programme is.
    if (WHAT_FOR.test(text) && words <= 8)
      return { kind: 'dispositif', dispositif: context.dispositif, aspects: ['overview'] };
    // « ils sont à la suite ? » after the steps: the steps again, which say how they are spread.
    if (
      context.aspects?.includes('phases') &&
      /\b(a la suite|consecutifs?|d affilee|en continu|enchaine\w*|espace\w*)\b/.test(text) &&
      words <= 8
    )
      return { kind: 'dispositif', dispositif: context.dispositif, aspects: ['phases'] };
    // « la phase 2 c'est quoi exactement ? », « la 1ère étape ? »: a step of the programme, with its steps.
    if (A_STEP.test(text) && words <= 8)
      return { kind: 'dispositif', dispositif: context.dispositif, aspects: ['phases'] };
    // « qui prescrit la promo ? » then « et pour un jeune ASE ? »: the same question, for that public.
    if (leans && words <= 7 && PUBLIC_NAMED.test(text) && aspects[0] === 'overview')
      return { kind: 'dispositif', dispositif: context.dispositif, aspects: context.aspects ?? ['audience'] };
    // « la construction, c'est quoi ? » then « et juste après ya quoi ? »: the next step, with the steps.
    if (/^(et )?(juste )?(apres|ensuite)\b/.test(text) && words <= 6)
      return { kind: 'dispositif', dispositif: context.dispositif, aspects: ['phases'] };
    // « le volet 1 c'est pour quoi faire ? » then « et le 2 ? »: the other step, with the steps.
    if (context.aspects?.includes('phases') && ANOTHER_STEP.test(text))
      return { kind: 'dispositif', dispositif: context.dispositif, aspects: ['phases'] };
    // « le volet 1 c combien de jours ? » then « et le 2 ? »: the same question, of the other step.
    if (ANOTHER_STEP.test(text) && (context.step || A_STEP_NAMED.test(normalizeText(context.asked ?? ''))))
      return { kind: 'dispositif', dispositif: context.dispositif, aspects: context.aspects ?? ['phases'] };
  }
  return undefined;
}

const A_STEP_NAMED = /\b(volet|atelier|phase|etape) (\d|un|deux|trois)\b/;
/** « le volet 1 c combien de jours ? »: the step a question names, kept for « et le 2 ? ». */
export function stepNamed(message: string): string | undefined {
  const normal = normalizeText(message);
  const named = A_STEP_NAMED.exec(normal);
  if (named) return `${named[1]} ${stepNumber(named[2]!)}`;
  // La Promo's steps have names: « la semaine d'engagement », « la préparation de la suite ».
  if (PROMO_ENGAGEMENT.test(normal)) return PROMO_STEPS[0];
  if (PROMO_NEXT_STEPS.test(normal)) return PROMO_STEPS[1];
  // « le chantier solidaire » is done in the second phase of construction (Protocole, § 3).
  if (PROMO_SECOND_CONSTRUCTION.test(normal)) return PROMO_STEPS[3];
  // « la mobilité elle tombe quand ? »: the initiation to mobility ends the first phase of construction.
  // « détaillez-moi les phases… il y a une période de mobilité ? » asks them all.
  const mobility = PROMO_MOBILITY.test(normal) && !ALL_STEPS_ASKED.test(normal);
  return PROMO_FIRST_CONSTRUCTION.test(normal) || mobility ? PROMO_STEPS[2] : undefined;
}
/** La Promo's steps named, as their names begin (normalised): only La Promo has them. */
export const PROMO_STEPS = [
  'l engagement',
  'la preparation de la suite',
  'la construction phase 1',
  'la construction phase 2',
] as const;
const PROMO_FIRST_CONSTRUCTION = /\b(la )?construction (phase )?(1|un)\b/;
const PROMO_SECOND_CONSTRUCTION = /\bchantiers? solidaires?\b|\b(la )?construction (phase )?(2|deux)\b/;
const ALL_STEPS_ASKED = /\b(les|des|ses|leurs) (phases|etapes)\b|\bdetaill?\w*|\bderoulement\b/;
/** The Promo's period of mobility, named as such or as the subject of a question on its time (not a person's transport). */
const PROMO_MOBILITY =
  /\b(periode d )?initiation a la mobilite\b|\b(periode|semaines?|phase) de mobilite\b|^(et )?(la |sa |leur )mobilite (elle |ca |c )?(tombe|dure|commence|demarre|a lieu|c est quand|quand|combien|ca dure)\b/;
const PROMO_ENGAGEMENT = /\b((la |sa |leur )?(semaine|phase|etape|periode) d engagement|l engagement)\b/;
const PROMO_NEXT_STEPS = /\b(la |sa |leur )?(phase de |semaines? de |etape de )?preparation de la suite\b/;

const STEP_NUMBER = '(\\d|un|deux|trois)';
const SEVERAL_STEPS = new RegExp(
  `\\b(volet|atelier|phase|etape)s? ${STEP_NUMBER} (ou|et|a|puis) (le |la |au |un |une )?((volet|atelier|phase|etape) )?${STEP_NUMBER}\\b|\\b(volet|atelier|phase|etape) ${STEP_NUMBER}\\b.*\\b(volet|atelier|phase|etape) ${STEP_NUMBER}\\b`,
);
const NEXT_STEP_ASKED = new RegExp(
  `\\b(peut|pourrait|peuvent|pourraient|pourra) (faire|aller|passer|entrer|enchainer|rentrer)( (a|au|en|sur|dans|directement|direct))? (le |la |l )?(volet|atelier|phase|etape) ${STEP_NUMBER}\\b`,
);
const STEP_IN_THE_STORY =
  /\b(deja fait|a fait|ont fait|a deja|a fini|a termine|refaire|re ?faire|apres (le|son|sa)|sorti\w* (du|de))\b/;
const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  premier: 1,
  deux: 2,
  second: 2,
  deuxieme: 2,
  trois: 3,
  troisieme: 3,
};
function stepNumber(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

/**
 * The one step a question is about: « le volet 2 ça dure combien ? », or « et le 2 ? » after
 * a question about volet 1, the same kind of step with the other number.
 */
export function stepAsked(message: string, context: ConversationContext | undefined): string | undefined {
  const normal = normalizeText(message);
  // « la diff entre volet 1 et volet 2 », « volet 1 ou 2 ? »: both steps, each shown; « elle a
  // déjà fait le volet 1 » tells the person's story, and the other step may be the answer.
  // « il a déjà son projet, il veut assurer son entrée en formation : c'est quel volet ? »: the one his aim calls for.
  if (WHICH_STEP.test(normal) && !SEVERAL_STEPS.test(normal) && /\bprepa\b/.test(normal)) {
    const aim = extractProfile(message).aim;
    if (aim) return aim === 'trainingEntry' ? 'volet 2' : 'volet 1';
  }
  // « elle a déjà fait le volet 1, elle peut faire le volet 2 ? »: the step asked after the one in her story.
  const next = NEXT_STEP_ASKED.exec(normal);
  if (next && STEP_IN_THE_STORY.test(normal.slice(0, next.index))) return stepNamed(next[0]);
  if (SEVERAL_STEPS.test(normal) || STEP_IN_THE_STORY.test(normal)) return undefined;
  const named = stepNamed(message);
  // « le volet 1 c'est pour sécuriser l'entrée en formation ? »: a step named with the other's purpose
  // is a belief to correct, which both steps side by side do.
  if (named && /^volet [12]$/.test(named) && /\bprepa\b/.test(normal)) {
    const aim = extractProfile(message).aim;
    if (aim && named !== (aim === 'trainingEntry' ? 'volet 2' : 'volet 1')) return undefined;
  }
  if (named) return named;
  const before = context?.step;
  const other = before ? ANOTHER_STEP.exec(normal) : null;
  if (before && other) return `${before.split(' ')[0]} ${stepNumber(other[4]!)}`;
  // « volet 1 prépa ça sert à quoi ? » then « durée ? »: the same step's.
  // « le 2 dure combien » names another step, which ANOTHER_STEP does not read: not this one.
  const short =
    normal.split(' ').length <= 4 &&
    !sessionDispositifIn(normal) &&
    !/\b(\d|un|deux|trois|autre)\b/.test(normal);
  return before && short && detectAspect(message) === 'duration' ? before : undefined;
}
/** « c'est quel volet ? », « lequel des volets ? » */
const WHICH_STEP = /\b(quel|lequel|lequel des|quel est le) volets?\b/;
const WHAT_FOR =
  /\b(sert a quoi|servir a quoi|a quoi (ca |cela )?(lui |leur )?sert|ca (lui |leur )?apporte quoi)\b/;
const PUBLIC_NAMED =
  /\bpour (un|une|les|des|mes|nos) (jeunes?|personnes?|allocataires?|brsa|beneficiaires?|salaries?|mineurs?|majeurs?|demandeurs?)\b|\b(ase|brsa)\b/;
const ANOTHER_STEP =
  /^(et )?(le |la |l )?(volet |atelier |phase |etape )?(\d|deux|trois|premier|second|deuxieme|troisieme)( volet| atelier| phase)?$/;

/** « et le mois d'après ? », « et la semaine d'après ? », « et le lendemain ? »: the period shown, moved on. */
function periodMovedOn(text: string, query: AgendaQuery): AgendaQuery | undefined {
  if (!query.from) return undefined;
  const day = (iso: string) => new Date(`${iso}T12:00:00`);
  const written = (date: Date) => format(date, 'yyyy-MM-dd');
  // « y a quoi la semaine pro ? » then « et la suivante ? »: the next week; « en février » then « et le
  // suivant ? »: March. After « des JPO la semaine prochaine ? », « la suivante » is the next JPO.
  const start = query.to && !query.types && query.kind === 'events' ? day(query.from) : undefined;
  const wholeWeek = start && start.getDay() === 1 && written(addDays(start, 6)) === query.to;
  const wholeMonth = start && query.from.endsWith('-01') && written(endOfMonth(start)) === query.to;
  if (MONTH_AFTER.test(text) || (wholeMonth && THE_NEXT_ONE_AFTER_A_MONTH.test(text))) {
    const next = addMonths(day(`${query.from.slice(0, 7)}-01`), 1);
    return { ...query, from: written(next), to: written(endOfMonth(next)) };
  }
  if (WEEK_AFTER.test(text) || (wholeWeek && THE_NEXT_ONE_AFTER_A_WEEK.test(text))) {
    // A week asked after one day shows that whole next week: Monday to Sunday.
    const next = addDays(day(query.from), 7);
    return {
      ...query,
      from: written(startOfWeek(next, { weekStartsOn: 1 })),
      to: written(endOfWeek(next, { weekStartsOn: 1 })),
    };
  }
  // « le suivant ? », « d'autres dates ? » after a list that ends: what comes after it.
  if (THE_NEXT_ONES.test(text) && query.to) {
    const { to: _to, ...rest } = query;
    return { ...rest, from: written(addDays(day(query.to), 1)) };
  }
  if (DAY_AFTER.test(text)) {
    return {
      ...query,
      from: written(addDays(day(query.from), 1)),
      to: written(addDays(day(query.to ?? query.from), 1)),
    };
  }
  return undefined;
}

/**
 * « info coll ? » right after Prépa Compétences asks for that programme's information
 * sessions: a short agenda question that names no programme takes the thread's. Open
 * days and workshop visits are the centre's, never one programme's, and are left whole.
 */
export function onThreadProgramme(
  query: AgendaQuery,
  message: string,
  context: ConversationContext | undefined,
): AgendaQuery {
  const programme = context?.dispositif ?? context?.agenda?.dispositif;
  // « prochaine session de ce volet ? »: the step just discussed, of its programme.
  if (
    query.kind === 'sessions' &&
    !query.volet &&
    context?.step &&
    programme &&
    (!query.dispositif || query.dispositif === programme) &&
    THIS_STEP.test(normalizeText(message))
  )
    return clean({ ...query, dispositif: programme as AgendaQuery['dispositif'], volet: context.step });
  if (query.dispositif || !programme || !SESSION_PROGRAMMES.has(programme)) return query;
  const aboutProgrammes =
    query.kind === 'sessions' || (query.types?.length && query.types.every((t) => t === 'info_collective'));
  const text = normalizeText(message).replace(FILLERS, '');
  const words = text.split(' ').filter(Boolean).length;
  const short = words <= (LEANS_ON_CONTEXT.test(text) ? MAX_LEANING_WORDS : MAX_FOLLOW_UP_WORDS);
  // « elle habite loin, y a pas une session à distance ? » right after a programme's entries: the same entries, however long.
  const previous = context?.agenda;
  if (query.kind === 'sessions' && previous?.kind === 'sessions' && previous.dispositif === programme)
    return clean({ ...query, dispositif: previous.dispositif, volet: query.volet ?? previous.volet });
  if (!aboutProgrammes || !short) return query;
  // « une entrée bientôt sur ce volet ? » after volet 2 of Prépa: volet 2's entries.
  const step = query.kind === 'sessions' && context?.dispositif === programme ? context.step : undefined;
  return clean({ ...query, dispositif: programme as AgendaQuery['dispositif'], volet: query.volet ?? step });
}

/** « ce volet », « le même atelier »: the step the thread is on. */
const THIS_STEP = /\b(ce|cet|cette|le meme|du meme|ce meme) (volet|atelier|phase)\b/;

/**
 * « on peut visiter l'atelier avant ? » right after the places in welding: the visits of
 * that trade. A short question about visits, trade meetings or trainings that names no trade takes the thread's.
 */
export function onThreadTrade(
  query: AgendaQuery,
  message: string,
  context: ConversationContext | undefined,
): AgendaQuery {
  const trade = context?.agenda?.trade;
  // Open days are the whole centre's: only visits and trade meetings are one trade's.
  const ofATrade = query.types?.every((type) => type === 'visite_plateau' || type === 'reunion_metier');
  // « des visites de plateau en février ? » with a period or a town of its own is a new question.
  const ownFilters = query.from || query.to || query.place || query.elsewhereThan;
  // « et des places en formation ? » after the welding visits: the trainings of that trade.
  const trainingsOfATrade = query.kind === 'places';
  if (!trade || query.trade || !(ofATrade || trainingsOfATrade)) return query;
  // « des formations avec des places dans ce domaine ? »: the trade of the thread, said as such.
  const text = normalizeText(message);
  if (THIS_TRADE.test(text)) return { ...query, trade };
  if (ownFilters) return query;
  const words = text.split(' ').filter(Boolean).length;
  return words <= MAX_FOLLOW_UP_WORDS ? { ...query, trade } : query;
}

/** « ce domaine », « le même métier », « cette filière »: the trade the thread is on. */
const THIS_TRADE =
  /\b(ce|cet|cette|le meme|du meme|la meme|dans ce) (domaine|metier|secteur|filiere|branche)\b/;

const DAYS_OF_PRESENCE =
  /\b(jours? de presence|(combien|cb) de (jours|journees) (en tout|au total|de presence|sur place))\b/;

/** « la 1ère », « la 2 », « le troisième », « la dernière », « ajoute la 1ère à mon agenda »: a rank in the list shown. */
const RANK =
  /^(?:et |ok |alors )?(?:(?:ajoute|ajouter|ajoutes|mets|mettre|met|enregistre|enregistrer|note|noter)(?: moi| nous)? )?(?:la |le |l |celle |celui )?(?:(1ere|1re|premiere|premier|1)|(2e|2eme|2nde|deuxieme|seconde?|2)|(3e|3eme|troisieme|3)|(4e|4eme|quatrieme|4)|(5e|5eme|cinquieme|5)|(derniere|dernier))\b(?! ?(?:ans?|h|heures?|places?|jours?|semaines?|mois|fois|personnes?|volets?|ateliers?|phases?|etapes?|er|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)/;

/**
 * « lequel commence le plus tôt ? », « c'est quoi le plus proche ? », « laquelle en dernier ? »: the
 * first or the last of the list shown, which is in the order of dates.
 */
const EARLIEST =
  /\b(lequel|laquelle|lesquels|lesquelles|quel|quelle|celui|celle)\b.*\b(le plus tot|la plus tot|plus tot|en premier|le premier|la premiere|le plus proche|la plus proche|au plus tot)\b|^(et )?(le|la|celui|celle) (plus tot|plus proche|qui (commence|demarre|arrive) en premier)\b/;
const LATEST =
  /\b(lequel|laquelle|lesquels|lesquelles|quel|quelle|celui|celle)\b.*\b(le plus tard|la plus tard|en dernier|le dernier|la derniere)\b/;

function rankInTheList(text: string): number | undefined {
  if (EARLIEST.test(text)) return 1;
  if (LATEST.test(text)) return LAST_ITEM;
  const match = RANK.exec(text);
  if (!match) return undefined;
  const rank = match.slice(1).findIndex((group) => group !== undefined);
  return rank === 5 ? LAST_ITEM : rank + 1;
}

/** A switch of subject that keeps the question: « et pour la PEC ? » after « combien de temps dure prépa ? ». */
export function keepsAspects(
  message: string,
  context: ConversationContext | undefined,
): Aspect[] | undefined {
  if (!context?.aspects || context.aspects[0] === 'overview') return undefined;
  const text = normalizeText(message);
  // « objectif prépa 2022 ? », « et les PEC ? », then « la 1618 ? »: the targets read out one after another.
  const nextTarget = context.aspects[0] === 'target' && PROGRAMME_ALONE.test(text);
  // « et pour la PEC ? », « pardon je parlais de la promo »: the same question, of another programme.
  if (
    !nextTarget &&
    !/^(et|pareil|idem|meme question|pardon|non|en fait|plutot|je parlais|je voulais dire|je pensais)\b/.test(
      text,
    )
  )
    return undefined;
  // « et après la promo, il y a un suivi ? » right after the Promo names no other programme: a new question.
  if (context.dispositif && sessionDispositifIn(text) === context.dispositif) return undefined;
  // « et pour les jeunes de la promo c'est pareil ? »: the same question, whatever the words around it.
  if (/\b(pareil|idem|la meme chose|de meme)\b/.test(text)) return context.aspects;
  return detectAspects(message)[0] === 'overview' ? context.aspects : undefined;
}

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
