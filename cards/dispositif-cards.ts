import { z } from 'zod';
import { aspectFacts, ficheFacts, type AspectFacts } from '../data/catalogue/aspect-facts.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { PROGRAMMES } from '../data/eligibility.js';
import { withLead } from '../data/qa/passages.js';
import { shortLabel, type Aspect, type Dispositif, type DispositifId } from '../data/catalogue/schema.js';
import { VERBS, ButtonSchema, type CardButton } from './actions.js';
import { CardTemplate } from './render.js';
import comparisonTemplate from './comparison.json' with { type: 'json' };
import ficheTemplate from './dispositif.json' with { type: 'json' };
import listTemplate from './dispositif-list.json' with { type: 'json' };

const SectionSchema = z.object({
  heading: z.string(),
  lines: z.array(z.string()).min(1),
  source: z.string(),
});
type Section = z.infer<typeof SectionSchema>;

const fiche = new CardTemplate(
  'dispositif',
  ficheTemplate,
  z.object({
    title: z.string().min(1),
    subtitle: z.string(),
    sections: z.array(SectionSchema).min(1),
    buttons: z.array(ButtonSchema).max(5),
  }),
);
const comparison = new CardTemplate(
  'comparison',
  comparisonTemplate,
  z.object({
    title: z.string().min(1),
    columns: z.array(z.object({ name: z.string(), sections: z.array(SectionSchema).min(1) })).length(2),
    buttons: z.array(ButtonSchema).max(5),
  }),
);
const list = new CardTemplate(
  'dispositif-list',
  listTemplate,
  z.object({
    title: z.string(),
    intro: z.string(),
    items: z
      .array(z.object({ name: z.string(), summary: z.string(), data: z.record(z.string(), z.unknown()) }))
      .min(1),
    buttons: z.array(ButtonSchema).max(5),
  }),
);

function toSection(facts: AspectFacts): Section {
  if (facts.missing)
    return { heading: facts.heading, lines: [facts.missing], source: 'Source : accord de partenariat' };
  const label = facts.sources.length > 1 ? 'Sources' : 'Source';
  return { heading: facts.heading, lines: facts.lines, source: `${label} : ${facts.sources.join(' ; ')}` };
}

function showButton(d: Dispositif, title = shortLabel(d)): CardButton {
  return { title, data: { verb: VERBS.showDispositif, dispositif: d.id } };
}

/** The three programmes of the protocol can be checked for a person, and have entry dates. */
function programmeButtons(id: DispositifId): CardButton[] {
  const focus = PROGRAMMES.find((p) => p === id);
  if (!focus) return [];
  return [
    { title: 'Vérifier l’éligibilité', data: { verb: VERBS.openEligibility, focus } },
    {
      title: 'Prochaines entrées',
      data: { verb: VERBS.showAgenda, query: { kind: 'sessions', dispositif: focus }, offset: 0 },
    },
  ];
}

const LIST_BUTTON: CardButton = { title: 'Tous les dispositifs', data: { verb: VERBS.listDispositifs } };

export function dispositifListCard(catalogue: Catalogue) {
  return list.attachment({
    title: 'Les dispositifs de l’accord',
    intro: 'Touchez un dispositif pour voir sa fiche, ou posez-moi directement votre question.',
    items: catalogue.all.map((d) => ({ name: d.name, summary: d.summary, data: showButton(d).data })),
    buttons: [{ title: 'Menu', data: { verb: VERBS.showMenu } }],
  });
}

/** The full fiche: every aspect the agreement documents, with its source. */
export function dispositifCard(catalogue: Catalogue, id: DispositifId) {
  const d = catalogue.get(id);
  const sections = ficheFacts(d).map(toSection);
  return fiche.attachment({
    title: d.name,
    subtitle: d.summary,
    sections,
    buttons: [
      ...programmeButtons(d.id),
      LIST_BUTTON,
      ...d.related.slice(0, 2).map((r) => showButton(catalogue.get(r))),
    ],
  });
}

/** A question that asks for nothing in particular gets what it is and for whom. */
const OVERVIEW: Aspect[] = ['overview', 'audience'];

/**
 * An answer to a question: exactly the aspects asked, each with its source, and
 * « Voir la fiche complète » for the rest. A precise question gets a short card.
 */
