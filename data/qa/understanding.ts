import { figureOwner } from './figure-owner.js';
import { asksAPartysPart, partyNotNamed } from './parties.js';
import {
  asWritten,
  eventTypesIn,
  modalityAsked,
  leavingOut,
  everythingFullAsked,
  parseAgendaQuery,
  asksNoAgenda,
  placeOrPeriodQuery,
  sessionDispositifIn,
  sessionStepNamed,
  type AgendaQuery,
} from '../agenda/agenda-query.js';
import { programmesNamedAt, programmesNamedIn } from '../agenda/agenda-index.js';
import { SESSION_DISPOSITIFS } from '../agenda/model.js';
import { townIn, townsSideBySide } from '../agenda/towns.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { Aspect, DispositifId } from '../catalogue/schema.js';
import { impliedProgramme, isProgramme, PROGRAMMES } from '../eligibility.js';
import {
  describesPerson,
  extractProfile,
  FEARS_FAILING,
  SECURING_ENTRY,
  type ExtractedProfile,
} from '../eligibility-extraction.js';
import { asksWhatItIs, detectAspect, detectAspects, FROM_HOME } from './aspect.js';
import {
  asksTheAseTarget,
  followUp,
  keepsAspects,
  onThreadProgramme,
  onThreadTrade,
  stepAsked,
  PROMO_STEPS,
  stepNamed,
  withTradeShown,
  type ConversationContext,
} from './follow-up.js';
import { ASKS_FOR_A_WAY, unsetConditions } from '../unset-conditions.js';
import {
  asksTheAgreementItself,
  NATIONAL_STEERING,
  PANDA_ACCESS,
  type PassageSearch,
  type Passage,
} from './passages.js';
import type { QaResult, QuestionAnswering } from './question-answering.js';
import {
  dispositifCalledFor,
  asksAnOffer,
  dispositifForNeed,
  dispositifNeededBeyondDoubt,
  whyTheRsfpFits,
} from './needs.js';
import { quotedTerm } from './glossary.js';
import {
  askedSentence,
  fromFirstQuestion,
  questionsAsked,
  questionsIn,
  withoutSelfIntroduction,
} from './sentences.js';
import { severalPeople, type PersonDescribed } from './several-people.js';
import { programmesForAPublic } from './programmes-for-a-public.js';
import { backToEarlier, withEarlier } from './back-to-earlier.js';
import { combined, onlyOverview } from './several-questions.js';
import { articleAsked } from './articles.js';
import { joiningAsked, requiredAsked } from './joining-events.js';
import { answerOn, certificationWithinPec, whichOneAsked } from './which-one.js';
import { firstWords, normalizeText } from './normalize.js';
import {
  asksHowToPrescribe,
  ANOTHER_BODY,
  OTHER_BODIES_BENEFITS,
  OTHER_DEPARTMENT,
  recognizeScopeQuestion,
  type ScopeQuestion,
} from './scope.js';

/**
 * One reading of a message that is not a command: what it asks, decided once, from
 * the message and the thread of the conversation. The bot routes on this reading.
 */
export type Reading =
  | { kind: 'scope'; question: ScopeQuestion }
  /** `aside`: a list shown beside an answer (« prépa à distance ça existe ? »), which the thread does not follow. */
  | { kind: 'agenda'; query: AgendaQuery; aside?: true }
  | {
      kind: 'answer';
      result: Extract<QaResult, { kind: 'answer' }>;
      /** Passages of the agreement that answer what the fiche's aspects do not. */
      passages?: Passage[];
      /** « c'est quoi la VAE ? c'est pour qui ? »: what it is was asked, not only named. */
      whatItIs?: true;
    }
  | { kind: 'clarify'; result: Extract<QaResult, { kind: 'clarify' }> }
  | {
      kind: 'person';
      extracted: ReturnType<typeof extractProfile>;
      /** « elle peut aller en prépa ? ça se passe où ? »: the practical question, answered beside the check. */
      also?: Extract<QaResult, { kind: 'answer' }>;
    }
  /** « 2 jeunes ASE : une de 16 ans…, et un de 17 ans… promo pour les 2 ? »: each checked on their own. */
  | { kind: 'people'; people: PersonDescribed[] }
  /**
   * `unset`: a length of time (« ça prend combien de temps ? ») or a date (« une date ? ») was
   * asked and none of the passages gives one.
   */
  | { kind: 'passages'; passages: Passage[]; unset?: 'time' | 'date' }
  /** A real question that nothing in the agreement answers, as far as the bot can tell. */
  | { kind: 'not_found' }
  /** « c payant ? et ça dure cb » : each question of the message, in the order asked. */
  | { kind: 'several'; readings: SingleReading[] }
  | { kind: 'unsure' };

export type SingleReading = Exclude<Reading, { kind: 'several' }>;

export type UnderstandingDeps = { qa: QuestionAnswering; passages: PassageSearch; catalogue: Catalogue };

/** Only the RSA or the ASE named, as a public is (« objectif BRSA en prépa ? »): no one's age, contract or schooling. */
function describesNoOne(extracted: ExtractedProfile): boolean {
  // « elle est plus à l'ASE depuis ses 18 ans » tells of someone: a public is named, never denied.
  const { profile } = extracted;
  return Object.entries(profile).every(
    ([fact, value]) => (fact === 'rsa' || fact === 'ase') && value === true,
  );
}

/** « y a quoi pour lui ? », « et alors quoi pour lui ? », « on lui propose quoi du coup ? » */
const FOR_THEM =
  /^(?:(?:ok|du coup|alors|et|bon|donc|mais) )*(?:(?:(?:il )?y a|ya|on (?:lui |leur )?propose|je (?:lui |leur )?propose|on a|il reste) quoi(?: (?:pour|a) (?:lui|elle|eux|elles))?|quoi pour (?:lui|elle|eux|elles))(?: (?:alors|du coup|dans ce cas|a la place|sinon))?$/;

/** Words that ask without saying what, and the Département's name that so many passages hold: they never make a passage relevant. */
const ASKING_WORDS =
  'quoi quel quelle quels quelles combien comment quand pourquoi ou qui est ce c cest question savoir dire exactement deja vrai vraiment passe passent passer pendant durant tout toute tous toutes monde temps tarn garonne';
/** Words that describe the person asked about (« mon jeune de 17 ans veut… »), not what is asked. */
const PERSON_WORDS =
  'mon ma mes son sa jeune jeunes ans age allocataire beneficiaire dame monsieur madame personne veut voudrait souhaite aimerait faire';

/** « en promo depuis 1 mois », « il y a 2 ans »: the person's story, which no passage of the agreement answers. */
const HOW_LONG_AGO =
  /\b(depuis|il y a|ça fait|ca fait) (\d+|un|une|deux|trois|quatre|six|quelques) (jours?|semaines?|mois|ans?|ann[ée]es?)\b/gi;

/**
 * A question about a dispositif that asks something precise (« y a du code de la route
 * dans la promo ? ») gets, beside the fiche's aspect, the agreement's passage that says it.
 */
function answerWithPassages(
  text: string,
  result: Extract<QaResult, { kind: 'answer' }>,
  deps: UnderstandingDeps,
): SingleReading {
  if (result.comparedWith) return { kind: 'answer', result };
  // « rsfp en pec ça dure combien ? »: the PEC is where the RSFP is asked of, not what a passage must say.
  const named = [result.dispositif, ...programmesNamedIn(normalizeText(text))].map((id) =>
    deps.catalogue.get(id),
  );
  const naming = [
    ...named.flatMap((d) => [d.name, d.shortName ?? '', ...d.aliases]),
    ASKING_WORDS,
    PERSON_WORDS,
  ].join(' ');
  // Searched in what is asked: « … c quoi ? j'ai une dame sans diplôme » is not about diplomas.
  const passages = deps.passages.find(questionsAsked(text).replace(HOW_LONG_AGO, ' '), {
    ignoring: naming,
    limit: 2,
    about: result.dispositif,
  });
  return passages.length > 0 ? { kind: 'answer', result, passages } : { kind: 'answer', result };
}

/** The material conditions of access the référent secures (Protocole, § 5). */
const MATERIAL_CONDITIONS = /\b(garde\w*|garder|enfants?|bebe|mobilite|transports?|deplacements?)\b/;
/**
 * Tasks the agreement gives to someone (the référent secures childcare and mobility, registers
 * on Panda; AFPA sends the report): « qui s'en occupe ? » is answered with its words.
 */
const ASSIGNED_TASK = new RegExp(
  `${MATERIAL_CONDITIONS.source}|\\b(panda|inscri\\w*|bilan|employeur|prevenir|previen\\w*)\\b`,
);
/** « qui gère ? », « c'est l'AFPA qui… ? » ask whose task it is, not whom to call. */
const WHOSE_TASK =
  /\bqui (gere|s occupe|s en occupe|fait|doit|est charge\w*)\b|\b(adresser|demander) a qui\b|\ba qui (je |on )?(demande|m adresse|s adresse)\b|\b(c|c est) (l afpa|le cd|le departement|nous|moi|le referent|la referente) qui\b|\b(c|c est) a qui de\b/;

/** Leaflets, posters and logos: what AFPA provides and what any publicity must show (a figure read in a leaflet is asked of itself). */
const COMMUNICATION_ASKED =
  /^(?!.*\b(chiffres?|nombres?|(?!1618\b)\d+(?! (allocataires|brsa|jeunes|personnes|beneficiaires|participants)\b))\b).*\b(kit|flyers?|plaquettes?|brochures?|affiches?|(quels?|les|des|mettre|faut) logos|logos? (obligatoires?|a mettre|dessus)|supports? (de comm\w*|pour (expliquer|presenter))|argumentaire|publicite|(de la |une |des )?docs? (sur|pour presenter|de presentation)|documentation)\b/;

/** « non en fait », « plutôt », « pardon », « ou »: the first named set aside, or a choice, not both asked. */
const CORRECTED = /\b(plutot|en fait|pardon|finalement|je veux dire|je voulais dire|non|ou|pas)\b/;

/**
 * « prochaines entrées pec et promo ? », « une en prépa volet 2, un PEC atelier 1 et une jeune en promo,
 * les entrées de chacun ? »: a list for each programme named, with the step said of each; none when
 * one is set aside (« prépa… non en fait plutôt la promo ») or the programmes are a choice (« ou »).
 */
function listsForEachProgramme(query: AgendaQuery, normal: string): SingleReading[] {
  if (query.exceptDispositif) return [];
  const named = programmesNamedAt(normal);
  if (named.some((one, i) => i > 0 && CORRECTED.test(normal.slice(named[i - 1]!.at, one.at)))) return [];
  const { volet: _step, ...asked } = query;
  return named.map(({ id, at }, i) => {
    const volet = sessionStepNamed(normal.slice(at, named[i + 1]?.at));
    return { kind: 'agenda', query: { ...asked, dispositif: id, ...(volet ? { volet } : {}) } };
  });
}

/** « il peut le faire ? », « et un monsieur… » after a programme: the programme just discussed is the one asked. */
const LEANS_ON_PROGRAMME =
  /\b(le|la|l|y) (faire|suivre|integrer)\b|\by (aller|entrer|rentrer|acceder|avoir droit)\b|^et /;

/** A question about a programme's practicalities is answered even when a person is mentioned in it. */
const PRACTICAL: ReadonlySet<Aspect> = new Set([
  'duration',
  'content',
  'phases',
  'modality',
  'prescription',
  'target',
]);

/** Beyond this many question marks a message is read whole: each question read costs a turn's reading. */
const MAX_QUESTIONS = 4;

/** « atelier 2 ou atelier 3 », « volet 1 et 2 »: two steps of one programme named together. */
const TWO_STEPS_NAMED = /\b(volet|atelier) ([1-9]) (?:ou|et) (?:l |le )?(?:(?:volet|atelier) )?([1-9])\b/;

function stepsSideBySide(normal: string): string[] {
  const named = TWO_STEPS_NAMED.exec(normal);
  return named && named[2] !== named[3] ? [`${named[1]} ${named[2]}`, `${named[1]} ${named[3]}`] : [];
}

const BRING_IN_THE_FIRST_WEEK =
  /\b(amener|ramener|apporter|fournir|prevoir)\b.*\b(premiere semaine|semaine d engagement|1ere semaine|engagement)\b|\b(premiere semaine|semaine d engagement|1ere semaine)\b.*\b(amener|ramener|apporter|fournir|prevoir)\b/;
const WHO_LOOKS_AFTER_THEM =
  /\bqui (s occupe (de lui|d elle|du jeune|de la jeune)|s en occupe|le suit|la suit|l accompagne|le prend en charge|la prend en charge)\b(?!.*\b(accord|partenariat|convention|deploiement|pilotage)\b)/;

/** « il veut plutôt l'électricité », « plutôt à Moissac »: another choice than the one shown. */
const RATHER =
  /^(et |mais )?((il|elle|ils|elles|on) (veut|veulent|voudrai\w*|prefere\w*|aimerai\w*) )?plutot\b/;

/** What asks what a word means: « c quoi exactement », « ça sert à quoi », « JPO = journée portes ouvertes c ça ». */
const WHAT_IT_MEANS =
  /\b(c est quoi|c quoi|qu est ce que c est|ca veut dire quoi|veut dire quoi|ca sert a quoi|sert a quoi|exactement|deja|c est ca|c ca)\b|=.*$/g;

/**
 * « réunion métier ça sert à quoi ? j'ai un monsieur qui veut faire cariste », « JPO c'est ça ? y en
 * a une quand à Montauban » : after the word's meaning, the dates the rest of the message asks of it.
 */
function datesAfterTheWord(text: string, now: Date): SingleReading | undefined {
  const mark = text.indexOf('?');
  const rest = mark < 0 ? '' : text.slice(mark + 1).trim();
  if (normalizeText(rest).split(' ').filter(Boolean).length < 2) return undefined;
  const word = normalizeText(text.slice(0, mark)).replace(WHAT_IT_MEANS, ' ');
  const query = parseAgendaQuery(`${word} ${rest}`, now);
  return query ? { kind: 'agenda', query } : undefined;
}

