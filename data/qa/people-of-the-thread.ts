import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DISPOSITIFS } from '../catalogue/dispositifs.js';
import { impliedProgramme, prepaFit, ProfileSchema, PROGRAMMES } from '../eligibility.js';
import { extractProfile, programmesNamedInOrder } from '../eligibility-extraction.js';
import { RELATIONS, relationOf, type PersonDescribed } from './several-people.js';
import { foldAccents, normalizeText } from './normalize.js';
import { CONTEXT_LIFETIME_MS } from './follow-up.js';

/**
 * « 2 dossiers : Mme A…, M. B… » answered person by person, then « pour Mme A, ça dure combien ? »,
 * « et pour l'autre ? », « je commence par prescrire M. B »: each one taken up again, with the
 * programme they fit. Their anonymous facts are kept, and how they were named only as a digest
 * keyed with a secret of this process, which the thread's memory never holds: a name typed again
 * can be matched, none can be read back.
 */
export const PeopleOfTheThreadSchema = z.object({
  people: z
    .array(
      z.object({
        /** The digest of how the référent named them (« Mme A », « Kevin »), if they did. */
        key: z.string().max(16).optional(),
        /** « la sœur », « le fils »: how the référent said they are related, to take them up by it. */
        relation: z.enum(RELATIONS).optional(),
        profile: ProfileSchema,
        programme: z.enum(PROGRAMMES).optional(),
      }),
    )
    .max(3),
  /** The one last taken up: « l'autre » is the one that is not. */
  current: z.number().int().min(0).max(2).optional(),
  at: z.string(),
});
export type PeopleOfTheThread = z.infer<typeof PeopleOfTheThreadSchema>;

/** The people described, as stored with the thread, while the thread lasts (30 minutes of silence). */
export function livePeople(stored: unknown, now: Date): PeopleOfTheThread | undefined {
  const parsed = PeopleOfTheThreadSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  return now.getTime() - Date.parse(parsed.data.at) <= CONTEXT_LIFETIME_MS ? parsed.data : undefined;
}
export type PersonOfTheThread = PeopleOfTheThread['people'][number];

const TITLE = '(?:monsieur|madame|mademoiselle|mme|mlle|mr|m)';
const TITLED = new RegExp(`^${TITLE}\\.?\\s+([a-z][a-z-]*)$`);
const TITLED_IN_TEXT = new RegExp(`\\b(${TITLE})\\.?\\s+([a-z][a-z-]*)\\b`, 'g');

function canonicalTitle(title: string): string {
  if (/^(?:monsieur|mr|m)$/.test(title)) return 'm';
  return /^(?:madame|mme)$/.test(title) ? 'mme' : 'mlle';
}

/** Drawn once per process: the thread lives in this process's memory, for 30 minutes. */
const SECRET = randomBytes(32);

function digest(name: string): string {
  return createHmac('sha256', SECRET).update(name).digest('hex').slice(0, 16);
}

/** « Mme A », « M. B », « mr b » meet; « Kevin » is a first name. */
function keyOf(label: string): string {
  const folded = foldAccents(label).trim();
  const titled = TITLED.exec(folded);
  if (!titled) return digest(folded);
  const title = folded.slice(0, folded.search(/[.\s]/));
  return digest(`${canonicalTitle(title)} ${titled[1]}`);
}

/** The programme each person fits, as their result said it: the one asked, their contract's or age's, or their story's. */
export function peopleOfTheThread(people: readonly PersonDescribed[], now: Date): PeopleOfTheThread {
  return {
    people: people.map((person) => {
      const programme =
        person.programme ??
        impliedProgramme(person.profile) ??
        (prepaFit(person.profile, person) ? 'prepa-competences' : undefined);
      return {
        ...(person.label ? { key: keyOf(person.label) } : {}),
        ...(person.relation ? { relation: person.relation } : {}),
        profile: person.profile,
        ...(programme ? { programme } : {}),
      };
    }),
    at: now.toISOString(),
  };
}

/**
 * « pour la première, … », « et l'autre ? », « la 2e elle peut… »: one of them by their rank, said
 * first. « le premier volet », « l'autre atelier » are no one.
 */
const RANKED = new RegExp(
  String.raw`^((?:(?:et|ok|bon|alors|sinon|maintenant|merci)\s+)*(?:pour\s+|concernant\s+|quant\s+a\s+)?)(?:la\s+|le\s+|l\s+)?(premiere?|1ere|1re|deuxieme|2e|2eme|2nde|seconde?|troisieme|3e|3eme|autre)(?:\s+(?:personne|dossier|situation|cas|dame|monsieur|jeune|mr|mme))?(?=\s*(?:[,:;?!]|$)|\s+(?:elle|il|lui|c est|c|ca)\b)`,
);
const RANKS: Record<string, number> = {
  premier: 0,
  premiere: 0,
  '1ere': 0,
  '1re': 0,
  deuxieme: 1,
  '2e': 1,
  '2eme': 1,
  '2nde': 1,
  second: 1,
  seconde: 1,
  troisieme: 2,
  '3e': 2,
  '3eme': 2,
};

/**
 * The person of the thread a message names, and the message with them replaced by the programme they
 * fit (« pour Mme A, ça dure combien ? » → « pour Prépa Compétences, ça dure combien ? »), or left out
 * when it names a programme itself or they fit none yet.
 */
