import { normalizeText } from '../qa/normalize.js';
import type { Aspect, Dispositif, Fact } from './schema.js';

/** What the catalogue says about one aspect of a dispositif, ready to be shown. */
export type AspectFacts = {
  aspect: Aspect;
  heading: string;
  /** Empty when the agreement says nothing about it: `missing` then says so. */
  lines: string[];
  sources: string[];
  missing?: string;
};

export const ASPECT_HEADINGS: Record<Aspect, string> = {
  overview: 'En bref',
  duration: 'Durée',
  audience: 'Pour qui',
  content: 'Contenu',
  phases: 'Déroulement',
  modality: 'Lieu, sur place ou à distance',
  prescription: 'Comment prescrire',
  target: 'Objectif chiffré',
  comparison: 'À quoi il sert et pour qui',
};

/** « de Prépa Compétences », « d’Open Badges »: French elides « de » before a vowel. */
const of = (name: string) => (/^[aeiouyéèêàâîôûh]/i.test(name) ? `d’${name}` : `de ${name}`);

/** "L'accord ne précise pas …" sentences: the bot says what it does not know rather than guessing. */
const MISSING: Record<Aspect, (name: string) => string> = {
  overview: (name) => `L’accord ne décrit pas ${name} plus précisément.`,
  duration: (name) => `L’accord ne précise pas la durée ${of(name)}.`,
  audience: (name) => `L’accord ne précise pas à qui s’adresse ${name}.`,
  content: (name) => `L’accord ne détaille pas le contenu ${of(name)}.`,
  phases: (name) => `L’accord ne découpe pas ${name} en étapes.`,
  modality: (name) => `L’accord ne précise pas si ${name} se suit à distance ou sur place.`,
  prescription: (name) => `L’accord ne précise pas comment prescrire ${name}.`,
  target: (name) => `L’accord ne fixe pas d’objectif chiffré pour ${name}.`,
  comparison: (name) => `Je ne sais pas comparer ${name} à ce dispositif.`,
};

function fromFacts(aspect: Aspect, d: Dispositif, facts: Fact[]): AspectFacts {
  const heading = ASPECT_HEADINGS[aspect];
  if (facts.length === 0)
    return { aspect, heading, lines: [], sources: [], missing: MISSING[aspect](d.name) };
  return { aspect, heading, lines: facts.map((f) => f.text), sources: unique(facts.map((f) => f.source)) };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function phaseLine(phase: Dispositif['phases'][number], index: number): string {
  const duration = phase.duration ? ` (${phase.duration})` : '';
  return `${index + 1}. ${phase.name}${duration} : ${phase.description}`;
}

/**
 * The phase a question names (« volet 2 », « phase 3 »), found by the start of its name;
 * a step the programme does not name so (the Promo's « phase 2 ») finds none.
 */
export function phaseNamed(d: Dispositif, step: string | undefined): number | undefined {
  if (!step) return undefined;
  const index = d.phases.findIndex((p) => normalizeText(p.name).startsWith(step));
  return index < 0 ? undefined : index;
}

export function aspectFacts(
  d: Dispositif,
  aspect: Aspect,
  options: { withPhaseDurations: boolean; step?: string } = { withPhaseDurations: true },
): AspectFacts {
  // « le volet 2 ça dure combien ? »: that step's facts, not the other step's, which would contradict them.
  const one = phaseNamed(d, options.step);
  if (one !== undefined && (aspect === 'duration' || aspect === 'phases')) {
    const phase = d.phases[one]!;
    const line =
      aspect === 'duration' && phase.duration ? `${phase.name} : ${phase.duration}` : phaseLine(phase, one);
    return fromFacts(aspect, d, [{ text: line, source: phase.source }]);
  }
  switch (aspect) {
    case 'overview':
      return fromFacts(aspect, d, [d.purpose]);
    case 'audience':
      return fromFacts(aspect, d, [d.audience]);
    case 'content':
      return fromFacts(aspect, d, d.content);
    case 'modality':
      return fromFacts(aspect, d, d.modality ? [d.modality] : []);
    case 'prescription':
      return fromFacts(aspect, d, [d.prescription]);
    case 'phases': {
      // What the agreement says of the phases as a whole (« 4 phases : Se préparer… », « 5 phases, dont 4
      // décrites », « 13 semaines en 4 phases ») comes first.
      const asAWhole = [...d.content, ...(d.totalDuration ? [d.totalDuration] : [])].filter((fact) =>
        /\bphases\b/i.test(fact.text),
      );
      return fromFacts(aspect, d, [
        ...asAWhole.slice(0, 1),
        ...d.phases.map((p, i) => ({ text: phaseLine(p, i), source: p.source })),
      ]);
    }
    case 'duration': {
      // The total first, then how it splits between phases, unless the phases are shown beside it.
      const phased = options.withPhaseDurations
        ? d.phases
            .filter((p) => p.duration)
            .map((p) => ({ text: `${p.name} : ${p.duration}`, source: p.source }))
        : [];
      const total = d.totalDuration ? [d.totalDuration] : [];
      return fromFacts(aspect, d, [...total, ...phased]);
    }
    case 'target':
      return fromFacts(
        aspect,
        d,
        d.target
          ? [
              {
                text: `Objectif ${d.target.year} : ${d.target.count} ${d.target.label}.`,
                source: d.target.source,
              },
              ...(d.target.national ? [d.target.national] : []),
            ]
          : [],
      );
    case 'comparison':
      return fromFacts(aspect, d, [d.purpose, d.audience]);
  }
}

/** Every aspect of the full card, in the order a référent reads a fiche. */
export const FICHE_ORDER: Aspect[] = [
  'overview',
  'audience',
  'content',
  'phases',
  'duration',
  'modality',
  'prescription',
  'target',
];

/** The sections of a dispositif's full fiche: what the agreement documents, each with its sources. */
export function ficheFacts(d: Dispositif): AspectFacts[] {
  return (
    FICHE_ORDER.map((aspect) => aspectFacts(d, aspect, { withPhaseDurations: d.phases.length === 0 }))
      // A fiche shows what is known; "the agreement does not say" belongs in answers to a precise question.
      .filter((facts) => !facts.missing)
  );
}