export function answerCard(
  catalogue: Catalogue,
  id: DispositifId,
  asked: Aspect | readonly Aspect[],
  passages: ReadonlyArray<{ source: string; text: string; excerpt?: string; lead?: string }> = [],
  {
    step,
    unnamedParty,
    personFits,
    figureOf,
  }: {
    /** « volet 2 »: the one step asked, whose facts alone are shown. */
    step?: string;
    /** « nous l'ASE, on est associés ? »: the party asked about, to whom what follows gives no part. */
    unnamedParty?: string;
    /** « en chantier d'insertion, la RSFP c'est possible ? »: the public the person described belongs to. */
    personFits?: string;
    /** « 70 % de sorties c'est la prépa ? »: the programme whose target the figure quoted is. */
    figureOf?: DispositifId;
  } = {},
) {
  const d = catalogue.get(id);
  const aspects = typeof asked === 'string' ? [asked] : asked;
  const shown = aspects.length === 1 && aspects[0] === 'overview' ? OVERVIEW : aspects;
  const sections = shown
    .map((aspect) => aspectFacts(d, aspect, { withPhaseDurations: true, step }))
    // The overview's « for whom » is shown when the agreement says it; an aspect asked always answers, even « not said ».
    .filter((facts, index) => !(facts.missing && shown === OVERVIEW && index > 0))
    .map(toSection);
  // The agreement's own words for what no aspect of the fiche covers, first: they answer the question.
  const quoted = passages.map((p) => ({
    heading: 'Ce que dit l’accord',
    lines: [
      withLead(
        p,
        p.excerpt ?? (p.text.length > 320 ? `${p.text.slice(0, 317).replace(/\s+\S*$/, '')}…` : p.text),
      ),
    ],
    source: `Source : ${p.source}`,
  }));
  // A precise question no aspect names (« y a du code de la route ? ») is answered by the passage alone;
  // when an aspect was asked, its facts come first and the passages complete them.
  if (shown === OVERVIEW && quoted.length > 0) sections.splice(0, sections.length, ...quoted);
  else sections.push(...quoted);
  if (personFits)
    sections.unshift({
      heading: 'Pour cette personne',
      lines: [
        `D’après ce que vous décrivez, la personne peut bénéficier de la ${d.shortName ?? d.name} : l’accord la destine aux ${personFits}.`,
      ],
      source: 'Source : Accord, art. 2.1.4',
    });
  if (figureOf) {
    // « l'objectif prépa c'est 50 BRSA ? »: the figure is Compétences PEC's; the programme asked keeps its own.
    const owner = toSection(aspectFacts(catalogue.get(figureOf), 'target'));
    sections.unshift({
      heading: 'Ce chiffre',
      lines: [
        `Ce chiffre est celui de ${shortLabel(catalogue.get(figureOf))}, pas de ${shortLabel(d)} :`,
        ...owner.lines,
      ],
      source: owner.source,
    });
  }
  if (unnamedParty)
    sections.unshift({
      heading: `Et ${unnamedParty} ?`,
      lines: [`L’accord ne précise pas de rôle pour ${unnamedParty} sur ce point. Voici ce qu’il prévoit.`],
      source: 'Source : accord de partenariat',
    });
  return fiche.attachment({
    title: d.name,
    subtitle: shown === OVERVIEW ? d.summary : '',
    sections,
    buttons: [showButton(d, 'Voir la fiche complète'), ...programmeButtons(d.id), LIST_BUTTON],
  });
}

/** Two dispositifs side by side: what each is for and for whom, or what the question compares. */
export function comparisonCard(
  catalogue: Catalogue,
  first: DispositifId,
  second: DispositifId,
  aspects: readonly Aspect[] = ['overview', 'audience'],
) {
  const [a, b] = [catalogue.get(first), catalogue.get(second)];
  // Side by side, « en bref » is the one-line summary, which gives each programme's length and aim.
  const facts = (d: Dispositif, aspect: Aspect) => {
    const found = aspectFacts(d, aspect);
    return aspect === 'overview' && !found.missing ? { ...found, lines: [d.summary] } : found;
  };
  // A side the agreement says nothing of, on every aspect asked, says so rather than stays empty.
  const column = (d: Dispositif) => {
    const all = aspects.map((aspect) => facts(d, aspect));
    const found = all.filter((facts) => !facts.missing);
    return { name: d.name, sections: (found.length > 0 ? found : all.slice(0, 1)).map(toSection) };
  };
  return comparison.attachment({
    title: `${shortLabel(a)} et ${shortLabel(b)} : les différences`,
    columns: [column(a), column(b)],
    buttons: [showButton(a, `Fiche ${shortLabel(a)}`), showButton(b, `Fiche ${shortLabel(b)}`), LIST_BUTTON],
  });
}
