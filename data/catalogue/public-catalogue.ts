import { PROGRAMMES } from '../eligibility.js';
import { ficheFacts } from './aspect-facts.js';
import type { Catalogue } from './catalogue.js';
import { shortLabel, type Dispositif, type DispositifId } from './schema.js';

/** A dispositif's fiche as the bot gives it, for the tab: each section with the articles it comes from. */
export type PublicDispositif = {
  id: DispositifId;
  name: string;
  shortName: string;
  summary: string;
  sections: Array<{ heading: string; lines: string[]; sources: string[] }>;
  /** What to type to the bot to ask about it. */
  askBot: string;
  /** What to type to open the prescription form: the three programmes of the protocol only. */
  prescribe?: string;
};

function isProgramme(id: DispositifId): boolean {
  return (PROGRAMMES as readonly string[]).includes(id);
}

export function publicDispositif(d: Dispositif): PublicDispositif {
  return {
    id: d.id,
    name: d.name,
    shortName: shortLabel(d),
    summary: d.summary,
    sections: ficheFacts(d).map((facts) => ({
      heading: facts.heading,
      lines: [...facts.lines],
      sources: [...facts.sources],
    })),
    askBot: `c’est quoi ${d.name} ?`,
    ...(isProgramme(d.id) ? { prescribe: `prescrire en ${d.name}` } : {}),
  };
}

export function publicCatalogue(catalogue: Catalogue): PublicDispositif[] {
  return catalogue.all.map(publicDispositif);
}
