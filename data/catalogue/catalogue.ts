import { CatalogueSchema, type Dispositif, type DispositifId } from './schema.js';
import { DISPOSITIFS } from './dispositifs.js';

/** The dispositifs of the agreement, checked once when loaded. */
export class Catalogue {
  private readonly byId: Map<DispositifId, Dispositif>;

  constructor(readonly all: readonly Dispositif[]) {
    this.byId = new Map(all.map((d) => [d.id, d]));
  }

  get(id: DispositifId): Dispositif {
    const found = this.byId.get(id);
    if (!found) throw new Error(`Unknown dispositif: ${id}`);
    return found;
  }

  find(id: string): Dispositif | undefined {
    return this.byId.get(id as DispositifId);
  }
}

/** Parses raw catalogue data; throws with every problem listed if it does not match the schema. */
export function parseCatalogue(raw: unknown): Catalogue {
  const parsed = CatalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Catalogue invalide : ${problems}`);
  }
  return new Catalogue(parsed.data);
}

let defaultCatalogue: Catalogue | undefined;

/** The catalogue shipped with the bot, parsed on first use. */
export function loadCatalogue(): Catalogue {
  defaultCatalogue ??= parseCatalogue(DISPOSITIFS);
  return defaultCatalogue;
}
