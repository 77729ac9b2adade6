import { addDays, addMonths, endOfMonth, endOfWeek, format, startOfWeek } from 'date-fns';
import { parisDay } from '../dates.js';
import { normalizeText } from '../qa/normalize.js';
import { KindIndex, programmesNamedIn } from './agenda-index.js';
import { leftOutIn, withoutSpans } from '../qa/left-out.js';
import { townIn } from './towns.js';
import {
  knownTradeIn,
  namesSeveralTrades,
  tradeAsPublished,
  tradesOfSector,
  tradeWithinSector,
} from './trades.js';
import { LAST_ITEM } from './model.js';
import type {
  AgendaEvent,
  AgendaItem,
  AgendaKind,
  EntrySession,
  EventType,
  Modality,
  SessionDispositif,
  TrainingPlace,
} from './model.js';

/** An agenda question, as understood: what to list, filtered how. Days are Paris days, inclusive. */
export type AgendaQuery = {
  kind: AgendaKind;
  types?: EventType[];
  dispositif?: SessionDispositif;
  volet?: string;
  trade?: string;
  place?: string;
  /** « ailleurs qu'à Montauban », « ni à Montauban ni à Castel »: every place but those (« a ou b »). */
  elsewhereThan?: string;
  /** « sauf les JPO », « autre chose que des infos coll »: every kind of event but those. */
  exceptTypes?: EventType[];
  /** « toutes sauf logistique », « hors soudure »: every trade but that one. */
  exceptTrade?: string;
  /** « les infos coll de février, sauf prépa »: every programme's but that one. */
  exceptDispositif?: SessionDispositif;
  /** « pas en janvier »: nothing starting in that month (yyyy-MM). */
  exceptMonth?: string;
  /** « un mercredi en février »: events and entries on that day of the week only (0 is Sunday). */
  weekday?: number;
  /** « l'après-midi », « à partir de 14h »: events starting at that hour or later (entries last whole days). */
  fromHour?: number;
  /** « le matin », « avant 11h »: events starting before that hour. */
  beforeHour?: number;
  from?: string;
  to?: string;
  /** « en distanciel », « sur place »: a mixed session suits both… */
  modality?: Modality;
  /** …but not « 100 % à distance », « que sur place ». */
  onlyModality?: boolean;
  /**
   * « c'est en distanciel ? », « y en a à distance ? »: the modality asked of the entries, which a
   * mixed one answers too; asked as a wish (« prépa à distance »), the entries entirely so come first.
   */
  modalityQuestioned?: boolean;
  /** « avec des places », « il reste de la place »: full sessions and events left out. */
  withSeats?: boolean;
  /** « qu'est-ce qui est complet ? »: only what has no room left. */
  full?: boolean;
  /** « les formations qui démarrent en février »: starting within the period, not only running in it. */
  startsWithin?: boolean;
  /** « prépa à Valence ? », « y a de la prépa près de chez elle ? »: the programme's events there shown beside its entries. */
  aroundTown?: boolean;
  /** « il reste de la place ? » asks whether there is room: the full entries asked about are said too. */
  roomAsked?: boolean;
  /** « y a une autre session cariste plus tard ? »: another than the one known, so a single one is said to be the only one. */
  anotherAsked?: boolean;
  /** « la 2 c'est quoi comme métier ? » after a list: that one of it, by its rank from 1 (LAST_ITEM: the last). */
  item?: number;
};

const EVENT_WORDS: ReadonlyArray<readonly [EventType, RegExp]> = [
  ['jpo', /\b(jpo|journees? portes? ouvertes?|portes? ouvertes?)\b/],
  [
    'info_collective',
    /\b(infos? coll?ectives?|informations? coll?ectives?|infos? coll?|infos? colles?|infos? co|reunions? d (information|infos?)|reunions? (pour|avec) (les )?(parents|familles)|reunions? de presentation)\b/,
  ],
  [
    'visite_plateau',
    /\b(visites?( de| des| du)? (plateaux?|ateliers?)( techniques?)?|plateaux? techniques?|(?<!droits? de )visites?(?! (mediatise\w*|medicales?|a domicile|chez|avec (sa|son|ses|leur|leurs)|de (sa|son|ses|leur|leurs)))|(voir|visiter) (l |les |un |le |nos |vos |des )?(atelier|plateau)s?)\b/,
  ],
  [
    'reunion_metier',
    /\b(reunions? (metiers?|sur les metiers?|de metiers?)|metiers? en tension|reunions?\b.*\bmetiers?|metiers?\b.*\breunions?)\b/,
  ],
];

const AGENDA_WORDS =
  /\b(agenda|evenements?|events?|prochaine?s? (trucs?|choses?|rdv|rendez vous)(?! a (faire|prevoir|envoyer))|(de |d )?publie\w*|qu est ce qu il y a|tout ce qu il y a|tout ce qui (est prevu|se passe)|quoi de prevu|qu y a t il|ce qui se passe|il se passe quoi|se passe quoi|quoi de neuf|(il )?y a quoi(?! (dedans|dans|comme|de diff))|ya quoi(?! (dedans|dans|comme|de diff))|((il )?y a|ya) (des |un |une )?(trucs?|choses?) (a|sur|vers|du cote|cote|bientot|prochainement|de prevu|prevus?)\b|(il )?y a (qqch|quelque chose)|ya qqch|^(un |des )?(trucs?|choses?|qqch|quelque chose) (de )?prevus? (a|sur|vers|du cote|cote|bientot|prochainement|en)\b|se passe (un truc|qqch|quelque chose)|^(bonjour |bjr |slt )?(je cherche|je voudrais|j aimerais|vous avez|t as|tu as|avez vous|y a|il y a)? ?(des|les|vos) (prochaines )?dates( (svp|stp|dispo|disponibles|a venir))?($| (pour|a|sur|vers) )|^(un |des )?(trucs?|choses?|qqch|quelque chose) (le |l |en |dans la )?(matin|matinee|apres midi|aprem|soir)\b|(le )?(programme|planning) (du|de la|de ce|pour le|de cette) (mois|semaine)|(vous|tu) (avez|as) quoi (en ce moment|actuellement|de prevu|a proposer))\b/;
/** « c koi le programme du mois de janvier » asks for the month's agenda, not a definition. */
const MONTH_PROGRAMME = /\b(programme|planning) (du|de la|de ce|pour le|de cette) (mois|semaine)\b/;
/** « c quoi déjà à l'afpa », « y a qqch de prévu »: what is on, once a day is named. */
const WHAT_IS_ON =
  /\b(c quoi|quoi|qqch|quelque chose|un truc|des trucs|prevu|a l afpa|au centre|se passe|kes ki)\b/;
/** « le prochain volet 1 c qd ? »: when the next one is; « quand même » asks no date. */
const NEXT_OR_WHEN = /\b(prochaine?s?|quand(?! meme\b)|qd)\b/;
/** « qui démarrent en février »: what starts in the period asked. */
const STARTING = /\b(qui )?(demarr|commenc|debut)\w*\b/;
/** « c'est quoi qui commence ? », « qu'est-ce qui démarre ? », « ça démarre quoi ? »: what starts, asked. */
const WHAT_STARTS =
  /\b(quoi|qu est ce|qu est ce qu il y a) qui (commence|demarre|debute|rentre)\w*\b|\b(commence|demarre|debute|rentre)\w* quoi\b/;
/** « prépa ou pec peu importe »: no programme in particular. */
const ANY_PROGRAMME =
  /\bpeu importe\b|\bn importe (lequel|laquelle|quel)\b|\b(prepa|pec|promo|1618)\b.*\bou\b.*\b(prepa|pec|promo|1618)\b/;
/** « et à la fin, il se passe quoi ? » asks how a programme ends, not what is on. */
const END_OF_PATHWAY =
  /\b(a la fin|a l issue|en fin de (parcours|formation)|apres (le|la|l) (parcours|formation|programme|dispositif)|apres (la |sa |leur )?sortie|a (la )?sortie (du|de la|de l|des) (promo|prepa|pec|parcours|programme|dispositif|formation)|^(et |mais |ok )?(apres|ensuite)(?! demain)\b|(ce qui|qu est ce qui|que|qui) (se passe|va se passer|se passera|arrive|va arriver) (apres|ensuite|a la fin|a la sortie)$|(il|ca) se passe quoi (apres|ensuite)$)\b/;
/**
 * « pour un salarié en chantier d'insertion, y a quoi ? » asks what there is for that public, and
 * « y a quoi pour reconnaître ce qu'elle sait faire ? » for a need, not what is on.
 */
const FOR_A_PUBLIC =
  /^(et |ok |du coup )*pour (un|une|les|des|mon|ma|mes|ce|cette|ces|quelqu un|qqn|ceux|celles) (?!(semaine|mois|jour|lundi|mardi|mercredi|jeudi|vendredi)\b)\w+|\by a quoi pour (elle|lui|eux|elles|un|une|les|ce|cette)\b|\by a quoi (d autre )?pour (l |les |le |la |se |s |lui )?\w+(er|ir|re)\b/;
const ROOM_LEFT =
  /\b(reste\w*( t il| t elle)? (encore )?(de la |des )?places?|encore (de la |des )?places?|avec (de la |des )?places?|de la place)\b/;
const AGREEMENT_DEADLINE =
  /\b(convention|accord|avenant)\b.*\b(jusqu a (quand|quelle date)|date limite)\b|\b(jusqu a (quand|quelle date)|date limite)\b.*\b(convention|accord|avenant)\b/;
/** « les formations de droit commun, ça comprend quoi ? info places… » asks what something is. */
const DEFINITION_WORDS =
  /\b(circule\w*|(l accord|la convention) (le |les |la |l )?(permet|prevoit|autorise)\w*|comment (ca|c|cela) (marche|fonctionne)|comprend|consiste|c est quoi|qu est ce que c est|quoi exactement|definition|diff|differences?|indicateurs?|date limite|campagne 20\d\d|se passe (dans|pendant) (le |la |l |les |chaque |ce |cette )?(volet|atelier|phase|etape|parcours|programme|dispositif|prepa|promo|periode)|concretement|(je dois|dois je|on doit|doit on) faire|(on doit|doit on|je dois|l afpa doit) (communiquer|transmettre|envoyer) quoi)\b/;
const SOON = /\b(bientot(?! (fini|finie|termine|terminee|la fin))|prochainement|dans pas longtemps)\b/;
const SESSION_WORDS =
  /\b(entrees?|dates?|calendriers?|sessions?|quand (ca |il |elle |on |ils |elles )?(peut |pourra |pourrait |peuvent |va )?(commence|demarre|debute)\w*|(commence|demarre|debute)\w* quand|c est quand|c quand|prochaines? (promo|prepa|comp|competences?|pec)|rentree|(lequel|laquelle|lesquels|lesquelles) (qui )?(demarre|commence|debute|a lieu|passe)\w* (en premier|le plus tot|la plus tot|d abord))\b/;
/** "combien de places prévues" asks for a target, not for free places. */
/** « en temps réel, les places ? », « comment les référents ont les places ? »: how the places are communicated. */
const HOW_PLACES_REACH =
  /\bplaces?\b.*\ben temps reel\b|\ben temps reel\b.*\bplaces?\b|\b(comment|par quel (moyen|biais)) (on|ils|elles|les referents|vous|nous) (a|ont|avons|avez|recoi\w*|recev\w*|connai\w*|voi\w*|sai\w*) (les |nos |vos |leurs )?places\b/;
/** « une autre session cariste plus tard ? »: another than the one known. */
const ANOTHER_ASKED = /\b(une autre|un autre|d autres?)\b/;
/** « il reste de la place ? », « encore des places ? », « c'est complet ? », not « avec des places ». */
const ROOM_ASKED = /\b(reste\w*|encore|y a (de la|des) places?|complet\w*)\b/;
const PLACE_WORDS =
  /\b(places? (disponibles?|libres?|dispo|restantes?)|info ?places?|de la place|des places|places? (en|a|pour|sur|de)|(?<!\b(par|chaque|quel|quels|quelle|ce|un|le|du) )dispos? (en |pour )?(?!pour\b|tout|tous|toutes|n importe|qui\b|quoi\b)[a-z]{4,})\b/;