export function personTakenUp(
  message: string,
  thread: PeopleOfTheThread,
): { index: number; person: PersonOfTheThread; text: string } | undefined {
  // The folded message is what is read on (its case and accents matter to no reading).
  const said = foldAccents(message).replace(/['’]/g, ' ');
  const found =
    namedIn(message, said, thread) ??
    rankedIn(said, thread) ??
    relatedIn(said, thread) ??
    byAgeIn(said, thread);
  if (!found) return undefined;
  const person = thread.people[found.index]!;
  const rest = `${said.slice(0, found.start)}${said.slice(found.end)}`;
  const named = programmesNamedInOrder(normalizeText(rest)).length > 0;
  // « et la mère, elle est au RSA »: a fact told of them, with which they are checked again; « le fils il est
  // pas ASE, c'est qui qui l'oriente ? » asks of their programme.
  const told = Object.keys(extractProfile(rest).profile).length > 0 && !ASKS_SOMETHING.test(rest);
  const programme =
    person.programme && !named && !told
      ? DISPOSITIFS.find((d) => d.id === person.programme)?.name
      : undefined;
  const text = programme
    ? `${said.slice(0, found.start)}${programme}${said.slice(found.end)}`
    : rest.replace(/\b(?:pour|et pour)\s*(?=[,:?]|$)/i, ' ');
  return { index: found.index, person, text: text.replace(/\s+/g, ' ').trim() };
}

const ASKS_SOMETHING = /\?|\b(qui|quoi|comment|combien|cb|quand|qd|quel\w*|pourquoi)\b/;

type Found = { index: number; start: number; end: number };

/**
 * « Mme A », « M. B », « Kevin »: a name the référent gave one of them. A bare « m » is a title only
 * as « M » (« il m'a dit » names no one), a first name only capitalised, as it was described.
 */
function namedIn(message: string, folded: string, thread: PeopleOfTheThread): Found | undefined {
  if (!thread.people.some((p) => p.key)) return undefined;
  const at = (key: string) => thread.people.findIndex((p) => p.key === key);
  for (const match of folded.matchAll(TITLED_IN_TEXT)) {
    if (match[1] === 'm' && message[match.index] !== 'M') continue;
    const index = at(digest(`${canonicalTitle(match[1]!)} ${match[2]}`));
    if (index >= 0) return { index, start: match.index, end: match.index + match[0].length };
  }
  for (const match of folded.matchAll(/\b[a-z][a-z-]{2,}\b/g)) {
    if (!/\p{Lu}/u.test(message[match.index] ?? '')) continue;
    const index = at(digest(match[0]));
    if (index >= 0) return { index, start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** What comes before a person taken up: « et », « ok », « pour », « concernant »… */
const LEAD = String.raw`^((?:(?:et|ok|bon|alors|sinon|maintenant|merci|du coup)\s+)*(?:pour\s+|concernant\s+|quant\s+a\s+)?)`;
const RELATED = new RegExp(`${LEAD}((?:la|le|l|sa|son)\\s+[a-z]+|lui|elle)\\b`);

/** « et la sœur ? », « pour le fils, … »: the one described with that relation. */
function relatedIn(folded: string, thread: PeopleOfTheThread): Found | undefined {
  const related = RELATED.exec(folded);
  const relation = related ? relationOf(related[2]!) : undefined;
  if (!related || !relation) return undefined;
  const index = thread.people.findIndex((p) => p.relation === relation);
  return index < 0 ? undefined : { index, start: related[1]!.length, end: related[0].length };
}

const OF_AGE = new RegExp(
  `${LEAD}(?:celui|celle|le|la|l)\\s+(?:(?:jeune|fille|garcon|dame|monsieur|personne)\\s+)?de\\s+(\\d{1,2})\\s?ans\\b`,
);
const YOUNGEST = new RegExp(`${LEAD}(?:le|la|l)\\s+(?:plus jeune|cadet|cadette|petit|petite)\\b`);
const ELDEST = new RegExp(
  `${LEAD}(?:le|la|l)\\s+(?:plus (?:grand|grande|age|agee|vieux|vieille)|aine|ainee|grand|grande)\\b`,
);

/** « et celle de 20 ans ? », « le plus jeune », « l'aînée »: the one of that age, or the youngest or eldest of those whose age is known. */
function byAgeIn(folded: string, thread: PeopleOfTheThread): Found | undefined {
  const ages = thread.people.map((p) => p.profile.age);
  const found = (match: RegExpExecArray, index: number): Found | undefined =>
    index < 0 ? undefined : { index, start: match[1]!.length, end: match[0].length };
  const ofAge = OF_AGE.exec(folded);
  if (ofAge) return found(ofAge, ages.indexOf(Number(ofAge[2])));
  if (ages.some((age) => age === undefined) || new Set(ages).size < ages.length) return undefined;
  const known = ages as number[];
  const youngest = YOUNGEST.exec(folded);
  if (youngest) return found(youngest, known.indexOf(Math.min(...known)));
  const eldest = ELDEST.exec(folded);
  return eldest ? found(eldest, known.indexOf(Math.max(...known))) : undefined;
}

function rankedIn(folded: string, thread: PeopleOfTheThread): Found | undefined {
  const ranked = RANKED.exec(folded);
  if (!ranked) return undefined;
  const word = ranked[2]!;
  const index =
    word === 'autre'
      ? thread.people.length === 2 && thread.current !== undefined
        ? 1 - thread.current
        : undefined
      : RANKS[word];
  if (index === undefined || index >= thread.people.length) return undefined;
  return { index, start: ranked[1]!.length, end: ranked[0].length };
}
