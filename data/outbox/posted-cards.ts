import type { DocumentStore } from '../store/document-store.js';
import type { StoredReference } from './conversation-ref.js';

/**
 * Where a card was posted, so that it can be updated in place later: the AFPA card
 * of each prescription, for instance.
 */
export type PostedCard = { reference: StoredReference; activityId: string; postedAt: string };

const COLLECTION = 'posted-cards';

export class PostedCards {
  private readonly cards = new Map<string, PostedCard>();

  private constructor(private readonly docs: DocumentStore) {}

  static async open(docs: DocumentStore): Promise<PostedCards> {
    const posted = new PostedCards(docs);
    for (const [key, card] of await docs.all<PostedCard>(COLLECTION)) posted.cards.set(key, card);
    return posted;
  }

  get(key: string): PostedCard | undefined {
    return this.cards.get(key);
  }

  async save(key: string, card: PostedCard): Promise<void> {
    await this.docs.commit([{ collection: COLLECTION, key, document: card }]);
    this.cards.set(key, card);
  }
}
