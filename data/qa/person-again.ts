import type { Profile, Programme } from '../eligibility.js';
import { extractProfile, type Aim } from '../eligibility-extraction.js';
import { parseAgendaQuery, sessionDispositifIn } from '../agenda/agenda-query.js';
import { normalizeText } from './normalize.js';

/** The person just checked: anonymous facts only, kept in memory for the thread's 30 minutes. */
export type LastPerson = { profile: Profile; programme?: Programme };

/** Relatives, colleagues and « un autre »: someone else than the person checked. */
const OTHER_PERSON =
  '(?:(?:sa|son|ses|leur|leurs|la|le|les) (?:petite? |grande? |petits |grands )?(?:soeurs?|freres?|cousine?s?|copains?|copines?|amie?s?|voisine?s?|femme|mari|conjointe?|fils|fille|collegues?)|(?:un|une|l) (?:autre|2e|deuxieme|second|seconde))';

/** « et une dame en PEC… elle peut ? » during another person's check: someone new, described. */
const A_NEW_PERSON =
  '(?:et|mais|par contre) (?:une?|1) (?:dame|madame|mme|monsieur|mr|jeune|personne|femme|homme|fille|garcon|gars|brsa|allocataire|salariee?)';

/**
 * « et si elle avait 16 ans ? », « et s'il quitte le lycée ? », « et pour sa sœur de 19 ans ? »,
 * « et sa sœur 19 ans, même situ », « et un autre, 17 ans… », « et qd il aura 16 ans ? », « et à ses 16 ans en mai ? »,
 * « et du coup à 16 ans il pourra ? », « et 16 ans pile ? », « et à 16 ? », « ah bon, et si elle arrête son apprentissage ? »
 */
const WHAT_IF = new RegExp(
  `^(?:(?:et|mais|ok|d accord|ah|oh|bon|alors|du coup) )*(?:si (?=il|elle|c etait|jamais|(?:je|j|on|nous) (?:la|le|l|les|reprends?|reprenons|prends?|prenons) )|(?<=^(?:et|mais) )(?:(?:a|avec) )?(?=\\d{1,2} ?(?:ans?|a)(?: (?:pile|tout juste|juste|revolus))?$)|(?<=^(?:et|mais) )a (?=\\d{1,2}$)|(?<=^(?:et|mais) )(?:a|pour|des|apres) (?:ses|son) (?=\\d{1,2} ?ans?\\b)|s (?=ils? )|(?:(?:dans \\d+ (?:mois|semaines?)|plus tard|l an prochain) )?(?:quand|qd|lorsqu|lorsque) (?=ils? |elles? )|(?=(?:il|elle) (?:aura|sera) \\d)|(?=(?:il|elle) a \\d{1,2} ans (?:en|le|au|dans|a|debut|fin|mi) )|pour (?=(?:sa|son|ses) )|(?:(?:du coup|alors|donc) )?(?:a|des) (?=\\d{1,2} ?ans? (?:il|elle|ils|elles) (?:pourra|pourrait|pourront|peut|sera)\\b)|meme question pour |(?=${OTHER_PERSON}\\b))`,
);
/** « ah non pardon, je confonds avec sa sœur, elle a 15 ans »: the last person, corrected. */
const CORRECTION =
  /^(?:(?:ah|oh|ok) )?(?:non )?(?:pardon|en fait|erreur|je me suis trompee?|je confonds?|attends?|attendez)\b(?:[^,]*\bme corrige\b)?/;
/** « re, c'est pour la même jeune, elle a eu 18 ans entre temps »: the person checked, come back to with news. */
const SAME_PERSON =
  /^(?:(?:re|rebonjour|coucou|bonjour|ok|alors) )*(?:c est |c )?(?:encore |toujours |de nouveau )?(?:pour |a propos de |au sujet de )?(?:la meme|le meme|ma meme|mon meme) (?:jeune|personne|dame|monsieur|mr|mme|fille|garcon|beneficiaire|allocataire|situation|dossier)\b/;

/** « ah et elle est inscrite à FT, ça change qqch ? » right after a check: a fact added to it. */
const ADDED_FACT =
  /^(?:(?:ah|oh|ok|bon|au fait|par contre|mais|attention|finalement|j oubliais|j ai oublie de (?:dire|preciser)|precision) )*(?:et |aussi |en plus )?(?=(?:il|elle) (?:est|a|n est|n a|touche|percoit|fait|vit|habite|travaille|bosse|veut|voudrait|souhaite|aimerait)\b)/;
