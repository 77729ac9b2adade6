import type { DispositifId } from '../catalogue/schema.js';
import { leftOutIn, withoutSpans } from './left-out.js';
import { plainWords } from './normalize.js';

/**
 * « quels dispositifs pour un allocataire du RSA ? », « y a quoi pour les jeunes ? »: what the
 * agreement offers a public, when no programme is named. Each public's programmes are those
 * whose audience, in the catalogue, names it (checked by a test against the catalogue).
 */
export const AUDIENCES = {
  ase: {
    label: 'les jeunes confiés à l’ASE',
    words: /\b(ase|aide sociale a l enfance)\b/,
    programmes: ['promo-16-18'],
  },
  pec: {
    label: 'les salariés en contrat PEC',
    words:
      /\b((contrats?|salariee?s?|personnes?|gens) (en |sous )?(contrat )?pec|parcours emploi competences?)\b/,
    programmes: ['competences-pec'],
  },
  siae: {
    label: 'les salariés des SIAE',
    words: /\b(siae|chantiers? d insertion|aci|structures? d insertion|cddi)\b/,
    programmes: ['rsfp', 'formation-droit-commun'],
  },
  french: {
    label: 'les personnes qui débutent en français',
    words:
      /\b(primo arrivante?s?|(parle|parlent|maitrise|maitrisent) (pas|peu|mal) (bien )?(le )?francais|debutante?s? en francais|allophones?)\b/,
    programmes: ['francais-visee-pro'],
  },
  rsa: {
    label: 'les allocataires du RSA',
    words: /\b(b?rsa|allocataires?)\b/,
    programmes: ['prepa-competences', 'competences-pec', 'formation-droit-commun'],
  },
  young: {
    label: 'les jeunes de 16 à 18 ans',
    words: /\b(jeunes?|mineure?s?|decrocheu(r|rs|se|ses)|ados?|adolescente?s?)\b/,
    programmes: ['promo-16-18'],
  },
  jobseekers: {
    label: 'les demandeurs d’emploi',
    words: /\bdemandeu(r|rs|se|ses) d emploi\b/,
    programmes: ['prepa-competences'],
  },
} as const satisfies Record<string, { label: string; words: RegExp; programmes: readonly DispositifId[] }>;

export type Audience = keyof typeof AUDIENCES;

/** « y a quoi », « quels dispositifs », « on peut lui proposer quoi », « l'autre dispositif »: what there is, asked. */
const WHAT_THERE_IS =
  /\b(quel(le)?s? (dispositifs?|formations?|programmes?|actions?|offres?|parcours|solutions?|accompagnements?|possibilites?)|(y a|il y a|ya|y aurait|existe|on a|vous avez|l afpa a|t as|avez vous) (quoi|qqch|quelque chose|d autres?)|qu est ce qu (il y a|on a|on peut|existe)|(on|je|vous) (peut|peux|pourrait|pourrais|pouvez) (lui |leur )?proposer quoi|quoi (proposer|comme (dispositifs?|formations?|programmes?|accompagnements?))|c est quoi les (dispositifs?|formations?|programmes?)|(l |un |d )?autres? (dispositifs?|programmes?)|autre chose|quoi pour (un|une|les|des|mes|nos|mon|ma|ce|cette|ces)|(des|les) (formations?|dispositifs?|programmes?|actions?) pour)\b/;

export type ProgrammesForAPublic = {
  kind: 'forPublic';
  audience: Audience;
  /** In the catalogue's order, those left out (« à part la prépa ») taken away. */
  programmes: DispositifId[];
  leftOut: DispositifId[];
};

/**
 * The programmes for the public a message names, when it asks what there is and names no
 * programme but those it leaves out. `named` finds the programme a run of words names.
 */
export function programmesForAPublic(
  message: string,
  named: (words: string) => DispositifId | undefined,
): ProgrammesForAPublic | undefined {
  // « autre chose que la prépa ? » asks what there is in the words it leaves out.
  if (!WHAT_THERE_IS.test(plainWords(message))) return undefined;
  const spans = leftOutIn(message, named);
  const kept = plainWords(withoutSpans(message, spans));
  const audience = (Object.keys(AUDIENCES) as Audience[]).find((a) => AUDIENCES[a].words.test(kept));
  // « pour les jeunes » is how some name La Promo: the public's own words name no programme here.
  if (!audience || named(kept.replace(AUDIENCES[audience].words, ' ')) !== undefined) return undefined;
  const leftOut = spans.map((span) => span.named);
  return {
    kind: 'forPublic',
    audience,
    programmes: AUDIENCES[audience].programmes.filter((p) => !leftOut.includes(p)),
    leftOut,
  };
}
