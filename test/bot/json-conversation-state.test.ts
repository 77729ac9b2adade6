import { MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { JsonConversationState } from '../../bot/json-conversation-state.js';

/** A MemoryStorage that counts its writes. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    await super.write(changes);
  }
}

function turn(): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'msteams',
    conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: '29:person', name: 'P' },
    recipient: { id: 'bot', name: 'Bot' },
    text: 'bonjour',
  });
}

describe('JsonConversationState', () => {
  it('writes a turn’s state only when the turn changed it, as botbuilder’s hash did', async () => {
    const storage = new CountingStorage();
    const state = new JsonConversationState(storage);
    const thread = state.createProperty<{ dispositif: string; aspects: string[] }>('thread');

    const first = turn();
    expect(await thread.get(first)).toBeUndefined();
    await state.saveChanges(first);
    expect(storage.writes).toBe(0);
    await thread.set(first, { dispositif: 'prepa-competences', aspects: ['overview'] });
    await state.saveChanges(first);
    expect(storage.writes).toBe(1);
    // Saved again in the same turn, unchanged since: nothing more to write.
    await state.saveChanges(first);
    expect(storage.writes).toBe(1);

    // Read back in the next turn, unchanged: no write; changed deep inside: written.
    const second = turn();
    expect(await thread.get(second)).toEqual({ dispositif: 'prepa-competences', aspects: ['overview'] });
    await state.saveChanges(second);
    expect(storage.writes).toBe(1);
    (await thread.get(second))!.aspects.push('duration');
    await state.saveChanges(second);
    expect(storage.writes).toBe(2);
    expect(state.get(second)).toMatchObject({ thread: { aspects: ['overview', 'duration'] } });

    // Forced: written even unchanged; a turn that never loaded it writes an empty state.
    const third = turn();
    await state.load(third);
    await state.saveChanges(third, true);
    expect(storage.writes).toBe(3);
  });

  it('writes a cleared state, and forgets a deleted one', async () => {
    const storage = new CountingStorage();
    const state = new JsonConversationState(storage);
    const flag = state.createProperty<boolean>('flag');
    const first = turn();
    await flag.set(first, true);
    await state.saveChanges(first);

    const second = turn();
    await state.clear(second);
    await state.saveChanges(second);
    expect(storage.writes).toBe(2);
    expect(await flag.get(turn())).toBeUndefined();

    const third = turn();
    await flag.set(third, true);
    await state.saveChanges(third);
    await state.delete(third);
    expect(state.get(third)).toBeUndefined();
    expect(await flag.get(turn())).toBeUndefined();
  });
});