const ASKS_SOMETHING_ELSE = /\b(quel|quelle|quels|quelles|combien|quand|ou|comment|pourquoi|qui|quoi)\b/;
/** Someone else than the person checked: only what the message says of them counts. */
const SOMEONE_ELSE = new RegExp(`\\b${OTHER_PERSON}\\b`);
/** « et la grande sœur 19 ? »: a relative and their age, the years left out. */
const RELATIVE_AGED = new RegExp(`\\b${OTHER_PERSON} (?:de )?(\\d{1,2})\\b(?! ?ans?\\b)`);
/** « même situ », « pareil », « idem »: someone else, in the situation of the person checked. */
const SAME_SITUATION = /\b(meme (situ\w*|cas|profil|parcours)|pareil|idem|pareille situation)\b/;

const PROGRAMME_NAMED = '(?:la |le |l |en |une |un )?(?:prepa|comp\\w* pec|pec|promo|1618)\\b';

/**
 * « et la prépa, elle y a droit ? », « il serait pas mieux sur la promo ? », « plutôt la promo
 * du coup ? », « et pour Mr J, il peut faire une prépa comp ? »: the same person, asked about another programme.
 */
const ANOTHER_PROGRAMME = new RegExp(
  `^(?:(?:ah|ok|bon|alors|du coup|et|mais|en attendant|sinon|d ici la|d ici a|avant ca|avant cela) )*(?:pour (?:mr|mme|m|monsieur|madame|mlle) [a-z]+ )?(?:(?:pour )?${PROGRAMME_NAMED}(?: comp\\w*)?.*(?:\\b(?:droit|possible|eligible|jouable|faisable|peut|pourrait|passe|ok|bon|le fait|colle)\\b|\\b(?:pour|a) (?:lui|elle|eux|elles)\\b)|(?:(?:il|elle) (?:serait|irait|sera|ira)|(?:ce|c|ca) (?:serait|sera|est)) (?:pas )?(?:mieux|plus adaptee?|plus pertinente?|plus indiquee?) (?:sur|en|a|dans|vers|pour) ${PROGRAMME_NAMED}|plutot ${PROGRAMME_NAMED}|(?:(?:en attendant|sinon|du coup|quand meme) )*(?:il|elle|ils|elles) (?:ne )?(?:peut|peuvent|pourrait|pourraient|pourra) (?:pas )?(?:faire|aller (?:en|a|sur)|entrer (?:en|a|dans)|suivre|integrer) ${PROGRAMME_NAMED})`,
);

/** « et pour la promo alors ? » right after a check: the other programme, for the same person. */
const AND_THAT_PROGRAMME = new RegExp(
  `^(?:(?:ah|ok|bon|alors|mais|d accord) )*et (?:pour |avec |sur |en )?${PROGRAMME_NAMED}(?: comp\\w*| 1618)?(?: (?:alors|du coup|plutot|aussi|dans ce cas|dans son cas))?$`,
);

/** « s'il lâche », « si elle arrête le lycée », « s'il laisse tomber son apprentissage »: leaving what one is in. */
const LEAVES =
  /\b(lache\w*|arrete\w*|quitte\w*|abandonne\w*|laisse\w* tomber|decroche\w*|rompt|rompe|casse)\b/;
const SCHOOL = /\b(college|lycee|ecole|cours|scolarite|bahut)\b/;
const TRAINING = /\b(formation|apprentissage|alternance|cap|bac pro|stage)\b/;
const WORK = /\b(travail|boulot|job|emploi|poste|contrat|cdd|cdi|taf)\b/;

/**
 * What the person would no longer be if they left what they are in: the school, the
 * training or the job named, or, with none named, whichever of them the check knew of.
 */
function leaving(said: string, known: Profile): Partial<Profile> | undefined {
  if (!LEAVES.test(said)) return undefined;
  const named = {
    inEducation: SCHOOL.test(said),
    inTraining: TRAINING.test(said) || /\bcontrat\b/.test(said),
    employed: WORK.test(said),
  };
  const anyNamed = Object.values(named).some(Boolean);
  const left: Partial<Profile> = {};
  for (const fact of ['inEducation', 'inTraining', 'employed'] as const)
    if (anyNamed ? named[fact] : known[fact] === true) left[fact] = false;
  return Object.keys(left).length > 0 ? left : undefined;
}

/** « …, ça dure combien alors ? »: a question of its own beside what is said of the person. */
export function asksSomethingElse(message: string): boolean {
  return ASKS_SOMETHING_ELSE.test(normalizeText(message));
}

/** « je la prescris », « je l'inscris quand même », « pour lui »: the person just talked about, not a new one. */
const POINTS_AT_THE_PERSON =
  /\b(?:l|la|le|les) (?:prescri\w*|inscri\w*|mets|met|mettre|oriente\w*|positionne\w*|envoie\w*)|\bpour (?:elle|lui)\b/;

export function pointsAtThePerson(message: string): boolean {
  return POINTS_AT_THE_PERSON.test(normalizeText(message));
}

