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

  /** Each grant is its own record: a withdrawal, then a new grant, keeps both on file. */
  async grant(person: Habilitation['person'], by: string, at: Date): Promise<'granted' | 'already'> {
    const ids = [person.id, person.aadObjectId].filter((id): id is string => Boolean(id));
    if (this.isHabilitated(ids)) return 'already';
    const key = hashedKey(`${person.id}|${at.toISOString()}`);
    const record: Habilitation = { person, grantedBy: by, grantedAt: at.toISOString() };
    await this.docs.commit([{ collection: COLLECTION, key, document: record }]);
    this.byKey.set(key, record);
    return 'granted';
  }

  /** Ends every current habilitation of this person (by Teams id or Entra id); the records stay. */
  async withdraw(personId: string, by: string, at: Date): Promise<Habilitation | undefined> {
    const ended = [...this.byKey.entries()]
      .filter(([, h]) => !h.withdrawnAt && matches(h, [personId]))
      .map(([key, h]): [string, Habilitation] => [
        key,
        { ...h, withdrawnBy: by, withdrawnAt: at.toISOString() },
      ]);
    if (ended.length === 0) return undefined;
    await this.docs.commit(ended.map(([key, document]) => ({ collection: COLLECTION, key, document })));
    for (const [key, record] of ended) this.byKey.set(key, record);
    return ended[0]![1];
  }
}

function matches(h: Habilitation, ids: readonly string[]): boolean {
  return (
    ids.includes(h.person.id) || (h.person.aadObjectId !== undefined && ids.includes(h.person.aadObjectId))
  );
}