/** « d'accord, … », « ok d'accord … » opening a message that goes on. */
const AGREED_FIRST = /^\s*(?:ok(?:ay)?[\s,]+)?d['’ ]?accord\s*[,.!]*\s+(?=\S+\s+\S)/i;

/**
 * The message read once as a whole and, when it asks several questions (« prépa c payant
 * pour le cd ? et ça dure cb »), each question read as if it came in its own turn, the
 * later ones leaning on the earlier ones as a follow-up would.
 */
export function readMessage(
  said: string,
  now: Date,
  context: ConversationContext | undefined,
  deps: UnderstandingDeps,
): Reading {
  return withoutRepeats(readEachQuestion(said, now, context, deps));
}

/** « quand ça commence et c'est où ? », both answered by one list: shown once. */
function withoutRepeats(reading: Reading): Reading {
  if (reading.kind !== 'several') return reading;
  const seen = new Set<string>();
  const readings = reading.readings.filter((one) => {
    const key = JSON.stringify(one);
    return !seen.has(key) && Boolean(seen.add(key));
  });
  return readings.length === 1 ? readings[0]! : { kind: 'several', readings };
}

function readEachQuestion(
  said: string,
  now: Date,
  context: ConversationContext | undefined,
  deps: UnderstandingDeps,
): Reading {
  const back = backToEarlier(said, context, now);
  if (back) return readEachQuestion(back.text, now, back.context, deps);
  // « d'accord, et ça commence quand ? »: the référent's « d'accord » is no one's agreement asked.
  const text = said.replace(AGREED_FIRST, '');
  // « art 2.1.4 ? », « le § 5 du protocole, il dit quoi ? »: that part of the agreement, quoted.
  const part = articleAsked(text);
  // « au titre du § 6, qui sont les responsables ? »: the roles § 6 names, which whom to contact gives.
  if (part === 'Protocole, § 6' && recognizeScopeQuestion(text)?.kind === 'contacts')
    return { kind: 'scope', question: { kind: 'contacts' } };
  const quoted = part ? deps.passages.ofPart(part) : [];
  if (quoted.length > 0) return { kind: 'passages', passages: quoted };
  const people = severalPeople(text, now);
  if (people) return { kind: 'people', people };
  // « info coll prépa du 14, je peux y envoyer Mme B ? »: the event, then how to come to it.
  // « - BRSA 24 ans … => prépa comp possible ? et il peut aller à la réunion métier ? »: the check first,
  // then the event, as two questions.
  const joining = requiredAsked(text, context?.agenda) ?? joiningAsked(text, context?.agenda);
  if (joining && !personCheckedFirst(text, now, context, deps)) {
    const joiningAnswer: SingleReading = { kind: 'scope', question: { kind: 'joiningEvent', ...joining } };
    // « avant d'envoyer qqn en info coll prépa, je dois lui dire quoi ? »: how to come, and the référent's part.
    if (joining.dispositif && REFERENT_PART_ASKED.test(normalizeText(text))) {
      return { kind: 'several', readings: [joiningAnswer, answerOn(joining.dispositif, ['prescription'])] };
    }
    const listed = parseAgendaQuery(text, now);
    if (!listed?.types) return joiningAnswer;
    const dates: SingleReading = { kind: 'agenda', query: withTradeShown(listed, context) };
    // « l'info coll est obligatoire ? »: whether it is, then its dates; « je peux y envoyer Mme B ? »: the dates first.
    return { kind: 'several', readings: joining.required ? [joiningAnswer, dates] : [dates, joiningAnswer] };
  }
  const full = everythingFullAsked(text);
  if (full) return { kind: 'several', readings: full.map((query) => ({ kind: 'agenda', query })) };
  const whole = readOne(text, now, context, deps);
  // « si elle commence le volet 1 le 18 ça finit vers quand ? »: the session's dates, and the days the agreement sets.
  const lasting = whole.kind === 'agenda' ? sessionWithItsLength(whole.query, text) : undefined;
  if (lasting) return { kind: 'several', readings: [whole, lasting] };
  const choice = choosing(text, whole, now);
  if (choice) return choice;
  // « la promo ça leur paye le permis ? »: nothing on paying for it, but La Promo prepares the highway code.
  const codeToo =
    whole.kind === 'scope' && whole.question.kind === 'out_of_scope' ? highwayCodeBeside(text, deps) : [];
  if (codeToo.length > 0)
    return { kind: 'several', readings: [whole, { kind: 'passages', passages: codeToo }] };
  // « prépa comp : la durée et le coût pour le CD ? »: the cost, which the agreement settles for
  // every programme, and what else is asked of the one named.
  if (
    whole.kind === 'scope' &&
    whole.question.kind === 'cost' &&
    !/\?.*\?/.test(text) &&
    !describesPerson(extractProfile(text, { today: now }))
  ) {
    const normal = normalizeText(text);
    // « une formation qualifiante, pas prépa, … financé par qui ? » names Prépa to set it aside.
    const named = programmesNamedIn(
      normal.replace(/\bpas (la |le |de |en |du )?(prepa|pec|promo|1618)\b/g, ' '),
    );
    const besides = detectAspects(text).filter((aspect) => aspect !== 'overview');
    // In the order asked: « c'est payant et ça dure combien ? » the cost first.
    const [first, ...rest] = normal.split(' et ');
    const costFirst = rest.length > 0 && recognizeScopeQuestion(first!)?.kind === 'cost';
    if (named.length === 1 && besides.length > 0) {
      const other = answerOn(named[0]!, besides);
      return { kind: 'several', readings: costFirst ? [whole, other] : [other, whole] };
    }
  }
  // « elle a pas de voiture, elle habite à Moissac » in a programme's thread: what the agreement
  // says of the condition, and the programme's entries where she lives; « elle a pas d'ordi », the first.
  const told = whole.kind === 'agenda' || whole.kind === 'person' ? undefined : conditionsTold(text, context);
  if (told) return told;
  // « prépa / comp pec / promo, c'est quoi la diff (public et durée) ? »: the three named, each
  // answered on what is compared, rather than two of them side by side.
  if (whole.kind === 'answer' && whole.result.comparedWith) {
    const named = programmesNamedIn(normalizeText(text));
    const compared = (whole.result.aspects ?? []).filter((aspect) => aspect !== 'comparison');
    const aspects: Aspect[] = compared.length > 0 ? compared : ['audience', 'duration'];
    if (named.length === 3)
      return {
        kind: 'several',
        readings: PROGRAMMES.map((dispositif) => answerOn(dispositif, aspects)),
      };
  }
  // « et pour la PEC et la promo ? » after a target: the same question, of each programme named.
  const kept = whole.kind === 'answer' ? keepsAspects(text, context) : undefined;
  const namedAgain = kept ? programmesNamedIn(normalizeText(text)) : [];
  if (kept && namedAgain.length > 1)
    return { kind: 'several', readings: namedAgain.map((dispositif) => answerOn(dispositif, kept)) };
  // « les 3 dispositifs se font à distance ? »: each programme's answer, as if each were named.
  const eachOfTheThree =
    whole.kind === 'answer' || whole.kind === 'scope' ? undefined : askedOfTheThree(text);
  if (eachOfTheThree) return eachOfTheThree;
  // « info coll à Castel et à Valence, c quand chacune ? »: one list for each town.
  const towns = whole.kind === 'agenda' && whole.query.place ? townsSideBySide(normalizeText(text)) : [];
  if (whole.kind === 'agenda' && towns.length > 1)
    return {
      kind: 'several',
      readings: towns.map((town) => ({
        kind: 'agenda',
        query: { ...whole.query, place: asWritten(text, town)! },
      })),
    };
  const normalText = normalizeText(text);
  const eachProgramme = whole.kind === 'agenda' ? listsForEachProgramme(whole.query, normalText) : [];
  if (eachProgramme.length > 1) return { kind: 'several', readings: eachProgramme };
  // « pour la JPO de février, c'est le CD ou l'AFPA qui tient le stand ? »: whose task the action plan
  // makes it, then the events.
  const whoseTask = whole.kind === 'agenda' && WHO_DOES_IT.test(normalText) ? deps.passages.find(text) : [];
  if (whole.kind === 'agenda' && whoseTask.length > 0)
    return { kind: 'several', readings: [{ kind: 'passages', passages: whoseTask }, whole] };
  // « promo : l'info coll est avant ou après l'entrée ? »: the events, and the entries they come before.
  if (
    whole.kind === 'agenda' &&
    whole.query.types &&
    whole.query.dispositif &&
    BEFORE_OR_AFTER_ENTRY.test(normalText)
  )
    return {
      kind: 'several',
      readings: [whole, { kind: 'agenda', query: { kind: 'sessions', dispositif: whole.query.dispositif } }],
    };
  // « pec atelier 2 ou atelier 3, ça démarre quand ? »: one list for each step.
  const steps = whole.kind === 'agenda' && whole.query.volet ? stepsSideBySide(normalText) : [];
  if (whole.kind === 'agenda' && steps.length > 1)
    return {
      kind: 'several',
      readings: steps.map((volet) => ({ kind: 'agenda', query: { ...whole.query, volet } })),
    };
  // « FT c quoi déjà ? et ML ? »: the words asked are read together, « et ML ? » being none alone.
  // « info coll c quoi exactement ? et la prochaine pour la prépa c quand »: the word, then its dates.
  if (whole.kind === 'scope' && whole.question.kind === 'meaning') {
    const dates = datesAfterTheWord(text, now);
    return dates ? { kind: 'several', readings: [whole, dates] } : whole;
  }
  // « prépa / PEC / promo, ça se fait où ? »: each programme named, each answered.
  if (whole.kind === 'clarify' && whole.result.eachNamed) {
    const { aspect, candidates } = whole.result;
    // « une ligne par dispo : prépa / PEC / promo, le public et la durée »: every aspect asked, of each.
    const asked = detectAspects(text);
    const aspects = asked.includes(aspect) ? asked : [aspect];
    return {
      kind: 'several',
      readings: candidates.map((dispositif) => ({
        kind: 'answer',
        result: { kind: 'answer', dispositif, aspect, aspects },
      })),
    };
  }
  // « prépa à distance ça existe ? »: what the agreement says, and the entries followed at a distance.
  const remote = whole.kind === 'answer' ? remoteEntriesBeside(whole.result, text, deps) : undefined;
  if (remote) return { kind: 'several', readings: [whole, remote] };
  // « c quand la prochaine info coll prépa et ça dure combien en tout ? »: the dates, then the fact.
  const split = splitAgendaFromAspect(text, now);
  if (split) {
    const { dates, fact, twoLists: asked } = split;
    const first = readOne(dates, now, context, deps);
    // « prochaine entrée promo ? et une réunion où les parents peuvent venir ? »: a second list,
    // joined by « et », leans on the first as « et … » would in the next turn.
    const second = readOne(
      asked ? `et ${fact}` : fact,
      now,
      contextAfter(first, now, dates, context) ?? context,
      deps,
    );
    const kinds = new Set([first.kind, second.kind]);
    const twoLists = first.kind === 'agenda' && second.kind === 'agenda';
    // « une prépa à distance bientôt et il reste combien de places ? »: one list, with its places.
    if (twoLists && sameListWithRoom(first.query, second.query)) return second;
    if ((kinds.has('agenda') && kinds.has('answer')) || twoLists)
      return { kind: 'several', readings: townSaidLast(periodSaidOnce([first, second], text)) };
  }
  // « prépa ça dure cb et l'afpa peut la loger ? »: the fact asked of the programme, and what is outside.
  const besideAFact = whole.kind === 'scope' ? factBesideOutside(text, now, context, deps) : undefined;
  if (besideAFact) return { kind: 'several', readings: [besideAFact, whole] };
  // « la promo, ça paye le permis ? »: outside the agreement, and what it does say of that programme.
  const beside = whole.kind === 'scope' ? saidBesideOutside(text, whole.question, deps) : undefined;
  if (beside) return { kind: 'several', readings: [whole, beside] };
  // « ils doivent amener quoi à l'info coll du 14 ? », « la v1 du 18, elle peut la prendre en cours
  // de route ? »: outside the agreement, and the date named, which the agenda gives.
  const named =
    whole.kind === 'scope' && whole.question.kind === 'out_of_scope'
      ? parseAgendaQuery(text, now)
      : undefined;
  if (named && (named.types?.length || (named.kind === 'sessions' && named.dispositif)))
    return { kind: 'several', readings: [whole, { kind: 'agenda', query: named }] };
  // « habilité sur Panda, je m'adresse à qui ? »: the agreement's words on it, and whom it names.
  if (whole.kind === 'passages' && asksWhomForPanda(text))
    return { kind: 'several', readings: [whole, { kind: 'scope', question: { kind: 'contacts' } }] };
  // « qui a signé l'accord et le copil se réunit tous les combien ? »: who signed, then the committee.
  if (whole.kind === 'passages' && SIGNATORIES_ASKED.test(normalizeText(text)))
    return { kind: 'several', readings: [{ kind: 'scope', question: { kind: 'contacts' } }, whole] };
  // « à qui je m'adresse pour orienter un jeune vers la promo, la ML ? »: whom the agreement names,
  // and who prescribes that programme, which the question is really about.
  const orientedTo =
    whole.kind === 'scope' &&
    whole.question.kind === 'contacts' &&
    questionsIn(text).length <= 1 &&
    ORIENTING.test(normalizeText(text))
      ? sessionDispositifIn(normalizeText(text))
      : undefined;
  // The roles last: « et côté CD ? » then goes on with them.
  if (orientedTo) return { kind: 'several', readings: [answerOn(orientedTo, ['prescription']), whole] };
  // « objectif pec c combien et je vois ça avec qui à l'afpa ? »: the answer, then whom to see.
  const [before, whomToSee, ...more] = whole.kind === 'answer' ? splitAtCommaAnd(text) : [];
  if (before && whomToSee && more.length === 0 && recognizeScopeQuestion(whomToSee)?.kind === 'contacts')
    return {
      kind: 'several',
      readings: [readOne(before, now, context, deps), { kind: 'scope', question: { kind: 'contacts' } }],
    };
  const questions = questionsIn(text)
    .flatMap((question) => splitAtProgrammes(question, deps))
    .flatMap((question) => (whole.kind === 'scope' ? splitAtCommaAnd(question) : [question]));
  // « la v2 du 25 elle est complète ? si oui ya quoi après »: one list, the second question only widens the first.
  if (
    whole.kind === 'agenda' &&
    questions.slice(1).some((q) => /^(si oui|sinon|si c est le cas)\b/.test(normalizeText(q)))
  )
    return whole;
  // « … la promo c jouable pour lui et si oui y a une info coll ? »: the check, then the dates, in one sentence.
  const ifSo =
    whole.kind === 'person'
      ? /\bet si oui\b|\bsi c est le cas\b|\bet (?=(ca|c est|c|elle|il) (commence|demarre|debute)\w* (quand|qd)\b|(c est |c )?(quand|qd) (la|le) (prochaine?|suivante?)\b)/i.exec(
          lettersWithoutAccents(text),
        )
      : null;
  if (ifSo) {
    const checked = contextAfter(whole, now, text, context);
    const then = readOne(text.slice(ifSo.index + ifSo[0].length), now, checked, deps);
    if (then.kind === 'agenda') return { kind: 'several', readings: [whole, then] };
  }
  // « (BRSA) veut faire plaquiste en avril, c possible ? »: the check, and that trade's trainings then.
  if (whole.kind === 'person') {
    const wanted = parseAgendaQuery(text, now);
    if (wanted?.kind === 'places' && wanted.trade && wanted.from)
      return { kind: 'several', readings: [whole, { kind: 'agenda', query: wanted }] };
  }
  // « agent de restauration c où et quand ? ma dame est de Caussade, 10 ans de plonge »: what is told
  // after the only question does not hide it.
  if (
    questions.length === 1 &&
    (whole.kind === 'not_found' || whole.kind === 'unsure') &&
    questions[0] !== text.trim()
  ) {
    const alone = readOne(questions[0]!, now, context, deps);
    if (alone.kind !== 'not_found' && alone.kind !== 'unsure') return alone;
  }
  // A person is described across sentences: « elle a 30 ans, au RSA ? elle peut faire prépa ? ».
  if (questions.length < 2 || questions.length > MAX_QUESTIONS) return whole;
  // « elig 17a ase + c combien de temps ? »: read whole, it is neither; its first question describes the person.
  const firstAsked =
    whole.kind === 'not_found' || whole.kind === 'unsure'
      ? readOne(questions[0]!, now, context, deps)
      : undefined;
  const person = whole.kind === 'person' ? whole : firstAsked?.kind === 'person' ? firstAsked : undefined;
  // « Promo 16/18 possible ? Et c'est quand la prochaine entrée ? »: the check, then the dates.
  if (person) {
    // Read in the thread of the check, whose programme « la prochaine entrée » is about.
    const checked = contextAfter(person, now, text, context);
    // « il peut faire comp PEC ? et ça dure cb ? »: the check, then the fact asked of the programme.
    const asked = questions
      .map((question) => readOne(question, now, checked, deps))
      // A fact already answered beside the check (`also`) is not answered twice.
      .filter((reading) => reading.kind === 'agenda' || (!person.also && answersAFact(reading)));
    return asked.length > 0 ? { kind: 'several', readings: [person, ...asked] } : person;
  }
  // What the agreement sets no condition on is read across the story's sentences: one answer.
  if (whole.kind === 'scope' && whole.question.kind === 'unsetConditions') return whole;
  const readings: SingleReading[] = [];
  let thread = context;
  // « comp pec on la démarre qd ? dès le début du contrat ou faut attendre ? »: the whole asks when in the contract, no dates.
  const noDates = asksNoAgenda(text);
  const outside = whole.kind === 'scope' && whole.question.kind === 'out_of_scope';
  for (const question of questions) {
    const reading = readOne(question, now, thread, deps);
    if (noDates && reading.kind === 'agenda') continue;
    // « … amener quoi ? CV ? pièce d'identité ? »: a list of what to bring, not data given to the assistant.
    if (outside && reading.kind === 'scope' && reading.question.kind === 'personalData') continue;
    // « il peut faire comp PEC ? et qui je contacte à l'afpa ? », « rsa inscrit ft prepa ok ? et ca
    // coute au cd ? »: the check, then what the rest asks.
    if (reading.kind === 'person' && whole.kind === 'scope' && ASKED_BESIDE_A_CHECK.has(whole.question.kind))
      return { kind: 'several', readings: [reading, whole] };
    if (reading.kind === 'person' || reading.kind === 'clarify') return whole;
    const named = namedIn(question, now, deps);
    const answered = reading.kind !== 'unsure' && reading.kind !== 'not_found';
    if (answered && (named || !onlyOverview(reading)))
      readings.push(
        reading.kind === 'answer' && asksWhatItIs(question) ? { ...reading, whatItIs: true } : reading,
      );
    const after = contextAfter(reading, now, question, thread);
    thread = after || named ? { ...named, ...after, at: now.toISOString() } : thread;
  }
  return combined(whole, townSaidLast(readings));
}

/**
 * « jpo lundi 1er février et mercredi 3, c laquelle à Castel ? »: the town said once at the end
 * is asked of every day listed before it, not of the last one only.
 */
/**
 * « en février, il y a une JPO et des infos collectives ? », « des JPO et des info coll en février ? »:
 * the month or the week said once is of both lists. A day (« la JPO du 3 ») is of its own list only,
 * and « la prochaine » asks the next one, whenever it is.
 */
function periodSaidOnce(readings: SingleReading[], text: string): SingleReading[] {
  const lists = readings.filter((reading) => reading.kind === 'agenda');
  const dated = lists.filter(({ query }) => query.from && query.to && query.from !== query.to);
  if (lists.length !== 2 || dated.length !== 1 || /\bprochaine?s?\b/.test(normalizeText(text)))
    return readings;
  const { from, to } = dated[0]!.query;
  return readings.map((reading) =>
    reading.kind === 'agenda' && !reading.query.from && !reading.query.to && !reading.query.weekday
      ? { ...reading, query: { ...reading.query, from, to } }
      : reading,
  );
}

function townSaidLast(readings: SingleReading[]): SingleReading[] {
  const last = readings.at(-1);
  if (readings.length < 2 || last?.kind !== 'agenda' || !last.query.place) return readings;
  const sameList = (reading: SingleReading) =>
    reading.kind === 'agenda' &&
    reading.query.kind === last.query.kind &&
    String(reading.query.types) === String(last.query.types) &&
    reading.query.dispositif === last.query.dispositif &&
    !reading.query.place &&
    (reading.query.from !== undefined || reading.query.weekday !== undefined);
  if (!readings.slice(0, -1).every(sameList)) return readings;
  return readings.map((reading) =>
    reading.kind === 'agenda'
      ? { ...reading, query: { ...reading.query, place: last.query.place } }
      : reading,
  );
}

/** What a message may ask beside a person's check, each answered after it. */
const ASKED_BESIDE_A_CHECK: ReadonlySet<ScopeQuestion['kind']> = new Set([
  'contacts',
  'cost',
  'entryDeadline',
  'prescribing',
  'out_of_scope',
]);

/**
 * « lequel est le plus court ? », « vae, rsfp ou cléa en pec : laquelle dure le moins ? »: a
 * choice asked, which the agreement's facts on each answer, where nothing more precise was read
 * (a person to check, a list, a programme named alone keep their reading).
 */
function choosing(text: string, whole: SingleReading, now: Date): Reading | undefined {
  const open =
    whole.kind === 'not_found' ||
    whole.kind === 'clarify' ||
    whole.kind === 'passages' ||
    whole.kind === 'unsure' ||
    whole.kind === 'answer';
  if (!open) return undefined;
  const certification = certificationWithinPec(text);
  if (certification) return certification;
  // A programme answered by a guess (« lequel est pour les mineurs ? ») or two side by side: each asked.
  // « laquelle est la plus courte, la VAE ou la RSFP ? » asks of those two, which their cards compare.
  const guessed =
    whole.kind !== 'answer' ||
    (isProgramme(whole.result.dispositif) &&
      (whole.result.comparedWith !== undefined
        ? isProgramme(whole.result.comparedWith)
        : programmesNamedIn(normalizeText(text)).length === 0));
  const each = guessed ? whichOneAsked(text, now) : undefined;
  return each && { kind: 'several', readings: each };
}

const ENDS_WHEN =
  /\b(finit|finira|fini|termine|terminera|se termine|s arrete|fin) (vers |a peu pres |environ )?(quand|qd)\b/;

function sessionWithItsLength(query: AgendaQuery, text: string): SingleReading | undefined {
  const normal = normalizeText(text);
  // « elle se termine quand ? » after the list asks the list again, which gives its end.
  if (query.kind !== 'sessions' || !query.dispositif || !sessionDispositifIn(normal)) return undefined;
  if (!ENDS_WHEN.test(normal)) return undefined;
  const length = answerOn(query.dispositif, ['duration']);
  return query.volet ? { ...length, result: { ...length.result, step: query.volet } } : length;
}

/** « je dois lui dire quoi ? », « faut-il vérifier quoi ? »: the référent's part before sending someone. */
const REFERENT_PART_ASKED =
  /\b(je dois|dois je|on doit|doit on|faut il) (lui |leur )?(dire|expliquer|verifier|preparer) quoi\b/;

/**
 * « pour orienter un jeune vers la promo », « pour y inscrire quelqu'un », « un jeune pas ASE, je contacte
 * qui pour la promo ? »: someone sent to a programme, which its prescribers answer (for a young person
 * the ASE does not follow, the Missions locales and the CIO).
 */
const ORIENTING =
  /\b(orient|prescri|inscri|positionn|envoy)\w*\b.*\b(vers|en|a|au|sur|dans) (la |le |l )?(prepa|pec|promo|1618|competences)\b|^(?=.*\b(pas|non|hors) (de l |l )?ase\b).*\b(contacte|contacter|appelle|appeler|joindre|adresse|adresser)\b.*\bpour (la |le |l |une |un )?(promo|1618)\b/;

const THE_THREE_PROGRAMMES =
  /\b(3|trois) (dispositifs|programmes|prestations|parcours)\b|\bchacun des (3|trois)\b/;

function askedOfTheThree(text: string): Reading | undefined {
  const normal = normalizeText(text);
  // « au niveau national, par qui sont suivis les trois dispositifs ? » asks the agreement's steering.
  if (!THE_THREE_PROGRAMMES.test(normal) || NATIONAL_STEERING.test(normal)) return undefined;
  const aspects = detectAspects(text).filter((a) => a !== 'overview' && a !== 'target' && a !== 'comparison');
  if (aspects.length === 0) return undefined;
  return {
    kind: 'several',
    readings: PROGRAMMES.map((dispositif) => answerOn(dispositif, aspects.slice(0, 2))),
  };
}

/** A precise fact of a programme (its length, its content…), which a check does not say. */
function answersAFact(reading: SingleReading): boolean {
  if (reading.kind !== 'answer') return false;
  const aspects = reading.result.aspects ?? [reading.result.aspect];
  return aspects.every((aspect) => aspect !== 'overview' && aspect !== 'audience');
}

function asksWhomForPanda(text: string): boolean {
  return PANDA_ACCESS.test(normalizeText(text)) && recognizeScopeQuestion(text)?.kind === 'contacts';
}

/** The agreement's own words on the programme named in a question it does not settle, when they are near it. */
function saidBesideOutside(
  text: string,
  question: ScopeQuestion,
  deps: UnderstandingDeps,
): SingleReading | undefined {
  if (question.kind !== 'out_of_scope') return undefined;
  const named = deps.qa.understand(text);
  if (named.kind !== 'answer') return undefined;
  const d = deps.catalogue.get(named.dispositif);
  // Only what the agreement says of that programme itself: its general articles settle nothing here.
  const passages = deps.passages
    .find(text, {
      about: named.dispositif,
      distinctive: true,
      ignoring: [d.name, d.shortName ?? '', ...d.aliases, ASKING_WORDS].join(' '),
    })
    .filter((p) => p.about?.some((programme) => programme === named.dispositif));
  return passages.length > 0 ? { kind: 'passages', passages } : undefined;
}

/**
 * « prépa comp ça dure combien et l'afpa peut loger la personne ? »: one part asks a fact of
 * the programme, the other a subject the agreement leaves out; each is answered.
 */
function factBesideOutside(
  text: string,
  now: Date,
  context: ConversationContext | undefined,
  deps: UnderstandingDeps,
): SingleReading | undefined {
  const parts = text.split(/\s+et\s+/);
  if (parts.length !== 2) return undefined;
  const outside = parts.map((part) => recognizeScopeQuestion(part)?.kind === 'out_of_scope');
  if (outside[0] === outside[1]) return undefined;
  const factPart = outside[0] ? parts[1]! : parts[0]!;
  const fact = readOne(factPart, now, context, deps);
  return answersAFact(fact) ? fact : undefined;
}

/**
 * « comp pec c cb de jours et la promo cb de semaines ? »: two programmes, each asked its own
 * question, are two questions even without a question mark between them.
 */
function splitAtProgrammes(question: string, deps: UnderstandingDeps): string[] {
  const parts = question.split(/\s+et\s+/);
  // The cheap test first: most « et » join two aspects of one question, asked of no second programme.
  // « cb de brsa visés en PEC et cb sur prépa ? »: the second part may lean on the first's aspect.
  if (parts.length !== 2 || detectAspect(parts[0]!) === 'overview') return [question];
  const [first, second] = parts.map((part) => deps.qa.understand(part));
  const twoProgrammes =
    first?.kind === 'answer' &&
    second?.kind === 'answer' &&
    first.dispositif !== second.dispositif &&
    !first.comparedWith &&
    !second.comparedWith;
  if (!twoProgrammes) return [question];
  // « et cb sur prépa ? » is read as the follow-up it is, asking the first part's aspect again.
  return detectAspect(parts[1]!) === 'overview' ? [parts[0]!, `et ${parts[1]!}`] : parts;
}

/**
 * « c quand la prochaine info coll prépa et ça dure combien la prépa en tout »: a date and a
 * fact of the programme, two questions joined by « et ».
 */
function splitAgendaFromAspect(
  question: string,
  now: Date,
): { dates: string; fact: string; twoLists: boolean } | undefined {
  // « prochaine JPO + prochaine info coll promo »: « + » joins two questions, each however short.
  const plus = question.split(/\s+\+\s+/);
  // « la prochaine entrée sur la Promo, et une info coll est prévue pour les jeunes et leurs parents ? »:
  // the « , et » between the questions, not the « et » inside one.
  const commaAnd = question.split(/,\s*et\s+/);
  const parts = plus.length === 2 ? plus : commaAnd.length === 2 ? commaAnd : question.split(/\s+et\s+/);
  const fewest = plus.length === 2 ? 2 : 3;
  if (parts.length !== 2) return undefined;
  const [first, second] = parts.map((part) => parseAgendaQuery(part, now));
  // « prochaine JPO et il reste des places en cariste ? »: a kind of event named is a question however
  // short, beside another kind of list; « les jpo et les infos coll de février » stays one list.
  const otherKinds = first !== undefined && second !== undefined && first.kind !== second.kind;
  const tooShort = (part: string, query: AgendaQuery | undefined) =>
    part.split(/\s+/).length < fewest && !(otherKinds && query?.types && part.split(/\s+/).length >= 2);
  if (tooShort(parts[0]!, first) || tooShort(parts[1]!, second)) return undefined;
  const aspect = parts.map((part) => detectAspects(part).some((a) => a !== 'overview'));
  // « c quand la prochaine jpo et est-ce qu'il reste des places en cariste ? »: two lists of their own.
  const twoLists = first && second && (first.kind !== second.kind || first.types?.[0] !== second.types?.[0]);
  const split = (first && !second && aspect[1]) || (second && !first && aspect[0]) || twoLists;
  return split ? { dates: parts[0]!, fact: parts[1]!, twoLists: Boolean(twoLists) } : undefined;
}

/**
 * « combien d'allocataires visés en PEC pour 2022, et qui est la responsable à l'AFPA ? »: the
 * contacts or the figures, read whole, would swallow the other question joined by « , et ».
 */
function splitAtCommaAnd(question: string): string[] {
  const words = (part: string) => part.split(/\s+/).filter(Boolean).length;
  // Searched without accents (« ça coûte », « c'est rémunéré »), cut in the message as written.
  const plain = lettersWithoutAccents(question);
  // « objectif promo et qui je contacte ? »: without a comma, « et » before a question word,
  // which says a question starts there even after two words.
  for (const [joint, fewest] of [
    [/,\s*(?:et|puis)\s+/gi, 3],
    [
      /\s+et\s+(?=(?:qui|quand|qd|comment|combien|cb|quel\w*|a qui|c est qui|(?:je|j|on) (?:vois|voit|demande|contacte|appelle|ecris|m adresse) (?:ca |cela )?(?:avec |a |aupres de )?qui|(?:c|c est) (?:quand|qd|ou|combien|cb|quoi)|ca (?:coute|dure|commence|demarre)|(?:c|c est|ca|est ce|est ce que (?:c|c est|ca)) (?:remunere\w*|paye\w*|payant\w*|gratuit\w*|finance\w*|obligatoire|possible)|(?:y a|il y a|ya) (?:une |des )?(?:aides?|indemnit\w*|primes?|remuneration))\b)/gi,
      2,
    ],
  ] as const) {
    const joints = [...plain.matchAll(joint)];
    if (joints.length !== 1) continue;
    const [{ index, 0: found }] = joints as [RegExpExecArray];
    const parts = [question.slice(0, index), question.slice(index + found.length)];
    if (parts.every((part) => words(part) >= fewest)) return parts;
  }
  return [question];
}

/** Each accented letter as its bare letter and each apostrophe as a space, one for one: places stay the same. */
function lettersWithoutAccents(text: string): string {
  return text.replace(/[^\x20-\x26\x28-\x7e]/g, (c) => (/['’]/.test(c) ? ' ' : c.normalize('NFD')[0]!));
}

/** The one programme a run of words names, if any. */
function programmeNamedIn(words: string, deps: UnderstandingDeps): DispositifId | undefined {
  const understood = deps.qa.understand(words);
  return understood.kind === 'answer' ? understood.dispositif : undefined;
}

/** « prépa comp c payant ? » names the programme the next question leans on, even when answered by a general card. */
function namedIn(question: string, now: Date, deps: UnderstandingDeps): ConversationContext | undefined {
  const understood = deps.qa.understand(question);
  return understood.kind === 'answer'
    ? { dispositif: understood.dispositif, at: now.toISOString() }
    : undefined;
}

/**
 * A programme's modality asked with « à distance » named, for a programme the agreement says
 * may be followed at a distance: its entries at a distance, which say whether there are any.
 */
function remoteEntriesBeside(
  result: Extract<QaResult, { kind: 'answer' }>,
  text: string,
  deps: UnderstandingDeps,
): SingleReading | undefined {
  const dispositif = SESSION_DISPOSITIFS.find((d) => d === result.dispositif);
  if (!dispositif || result.aspect !== 'modality' || modalityAsked(normalizeText(text)) !== 'distanciel')
    return undefined;
  const modality = deps.catalogue.get(dispositif).modality?.text ?? '';
  if (!modality.includes('à distance')) return undefined;
  // Which entries can be followed at a distance, mixed ones too: a question, not a wish.
  return {
    kind: 'agenda',
    query: { kind: 'sessions', dispositif, modality: 'distanciel', modalityQuestioned: true },
    aside: true,
  };
}

/** « c'est le CD ou l'AFPA qui tient le stand ? », « qui anime les réunions métiers ? »: whose part, asked. */
const WHO_DOES_IT =
  /\b(c est |c )?(le cd|le departement|l afpa|nous|vous)( ou (le cd|le departement|l afpa|nous|vous))? qui (tien\w*|organise\w*|anime\w*|gere\w*|s occupe\w*|assure\w*)\b|\bqui (tien\w*|organise\w*|anime\w*) (le |les |un )?stands?\b/;

/** « l'info coll est avant ou après l'entrée ? »: an event placed against the programme's entries. */
const BEFORE_OR_AFTER_ENTRY =
  /\b(avant|apres)( ou (avant|apres))? (l |la |le |son |sa |leur |les |ses )?(entrees?|demarrages?|debut|sessions?|rentree)\b/;

/** « qui a signé l'accord ? », « les signataires ? »: the contacts card names them. */
const SIGNATORIES_ASKED = /\b(qui (l a |a |ont )?signe|signataires?)\b/;

/** The second list is the first, only kept to what has room. */
function sameListWithRoom(first: AgendaQuery, second: AgendaQuery): boolean {
  const { withSeats: _a, roomAsked: _b, ...firstList } = first;
  const { withSeats: _c, roomAsked: _d, ...secondList } = second;
  return second.withSeats === true && JSON.stringify(firstList) === JSON.stringify(secondList);
}

/** « combien de temps », « sous quel délai », « ça prend combien »: a length of time asked. */
const TIME_ASKED =
  /\b((combien|cb|cmb) de (temps|jours?|semaines?|mois)|(quel|quels|sous quel|dans quel|un|des) delais?|delai de \w+|(ca )?(prend|dure) combien|(sous|en|dans) combien)\b/;
/** A length of time a passage gives: « 5 jours », « deux semaines », « un délai ». */
const A_TIME_GIVEN =
  /\b(\d+|une?|deux|trois|quatre|cinq|six|huit|douze|quelques) (jours?|semaines?|mois|ans|annees?|heures?|demi journees?)\b|\b(delais?|durees?)\b/;
/** « une date ? », « à quelle date ? »: a day of the calendar asked. */
const DATE_ASKED =
  /\b(une date|quelle date|quelles dates|a quelle date|date precise|dates precises|quel jour)\b/;
const A_DATE_GIVEN =
  /\b\d{1,2}(er)? (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b|\b\d{1,2}\/\d{1,2}\b/;

/**
 * « l'habilitation ça prend combien de temps ? », « ils font le point quand ? une date ? »
 * answered with the agreement's words on it, none of which gives that time or date: the answer
 * says the agreement sets none before quoting them.
 */
function saidWhenNoTimeIsSet(reading: SingleReading, text: string): SingleReading {
  if (reading.kind !== 'passages') return reading;
  const asked = normalizeText(text);
  const said = reading.passages.map((passage) => normalizeText(passage.text));
  if (TIME_ASKED.test(asked) && !said.some((passage) => A_TIME_GIVEN.test(passage)))
    return { ...reading, unset: 'time' };
  if (DATE_ASKED.test(asked) && !said.some((passage) => A_DATE_GIVEN.test(passage)))
    return { ...reading, unset: 'date' };
  return reading;
}

function readOne(
  text: string,
  now: Date,
  context: ConversationContext | undefined,
  deps: UnderstandingDeps,
): SingleReading {
  const reading = saidWhenNoTimeIsSet(
    ownerOfTheFigure(nearHome(readOneWhole(text, now, context, deps), text, context), text, deps),
    text,
  );
  // « sauf prépa » after the list of a month: the programme the list named is the one left out.
  if (reading.kind === 'agenda') return { ...reading, query: leavingOut(reading.query) };
  // « le chantier solidaire ça dure combien ? »: a step only La Promo has, named by its name, whatever the passages found.
  const unanswered = reading.kind === 'passages' || reading.kind === 'unsure' || reading.kind === 'not_found';
  if (unanswered && programmesNamedIn(normalizeText(text)).length === 0) {
    const promoStep = PROMO_STEPS.find((name) => name === stepNamed(text));
    if (promoStep) {
      const aspects = detectAspects(text).filter((aspect) => aspect !== 'overview');
      const [aspect = 'phases', ...more] = aspects;
      return {
        kind: 'answer',
        result: {
          kind: 'answer',
          dispositif: 'promo-16-18',
          aspect,
          aspects: [aspect, ...more],
          step: promoStep,
        },
      };
    }
  }
  if (reading.kind !== 'answer') return reading;
  // « le volet 2 ça dure combien ? », « et le 2 ? »: that step's facts only.
  const step = stepAsked(text, context);
  const result = reading.result;
  const unnamedParty = result.comparedWith
    ? undefined
    : partyNotNamed(
        text,
        deps.catalogue.get(result.dispositif),
        result.aspects ?? [result.aspect],
        reading.passages ?? [],
      );
  // « la préparation de la suite » is a step of La Promo's, whatever « préparation » may have named.
  const promoStep = (PROMO_STEPS as readonly string[]).includes(step ?? '');
  // « la semaine d'engagement, ça sert à quoi ? »: the step's own facts answer, not passages found on its words.
  const { passages: _passages, ...unquoted } = reading;
  return step || unnamedParty
    ? {
        ...(promoStep ? unquoted : reading),
        result: {
          ...result,
          ...(promoStep ? { dispositif: 'promo-16-18' as const } : {}),
          // « ça sert à quoi ? » of a step: what the step is, its line among the phases.
          ...(step && result.aspect === 'overview'
            ? { aspect: 'phases' as const, aspects: ['phases' as const] }
            : {}),
          // « elle peut faire le volet 2 maintenant qu'elle a son projet ? »: whom that step is for, its line first.
          ...(step && result.aspect === 'audience' && !(result.aspects ?? []).includes('phases')
            ? {
                aspect: 'phases' as const,
                aspects: ['phases' as const, ...(result.aspects ?? ['audience' as const])],
              }
            : {}),
          ...(step ? { step } : {}),
          ...(unnamedParty ? { unnamedParty } : {}),
        },
      }
    : reading;
}

/**
 * « 70 % de sorties positives c'est pour la prépa ? »: the target of the programme named, and
 * whose figure it is; with none named, the target of the programme whose figure it is.
 */
function ownerOfTheFigure(reading: SingleReading, text: string, deps: UnderstandingDeps): SingleReading {
  if (reading.kind !== 'answer' || reading.result.comparedWith) return reading;
  const { result } = reading;
  if (!(result.aspects ?? [result.aspect]).includes('target')) return reading;
  const owner = figureOwner(text, deps.catalogue);
  if (!owner || owner === result.dispositif) return reading;
  const named = sessionDispositifIn(normalizeText(text)) === result.dispositif;
  const target = { kind: 'answer' as const, aspect: 'target' as const, aspects: ['target' as const] };
  return {
    kind: 'answer',
    result: named
      ? { ...target, dispositif: result.dispositif, figureOf: owner }
      : { ...target, dispositif: owner },
  };
}

/** « la prépa peut l'aider ? », « ça peut lui servir ? »: whether a programme fits someone. */
const HELPS_THEM = /\b(peut|pourrait|peuvent|pourraient) (l |lui |leur |les )?(aider|servir|etre utile)\b/;

/** The driving licence asked of La Promo 16/18: the passage on preparing the highway code, which it does say. */
function highwayCodeBeside(text: string, deps: UnderstandingDeps): Passage[] {
  const normal = normalizeText(text);
  if (!/\bpermis\b/.test(normal) || sessionDispositifIn(normal) !== 'promo-16-18') return [];
  return deps.passages.find('préparer au code de la route', { about: 'promo-16-18', limit: 1 });
}

/** A question word: the message asks something beyond the facts it gives. */
const ASKS_A_FACT = /\b(qui|quoi|comment|combien|cb|pourquoi|quand|qd|ou|quel\w*)\b/;
const MAX_FACTS_ONLY_WORDS = 20;
/** « je veux vérifier si… », « tester si… »: a check asked for, before any fact. */
const CHECK_WANTED = /\b(verifier|verif|tester|checker|savoir|voir) si\b/;

function readOneWhole(
  text: string,
  now: Date,
  context: ConversationContext | undefined,
  deps: UnderstandingDeps,
): SingleReading {
  const leans = /^(et|mais|ok et)\b/.test(normalizeText(text));
  const inThePromo = context?.dispositif === 'promo-16-18' || /\b(promo|1618)\b/.test(normalizeText(text));
  // « il doit ramener quoi la première semaine ? » in La Promo's thread: its week of engagement gathers
  // the papers and the parents' consent (Protocole, § 3).
  if (inThePromo && BRING_IN_THE_FIRST_WEEK.test(normalizeText(text)))
    return {
      kind: 'answer',
      result: {
        kind: 'answer',
        dispositif: 'promo-16-18',
        aspect: 'phases',
        aspects: ['phases'],
        step: 'l engagement',
      },
    };
  // « et après cette semaine qui s'occupe de lui ? »: the main référent named after the week of engagement.
  if (inThePromo && WHO_LOOKS_AFTER_THEM.test(normalizeText(text))) {
    const named = deps.passages.find('référent principal de parcours désigné issue semaine engagement', {
      limit: 1,
    });
    if (named.length > 0) return { kind: 'passages', passages: named };
  }
  // « et le bilan il est envoyé à qui ? » after the end of Prépa: asked of the report itself, not of the programme.
  if (leans && context?.topic === 'bilan' && /\bbilans?\b/.test(normalizeText(text)))
    return readOneWhole(text, now, undefined, deps);
  // « et s'il arrête en cours de route ? » after how AFPA handles a prescription, « il faut quelles
  // colonnes ? » after how it publishes: the same card, which says it.
  const afpaSide =
    context?.topic === 'handling' || context?.topic === 'publishing' ? context.topic : undefined;
  if (afpaSide && AFPA_SIDE_FOLLOW_UP[afpaSide].test(normalizeText(text)))
    return { kind: 'scope', question: { kind: afpaSide } };
  // « et c envoyé à qui ? à moi ou à mon chef ? », « c qui qui me l'envoie » after it: whom the report goes to, who sends it.
  if (
    context?.topic === 'bilan' &&
    (REPORT_RECIPIENT_ASKED.test(normalizeText(text)) || REPORT_SENDER_ASKED.test(normalizeText(text)))
  )
    return readOneWhole(
      `le bilan individuel ${normalizeText(text).replace(/^(et|mais|ok et) /, '')}`,
      now,
      undefined,
      deps,
    );
  // « et pour la promo, y en a un aussi ? » after the individual report of Prépa, « et qui le préside ? »
  // after the steering committee: the same subject, which the agreement leaves out there too.
  const subject =
    context?.topic === 'bilan'
      ? `bilan ${text}`
      : /\b(copil|comite)\b/.test(normalizeText(context?.asked ?? ''))
        ? `${text} du comite`
        : undefined;
  const again =
    (leans || context?.topic === 'bilan') && subject ? recognizeScopeQuestion(subject) : undefined;
  if (again?.kind === 'out_of_scope') return { kind: 'scope', question: again };
  // « et pour comp pec j'en ai un aussi ? » after the report at the end of Prépa: where the agreement sets one, again
  // (« et pour la pec ? » alone asks how that programme ends).
  if (
    leans &&
    context?.topic === 'bilan' &&
    ONE_TOO.test(normalizeText(text)) &&
    sessionDispositifIn(normalizeText(text)) &&
    normalizeText(text).split(' ').length <= 10
  )
    return { kind: 'scope', question: { kind: 'afterPrescribing' } };
  // Read against the list just shown first: « c'est à quelle heure ? » asks what the list says.
  const thread = followUp(text, context, now);
  if (thread?.kind === 'agenda') return { kind: 'agenda', query: thread.query };
  // « il veut plutôt l'électricité » after whom to contact about the visits listed before: the list again, of that trade.
  const listBefore = !thread && context?.topic === 'contacts' ? context.earlier?.agenda : undefined;
  if (listBefore && RATHER.test(normalizeText(text))) {
    const again = followUp(text, { agenda: listBefore, at: context!.at }, now);
    if (again?.kind === 'agenda') return { kind: 'agenda', query: again.query };
  }
  if (thread?.kind === 'contacts' || thread?.kind === 'afterPrescribing' || thread?.kind === 'entryDeadline')
    return { kind: 'scope', question: { kind: thread.kind } };
  if (thread?.kind === 'figures') return { kind: 'scope', question: thread };
  // « si on veut le prolonger ou le changer on fait comment » after the agreement's term: its article 6 again.
  if (context?.topic === 'agreement' && AGREEMENT_CHANGED.test(normalizeText(text))) {
    const term = deps.passages.find('accord conclu période modifié complété avenant résilié préavis', {
      limit: 1,
    });
    if (term.length > 0) return { kind: 'passages', passages: term };
  }
  if (asksTheAseTarget(text, context))
    return {
      kind: 'answer',
      result: { kind: 'answer', dispositif: 'promo-16-18', aspect: 'target', aspects: ['target'] },
    };

  const normal = normalizeText(text);
  // « ok du coup y a quoi pour lui ? » after a check: what the person's story calls for; with
  // nobody described before, nothing to go on (the menu offers the check).
  if (FOR_THEM.test(normal))
    return context?.need
      ? {
          kind: 'answer',
          result: { kind: 'answer', dispositif: context.need, aspect: 'overview', aspects: ['overview'] },
        }
      : { kind: 'unsure' };
  // « et un BRSA avec une RQTH ? » describes someone: its question mark asks about them, not about a fact.
  const whatAbout = /^et (pour |si )?(un|une) /.test(normal);
  // « et s'il a pas encore 16 ans ? » after a programme: the person to check, not a condition.
  // (« et s'il fait rien, elle risque une amende ? » asks what follows from it: a question of its own.)
  const whatIf =
    context?.dispositif !== undefined &&
    /^(et |mais |ok et )?(si|s) (il|ils|elle|elles) /.test(normal) &&
    !/[,;:]/.test(text) &&
    !/\b(risque\w*|amende|sanction\w*|perd\w*|doi\w*|faut|arrive\w*|passe)\b/.test(normal);
  const extracted = extractProfile(
    whatIf
      ? text
          .replace(/^(\s*(?:et|mais|ok et)\s+)?s(?:i\s+|['’ ]\s*)(?=(?:il|ils|elle|elles)\b)/i, '$1')
          .replace(/\?+\s*$/, '')
      : whatAbout
        ? text.replace(/\?+\s*$/, '')
        : text,
    { today: now },
  );
  // « l'ASE est dans la boucle pour le suivi ? »: the service's part asked, nobody described.
  const person = describesPerson(extracted) && !(describesNoOne(extracted) && asksAPartysPart(text));
  const threadProgramme = PROGRAMMES.find(
    (p) => p === (thread?.kind === 'dispositif' ? thread.dispositif : context?.dispositif),
  );
  // « et un BRSA avec une RQTH ? » after a programme: someone to check for it, whatever else is said of them.
  const anotherPerson =
    threadProgramme !== undefined &&
    Object.keys(extracted.profile).length > 0 &&
    /^(et )?(pour|si|s il|s ils|un|une) /.test(normal);
  // « il habite à Lauzerte sans voiture, prépa faisable ? »: nobody to check, a condition the agreement does not set.
  // « avant de prescrire…, qu'est-ce que je dois vérifier ? » asks the référent's part, which says it.
  // « pas de mode de garde, pas de voiture… prépa en présentiel impossible, des solutions ? »: the same, for anyone.
  if (
    extracted.unset &&
    extracted.programme &&
    // Someone described with facts is checked, the condition said with the check.
    ((!person &&
      Object.keys(extracted.profile).length === 0 &&
      (extracted.asksEligibility || ABOUT_THE_CONDITION.test(normal))) ||
      ASKS_FOR_A_WAY.test(normal)) &&
    detectAspect(askedSentence(text)) !== 'prescription' &&
    // « elle peut faire la promo en visio ? elle a pas de moyen de transport »: whether it is followed from home, asked.
    !FROM_HOME.test(normalizeText(askedSentence(text)))
  )
    return {
      kind: 'scope',
      question: { kind: 'unsetConditions', conditions: extracted.unset, programme: extracted.programme },
    };
  // « et un BRSA avec une RQTH ? » asks about that person; « et pour un jeune ASE, c'est qui qui signe ? » asks its own question.
  const checksAnother = anotherPerson && !/\b(qui|quoi|comment|combien|pourquoi|quand|ou)\b/.test(normal);
  const scopeRead = outsideUnlessChecked(recognizeScopeQuestion(text), person || anotherPerson, {
    ...extracted,
    asksEligibility: extracted.asksEligibility || checksAnother,
    programme: extracted.programme ?? (anotherPerson ? threadProgramme : undefined),
  });
  // « sa formation sera au GRETA, ça va quand même ? » after Prépa: its steps, volet 2 preparing any training.
  const trainingElsewhere =
    scopeRead?.kind === 'out_of_scope' &&
    scopeRead.subject === ANOTHER_BODY &&
    context?.dispositif !== undefined &&
    detectAspect(askedSentence(text)) === 'phases';
  const scope = outsideOnlyInAside(scopeRead, text, now) || trainingElsewhere ? undefined : scopeRead;
  // « et qui me donne mes accès panda ? », in any thread, or « et c'est qui qui donne les accès ? »
  // right after Panda: the agreement's words.
  const afterPanda = /^et\b/.test(normal) && /\bpanda\b/.test(normalizeText(context?.asked ?? ''));
  const aboutPanda = PANDA_ACCESS.test(normal)
    ? text
    : afterPanda && PANDA_ACCESS.test(`${normal} panda`)
      ? `${text} panda`
      : undefined;
  if (aboutPanda) {
    const passages = deps.passages.find(aboutPanda);
    if (passages.length > 0) return { kind: 'passages', passages };
  }
  // « une plaquette pour présenter la prépa ? », « quels logos sur l'affiche ? »: the agreement's
  // words on AFPA's kit and on publicity, whichever programme the leaflet is about.
  if (COMMUNICATION_ASKED.test(normalizeText(questionsAsked(text)))) {
    const passages = deps.passages.find(text);
    if (passages.length > 0) return { kind: 'passages', passages };
  }
  // « pour faire garder le bébé, c'est l'AFPA qui gère ? »: the agreement says whose task it is.
  // « le copil national, il se réunit quand et qui le pilote ? »: the agreement's words on it.
  // « qui pilote au niveau national ? »: the national steering committee, which the protocol names.
  const aboutTheCommittee =
    (/\b(comite de pilotage|copil)\b/.test(normal) ||
      /\b(pilot\w*)\b.*\bnational\w*|\bnational\w*\b.*\bpilot\w*/.test(normal)) &&
    !/\b(personnes?|referent\w*|suivi de l accord|qui sont|noms?)\b/.test(normal);
  const whoseTask = ASSIGNED_TASK.test(normal) && WHOSE_TASK.test(normal);
  // « y a un copil national pour prépa/pec/1618 ? tous les combien » names the three programmes: not a doubt between them.
  // Figures « pour le copil » ask the figures; « pour le copil, l'objectif prépa c combien ? », the target.
  const committeeAsked =
    aboutTheCommittee &&
    (!scope || scope.kind === 'contacts') &&
    !/\bobjectifs?\b/.test(normal) &&
    /\b(quand|combien|frequence|reuni\w*|reunion\w*|national\w*|existe)\b/.test(normal);
  // « la garde et le transport, c'est moi qui dois régler ça ou l'afpa ? »: whose task, asked of no one in particular.
  const materialTask = !scope && !person && whoseTask && MATERIAL_CONDITIONS.test(normal);
  if ((scope?.kind === 'contacts' && (whoseTask || aboutTheCommittee)) || materialTask || committeeAsked) {
    const passages = deps.passages.find(text);
    if (passages.length > 0) return { kind: 'passages', passages };
  }
  // « il sait pas se servir d'un ordi, même pour sa déclaration CAF, vous proposez quoi ? »: the need asked.
  const needBeside =
    scope?.kind === 'out_of_scope' && scope.subject === OTHER_BODIES_BENEFITS
      ? dispositifForNeed(text)
      : undefined;
  if (needBeside)
    return { kind: 'answer', result: { kind: 'answer', dispositif: needBeside, aspect: 'overview' } };
  // « cléa numérique c quoi ? mes BRSA galèrent avec la CAF en ligne »: the dispositif asked, the CAF
  // being why, told after the question; « la prime d'activité, elle la garde en PEC ? » asks the CAF's.
  const firstQuestion = text.includes('?') ? text.slice(0, text.indexOf('?') + 1) : text;
  const askedFirst =
    scope?.kind === 'out_of_scope' &&
    scope.subject === OTHER_BODIES_BENEFITS &&
    firstQuestion.trim() !== text.trim() &&
    recognizeScopeQuestion(firstQuestion) === undefined
      ? deps.qa.understand(firstQuestion)
      : undefined;
  if (askedFirst?.kind === 'answer') return answerWithPassages(firstQuestion, askedFirst, deps);
  // « panda c quoi ce truc ?? on m'en a parlé en réunion » : the agreement's words on it, found by the word alone.
  const quoted =
    scope?.kind === 'meaning' && scope.terms.length === 1 ? quotedTerm(scope.terms[0]!) : undefined;
  const onTheWord = quoted && deps.passages.find(quoted);
  if (onTheWord && onTheWord.length > 0) return { kind: 'passages', passages: onTheWord };
  // « y a quoi pour un BRSA à part la prépa ? »: what there is for that public. Someone of a given
  // age, or with a story (no project, a need), is checked or answered by what the story calls for.
  const { aim, unset, insertionStructure, qualified, lowFrench } = extracted;
  // The public's words first: they are few, and what rules them out costs more to read.
  const forPublic =
    (!scope || scope.kind === 'out_of_scope') &&
    extracted.profile.age === undefined &&
    !(aim || unset || insertionStructure || qualified || lowFrench)
      ? programmesForAPublic(text, (words) => programmeNamedIn(words, deps))
      : undefined;
  if (
    forPublic &&
    !dispositifNeededBeyondDoubt(text) &&
    !dispositifForNeed(text) &&
    !parseAgendaQuery(text, now)
  )
    return { kind: 'scope', question: forPublic };
  if (scope) return { kind: 'scope', question: scope };

  // « et pour un jeune de 17 ans ? » after whom a programme is for, « il a 17 ans, ça passe ? »
  // after the programme: that person, checked for it.
  // « et une dame en CDD classique ? » after whom Compétences PEC is for: that person, for it.
  // « et si elle est pas au RSA ? » after whom it is for: that person, whatever the thread read in it.
  const aboutAudience =
    (thread?.kind === 'dispositif' && thread.aspects.includes('audience')) ||
    context?.aspects?.includes('audience');
  // « 17 ans, confié à l'ASE » after the Promo: facts given with nothing asked, to check for it.
  const factsOnly = person && !ASKS_A_FACT.test(normal) && normal.split(' ').length <= MAX_FACTS_ONLY_WORDS;
  if (
    threadProgramme &&
    (thread?.kind === 'dispositif' || (context?.dispositif !== undefined && (person || anotherPerson))) &&
    Object.keys(extracted.profile).length > 0 &&
    (extracted.asksEligibility || ((aboutAudience || context?.choice) && anotherPerson) || factsOnly)
  ) {
    // After « prépa ou PEC pour elle ? », her facts are checked for both, the one they rule out said first.
    const choice = !extracted.programme && !extracted.choice ? context?.choice : undefined;
    return {
      kind: 'person',
      extracted: choice
        ? { ...extracted, choice }
        : { ...extracted, programme: extracted.programme ?? threadProgramme },
    };
  }
  // « je veux vérifier si un jeune peut faire la promo »: the check, its facts still to ask.
  if (extracted.programme && extracted.asksEligibility && CHECK_WANTED.test(normal))
    return { kind: 'person', extracted };
  // « et les open badges c pour qui ? » after CléA Numérique names its own subject: no follow-up of the other.
  if (thread?.kind === 'dispositif' && !namesAnother(text, thread.dispositif, deps))
    return {
      kind: 'answer',
      result: {
        kind: 'answer',
        dispositif: thread.dispositif,
        aspect: thread.aspects[0]!,
        aspects: thread.aspects,
      },
    };

  const understood = person ? questionAfterPerson(text, deps) : deps.qa.understand(text);
  // « objectif BRSA en prépa ? »: a public named with a target, nobody to check.
  if (person && understood.kind === 'answer' && understood.aspect === 'target' && describesNoOne(extracted))
    return { kind: 'answer', result: understood };
  // « il galère avec l'ordi, l'afpa a qqch pour ça ? »: the dispositif for that need, named by none.
  // « prépa comp ou il y a mieux ? » asks for what fits the need told, whichever programme is named.
  const betterAsked = /\bou (il y a|y a|ya) (mieux|plus adapte|autre chose)\b/.test(normal);
  // « en CDDI, il voudrait valider ses acquis, compétences PEC ça marche ? » asks the programme named.
  const checkAsked = person && extracted.asksEligibility && extracted.programme !== undefined && !betterAsked;
  // « le portefeuille de compétences c dans quel dispositif ? »: « compétences » names three; the
  // portfolio is the PEC's alone (Protocole, § 3), quoted.
  if (understood.kind === 'clarify' && /\bportefeuilles? de competences\b/.test(normal))
    return answerWithPassages(
      askedSentence(text),
      { kind: 'answer', dispositif: 'competences-pec', aspect: 'content', aspects: ['content'] },
      deps,
    );
  const open = (understood.kind === 'answer' && !betterAsked) || checkAsked;
  // « alors on peut lui proposer quoi pour valoriser son expérience ? » after a man in a chantier d'insertion:
  // what his story called for, the need told now naming none.
  const need =
    dispositifNeededBeyondDoubt(text) ??
    (open ? undefined : (dispositifForNeed(text) ?? (asksAnOffer(text) ? context?.need : undefined)));
  if (need) {
    // « … elle peut faire une RSFP ? » asks whom it is for; « c quoi la RSFP ? » what it is;
    // « je l'oriente sur quoi ? » asks what, not how to prescribe.
    const asked = detectAspects(askedSentence(text)).filter(
      (a) => a !== 'prescription' || !/\b(sur|vers|a) quoi\b/.test(normal),
    );
    const aspects: Aspect[] = asked.length > 0 ? asked : ['overview'];
    // « salariée en chantier d'insertion, elle peut faire une RSFP ? »: yes, said with why.
    const someone = person || /\b(il|elle|lui|monsieur|madame|mr|mme|mon|ma)\b/.test(normal);
    const fits = someone && need === 'rsfp' ? whyTheRsfpFits(text) : undefined;
    return {
      kind: 'answer',
      result: {
        kind: 'answer',
        dispositif: need,
        aspect: aspects[0]!,
        aspects,
        ...(fits ? { personFits: fits } : {}),
      },
    };
  }
  // « je fais comment pour l'envoyer ? »: how a prescription goes, for the thread's programme if any.
  if (understood.kind !== 'answer' && asksHowToPrescribe(text)) {
    const onThread = context?.dispositif;
    return onThread
      ? {
          kind: 'answer',
          result: { kind: 'answer', dispositif: onThread, aspect: 'prescription', aspects: ['prescription'] },
        }
      : { kind: 'scope', question: { kind: 'prescribing' } };
  }
  // The check knows three programmes: about any other dispositif (« une VAE c possible ? »), the question is answered;
  // « … avant une formation qualifiante. Vous avez une visite là-dessus ? » asks the events.
  if (
    person &&
    understood.kind === 'answer' &&
    !CHECKED.has(understood.dispositif) &&
    !extracted.programme &&
    !parseAgendaQuery(askedSentence(text), now)?.types
  )
    return answerWithPassages(askedSentence(text), understood, deps);
  // « comment je fais pour prescrire la promo à un jeune ASE ? »: how, for a public rather than a person.
  const programmeNamed =
    extracted.programme ?? (understood.kind === 'answer' ? understood.dispositif : undefined);
  if (programmeNamed && asksHowToPrescribe(text) && Object.keys(extracted.profile).length <= 1)
    return {
      kind: 'answer',
      result: {
        kind: 'answer',
        dispositif: programmeNamed,
        aspect: 'prescription',
        aspects: ['prescription'],
      },
    };
  // « et une dame en CDI classique, elle peut le faire ? » after a programme: a check for that programme.
  if (
    person &&
    extracted.asksEligibility &&
    !extracted.programme &&
    threadProgramme &&
    LEANS_ON_PROGRAMME.test(normal)
  )
    return personReading(text, { ...extracted, programme: threadProgramme }, understood, deps);
  // « mr I, 28 ans rsa, … je voudrais qu'il voie l'atelier, visite possible ? »: the event asked for him, no programme.
  const eventAsked =
    person && extracted.asksEligibility && !extracted.programme ? eventAskedLast(text, now) : undefined;
  if (eventAsked) return { kind: 'agenda', query: eventAsked };
  // « jeune 17 ans ASE décroché depuis la rentrée, la promo c'est possible ? » asks a check, not the entry dates.
  if (person && extracted.asksEligibility) return personReading(text, extracted, understood, deps);

  // « elle a peur de ne pas suivre la formation, on peut lui proposer quoi avant ? »: the need
  // Prépa Compétences answers (volet 2, « Sécuriser l'entrée en formation »), with its steps.
  const prepaOrNone = understood.kind !== 'answer' || understood.dispositif === 'prepa-competences';
  const securing: Extract<QaResult, { kind: 'answer' }> = {
    kind: 'answer',
    dispositif: 'prepa-competences',
    aspect: 'phases',
    aspects: ['phases'],
  };
  if (prepaOrNone && FEARS_FAILING.test(normal)) return { kind: 'answer', result: securing };
  // « il a arrêté en novembre, il ferait quoi ? »: a month in the person's story asks for no dates.
  // « places en soudure ? et en plaquiste ? j'ai un mr BRSA intéressé » asks in its first question.
  const agenda = person
    ? tradeToldBefore(
        parseAgendaQuery(nearTheirHome(askedSentence(text), text), now) ??
          beyondDates(parseAgendaQuery(questionsAsked(text), now)),
        text,
        now,
      )
    : parseAgendaQuery(text, now);
  // « elle voudrait faire reconnaître ce qu'elle fait, y a quelque chose ? »: an offer for that need, not
  // whatever is on; a list asked by its kind, trade or dates stays a list.
  const anyEvent = agenda?.kind === 'events' && !agenda.types && !agenda.trade && !agenda.from && !agenda.to;
  if (agenda && !(anyEvent && dispositifForNeed(text)))
    return { kind: 'agenda', query: onThreadTrade(onThreadProgramme(agenda, text, context), text, context) };
  if (prepaOrNone && SECURING_ENTRY.test(normal)) return { kind: 'answer', result: securing };

  if (person) {
    // « BRSA suivi par FT, pas nous : prépa, c'est qui qui prescrit ? » asks who may for this
    // person, which the check answers: the route depends on their facts.
    const asked =
      understood.kind === 'answer' ? PROGRAMMES.find((p) => p === understood.dispositif) : undefined;
    if (
      asked &&
      understood.kind === 'answer' &&
      understood.aspect === 'prescription' &&
      WHO_PRESCRIBES_FOR_THEM.test(normal) &&
      Object.keys(extracted.profile).length >= 2
    )
      return personReading(
        text,
        { ...extracted, asksEligibility: true, programme: extracted.programme ?? asked },
        understood,
        deps,
      );
    // « mon allocataire veut savoir combien de temps dure prépa comp » asks the duration, not a check;
    // « … comp PEC possible et faut l'accord de l'employeur » asks both.
    // « BRSA 50 ans qui vise une formation ailleurs, la prépa peut l'aider ? »: whether it fits him, which the check says.
    const fitAsked = HELPS_THEM.test(normal) && Object.keys(extracted.profile).length > 0;
    const checkToo = (extracted.asksEligibility || fitAsked) && extracted.programme !== undefined;
    if (understood.kind === 'answer' && PRACTICAL.has(understood.aspect) && !checkToo)
      return answerWithPassages(askedSentence(text), understood, deps);
    // « c'est quoi exactement prépa comp ? j'ai un monsieur au RSA qui sait pas quoi faire »: what it is,
    // which the answer says; its card offers the check.
    if (understood.kind === 'answer' && !checkToo && asksWhatItIs(askedSentence(text)))
      return answerWithPassages(askedSentence(text), understood, deps);
    return personReading(text, extracted, understood, deps);
  }
  if (understood.kind === 'answer') {
    // « et pour la PEC ? » after « combien de temps dure prépa ? » asks the same of the PEC.
    const kept = keepsAspects(text, context);
    if (kept) return { kind: 'answer', result: { ...understood, aspect: kept[0]!, aspects: kept } };
    return answerWithPassages(text, understood, deps);
  }
  if (understood.kind === 'clarify') {
    // « la RSFP c'est pour qui, la dame a pas assez d'expérience pour une VAE », « rsfp ?? une
    // collègue m'en parle pour… une vae »: the question names one dispositif; the other is in
    // the story told after it.
    // « c'est quoi CléA, et CléA Numérique ? » lists both: each is asked.
    const asked = text.split(/[,;?]/)[0]!;
    const alone = asked !== text && !understood.eachNamed ? deps.qa.understand(asked) : understood;
    if (alone.kind === 'answer') return answerWithPassages(asked, alone, deps);
    // « … pas les prérequis pour une VAE : peut-on l'orienter vers la RSFP ? »: the one it goes to.
    const towards = understood.eachNamed
      ? null
      : /.*\b(?:vers|sur|en|pour) (?:la |le |l |une |un )?([a-z0-9 ]+)$/.exec(normalizeText(text));
    const target = towards ? deps.qa.understand(towards[1]!) : undefined;
    if (target?.kind === 'answer')
      return answerWithPassages(
        text,
        { ...target, aspect: understood.aspect, aspects: [understood.aspect] },
        deps,
      );
    // « et le portefeuille de compétences c pour tout le monde ? » after Compétences PEC: of that one.
    const discussed = context?.dispositif;
    if (discussed && understood.candidates.includes(discussed as never))
      return answerWithPassages(
        text,
        { kind: 'answer', dispositif: discussed, aspect: understood.aspect, aspects: [understood.aspect] },
        deps,
      );
    // « date limite d'entrée dans l'expérimentation ? » asks the agreement, whichever programmes it names;
    // « prépa / PEC / promo, ça se fait où ? » asks each of them, which their names would drown in a search.
    const passages = asksTheAgreementItself(text) && !understood.eachNamed ? deps.passages.find(text) : [];
    if (passages.length > 0) return { kind: 'passages', passages };
    return { kind: 'clarify', result: understood };
  }
  // « est-ce qu'elle est obligée de se déplacer ? elle habite à Beaumont… » in a programme's
  // thread, however long: that programme's answer on what is asked.
  const askedAspect = context?.dispositif ? detectAspect(fromFirstQuestion(text)) : 'overview';
  if (context?.dispositif && PRACTICAL.has(askedAspect) && askedAspect !== 'target')
    return answerWithPassages(
      text,
      { kind: 'answer', dispositif: context.dispositif, aspect: askedAspect, aspects: [askedAspect] },
      deps,
    );
  // « faut l'accord des parents ? » right after the Promo: the agreement's words on that programme.
  if (context?.dispositif) {
    const onThread = answerWithPassages(
      text,
      { kind: 'answer', dispositif: context.dispositif, aspect: 'overview' },
      deps,
    );
    if (onThread.kind === 'answer' && onThread.passages) return onThread;
  }
  // « rien sur valence ? »: a town or a period, and nothing else understood, asks the agenda.
  const byPlaceOrDate = placeOrPeriodQuery(text, now);
  if (byPlaceOrDate) return { kind: 'agenda', query: byPlaceOrDate };
  // No dispositif named: the agreement's own words may still answer a precise question,
  // about the agreement itself when that is what the thread is about.
  const short = text.split(/\s+/).length <= 10;
  const aboutAgreement = context?.topic === 'agreement' && short;
  // « et après c'est fini ? » after its length: the same article, which says how it goes on.
  const goesOn = aboutAgreement && context.asked && AFTER_IT_ENDS.test(normalizeText(text));
  // « J'assure l'intérim de la RAP. À qui dois-je adresser les tableaux de bord ? »: not searched in who speaks.
  const asked = goesOn ? context.asked! : aboutAgreement ? `${text} accord` : withoutSelfIntroduction(text);
  // « je peux envoyer le tableau avec les noms à un partenaire ? »: what the agreement binds both
  // parties to, confidentiality (art. 4) and the protection of personal data (art. 5).
  if (SHARES_NAMES.test(normalizeText(text))) {
    const bound = deps.passages.find(CONFIDENTIALITY_WORDS, { distinctive: true });
    if (bound.length > 0) return { kind: 'passages', passages: bound };
  }
  // « tous les combien ? » after the dashboard's passage: how often that, not any passage saying « tous ».
  if (context?.asked && !goesOn && HOW_OFTEN_ALONE.test(normalizeText(text))) {
    const often = deps.passages.find(`${text} ${context.asked}`, { distinctive: true });
    if (often.length > 0) return { kind: 'passages', passages: often };
  }
  const passages = deps.passages.find(asked, { distinctive: true });
  if (passages.length > 0) return { kind: 'passages', passages };
  // « et il sert à quoi ? », which says nothing by itself: asked of the passage just quoted.
  if (context?.asked && short && ON_THE_PASSAGE.test(normalizeText(text))) {
    const onLast = deps.passages.find(`${text} ${context.asked}`, { distinctive: true });
    if (onLast.length > 0) return { kind: 'passages', passages: onLast };
  }
  return asksSomething(text) ? { kind: 'not_found' } : { kind: 'unsure' };
}

const WHO_PRESCRIBES_FOR_THEM =
  /\b(qui (qui )?((l |la |le |les )?(prescri\w*|inscri\w*|oriente\w*)|peut (le |la |l )?(prescrire|inscrire|orienter))|(je|on) (peux|peut|pourrais|pourrait) (l |la |le |les )?(inscrire|prescrire|orienter)|c (est )?(moi|nous) qui)\b/;

/** An agenda query that asks for more than a period, which a person's story may name. */
/** « là-dessus », « dans ce domaine »: the question points back at what the story said the person wants. */
const REFERS_BACK =
  /\b(la dessus|la dedans|dans ce domaine|dans ce secteur|sur (ce|ces) metiers?|pour (ce|ces) metiers?|dans (ce|ces) metiers?)\b/;

/**
 * « … veut découvrir les métiers du bâtiment. Vous avez une visite ou une réunion là-dessus
 * ce mois-ci ? »: the trade told in the story, and the trade meetings it calls for.
 */
function tradeToldBefore(query: AgendaQuery | undefined, text: string, now: Date): AgendaQuery | undefined {
  const asked = normalizeText(askedSentence(text));
  // « il veut devenir cariste. il reste des places en formation ? »: the places of that trade's training.
  const itsTraining = query?.kind === 'places' && /\bformations?\b/.test(asked);
  // « mr 33 ans veut bosser dans la logistique. y a une réunion métier ? »: the meetings of that trade.
  const ofATrade =
    query?.types !== undefined &&
    query.types.every((type) => type === 'reunion_metier' || type === 'visite_plateau');
  if (!query || query.trade || !(REFERS_BACK.test(asked) || itsTraining || ofATrade)) return query;
  const told = parseAgendaQuery(text, now);
  return told?.trade ? { ...query, trade: told.trade, ...(told.types ? { types: told.types } : {}) } : query;
}

function beyondDates(query: AgendaQuery | undefined): AgendaQuery | undefined {
  const asks = query && Object.keys(query).some((key) => key !== 'kind' && key !== 'from' && key !== 'to');
  return asks ? query : undefined;
}

/**
 * « brsa avec rqth 50 ans prépa possible ? » asks whether the person can enter Prépa: the
 * RQTH is one of their facts, not the subject asked about.
 */
function outsideUnlessChecked(
  scope: ScopeQuestion | undefined,
  person: boolean,
  extracted: ReturnType<typeof extractProfile>,
): ScopeQuestion | undefined {
  const checked = person && extracted.asksEligibility && extracted.programme !== undefined;
  // « couple au RSA… prépa possible ? la garde des enfants c'est le gros souci »: the check says the condition too.
  const saidWithTheCheck =
    (scope?.kind === 'out_of_scope' && scope.subject !== OTHER_DEPARTMENT) ||
    scope?.kind === 'unsetConditions';
  return saidWithTheCheck && checked ? undefined : scope;
}

/**
 * « la JPO je l'ai ratée (arrêt maladie), y en a une autre ? », « grosse semaine, l'imprimante en
 * panne, bref. y a une info coll à Castel ? »: a subject outside the agreement told in brackets or
 * in a sentence that asks nothing, beside an agenda question, is the story; the dates are what is asked.
 */
function outsideOnlyInAside(scope: ScopeQuestion | undefined, text: string, now: Date): boolean {
  if (scope?.kind !== 'out_of_scope') return false;
  const sentences = text.replace(/\([^)]*\)/g, ' ').split(/(?<=[.!;])\s+/);
  const questions = sentences.filter((sentence) => sentence.includes('?'));
  const whole = (questions.length > 0 ? questions : sentences).join(' ');
  // « …, elle veut pas aller à Mtb sans permis, ya une info coll près de chez elle ? »: one sentence,
  // whose last clause asks.
  const asked =
    whole.length === text.length
      ? (text
          .split(/,\s+/)
          .filter((clause) => clause.includes('?'))
          .at(-1) ?? text)
      : whole;
  if (asked.length === text.length) return false;
  return recognizeScopeQuestion(asked) === undefined && parseAgendaQuery(asked, now) !== undefined;
}

/** Words a passage follow-up keeps of the question before it. */
const PASSAGE_FOLLOW_UP_WORDS = 30;
/** « et la garde du bébé pendant la prépa ? »: how a condition the agreement does not set is dealt with. */
const ABOUT_THE_CONDITION =
  /^(et |mais )?(pour )?(la |le |les )?(garde|permis|voiture|vehicule|mobilite|transport|deplacements?)\b/;
/** « et après ? », « c'est renouvelé ? », « ça continue ? »: what comes once the agreement ends. */
const AGREEMENT_CHANGED =
  /\b(prolong\w*|modifi\w*|chang\w*|complete\w*|avenant|resili\w*|renouvel\w*|reconduire|reconduit\w*|mettre fin)\b/;
const AFTER_IT_ENDS =
  /\b(apres|ensuite|fini\w*|termine\w*|renouvel\w*|reconduit\w*|reconduction|prolong\w*|continue\w*|la suite)\b/;
/**
 * « et il sert à quoi ? », « ça concerne qui ? »: what leans on the passage just quoted. Not
 * « y a une date ? », which asks something of its own.
 */
const ON_THE_PASSAGE = /^(et|ca|cela|il|elle|ils|elles|c est|c|le|la|les|lui|eux)\b/;
/** Names or files about people, passed on to someone else. */
const SHARES_NAMES =
  /\b(envoy\w*|transmet\w*|transmis\w*|partag\w*|diffus\w*|communiqu\w*|transfer\w*|faire suivre)\b.*\b(noms?|donnees|coordonnees|listes?|tableaux?|fichiers?|dossiers?)\b.*\b(partenaires?|exterieur\w*|tiers|autres? (structures?|organismes?|services?|associations?)|associations?|employeurs?|mairies?|elus?)\b/;
const CONFIDENTIALITY_WORDS = 'confidentialité document information protection des données personnelles';

/** « tous les combien ? », « à quelle fréquence ? », « combien de fois par an ? », asked alone. */
const HOW_OFTEN_ALONE =
  /^(et )?(c est |c )?(tous les combien|a quelle (frequence|periodicite)|a quel rythme|quelle (frequence|periodicite)|combien de fois( par (an|mois))?|chaque combien)$/;

/** A question, not a word or two: « la prime de Noël tombe quand ? », « tu peux me rédiger un courrier ? ». */
const QUESTION_START =
  /^(qui|que|qu|quoi|quand|comment|combien|pourquoi|ou|est ce|y a|il y a|c est|tu peux|vous pouvez|peut on|on peut|il faut|faut il|l afpa|le cd|le departement)\b/;

function asksSomething(text: string): boolean {
  const normal = normalizeText(text);
  const words = normal.split(' ').filter((word) => word.length >= 3).length;
  return words >= 3 && (text.includes('?') || QUESTION_START.test(normal));
}

function namesAnother(text: string, dispositif: string, deps: UnderstandingDeps): boolean {
  // « ça débouche sur quoi, VAE only ? » is still about the programme of the thread.
  if (/^(ca|c est|cela|elle|il)\b/.test(normalizeText(text))) return false;
  const named = deps.qa.understand(text);
  if (named.kind === 'clarify') return !named.candidates.includes(dispositif as never);
  return named.kind === 'answer' && named.dispositif !== dispositif;
}

/** The programmes the eligibility check knows. */
const CHECKED: ReadonlySet<string> = new Set(PROGRAMMES);

/**
 * The dispositif named anywhere in the message, and what is asked of it read from the
 * question itself: the person's age (« 16 ans ») says who they are, not that the public is asked.
 */
function questionAfterPerson(text: string, deps: UnderstandingDeps): QaResult {
  const named = deps.qa.understand(text);
  if (named.kind !== 'answer' || named.comparedWith) return named;
  // « admise en formation qualifiante, elle a peur…, prépa quel volet ? »: the story names one
  // offer, the question another; the last clause, which asks, says which.
  const lastClause = text.split(/[,;:.(]/).at(-1) ?? text;
  const asked = CHECKED.has(named.dispositif) ? undefined : deps.qa.understand(lastClause);
  const understood =
    asked?.kind === 'answer' && CHECKED.has(asked.dispositif)
      ? { ...named, dispositif: asked.dispositif }
      : named;
  // « … bénévolat le mercredi. promo 1618 ? »: the description's words (a weekday, « à domicile ») ask nothing.
  const aspects = detectAspects(withoutAges(questionsAsked(text)));
  return { ...understood, aspect: aspects[0]!, aspects };
}

/** What describes the person and asks nothing: « 45 ans », « en CDI à temps plein ». */
const withoutAges = (text: string) =>
  text
    .replace(/\b\d+ ?ans\b/g, ' ')
    .replace(/(^|\s)[aà] temps (plein|partiel)\b/gi, ' ')
    // « en CDI temps plein »: the job's hours, not the programme's.
    .replace(/\b(cdi|cdd|contrat|emploi|poste|job)( [aà])? temps (plein|partiel)\b/gi, '$1');

const ASKS_HOW_NOT_WHETHER =
  /\b(comment|concretement|(c est |c )?(moi|nous|eux|qui) qui (l |la |le |les )?(inscri|orient|prescri|positionn)\w*|par qui|demarches?|etapes?|procedure|marche a suivre)\b/;

/** A check of the person described, and the practical question asked beside it, if any. */
function personReading(
  text: string,
  extracted: ReturnType<typeof extractProfile>,
  understood: QaResult,
  deps: UnderstandingDeps,
): SingleReading {
  // « la promo ou plutôt du français pro ? »: the check, and what the other offer is.
  const other = extracted.programme ? otherOfferAsked(text, deps) : undefined;
  if (other) return { kind: 'person', extracted, also: other };
  if (understood.kind !== 'answer') return { kind: 'person', extracted };
  // « quelle diff entre prépa et PEC ? lequel pour un BRSA en contrat aidé ? »: the two side by side, and the check.
  if (understood.comparedWith) return { kind: 'person', extracted, also: understood };
  // « ça a un sens de l'orienter en promo ? » asks a check: orienting is the question, not how;
  // « on fait comment pour l'orienter ? », « c'est moi qui l'inscris ? » ask how.
  const normal = normalizeText(text);
  const orienting =
    /\b(orient\w*|positionn\w*|prescri\w*|inscri\w*)/.test(normal) && !ASKS_HOW_NOT_WHETHER.test(normal);
  // « pas de mode de garde », « pas de véhicule » in the story: the check's own lines say the référent's
  // part and the distance (data/unset-conditions.ts), which are not answered a second time beside it.
  const said = new Set<Aspect>();
  if (extracted.unset?.includes('childcare') && !ASKS_HOW_NOT_WHETHER.test(normal)) said.add('prescription');
  if (extracted.unset?.includes('licence') && extracted.programme !== 'promo-16-18') said.add('modality');
  const practical = (understood.aspects ?? [understood.aspect]).filter(
    (a) => PRACTICAL.has(a) && !(a === 'prescription' && orienting) && !said.has(a),
  );
  if (practical.length === 0) return { kind: 'person', extracted };
  return { kind: 'person', extracted, also: { ...understood, aspect: practical[0]!, aspects: practical } };
}

/**
 * « X ou (plutôt) Y ? », « X ? sinon y a quoi pour reconnaître ce qu'elle sait faire ? » where Y
 * is an offer the check does not cover, named or needed: Y, to show beside the check.
 */
function otherOfferAsked(
  text: string,
  deps: UnderstandingDeps,
): Extract<QaResult, { kind: 'answer' }> | undefined {
  const [, connector, alternative] = /\b(ou (?:plutot |bien )?|sinon )(.+)$/.exec(normalizeText(text)) ?? [];
  if (!alternative) return undefined;
  const named = deps.qa.understand(alternative);
  // « sinon on a quoi pour ses compétences ? » asks for the need read with what is said of the person.
  // « prépa comp ou il y a mieux ? » asks for the need read in the story too.
  const needed = () =>
    dispositifForNeed(alternative) ??
    (connector === 'sinon ' || /\b(mieux|autre chose|plus adapte)\b/.test(alternative)
      ? dispositifForNeed(text)
      : undefined);
  const offer = named.kind === 'answer' ? named.dispositif : needed();
  if (!offer || CHECKED.has(offer)) return undefined;
  return { kind: 'answer', dispositif: offer, aspect: 'overview', aspects: ['overview'] };
}

/**
 * What the next message may lean on, after this reading of `text` was answered. A kind of
 * event named in a question (« les réunions métiers c quoi ? ») is kept for « la prochaine c quand ? ».
 */
export function contextAfter(
  reading: Reading,
  now: Date,
  text = '',
  previous?: ConversationContext,
): ConversationContext | undefined {
  const back = backToEarlier(text, previous, now);
  if (back) return contextAfter(reading, now, back.text, back.context);
  const context = threadContext(reading, now, text, previous);
  // Another person checked without a town: the town told of the one before is not hers.
  const home = townLivedIn(text) ?? (reading.kind === 'person' ? undefined : previous?.home);
  return withEarlier(context && home ? { ...context, home } : context, previous, now);
}

/**
 * « mme P habite Castelsarrasin… volet 1 près de chez elle ? »: the question asked, with the town
 * the same message says she lives in, which « près de chez elle » means.
 */
function nearTheirHome(asked: string, text: string): string {
  const home = NEAR_HOME.test(normalizeText(asked)) ? townLivedIn(text) : undefined;
  return home ? `${asked} habite ${home}` : asked;
}

/** « y a une info coll vers chez elle ? » after « elle habite Valence d'Agen »: the agenda asked there. */
function nearHome<R extends Reading>(reading: R, text: string, context: ConversationContext | undefined): R {
  if (reading.kind !== 'agenda' || reading.query.place || !context?.home) return reading;
  return NEAR_HOME.test(normalizeText(text))
    ? { ...reading, query: { ...reading.query, place: context.home } }
    : reading;
}

const NEAR_HOME =
  /\b(vers|pres de|a cote de|pas loin de|proche de|autour de|du cote de|pres|proche) (de )?chez (elle|lui|eux|elles)\b|\bpres de (son|leur) domicile\b/;

/**
 * An aside that leaves the thread where it was: of the report, « y a quoi dedans ? » (which the
 * agreement does not say) or « c qui qui me l'envoie ? » (its paragraph quoted), so that « et pour
 * la PEC ? » is still of the report; of the information sessions listed, « elle est obligatoire ? ».
 */
function staysOnTheThread(reading: Reading, previous: ConversationContext): boolean {
  if (previous.topic === 'bilan') {
    if (reading.kind === 'scope' && reading.question.kind === 'out_of_scope')
      return /\bbilan\b/.test(reading.question.subject);
    if (reading.kind === 'passages') return /\bbilan\b/.test(reading.passages[0]?.text ?? '');
  }
  return (
    previous.agenda !== undefined && reading.kind === 'scope' && reading.question.kind === 'joiningEvent'
  );
}

function threadContext(
  reading: Reading,
  now: Date,
  text: string,
  previous: ConversationContext | undefined,
): ConversationContext | undefined {
  const context = withStep(withNeed(readingContext(reading, now), reading, text, now), reading, text);
  if (previous && staysOnTheThread(reading, previous)) return { ...previous, at: now.toISOString() };
  // « la personne est payée pendant prépa comp ? » then « et ça se passe où ? »: the programme named stays the subject.
  if (
    reading.kind === 'scope' &&
    (reading.question.kind === 'out_of_scope' || reading.question.kind === 'cost')
  ) {
    // « c quoi la prépa ? », « et c'est payé ? », then « ok et ça dure combien ? »: the programme before the aside.
    const named = sessionDispositifIn(normalizeText(text)) ?? previous?.dispositif;
    return named ? { dispositif: named, at: now.toISOString() } : context;
  }
  // « pas de voiture, pas de garde, prépa en présentiel impossible, des solutions ? » then « prochaine
  // session à distance alors »: that programme's.
  if (reading.kind === 'scope' && reading.question.kind === 'unsetConditions' && reading.question.programme)
    return { ...context, dispositif: reading.question.programme, at: now.toISOString() };
  // « à la fin de prépa comp, j'ai un retour ? » then « et pour la pec ? »: how that programme ends.
  if (reading.kind === 'scope' && reading.question.kind === 'afterPrescribing') {
    const named = sessionDispositifIn(normalizeText(text));
    return named
      ? { dispositif: named, aspects: ['content'], topic: 'bilan', at: now.toISOString() }
      : { ...context, topic: 'bilan', at: now.toISOString() };
  }
  // « le bilan individuel, qui l'envoie ? » then « et pour la promo, y en a un ? »: the same question.
  if (
    reading.kind === 'scope' &&
    reading.question.kind === 'prescribing' &&
    /\bbilans?\b/.test(normalizeText(text))
  )
    return { ...context, topic: 'bilan', at: now.toISOString() };
  // « le COPIL se réunit tous les combien ? » then « et il sert à quoi ? »: asked of the same
  // passage; the programme of the thread stays its subject.
  if (reading.kind === 'passages' && text)
    return {
      ...(previous?.dispositif ? { dispositif: previous.dispositif } : {}),
      ...context,
      asked: firstWords(text, PASSAGE_FOLLOW_UP_WORDS),
      at: now.toISOString(),
    };
  // « comp pec ok pour elle ? », « y a une info coll près de Moissac ? », then « et ça lui prend
  // combien de jours ? »: the events asked in a programme's thread leave it its subject.
  if (reading.kind === 'agenda' && reading.query.kind === 'events' && previous?.dispositif && context)
    return { ...context, dispositif: previous.dispositif };
  const types = reading.kind === 'agenda' || reading.kind === 'several' ? [] : eventTypesIn(text);
  if (types.length === 0) return context;
  return { ...context, agenda: { kind: 'events', types }, at: now.toISOString() };
}

/** The events a message's last words ask (« …, visite possible ? »), read in the whole question. */
function eventAskedLast(text: string, now: Date): AgendaQuery | undefined {
  const asked = askedSentence(text);
  if (eventTypesIn(normalizeText(asked.split(',').at(-1)!)).length === 0) return undefined;
  const query = parseAgendaQuery(asked, now);
  return query?.types ? query : undefined;
}

/** « c'est envoyé à qui ? », « qui le reçoit ? », « à moi ou à mon chef ? »: whom something goes to. */
/** « j'en ai un aussi ? », « y en a un ? »: the same thing asked of another programme. */
const ONE_TOO = /\b(en (a|ai|aura|aurai|recoit|recois)|y en a|un aussi)\b/;
const REPORT_SENDER_ASKED =
  /^(et )?(c est |c )?qui (qui |est ce qui )?(me |nous |lui |le |la |l )*(envoie|envoient|transmet|transmettent|fait|font|redige|redigent|ecrit|donne|communique)\b/;
const REPORT_RECIPIENT_ASKED =
  /\b((envoye|envoyee|adresse|adressee|transmis|transmise|communique|communiquee|destine|destinee) a qui|a qui (il |elle |on |l afpa )?(l |le |la )?(envoie|envoient|adresse|transmet|donne)|qui (le |la |l )?(recoit|recupere|aura|a)\b(?! droit)|destinataire|a moi ou a (mon|ma) )/;
/** Whether a message's first question, of several, checks a person and leaves the event to a later one. */
function personCheckedFirst(
  text: string,
  now: Date,
  context: ConversationContext | undefined,
  deps: UnderstandingDeps,
): boolean {
  const [first, ...later] = questionsIn(text);
  return (
    later.length > 0 &&
    !joiningAsked(first!, context?.agenda) &&
    readOne(first!, now, context, deps).kind === 'person'
  );
}

/** What goes on with AFPA's side of a prescription, or of the agenda, right after it was explained. */
const AFPA_SIDE_FOLLOW_UP = {
  handling:
    /\b(arret\w*|abandonn\w*|lach\w*|absente?s?|plus venue?|entree?|rentree?|demarre\w*|commence\w*|finie?|termine\w*|bilan|refus\w*|statut|clotur\w*|(les )?(3|trois|tous les|chaque) dispositifs?|pareil pour)\b/,
  publishing:
    /\b(colonnes?|dates?|heures?|format|fichiers?|lignes?|separateurs?|points? virgules?|csv|excel|modifier|corriger|annuler|supprimer|retirer|types?)\b/,
} as const;

/** « elle habite à Moissac », « il vit sur Caussade »: where the person lives, told. */
const LIVES_IN = /\b(habite\w*|vit|vivent|domicilie\w*)\b/;

/** The town the person is said to live in, as the message writes it. */
function townLivedIn(text: string): string | undefined {
  const normal = normalizeText(text);
  return LIVES_IN.test(normal) ? asWritten(text, townIn(normal)) : undefined;
}

/**
 * A condition the agreement does not set, told in a programme's thread: what the agreement says of it
 * for that programme and, when the person's town is told too, the programme's entries there.
 */
function conditionsTold(text: string, context: ConversationContext | undefined): Reading | undefined {
  const programme = PROGRAMMES.find((p) => p === context?.dispositif);
  const normal = normalizeText(text);
  // Told, not asked: « obligée de se déplacer ? elle habite à Caylus » asks the programme's answer.
  const conditions = programme && !text.includes('?') ? unsetConditions(normal) : [];
  if (!programme || conditions.length === 0) return undefined;
  const town = townLivedIn(text);
  // « elle a pas d'ordi chez elle par contre »: what the agreement says of it, for the programme.
  if (!town) return { kind: 'scope', question: { kind: 'unsetConditions', conditions, programme } };
  return {
    kind: 'several',
    readings: [
      { kind: 'scope', question: { kind: 'unsetConditions', conditions, programme } },
      { kind: 'agenda', query: { kind: 'sessions', dispositif: programme, place: town } },
    ],
  };
}

const REPORT_ASKED =
  /\b(bilans? (individuels?|de fin)|comptes? rendus?|(nous |me |vous )?renvoi\w* (qqch|quelque chose|un retour|un bilan)|retour sur (la personne|le parcours|lui|elle))\b/;

/**
 * « le volet 1 de la prépa c combien de jours ? » then « et le 2 ? »: the step asked, for the other one;
 * « le bilan à la fin de la prépa ? » then « et pour la promo ? »: the report, of the other programme.
 */
function withStep(
  context: ConversationContext | undefined,
  reading: Reading,
  text: string,
): ConversationContext | undefined {
  if (!context || reading.kind !== 'answer') return context;
  // « c'est quel volet ? » answered with the one the person's aim calls for: that step, from now on.
  const step = stepNamed(text) ?? reading.result.step;
  // « le bilan à la fin de la prépa, qui l'envoie ? » then « et pour la promo ? »: the report asked again.
  const bilan = REPORT_ASKED.test(normalizeText(text));
  return step || bilan
    ? { ...context, ...(step ? { step } : {}), ...(bilan ? { topic: 'bilan' } : {}) }
    : context;
}

/** « salarié en CDDI dans un ACI, compétences PEC ? » then « y a quoi pour lui ? »: what his story calls for. */
function withNeed(
  context: ConversationContext | undefined,
  reading: Reading,
  text: string,
  now: Date,
): ConversationContext | undefined {
  const need = reading.kind === 'person' ? dispositifCalledFor(text) : undefined;
  return need && need !== context?.dispositif ? { ...context, need, at: now.toISOString() } : context;
}

/** The same list asked of each programme in turn, as one list of those programmes. */
function listsOfProgrammes(readings: readonly SingleReading[]): AgendaQuery | undefined {
  if (readings.length < 2 || readings.length > SESSION_DISPOSITIFS.length) return undefined;
  const queries: AgendaQuery[] = [];
  for (const r of readings) if (r.kind === 'agenda' && !r.aside && r.query.dispositif) queries.push(r.query);
  if (queries.length !== readings.length) return undefined;
  const named = queries.map((query) => query.dispositif);
  const withoutProgramme = ({ dispositif: _d, ...list }: AgendaQuery) => list;
  const list = withoutProgramme(queries[0]!);
  const sameList = queries.every((query) => JSON.stringify(withoutProgramme(query)) === JSON.stringify(list));
  if (!sameList || new Set(named).size !== named.length) return undefined;
  const left = SESSION_DISPOSITIFS.filter((d) => !named.includes(d));
  return left.length === 1 ? { ...list, exceptDispositif: left[0] } : list;
}

function readingContext(reading: Reading, now: Date): ConversationContext | undefined {
  const at = now.toISOString();
  switch (reading.kind) {
    case 'agenda': {
      // « c'est en présentiel ? » asked of the list: the next question is asked of the whole list again.
      const { modality, modalityQuestioned, ...list } = reading.query;
      return { agenda: modalityQuestioned ? list : { ...list, ...(modality ? { modality } : {}) }, at };
    }
    case 'answer': {
      // « prépa ou comp pec pour elle ? » answered side by side: the facts told next choose between them.
      const compared = [reading.result.dispositif, reading.result.comparedWith];
      const choice = compared.every(isProgramme) ? compared.filter(isProgramme) : undefined;
      return {
        dispositif: reading.result.dispositif,
        aspects: reading.result.aspects ?? [reading.result.aspect],
        ...(choice ? { choice } : {}),
        at,
      };
    }
    case 'scope':
      if (reading.question.kind === 'contacts') return { topic: 'contacts', at };
      if (reading.question.kind === 'entryDeadline') return { topic: 'deadline', at };
      // « le plan d'action couvre quelles années ? » then « et si on veut le prolonger ? »: the agreement's term.
      if (reading.question.kind === 'actionPlan') return { topic: 'agreement', at };
      if (reading.question.kind === 'handling' || reading.question.kind === 'publishing')
        return { topic: reading.question.kind, at };
      // « combien vers la promo ? » then « et l'objectif ? »: the figures of that programme still.
      if (reading.question.kind === 'figures') {
        const { dispositif } = reading.question;
        return { topic: 'figures', ...(dispositif ? { dispositif } : {}), at };
      }
      return undefined;
    case 'passages': {
      const source = reading.passages[0]?.source ?? '';
      // The protocol's § 6 names who steers what: what follows asks the roles.
      if (source.startsWith('Protocole, § 6')) return { topic: 'contacts', at };
      return source.startsWith('Accord, art. 6') ? { topic: 'agreement', at } : undefined;
    }
    case 'several': {
      // « les info coll prépa et pec ? » shown programme by programme: « lequel est le plus tôt ? », « et à
      // Moissac ? » ask of them all, one list of those programmes.
      const lists = listsOfProgrammes(reading.readings);
      if (lists) return readingContext({ kind: 'agenda', query: lists }, now);
      return reading.readings.reduceRight<ConversationContext | undefined>(
        (found, r) => found ?? (r.kind === 'agenda' && r.aside ? undefined : readingContext(r, now)),
        undefined,
      );
    }
    // After « elle peut faire prépa comp ? », « ça dure combien ? » is about Prépa Compétences.
    // With none named, the one the facts call for (« en PEC à la mairie… possible ? » is Compétences PEC).
    case 'person': {
      // « sait pas quoi faire comme métier, quel dispositif ? »: the project, Prépa Compétences' volet 1, was said.
      const programme =
        reading.extracted.programme ??
        impliedProgramme(reading.extracted.profile) ??
        (reading.extracted.aim ? 'prepa-competences' : undefined);
      // « lequel des deux pour elle, prépa ou promo ? »: « et pour sa mère, 42 ans ? » is checked for both.
      const choice = reading.extracted.choice;
      return programme ? { dispositif: programme, ...(choice ? { choice } : {}), at } : undefined;
    }
    // « ok pour lui, la prochaine entrée ? » after two people checked for one programme: that programme's.
    case 'people': {
      const [programme, ...others] = new Set(reading.people.map((person) => person.programme));
      return programme && others.length === 0 ? { dispositif: programme, at } : undefined;
    }
    default:
      return undefined;
  }
}
