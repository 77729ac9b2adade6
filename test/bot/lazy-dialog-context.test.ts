import { ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { DialogSet, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { LazyDialogContext } from '../../bot/lazy-dialog-context.js';

function turn(adapter: TestAdapter, text: string): TurnContext {
  return new TurnContext(adapter, {
    type: 'message',
    channelId: 'test',
    conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user', name: 'U' },
    recipient: { id: 'bot', name: 'Bot' },
    text,
  });
}

describe('LazyDialogContext', () => {
  it('shares one memory configuration across turns, and dialogs still run and read their memory', async () => {
    const adapter = new TestAdapter();
    const state = new ConversationState(new MemoryStorage());
    const accessor = state.createProperty<DialogState>('dialogState');
    const dialogs = new DialogSet(accessor).add(new TextPrompt('name')).add(
      new WaterfallDialog('ask', [
        (step) => step.prompt('name', 'Votre prénom ?'),
        async (step) => {
          step.state.setValue('dialog.name', step.result);
          return step.endDialog(step.state.getValue('dialog.name'));
        },
      ]),
    );

    const first = turn(adapter, 'bonjour');
    const lazy = new LazyDialogContext(dialogs, accessor, first);
    expect(await lazy.active()).toBe(false);
    const dc = await lazy.get();
    await dc.beginDialog('ask');
    expect(await lazy.active()).toBe(true);
    await state.saveChanges(first);

    const second = turn(adapter, 'Camille');
    const again = await new LazyDialogContext(dialogs, accessor, second).get();
    // The same scopes and resolvers as the first turn's, not built again.
    expect(again.state.configuration).toBe(dc.state.configuration);
    const result = await again.continueDialog();
    expect(result.result).toBe('Camille');
  });
});