/** « et sa petite sœur, 15 ans ? », « pour son frère… »: a message that turns to a relative (« son mari est au RSA » tells of the household). */
const TURNS_TO_SOMEONE_ELSE = new RegExp(
  `^(?:(?:ok|alors) )*(?:(?:et|mais|pour|par contre|et pour) ${OTHER_PERSON}|(?:(?:et|mais|par contre) )?(?:un|une) (?:autre|2e|deuxieme|second|seconde)|${A_NEW_PERSON})\\b`,
);

/** Whether the message is about someone else than the person checked, named first: not facts about them. */
export function turnsToSomeoneElse(message: string): boolean {
  return TURNS_TO_SOMEONE_ELSE.test(normalizeText(message));
}

/** Whether the message starts as a « et si… ? » about a person: read before loading the last one. */
export function mayAskAgain(message: string): boolean {
  const text = normalizeText(message);
  return (
    WHAT_IF.test(text) ||
    CORRECTION.test(text) ||
    SAME_PERSON.test(text) ||
    ADDED_FACT.test(text) ||
    anotherProgramme(text, true)
  );
}

/**
 * A bare « et pour la promo ? » asks about the person only when their check was the last
 * thing asked: after a question on a programme, it asks the same of the other one.
 */
function anotherProgramme(text: string, justChecked: boolean): boolean {
  return ANOTHER_PROGRAMME.test(text) || (justChecked && AND_THAT_PROGRAMME.test(text));
}

/**
 * The person checked just before, with what the message changes or adds, or the
 * relative it describes; undefined when the message is no such follow-up or states no fact.
 */
export function personAgain(
  message: string,
  last: LastPerson,
  today: Date,
  justChecked = false,
): { profile: Profile; programme?: Programme; aim?: Aim; someoneElse?: true } | undefined {
  const text = normalizeText(message);
  // « elle aura 16 ans début mars, c'est quand la prochaine info coll ? » asks the agenda.
  const agenda = parseAgendaQuery(message, today);
  if (agenda?.types || agenda?.kind === 'sessions') return undefined;
  // « il a jamais travaillé, on part sur quel volet ? » adds a fact to ask something else.
  const added = justChecked && !ASKS_SOMETHING_ELSE.test(text) ? ADDED_FACT.exec(text) : null;
  const correction = CORRECTION.exec(text) ?? SAME_PERSON.exec(text) ?? added;
  const start = correction ?? WHAT_IF.exec(text);
  if (!start) {
    const named = anotherProgramme(text, justChecked) ? sessionDispositifIn(text) : undefined;
    return named && named !== last.programme ? { profile: last.profile, programme: named } : undefined;
  }
  // Read without the « si » that makes a condition of what follows, and without the relative named.
  // « si elle était au RSA », « s'il avait 17 ans »: the tense of a supposition, read as the present.
  const said = text
    .slice(start[0].length)
    .replace(RELATIVE_AGED, ' $1 ans')
    .replace(SOMEONE_ELSE, ' ')
    // « et à 16 ? » after an age: that age.
    .replace(/^(\d{1,2})$/, '$1 ans')
    .replace(/\betait\b/g, 'est')
    .replace(/\bavait\b/g, 'a')
    .replace(/\betaient\b/g, 'sont')
    // « quand il aura 16 ans », « quand il aura 16 en avril », « il aura 16 ans le 2 avril »: the future,
    // read as the present (its day no birthday to count from).
    .replace(/\baura (\d{1,2}) ?ans? le (?:\d{1,2}|1er) [a-z]+\b/g, 'a $1 ans')
    .replace(/\baura (\d{1,2})\b(?! ?ans?\b)/g, 'a $1 ans')
    .replace(/\baura\b/g, 'a')
    .replace(/\bsera\b/g, 'est');
  const stated = extractProfile(said, { today });
  const left = leaving(said, last.profile);
  if (Object.keys(stated.profile).length === 0 && !left && !stated.aim) return undefined;
  // A correction names a relative only to say who was confused with whom: it is the same person.
  const relative = !correction && SOMEONE_ELSE.test(text) && !SAME_SITUATION.test(text);
  const profile = relative ? stated.profile : { ...last.profile, ...left, ...stated.profile };
  // « et si elle signe un PEC ? »: then it is Compétences PEC that she may enter.
  const programme =
    stated.programme ?? (stated.profile.pecContract === true ? 'competences-pec' : last.programme);
  // « il veut surtout bosser son projet pro »: what the person needs, which says the volet.
  const aim = stated.aim ? { aim: stated.aim } : {};
  // « et pour sa sœur de 19 ans ? »: another person, whose check is no hypothesis on the first.
  const other = relative ? { someoneElse: true as const } : {};
  return programme ? { profile, programme, ...aim, ...other } : { profile, ...aim, ...other };
}
