import { extractProfile, programmesNamedInOrder, type ExtractedProfile } from '../eligibility-extraction.js';
import { foldAccents, normalizeText } from './normalize.js';
import { detectAspects } from './aspect.js';
import { recognizeScopeQuestion } from './scope.js';
import { parseAgendaQuery } from '../agenda/agenda-query.js';
import type { Programme } from '../eligibility.js';

/**
 * « 2 jeunes ASE : une de 16 ans en CAP, et un de 17 ans qui fait rien. promo pour les 2 ? »:
 * a référent who follows a family or a caseload describes several people at once. Each is
 * read on their own facts, with those said of all of them, for the programme asked for them.
 */

/**
 * The référent says there are several: « deux jeunes », « 2 situations », « pour les 2 », « 1) … 2) … »,
 * « un truc pour chacun ? », « une BRSA de 30 ans et son fils de 17 ans », « …, ASE tous les deux ».
 */
const SEVERAL =
  /\b(un |le |une |la |des |les )?(couple|fratrie|jumeaux|jumelles)\b|\b(tous|toutes) (les )?(2|deux|3|trois)\b(?! (jours|semaines|mois|ans))|\bpour (lesquels|lesquelles|lequel|laquelle)\b|\b(2|deux|3|trois) (jeunes|personnes|situations|dossiers|cas|profils|allocataires|beneficiaires|brsa|usagers|ados)\b|\b(?:1[4-9]|[2-9]\d)(?: ?ans)?(?:, ?(?:1[4-9]|[2-9]\d)(?: ?ans)?)* (?:et|&) (?:1[4-9]|[2-9]\d) ?ans\b|\b(pour|pr) (les|tous les) (2|deux|3|trois)\b|\bles (2|deux) (peuvent|pourraient|ca passe)\b|(^|\s)1\s?\)|\bpour chacune?\b|(?:\bet|\bavec|\+) (son|sa) (fils|fille|mere|pere|maman|papa|conjointe?|mari|femme|frere|soeur|compagnon|compagne)\b.*\b\d{1,2} ?(ans|a)\b|\b\d{1,2} ?ans\b.*\bet (un |une |l |le |la |sa |son )?(ados?|jeunes?|brsa|dame|monsieur|homme|femme|mineure?|majeure?|soeur|frere|frangine?|mere|pere|fils|fille)\b( \w+){0,3} \d{1,2} ?ans\b/;
/** « 1) mr 55 ans … ; 2) sa fille … »: an enumeration. */
const NUMBERED = /(?:^|\s)\d\s?\)\s*/;
/**
 * Where the next person starts: « ; », « + sa fille 17a », « , et un de 17 ans », « , une de 16 ans », « et mme B », « avec sa fille »,
 * « l'un 17 ans…, l'autre 15 ans » (« lun », « lautre » on a phone), « …, au RSA tous les 2 » (said of each).
 */
const NEXT_PERSON =
  /\s*;\s*|,\s+(?=\d (?!ans\b|a\b)[a-z])|,?\s+(?:et\s+)?(?=l ?autre\s(?!\d{1,2} ?(?:ans|a)\b))|\s*\+\s*(?=(?:son|sa|un|une|le|la|mr|mme|m|monsieur|madame)\s)|,?\s+et\s+(?=(?:un |une |l |le |la )?(?:ados?|jeunes?|brsa|dame|monsieur|homme|femme|mineure?|majeure?)\b(?: \w+){0,3} \d{1,2} ?ans\b)|,?\s+(?=l ?(?:un|une|autre) \d{1,2} ?(?:ans|a)\b)|,?\s+avec\s+(?=(?:son|sa) (?:fils|fille|mere|pere|maman|papa|frere|soeur|conjointe?|mari|femme|compagnon|compagne)\b)|,?\s+et\s+(?=(?!(?:depuis|pendant|dans|plus|moins|environ|presque|bientot|de|a|en|au|sur|pour|sous|apres|avant)\b)[a-z]+ \d{1,2} ?(?:ans|a)\b)|,?\s+et\s+(?=(?:un|une|l|le|la|son|sa|mr|mme|m|monsieur|madame)\s)|,\s+(?=(?:un|une|mr|m\.|mme|mlle|monsieur|madame|son|sa|l autre|lui|elle)\s)|\s+(?=(?:et )?(?:lui|elle) \d{1,2}\b)|,\s+(?=(?:tous|toutes) )|,\s+(?=[^,;]*\b(?:tous|toutes) (?:les )?(?:2|deux|3|trois)\b)|\s+(?=(?:au|a l|a la|en|sans) [a-z]+(?: [a-z]+)? (?:tous|toutes) (?:les )?(?:2|deux|3|trois)\b)|,\s+(?=(?:le|la|l|sa|son) (?:grand|grande|petit|petite|aine|ainee|cadet|cadette|plus jeune|plus grand|plus grande|mere|pere|maman|papa|fils|fille|soeur|frere|mari|femme|conjointe?)\b)|,\s+(?=(?!(?:depuis|pendant|dans|plus|moins|environ|presque|bientot|de|a|en|au|sur|pour|sous|apres|avant|il|elle|qui)\b)[a-z]{3,} \d{1,2} ?(?:ans|a)\b)/;