const WHAT_YOU_HAVE = /\b(vous avez|avez vous|t as|tu as|vous proposez|tu proposes) quoi\b/;
/** « j'en ai 3 pour… », « 4 personnes pour la soudure, ça passe ? »: people to place, by their number. */
const PEOPLE_TO_PLACE =
  /\b((j|on|nous) (en )?(ai|a|avons) (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (pour|en|sur)|(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (personnes?|candidats?|jeunes|brsa|allocataires?|stagiaires?|beneficiaires?) (pour|en|sur)|(ca|ils|elles|tout le monde) (rentre\w*|passe\w*|tien\w*)(?! par)|assez de places?)\b/;
const WITH_SEATS =
  /\b(avec (de la |des )?places?|(il )?reste (encore )?(de la |des |cb de |combien de )?places?|encore de la place|pas complete?s?|non complete?s?)\b/;
const MODALITY_WORDS: ReadonlyArray<readonly [Modality, RegExp]> = [
  // « les entrées en ligne » are those published, not those held online.
  [
    'distanciel',
    /\b(distanciel|a distance|(?<!(sont|est|mis|mises|publiees?|publies?) )en ligne|visio|en visio|teletravail|remote|classes? virtuelles?)\b/,
  ],
  ['presentiel', /\b(presentiel|sur place|en vrai)\b/],
  ['mixte', /\b(mixte|hybride)\b/],
];
/** « prépa comp à Moissac c possible ? »: whether the programme is held there, which its entries say. */
const HELD_THERE =
  /^(?!.*\b(habite\w*|vit|vivent|domicili\w*|ans|loge\w*|que a|qu a|seulement|uniquement|ailleurs|autre part|(se fait|se font|se passe|c est|c) ou)\b).*\b(possible|faisable|dispo\w*|organise\w*|propose\w*|existe|se fait|se font)\b/;
/** The town after « à », « sur », « vers » or right after the programme: not « l'AFPA Montauban ». */
function heldInTown(text: string): boolean {
  const town = HELD_THERE.test(text) ? townIn(text) : undefined;
  return town !== undefined && TOWN_AFTER.test(text.replace(town, 'TOWN'));
}
const TOWN_AFTER = /\b(a|sur|vers|comp|competences|prepa|pec|promo|1618) TOWN\b/;

/** « près de chez elle », « pas loin de chez lui »: where the person lives, which the message names. */
const NEAR_THEIR_HOME = /\b(pres de|pas loin de|a cote de|proche de|vers) chez (elle|lui|eux|elles)\b/;

/** The town named is where the person lives (« elle habite Moissac »), not where the programme is held. */
const LIVES_THERE = /\b(habite\w*|vit|vivent|domicili\w*|loge\w*|reside\w*|secteur)\b/;

/**
 * « elle habite Moissac, y a de la prépa près de chez elle ? », « prépa à Caussade ? »: a programme
 * asked in a town (« la prépa c'est à Montauban ou plus près de chez eux ? » asks where it is held).
 */
function programmeNearTown(text: string): boolean {
  const town = townIn(text);
  if (town === undefined) return false;
  const withTown = text.replace(town, 'TOWN');
  return (
    (NEAR_THEIR_HOME.test(text) && LIVES_THERE.test(text)) ||
    (withTown.split(' ').length <= 4 && TOWN_AFTER.test(withTown)) ||
    // « y a une prépa à Moissac ? », « elle est de Moissac, y a une prépa là-bas ? »
    PROGRAMME_THERE.test(withTown)
  );
}
const PROGRAMME_THERE =
  /\b(y a|ya|il y a|y aurait|y en a)( t il)? (une |de la |des |un )?(prepa|pec|promo|1618)( comp\w*| 1618)? (a TOWN|sur TOWN|vers TOWN|la bas|dans le coin|pas loin|pres de chez (elle|lui|eux))\b/;

/** « elle se passe où ? »: where a training is held, which its entry in Info Places says. */
const WHERE_HELD = /\b((se passe|se deroule|se fait|c est|c) ou|ou (ca|elle|il) se (passe|deroule|fait))\b/;

/** « c'est l'AFPA Montauban », « ici l'afpa de montauban »: the speaker's centre. */
const COLLEAGUE_OF =
  /\b(?:ma|mon|mes|notre|nos|une|un) (?:collegues?|equipes?|antennes?|services?|agences?|bureaux?|responsables?|cheffe?s?) (?:de|d|du) \w+(?: \w+)?/;
const SPEAKER_CENTRE = /\b(c est|ici|je suis|on est|moi c est) (l |a l )?afpa (de )?montauban\b/;

/**
 * « vous avez des formations en cuisine ? », « une formation restauration pas loin de Caussade
 * ça existe ? »: whether AFPA offers a training in a trade.
 */
const TRAINING_OFFERED =
  /\b(t as|vous avez|avez vous|vous auriez|y a|ya|il y a|existe\w*|propose\w*) (une |des |un |d )?(formations?|stages?)\b|^(une |des )?formations? .*\b(ca|ce|cela) (existe|se fait)\b/;

/** « une formation aide soignante », « une formation de boulanger »: a training named after the word. */
const TRAINING_NAMED =
  /\bformations? (?:de |d |en )?((?!(?:demarr|commenc|debut|ouvert|restant|dispon)\w*\b)(?!(?:pour|a|au|aux|qui|que|sur|dans|avec|en|de|du|des|la|le|les|l|un|une|qualifiantes?|certifiantes?|disponibles?|continues?|professionnelles?|ligne|distance|cours|prochaines?|bientot|dispos?|libres?|actuelles?|possibles?|courtes?|longues?|derriere|ensuite|apres|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)[a-z]{4,}(?: [a-z]{3,})?)/;

/** The training named after « formation » (« aide soignante », « boulanger »). */
function trainingNamed(text: string): string | undefined {
  const name = TRAINING_NAMED.exec(text)?.[1];
  if (!name || townIn(name.split(' ')[0]!) !== undefined) return undefined;
  return TRADE_HEAD.test(name) ? name : name.split(' ')[0];
}

/** The modality asked for; none when two are named (« en présentiel ou à distance ? » asks which). */
export function modalityAsked(text: string): Modality | undefined {
  const named = MODALITY_WORDS.filter(([, words]) => words.test(text));
  return named.length === 1 ? named[0]![0] : undefined;
}
const TARGET_WORDS = /\b(objectifs?|prevus?|prevues?|vises?|visees?|cibles?)\b/;

/**
 * The step asked: « elle a déjà fait le volet 1, la session volet 2 du 25 » asks the one
 * named with the session; otherwise the first named.
 */
function voletAsked(text: string): RegExpExecArray | null {
  return (
    /\b(?:sessions?|entrees?) (?:du |de |d )?(?:la |l )?(atelier|volet) (\d)\b/.exec(text) ??
    /\b(atelier|volet) (\d)\b/.exec(text)
  );
}

/** The step a normalised text names (« volet 2 », « atelier 1 »), as entry sessions are filtered on. */
export function sessionStepNamed(normal: string): string | undefined {
  const volet = voletAsked(normal);
  return volet ? `${volet[1]} ${volet[2]}` : undefined;
}

/** The programme with entry sessions that a normalised message names, if any. */
export function sessionDispositifIn(text: string): SessionDispositif | undefined {
  // « info coll prépa… ah non en fait pour la PEC »: the programme she corrected herself to.
  // The last correction counts.
  const corrected = [...text.matchAll(CORRECTED)].at(-1);
  return (corrected && programmesNamedIn(text.slice(corrected.index))[0]) || programmesNamedIn(text)[0];
}

/** « non en fait », « finalement », « je voulais dire »: where a message corrects itself (normalised). */
const CORRECTED =
  /\b(?:(?:ah |oh )?non (?:en fait|finalement|pardon|plutot)|en fait non|finalement|pardon|je voulais dire|enfin non)\b/g;

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

/** The words of the programmes' names, which follow « sur » without being a town: « info coll sur comp pec ». */
const PROGRAMME_WORDS = new Set([
  'comp',
  'competences',
  'pec',
  'prepa',
  'promo',
  'vae',
  'clea',
  'rsfp',
  'la',
]);

/** « aide soignant », « agent polyvalent »: the first word of a trade's name, which needs the next. */
const TRADE_HEAD =
  /^(aide|agent|agente|assistant|assistante|technicien|technicienne|conducteur|conductrice|employe|employee) [a-z]{3,}$/;

/** Words that follow « à » or « en » without being a place or a trade. */
const NOT_A_NAME = new Set([
  ...MONTHS,
  // « elle est dispo jeudi »: a day, not a trade.
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  // « en fait », « en vrai », « l'imprimante en panne »: what « en » says besides a trade.
  'fait',
  'vrai',
  'panne',
  // « jeudi en huit », « lundi en quinze »: a date; « vers mi février », « vers fin mars »: a time of the month.
  'huit',
  'quinze',
  'mi',
  'debut',
  'fin',
  'retard',
  'attente',
  'vacances',
  'gros',
  'plus',
  'urgence',
  'effet',
  'revanche',
  // « aide à domicile », « à distance », « à temps plein »: a trade or a way, not a town.
  'domicile',
  'temps',
  // « une info coll vers chez elle ? »: where she lives, not a town called « Chez ».
  'chez',
  // « à nos réunions d'équipe », « à votre centre »: whose, not a town.
  'nos',
  'notre',
  'vos',
  'votre',
  'mes',
  'ses',
  'leurs',
  'leur',
  // « possibles jusqu'à quand ? »
  'quand',
  'quelle',
  // « la session de lundi a encore de la place ? »
  'encore',
  // « et sur celle du 25 ? »
  'celle',
  'celles',
  'celui',
  'ceux',
  // « ça porte sur quels secteurs ? »
  'quel',
  'quels',
  'quelle',
  'quelles',
  'quoi',
  'qui',
  // « envoyer Mr A et son cousin »: an initial, then a conjunction.
  'et',
  'ou',
  // « ça finit à midi ? »
  'midi',
  'minuit',
  // « hésitent à se lancer », « t'es sûr ? on m'a dit 5 »: a pronoun, no town.
  'on',
  'je',
  'tu',
  'il',
  'ils',
  'elles',
  'se',
  'me',
  'te',
  'nous',
  'vous',
  'lui',
  'leur',
  // « la prochaine entrée sur le programme »
  'programme',
  'programmes',
  'dispositif',
  'dispositifs',
  'prestation',
  'prestations',
  'parcours',
  // « à peu près », « à côté »
  'peu',
  'cote',
  // « venir à combien »
  'combien',
  'la',
  'le',
  'les',
  'l',
  'un',
  'une',
  'des',
  'venir',
  'partir',
  'distance',
  'ce',
  'cette',
  'ligne',
  'presentiel',
  'distanciel',
  'janvier',
  'prochain',
  'prochaine',
  'quel',
  'quelle',
  'qui',
  'quoi',
  'faire',
  'prevoir',
  'noter',
  'jour',
  'date',
  'dates',
  'entree',
  'entrees',
  'formation',
  'ce',
  'mon',
  'ma',
  'mes',
  'son',
  'sa',
  'ses',
  'ete',
  'attendre',
  'voir',
  'cours',
  'moment',
  'place',
  'places',
  'de',
  'du',
  'd',
  'en',
  'y',
  'avant',
  'apres',
  'partir',
  // « l'afpa a qqch pour lui ? »: « a » is the verb.
  'qqch',
  'quelque',
  'rien',
  'tout',
  // « quel métier choisir »: a verb after « métier », not a trade.
  'choisir',
  'trouver',
  'exercer',
  'apprendre',
  'decouvrir',
  'changer',
  'travailler',
  // « une place pour mr B »: a person, not a trade.
  'mr',
  'mme',
  'm',
  'monsieur',
  'madame',
  'lui',
  'elle',
  'eux',
]);

const dayOf = (date: Date) => format(date, 'yyyy-MM-dd');

/** A calendar date at noon UTC for the Paris day of `now`: day arithmetic without time-zone surprises. */
function todayAsDate(now: Date): Date {
  const [y, m, d] = parisDay(now).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
/** « un mercredi en février », « les mardis », « que le jeudi »: any such day, not the next one. */
const ANY_WEEKDAY = new RegExp(
  `\\b(?:un|les|que le|que les|seulement le|uniquement le|tous les) (${WEEKDAYS.join('|')})s?\\b`,
);

/** The day of the week asked as a filter (« un mercredi en février »), if any. */
function weekdayIn(text: string): number | undefined {
  const found = ANY_WEEKDAY.exec(text);
  return found ? WEEKDAYS.indexOf(found[1]!) : undefined;
}

const NOON = 12;
const FROM_HOUR = /\b(?:a partir de|apres|des|passe|pas avant) (\d{1,2}) ?h/;
const BEFORE_HOUR = /\b(?:avant|jusqu a|pas apres) (\d{1,2}) ?h/;
/** « une dame que je vois ce matin », « hier aprem »: the référent's own day, told, not asked. */
const MORNING = /(?<!\b(ce|cet|hier|hier au|ce jour) )\b(matin|matinee)\b/;
const AFTERNOON = /(?<!\b(ce|cet|hier|hier au|ce jour) )\b(apres midi|aprem|aprm|aprems)\b/;
/** « pas le matin », « le matin j'ai des rdv », « l'aprem elle travaille »: that part of the day ruled out. */
const PART_RULED_OUT =
  /\b(pas|jamais|sauf|hors) (le |la |l |en |dans la |les )?(matin|matinee|apres midi|aprem)s?\b|\b(matin|matinee|apres midi|aprem)s?\b (j ai|je suis|elle a|il a|elle est|il est|elle|il|ils|elles|on a|c est)( pas dispo\w*| des rdv| des rendez vous| pris\w*| occupe\w*| impossible| complique| travaille\w*| bosse\w*| au travail| en cours| a l ecole| deja)/;

/**
 * When in the day the person can come: an hour said (« à partir de 14h ») first, then the
 * part of the day, which a message may rule out rather than ask (« pas le matin »).
 */
function hoursIn(text: string): Pick<AgendaQuery, 'fromHour' | 'beforeHour'> {
  const from = FROM_HOUR.exec(text);
  const before = BEFORE_HOUR.exec(text);
  if (from || before) {
    const hour = (found: RegExpExecArray | null) =>
      found && Number(found[1]) <= 23 ? Number(found[1]) : undefined;
    const fromHour = hour(from);
    const beforeHour = hour(before);
    return {
      ...(fromHour !== undefined ? { fromHour } : {}),
      ...(beforeHour !== undefined ? { beforeHour } : {}),
    };
  }
  const morning = MORNING.test(text);
  const afternoon = AFTERNOON.test(text);
  // « un jeudi aprem ? pas le matin… »: both named, the one ruled out leaves the other.
  const ruledOut = PART_RULED_OUT.exec(text)?.[0];
  if (morning && afternoon) {
    if (!ruledOut) return {};
    return /\bmatin/.test(ruledOut) ? { fromHour: NOON } : { beforeHour: NOON };
  }
  if (!morning && !afternoon) return {};
  return morning !== (ruledOut !== undefined) ? { beforeHour: NOON } : { fromHour: NOON };
}

/**
 * The periods a message may name, built once from the month and weekday names: `period`
 * reads every message that may ask the agenda, twice a turn, and compiling them each time
 * was most of its cost.
 */
const MONTH_NAMES = MONTHS.join('|');
/** « la semaine prochaine », « semaine pro »: Monday to Sunday of next week. */
const NEXT_WEEK = /\b(semaine (prochaine|pro|proch|suivante)|prochaine semaine)\b/;
/** « en formation depuis novembre »: since when, in the person's story. */
const SINCE_A_MONTH = new RegExp(`\\bdepuis (?:le |l |la )?(?:debut |fin |mi )?(?:${MONTH_NAMES})\\b`, 'g');
const WEEK_OF = new RegExp(`\\bsemaine du (\\d{1,2}|1er)(?: (${MONTH_NAMES}))?\\b`);
const BETWEEN_DAYS = new RegExp(
  `\\b(?:entre le|du) (\\d{1,2}|1er)(?: (${MONTH_NAMES}))? (?:et le|au) (\\d{1,2})(?: (${MONTH_NAMES}))\\b`,
);
const BETWEEN_DAYS_OF_A_MONTH = new RegExp(
  `\\b(?:entre le|du) (\\d{1,2}|1er) (?:et le|au) (\\d{1,2})\\b(?! ?(?:ans?|h\\b|heures?|places?|personnes?|jours?|semaines?|mois|${MONTH_NAMES})\\b)`,
);
/** « la promo 1618 de février », « la prépa de mars à Castel »: that month's entry. */
const PROGRAMME_OF_A_MONTH = new RegExp(
  `\\b(?:prepa|promo|pec)(?: competences| 1618)? (?:de |d |du mois de )(?:${MONTH_NAMES})\\b`,
);
/**
 * « prépa en février ? », « prépa en présentiel à Montauban en février ? »: asked in a few words;
 * « elle finit la promo en mai » tells when she leaves.
 */
const PROGRAMME_IN_A_MONTH = new RegExp(
  `^(?:(?:une|la|des|les|de la) )?(?:(?:entree|entrees|session|sessions) )?(?:prepa|promo|pec)(?: competences| 1618)?(?: (?:en presentiel|a distance|en distanciel|en visio))?(?: (?:a|sur) [a-z]+)? en (?:${MONTH_NAMES})(?: (?:a|sur) [a-z]+)?$`,
);
/** « les prochaines dates prépa »: its dates, whatever they are of (« les dates d'entrée » are entries only). */
const ANY_DATES = /\b(dates?)\b(?! (d |de |des )?(entree|session|rentree)s?\b)/;
const UNTIL_MONTH = new RegExp(
  `\\b(?:avant|d ici|jusqu a) (?:la )?(?:fin|le 31) (?:de |d |du mois de )?(${MONTH_NAMES})\\b`,
);
const PART_OF_MONTH = new RegExp(`\\b(debut|fin|mi) (?:de |d |du mois de )?(${MONTH_NAMES})\\b`);
const PARTS_OF_MONTHS = new RegExp(PART_OF_MONTH.source, 'g');
const BOUND_DAY = new RegExp(`\\b(avant|apres|a partir) (?:du |le )?(\\d{1,2}|1er) (${MONTH_NAMES})\\b`);
const MONTH_BOUND = new RegExp(
  `\\b(avant|apres|a partir|a compter|des) (?:de |d |du mois de |du mois d )?(${MONTH_NAMES})\\b(?! \\d)`,
);
const DATED_DAY = new RegExp(`\\b(?:le )?(\\d{1,2}|1er) (${MONTH_NAMES})(?: (\\d{4}))?\\b`);
const WEEKDAY_ON = new RegExp(`\\b(${WEEKDAYS.join('|')}) en (huit|8|quinze|15)\\b`);
const LAST_WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')}) dernier\\b`);
const NAMED_WEEKDAY = new RegExp(`\\b(d ici |jusqu a )?(${WEEKDAYS.join('|')})( (?:prochain|pro|proch))?\\b`);
/** « mardi 19 », « jeudi 4 »: a weekday and its date, not an hour or a count (« mardi 14h », « lundi 3 places »). */
const NUMBERED_WEEKDAY = new RegExp(
  `\\b(${WEEKDAYS.join('|')}) (\\d{1,2}|1er)\\b(?! ?(?:h\\b|h\\d|heures?|ans?|places?|personnes?|jeunes?|jours?|semaines?))`,
  'g',
);
/** A month after its preposition: « en mars » first, then « de mars », then « mars » alone. */
const monthAfter = (prepositions: string) =>
  new RegExp(`\\b(?:${prepositions})(${MONTH_NAMES})(?: (\\d{4}))?\\b`);
const MONTH_IN = monthAfter('en |au mois de |pour ');
const MONTH_OF = monthAfter('de |d ');
const MONTH_ALONE = monthAfter('');

/** « elle peut pas (venir) avant février », « mais pas avant le 8/02 »: from that day on, not up to it. */
const NOT_BEFORE =
  /\b(?<!(?:y a|y en a|n y a|il y a|il y en a) )pas (?:(?:venir|commencer|demarrer|debuter|entrer|rentrer|aller|y aller|partir|se liberer|etre (?:dispo|disponible|libre)|dispo|disponible|libre) )?avant\b/g;

/** « c'est pour une dame qui rentre en formation aide à domicile en avril »: her training's month, not the entry's. */
const TRAINING_STARTS_IN_A_MONTH = new RegExp(
  `\\b(?:rentre|entre|commence|demarre|debute|integre)\\w* (?:en |sa |une |la |dans une |dans sa )?formation\\b[^?.]*?\\ben (${MONTH_NAMES})\\b`,
);

function period(message: string, now: Date): Pick<AgendaQuery, 'from' | 'to'> {
  // The entry that prepares it comes before that month.
  const trainingMonth = TRAINING_STARTS_IN_A_MONTH.exec(message);
  if (trainingMonth) return { to: dayOf(addDays(nextMonthNamed(trainingMonth[1]!, todayAsDate(now)), -1)) };
  const said = message.replace(NOT_BEFORE, 'a partir');
  const read = periodSaid(said, now);
  // « pas avant le 20 », « pas avant mardi »: from that day on, whichever way the day was written.
  return said !== message && read.from && read.from === read.to ? { from: read.from } : read;
}

function periodSaid(said: string, now: Date): Pick<AgendaQuery, 'from' | 'to'> {
  const today = todayAsDate(now);
  const oneDay = (date: Date) => ({ from: dayOf(date), to: dayOf(date) });
  // « jeudi en huit »: that weekday one week after its next one (today's, if it is that day); « en quinze », two.
  const weekOn = WEEKDAY_ON.exec(said);
  if (weekOn) {
    const ahead = (WEEKDAYS.indexOf(weekOn[1]!) - today.getDay() + 7) % 7;
    return oneDay(addDays(today, ahead + (/^(huit|8)$/.test(weekOn[2]!) ? 7 : 14)));
  }
  // « la JPO de jeudi dernier, je peux y envoyer qqn ? »: that day, past; the list then says so.
  // « j'ai loupé celle de jeudi dernier, la prochaine ? » asks the ones to come: the day is the story.
  const lastWeekday = LAST_WEEKDAY.exec(said);
  if (lastWeekday && !/\b(prochaine?s?|suivante?s?|une autre|d autres)\b/.test(said)) {
    const back = (today.getDay() - WEEKDAYS.indexOf(lastWeekday[1]!) + 7) % 7 || 7;
    return oneDay(addDays(today, -back));
  }
  const text = lastWeekday ? said.replace(LAST_WEEKDAY, ' ') : said;
  // « semaine pro (du 18 au 24) », « entre le 1er et le 10 »: those days of the month to come.
  const betweenNoMonth = BETWEEN_DAYS_OF_A_MONTH.exec(text);
  if (betweenNoMonth) {
    const first = nextDayNumbered(dayNumber(betweenNoMonth[1]), today);
    const lastDay = Number(betweenNoMonth[2]);
    const last =
      first &&
      new Date(first.getFullYear(), first.getMonth() + (lastDay < first.getDate() ? 1 : 0), lastDay, 12);
    if (first && last && last.getDate() === lastDay) return { from: dayOf(first), to: dayOf(last) };
  }
  const within =
    /\b(?:d ici|dans les|sous|les|pour les|sur les) (\d{1,3}|deux|trois|quatre|quinze) (?:prochaine?s? )?(jours?|semaines?)\b/.exec(
      text,
    );
  if (within) {
    const count = NUMBER_WORDS[within[1]!] ?? Number(within[1]);
    const days = count * (within[2]!.startsWith('semaine') ? 7 : 1);
    return { from: dayOf(today), to: dayOf(addDays(today, days)) };
  }
  // « dans 3 jours »: that day; « dans quinze jours », « dans une semaine »: the week around it.
  const inSome = /\bdans (\d{1,2}|un|une|deux|trois|quatre|huit|quinze) (jours?|semaines?)\b/.exec(text);
  if (inSome) {
    const count = NUMBER_WORDS[inSome[1]!] ?? Number(inSome[1]);
    const date = addDays(today, count * (inSome[2]!.startsWith('semaine') ? 7 : 1));
    if (date.getTime() - today.getTime() < 7 * DAY_MS) return oneDay(date);
    const monday = startOfWeek(date, { weekStartsOn: 1 });
    return { from: dayOf(monday), to: dayOf(endOfWeek(monday, { weekStartsOn: 1 })) };
  }
  // « la semaine du 1er février », « semaine du 14 »: Monday to Sunday around that day.
  const weekOf = WEEK_OF.exec(text);
  if (weekOf) {
    const day = dayNumber(weekOf[1]);
    const date = weekOf[2]
      ? nextDayOfMonth(day, MONTHS.indexOf(weekOf[2]), today)
      : nextDayNumbered(day, today);
    if (date) {
      const monday = startOfWeek(date, { weekStartsOn: 1 });
      return { from: dayOf(monday), to: dayOf(endOfWeek(monday, { weekStartsOn: 1 })) };
    }
  }
  // « entre le 15 et le 28 février », « du 1er au 15 mars »: those days.
  const between = BETWEEN_DAYS.exec(text);
  if (between) {
    const lastMonth = MONTHS.indexOf(between[4]!);
    const firstMonth = between[2] ? MONTHS.indexOf(between[2]) : lastMonth;
    const first = nextDayOfMonth(dayNumber(between[1]), firstMonth, today);
    const last =
      first &&
      new Date(first.getFullYear() + (lastMonth < firstMonth ? 1 : 0), lastMonth, Number(between[3]), 12);
    if (first && last && last.getMonth() === lastMonth && last >= first)
      return { from: dayOf(first), to: dayOf(last) };
  }
  // « le 3/12 », « du 8/02 »: a day written in figures.
  // « avant le 13/02 », « à partir du 8/03 »: up to, or from, that day.
  // « le 31/12/2022 »: that very day, its year written.
  const figures =
    /\b(?:(avant|apres|a partir) )?(?:le|du|au|pour le) (\d{1,2}) (0?[1-9]|1[0-2])(?: (20\d\d))?\b(?! ans)/.exec(
      text,
    );
  if (figures) {
    const [day, month, year] = [Number(figures[2]), Number(figures[3]) - 1, Number(figures[4])];
    const date = figures[4]
      ? new Date(year, month, day, 12).getDate() === day
        ? new Date(year, month, day, 12)
        : undefined
      : nextDayOfMonth(day, month, today);
    if (date && figures[1] === 'avant') return { to: dayOf(date) };
    if (date && figures[1]) return { from: dayOf(date) };
    if (date) return oneDay(date);
  }
  if (/\bavant noel\b/.test(text)) {
    const year =
      today.getMonth() === 11 && today.getDate() >= 25 ? today.getFullYear() + 1 : today.getFullYear();
    return { to: dayOf(new Date(year, 11, 24)) };
  }
  // « en fin de semaine », « fin de semaine prochaine »: Thursday to Sunday of that week, from today.
  const endOfTheWeek = /\b(?<!bonne )fin de (la |cette )?semaine( prochaine| pro| suivante)?\b/.exec(text);
  if (endOfTheWeek) {
    const monday = addDays(startOfWeek(today, { weekStartsOn: 1 }), endOfTheWeek[2] ? 7 : 0);
    const thursday = addDays(monday, 3);
    return { from: dayOf(thursday > today ? thursday : today), to: dayOf(addDays(monday, 6)) };
  }
  // « d'ici la fin du mois »: until the end of this month.
  if (/\b(avant|d ici|jusqu a) (la )?fin (du|de ce) mois\b/.test(text))
    return { from: dayOf(today), to: dayOf(endOfMonth(today)) };
  // « fin du mois à Montauban ? »: from the 20th of this month (or today, if later) to its end.
  if (/\b(en |a la |pour la )?fin (du|de ce) mois\b/.test(text)) {
    const twentieth = new Date(today.getFullYear(), today.getMonth(), 20, 12);
    return { from: dayOf(today > twentieth ? today : twentieth), to: dayOf(endOfMonth(today)) };
  }
  const untilMonth = UNTIL_MONTH.exec(text);
  if (untilMonth) return { to: dayOf(endOfMonth(nextMonthNamed(untilMonth[1]!, today))) };
  // « fin février », « début mars », « mi-avril »: that part of the month; « fin février début
  // mars »: from the first part to the end of the last.
  const parts = [...text.matchAll(PARTS_OF_MONTHS)].map(([, part, month]) => {
    const first = nextMonthNamed(month!, today);
    const day = (n: number) => dayOf(new Date(first.getFullYear(), first.getMonth(), n, 12));
    if (part === 'debut') return { from: day(1), to: day(10) };
    if (part === 'mi') return { from: day(10), to: day(20) };
    return { from: day(20), to: dayOf(endOfMonth(first)) };
  });
  if (parts.length > 0) return { from: parts[0]!.from, to: parts.at(-1)!.to };
  // « avant le 15 février », « après le 1er mars »: up to, or from, that day.
  const bound = BOUND_DAY.exec(text);
  if (bound) {
    const month = MONTHS.indexOf(bound[3]!);
    const day = dayNumber(bound[2]);
    let date = new Date(today.getFullYear(), month, day, 12);
    if (date < today) date = new Date(today.getFullYear() + 1, month, day, 12);
    return bound[1] === 'avant' ? { to: dayOf(date) } : { from: dayOf(date) };
  }
  // « avant mars »: up to the end of February; « à partir de mars », « après février »: from a month's first day on.
  const monthBound = MONTH_BOUND.exec(text);
  if (monthBound) {
    const first = nextMonthNamed(monthBound[2]!, today);
    if (monthBound[1] === 'avant') return { to: dayOf(addDays(first, -1)) };
    return { from: dayOf(monthBound[1] === 'apres' ? addMonths(first, 1) : first) };
  }
  // « le 12 décembre »: that day, this year or next.
  const dated = DATED_DAY.exec(text);
  if (dated) {
    const month = MONTHS.indexOf(dated[2]!);
    const day = dayNumber(dated[1]);
    let date = new Date(dated[3] ? Number(dated[3]) : today.getFullYear(), month, day, 12);
    if (!dated[3] && date < today) date = new Date(today.getFullYear() + 1, month, day, 12);
    if (date.getMonth() === month) return oneDay(date);
  }
  // « lundi 18 et lundi 25 ya des entrées ? »: from the first day named to the last.
  const numbered = [...text.matchAll(NUMBERED_WEEKDAY)]
    .map((m) => nextWeekdayNumbered(WEEKDAYS.indexOf(m[1]!), dayNumber(m[2]), today))
    .filter((date): date is Date => date !== undefined);
  if (numbered.length > 0) {
    const [first, last] = [numbered[0]!, numbered.at(-1)!];
    return last > first ? { from: dayOf(first), to: dayOf(last) } : oneDay(first);
  }
  // « lundi prochain », « mardi »: the next such day.
  const weekday = NAMED_WEEKDAY.exec(text);
  const nextWeek = NEXT_WEEK.exec(text);
  const nextMonday = startOfWeek(addDays(today, 7), { weekStartsOn: 1 });
  if (weekday && !ANY_WEEKDAY.test(text)) {
    const target = WEEKDAYS.indexOf(weekday[2]!);
    // « jeudi de la semaine prochaine »: that day of next week; « la semaine prochaine y a quoi…
    // je fais le point jeudi »: the week, the day being the référent's own.
    if (nextWeek) {
      const from = Math.min(weekday.index, nextWeek.index);
      const between = text.slice(from, Math.max(weekday.index, nextWeek.index));
      if (between.split(' ').length <= 5) return oneDay(addDays(nextMonday, (target + 6) % 7));
    } else {
      let ahead = (target - today.getDay() + 7) % 7 || 7;
      // On a Monday, « mardi prochain » is next week's Tuesday; « mardi » alone is tomorrow.
      if (weekday[3] && addDays(today, ahead) < nextMonday) ahead += 7;
      // « d'ici vendredi »: every day until then.
      if (weekday[1]) return { from: dayOf(today), to: dayOf(addDays(today, ahead)) };
      return oneDay(addDays(today, ahead));
    }
  }
  if (nextWeek) return { from: dayOf(nextMonday), to: dayOf(endOfWeek(nextMonday, { weekStartsOn: 1 })) };
  // « dans les prochaines semaines », « prochainement »: what is coming, from today.
  if (/\b(prochaines semaines|semaines a venir|prochains jours|jours a venir|prochainement)\b/.test(text))
    return { from: dayOf(today) };
  if (/\bcette semaine\b/.test(text))
    return { from: dayOf(today), to: dayOf(endOfWeek(today, { weekStartsOn: 1 })) };
  // « ce mois-ci ou le mois prochain », « ce mois ci et le suivant »: from today to the end of next month.
  if (/\bce mois( ci)? (ou|et) (le )?(mois (prochain|pro|proch|suivant)|suivant|prochain)\b/.test(text))
    return { from: dayOf(today), to: dayOf(endOfMonth(addMonths(today, 1))) };
  if (/\b(mois (prochain|pro|proch|suivant)|prochain mois)\b/.test(text)) {
    const next = addMonths(today, 1);
    return { from: dayOf(new Date(next.getFullYear(), next.getMonth(), 1)), to: dayOf(endOfMonth(next)) };
  }
  if (/\bce mois( ci)?\b/.test(text)) return { from: dayOf(today), to: dayOf(endOfMonth(today)) };
  if (/\bapres demain\b/.test(text)) return { from: dayOf(addDays(today, 2)), to: dayOf(addDays(today, 2)) };
  if (/\bdemain\b/.test(text)) return { from: dayOf(addDays(today, 1)), to: dayOf(addDays(today, 1)) };
  if (/\baujourd hui\b/.test(text)) return { from: dayOf(today), to: dayOf(today) };
  // « après les vacances de février, en mars »: the month asked with « en » wins over one « de ».
  // « info coll mars », « jpo fev ? »: a month named alone is that month too.
  const month = MONTH_IN.exec(text) ?? MONTH_OF.exec(text) ?? MONTH_ALONE.exec(text);
  if (month) {
    const first = month[2]
      ? new Date(Number(month[2]), MONTHS.indexOf(month[1]!), 1)
      : nextMonthNamed(month[1]!, today);
    return { from: dayOf(first), to: dayOf(endOfMonth(first)) };
  }
  const dayAlone = DAY_OF_THE_LIST.exec(text.trim()) ?? EVENT_OF_THE_DAY.exec(text);
  const number = dayAlone?.[1] ?? dayAlone?.[2];
  const day = number && nextDayNumbered(dayNumber(number), today);
  // « la v2 du 25 elle est complète ? si oui ya quoi après »: that one, and those after it.
  if (day) return AND_AFTER.test(text) ? { from: dayOf(day) } : oneDay(day);
  return {};
}

/**
 * « la prochaine entrée ? celle du 25 janvier je crois »: the day is what the référent believes
 * the next one is; the list starts there and goes on, in case it is full or they are wrong.
 */
function nextFromABelief(
  period: Pick<AgendaQuery, 'from' | 'to'>,
  text: string,
): Pick<AgendaQuery, 'from' | 'to'> {
  const oneDay = period.from !== undefined && period.from === period.to;
  return oneDay && NEXT_ASKED.test(text) && BELIEVED.test(text) ? { from: period.from } : period;
}
const NEXT_ASKED = /\bprochaine?s?\b/;
const BELIEVED =
  /\b(je crois|il me semble|je pense|si je me trompe pas|si je ne me trompe pas|d apres (le|la|un|une) \w+)\b/;

const AND_AFTER = /\b(quoi apres|(et|ou) (celles? )?d? ?apres|la suivante|les suivantes|celles? d apres)\b/;

/**
 * « le 3 ? », « et celle du 25 ? », « celle du 25 elle est pleine ? », « le 21 il reste de la place ? »: a day of the month
 * alone, the next one to come; said of an item of the list shown, what follows asks about it.
 */
export const DAY_OF_THE_LIST =
  /^(?:et )?(?:(?:c est |c |cest )?(?:quel|quelle) (?:volet|atelier|lieu|ville|endroit|modalite|horaire|heure) )?(?:(?:(?:celle|celui|celles|ceux) )?(?:le|du) (\d{1,2}|1er)(?: (?:janv\w*|fev\w*|mars|avr\w*|mai|juin|juil\w*|aout|sept\w*|oct\w*|nov\w*|dec\w*))?(?:$| (?=(?:il|elle|c|ca|y|est|reste|encore|complete?|pleine?|alors|donc|du coup|plutot)\b))|(?:celle|celui|la session|l entree|la date) (?:du|de) (\d{1,2}|1er)\b)/;

/** « l'info coll prépa du 14 », « la JPO du 3 », « l'entrée du 18 », « la v2 du 25 »: an event or an entry named by its day. */
const EVENT_OF_THE_DAY =
  /\b(?:info\w*(?: coll\w*)?|jpo|portes? ouvertes?|reunions?(?: metiers?)?|visites?|entrees?|sessions?|volet \d|atelier \d)(?: (?!(?:apres|avant|celle|celui|suivante?|prochaine?|ou|et)\b)(?:de |d )?(?:la |le |l )?[a-z][a-z0-9]*){0,5} (?:du|le) (\d{1,2}|1er)\b(?! ?(?:h\b|heures?|ans?|places?|jours?|semaines?|mois|personnes?|inscrits?)| (?:au|a) \d)/;

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  huit: 8,
  quinze: 15,
};
const DAY_MS = 24 * 60 * 60 * 1000;

/** « le 1er février »: that day this year, or next year once it has passed. */
function nextDayOfMonth(day: number, month: number, today: Date): Date | undefined {
  let date = new Date(today.getFullYear(), month, day, 12);
  if (date < startOfWeek(today, { weekStartsOn: 1 }))
    date = new Date(today.getFullYear() + 1, month, day, 12);
  return date.getMonth() === month ? date : undefined;
}

/** « 14 », « 1er »: a day of the month as written. */
function dayNumber(written: string | undefined): number {
  return written === '1er' ? 1 : Number(written);
}

/** « le 14 », no month: the next 14th, this month or the next. */
function nextDayNumbered(day: number, today: Date): Date | undefined {
  const thisMonth = new Date(today.getFullYear(), today.getMonth(), day, 12);
  if (thisMonth.getMonth() === today.getMonth() && thisMonth >= startOfWeek(today, { weekStartsOn: 1 }))
    return thisMonth;
  const next = new Date(today.getFullYear(), today.getMonth() + 1, day, 12);
  return next.getDate() === day ? next : undefined;
}

/**
 * « mardi 19 »: the next 19th that is a Tuesday, this month or the two after; when none is,
 * the référent has the weekday wrong and the next 19th is meant.
 */
function nextWeekdayNumbered(weekday: number, day: number, today: Date): Date | undefined {
  for (let month = 0; month < 3; month++) {
    const date = new Date(today.getFullYear(), today.getMonth() + month, day, 12);
    if (date.getDate() === day && date >= today && date.getDay() === weekday) return date;
  }
  return nextDayNumbered(day, today);
}

/** « en janvier » is the next January (this one while it lasts). */
function nextMonthNamed(name: string, today: Date): Date {
  const index = MONTHS.indexOf(name);
  const year = index >= today.getMonth() ? today.getFullYear() : today.getFullYear() + 1;
  return new Date(year, index, 1);
}

/** « ailleurs qu'à Montauban », « hors de Montauban », « sauf à Moissac »: the town left out. */
const ELSEWHERE =
  /\b(?:ailleurs|autre part) qu (?:a |au |sur )?|\b(?:hors de|en dehors de|sauf a|sauf sur|sauf) /;

/** The town asked, or the town left out: never both read from the same words. */
function placeFilter(message: string, whole: string): { place?: string; elsewhereThan?: string } {
  // « c'est l'AFPA Montauban, tu peux me redonner les entrées ? »: who speaks, not where.
  // « la question de ma collègue de Castel »: where the colleague works, not where the event is,
  // unless something near is asked (« … près de chez elle ? »).
  const nearby = /\b(pres de chez|pas loin|a cote|proche|proximite|secteur|du coin)\b/.test(whole);
  const text = whole.replace(SPEAKER_CENTRE, ' ').replace(nearby ? /$^/ : COLLEAGUE_OF, ' ');
  const cut = ELSEWHERE.exec(text);
  const left = cut ? townIn(text.slice(cut.index + cut[0].length)) : undefined;
  if (left) return { elsewhereThan: asWritten(message, left) };
  const place = placeIn(text);
  // « les JPO c'est seulement à Montauban ? » asks whether they are held elsewhere too: all of them.
  if (place && onlyThereAsked(text, place)) return {};
  return { place: asWritten(message, place) };
}

/** « ça se fait que sur Montauban ? », « c'est seulement à Montauban ? »: whether it is held only there. */
const HELD =
  '(?:ca se fait|ca se passe|ca a lieu|ont lieu|se fait|se font|se passe|se passent|se deroule|sont|est|c est|c)';
const ONLY = '(?:seulement|uniquement|que|qu|juste)';
const HELD_ONLY_THERE = new RegExp(`\\b${HELD} ${ONLY} (?:a|sur|au|en) `);

/** « il ne peut aller qu'à Moissac »: the person can only go there, which is where to look. */
const CAN_ONLY_GO =
  /\b(?:peut|peuvent|pourra|pourrait|peux|veut|voudrait|va|vont|ira|iront|bouge\w*|deplace\w*|aller|venir)\b[^?]*\b(?:que|qu) (?:a|au|sur|en) /;

/**
 * « c'est seulement à Montauban ? », « y a que sur Montauban ? »: whether they are held only there.
 * « et seulement à Moissac ? » keeps Moissac's alone.
 */
function onlyThereAsked(text: string, town: string): boolean {
  const there = `${ONLY} (?:a |au |sur |en )?${town}\\b`;
  return (
    new RegExp(`\\b${HELD} ${there}|\\b(?:y a|il y a|y en a|ya)\\b.*\\b${there}`).test(text) &&
    !CAN_ONLY_GO.test(text)
  );
}

/**
 * A town: one of Tarn-et-Garonne named anywhere (« JPO moissac »), otherwise the name
 * after « à » (or « sur »). The last one wins: « il y a à Castelsarrasin ».
 */
function placeIn(text: string): string | undefined {
  const town = townIn(text);
  if (town) return town;
  const matches = [
    // « il y a encore de la place » names no town: « a » after « y » is the verb.
    ...text.matchAll(/\b(?:(?<!\by )a|sur|au centre de|vers) ([a-z][a-z-]+(?: (?:sur|en|de|d) [a-z]+)?)/g),
  ];
  // « un rôle à jouer », « à prévoir »: a verb after « à » is no town (known towns were found above);
  // « il a arrêté », « elle a quitté »: after a subject, « a » is the verb and a participle follows;
  // « info coll sur comp pec »: a programme's name is no town.
  const names = matches
    .filter(
      (m) =>
        !/\b(il|elle|on|j|qui|ils|elles|y|les|l|lui|leur|en|m|t|nous|vous) a$/.test(
          text.slice(0, m.index + 1),
        ),
    )
    .map((m) => m[1]!)
    .filter(
      (name) =>
        !NOT_A_NAME.has(name.split(' ')[0]!) &&
        !PROGRAMME_WORDS.has(name.split(' ')[0]!) &&
        !/^[a-z]+(er|ir)$/.test(name) &&
        // « ma bénéficiaire a bossé en cantine »: « a » and a participle, the verb; « à cause de »: no town.
        !NO_TOWN_AFTER_A.test(name.split(' ')[0]!),
    );
  return names.at(-1);
}

/** After « a », a verb's participle or a phrase (« à cause de », « a priori »): no town. */
const NO_TOWN_AFTER_A =
  /^(bosse|travaille|fait|ete|eu|deja|arrete|quitte|commence|fini|termine|trouve|essaye|postule|demande|signe|envoye|dit|vu|pris|mis|perdu|rate|rompu|lache|decroche|obtenu|passe|suivi|connu|vecu|habite|besoin|peur|envie|droit|cause|priori|peu|part|temps|nouveau|moitie|fond|jour|niveau)$/;

/**
 * The trade: one that référents commonly name, anywhere (« places soudure »), otherwise
 * the word after « en », « métier(s) » or « formation »: « places en maçonnerie ».
 */
function tradeIn(text: string): string | undefined {
  // « il reste combien en maçon et en plaquiste ? »: either, in one list.
  const several = namesSeveralTrades(text);
  if (several) return several.join(' ou ');
  const known = knownTradeIn(text);
  if (known) return known;
  const match =
    /\b(?:reunions? metiers?|metiers?|places? (?:disponibles? )?(?:en|pour)|de la place en|dispos?(?: en| pour)?|en|sur la|sur le|dans la|dans le) ([a-z]{3,}(?: [a-z]{3,})?)/g;
  // « places en formation aide-soignant »: the training's name, after « formation ».
  const names = [...text.replace(/\b(places?|dispos?) (en|pour|de) formations?\b/, '$1 $2').matchAll(match)]
    // « aide soignant », « agent de quai »: two words name the trade when the first is only its head.
    .map((m) => (TRADE_HEAD.test(m[1]!) ? m[1]! : m[1]!.split(' ')[0]!))
    .filter(
      // « dispo sur moissac »: a preposition is no trade.
      (w) =>
        !NOT_A_NAME.has(w) &&
        !PROGRAMME_WORDS.has(w) &&
        // « je suis en vad (visite à domicile) chez une dame »: where the référent is, no trade;
        // « c dans quel dispo déjà ? », « des places en formation derrière ? »: no trade either.
        !/^(tension|formation|entree|place|info|infos|collective|volet|atelier|session|qualifiante|certifiante|professionnelle|continue|ligne|distance|temps|vad|rdv|conge|vacance|arret|deja|encore|aussi|svp|stp|derriere|ensuite|apres)s?$/.test(
          w,
        ) &&
        // « les réunions métiers prévues en février »
        !/^(prevue?s?|programmee?s?|organisee?s?|disponibles?|venir)$/.test(w) &&
        !/^(sur|a|au|aux|dans|chez|vers|pres|de|du|des|en|pour|le|la|les)$/.test(w) &&
        // « formation castel places »: a town is no trade.
        townIn(w) === undefined,
    );
  return names[0];
}

/**
 * « elle peut venir voir avant de s'engager ? », « il peut visiter le centre ? »: the events where a
 * person sees AFPA before entering (open days, information sessions, workshop visits).
 */
const SEE_BEFORE =
  /\b((venir|passer|aller) (voir|visiter|decouvrir)(?! (le |la |l |un |une |son |sa )?(referent|conseill\w*|medecin|psy\w*|assistante?|famille|mere|pere|parents))|visiter (le centre|l afpa|les locaux|le site)|decouvrir (le centre|l afpa|les locaux)|voir (le centre|l afpa|les locaux) avant)\b/;
const DISCOVERY_EVENTS: EventType[] = ['jpo', 'info_collective', 'visite_plateau'];

function eventTypesOf(normalized: string): EventType[] {
  // « tous les événements, pas que les JPO »: every kind, whatever kind is named beside.
  if (EVERY_KIND.test(normalized)) return [];
  const named = EVENT_WORDS.filter(([, words]) => words.test(normalized)).map(([type]) => type);
  return named.length === 0 && SEE_BEFORE.test(normalized) ? DISCOVERY_EVENTS : named;
}
/**
 * « tous les événements, pas que les JPO », « qqch fin mars à Castel ? »: a new list of
 * every kind, not a narrowing of the one shown.
 */
export function asksEveryKind(message: string): boolean {
  const text = normalizeText(message);
  return EVERY_KIND.test(text) || (ANYTHING.test(text) && eventTypesOf(text).length === 0);
}
const ANYTHING = /\b(quelque chose|autre chose|n importe quoi)\b/;
const EVERY_KIND =
  /\b(tous les evenements|tout l agenda|tout ce qui se passe|tout$|pas que (les |la |le |des )?(jpo|portes ouvertes|infos? coll\w*|visites?|reunions?))\b/;

/** The kinds of event a message names (« les réunions métiers, c'est quoi ? »), whatever it asks of them. */
export function eventTypesIn(message: string): EventType[] {
  return eventTypesOf(normalizeText(message));
}

/**
 * Whether a message asks for AFPA's agenda, and what exactly. Undefined for any other
 * message: « c'est quoi Prépa Compétences ? » is a question about the dispositif.
 */
/** « je dois faire quoi avant qu'il commence ? » asks what to do before, not when it starts. */
export const BEFORE_IT_STARTS =
  /\bavant (qu il|qu elle|que la personne|que le jeune|qu ils|qu elles|que ca) (ne )?(commence|demarre|debute|entre|rentre)\w*/g;

/** The last message read, as in extractProfile: a follow-up and the reader both read the same message in one turn. */
let lastParsed: { message: string; at: number; query: AgendaQuery | undefined } | undefined;

/** Every caller gets its own copy, its list of types included. */
const copyOfQuery = (q: AgendaQuery | undefined): AgendaQuery | undefined =>
  q && { ...q, ...(q.types ? { types: [...q.types] } : {}) };

export function parseAgendaQuery(message: string, now: Date): AgendaQuery | undefined {
  if (lastParsed?.message === message && lastParsed.at === now.getTime())
    return copyOfQuery(lastParsed.query);
  const query = readAgendaQuery(message, now);
  lastParsed = { message, at: now.getTime(), query: copyOfQuery(query) };
  return query;
}

/**
 * « on a combien d'entrées réalisées ? » asks what was done, not the list to come;
 * « on peut le démarrer quand ? il est à 3 mois de son contrat », « dès le début du contrat ou faut
 * attendre ? » ask when in the contract;
 * « la campagne c'était jusqu'à quand pour les entrées ? » asks the agreement's deadline;
 * « l'objectif PEC c'est cb et ça date de quand ? », the target and its year;
 * « avant de l'envoyer en info coll, je dois lui dire quoi ? », the référent's part;
 * « après les 13 semaines de la promo, il se passe quoi ? » what comes after the programme;
 * « à quoi le Département s'est-il engagé pour les JPO ? », what the action plan set.
 */
const NOT_THE_AGENDA =
  /\b(c est|c|ca a lieu|ca se passe|c est bien) tous les jours\b|\b(places?|dispos?)\b.*\b(comment|par quel moyen|par quel biais|sous quelle forme)\b.*\bles (leur |lui )?(donne\w*|communiqu\w*|transmet\w*|diffus\w*|fai\w* passer|remont\w*)\b|\b(places?|dispos?)\b.*\bles (leur |lui )?(donne\w*|communiqu\w*|transmet\w*|diffus\w*|fai\w* passer|remont\w*)\b.*\b(comment|par quel moyen|par quel biais|sous quelle forme)\b|\b(donne\w*|communiqu\w*|transmet\w*|diffus\w*|remont\w*) (les |des |nos |ses )?places\b.*\b(comment|par quel moyen|par quel biais)\b|\bcomment\b.*\b(donne\w*|communiqu\w*|transmet\w*|diffus\w*|remont\w*) (les |des |nos |ses )?places\b|\b(s est (il |elle )?engage\w*|se sont engage\w*|engagements? (du|de la|des|de l) (departement|cd|conseil departemental|afpa|partenaires?|parties))\b|\b(departement|cd|conseil departemental|afpa)\b.*\bs engage\w*|\bcombien\b.*\b(realisee?s?|effectuee?s?|faites)\b|\b(quand|a quel moment) (dans|pendant|au cours de|du|de) (le |son |sa |leur )?(contrat|pec|parcours emploi)\b|\b\d+ mois (de|dans) (son|sa|leur|le) (contrat|pec)\b|\b(des|a|apres) la signature (du|de son|de leur) contrat\b|\b(des le|au) debut (du|de son|de leur) (contrat|pec)\b.*\b(attendre|ou|apres)\b|\bobjectifs?\b.*\b(combien|date\w* de quand|de quand date\w*)\b|\b(je dois|dois je|on doit|doit on|faut il) (lui |leur )?(dire|expliquer|verifier|preparer) quoi\b|\b(campagne|experimentation|convention|accord)\b.*\b(jusqu a (quand|quelle date)|date limite)\b|\bapres (les |la |le |l )?(\d+ semaines|promo|prepa|pec|parcours|programme|dispositif)\b.*\bse passe\b/;

/**
 * « qu'est-ce qui est complet en ce moment ? que j'évite de proposer »: whatever has no room left,
 * entries and trainings, no programme, trade or kind of event named.
 */
const EVERYTHING_FULL =
  /^(?=.*\bcomplet\w*\b)(?=.*\b(qu est ce qui|qu est ce qu il y a de|quoi|ce qui|lesquel\w*|tout ce qui|quelles? sont|quels? sont|y a|ya|il y a|des trucs)\b)/;

export function everythingFullAsked(message: string): AgendaQuery[] | undefined {
  const text = normalizeText(message);
  if (!EVERYTHING_FULL.test(text) || sessionDispositifIn(text) || knownTradeIn(text)) return undefined;
  // « la v2 du 25 elle est complète ? »: one item, not everything.
  if (/\b(volet|atelier|du \d+|le \d+|celle|celui|session|entree)\b/.test(text)) return undefined;
  if (eventTypesOf(text).length > 0 || TRAINING_NAMED.test(text)) return undefined;
  return [
    { kind: 'sessions', full: true },
    { kind: 'places', full: true },
  ];
}

/** Whether the message says, as a whole, that it asks no date (« dès le début du contrat ou faut attendre ? »). */
export function asksNoAgenda(message: string): boolean {
  return NOT_THE_AGENDA.test(normalizeText(message));
}

/** What a message leaves out of a list, named as the filters name it. */
type LeftOut = {
  town?: string;
  types?: EventType[];
  dispositif?: SessionDispositif;
  trade?: string;
  remote?: true;
  month?: string;
  full?: true;
};

const MONTH_NAMED = new RegExp(`\\b(${MONTHS.join('|')})\\b`);

function leftOutNamed(words: string): LeftOut | undefined {
  const text = normalizeText(words);
  const town = townIn(text);
  if (town) return { town };
  const types = eventTypesOf(text);
  if (types.length > 0) return { types };
  const dispositif = sessionDispositifIn(text);
  if (dispositif) return { dispositif };
  if (/\b(a distance|distanciel|distance|visio|en ligne)\b/.test(text)) return { remote: true };
  if (/\bcomplet\w*/.test(text)) return { full: true };
  const month = MONTH_NAMED.exec(text)?.[1];
  if (month) return { month };
  const trade = knownTradeIn(text);
  return trade ? { trade } : undefined;
}

/** Filters that leave out what the message leaves out, read apart from the rest of it. */
function leftOutFilters(message: string, now: Date): { kept: string; filters: AgendaQuery | undefined } {
  const spans = leftOutIn(message, leftOutNamed);
  if (spans.length === 0) return { kept: message, filters: undefined };
  const all = spans.map((span) => span.named);
  const towns = all.flatMap(({ town }) => (town ? [asWritten(message, town) ?? town] : []));
  const types = all.flatMap(({ types }) => types ?? []);
  const trade = all.find((named) => named.trade)?.trade;
  const dispositif = all.find((named) => named.dispositif)?.dispositif;
  const month = all.find((named) => named.month)?.month;
  const filters = strip({
    kind: 'events',
    elsewhereThan: towns.length > 0 ? towns.join(' ou ') : undefined,
    exceptTypes: types.length > 0 ? types : undefined,
    exceptTrade: trade ? asWritten(message, trade) : undefined,
    exceptDispositif: dispositif,
    exceptMonth: month ? format(nextMonthNamed(month, now), 'yyyy-MM') : undefined,
    // « pas à distance » keeps what is held on site, mixed entries included.
    modality: all.some((named) => named.remote) ? 'presentiel' : undefined,
    withSeats: all.some((named) => named.full) || undefined,
  });
  return { kept: withoutSpans(message, spans), filters };
}

/** The list asked, without what it leaves out: « sauf les JPO » names no JPO to list. */
function withLeftOut(query: AgendaQuery, leftOut: AgendaQuery): AgendaQuery {
  const { kind: _kind, ...filters } = leftOut;
  return leavingOut({
    ...query,
    ...filters,
    elsewhereThan: [query.elsewhereThan, filters.elsewhereThan].filter(Boolean).join(' ou ') || undefined,
  });
}

/**
 * A list that names what it also leaves out (« les infos coll de février » then « sauf prépa »)
 * leaves it out: what was said last wins.
 */
export function leavingOut(query: AgendaQuery): AgendaQuery {
  const types = query.types?.filter((type) => !query.exceptTypes?.includes(type));
  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && normalizeText(a) === normalizeText(b);
  const townsLeft = query.elsewhereThan?.split(' ou ').map(normalizeText) ?? [];
  return strip({
    ...query,
    types: types && types.length > 0 ? types : undefined,
    dispositif: query.dispositif === query.exceptDispositif ? undefined : query.dispositif,
    trade: same(query.trade, query.exceptTrade) ? undefined : query.trade,
    place: query.place && townsLeft.includes(normalizeText(query.place)) ? undefined : query.place,
  });
}

function readAgendaQuery(message: string, now: Date): AgendaQuery | undefined {
  const { kept, filters } = leftOutFilters(message, now);
  // « la semaine prochaine, autre chose que des infos coll ? »: the other events, when nothing else is named.
  const query =
    readAgendaQueryAsSaid(kept, now) ??
    (filters?.exceptTypes ? readAgendaQueryAsSaid(`${kept} evenements`, now) : undefined);
  return query && filters ? withLeftOut(query, filters) : query;
}

function readAgendaQueryAsSaid(message: string, now: Date): AgendaQuery | undefined {
  const normal = normalizeText(message);
  if (NOT_THE_AGENDA.test(normal)) return undefined;
  // « et quoi à la place pour lui ? »: instead, not a seat.
  if (/\ba la place\b/.test(normal) && !/\bplaces\b/.test(normal)) return undefined;
  // « décroché depuis la rentrée » tells the person's story, not an entry asked.
  // « sécuriser son entrée en formation » names volet 2's aim, not an entry asked.
  const text = normal
    .replace(/\bdepuis (la )?rentree\b/g, ' ')
    // « en formation depuis novembre »: since when, in the person's story, not a period asked.
    .replace(SINCE_A_MONTH, ' ')
    .replace(
      /\b(?:securis\w*|assurer|reussir|preparer) (l |son |sa |leur |une )?entree( en formation)?( (?!volet|atelier)\w+)?\b/g,
      ' ',
    )
    // « elle est dispo jeudi »: when the person is free, not a training with room.
    .replace(/\b(?:est|suis|sera|serait|sont|seront|sommes|etes) (?:dispos?|disponibles?)\b/g, ' ')
    // « je dois faire quoi avant qu'il commence ? » asks what to do, not when it starts.
    .replace(BEFORE_IT_STARTS, ' ')
    // « pour la diffusion prévue au 2.1.2, … » cites the action plan, which sets no target for places.
    .replace(/\bprevue?s? (au|en|a l|dans l) (action |ligne |fiche )?2 1 \d\b/g, ' ')
    // « pour préparer la réunion avec les familles, … » says why the question is asked, not a meeting asked.
    .replace(/\bpour (preparer|animer|organiser) (la|une|notre|ma|nos|mes) reunions?\b/g, ' ')
    // « placé en famille d'accueil » says where a child in care lives, not a place asked.
    .replace(
      /\bplacee?s? (en (famille|foyer|mecs|internat|institution)|chez|par (le juge|l ase|le departement)|a l (ase|aide sociale))\b/g,
      ' ',
    );
  // Dates and names are read only once the message is known to ask for the agenda, and once.
  let asked: Pick<AgendaQuery, 'from' | 'to'> | undefined;
  const when = () => (asked ??= nextFromABelief(period(text, now), text));
  const dated = () => Object.keys(when()).length > 0;
  // « en février c'est quoi les infos collectives ? » asks the list of that month, not what they are.
  const listAsked = () => eventTypesOf(text).length > 0 && /\bles\b/.test(text) && dated();
  // « le 20 janvier c'est quoi qui commence ? » asks what starts then, not what something is.
  const startsAsked = () => WHAT_STARTS.test(text) && dated();
  if (DEFINITION_WORDS.test(text) && !MONTH_PROGRAMME.test(text) && !listAsked() && !startsAsked())
    return undefined;
  // « dans la convention, les entrées étaient possibles jusqu'à quand ? » asks what the agreement set.
  if (AGREEMENT_DEADLINE.test(text)) return undefined;
  // « les référents ont bien nos places dispo en temps réel ? » asks how places reach them, which the agreement says.
  // « je les vois où ? » asks where to see them: here, in the list.
  if (HOW_PLACES_REACH.test(text) && !/\b(vois|voit|voir|consulte\w*|trouve\w*)\b/.test(text))
    return undefined;
  // « comp pec, ça se fait que sur Montauban ? » asks where the programme is held, which its card says;
  // « les JPO c'est seulement à Montauban ? », « des entrées que sur Montauban ? » ask the agenda.
  if (
    HELD_ONLY_THERE.test(text) &&
    eventTypesOf(text).length === 0 &&
    !/\b(sessions?|entrees?|dates?)\b/.test(text)
  )
    return undefined;
  const filters = () => ({
    ...placeFilter(message, text),
    weekday: weekdayIn(text),
    ...hoursIn(text),
    ...when(),
  });
  const tradeOf = (t: string, specific = false) =>
    ((specific && tradeWithinSector(t)) || tradeIn(t))
      ?.split(' ou ')
      .map((trade) => asWritten(message, trade))
      .join(' ou ');
  const dispositif = ANY_PROGRAMME.test(text) ? undefined : sessionDispositifIn(text);
  const withSeats = WITH_SEATS.test(text) || PLACE_WORDS.test(text) ? true : undefined;

  // « de la place en prépa ? » asks for the programme's entry sessions that still have room;
  // « places soudure », « restauration caussade places »: a trade and the word « places ».
  // « y a des formations qualifiantes à Caussade ? »: the trainings with places in that town.
  // « c bien complet la formation plaquiste ? »: that training's places, which say whether it is full.
  // « plaquiste c complet ? »: a trade and « complet », the same.
  const fullAsked =
    /\bcomplet\w*\b/.test(text) && (TRAINING_NAMED.test(text) || knownTradeIn(text) !== undefined);
  const placesAsked =
    PLACE_WORDS.test(text) ||
    // « cariste il reste combien ? »: the places of that trade.
    (knownTradeIn(text) !== undefined &&
      /\b(places?|dispos?|disponibles?|reste\w* (combien|cb)|(combien|cb) (il )?(en )?reste\w*)\b/.test(
        text,
      )) ||
    (townIn(text) !== undefined && /\bformations? (qualifiantes?|certifiantes?|disponibles?)\b/.test(text)) ||
    // « formation agent de propreté ? »: that training, the message saying nothing else.
    (knownTradeIn(text) !== undefined &&
      /^(la |une |des |les )?formations? /.test(text) &&
      text.split(' ').length <= 6) ||
    // « cariste castel ? », « prépa de commandes castel »: a trade and a town, and nothing else.
    (knownTradeIn(text) !== undefined &&
      townIn(text) !== undefined &&
      text.split(' ').length <= 5 &&
      !/\b(reunions?|visites?|jpo|infos?|informations?)\b/.test(text)) ||
    // « formation moissac places »
    (/\bformations?\b/.test(text) && /\bplaces?\b/.test(text)) ||
    // « t'as une formation dans la restauration ? », « y a une formation aide-soignante ? »: what
    // is published of that trade, known or not, or that nothing is.
    (TRAINING_OFFERED.test(text) && (knownTradeIn(text) !== undefined || TRAINING_NAMED.test(text))) ||
    fullAsked ||
    // « j'en ai 3 pour agent de propreté, ça rentre ? »: whether that training has room for them.
    // « restauration vous avez quoi à Caussade ? »: the trainings of that trade.
    (knownTradeIn(text) !== undefined && (PEOPLE_TO_PLACE.test(text) || WHAT_YOU_HAVE.test(text)));
  // « la prochaine entrée, il reste de la place ? » asks an entry session with room, not a training.
  // « il reste de la place en volet 2 ? »: a step of a programme, which only entry sessions have.
  const entryWithRoom =
    (/\b(entrees?|sessions?)\b/.test(text) && !tradeOf(text)) || /\b(volet|atelier) \d\b/.test(text);
  if (
    placesAsked &&
    !entryWithRoom &&
    // « il reste combien de places à la réunion logistique ? » asks the trade meeting's.
    !/\breunions?\b/.test(text) &&
    !TARGET_WORDS.test(text) &&
    !dispositif &&
    !EVENT_WORDS.some(([, w]) => w.test(text))
  ) {
    const period = filters();
    const trade =
      tradeOf(text.replace(/\bplaces? (disponibles?|libres?)\b/, ' '), true) ??
      // « info places formation aide soignant ? »: that training, published or not.
      (TRAINING_OFFERED.test(text) || fullAsked || PLACE_WORDS.test(text)
        ? asWritten(message, trainingNamed(text))
        : undefined);
    return strip({
      kind: 'places',
      trade,
      ...period,
      startsWithin: STARTING.test(text) && Boolean(period.from) ? true : undefined,
      // « les formations où il reste de la place » leaves the full ones out; of one trade
      // (« il reste des places en maçonnerie ? »), « complet » is the answer.
      withSeats: (!trade && !period.from && ROOM_LEFT.test(text)) || undefined,
    });
  }
  const types = eventTypesOf(text);
  // « une réunion sur la logistique » is a trade meeting, whatever words come between; so is
  // « des trucs sur le bâtiment ? réunion ou visite ? ».
  if (!types.includes('reunion_metier') && /\breunions?\b/.test(text) && knownTradeIn(text))
    types.push('reunion_metier');
  if (types.length > 0) {
    const trade = tradeOf(text);
    return strip({
      kind: 'events',
      types,
      // « info coll prépa comp »: the events about that programme.
      dispositif,
      trade,
      withSeats: WITH_SEATS.test(text) || undefined,
      ...filters(),
    });
  }
  // « la préparation à la session d'évaluation de la VAE » is a step of the programme, not an entry.
  const evaluation = /\bsessions? (d |de )?(evaluation|validation|jury|rsfp|vae)\b/.test(text);
  // « le volet 2 peut servir à sécuriser son entrée en formation ? » asks what the step is for.
  const entryIntoTraining = /\b(securise\w* (son |sa |l )?entree|entree en formation)\b/.test(text);
  const asksSessions =
    !evaluation &&
    !entryIntoTraining &&
    (SESSION_WORDS.test(text) ||
      // « une prépa comp à distance bientôt ? », « il reste combien de places en prépa ? »
      (dispositif !== undefined &&
        (PLACE_WORDS.test(text) ||
          WITH_SEATS.test(text) ||
          SOON.test(text) ||
          heldInTown(text) ||
          // « elle habite Moissac, y a de la prépa près de chez elle ? », « prépa à Caussade ? »: its entries there.
          programmeNearTown(text) ||
          // « prépa à moissac qd ? »: when it is held in that town, asked in a few words (« quand le
          // Département prescrit… » in a long message is no such question).
          (NEXT_OR_WHEN.test(text) && townIn(text) !== undefined && text.split(' ').length <= 8) ||
          ((PROGRAMME_OF_A_MONTH.test(text) || PROGRAMME_IN_A_MONTH.test(text)) &&
            !TARGET_WORDS.test(text)))));
  const volet = voletAsked(text);
  // « volet 2 prépa en janvier ? », « le prochain atelier 2 c qd ? »: the entries into that step.
  // « v2 castel dispo »: that step's entries with room.
  const stepWhen =
    volet !== null &&
    !entryIntoTraining &&
    (dated() ||
      NEXT_OR_WHEN.test(text) ||
      /\b(dispos?|disponibles?|places?)\b/.test(text) ||
      // « volet 1 prépa près de chez elle ? » (she lives in Castelsarrasin): that step's entries there.
      (dispositif !== undefined && programmeNearTown(text)) ||
      // « prépa volet 2 à Castel : c'en présentiel ? », « prepa volet 1 a moissac »: that step, in that town, is an entry.
      (dispositif !== undefined &&
        (modalityAsked(text) !== undefined || text.split(' ').length <= 6) &&
        TOWN_AFTER.test(text.replace(townIn(text) ?? '\u0000', 'TOWN'))));
  // « agent de restauration ya une session ? »: that trade's training, not a programme's entries;
  // « ça colle pas avec la prépa, une autre session cariste ? »: the session of that trade, whatever programme is named.
  const tradeSession = /\bsessions? (de |d |en )?(\w+)/.exec(text)?.[2];
  if (
    asksSessions &&
    volet === null &&
    knownTradeIn(text) !== undefined &&
    (!dispositif || (tradeSession !== undefined && knownTradeIn(tradeSession) !== undefined))
  )
    return strip({
      kind: 'places',
      trade: tradeOf(text, true),
      ...filters(),
      anotherAsked: ANOTHER_ASKED.test(text) || undefined,
    });
  // « le mercredi 20 janvier c'est quoi qui commence ? »: the entries starting that day, whichever programme.
  if ((asksSessions && (dispositif || /\b(entrees?|sessions?)\b/.test(text))) || stepWhen || startsAsked()) {
    const sessions = strip({
      kind: 'sessions',
      dispositif,
      volet: volet ? `${volet[1]} ${volet[2]}` : undefined,
      withSeats: withSeats ?? (/\bdispos?\b/.test(text) || undefined),
      roomAsked: (withSeats && ROOM_ASKED.test(text)) || undefined,
      // « entrées prépa à Moissac ? » asks the entries alone.
      // « les prochaines dates prépa comp » asks its dates, information sessions as well as entries.
      aroundTown:
        (dispositif !== undefined &&
          volet === null &&
          ((!SESSION_WORDS.test(text) && programmeNearTown(text)) || ANY_DATES.test(text))) ||
        undefined,
      ...remoteOrPlace(modalityAsked(text), filters(), text),
    });
    // « la session prépa du 25 janvier »: the entry that day, not another one running through it;
    // « qu'est-ce qui démarre en février ? »: the entries starting then.
    // « les entrées prépa en février », « une autre entrée après le 3 mars »: an entry is the day it starts
    // (« pas avant mars » sets no window).
    const window =
      (sessions.from !== undefined && sessions.to !== undefined) ||
      /\b(apres|a partir) (le|du|de)\b/.test(text);
    return sessions.from &&
      (sessions.from === sessions.to || STARTING.test(text) || (window && /\bentrees?\b/.test(text)))
      ? { ...sessions, startsWithin: true }
      : sessions;
  }
  // « y a un truc sur la logistique bientôt ? »: what is on about that trade (a known one: « en vrai » is none).
  // « qu'est-ce qu'on a de publié pour la 1618 ? »: what is on about that programme.
  // « des BRSA sur Caussade intéressés par le bâtiment, y a quoi pour eux ? »: a trade and a town say what is on.
  const tradeThere = townIn(text) !== undefined && knownTradeIn(text) !== undefined;
  if (
    AGENDA_WORDS.test(text) &&
    !END_OF_PATHWAY.test(text) &&
    !(FOR_A_PUBLIC.test(text) && !dated() && !tradeThere)
  )
    return strip({
      kind: 'events',
      trade: knownTradeIn(text) ? tradeOf(text) : undefined,
      dispositif,
      ...filters(),
    });
  // « des formations qui démarrent en avril ? »: the trainings of Info Places starting then;
  // « … qui démarrent à Castelsarrasin ? »: those held there.
  if (/\bformations?\b/.test(text) && STARTING.test(text) && !dispositif) {
    if (dated()) return strip({ kind: 'places', ...filters(), startsWithin: true });
    if (townIn(text)) return strip({ kind: 'places', ...filters() });
  }
  // « la formation maçon elle démarre qd ? »: a training of Info Places, by its trade; « cariste ou
  // préparateur de commandes, lequel démarre en premier ? »: either, in one list.
  const trade = namesSeveralTrades(text)?.join(' ou ') ?? knownTradeIn(text);
  // « préparateur de commandes c où et c quand ? »: a short message on a trade asks the same.
  const training = /\bformations?\b/.test(text);
  // « préparateur de commandes c'est à Montauban ? »: where it is held, asked by a town.
  const asksWhen =
    STARTING.test(text) ||
    NEXT_OR_WHEN.test(text) ||
    WHERE_HELD.test(text) ||
    /\b(c|c est|ca se passe|se fait) (a|sur) \w+/.test(text);
  if (
    trade &&
    ((training && (asksWhen || /\bdure\w*\b/.test(text))) || (asksWhen && text.split(' ').length <= 10))
  )
    return strip({ kind: 'places', trade: tradeOf(text), ...filters() });
  // « (ancien peintre) veut faire plaquiste en avril, c possible ? »: that trade's trainings then.
  const wantedThen = /\b(veut|voudrait|souhaite|aimerait) (faire|devenir|se former en|commencer)\b/.exec(
    text,
  );
  if (wantedThen && dated()) {
    const wanted = knownTradeIn(text.slice(wantedThen.index));
    if (wanted) return strip({ kind: 'places', trade: tradeOf(text.slice(wantedThen.index)), ...filters() });
  }
  // « le 3 février c quoi déjà à l'afpa ? »: what is on that day.
  if (!dispositif && dated() && WHAT_IS_ON.test(text)) return strip({ kind: 'events', ...filters() });
  // « castel la semaine pro ? », « caussade en décembre »: a town and a period say it all.
  if (townIn(text) && dated() && text.split(' ').length <= 6) return strip({ kind: 'events', ...filters() });
  return undefined;
}

/** The words around a town or a period in « rien sur valence ? », « qqch fin février ? ». */
const ONLY_WHERE_OR_WHEN = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...(
    'et rien quelque chose qqch quoi y a il ya du neuf sur a au aux en vers dans le la les l coin de d des ' +
    'secteur cote ca donne se passe prevu programme agenda afpa montrer voir cette ce cet semaine mois ' +
    'prochain prochaine pro proch fin debut mi demain aujourd hui ici avant apres jusqu entre 1er ' +
    'tout tous toute toutes stp svp celle celui qu est que on nous vous avez'
  ).split(' '),
]);

/**
 * « rien sur valence ? », « qqch fin février ? », « ds le coin de moissac en fév ? »: a
 * town of the département or a period, in a short message nothing else answers, asks
 * what is on there or then.
 */
export function placeOrPeriodQuery(message: string, now: Date): AgendaQuery | undefined {
  // « rien sur valence d'agen ? j'ai du monde là-bas »: the question, without why it is asked.
  const asked = /^[^?]+\?/.exec(message)?.[0];
  if (asked && asked.length < message.trim().length) {
    const first = placeOrPeriodQuery(asked, now);
    if (first) return first;
  }
  const text = normalizeText(message);
  const town = townIn(text);
  // « quel temps fait-il à Montauban » asks something else of the town.
  const rest = (town ? text.replace(town, ' ') : text)
    .split(' ')
    .filter((w) => w && !ONLY_WHERE_OR_WHEN.has(w) && !/^\d{1,4}$/.test(w));
  if (rest.length > 0) return undefined;
  const when = period(text, now);
  if (!town && Object.keys(when).length === 0) return undefined;
  return strip({ kind: 'events', place: asWritten(message, town), ...when });
}

/** The word as the référent wrote it (« maçonnerie », « Castelsarrasin »), for titles. */
export function asWritten(message: string, normalized: string | undefined): string | undefined {
  if (!normalized) return undefined;
  const words = message.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const count = normalized.split(' ').length;
  for (let i = 0; i + count <= words.length; i++) {
    const candidate = words.slice(i, i + count).join(' ');
    if (normalizeText(candidate) === normalized) return candidate;
  }
  return normalized;
}

function strip(query: AgendaQuery): AgendaQuery {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as AgendaQuery;
}

// ── Running a query ───────────────────────────────────────────────────────────────

/**
 * A few first letters stand for a trade: « maçonnerie » finds « Maçon », « cariste » finds
 * « Cariste d'entrepôt », « soudeur » finds a visit of the « soudure » workshop.
 */
function mentionsTrade(words: readonly string[], stem: string): boolean {
  return words.some(
    (word) =>
      // « Prépa Compétences » in a title names a programme: no « préparateur » there.
      !PROGRAMME_NAME_WORDS.has(word) &&
      (word.startsWith(stem) ||
        (word.length >= 4 && stem.startsWith(word)) ||
        (word.length >= 6 && stem.length >= 5 && word.slice(0, 4) === stem.slice(0, 4))),
  );
}
const PROGRAMME_NAME_WORDS = new Set(['prepa', 'competences', 'pec', 'promo', '1618']);

/** The day of the week of a day « 2027-02-17 » (0 is Sunday). */
function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A count of 0 is full; no count at all is not known to be full. */
export function hasRoom(kind: AgendaKind, item: AgendaItem<AgendaKind>): boolean {
  if (kind === 'places') return (item as TrainingPlace).available > 0;
  const seats = (item as AgendaEvent | EntrySession).seats;
  return seats === null || seats > 0;
}

/** The items of a list that answer `query`, in the order they are shown. */
export function runAgendaQuery<T extends AgendaItem<AgendaKind>>(
  items: readonly T[],
  query: AgendaQuery,
  now: Date,
): T[] {
  return queryIndex(KindIndex.of(query.kind, items as readonly AgendaItem<AgendaKind>[]), query, now) as T[];
}

/**
 * The items of an index that answer `query`, in the order they are shown. The walk
 * starts at the first item not yet over and stops after the last day asked for, and
 * the query's words are normalised once, not per item.
 */
export function queryIndex<K extends AgendaKind>(
  index: KindIndex<K>,
  query: AgendaQuery,
  now: Date,
): AgendaItem<K>[] {
  const kind = query.kind;
  const today = parisDay(now);
  const volet = query.volet === undefined ? undefined : normalizeText(query.volet);
  const stems = query.trade?.split(' ou ').map((trade) => tradeAsPublished(trade).slice(0, 5));
  // « des formations dans le bâtiment ? »: the maçon's as well, whose title does not say « bâtiment ».
  const sectors = query.trade
    ?.split(' ou ')
    .map(tradesOfSector)
    .filter((sector) => sector !== undefined);
  const place = query.place === undefined ? undefined : normalizeText(query.place);
  const elsewhereThan = query.elsewhereThan?.split(' ou ').map(normalizeText);
  const exceptStem =
    query.exceptTrade === undefined ? undefined : tradeAsPublished(query.exceptTrade).slice(0, 5);
  const fromMinute = (query.fromHour ?? 0) * 60;
  const beforeMinute = (query.beforeHour ?? 24) * 60;
  const found: AgendaItem<K>[] = [];
  const entries = index.entries;
  for (let i = index.firstCandidate(now, query.from); i < entries.length; i++) {
    const entry = entries[i]!;
    if (query.to && entry.startDay > query.to) break;
    const item = entry.item;
    if (!index.isUpcoming(entry, now, today)) continue;
    if (query.types && !query.types.includes((item as AgendaEvent).type)) continue;
    if (query.dispositif && kind !== 'places' && !entry.programmes.has(query.dispositif)) continue;
    if (volet !== undefined && (kind !== 'sessions' || !entry.volet.includes(volet))) continue;
    if (
      stems !== undefined &&
      !stems.some((stem) => mentionsTrade(entry.words, stem)) &&
      !sectors?.some((sector) => entry.words.some((word) => sector.test(word)))
    )
      continue;
    if (place !== undefined && !entry.place.includes(place)) continue;
    if (elsewhereThan?.some((town) => entry.place.includes(town))) continue;
    if (query.exceptTypes?.includes((item as AgendaEvent).type)) continue;
    if (query.exceptDispositif && entry.programmes.has(query.exceptDispositif)) continue;
    if (exceptStem !== undefined && mentionsTrade(entry.words, exceptStem)) continue;
    if (query.exceptMonth && entry.startDay.startsWith(query.exceptMonth)) continue;
    if (query.weekday !== undefined && kind !== 'places' && weekdayOf(entry.startDay) !== query.weekday)
      continue;
    // Entries and places last whole days: only an event starts at an hour.
    if (kind === 'events' && (entry.startMinute < fromMinute || entry.startMinute >= beforeMinute)) continue;
    if (query.from && entry.endDay < query.from) continue;
    if (query.startsWithin && query.from && entry.startDay < query.from) continue;
    if (query.modality) {
      // An event or a training is held at its place: on site, never at a distance.
      const modality = kind === 'sessions' ? (item as EntrySession).modality : 'presentiel';
      if (modality !== query.modality && (query.onlyModality || modality !== 'mixte')) continue;
    }
    if (query.withSeats && !hasRoom(kind, item)) continue;
    if (query.full && hasRoom(kind, item)) continue;
    found.push(item);
  }
  if (query.item === undefined) return found;
  const one = query.item === LAST_ITEM ? found.at(-1) : found[query.item - 1];
  return one ? [one] : [];
}

/** The filters a follow-up adds to the previous agenda question: « et à Moissac ? », « en distanciel ? », « en février ? ». */
export type AgendaFilters = Partial<
  Pick<
    AgendaQuery,
    | 'place'
    | 'elsewhereThan'
    | 'exceptTypes'
    | 'exceptTrade'
    | 'exceptDispositif'
    | 'exceptMonth'
    | 'weekday'
    | 'fromHour'
    | 'beforeHour'
    | 'from'
    | 'to'
    | 'modality'
    | 'onlyModality'
    | 'modalityQuestioned'
    | 'withSeats'
    | 'roomAsked'
    | 'anotherAsked'
    | 'volet'
    | 'trade'
  >
>;

/**
 * « elle habite à Beaumont, y a pas une session à distance ? »: a session followed from a
 * distance is asked wherever the person lives; the town is no filter then.
 */
/** « 100 % à distance », « que sur place », « entièrement en ligne »: a mixed session does not suit. */
const ONLY_MODALITY =
  /\b(100|entierement|totalement|tout|que|qu|uniquement|seulement|full|exclusivement|rien qu) (en |a |du )?(a distance|distanciel|en ligne|visio|remote|presentiel|sur place)\b/;

/** « c en distanciel ? », « y en a à distance ? », « à distance ou pas ? »: a question about the modality. */
const MODALITY_QUESTIONED =
  /\b(c est|c|est ce|elle est|il est|ils sont|elles sont|est elle|sont elles|y en a|y en a t il|il y en a|y a|ya|y a t il|il y a)( une| un| des)? (en |a |sur )?(distanciel|distance|presentiel|visio|ligne|mixte|place)\b|\b(distanciel|a distance|presentiel|sur place) ou (pas|non|presentiel|distanciel|a distance|sur place)\b/;

function remoteOrPlace<T extends { place?: string }>(modality: Modality | undefined, found: T, text = '') {
  const only = modality && modality !== 'mixte' && ONLY_MODALITY.test(text) ? { onlyModality: true } : {};
  const questioned = modality && MODALITY_QUESTIONED.test(text) ? { modalityQuestioned: true } : {};
  return modality === 'distanciel'
    ? { ...found, place: undefined, modality, ...only, ...questioned }
    : { ...found, modality, ...only, ...questioned };
}

export function agendaFilters(said: string, now: Date): AgendaFilters {
  // « et pas à Montauban ? », « sauf logistique »: what is left out, read apart from what is asked.
  const { kept: message, filters: leftOut } = leftOutFilters(said, now);
  const { kind: _leftOutKind, ...excluded } = leftOut ?? { kind: 'events' };
  const text = normalizeText(message);
  const volet = voletAsked(text);
  const { kind: _kind, ...filters } = strip({
    kind: 'events',
    ...period(text, now),
    weekday: weekdayIn(text),
    ...hoursIn(text),
    ...remoteOrPlace(modalityAsked(text), placeFilter(message, text), text),
    withSeats: WITH_SEATS.test(text) || PLACE_WORDS.test(text) || /\bde la place\b/.test(text) || undefined,
    roomAsked: ROOM_ASKED.test(text) || undefined,
    anotherAsked: ANOTHER_ASKED.test(text) || undefined,
    volet: volet ? `${volet[1]} ${volet[2]}` : undefined,
    // « et en maçonnerie ? » after a list of places.
    trade: asWritten(message, knownTradeIn(text)),
  });
  return { ...filters, ...excluded };
}
