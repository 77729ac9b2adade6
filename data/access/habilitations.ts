import type { DocumentStore } from '../store/document-store.js';
import { hashedKey } from '../store/keys.js';
import type { Person } from './roles.js';

/**
 * The référents AFPA has habilitated to register people (protocol § 5). A withdrawal
 * keeps the record, with who withdrew it and when.
 */
export type Habilitation = {
  person: Person & { name: string };
  grantedBy: string;
  grantedAt: string;
  withdrawnBy?: string;
  withdrawnAt?: string;
};

const COLLECTION = 'habilitations';

export class Habilitations {
  private readonly byKey = new Map<string, Habilitation>();

  private constructor(private readonly docs: DocumentStore) {}

  static async open(docs: DocumentStore): Promise<Habilitations> {
    const store = new Habilitations(docs);
    for (const [key, h] of await docs.all<Habilitation>(COLLECTION)) store.byKey.set(key, h);
    return store;
  }

  /** Whether one of these ids belongs to a référent currently habilitated. */
  isHabilitated(ids: readonly string[]): boolean {
    return this.active().some(
      (h) =>
        ids.includes(h.person.id) ||
        (h.person.aadObjectId !== undefined && ids.includes(h.person.aadObjectId)),
    );
  }

  /** Current habilitations, by name. */
  active(): Habilitation[] {
    return [...this.byKey.values()]
      .filter((h) => !h.withdrawnAt)
      .sort((a, b) => a.person.name.localeCompare(b.person.name, 'fr'));
  }

  async grant(person: Habilitation['person'], by: string, at: Date): Promise<'granted' | 'already'> {
    const key = hashedKey(person.aadObjectId ?? person.id);
    const existing = this.byKey.get(key);
    if (existing && !existing.withdrawnAt) return 'already';
    const record: Habilitation = { person, grantedBy: by, grantedAt: at.toISOString() };
    await this.docs.commit([{ collection: COLLECTION, key, document: record }]);
    this.byKey.set(key, record);
    return 'granted';
  }

  async withdraw(personId: string, by: string, at: Date): Promise<Habilitation | undefined> {
    const entry = [...this.byKey.entries()].find(
      ([, h]) => !h.withdrawnAt && (h.person.id === personId || h.person.aadObjectId === personId),
    );
    if (!entry) return undefined;
    const [key, h] = entry;
    const record: Habilitation = { ...h, withdrawnBy: by, withdrawnAt: at.toISOString() };
    await this.docs.commit([{ collection: COLLECTION, key, document: record }]);
    this.byKey.set(key, record);
    return record;
  }
}
