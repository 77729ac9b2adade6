import type { DocumentStore } from '../store/document-store.js';
import { hashedKey } from '../store/keys.js';
import type { StoredReference } from './conversation-ref.js';
import { cleanText } from '../text.js';

/**
 * Where the bot can reach people on its own: each person's personal chat (saved when
 * the bot is installed, refreshed on every message since Teams may move the service
 * URL) and the AFPA conversation that receives the prescriptions.
 */
export type Contact = {
  userId: string;
  aadObjectId?: string;
  name: string;
  /** Their personal chat with the bot; absent when they have only spoken to it in a channel. */
  reference?: StoredReference;
  /** Where to open a personal chat with them when there is none yet. */
  serviceUrl: string;
  tenantId?: string;
  updatedAt: string;
  /** Set when Teams answered that the bot was blocked or removed; cleared when they speak again. */
  unreachableSince?: string;
};

export type AfpaConversation = { reference: StoredReference; designatedBy: string; designatedAt: string };

const CONTACTS = 'contacts';
const SETTINGS = 'settings';
const AFPA_KEY = 'afpa-conversation';

export class ConversationDirectory {
  private readonly contacts = new Map<string, Contact>();
  private afpa?: AfpaConversation;

  private constructor(
    private readonly docs: DocumentStore,
    /** The AFPA conversation set by configuration, used until an admin designates one in Teams. */
    private readonly configuredAfpa?: StoredReference,
  ) {}

  static async open(docs: DocumentStore, configuredAfpa?: StoredReference): Promise<ConversationDirectory> {
    const directory = new ConversationDirectory(docs, configuredAfpa);
    for (const contact of (await docs.all<Contact>(CONTACTS)).values()) directory.remember(contact);
    directory.afpa = await docs.get<AfpaConversation>(SETTINGS, AFPA_KEY);
    return directory;
  }

  /** A person's personal chat, by their Teams id or Entra id. */
  contact(userId: string): Contact | undefined {
    return this.contacts.get(userId);
  }

  /** A person as the stores file them: their Teams id, and their Entra id when known. */
  person(userId: string): { id: string; aadObjectId?: string } {
    const aadObjectId = this.contacts.get(userId)?.aadObjectId;
    return { id: userId, ...(aadObjectId ? { aadObjectId } : {}) };
  }

  /** People who have spoken to the bot in a personal chat, by name: the habilitation card offers them. */
  knownPeople(): Contact[] {
    const unique = new Map<string, Contact>();
    for (const c of this.contacts.values()) unique.set(c.userId, c);
    return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  /**
   * Saves or refreshes how to reach a person. A message from a channel keeps the
   * personal chat already known. Written only when something changed, so that an
   * ordinary message costs no write.
   */
  async saveContact(contact: Omit<Contact, 'updatedAt'>, now: Date): Promise<void> {
    const known = this.contacts.get(contact.userId);
    const merged: Omit<Contact, 'updatedAt'> = {
      ...contact,
      // A display name comes from Teams, or from whoever forges an activity.
      name: cleanText(contact.name).trim(),
      reference: contact.reference ?? known?.reference,
    };
    const same =
      known &&
      !known.unreachableSince &&
      known.name === merged.name &&
      known.aadObjectId === merged.aadObjectId &&
      known.tenantId === merged.tenantId &&
      known.serviceUrl === merged.serviceUrl &&
      JSON.stringify(known.reference) === JSON.stringify(merged.reference);
    if (same) return;
    const { unreachableSince: _cleared, ...rest } = merged;
    const record: Contact = { ...rest, updatedAt: now.toISOString() };
    await this.docs.commit([{ collection: CONTACTS, key: hashedKey(contact.userId), document: record }]);
    this.remember(record);
  }

  async removeContact(userId: string): Promise<void> {
    const known = this.contacts.get(userId);
    if (!known) return;
    await this.docs.commit([{ collection: CONTACTS, key: hashedKey(known.userId), document: null }]);
    this.contacts.delete(known.userId);
    if (known.aadObjectId) this.contacts.delete(known.aadObjectId);
  }

  async markUnreachable(userId: string, now: Date): Promise<void> {
    const known = this.contacts.get(userId);
    if (!known || known.unreachableSince) return;
    const record: Contact = { ...known, unreachableSince: now.toISOString() };
    await this.docs.commit([{ collection: CONTACTS, key: hashedKey(known.userId), document: record }]);
    this.remember(record);
  }

  afpaConversation(): StoredReference | undefined {
    return this.afpa?.reference ?? this.configuredAfpa;
  }

  async designateAfpa(reference: StoredReference, by: string, now: Date): Promise<void> {
    const record: AfpaConversation = { reference, designatedBy: by, designatedAt: now.toISOString() };
    await this.docs.commit([{ collection: SETTINGS, key: AFPA_KEY, document: record }]);
    this.afpa = record;
  }

  private remember(contact: Contact): void {
    this.contacts.set(contact.userId, contact);
    if (contact.aadObjectId) this.contacts.set(contact.aadObjectId, contact);
  }
}
