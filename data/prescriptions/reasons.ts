import type { DocumentStore } from '../store/document-store.js';
import type { ReasonList } from './lifecycle.js';

/**
 * The reasons AFPA picks from when it refuses a prescription or records an abandon.
 * The agreement sets no list: these are the starting ones, which an admin edits. A
 * retired reason is no longer offered but still reads on the prescriptions that used it.
 */
export type ReasonOption = { code: string; label: string; retired?: boolean };
export type ReasonLists = Record<ReasonList, ReasonOption[]>;

export const DEFAULT_REASONS: ReasonLists = {
  refusal: [
    { code: 'criteres', label: 'Ne correspond pas aux critères du dispositif' },
    { code: 'complet', label: 'Plus de place sur la session demandée' },
    { code: 'injoignable', label: 'Personne injoignable' },
    { code: 'refus-personne', label: 'La personne ne souhaite plus entrer dans le parcours' },
    { code: 'conditions', label: 'Conditions matérielles non réunies' },
    { code: 'autre', label: 'Autre motif (voir le commentaire)' },
  ],
  abandon: [
    { code: 'emploi', label: 'Reprise d’emploi' },
    { code: 'formation', label: 'Entrée en formation' },
    { code: 'sante', label: 'Raisons de santé' },
    { code: 'famille', label: 'Raisons familiales' },
    { code: 'mobilite', label: 'Difficultés de mobilité' },
    { code: 'sans-nouvelles', label: 'Sans nouvelles de la personne' },
    { code: 'autre', label: 'Autre motif (voir le commentaire)' },
  ],
};

const SETTINGS = 'settings';
const KEY = 'reasons';

export class Reasons {
  private constructor(
    private readonly docs: DocumentStore,
    private lists: ReasonLists,
  ) {}

  static async open(docs: DocumentStore): Promise<Reasons> {
    return new Reasons(
      docs,
      (await docs.get<ReasonLists>(SETTINGS, KEY)) ?? structuredClone(DEFAULT_REASONS),
    );
  }

  /** The reasons offered today. */
  offered(list: ReasonList): ReasonOption[] {
    return this.lists[list].filter((r) => !r.retired);
  }

  offeredCodes(): Record<ReasonList, string[]> {
    return {
      refusal: this.offered('refusal').map((r) => r.code),
      abandon: this.offered('abandon').map((r) => r.code),
    };
  }

  /** The label of any reason ever offered, retired ones included. */
  label(list: ReasonList, code: string): string {
    return this.lists[list].find((r) => r.code === code)?.label ?? code;
  }

  all(): ReasonLists {
    return structuredClone(this.lists);
  }

  /** Adds a reason, or brings back a retired one with the same label. */
  async add(list: ReasonList, label: string): Promise<ReasonOption> {
    const next = structuredClone(this.lists);
    const existing = next[list].find((r) => r.label.toLowerCase() === label.toLowerCase());
    if (existing) delete existing.retired;
    const option = existing ?? { code: uniqueCode(label, next[list]), label };
    if (!existing) next[list].push(option);
    await this.save(next);
    return option;
  }

  async retire(list: ReasonList, code: string): Promise<boolean> {
    const next = structuredClone(this.lists);
    const option = next[list].find((r) => r.code === code && !r.retired);
    if (!option) return false;
    option.retired = true;
    await this.save(next);
    return true;
  }

  private async save(lists: ReasonLists): Promise<void> {
    await this.docs.commit([{ collection: SETTINGS, key: KEY, document: lists }]);
    this.lists = lists;
  }
}

function uniqueCode(label: string, existing: ReasonOption[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'motif';
  let code = base;
  for (let i = 2; existing.some((r) => r.code === code); i++) code = `${base}-${i}`;
  return code;
}