/** A relative named first is the person described here, not someone else: « la mère BRSA 44 ans ». */
const RELATIVE_FIRST =
  /^\s*(?:(?:la |le |sa |son |une |un |l )?(?:mere|pere|maman|papa|fils|fille|soeur|frere|conjointe?|mari|femme|grande?|petite?|ainee?|cadette?|plus jeune)|lui|elle)\b/;
const MAX_PEOPLE = 3;
/** « M. Lopez 45a… », « Mme B brsa… », « Kevin 16 ans… »: how the référent names each person, said back on their card. */
const NAMED =
  /\b(?:(?:[Mm]|[Mm]r|[Mm]me|[Mm]lle|[Mm]onsieur|[Mm]adame)\.? [A-ZÉ][\p{Ll}-]*|[A-ZÉ]\p{Ll}+(?= \d{1,2} ?(?:ans|a)\b))/gu;

/** « tom 15a » at the head of a person's part: a first name typed in lower case… */
const TYPED_NAME = /^([a-z]{3,})(?= \d{1,2} ?(?:ans|a)\b)/;
/** …unless it is a word that describes someone. */
const NOT_A_NAME =
  /^(jeunes?|filles?|garcons?|gamine?s?|dames?|monsieur|madame|fils|freres?|soeurs?|personnes?|ados?|mineure?s?|majeure?s?|brsa|rsa|ase|mere|pere|maman|papa|femme|mari|enfant|cousine?|autre|lautre|lun|lune|homme|mec|nana|une|uns?)$/;

/** How the référent says they are related (« la sœur 22 ans… », « et son fils 16 ans »): a word, not a name. */
const RELATION_WORDS = {
  mere: 'mere',
  maman: 'mere',
  pere: 'pere',
  papa: 'pere',
  fils: 'fils',
  fille: 'fille',
  soeur: 'soeur',
  frangine: 'soeur',
  frere: 'frere',
  frangin: 'frere',
  mari: 'mari',
  femme: 'femme',
  conjoint: 'conjoint',
  conjointe: 'conjointe',
  compagnon: 'conjoint',
  compagne: 'conjointe',
  // « un couple au RSA : lui en PEC…, elle sans emploi »
  lui: 'lui',
  elle: 'elle',
} as const;
export const RELATIONS = [
  'lui',
  'elle',
  'mere',
  'pere',
  'fils',
  'fille',
  'soeur',
  'frere',
  'mari',
  'femme',
  'conjoint',
  'conjointe',
] as const;
export type Relation = (typeof RELATIONS)[number];
const RELATION_TITLES: Record<Relation, string> = {
  lui: 'Lui',
  elle: 'Elle',
  mere: 'La mère',
  pere: 'Le père',
  fils: 'Le fils',
  fille: 'La fille',
  soeur: 'La sœur',
  frere: 'Le frère',
  mari: 'Le mari',
  femme: 'La femme',
  conjoint: 'Le conjoint',
  conjointe: 'La conjointe',
};
const RELATION_AT_START = new RegExp(
  `^\\s*(?:(?:et|avec|\\+)\\s+)?(?:la |le |l |sa |son |une |un )?(${Object.keys(RELATION_WORDS).join('|')})\\b`,
);

/** The relation a person's part starts with, or that a follow-up takes them up by (« et la sœur ? »). */
export function relationOf(text: string): Relation | undefined {
  const word = RELATION_AT_START.exec(text)?.[1];
  return word ? RELATION_WORDS[word as keyof typeof RELATION_WORDS] : undefined;
}

/** A person described among several, with how the référent named them, if they did, or how they are related. */
export type PersonDescribed = ExtractedProfile & { label?: string; relation?: Relation };

/** The title of a person's card: the name given, how they are related, or their rank. */
export function personTitle(person: PersonDescribed, index: number): string {
  return person.label ?? (person.relation ? RELATION_TITLES[person.relation] : `Personne ${index + 1}`);
}

export function severalPeople(message: string, today: Date): PersonDescribed[] | undefined {
  const text = foldAccents(message).replace(/['’]/g, ' ');
  if (!SEVERAL.test(text)) return undefined;
  // « M. Diallo »: a title's full stop ends no sentence.
  const sentences = text.split(/(?<=[.!?])(?<!\b(?:m|mr|mme|mlle)\.)\s+/).filter(Boolean);
  // The question asked of them all ends the message: « … promo pour les 2 ? ».
  // « 1) … promo ? 2) … compet PEC ? »: each numbered item asks its own question; none ends them all.
  const eachAsks = sentences.length > 1 && NUMBERED.test(` ${sentences.at(-1)!}`);
  // « … prepa pour les deux ? quel volet ? »: every question at the end, the description before them.
  let asking = sentences.length > 1 && !eachAsks ? 1 : 0;
  while (asking > 0 && asking < sentences.length - 1 && sentences.at(-asking - 1)!.endsWith('?')) asking++;
  const question = asking > 0 ? sentences.slice(-asking).join(' ') : text;
  // « …, c quand les sessions ? », « …, la promo peut se faire à distance ? »: the dates or a fact of the programme asked, not a check.
  if (asksSomethingOfTheProgramme(asking > 0 ? question : (question.split(/,\s+/).at(-1) ?? question), today))
    return undefined;
  const description = asking > 0 ? sentences.slice(0, -asking).join(' ') : text;
  // What is said before the colon is said of each: « 2 jeunes ASE : … ».
  // « mme L 41 ans…, et son fils 16 ans… : qu'est-ce qui existe pour chacun ? »: a colon before the question is no heading.
  const afterColon = description.slice(description.indexOf(':') + 1);
  // « un couple au RSA : lui en PEC…, elle sans emploi »: each one after the colon, as with their ages.
  const colon =
    /\b\d{1,2} ?(ans|a)\b/.test(afterColon) ||
    /^\s*(lui|elle|l un|l une|un|une|mr|mme|monsieur|madame|\d(?! ?(ans|a)\b))\s/.test(afterColon)
      ? description.indexOf(':')
      : -1;
  // « couple au RSA. lui en PEC…, elle sans emploi… »: a first sentence that says they are several is said of each.
  // « Mr B 52a… + son fils 16a…. je peux orienter les 2 ? sur quoi ? »: a first sentence that gives each one's age is no heading.
  const opening =
    sentences.length > 2 &&
    SEVERAL.test(sentences[0]!) &&
    (sentences[0]!.match(/\b\d{1,2} ?(ans|a)\b/g) ?? []).length < 2
      ? sentences[0]!.length
      : -1;
  const cut = colon >= 0 ? colon : opening;
  const shared = cut >= 0 ? description.slice(0, cut) : '';
  const body = cut >= 0 ? description.slice(cut + 1) : description;
  const parts = (NUMBERED.test(body) ? body.split(NUMBERED) : body.split(NEXT_PERSON))
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({
      text: part.replace(RELATIVE_FIRST, 'la personne').trim(),
      relation: relationOf(part),
    }))
    // « une mère et sa fille au RSA, la mère en PEC…, la fille 20 ans… »: named first together, then each
    // on her own; what is said the first time is said of both.
    .map((part, i, all): Part =>
      part.relation && all.slice(i + 1).some((later) => later.relation === part.relation)
        ? { ...part, ofAll: true }
        : part,
    );
  const common = extractProfile([shared, ...parts.filter(saidOfAll).map((part) => part.text)].join(', '), {
    today,
  }).profile;
  const people: PersonDescribed[] = (
    sameButTheirAges(body, today) ??
    withoutFactsJoined(
      leftSchoolBesideSchool(
        relatedToTheOther(parts.filter((part) => !saidOfAll(part)))
          // « lui 30 ans elle 27 »: the second age is in years too.
          .map((part) => ({ ...part, text: part.text.replace(/^(la personne \d{1,2})$/, '$1 ans') })),
      ),
      today,
    )
      .map(({ text, relation }) => ({
        ...extractProfile(text, { today }),
        ...(relation ? { relation } : {}),
      }))
      .filter((person) => Object.keys(person.profile).length > 0)
  ).map((person) => ({ ...person, profile: { ...common, ...person.profile } }));
  if (people.length < 2 || people.length > MAX_PEOPLE) return undefined;
  // Each person gets the programme asked for them, in the order asked, unless the other order is the
  // one their ages fit: « une maman de 40 ans et son fils de 16 ans, promo et prépa ? ».
  const named = programmesNamedInOrder(normalizeText(question));
  const asked =
    named.length === 2 &&
    people.length === 2 &&
    misfits(named, people) > misfits([...named].reverse(), people)
      ? [...named].reverse()
      : named;
  // Named in the message as typed (its case is lost in the text read): one name a person, in order.
  // « Femme 45 ans…, Homme 50 ans… »: words that describe someone are no names.
  const names = (message.match(NAMED) ?? []).filter((name) => !NOT_A_NAME.test(foldAccents(name)));
  // « tom 15a, sarah 17a… »: first names typed in lower case, at the head of each one's description.
  const typed = parts
    .filter((part) => !saidOfAll(part))
    .map((part) => TYPED_NAME.exec(part.text)?.[1])
    .filter((name): name is string => name !== undefined && !NOT_A_NAME.test(name))
    .map((name) => name.charAt(0).toUpperCase() + name.slice(1));
  const labels = names.length === people.length ? names : typed.length === people.length ? typed : [];
  return people.map((person, i) => {
    const programme =
      asked.length === 1 ? asked[0] : asked.length === people.length ? asked[i] : person.programme;
    const label = labels.length > 0 ? { label: labels[i]! } : {};
    return { ...person, programme, asksEligibility: true, ...label };
  });
}

const AT_SCHOOL = /\b(lycee|college|ecole|scolaris\w*)\b/;
const STOPPED =
  /\b(a|avait) (arrete|lache|quitte|abandonne|stoppe)\b(?! (de|le|la|les|l|son|sa|ses|un|une|d)\b)/;

/** « un toujours au collège, l'autre a arrêté en octobre »: what the other stopped is school. */
function leftSchoolBesideSchool(parts: readonly Part[]): Part[] {
  if (!parts.some((part) => AT_SCHOOL.test(part.text))) return [...parts];
  return parts.map((part) =>
    STOPPED.test(part.text) && !AT_SCHOOL.test(part.text)
      ? { ...part, text: `${part.text}, a quitte l ecole` }
      : part,
  );
}

/**
 * « Mme A 52 ans au RSA, elle sait pas quel métier faire ; M. B… »: a part that states no fact of its own
 * (« elle sait pas quel métier faire ») goes on with the person before it, whose story it tells.
 */
function withoutFactsJoined(parts: readonly Part[], today: Date): Part[] {
  const joined: Part[] = [];
  for (const part of parts) {
    const factless = Object.keys(extractProfile(part.text, { today }).profile).length === 0;
    const last = joined.at(-1);
    if (factless && last) joined[joined.length - 1] = { ...last, text: `${last.text}, ${part.text}` };
    else joined.push(part);
  }
  return joined;
}

/** How many people a programme, given in order, does not fit by age: the Promo is for 16 and 17, Prépa Compétences for adults. */
function misfits(programmes: readonly Programme[], people: readonly ExtractedProfile[]): number {
  return people.filter(({ profile: { age } }, i) => {
    if (age === undefined) return false;
    return programmes[i] === 'promo-16-18' ? age >= 18 : programmes[i] === 'prepa-competences' && age < 18;
  }).length;
}

/** « 2 frères ASE, 16 et 19 ans, les 2 décrocheurs », « 3 jeunes : 17 ans, 19 ans et 24 ans »: one description, and each one's age. */
// Children's ages (« 2 enfants de 3 et 7 ans ») are no one to check: 14 and over only.
const AGES =
  /\b(?:1[4-9]|[2-9]\d)(?: ?ans)?(?:, ?(?:1[4-9]|[2-9]\d)(?: ?ans)?)* (?:et|&) (?:1[4-9]|[2-9]\d) ?ans\b/;

function sameButTheirAges(description: string, today: Date): ExtractedProfile[] | undefined {
  const ages = AGES.exec(description);
  if (!ages) return undefined;
  const said = extractProfile(description.replace(AGES, ' '), { today });
  return ages[0]
    .match(/\d{1,2}/g)!
    .map((age) => ({ ...said, profile: { ...said.profile, age: Number(age) } }));
}

/** « un couple de BRSA », « 2 jeunes ASE », « tous les 2 sans emploi »: a description of them all, not the question asked of them. */
const OF_ALL =
  /\b(un |le )?couple\b|\b(des |les )?(jumeaux|jumelles)\b|\b(2|deux|3|trois) (jeunes|personnes|allocataires|beneficiaires|brsa|usagers|ados)\b|\b(tous|toutes) (les )?(2|deux|3|trois)\b/;

function saidOfAll(part: Part): boolean {
  return part.ofAll === true || OF_ALL.test(part.text);
}

/** « lesquels ? », « c'est possible ? », « pour qui ? »: whether they can enter, asked beside anything else. */
const WHETHER_THEY_CAN =
  /\b(possible|eligibles?|lesquel(le)?s|lequel|laquelle|pour qui|ok pour|ca passe|ca colle)\b/;
/** « prépa pour les deux ? quel volet ? »: a programme's fact asked of each of them, which each one's check answers. */
const OF_EACH = /\b(pour (les|tous les) (deux|2|3|trois)|pour (eux|elles|chacune?)|chacune?)\b/;

function asksSomethingOfTheProgramme(asked: string, today: Date): boolean {
  const normal = normalizeText(asked);
  if (WHETHER_THEY_CAN.test(normal)) return false;
  // « mes 2 jeunes de 19 et 22 ans, le CEJ de la ML ça marche comment ? »: outside the agreement, whoever asks.
  if (recognizeScopeQuestion(asked)?.kind === 'out_of_scope') return true;
  if (parseAgendaQuery(asked, today)) return true;
  return (
    !OF_EACH.test(normal) &&
    detectAspects(asked).some((aspect) => !['overview', 'audience', 'prescription'].includes(aspect))
  );
}

/** One person's words, and how the référent said they are related. */
type Part = { text: string; relation?: Relation | undefined; ofAll?: true };

const FEMALE =
  /^\s*(mme|madame|mlle|mademoiselle|une (femme|dame|mere|maman|jeune femme|fille)|la (femme|dame|mere|maman)|elle)\b/;
const MALE =
  /^\s*(mr|m|monsieur|un (homme|monsieur|pere|papa|jeune homme|garcon)|l homme|le (monsieur|pere|papa)|lui)\b/;
/** What the first of two is to the second, by the second's relation to them and the first's sex. */
const INVERSE: Partial<Record<Relation, { female: Relation; male: Relation }>> = {
  fils: { female: 'mere', male: 'pere' },
  fille: { female: 'mere', male: 'pere' },
  soeur: { female: 'soeur', male: 'frere' },
  frere: { female: 'soeur', male: 'frere' },
  mari: { female: 'femme', male: 'conjoint' },
  femme: { female: 'conjointe', male: 'mari' },
  conjoint: { female: 'conjointe', male: 'conjoint' },
  conjointe: { female: 'conjointe', male: 'conjoint' },
};

/** « mme 52a + son fils 17a »: she is the mother, and her card is titled so. */
function relatedToTheOther(parts: readonly Part[]): Part[] {
  if (parts.length !== 2) return [...parts];
  const [first, second] = parts as [Part, Part];
  const inverse = !first.relation && second.relation ? INVERSE[second.relation] : undefined;
  const sex = FEMALE.test(first.text) ? 'female' : MALE.test(first.text) ? 'male' : undefined;
  return inverse && sex ? [{ ...first, relation: inverse[sex] }, second] : [...parts];
}
